// The generic evaluator (benefit.hpp): a document of a shape written only
// in YAML, its mechanisms exact to the fen, and its load errors at their lines.
#include <doctest/doctest.h>

#include <string>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"

using namespace hdpolicy;

namespace {

// Brackets on a derived increase, a ceiling per m² per day on a bounded
// area, and a share-of condition: the mechanisms the two shapes in
// tests/shapes use, on round numbers worked out by hand below.
const char* kDoc = R"(document:
  id: mini
  number: 测试〔2026〕9号
  title: a made-up document of declared shape
  issuer: test
  issued: 2026-01-01
  effective: {from: 2026-01-01, to: 2026-12-31, cite: {article: 第九条, quote: "执行期至2026年12月31日"}}
facts:
  - {id: enterprise_id, kind: key, label: {zh: 企业编号, en: enterprise ID}}
  - {id: date, kind: date, claim_date: true, label: {zh: 申报日期, en: claim date}}
  - {id: now, kind: money, required: true, label: {zh: 本年, en: this year}}
  - {id: before, kind: money, required: true, label: {zh: 上年, en: last year}}
  - {id: area, kind: area, label: {zh: 面积, en: area}}
  - {id: days, kind: count, label: {zh: 天数, en: days}}
  - {id: growth, kind: money, difference: [now, before], label: {zh: 增加额, en: increase}}
caps:
  - {id: yearly, amount: 600.00, per: enterprise-year, label: {zh: 年度上限, en: yearly cap}, cite: {article: 第三条, quote: "上限600元"}}
resolution: {choose: highest, cite: {article: 第八条, quote: "就高不就低"}}
rules:
  - id: tiers
    article: 第二条
    name: {zh: 分段奖励, en: tiered reward}
    eligible: {fact: growth, at_least: 10%, of: before, cite: {article: 第二条, quote: "增幅10%以上"}}
    amount:
      of: growth
      brackets:
        - {up_to: 1000.00, rate: 50%, cite: {article: 第二条, quote: "1000元以内50%"}}
        - {rate: 10%, cite: {article: 第二条, quote: "超过部分10%"}}
      cite: {article: 第二条, quote: "按增加额奖励"}
    limits: [{cap: yearly}]
  - id: space
    article: 第四条
    name: {zh: 面积补贴, en: space grant}
    amount: {fixed: 100000.00, cite: {article: 第四条, quote: "定额"}}
    limits:
      - id: per-m2-day
        per_unit: 0.50
        units: [{fact: area, at_most: 100, cite: {article: 第四条, quote: "不超过100平方米"}}, days]
        cite: {article: 第四条, quote: "每平方米每天0.5元"}
)";

PolicySet load(const std::string& text) {
  std::vector<PolicyFile> files{{"mini.yaml", "mini.yaml", text, false}};
  return load_policy_set(files);
}

Money amount_of(const PolicySet& set, std::vector<std::pair<std::string, std::string>> given,
                std::vector<std::string> received = {}) {
  const BenefitPolicy* p = find_benefit_policy(set, "mini");
  REQUIRE(p != nullptr);
  InputTexts texts(p->inputs());
  for (const auto& [k, v] : given) texts[k] = v;
  BenefitClaim claim = parse_benefit_claim(*p, texts, received, FieldStyle::CaseKey, Date{});
  return evaluate_benefit(set.documents[0], *p, claim).amount();
}

}  // namespace

TEST_CASE("brackets: 50% of the first 1,000 and 10% above, rounded once") {
  PolicySet set = load(kDoc);
  // increase 1,000.00 = 10% of 10,000 (以上 includes it): 500.00
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "11000"}, {"before", "10000"}}) == Money{50000});
  // one fen short of 10%: not eligible, and no other rule pays without an area
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "10999.99"}, {"before", "10000"}}) == Money{0});
  // increase 1,000.05: 500 + 0.05 x 10% = 500.005 -> 500.01 (half-up, once)
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "11000.05"}, {"before", "10000"}}) == Money{50001});
  // increase 2,000: 500 + 100 = 600.00, the cap exactly; 3,000: 700 -> 600.00
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "12000"}, {"before", "10000"}}) == Money{60000});
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "13000"}, {"before", "10000"}}) == Money{60000});
  // received 250 under the cap this year: 350.00 left
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "13000"}, {"before", "10000"}}, {"yearly=250"}) ==
        Money{35000});
}

