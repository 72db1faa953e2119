#include "hdpolicy/plan.hpp"

#include <algorithm>
#include <stdexcept>

#include "plan/plan_search.hpp"

namespace hdpolicy {
namespace {

// What the enterprise has used of each cap slot (one per cap id, shared by
// the versions): starts at what it received.
std::vector<Money> ledger(const SubsidyPolicies& sp, std::span<const Money> received) {
  std::vector<Money> used(sp.caps.size());
  for (std::size_t c = 0; c < used.size() && c < received.size(); ++c) used[c] = received[c];
  return used;
}

// A paid amount counts against every cap its rule lists (as in the batch's ledger).
void charge(const SubsidyPolicies& sp, const RuleOutcome& o, std::vector<Money>& used) {
  for (const Limit& limit : sp.rules[static_cast<std::size_t>(o.rule)].limits)
    if (limit.kind == LimitKind::Cap)
      used[static_cast<std::size_t>(sp.caps[static_cast<std::size_t>(limit.cap)].slot)] += o.amount;
}

// One by one in the given order, 就高不就低 per claim: what `subsidy` would pay
// for each claim with the earlier ones received.
void claim_one_by_one(const PolicySet& set, std::span<const PlanProduct> products, std::span<const Money> received,
                      Plan& plan) {
  std::vector<Money> used = ledger(set.subsidy, received);
  for (std::size_t i = 0; i < products.size(); ++i) {
    SubsidyResult r = evaluate_subsidy(set, products[i].claim, used);
    const RuleOutcome* o = r.chosen_outcome();
    if (!o) continue;
    plan.products[i].sequential = r.chosen;
    plan.products[i].sequential_amount = o->amount;
    plan.sequential_total += o->amount;
    charge(set.subsidy, *o, used);
  }
}

// Each product's eligible rules with their asks (caps full), the one-by-one
// choice first, then by article number: the search's order of preference.
std::vector<plan_search::Product> search_options(const PolicySet& set, std::span<const PlanProduct> products,
                                                 const Plan& plan) {
  const SubsidyPolicies& sp = set.subsidy;
  std::vector<plan_search::Product> options(products.size());
  for (std::size_t i = 0; i < products.size(); ++i) {
    SubsidyResult r = evaluate_subsidy(set, products[i].claim);
    const std::int8_t first = plan.products[i].sequential;
    for (std::uint8_t c = 0; c < r.candidate_count; ++c)
      if (r.candidates[c].eligible() && c != first)
        options[i].options.push_back({r.candidates[c].rule, r.candidates[c].amount});
    std::stable_sort(options[i].options.begin(), options[i].options.end(), [&](const auto& a, const auto& b) {
      return sp.rules[static_cast<std::size_t>(a.rule)].article_number <
             sp.rules[static_cast<std::size_t>(b.rule)].article_number;
    });
    if (first >= 0) {
      const RuleOutcome& o = r.candidates[static_cast<std::size_t>(first)];
      options[i].options.insert(options[i].options.begin(), {o.rule, o.amount});
    }
  }
  return options;
}

// The assignment found, evaluated product by product by evaluate_subsidy
// itself, so every amount, cut and room reported is the engine's.
void apply(const PolicySet& set, std::span<const PlanProduct> products, std::span<const Money> received,
           std::span<const plan_search::Product> options, const plan_search::Best& best, Plan& plan) {
  const SubsidyPolicies& sp = set.subsidy;
  std::vector<Money> used = ledger(sp, received);
  for (std::size_t i = 0; i < products.size(); ++i) {
    PlannedProduct& p = plan.products[i];
    evaluate_subsidy(set, products[i].claim, used, p.result);
    p.choice = options[i].options.size() > 1;
    p.result.chosen = -1;
    if (options[i].options.empty()) continue;
    const std::int32_t rule = options[i].options[best.pick[i]].rule;
    for (std::uint8_t c = 0; c < p.result.candidate_count; ++c)
      if (p.result.candidates[c].rule == rule) p.result.chosen = static_cast<std::int8_t>(c);
    const RuleOutcome& o = *p.result.chosen_outcome();
    const int doc = sp.rules[static_cast<std::size_t>(rule)].document;
    p.result.payable_year =
        year_of(products[i].claim.date) + sp.payable[static_cast<std::size_t>(doc)].years_after_claim;
    plan.total += o.amount;
    charge(sp, o, used);
  }
  plan.caps.resize(sp.caps.size());
  for (std::size_t c = 0; c < sp.caps.size(); ++c) {
    const auto slot = static_cast<std::size_t>(sp.caps[c].slot);
    const Money got = slot < received.size() ? received[slot] : Money{};
    plan.caps[c] = {sp.caps[c].amount, got, used[slot] - got, max(Money{}, sp.caps[c].amount - used[slot])};
  }
}

}  // namespace

Plan plan_portfolio(const PolicySet& set, std::span<const PlanProduct> products, std::span<const Money> received) {
  Plan plan;
  plan.products.resize(products.size());
  // One date for the whole plan (the command's --date): one version.
  if (!products.empty()) plan.document = set.subsidy.versions.in_force(products[0].claim.date);
  claim_one_by_one(set, products, received, plan);
  const std::vector<plan_search::Product> options = search_options(set, products, plan);
  const plan_search::Best best = plan_search::search(set.subsidy, options, received);
  plan.choices = best.choices;
  plan.assignments = best.assignments;
  apply(set, products, received, options, best, plan);
  // The search's arithmetic and the engine's must agree to the fen.
  if (plan.total != best.total) throw std::logic_error("plan: the search and the evaluation disagree");
  return plan;
}

std::vector<SubsidyResult> plan_types(const PolicySet& set, const SubsidyClaim& enterprise,
                                      std::span<const Money> received) {
  std::vector<SubsidyResult> out(set.subsidy.types.size());
  for (std::size_t t = 0; t < out.size(); ++t) {
    SubsidyClaim claim = enterprise;
    claim.type = static_cast<std::int32_t>(t);
    claim.premium = Money{};
    claim.facts[kFactUpperSubsidy] = {};
    evaluate_subsidy(set, claim, received, out[t]);
    for (std::uint8_t c = 0; c < out[t].candidate_count; ++c) {
      RuleOutcome& o = out[t].candidates[c];
      o.upper_assumed = false;  // no premium: the all-levels limit belongs to a product
      if (o.verdict == RuleVerdict::Assumed && o.assumed.count == 0) o.verdict = RuleVerdict::Eligible;
    }
  }
  return out;
}

}  // namespace hdpolicy
