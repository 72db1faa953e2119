// Everything loaded from a policies directory, compiled into plain structs.
// Loading parses and validates YAML once; evaluation never touches YAML.
#pragma once

#include <vector>

#include "hdpolicy/calendar.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/diagnostics.hpp"
#include "hdpolicy/document.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/policy_source.hpp"
#include "hdpolicy/subsidy_policy.hpp"

namespace hdpolicy {

struct PolicySet {
  std::vector<Document> documents;
  SubsidyPolicies subsidy;
  WorkCalendar calendar;
  std::vector<DeadlineRule> deadlines;
  std::vector<HiringPolicy> hiring;
};

// Loads every policy and calendar file (test files under tests/ are skipped),
// appending each problem found to `diagnostics`; never stops at the first.
PolicySet load_policy_set(const std::vector<PolicyFile>& files, Diagnostics& diagnostics);

// The same, throwing PolicyLoadError when any problem was found.
PolicySet load_policy_set(const std::vector<PolicyFile>& files);

}  // namespace hdpolicy