TEST_CASE("per unit: 0.50 yuan per m² per day on at most 100 m², the highest rule paid") {
  PolicySet set = load(kDoc);
  // 0.50 x 80.5 x 3 = 120.75 beats the tiers' 0 (no growth)
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "1"}, {"before", "1"}, {"area", "80.5"}, {"days", "3"}}) ==
        Money{12075});
  // 0.50 x 100 (of 150.25) x 3 = 150.00
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "1"}, {"before", "1"}, {"area", "150.25"}, {"days", "3"}}) ==
        Money{15000});
  // 0.50 x 0.01 x 1 = 0.005 -> 0.01 (half-up)
  CHECK(amount_of(set, {{"date", "2026-03-01"}, {"now", "1"}, {"before", "1"}, {"area", "0.01"}, {"days", "1"}}) ==
        Money{1});
  // both rules pay: the highest (就高不就低): 500.00 against 150.00
  CHECK(
      amount_of(set, {{"date", "2026-03-01"}, {"now", "11000"}, {"before", "10000"}, {"area", "100"}, {"days", "3"}}) ==
      Money{50000});
}

TEST_CASE("outside the window nothing is paid") {
  PolicySet set = load(kDoc);
  CHECK(amount_of(set, {{"date", "2025-12-31"}, {"now", "11000"}, {"before", "10000"}}) == Money{0});
  CHECK(amount_of(set, {{"date", "2026-12-31"}, {"now", "11000"}, {"before", "10000"}}) == Money{50000});
  CHECK(amount_of(set, {{"date", "2027-01-01"}, {"now", "11000"}, {"before", "10000"}}) == Money{0});
}

TEST_CASE("bad input names the fact, the value and what is accepted") {
  PolicySet set = load(kDoc);
  CHECK_THROWS_WITH_AS(amount_of(set, {{"date", "2026-03-01"}, {"now", "1"}, {"before", "1"}, {"area", "1.005"}}),
                       doctest::Contains("area: '1.005' is not accepted: an area in square metres"), InputError);
  CHECK_THROWS_WITH_AS(amount_of(set, {{"date", "2026-03-01"}, {"before", "1"}}), doctest::Contains("now: required"),
                       InputError);
  CHECK_THROWS_WITH_AS(amount_of(set, {{"date", "2026-03-01"}, {"now", "1"}, {"before", "1"}}, {"yearly=600.01"}),
                       doctest::Contains("at most 600.00 yuan"), InputError);
}

TEST_CASE("load errors are reported at their line") {
  std::string bad = kDoc;
  bad.replace(bad.find("kind: area"), 10, "kind: acre");
  Diagnostics d;
  std::vector<PolicyFile> files{{"mini.yaml", "mini.yaml", bad, false}};
  load_policy_set(files, d);
  REQUIRE(d.size() >= 1);
  CHECK(d[0].line == 13);
  CHECK(d[0].message.find("kind 'acre' is not accepted") != std::string::npos);

  std::string no_date = kDoc;
  no_date.replace(no_date.find("claim_date: true, "), 18, "");
  Diagnostics d2;
  std::vector<PolicyFile> files2{{"mini.yaml", "mini.yaml", no_date, false}};
  load_policy_set(files2, d2);
  REQUIRE(d2.size() >= 1);
  CHECK(d2[0].message.find("no claim date") != std::string::npos);
}

