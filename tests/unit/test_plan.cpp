// hdpolicy plan (issue #12). Expected amounts are worked out by hand from
// 海金融发〔2025〕4号 (policies/sources/haidian-gazette-2025-03.txt):
// 第三条 inclusive 100% within a 2,500 premium limit; 第四条 catalogue
// rd/product/finance 50%, property/liability/cybersecurity 30%, three-firsts
// 20%, 500,000 a year, all levels within the premium; 第五条 innovative
// (cybersecurity, ic-tapeout, ...) 50%, 3,000,000 a year, all levels within
// the premium; 第十四条 the higher per claim.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/plan.hpp"
#include "plan/plan_search.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

const PolicySet& shipped() { return testing::shipped_policies(); }

struct Enterprise {
  std::string specialized = "yes";
  std::string employees, revenue, support_years;
};

Enterprise not_specialized() {
  Enterprise e;
  e.specialized = "no";
  return e;
}

SubsidyClaim enterprise(const PolicySet& set, const Enterprise& e = {}) {
  SubsidyTexts f;
  f["date"] = "2026-03-01";
  f["industry"] = "ai";
  f["specialized"] = e.specialized;
  f["employees"] = e.employees;
  f["revenue"] = e.revenue;
  f["support_years_used"] = e.support_years;
  return parse_plan_enterprise(set, f, *parse_date("2026-03-01"));
}

std::vector<PlanProduct> products(const PolicySet& set, const SubsidyClaim& ent, std::vector<std::string> items) {
  std::vector<PlanProduct> out;
  for (const auto& item : items) out.push_back(parse_plan_product(set, ent, item));
  return out;
}

std::vector<Money> received(const PolicySet& set, std::vector<std::string> items = {}) {
  return parse_received(set.subsidy, items, FieldStyle::Option);
}

Plan plan(std::vector<std::string> items, std::vector<std::string> got = {}, const Enterprise& e = {}) {
  const PolicySet& set = shipped();
  return plan_portfolio(set, products(set, enterprise(set, e), items), received(set, got));
}

int article(const Plan& p, std::size_t i) {
  const RuleOutcome* o = p.products[i].result.chosen_outcome();
  return o ? shipped().subsidy.rules[static_cast<std::size_t>(o->rule)].article_number : 0;
}
std::string amount(const Plan& p, std::size_t i) {
  const RuleOutcome* o = p.products[i].result.chosen_outcome();
  return format_money(o ? o->amount : Money{});
}
std::string capped(const Plan& p, std::size_t i) {
  return capped_by_name(shipped(), *p.products[i].result.chosen_outcome());
}
const CapUse& cap(const Plan& p, const char* id) {
  return p.caps[static_cast<std::size_t>(*shipped().subsidy.find_cap(id))];
}

// The brute force the planner is held to: every assignment of every product
// to every eligible rule, each simulated claim by claim with evaluate_subsidy.
Money brute_force(const PolicySet& set, const std::vector<PlanProduct>& ps, const std::vector<Money>& got) {
  std::vector<std::vector<std::uint8_t>> eligible(ps.size());
  for (std::size_t i = 0; i < ps.size(); ++i) {
    SubsidyResult r = evaluate_subsidy(set, ps[i].claim);
    for (std::uint8_t c = 0; c < r.candidate_count; ++c)
      if (r.candidates[c].eligible()) eligible[i].push_back(c);
  }
  std::vector<std::size_t> pick(ps.size(), 0);
  Money best;
  for (;;) {
    std::vector<Money> used = got;
    Money total;
    for (std::size_t i = 0; i < ps.size(); ++i) {
      if (eligible[i].empty()) continue;
      SubsidyResult r = evaluate_subsidy(set, ps[i].claim, used);
      const RuleOutcome& o = r.candidates[eligible[i][pick[i]]];
      total += o.amount;
      for (const Limit& lim : set.subsidy.rules[static_cast<std::size_t>(o.rule)].limits)
        if (lim.kind == LimitKind::Cap) used[static_cast<std::size_t>(lim.cap)] += o.amount;
    }
    best = max(best, total);
    std::size_t i = ps.size();
    while (i > 0 && (eligible[i - 1].empty() || ++pick[i - 1] == eligible[i - 1].size())) pick[--i] = 0;
    if (i == 0) return best;
  }
}

