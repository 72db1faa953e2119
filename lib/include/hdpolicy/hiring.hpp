// The one-time job-expansion subsidy (海政办发〔2025〕7号 item 7). STUB for issue #4.
#pragma once

#include <string>

namespace hdpolicy {

struct HiringPolicy {
  std::string id;
};

}  // namespace hdpolicy
