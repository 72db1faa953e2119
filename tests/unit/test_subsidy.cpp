// Every article of 海金融发〔2025〕4号 at its boundaries. Expected amounts are
// worked out by hand from the gazette text, not copied from program output.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_report.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

const PolicySet& shipped() { return testing::shipped_policies(); }

struct Outcome {
  bool eligible;
  std::string subsidy;
  int article;
  std::string capped_by;
  std::string payee;
  int payable_year;
  std::size_t assumptions;
};

Outcome run(SubsidyTexts f, std::vector<std::pair<std::string, std::string>> received = {}) {
  const PolicySet& set = shipped();
  SubsidyClaim claim = parse_subsidy_claim(set, f, *parse_date("2026-03-01"), FieldStyle::Option);
  std::vector<Money> used(set.subsidy.caps.size());
  for (const auto& [cap, amount] : received)
    used[static_cast<std::size_t>(*set.subsidy.find_cap(cap))] = *parse_money(amount);
  SubsidyResult r = evaluate_subsidy(set, claim, used);
  const RuleOutcome* o = r.chosen_outcome();
  if (!o) return {false, "0.00", 0, "", "", 0, 0};
  const SubsidyRule& rule = set.subsidy.rules[static_cast<std::size_t>(o->rule)];
  return {true,
          format_money(o->amount),
          rule.article_number,
          capped_by_name(set, *o),
          rule.payee == Payee::Insurer ? "insurer" : "applicant",
          r.payable_year,
          subsidy_assumptions(set, claim, r, Lang::En).size()};
}

SubsidyTexts small_micro(std::string_view premium) {
  SubsidyTexts f;
  f["type"] = "inclusive";
  f["premium"] = premium;
  f["date"] = "2026-03-01";
  f["industry"] = "ai";
  f["employees"] = "100";
  f["revenue"] = "10000000.00";
  f["high_tech_year"] = "2020";
  f["support_years_used"] = "0";
  return f;
}

SubsidyTexts catalogue(std::string_view type, std::string_view premium) {
  SubsidyTexts f;
  f["type"] = type;
  f["premium"] = premium;
  f["date"] = "2026-03-01";
  f["industry"] = "ai";
  f["specialized"] = "yes";
  f["upper_subsidy"] = "0";
  return f;
}

}  // namespace

TEST_CASE("the README example: rd 80000 -> 40000.00 under Art. 4, with its assumptions") {
  SubsidyTexts f;
  f["type"] = "rd";
  f["premium"] = "80000";
  f["date"] = "2026-03-01";
  Outcome o = run(f);
  CHECK(o.eligible);
  CHECK(o.subsidy == "40000.00");
  CHECK(o.article == 4);
  CHECK(o.payee == "applicant");
  CHECK(o.payable_year == 2027);  // 第八条: the year after the claim
  CHECK(o.assumptions == 3);      // industry, 专精特新, other levels' subsidy
}

TEST_CASE("第三条 small/micro: employees 不超过100人 includes 100") {
  CHECK(run(small_micro("2000")).subsidy == "2000.00");
  auto f = small_micro("2000");
  f["employees"] = "101";
  CHECK_FALSE(run(f).eligible);  // 101 > 100 and not a high-tech enterprise certified in 2025
  f["employees"] = "99";
  CHECK(run(f).eligible);
}

TEST_CASE("第三条 small/micro: revenue 1000万元以下 includes 10,000,000.00") {
  auto f = small_micro("2000");
  f["revenue"] = "10000000.00";
  CHECK(run(f).eligible);
  f["revenue"] = "10000000.01";
  CHECK_FALSE(run(f).eligible);
  f["revenue"] = "9999999.99";
  CHECK(run(f).eligible);
}

TEST_CASE("第三条 high-tech: certified or re-certified in the year before the claim") {
  auto f = small_micro("2000");
  f["employees"] = "500";
  f["high_tech_year"] = "2025";  // claim in 2026
  CHECK(run(f).eligible);
  f["high_tech_year"] = "2024";
  CHECK_FALSE(run(f).eligible);
  f["high_tech_year"] = "2026";
  CHECK_FALSE(run(f).eligible);
}

TEST_CASE("第三条 support for three years: 2 years used is eligible, 3 is not") {
  auto f = small_micro("2000");
  f["support_years_used"] = "2";
  CHECK(run(f).eligible);
  f["support_years_used"] = "3";
  CHECK_FALSE(run(f).eligible);
}

TEST_CASE("第三条 the whole premium, at most 2,500 yuan; paid to the insurer (第九条)") {
  Outcome below = run(small_micro("2499.99"));
  CHECK(below.subsidy == "2499.99");
  CHECK(below.capped_by == "");
  Outcome at = run(small_micro("2500"));
  CHECK(at.subsidy == "2500.00");
  CHECK(at.capped_by == "");
  Outcome above = run(small_micro("2500.01"));
  CHECK(above.subsidy == "2500.00");
  CHECK(above.capped_by == "premium-cap");
  CHECK(above.payee == "insurer");
  CHECK(above.article == 3);
  CHECK(run(small_micro("2000"), {{"inclusive", "1000"}}).subsidy == "1500.00");
}

