// STUB for issue #3.
#include "section_loaders.hpp"

namespace hdpolicy {
void load_calendar_file(LoadContext&, const YAML::Node&, PolicySet&) {}
void finish_calendar(PolicySet&, Diagnostics&) {}
}  // namespace hdpolicy