TEST_CASE("stacked rules (choose: all) are paid together, sharing the cap in the order written") {
  std::string doc = kDoc;
  doc.replace(doc.find("choose: highest"), 15, "choose: all");
  doc += "      - {cap: yearly}\n";  // the space grant shares the tiers' yearly cap
  PolicySet set = load(doc);
  const BenefitPolicy* p = find_benefit_policy(set, "mini");
  REQUIRE(p != nullptr);
  CHECK(p->pay_all);
  auto result_of = [&](std::vector<std::pair<std::string, std::string>> given) {
    InputTexts texts(p->inputs());
    for (const auto& [k, v] : given) texts[k] = v;
    BenefitClaim claim = parse_benefit_claim(*p, texts, {}, FieldStyle::CaseKey, Date{});
    return evaluate_benefit(set.documents[0], *p, claim);
  };
  // tiers 500.00 (increase 1,000) + space 0.50 x 100 x 3 = 150.00, of which
  // 600 - 500 = 100.00 is left under the shared cap: 600.00, both paid
  BenefitResult r =
      result_of({{"date", "2026-03-01"}, {"now", "11000"}, {"before", "10000"}, {"area", "100"}, {"days", "3"}});
  CHECK(r.amount() == Money{60000});
  REQUIRE(r.paid.size() == 2);
  CHECK(r.rules[0].amount == Money{50000});
  CHECK(r.rules[1].amount == Money{10000});
  CHECK(r.rules[1].capped_by == 1);  // the cap, second of its limits
  // the tiers not met: the space grant alone, 150.00, uncut
  r = result_of({{"date", "2026-03-01"}, {"now", "1"}, {"before", "1"}, {"area", "100"}, {"days", "3"}});
  CHECK(r.amount() == Money{15000});
  CHECK(r.paid == std::vector<std::int16_t>{1});
  // the tiers take the whole cap (600.00): the space grant is eligible and cut to 0.00
  r = result_of({{"date", "2026-03-01"}, {"now", "12000"}, {"before", "10000"}, {"area", "100"}, {"days", "3"}});
  CHECK(r.amount() == Money{60000});
  CHECK(r.paid.size() == 2);
  CHECK(r.rules[1].amount == Money{0});
  // the same claims under choose: highest pay the higher rule only
  PolicySet highest = load(kDoc);
  CHECK(amount_of(highest,
                  {{"date", "2026-03-01"}, {"now", "11000"}, {"before", "10000"}, {"area", "100"}, {"days", "3"}}) ==
        Money{50000});
}

TEST_CASE("a cap on times (限享受N次) pays while fewer than N were received, and takes a count") {
  std::string doc = kDoc;
  const std::string yearly = "caps:\n";
  doc.insert(doc.find(yearly) + yearly.size(),
             "  - {id: twice, times: 2, per: enterprise, label: {zh: 限两次, en: twice}, "
             "cite: {article: 第四条, quote: \"限享受两次\"}}\n");
  doc += "      - {cap: twice}\n";  // the space grant, at most twice per enterprise
  PolicySet set = load(doc);
  const BenefitPolicy* p = find_benefit_policy(set, "mini");
  REQUIRE(p != nullptr);
  REQUIRE(p->caps.size() == 2);
  CHECK(p->caps[0].times == 2);
  const std::vector<std::pair<std::string, std::string>> claim{
      {"date", "2026-03-01"}, {"now", "1"}, {"before", "1"}, {"area", "100"}, {"days", "3"}};
  // 0.50 x 100 x 3 = 150.00 with 0 or 1 time received; the third time nothing
  CHECK(amount_of(set, claim) == Money{15000});
  CHECK(amount_of(set, claim, {"twice=1"}) == Money{15000});
  CHECK(amount_of(set, claim, {"twice=2"}) == Money{0});
  CHECK_THROWS_WITH_AS(amount_of(set, claim, {"twice=3"}),
                       doctest::Contains("a whole number of times from 0 to 2 (第四条)"), InputError);
  CHECK_THROWS_WITH_AS(amount_of(set, claim, {"twice=1.5"}), doctest::Contains("'twice=1.5' is not accepted"),
                       InputError);
  // one time is charged for a payment, none for nothing paid
  CHECK(cap_charge(p->caps[0], Money{15000}) == Money{1});
  CHECK(cap_charge(p->caps[0], Money{0}) == Money{0});
  CHECK(cap_charge(p->caps[1], Money{15000}) == Money{15000});
}

