// What every JSON document hdpolicy prints has in common: the release that
// wrote it, as "hdpolicy_version", the last key, so that the keys before it
// keep their places (JSON keys are a contract: only ever added).
#pragma once

#include <nlohmann/json_fwd.hpp>

namespace hdpolicy {

// `j` (an object) with "hdpolicy_version": "0.1.0" added last.
nlohmann::ordered_json versioned(nlohmann::ordered_json j);

}  // namespace hdpolicy