// A random small portfolio: types, premiums, upper-level subsidies and what
// was received all drawn from a fixed seed.
struct Random {
  std::mt19937 rng{20260301};
  std::size_t below(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }
  std::string yuan(std::size_t max) { return std::to_string(below(max / 1000 + 1) * 1000); }
};

// Returns how many portfolios the plan paid more for than one by one (so
// that the check is seen to reach the cases where the order of claims matters).
int cross_check(const PolicySet& set, Random& r, int rounds) {
  int better = 0;
  const char* specialized[] = {"yes", "no", ""};
  for (int round = 0; round < rounds; ++round) {
    const SubsidyClaim ent = enterprise(
        set, {.specialized = specialized[r.below(3)], .employees = "50", .revenue = "1000000", .support_years = "0"});
    std::vector<std::string> items;
    const std::size_t n = 1 + r.below(6);
    for (std::size_t i = 0; i < n; ++i) {
      std::string premium = r.yuan(8'000'000);
      std::string item = set.subsidy.types[r.below(set.subsidy.types.size())].id + "=" + premium;
      const std::size_t upper = r.below(3);  // not given, 0, or some of the premium
      if (upper == 1) item.append(":0");
      if (upper == 2) item.append(":").append(r.yuan(static_cast<std::size_t>(std::stoll(premium))));
      items.push_back(item);
    }
    std::vector<std::string> got;
    if (r.below(2)) got.push_back("catalogue=" + r.yuan(500'000));
    if (r.below(2)) got.push_back("innovative=" + r.yuan(3'000'000));
    const std::vector<PlanProduct> ps = products(set, ent, items);
    const std::vector<Money> rec = received(set, got);
    const Plan p = plan_portfolio(set, ps, rec);
    INFO("round " << round << ": " << items.size() << " products, first " << items.front());
    CHECK(p.total == brute_force(set, ps, rec));
    CHECK(p.total >= p.sequential_total);
    better += p.total > p.sequential_total;
  }
  return better;
}

}  // namespace

TEST_CASE("plan: the issue's example, 3,120,000.00 against 3,000,000.00 one by one") {
  // One by one: cybersecurity takes 第五条 (50% = 200,000 > 第四条's 30% = 120,000),
  // leaving 2,800,000 of 第五条's 3,000,000 for ic-tapeout (50% = 4,000,000).
  // Best: cybersecurity under 第四条 (120,000, the separate 500,000 cap), ic-tapeout 3,000,000.
  const Plan p = plan({"cybersecurity=400000:0", "ic-tapeout=8000000:0"});
  CHECK(format_money(p.total) == "3120000.00");
  CHECK(format_money(p.sequential_total) == "3000000.00");
  CHECK(p.choices == 1);
  CHECK(article(p, 0) == 4);
  CHECK(amount(p, 0) == "120000.00");
  CHECK(article(p, 1) == 5);
  CHECK(amount(p, 1) == "3000000.00");
  CHECK(capped(p, 1) == "annual-cap");
  CHECK(format_money(p.products[0].sequential_amount) == "200000.00");
  CHECK(format_money(cap(p, "catalogue").room) == "380000.00");
  CHECK(format_money(cap(p, "innovative").used) == "3000000.00");
  CHECK(format_money(cap(p, "innovative").room) == "0.00");
}

TEST_CASE("plan: every cap binding") {
  SUBCASE("第三条's premium limit, 2,500, shared by two inclusive policies") {
    const Plan p = plan({"inclusive=2000", "inclusive=2000"}, {},
                        {.specialized = "", .employees = "50", .revenue = "1000000", .support_years = "0"});
    CHECK(amount(p, 0) == "2000.00");
    CHECK(amount(p, 1) == "500.00");  // 2,500 − 2,000
    CHECK(capped(p, 1) == "premium-cap");
    CHECK(format_money(p.total) == "2500.00");
  }
  SUBCASE("第四条's 500,000: rd 1,200,000 × 50% = 600,000") {
    const Plan p = plan({"rd=1200000:0"});
    CHECK(amount(p, 0) == "500000.00");
    CHECK(capped(p, 0) == "annual-cap");
  }
  SUBCASE("第五条's 3,000,000: ic-tapeout 8,000,000 × 50% = 4,000,000") {
    const Plan p = plan({"ic-tapeout=8000000:0"});
    CHECK(amount(p, 0) == "3000000.00");
    CHECK(capped(p, 0) == "annual-cap");
  }
}

TEST_CASE("plan: --received reduces the caps") {
  // 480,000.01 received under 第四条 leaves 19,999.99; rd 40,000 × 50% = 20,000.
  const Plan a = plan({"rd=40000:0"}, {"catalogue=480000.01"});
  CHECK(amount(a, 0) == "19999.99");
  CHECK(format_money(cap(a, "catalogue").room) == "0.00");
  // 2,900,000 received under 第五条 leaves 100,000: cybersecurity 400,000 is
  // then worth 120,000 under 第四条 against 100,000 under 第五条, both ways.
  const Plan b = plan({"cybersecurity=400000:0"}, {"innovative=2900000"});
  CHECK(article(b, 0) == 4);
  CHECK(format_money(b.total) == "120000.00");
  CHECK(format_money(b.sequential_total) == "120000.00");
}

TEST_CASE("plan: the all-levels limit per product") {
  // three-firsts 1,000,000 with 900,000 from upper levels: 20% = 200,000, but
  // all levels together within the premium leave the district 100,000.
  const Plan p = plan({"three-firsts=1000000:900000"});
  CHECK(amount(p, 0) == "100000.00");
  CHECK(capped(p, 0) == "all-levels");
  CHECK(format_money(cap(p, "catalogue").used) == "100000.00");
}

TEST_CASE("plan: duplicate types") {
  // Two cybersecurity 400,000 and ic-tapeout 8,000,000. One by one: 200,000 +
  // 200,000 under 第五条, leaving 2,600,000 for ic-tapeout: 3,000,000. Best: both
  // under 第四条 (240,000 of its 500,000) and ic-tapeout 3,000,000: 3,240,000.
  const Plan p = plan({"cybersecurity=400000:0", "cybersecurity=400000:0", "ic-tapeout=8000000:0"});
  CHECK(format_money(p.total) == "3240000.00");
  CHECK(format_money(p.sequential_total) == "3000000.00");
  CHECK(article(p, 0) == 4);
  CHECK(article(p, 1) == 4);
  // Two rd 600,000: 300,000 each, 第四条's 500,000 served in the given order.
  const Plan q = plan({"rd=600000:0", "rd=600000:0"});
  CHECK(amount(q, 0) == "300000.00");
  CHECK(amount(q, 1) == "200000.00");
  CHECK(capped(q, 1) == "annual-cap");
}

TEST_CASE("plan: an ineligible product pays nothing and takes no room") {
  // Not 专精特新: 第四条 is closed; cybersecurity still has 第五条 (50%).
  const Plan p = plan({"rd=100000:0", "cybersecurity=400000:0"}, {}, not_specialized());
  CHECK_FALSE(p.products[0].result.eligible());
  CHECK(amount(p, 0) == "0.00");
  CHECK(article(p, 1) == 5);
  CHECK(amount(p, 1) == "200000.00");
  CHECK(format_money(cap(p, "catalogue").used) == "0.00");
  CHECK(p.choices == 0);
}

TEST_CASE("plan: with no product, every type; rd closed, cybersecurity open under 第五条 when not 专精特新") {
  const PolicySet& set = shipped();
  const std::vector<SubsidyResult> types = plan_types(set, enterprise(set, not_specialized()), received(set));
  REQUIRE(types.size() == 13);
  const SubsidyResult& rd = types[static_cast<std::size_t>(*set.subsidy.find_type("rd"))];
  CHECK_FALSE(rd.eligible());
  const SubsidyResult& cyber = types[static_cast<std::size_t>(*set.subsidy.find_type("cybersecurity"))];
  REQUIRE(cyber.candidate_count == 2);
  int open = 0;
  for (std::uint8_t c = 0; c < cyber.candidate_count; ++c)
    if (cyber.candidates[c].eligible())
      open = set.subsidy.rules[static_cast<std::size_t>(cyber.candidates[c].rule)].article_number;
  CHECK(open == 5);
}

TEST_CASE("plan: equal totals keep the one-by-one choice") {
  // 2,880,000 received under 第五条 leaves 120,000: cybersecurity 400,000 is
  // 120,000 either way; 第十四条 takes the lower article on a tie, and so does the plan.
  const Plan p = plan({"cybersecurity=400000:0"}, {"innovative=2880000"});
  CHECK(article(p, 0) == 4);
  CHECK(p.products[0].result.chosen == p.products[0].sequential);
}

TEST_CASE("plan: more than 20 products with a choice are refused, 20 are searched") {
  std::vector<std::string> items(20, "cybersecurity=1000:0");
  CHECK(format_money(plan(items).total) == "10000.00");  // 20 × 500 under 第五条
  items.push_back("cybersecurity=1000:0");
  CHECK_THROWS_WITH_AS(
      plan(items),
      "plan: 21 products can each be claimed under more than one article; the exact search tries "
      "every assignment of at most 20 such products (1048576 assignments): plan the portfolio in parts",
      InputError);
}

TEST_CASE("plan: bad --product items name the item") {
  const PolicySet& set = shipped();
  const SubsidyClaim ent = enterprise(set);
  CHECK_THROWS_AS(parse_plan_product(set, ent, "rd"), InputError);
  CHECK_THROWS_AS(parse_plan_product(set, ent, "rd=abc"), InputError);
  CHECK_THROWS_AS(parse_plan_product(set, ent, "car=1000"), InputError);
  CHECK_THROWS_AS(parse_plan_product(set, ent, "rd=1000:"), InputError);
  const PlanProduct p = parse_plan_product(set, ent, "首台套=1000000:900000");
  CHECK(set.subsidy.types[static_cast<std::size_t>(p.claim.type)].id == "three-firsts");
  CHECK(p.claim.facts[kFactUpperSubsidy].known);
}

TEST_CASE("plan: brute-force cross-check on random small portfolios") {
  Random r;
  CHECK(cross_check(shipped(), r, 300) > 0);
}

TEST_CASE("plan: a rule under two caps is searched by simulation, still exact") {
  // Made up: 第五条 also counted against 第四条's cap, so the order within
  // the caps matters and the sums no longer decide; the planner simulates.
  PolicySet set = shipped();
  for (SubsidyRule& rule : set.subsidy.rules)
    if (rule.id == "innovative") rule.limits.insert(rule.limits.begin(), Limit{LimitKind::Cap, 1, {}});
  REQUIRE(set.subsidy.caps[1].id == "catalogue");
  Random r;
  cross_check(set, r, 150);
}

TEST_CASE("plan: a policy set whose types map to one article plans in the given order") {
  PolicySet set = shipped();
  for (SubsidyRule& rule : set.subsidy.rules)
    if (rule.id == "catalogue") rule.product_for_type.assign(rule.product_for_type.size(), -1);
  const SubsidyClaim ent = enterprise(set);
  const Plan p =
      plan_portfolio(set, products(set, ent, {"cybersecurity=400000:0", "ic-tapeout=8000000:0"}), received(set));
  CHECK(p.choices == 0);
  CHECK(format_money(p.total) == "3000000.00");  // 200,000 then the 2,800,000 left
  CHECK(format_money(p.total) == format_money(p.sequential_total));
}
