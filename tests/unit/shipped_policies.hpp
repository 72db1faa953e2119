// The policies compiled into the binary, loaded once for all unit tests.
#pragma once

#include <vector>

#include "hdpolicy/policy_set.hpp"

namespace hdpolicy::testing {

inline const PolicySet& shipped_policies() {
  static const PolicySet set = load_policy_set(embedded_policies());
  return set;
}

// Only the calendar files of the source tree, so other policies cannot
// break the calendar tests.
inline const PolicySet& shipped_calendar() {
  static const PolicySet set = [] {
    std::vector<PolicyFile> files;
    for (auto& f : read_policy_dir(HDPOLICY_SOURCE_DIR "/policies"))
      if (is_calendar_file(f)) files.push_back(std::move(f));
    return load_policy_set(files);
  }();
  return set;
}

}  // namespace hdpolicy::testing

namespace hdpolicy {
// A claim or hire as text, by input id: f["premium"] = "80000".
struct SubsidyTexts : InputTexts {
  SubsidyTexts() : InputTexts(subsidy_inputs()) {}
};
struct HiringTexts : InputTexts {
  HiringTexts() : InputTexts(hiring_inputs()) {}
};
}  // namespace hdpolicy