TEST_CASE("months_since: whole months to the claim's date, ending on the corresponding or the month's last day") {
  const std::string doc = R"(document:
  id: months
  number: 测试〔2026〕10号
  title: a made-up document with a fact derived in months
  issuer: test
  issued: 2026-01-01
  effective: {from: 2026-01-01, to: 2026-12-31, cite: {article: 第九条, quote: "执行期至2026年12月31日"}}
facts:
  - {id: date, kind: date, claim_date: true, label: {zh: 申报日期, en: claim date}}
  - {id: founded, kind: date, required: true, label: {zh: 成立日期, en: founded}}
  - {id: months_old, kind: count, months_since: founded, label: {zh: 成立月数, en: months since founding}}
rules:
  - id: young
    article: 第二条
    name: {zh: 初创奖励, en: start-up reward}
    eligible: {fact: months_old, at_least: 6, term: 以上, cite: {article: 第二条, quote: "成立满6个月"}}
    amount: {fixed: 100.00, cite: {article: 第二条, quote: "奖励100元"}}
)";
  std::vector<PolicyFile> files{{"months.yaml", "months.yaml", doc, false}};
  PolicySet set = load_policy_set(files);
  const BenefitPolicy* p = find_benefit_policy(set, "months");
  REQUIRE(p != nullptr);
  auto months = [&](const char* founded, const char* date) {
    InputTexts texts(p->inputs());
    texts["founded"] = founded;
    texts["date"] = date;
    BenefitClaim claim = parse_benefit_claim(*p, texts, {}, FieldStyle::CaseKey, Date{});
    CHECK(claim.facts[2].known);
    return std::pair{claim.facts[2].value, evaluate_benefit(set.documents[0], *p, claim).amount()};
  };
  // 2025-09-01 to 2026-03-01: 6 whole months, the day before: 5
  CHECK(months("2025-09-01", "2026-03-01") == std::pair{std::int64_t{6}, Money{10000}});
  CHECK(months("2025-09-01", "2026-02-28") == std::pair{std::int64_t{5}, Money{0}});
  // from 31 August the sixth month ends on 28 February, the month's last day (第二百零二条)
  CHECK(months("2025-08-31", "2026-02-28").first == 6);
  CHECK(months("2025-08-31", "2026-02-27").first == 5);
  // a founding date after the claim's date counts back: -1 whole month
  CHECK(months("2026-04-15", "2026-03-15").first == -1);
  CHECK(months("2026-03-01", "2026-03-01").first == 0);
}

