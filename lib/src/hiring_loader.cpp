// STUB for issue #4.
#include "section_loaders.hpp"

namespace hdpolicy {
void load_hiring_section(LoadContext&, const YAML::Node&, int, PolicySet&) {}
void finish_hiring(PolicySet&, Diagnostics&) {}
}  // namespace hdpolicy
