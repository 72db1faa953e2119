// Evaluating one hire: the policy whose period holds the hire date, the
// labour-contract requirement, then every category in the policy's order
// (three-valued). Allocation-free, so the batch path can call it per row.
#include "hdpolicy/hiring.hpp"

#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

bool HiringResult::assumed() const {
  if (!eligible()) return false;
  return contract == Tri::Unknown || categories[static_cast<std::size_t>(chosen)].fits == Tri::Unknown;
}

HiringResult evaluate_hiring(const PolicySet& set, const HiringClaim& claim) {
  HiringResult result;
  if (set.hiring.empty()) return result;
  result.policy = set.hiring_versions.in_force(claim.hire);
  if (result.policy < 0) {
    // No version covers the hire: judge it under the nearest, reported as outside its period.
    auto nearest = set.hiring_versions.nearest(claim.hire);
    result.policy = nearest.before >= 0 ? nearest.before : nearest.after;
  }
  if (result.policy < 0) result.policy = 0;
  const HiringPolicy& policy = set.hiring[static_cast<std::size_t>(result.policy)];
  result.in_period = policy.period_from <= claim.hire && claim.hire <= policy.period_to;

  EvalContext ctx{claim.facts, claim.hire};
  if (policy.contract >= 0)
    result.contract = evaluate_condition(policy.conditions, static_cast<std::uint32_t>(policy.contract), ctx,
                                         result.contract_assumed, result.contract_failed);

  // The first category that holds on the facts given; failing that, the first
  // that may hold (an answer on assumptions). Known facts alone rule one out.
  std::int8_t first_unknown = -1;
  for (std::size_t i = 0; i < policy.categories.size() && i < kMaxHiringCategories; ++i) {
    HiringCategoryOutcome& out = result.categories[i];
    out.fits = evaluate_condition(policy.conditions, static_cast<std::uint32_t>(policy.categories[i].eligible), ctx,
                                  out.assumed, out.failed);
    ++result.category_count;
    if (out.fits == Tri::True && result.chosen < 0) result.chosen = static_cast<std::int8_t>(i);
    if (out.fits == Tri::Unknown && first_unknown < 0) first_unknown = static_cast<std::int8_t>(i);
  }
  if (result.chosen < 0) result.chosen = first_unknown;
  if (result.eligible()) result.amount = policy.amount;
  return result;
}

}  // namespace hdpolicy
