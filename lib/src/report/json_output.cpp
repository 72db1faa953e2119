#include "hdpolicy/json_output.hpp"

#include <nlohmann/json.hpp>
#include <string>

#include "hdpolicy/version.hpp"

namespace hdpolicy {

nlohmann::ordered_json versioned(nlohmann::ordered_json j) {
  j["hdpolicy_version"] = std::string(kVersion);
  return j;
}

}  // namespace hdpolicy