TEST_CASE("第四条 rates by product class") {
  CHECK(run(catalogue("rd", "100000")).subsidy == "50000.00");
  CHECK(run(catalogue("product", "100000")).subsidy == "50000.00");
  CHECK(run(catalogue("finance", "100000")).subsidy == "50000.00");
  CHECK(run(catalogue("property", "100000")).subsidy == "30000.00");
  CHECK(run(catalogue("liability", "100000")).subsidy == "30000.00");
  CHECK(run(catalogue("首台套", "100000")).subsidy == "20000.00");  // alias of three-firsts
  CHECK(run(catalogue("property", "0.05")).subsidy == "0.02");      // 1.5 fen rounds half-up
  CHECK(run(catalogue("rd", "100000")).assumptions == 0);
}

TEST_CASE("第四条 only for 专精特新 enterprises") {
  auto f = catalogue("rd", "100000");
  f["specialized"] = "no";
  CHECK_FALSE(run(f).eligible);
  f["specialized"] = "否";
  CHECK_FALSE(run(f).eligible);
  f["specialized"] = "是";
  CHECK(run(f).eligible);
}

TEST_CASE("第四条 annual cap 500,000 per enterprise: just below, at and above") {
  auto f = catalogue("rd", "40000");  // 20,000.00 by rate
  Outcome below = run(f, {{"catalogue", "479999.99"}});
  CHECK(below.subsidy == "20000.00");
  CHECK(below.capped_by == "");
  Outcome at = run(f, {{"catalogue", "480000"}});
  CHECK(at.subsidy == "20000.00");
  CHECK(at.capped_by == "");
  Outcome above = run(f, {{"catalogue", "480000.01"}});
  CHECK(above.subsidy == "19999.99");
  CHECK(above.capped_by == "annual-cap");
  Outcome exhausted = run(f, {{"catalogue", "500000"}});
  CHECK(exhausted.eligible);
  CHECK(exhausted.subsidy == "0.00");
  CHECK(run(catalogue("rd", "1200000")).subsidy == "500000.00");  // 600,000 by rate, one claim
}

TEST_CASE("第四条 all levels together never exceed the premium") {
  auto f = catalogue("three-firsts", "100000");
  f["upper_subsidy"] = "80000";  // the national or municipal 80%
  Outcome fits = run(f);
  CHECK(fits.subsidy == "20000.00");
  CHECK(fits.capped_by == "");
  f["upper_subsidy"] = "85000";
  Outcome cut = run(f);
  CHECK(cut.subsidy == "15000.00");
  CHECK(cut.capped_by == "all-levels");
  f["upper_subsidy"] = "120000";
  CHECK(run(f).subsidy == "0.00");
}

TEST_CASE("第五条 innovative products at 50%, annual cap 3,000,000") {
  SubsidyTexts f;
  f["type"] = "ic-tapeout";
  f["premium"] = "100000";
  f["date"] = "2026-03-01";
  f["industry"] = "ic";
  f["upper_subsidy"] = "0";
  Outcome o = run(f);
  CHECK(o.subsidy == "50000.00");
  CHECK(o.article == 5);
  CHECK(o.assumptions == 0);  // 第五条 has no 专精特新 condition
  f["premium"] = "7000000";
  Outcome capped = run(f);
  CHECK(capped.subsidy == "3000000.00");
  CHECK(capped.capped_by == "annual-cap");
  f["premium"] = "6000000";
  CHECK(run(f).capped_by == "");
  f["type"] = "satellite-orbit";
  f["premium"] = "100000";
  f["upper_subsidy"] = "50000";  // the municipal 50%: room is exactly 50,000
  CHECK(run(f).subsidy == "50000.00");
  f["upper_subsidy"] = "60000";
  CHECK(run(f).subsidy == "40000.00");
}

TEST_CASE("第十四条 就高不就低: cybersecurity insurance under Art. 5 or Art. 4") {
  auto f = catalogue("cybersecurity", "100000");
  Outcome o = run(f);
  CHECK(o.article == 5);
  CHECK(o.subsidy == "50000.00");
  // Art. 5's cap nearly used: Art. 4's 30% is now higher.
  Outcome swapped = run(f, {{"innovative", "2990000"}});
  CHECK(swapped.article == 4);
  CHECK(swapped.subsidy == "30000.00");
  // Equal amounts: the lower article number.
  Outcome tie = run(f, {{"innovative", "2970000"}});
  CHECK(tie.article == 4);
  CHECK(tie.subsidy == "30000.00");
  // Not 专精特新: only Art. 5 applies.
  f["specialized"] = "no";
  CHECK(run(f).article == 5);
}