// The mechanisms the job-expansion shape needs (tests/shapes/hiring): a
// condition every rule shares, a date fact taken from another when not
// given, a yes/no fact implied by a date, dates in order, a year derived
// from a date, rules of one amount (the one holding on the facts given is
// reported), and a cap of one time kept for each person.
TEST_CASE("requires, defaults_to, implied_by, not_before/not_after, year_of and a cap kept for each person") {
  const std::string doc = R"(document:
  id: hire
  number: 测试〔2026〕11号
  title: a made-up hiring grant
  issuer: test
  issued: 2026-01-01
  effective: {from: 2026-01-01, to: 2026-12-31, cite: {article: 第九条, quote: "执行期至2026年12月31日"}}
facts:
  - {id: enterprise_id, kind: key, label: {zh: 企业编号, en: enterprise ID}}
  - {id: person_id, kind: key, required: true, label: {zh: 人员编号, en: person ID}}
  - {id: date, kind: date, claim_date: true, required: true, not_before: [born], label: {zh: 招用日期, en: hire date}}
  - {id: born, kind: date, required: true, label: {zh: 出生日期, en: date of birth}}
  - {id: graduate, kind: yesno, implied_by: [graduated], label: {zh: 毕业生, en: a graduate}}
  - {id: graduated, kind: date, defaults_to: left, not_after: [date], label: {zh: 毕业日期, en: graduation date}}
  - {id: left, kind: date, defaults_to: graduated, not_after: [date], label: {zh: 离校日期, en: left-school date}}
  - {id: signed, kind: yesno, label: {zh: 签订合同, en: contract signed}}
  - {id: local, kind: yesno, label: {zh: 本地, en: local}}
  - {id: graduation_year, kind: year, year_of: graduated, label: {zh: 毕业年份, en: graduation year}}
caps:
  - {id: once, times: 1, per: enterprise, each: person_id, label: {zh: 每人一次, en: once per person}, cite: {article: 第二条, quote: "每人一次"}}
requires: {fact: signed, is: true, cite: {article: 第二条, quote: "签订劳动合同"}}
resolution: {choose: highest, cite: {article: 第二条, quote: "每人一次"}}
rules:
  - id: local-first
    article: 第二条
    name: {zh: 本地, en: local}
    eligible: {fact: local, is: true, cite: {article: 第二条, quote: "本地"}}
    amount: {fixed: 100.00, cite: {article: 第二条, quote: "100元"}}
    limits: [{cap: once}]
  - id: this-year
    article: 第二条
    name: {zh: 应届, en: this year's graduate}
    eligible:
      cite: {article: 第二条, quote: "应届毕业生"}
      all:
        - {fact: graduate, is: true, cite: {article: 第二条, quote: "毕业生"}}
        - {fact: graduation_year, years_before_claim: 0, cite: {article: 第二条, quote: "应届"}}
    amount: {fixed: 100.00, cite: {article: 第二条, quote: "100元"}}
    limits: [{cap: once}]
)";
  std::vector<PolicyFile> files{{"hire.yaml", "hire.yaml", doc, false}};
  PolicySet set = load_policy_set(files);
  const BenefitPolicy* p = find_benefit_policy(set, "hire");
  REQUIRE(p != nullptr);
  REQUIRE(p->requires_all.has_value());
  REQUIRE(p->caps.size() == 1);
  CHECK(p->caps[0].each == 1);
  using Texts = std::vector<std::pair<const char*, const char*>>;
  auto claim_of = [&](const Texts& given) {
    InputTexts texts(p->inputs());
    texts["person_id"] = "P1";
    texts["date"] = "2026-07-01";
    texts["born"] = "2003-01-01";
    for (const auto& [k, v] : given) texts[k] = v;
    return parse_benefit_claim(*p, texts, {}, FieldStyle::CaseKey, Date{});
  };
  auto result_of = [&](const Texts& given) { return evaluate_benefit(set.documents[0], *p, claim_of(given)); };

  // graduated given: left is taken to be that day, graduate is yes, the year is 2026
  BenefitClaim c = claim_of({{"graduated", "2026-06-30"}});
  CHECK(c.defaulted == std::vector<std::int16_t>{6});
  CHECK(c.facts[6].value == c.facts[5].value);
  CHECK(c.facts[4].known);
  CHECK(c.facts[4].value == 1);
  CHECK(c.facts[9].value == 2026);
  // left given alone: graduated is taken from it, so the year too
  CHECK(claim_of({{"left", "2025-06-30"}}).facts[9].value == 2025);
  CHECK(claim_of({{"graduate", "yes"}}).defaulted.empty());

  // the shared condition: ruled out, nothing; assumed, said once beside the rule's own
  BenefitResult r = result_of({{"graduated", "2026-06-30"}, {"signed", "no"}, {"local", "yes"}});
  CHECK_FALSE(r.eligible());
  CHECK(r.required == Tri::False);
  r = result_of({{"graduated", "2026-06-30"}, {"local", "yes"}});
  CHECK(r.required == Tri::Unknown);
  CHECK(r.amount() == Money{10000});
  // same amount: the rule holding on the facts given wins over the first written, which rests on `local`
  r = result_of({{"graduated", "2026-06-30"}, {"signed", "yes"}});
  CHECK(r.chosen == 1);
  r = result_of({{"graduated", "2026-06-30"}, {"signed", "yes"}, {"local", "yes"}});
  CHECK(r.chosen == 0);  // both hold: the first written
  // a graduate of last year, local not given: the first rule may hold, and is reported
  r = result_of({{"graduated", "2025-06-30"}, {"signed", "yes"}});
  CHECK(r.chosen == 0);
  CHECK(r.rules[0].eligible == Tri::Unknown);

  // input errors name the fact, the value and what it must be
  CHECK_THROWS_WITH_AS(claim_of({{"born", "2026-07-02"}}),
                       doctest::Contains("date: '2026-07-01' is not accepted: a date on or after born (2026-07-02)"),
                       InputError);
  CHECK_THROWS_WITH_AS(
      claim_of({{"graduated", "2026-07-02"}}),
      doctest::Contains("graduated: '2026-07-02' is not accepted: a date on or before date (2026-07-01)"), InputError);
  CHECK_THROWS_WITH_AS(
      claim_of({{"graduate", "no"}, {"graduated", "2026-06-01"}}),
      doctest::Contains("graduate: 'no' is not accepted: yes, or leave it out, when graduated is given"), InputError);
  // implied only by the facts it names: a left-school date alone does not contradict "no"
  CHECK(claim_of({{"graduate", "no"}, {"left", "2026-06-01"}}).facts[4].value == 0);
  // the once-per-person cap, received once for this person: nothing more
  InputTexts texts(p->inputs());
  texts["person_id"] = "P1";
  texts["date"] = "2026-07-01";
  texts["born"] = "2003-01-01";
  texts["local"] = "yes";
  texts["signed"] = "yes";
  const std::vector<std::string> once{"once=1"};
  BenefitClaim again = parse_benefit_claim(*p, texts, once, FieldStyle::CaseKey, Date{});
  CHECK(evaluate_benefit(set.documents[0], *p, again).amount() == Money{0});
}

