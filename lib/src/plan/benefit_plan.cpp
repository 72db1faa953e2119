// `hdpolicy plan POLICY`: one enterprise's claims of a year on a document of
// declared shape, each under the rule (or left unclaimed) that makes the
// year's total highest. The search tries every assignment, each claim's
// one-by-one choice first, so that a tie keeps what claiming one by one
// would do; every assignment is evaluated in order with the caps charged
// as `batch eval` charges them.
#include "hdpolicy/benefit_plan.hpp"

#include <fmt/format.h>

#include "hdpolicy/dates.hpp"
#include "hdpolicy/document.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {
namespace {

constexpr std::int16_t kAllRules = -1;   // evaluate_benefit's own choice (the highest, or all stacked)
constexpr std::int16_t kUnclaimed = -2;  // the claim is left out of the year

// What a claim paid, charged to each cap its rules count against.
void charge(const BenefitPolicy& p, const BenefitResult& r, std::vector<Money>& used) {
  for (std::int16_t i : r.paid)
    for (const BenefitLimit& l : p.rules[static_cast<std::size_t>(i)].limits)
      if (l.kind == BenefitLimitKind::Cap) {
        const auto cap = static_cast<std::size_t>(l.cap);
        used[cap] = used[cap] + cap_charge(p.caps[cap], r.rules[static_cast<std::size_t>(i)].amount);
      }
}

bool counts_times(const BenefitPolicy& p) {
  for (const BenefitCap& c : p.caps)
    if (c.times > 0) return true;
  return false;
}

// The claims in order, each under its option `pick[i]` of `options[i]`;
// the year's total.
Money run(const Document& d, const BenefitPolicy& p, std::span<const Money> received,
          const std::vector<std::vector<std::int16_t>>& options, const std::vector<std::size_t>& pick,
          std::vector<BenefitPlanClaim>& claims) {
  std::vector<Money> used(received.begin(), received.end());
  Money total;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    BenefitPlanClaim& c = claims[i];
    c.choice = options[i][pick[i]];
    if (c.choice == kUnclaimed) {
      c.result.paid.clear();
      c.result.chosen = -1;
      c.result.total = Money{};
      continue;
    }
    c.claim.received = used;
    evaluate_benefit_rule(d, p, c.claim, c.choice, c.result);
    charge(p, c.result, used);
    total = total + c.result.amount();
  }
  return total;
}

// Claiming one by one (就高不就低 in order): each claim's choice, which is
// also the first option the search tries for it; then its other options.
std::vector<std::vector<std::int16_t>> one_by_one(const Document& d, const BenefitPolicy& p,
                                                  std::span<const Money> received, BenefitPlan& plan) {
  std::vector<std::vector<std::int16_t>> options(plan.claims.size());
  std::vector<Money> used(received.begin(), received.end());
  const bool skip = counts_times(p);  // leaving a claim out can save a time for a later, larger one
  for (std::size_t i = 0; i < plan.claims.size(); ++i) {
    BenefitPlanClaim& c = plan.claims[i];
    c.claim.received = used;
    evaluate_benefit(d, p, c.claim, c.result);
    charge(p, c.result, used);
    c.sequential = c.result.paid;
    c.sequential_amount = c.result.amount();
    plan.sequential_total = plan.sequential_total + c.sequential_amount;
    std::vector<std::int16_t>& o = options[i];
    if (p.pay_all || !c.result.eligible()) {
      o.push_back(kAllRules);
    } else {
      o.push_back(c.result.chosen);
      for (std::size_t r = 0; r < c.result.rules.size(); ++r)
        if (c.result.rules[r].eligible != Tri::False && static_cast<std::int16_t>(r) != c.result.chosen)
          o.push_back(static_cast<std::int16_t>(r));
    }
    if (skip && c.result.eligible()) o.push_back(kUnclaimed);
    c.options = o.size();
  }
  return options;
}

}  // namespace

void check_benefit_plan_policy(const BenefitPolicy& p) {
  for (const BenefitCap& c : p.caps)
    if (c.each >= 0)
      throw InputError(fmt::format(
          "plan {}: cap {} is kept for each {}, and plan weighs the claims of one enterprise against caps they share: "
          "use batch eval",
          p.id, c.id, p.facts->rows[static_cast<std::size_t>(c.each)].id));
}

