// Planning one enterprise's claims of a year on a document of declared shape
// (`hdpolicy plan POLICY --input CLAIMS.csv`): each claim under the rule, or
// left unclaimed, so that the year's total is highest where rules count
// against caps of their own (a cap in yuan one rule shares with another, a
// cap on times), against claiming them one by one (就高不就低, in order).
// The same compiled document and evaluator as `eval` and `batch eval`.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/csv.hpp"

namespace hdpolicy {

struct Document;

// One claim of the plan: its line in the CSV, its facts, and what the plan
// and the one-by-one claiming give it (`rule` -1: not claimed, or nothing).
struct BenefitPlanClaim {
  std::uint64_t line = 0;
  BenefitClaim claim;
  BenefitResult result;                  // under the plan's choice, with the caps as the plan leaves them before it
  std::int16_t choice = -1;              // the rule the plan claims it under; -1: every rule (stacked), -2: not claimed
  std::vector<std::int16_t> sequential;  // the rules paid one by one (就高不就低, or every one stacked)
  Money sequential_amount;
  std::size_t options = 1;  // the choices the search had for it
};

struct BenefitPlan {
  std::vector<BenefitPlanClaim> claims;  // in the CSV's order
  int year = 0;                          // the calendar year of every claim
  Money total, sequential_total;
  std::uint64_t assignments = 1;  // the assignments the search tried
};

// At most this many assignments are tried (2^20); a file with more choices is refused.
inline constexpr std::uint64_t kMaxBenefitPlanAssignments = std::uint64_t{1} << 20;

// The claims of a CSV whose columns are the document's fact ids (as `batch
// eval` reads them; other columns are ignored), each with its date, all in
// one calendar year. Throws InputError naming `source`, the line and the cell.
BenefitPlan read_benefit_plan(const BenefitPolicy& policy, csv::Reader& reader, std::string_view source);

// The pieces of it, for claims from elsewhere (POST /v1/plan/POLICY): throws
// InputError when the document has a cap kept for each value of a key,
// which a plan of one enterprise cannot weigh; adds one claim from its
// texts, in the plan's year, its messages starting with `where` ("claims[1]").
void check_benefit_plan_policy(const BenefitPolicy& policy);
void add_benefit_plan_claim(const BenefitPolicy& policy, const InputTexts& texts, std::uint64_t line,
                            std::string_view where, BenefitPlan& plan);

// The version of the policy the claims are planned under: the one their
// dates fall in (`named` alone when `by_number`). The search runs under one
// document's rules and caps, so claims under two versions are refused,
// naming `source` and the lines.
const BenefitPolicy& benefit_plan_version(const PolicySet& set, const BenefitPolicy& named, bool by_number,
                                          const BenefitPlan& plan, std::string_view source);

// The best assignment: the claims in order, each under one of its eligible
// rules (a stacked document: all of them) or not claimed, the caps charged
// as `batch eval` charges them, starting from `received`; ties keep the
// one-by-one choice. Throws InputError when there are too many choices.
void plan_benefit(const Document& document, const BenefitPolicy& policy, std::span<const Money> received,
                  BenefitPlan& plan);

}  // namespace hdpolicy
