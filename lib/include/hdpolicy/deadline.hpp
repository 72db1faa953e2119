// Deadline rules: a date computed from a trigger. STUB for issue #3.
#pragma once

#include <string>

namespace hdpolicy {

struct DeadlineRule {
  std::string id;
};

}  // namespace hdpolicy