TEST_CASE("第十五条 effective 2025-09-16 to 2027-12-31; 第八条 payable the year after") {
  auto f = catalogue("rd", "1000");
  f["date"] = "2025-09-15";
  CHECK_FALSE(run(f).eligible);
  f["date"] = "2025-09-16";
  Outcome first = run(f);
  CHECK(first.eligible);
  CHECK(first.payable_year == 2026);
  f["date"] = "2027-12-31";
  Outcome last = run(f);
  CHECK(last.eligible);
  CHECK(last.payable_year == 2028);
  f["date"] = "2028-01-01";
  CHECK_FALSE(run(f).eligible);
}

TEST_CASE("bad input is refused with the field, the value and what is accepted") {
  const PolicySet& set = shipped();
  auto parse = [&](SubsidyTexts f) {
    return parse_subsidy_claim(set, f, *parse_date("2026-03-01"), FieldStyle::Option);
  };
  auto f = catalogue("rd", "100");
  f["type"] = "rdx";
  CHECK_THROWS_WITH_AS(parse(f), doctest::Contains("--type: 'rdx' is not accepted: one of inclusive, rd, product"),
                       InputError);
  f = catalogue("rd", "100");
  f["industry"] = "banking";
  CHECK_THROWS_WITH_AS(parse(f), doctest::Contains("--industry: 'banking' is not accepted: one of ai, next-gen-it"),
                       InputError);
  f = catalogue("rd", "100");
  f["specialized"] = "maybe";
  CHECK_THROWS_WITH_AS(parse(f), doctest::Contains("--specialized: 'maybe' is not accepted: yes or no"), InputError);
  f = catalogue("rd", "100");
  f["date"] = "2025-02-30";
  CHECK_THROWS_WITH_AS(parse(f), doctest::Contains("--date: '2025-02-30' is not accepted"), InputError);
  f = catalogue("rd", "100");
  f["high_tech_year"] = "24";
  CHECK_THROWS_WITH_AS(parse(f), doctest::Contains("--high-tech-year: '24' is not accepted: a four-digit year"),
                       InputError);
  f = catalogue("rd", "");
  CHECK_THROWS_WITH_AS(parse(f), doctest::Contains("--premium: required"), InputError);
  f = catalogue("人工智能", "100");
  CHECK_THROWS_AS(parse(f), InputError);  // an industry name is not a type
  f = catalogue("rd", "100");
  f["industry"] = "集成电路";  // Chinese names are aliases
  CHECK(parse(f).facts[kFactIndustry].known);
}

TEST_CASE("--received: at most the cap's own amount, each cap once, so amounts are never summed") {
  const SubsidyPolicies& sp = shipped().subsidy;
  auto received = [&](std::vector<std::string> items, FieldStyle style = FieldStyle::Option) {
    return parse_received(sp, items, style);
  };
  // 第四条: 单家企业年度补贴上限50万元; 第五条: 300万元; 第三条: 保费金额上限2500元. The cap itself is accepted (上限
  // includes it).
  std::vector<Money> used = received({"catalogue=500000", "innovative=3000000", "inclusive=2500"});
  CHECK(used[static_cast<std::size_t>(*sp.find_cap("catalogue"))].fen == 50'000'000);
  CHECK(used[static_cast<std::size_t>(*sp.find_cap("innovative"))].fen == 300'000'000);
  CHECK(used[static_cast<std::size_t>(*sp.find_cap("inclusive"))].fen == 250'000);
  CHECK_THROWS_WITH_AS(
      received({"catalogue=500000.01"}),
      "--received: 'catalogue=500000.01' is not accepted: at most 500,000.00 yuan, the amount of cap catalogue "
      "(第四条: catalogue products, annual limit per enterprise)",
      InputError);
  CHECK_THROWS_WITH_AS(
      received({"innovative=3000000.01"}, FieldStyle::Column),
      doctest::Contains("received: 'innovative=3000000.01' is not accepted: at most 3,000,000.00 yuan"), InputError);
  CHECK_THROWS_WITH_AS(received({"inclusive=2500.01"}),
                       doctest::Contains("at most 2,500.00 yuan, the amount of cap inclusive (第三条"), InputError);
  CHECK_THROWS_WITH_AS(
      received({"catalogue=1", "innovative=2", "catalogue=3"}),
      "--received: 'catalogue=3' is not accepted: each cap once: catalogue is already given as 'catalogue=1' "
      "(give the sum received under it)",
      InputError);
  // What fuzzing found: the same huge amount again and again used to be summed without a bound (signed overflow).
  CHECK_THROWS_WITH_AS(received(std::vector<std::string>(100, "catalogue=1000000000000000")),
                       doctest::Contains("'catalogue=1000000000000000' is not accepted: at most 500,000.00 yuan"),
                       InputError);
  CHECK_THROWS_WITH_AS(received({"catalog=1"}),
                       doctest::Contains("with CAP_ID one of inclusive, catalogue, innovative"), InputError);
  CHECK_THROWS_WITH_AS(received({"catalogue"}), doctest::Contains("'catalogue' is not accepted: CAP_ID=AMOUNT"),
                       InputError);
  CHECK_THROWS_WITH_AS(received({"catalogue=-1"}),
                       doctest::Contains("--received: '-1' is not accepted: an amount in yuan"), InputError);
}