TEST_CASE("versions: documents of one id are judged by the claim's date; the id names the latest") {
  // The same document again as 测试〔2027〕1号 for 2027, its yearly cap 700.00 instead of 600.00.
  std::string second = kDoc;
  auto swap = [&second](const std::string& from, const std::string& to) {
    const auto at = second.find(from);
    REQUIRE(at != std::string::npos);
    second.replace(at, from.size(), to);
  };
  swap("测试〔2026〕9号", "测试〔2027〕1号");
  swap("{from: 2026-01-01, to: 2026-12-31", "{from: 2027-01-01, to: 2027-12-31");
  swap("amount: 600.00", "amount: 700.00");
  std::vector<PolicyFile> files{{"mini.yaml", "mini.yaml", kDoc, false},
                                {"mini-2027.yaml", "mini-2027.yaml", second, false}};
  const PolicySet set = load_policy_set(files);
  REQUIRE(set.benefits.size() == 2);
  CHECK(benefit_policy_list(set) == "mini");
  const BenefitPolicy* named = find_benefit_policy(set, "mini");
  REQUIRE(named != nullptr);
  CHECK(named == &set.benefits[1]);                                        // the latest version
  CHECK(find_benefit_policy(set, "测试〔2026〕9号") == &set.benefits[0]);  // a number names its version
  // growth 20,000 → 500 + 1,900 = 2,400, cut by the yearly cap of the version in force.
  auto amount_on = [&](const std::string& date) {
    InputTexts texts(named->inputs());
    texts["now"] = "30000";
    texts["before"] = "10000";
    texts["date"] = date;
    BenefitClaim claim = parse_benefit_claim(*named, texts, {}, FieldStyle::CaseKey, Date{});
    const BenefitPolicy& v = benefit_version(set, *named, claim.date);
    return evaluate_benefit(set.documents[static_cast<std::size_t>(v.document)], v, claim).amount();
  };
  CHECK(amount_on("2026-12-31") == Money{60000});
  CHECK(amount_on("2027-01-01") == Money{70000});
  CHECK(amount_on("2028-01-01") == Money{});  // after both: judged under the last, outside its window
}