void add_benefit_plan_claim(const BenefitPolicy& p, const InputTexts& texts, std::uint64_t line, std::string_view where,
                            BenefitPlan& plan) {
  BenefitPlanClaim& c = plan.claims.emplace_back();
  c.line = line;
  try {
    read_benefit_facts(p, texts, FieldStyle::Column, Date{}, c.claim);
  } catch (const InputError& e) {
    throw InputError(fmt::format("{}: {}", where, e.what()), e.fields());
  }
  const int year = year_of(c.claim.date);
  if (plan.year == 0) plan.year = year;
  if (year != plan.year)
    throw InputError(
        fmt::format("{}: the claim's date {} is in {}, the plan's first claim in {}: a plan "
                    "is one enterprise's year",
                    where, format_date(c.claim.date), year, plan.year));
}

const BenefitPolicy& benefit_plan_version(const PolicySet& set, const BenefitPolicy& named, bool by_number,
                                          const BenefitPlan& plan, std::string_view source) {
  if (plan.claims.empty() || by_number) return named;
  const BenefitPolicy& first = benefit_version(set, named, plan.claims.front().claim.date);
  for (const BenefitPlanClaim& c : plan.claims)
    if (const BenefitPolicy& v = benefit_version(set, named, c.claim.date); &v != &first) {
      const auto number = [&set](const BenefitPolicy& p) {
        return set.documents[static_cast<std::size_t>(p.document)].number;
      };
      throw InputError(
          fmt::format("{}: the claims fall under two versions of {}: {} (line {}) and {} (line {}): "
                      "plan the claims of one version at a time",
                      source, named.id, number(first), plan.claims.front().line, number(v), c.line));
    }
  return first;
}

BenefitPlan read_benefit_plan(const BenefitPolicy& p, csv::Reader& reader, std::string_view source) {
  const FactTable& t = *p.facts;
  check_benefit_plan_policy(p);
  BenefitPlan plan;
  csv::Cells cells;
  if (!reader.next(cells))
    throw InputError(
        fmt::format("{}: empty: the first line is the header, the facts of {} as batch eval reads them", source, p.id));
  std::vector<int> column(t.rows.size(), -1);
  for (std::size_t c = 0; c < cells.size(); ++c)
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      if ((t.rows[r].where & kInColumn) && t.rows[r].id == cells[c]) column[r] = static_cast<int>(c);
  const std::size_t width = cells.size();
  while (reader.next(cells)) {
    if (cells.size() != width)
      throw InputError(fmt::format("{}: line {}: the row has {} cells where the header has {}", source, reader.line(),
                                   cells.size(), width));
    InputTexts texts(t.rows);
    for (std::size_t r = 0; r < t.rows.size(); ++r)
      if (column[r] >= 0) texts[r] = cells[static_cast<std::size_t>(column[r])];
    add_benefit_plan_claim(p, texts, reader.line(), fmt::format("{}: line {}", source, reader.line()), plan);
  }
  if (plan.claims.empty()) throw InputError(fmt::format("{}: no claims after the header", source));
  return plan;
}

void plan_benefit(const Document& document, const BenefitPolicy& policy, std::span<const Money> received,
                  BenefitPlan& plan) {
  plan.total = plan.sequential_total = Money{};
  const auto options = one_by_one(document, policy, received, plan);
  std::uint64_t assignments = 1;
  for (const auto& o : options) {
    if (assignments > kMaxBenefitPlanAssignments / o.size())
      throw InputError(fmt::format("the claims have more than {} ways to be claimed: plan fewer claims at once",
                                   kMaxBenefitPlanAssignments));
    assignments *= o.size();
  }
  // Every assignment in turn, as the digits of a number in mixed radix.
  std::vector<std::size_t> pick(options.size(), 0), best = pick;
  Money best_total = run(document, policy, received, options, pick, plan.claims);
  for (std::uint64_t n = 1; n < assignments; ++n) {
    for (std::size_t i = 0; i < pick.size(); ++i) {
      if (++pick[i] < options[i].size()) break;
      pick[i] = 0;
    }
    const Money total = run(document, policy, received, options, pick, plan.claims);
    if (total > best_total) {
      best_total = total;
      best = pick;
    }
  }
  plan.total = run(document, policy, received, options, best, plan.claims);
  plan.assignments = assignments;
}

}  // namespace hdpolicy
