// The exact search behind plan_portfolio: which eligible article each
// product is claimed under so that the year's total is highest.
//
// A product's ask under a rule is its amount after the rule's own limits
// (rate, then the all-levels limit; a cap's full amount changes nothing, the
// room left is never more). Within a cap products are served in the given
// order, each taking min(ask, room left), so a cap pays min(room, sum of
// asks) whatever the order: when every rule lists at most one cap, an
// assignment's total is a sum per cap of precomputed asks (Mode::Sums).
// A rule listing two caps takes the smaller room of the two, which depends
// on the order; then each assignment is simulated product by product
// (Mode::Simulate). tests/unit/test_plan.cpp holds both to a brute force
// over evaluate_subsidy.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "hdpolicy/money.hpp"
#include "hdpolicy/subsidy_policy.hpp"

namespace hdpolicy::plan_search {

struct Option {
  std::int32_t rule = -1;
  Money ask;
};

// A product's eligible options, the preferred first (ties go to the first).
struct Product {
  std::vector<Option> options;
};

enum class Mode : std::uint8_t { Auto, Sums, Simulate };

struct Best {
  std::vector<std::uint8_t> pick;  // per product, an index into its options (0 when it has none)
  Money total;
  std::size_t choices = 0;        // products with more than one option
  std::uint64_t assignments = 1;  // the assignments tried
};

// Every assignment of the products with more than one option; the highest
// total, and among equal totals the first in order of preference (the
// earliest product's preference decides first). Throws InputError past
// kMaxPlanChoices products with a choice or kMaxPlanAssignments assignments.
Best search(const SubsidyPolicies& sp, std::span<const Product> products, std::span<const Money> received,
            Mode mode = Mode::Auto);

}  // namespace hdpolicy::plan_search