namespace {

// Rates picked by a choice (rate_by), an all-levels limit whose other levels
// may not be given, and equal amounts under `ties`: the mechanisms the
// premium subsidy's declared form (tests/shapes/insurance) adds.
const char* kRatesDoc = R"(document:
  id: mini
  number: 测试〔2026〕8号
  title: a made-up document of rates by kind
  issuer: test
  issued: 2026-01-01
  effective: {from: 2026-01-01, to: 2026-12-31, cite: {article: 第九条, quote: "执行期至2026年12月31日"}}
facts:
  - {id: enterprise_id, kind: key, label: {zh: 企业编号, en: enterprise ID}}
  - {id: date, kind: date, claim_date: true, label: {zh: 申报日期, en: claim date}}
  - id: kind
    kind: choice
    required: true
    label: {zh: 类型, en: kind}
    values: [{id: a, zh: 甲类, en: kind A}, {id: b, zh: 乙类, en: kind B}, {id: c, zh: 丙类, en: kind C}]
  - {id: cost, kind: money, required: true, label: {zh: 费用, en: cost}}
  - {id: other, kind: money, label: {zh: 其他补贴, en: other subsidy}}
  - {id: member, kind: yesno, label: {zh: 会员, en: member}}
resolution: {choose: highest, ties: TIES, cite: {article: 第八条, quote: "就高不就低"}}
rules:
  - id: first
    article: 第二条
    name: {zh: 第一项, en: first}
    eligible: {fact: member, is: true, cite: {article: 第二条, quote: "会员"}}
    amount:
      rate_by: kind
      of: cost
      rates:
        - {values: [a], rate: 50%, cite: {article: 第二条, quote: "甲类50%"}}
        - {values: [b], rate: 30%, cite: {article: 第二条, quote: "乙类30%"}}
      cite: {article: 第二条, quote: "按费用补贴"}
    limits:
      - {all_levels: cost, other_levels: other, cite: {article: 第二条, quote: "不超过费用"}}
  - id: second
    article: 第三条
    name: {zh: 第二项, en: second}
    amount:
      rate_by: kind
      of: cost
      rates: [{values: [b, c], rate: 30%, cite: {article: 第三条, quote: "乙类、丙类30%"}}]
      cite: {article: 第三条, quote: "按费用补贴"}
)";

BenefitResult judge(const PolicySet& set, std::vector<std::pair<std::string, std::string>> given,
                    BenefitClaim* out = nullptr) {
  const BenefitPolicy* p = find_benefit_policy(set, "mini");
  REQUIRE(p != nullptr);
  InputTexts texts(p->inputs());
  for (const auto& [k, v] : given) texts[k] = v;
  BenefitClaim claim = parse_benefit_claim(*p, texts, {}, FieldStyle::CaseKey, Date{});
  if (out) *out = claim;
  return evaluate_benefit(set.documents[0], *p, claim);
}

std::string with_ties(const char* ties) {
  std::string doc = kRatesDoc;
  doc.replace(doc.find("TIES"), 4, ties);
  return doc;
}

}  // namespace

TEST_CASE("rate_by: the value picks the rate; a value a rule lists no rate for is not covered") {
  PolicySet set = load(with_ties("given"));
  // kind A: 50% of 1,000.00 under 第二条 = 500.00; 第三条 does not cover A
  BenefitResult r =
      judge(set, {{"date", "2026-03-01"}, {"kind", "a"}, {"cost", "1000"}, {"member", "yes"}, {"other", "0"}});
  CHECK(r.amount() == Money{50000});
  CHECK(r.chosen == 0);
  CHECK(r.rules[1].uncovered == 2);  // the fact `kind`
  CHECK(r.rules[1].eligible == Tri::False);
  // kind C: only 第三条 covers it, 30% = 300.00; 第二条 is not covered, so its condition is not asked
  r = judge(set, {{"date", "2026-03-01"}, {"kind", "丙类"}, {"cost", "1000"}, {"member", "no"}});
  CHECK(r.amount() == Money{30000});
  CHECK(r.chosen == 1);
  CHECK(r.rules[0].uncovered == 2);
  CHECK(r.rules[0].failed == -1);
}

