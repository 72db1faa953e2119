// Everything loaded from a policies directory, compiled into plain structs.
// Loading parses and validates YAML once; evaluation never touches YAML.
#pragma once

#include <optional>
#include <vector>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/calendar.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/diagnostics.hpp"
#include "hdpolicy/document.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/policy_source.hpp"
#include "hdpolicy/subsidy_policy.hpp"
#include "hdpolicy/versions.hpp"

namespace hdpolicy {

struct PolicySet {
  std::vector<Document> documents;
  SubsidyPolicies subsidy;
  WorkCalendar calendar;
  std::vector<DeadlineRule> deadlines;
  std::vector<BenefitPolicy> benefits;           // documents of declared shape (facts: and rules:), `hdpolicy eval`
  std::vector<PolicyVersions> benefit_versions;  // per policy id: its versions (indexes into `benefits`)
};

// What an answer needs read, for start-up time. The default reads and
// checks everything (`hdpolicy check`, --policies DIR). The rest applies only
// to files compiled into the binary, which tests/cli/check/shipped-ok.t
// checks whole: every answer and error is then the one a whole load gives.
struct LoadScope {
  // Guard each file against hostile YAML before parsing it (yaml_guard.cpp).
  // An embedded file passed the guard in `check`; parsing it once is enough.
  bool guard_embedded = true;
  // Only the calendar years `calendar_years` (brought into the years held,
  // at least one), the calendar knowing the others are there
  // (WorkCalendar::set_available_years): a query that needs one throws
  // CalendarYearsNeeded. Unset: every year.
  std::optional<YearSpan> calendar_years;
  // Policy documents too (subsidy, deadline and hiring rules), or only calendars.
  bool documents = true;
  // Only the documents that may hold this top-level section ("subsidy",
  // "hiring", "deadlines"): a document is left out when every line of it at
  // column 0 is a comment or a plain `key:` and none is this one. Null: all.
  const char* section = nullptr;
};

// Loads every policy and calendar file (test files under tests/ are skipped),
// appending each problem found to `diagnostics`; never stops at the first.
PolicySet load_policy_set(const std::vector<PolicyFile>& files, Diagnostics& diagnostics, const LoadScope& scope = {});

// The same, throwing PolicyLoadError when any problem was found.
PolicySet load_policy_set(const std::vector<PolicyFile>& files, const LoadScope& scope = {});

}  // namespace hdpolicy
