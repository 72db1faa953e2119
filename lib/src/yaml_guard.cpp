// Refuses hostile or broken YAML before it reaches yaml-cpp's node loader.
// STUB: issue #6 adds duplicate keys, alias bombs, depth and binary checks.
#include "section_loaders.hpp"

namespace hdpolicy {

bool guard_yaml(const PolicyFile& file, Diagnostics& diagnostics) {
  if (file.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diagnostics.push_back({file.display, 0, 0, "the file is empty"});
    return false;
  }
  return true;
}

}  // namespace hdpolicy
