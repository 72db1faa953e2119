// STUB for issue #3.
#include "section_loaders.hpp"

namespace hdpolicy {
void load_deadlines_section(LoadContext&, const YAML::Node&, int, PolicySet&) {}
void finish_deadlines(PolicySet&, Diagnostics&) {}
}  // namespace hdpolicy
