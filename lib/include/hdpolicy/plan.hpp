// Planning a year's insurance portfolio for one enterprise (`hdpolicy plan`):
// each product assigned to the article that makes the year's district total
// highest, under the same compiled policies and evaluation as `subsidy`.
// Which articles overlap and which caps they share come from the policies.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/csv.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy {

// One planned policy: its claim (type, premium, upper-level subsidy, and the
// enterprise's facts) and, from a CSV, the cells of the columns passed through.
struct PlanProduct {
  SubsidyClaim claim;
  std::vector<std::string> extra;
};

struct Portfolio {
  std::vector<std::string> extra_columns;  // CSV columns other than the product's inputs, in order
  std::vector<PlanProduct> products;
};

// The inputs given per product rather than once per enterprise: type,
// premium and the upper-level subsidy (rows of subsidy_inputs()).
bool is_product_input(std::size_t row);

// The enterprise's facts and date from texts per row of subsidy_inputs()
// (the per-product rows are ignored), with parse_subsidy_claim's defaults,
// messages and rules, inputs named in `style`; `claim.type` and `premium`
// are left unset.
SubsidyClaim parse_plan_enterprise(const PolicySet& set, const InputTexts& texts, Date today,
                                   FieldStyle style = FieldStyle::Option);
// One product for this enterprise from its type, premium and upper-level
// subsidy ("" not given) as texts; throws InputError naming the column
// (type, premium, upper_subsidy).
PlanProduct plan_product(const PolicySet& set, const SubsidyClaim& enterprise, std::string_view type,
                         std::string_view premium, std::string_view upper_subsidy);
// `--product TYPE=PREMIUM[:UPPER_SUBSIDY]` for this enterprise; throws
// InputError naming --product and the item.
PlanProduct parse_plan_product(const PolicySet& set, const SubsidyClaim& enterprise, std::string_view item);
// A CSV with the columns type, premium and optionally upper_subsidy (any
// other column is passed through); throws InputError naming `source`, the
// line and the column of a bad cell.
Portfolio read_portfolio(const PolicySet& set, const SubsidyClaim& enterprise, csv::Reader& reader,
                         std::string_view source);

// The exhaustive search covers at most this many products that more than
// one eligible article covers (2^20 assignments); more is refused.
inline constexpr std::size_t kMaxPlanChoices = 20;
inline constexpr std::uint64_t kMaxPlanAssignments = std::uint64_t{1} << kMaxPlanChoices;

struct PlannedProduct {
  // Every rule covering the product, evaluated with the caps as the plan
  // leaves them before it; `chosen` is the plan's article (-1: none eligible).
  SubsidyResult result;
  std::int8_t sequential = -1;  // the candidate 就高不就低 picks when claiming one by one in the given order
  Money sequential_amount;
  bool choice = false;  // more than one eligible article covers it
};

struct CapUse {
  Money limit, received, used, room;  // used: what the plan takes under the cap
};

struct Plan {
  std::vector<PlannedProduct> products;  // per product, in the given order
  std::vector<CapUse> caps;              // per cap index (only the version's own caps are reported)
  std::int32_t document = -1;            // the version in force on the plan's date (index into documents)
  Money total, sequential_total;
  std::size_t choices = 0;        // products with a choice of article
  std::uint64_t assignments = 1;  // the assignments of those the search tried
};

// The best lawful total: every rule's eligibility, every cap shared across
// products in the given order and reduced by `received` (per cap index), the
// all-levels limit per product. Exact: every assignment of the products with
// a choice is tried; among equal totals the one closest to one-by-one
// claiming (product by product, in order) wins, then the lower article
// number. Throws InputError past kMaxPlanChoices.
Plan plan_portfolio(const PolicySet& set, std::span<const PlanProduct> products, std::span<const Money> received);

// The "what could we claim" view: per type (index into types), every rule
// covering it evaluated for this enterprise, its caps reduced by `received`.
// No premium is given, so amounts are zero and the all-levels limit (a
// per-product matter) is not assumed.
std::vector<SubsidyResult> plan_types(const PolicySet& set, const SubsidyClaim& enterprise,
                                      std::span<const Money> received);

}  // namespace hdpolicy