TEST_CASE("all-levels: other levels not given are assumed to leave room, and the rule says it rests on that") {
  PolicySet set = load(with_ties("given"));
  BenefitResult r = judge(set, {{"date", "2026-03-01"}, {"kind", "a"}, {"cost", "1000"}, {"member", "yes"}});
  CHECK(r.amount() == Money{50000});
  CHECK(r.rules[0].eligible == Tri::Unknown);
  CHECK(r.rules[0].other_assumed == 0);
  // 800.00 from other levels: at most 1,000.00 - 800.00 = 200.00
  r = judge(set, {{"date", "2026-03-01"}, {"kind", "a"}, {"cost", "1000"}, {"member", "yes"}, {"other", "800"}});
  CHECK(r.amount() == Money{20000});
  CHECK(r.rules[0].eligible == Tri::True);
  CHECK(r.rules[0].capped_by == 0);
}

TEST_CASE("ties: at the same amount, the rule on the facts given (given) or the rule written first (first)") {
  // kind B: 30% of 1,000.00 = 300.00 under both; 第二条 rests on `member` not given
  const std::vector<std::pair<std::string, std::string>> b = {
      {"date", "2026-03-01"}, {"kind", "b"}, {"cost", "1000"}, {"other", "0"}};
  PolicySet given = load(with_ties("given"));
  BenefitResult r = judge(given, b);
  CHECK(r.amount() == Money{30000});
  CHECK(r.chosen == 1);
  PolicySet first = load(with_ties("first"));
  r = judge(first, b);
  CHECK(r.amount() == Money{30000});
  CHECK(r.chosen == 0);
  // both on the facts given: the first written, either way
  r = judge(given, {{"date", "2026-03-01"}, {"kind", "b"}, {"cost", "1000"}, {"other", "0"}, {"member", "yes"}});
  CHECK(r.chosen == 0);
}

TEST_CASE("a view reused row after row words each answer as a fresh view does (the memo keys what the words read)") {
  PolicySet set = load(with_ties("given"));
  const BenefitPolicy* p = find_benefit_policy(set, "mini");
  REQUIRE(p != nullptr);
  const std::vector<std::vector<std::pair<std::string, std::string>>> rows = {
      {{"date", "2026-03-01"}, {"kind", "a"}, {"cost", "1000"}},                     // member and other assumed
      {{"date", "2026-03-01"}, {"kind", "a"}, {"cost", "1000"}, {"member", "yes"}},  // other assumed
      {{"date", "2026-03-01"}, {"kind", "a"}, {"cost", "1000"}, {"member", "no"}},   // nothing: reasons
      {{"date", "2027-01-01"}, {"kind", "a"}, {"cost", "1000"}, {"member", "no"}},   // out of the window
      {{"date", "2026-03-01"}, {"kind", "a"}, {"cost", "1000"}},                     // the first again
  };
  BenefitView reused;
  for (const auto& given : rows) {
    BenefitClaim claim;
    BenefitResult r = judge(set, given, &claim);
    fill_benefit_view(set, *p, claim, r, FieldStyle::Column, Lang::En, false, reused);
    BenefitView fresh = benefit_view(set, *p, claim, r, FieldStyle::Column, Lang::En, false);
    CHECK(reused.assumptions == fresh.assumptions);
    CHECK(reused.reasons == fresh.reasons);
    CHECK(reused.values == fresh.values);
  }
  BenefitClaim claim;
  BenefitResult r = judge(set, rows[1], &claim);
  fill_benefit_view(set, *p, claim, r, FieldStyle::Column, Lang::En, false, reused);
  REQUIRE(reused.assumptions.size() == 1);
  CHECK(reused.assumptions[0] ==
        "not given: other; assumed subsidies from all levels together stay within the cost (第二条)");
  r = judge(set, rows[2], &claim);
  fill_benefit_view(set, *p, claim, r, FieldStyle::Column, Lang::En, false, reused);
  REQUIRE(reused.reasons.size() == 2);
  CHECK(reused.reasons[0] == "第二条 first: not met: member: yes [given: no]");
  CHECK(reused.reasons[1] == "第三条 second: does not cover the kind kind A");
}
