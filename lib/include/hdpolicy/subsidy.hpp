// Evaluating one premium-subsidy claim: the version in force on its date,
// that version's rules covering its type, then for each the scope,
// eligibility (three-valued), rate, and limits in order; then 就高不就低
// across candidates. Allocation-free, so the
// batch path can call it per row.
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "hdpolicy/condition.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/money.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

struct SubsidyClaim {
  std::int32_t type = -1;  // index into SubsidyPolicies::types
  Money premium;
  Date date{};
  std::array<FactValue, kMaxSubsidyFacts> facts{};  // per row of subsidy_facts()
  // How reports name the inputs (--industry, or industry for a CSV column, a
  // test-case key or an API field): as they were given.
  FieldStyle style = FieldStyle::Option;
};

inline constexpr std::size_t kMaxLimits = 4;
inline constexpr std::size_t kMaxCandidates = 4;

enum class RuleVerdict : std::uint8_t {
  Eligible,     // every condition known and true
  Assumed,      // eligible on the assumptions listed
  OutOfScope,   // scope condition false (e.g. industry not a key industry)
  NotEligible,  // an eligibility condition false
};

struct RuleOutcome {
  std::int32_t rule = -1;     // index into SubsidyPolicies::rules
  std::int32_t product = -1;  // index into the rule's products
  RuleVerdict verdict = RuleVerdict::NotEligible;
  std::int32_t failed = -1;              // condition that ruled the claim out
  AssumptionList assumed;                // conditions assumed to hold
  bool upper_assumed = false;            // an all-levels limit ran without --upper-subsidy
  Money gross;                           // rate × premium, rounded
  Money amount;                          // after every limit
  std::int8_t cut_by = -1;               // the limit (index in rule.limits) that set the final amount
  std::array<Money, kMaxLimits> room{};  // what each limit left room for

  bool eligible() const { return verdict == RuleVerdict::Eligible || verdict == RuleVerdict::Assumed; }
};

struct SubsidyResult {
  // The version in force on the claim date (index into PolicySet::documents),
  // -1 when none is: then there are no candidates.
  std::int32_t document = -1;
  std::array<RuleOutcome, kMaxCandidates> candidates{};
  std::uint8_t candidate_count = 0;
  std::int8_t chosen = -1;  // index into candidates; -1 when none is eligible
  int payable_year = 0;

  bool eligible() const { return chosen >= 0; }
  const RuleOutcome* chosen_outcome() const {
    return chosen >= 0 ? &candidates[static_cast<std::size_t>(chosen)] : nullptr;
  }
};

// `used` holds, per cap slot (Cap::slot: one per cap id, shared by the
// versions), what this enterprise already received under that cap in the
// claim's year (empty span: nothing).
SubsidyResult evaluate_subsidy(const PolicySet& set, const SubsidyClaim& claim, std::span<const Money> used = {});
// The same into a result reused from claim to claim (the batch's hot path).
void evaluate_subsidy(const PolicySet& set, const SubsidyClaim& claim, std::span<const Money> used,
                      SubsidyResult& result);

// How the chosen outcome's cut is named in JSON/CSV: premium-cap, annual-cap, all-levels, or "" for none.
const char* capped_by_name(const PolicySet& set, const RuleOutcome& outcome);

}  // namespace hdpolicy

#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/input.hpp"

namespace hdpolicy {

// Parses a claim given as text, one entry per row of subsidy_inputs() ("" is
// not given), reading the rows given where `style` says (options, batch
// columns or test-case keys); throws InputError naming the input. An empty
// `date` on the command line means `default_date`; elsewhere it is required.
SubsidyClaim parse_subsidy_claim(const PolicySet& set, const InputTexts& texts, Date default_date, FieldStyle style);

// What the enterprise already received this year under each cap, from
// CAP_ID=AMOUNT items (`--received`, or a test case's `received`), per cap
// index. Throws InputError for an unknown cap, an amount above the cap's own
// amount (no enterprise can have received more than the cap allows) and a
// cap given twice, so the amounts are never summed and never overflow.
std::vector<Money> parse_received(const SubsidyPolicies& policies, std::span<const std::string> items,
                                  FieldStyle style);

}  // namespace hdpolicy
