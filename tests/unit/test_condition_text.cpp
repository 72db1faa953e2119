// Conditions in words: Chinese in Chinese word order with the clause's own
// legal term (年营收10,000,000.00元以下, 从业人员不超过100人), the Civil Code's
// term when the clause gives none, natural English, singular and plural.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "hdpolicy/condition_text.hpp"
#include "hdpolicy/money.hpp"

using namespace hdpolicy;

namespace {

const InputDef kEmployees{"employees", "--employees", FactKind::Count, {"从业人员", "number of employees"}, {"人", ""}};
const InputDef kRevenue{"revenue", "--revenue", FactKind::Money, {"年营收", "annual revenue"}};
const InputDef kAge{
    "age", "--birth-date", FactKind::Count, {"招用之日年龄", "age in whole years on the hire date"}, {"周岁", ""}};
const InputDef kYear{"high_tech_year", "--high-tech-year", FactKind::Year, {"认定年度", "certification year"}};
const InputDef kContract{"contract", "--contract", FactKind::YesNo, {"是否签订劳动合同", "labour contract signed"}};

Condition compare(CondOp op, std::int64_t value, std::string term = "") {
  Condition c;
  c.op = op;
  c.value = value;
  c.term = std::move(term);
  return c;
}

}  // namespace

TEST_CASE("a term such as 以下 follows the number, one such as 不超过 precedes it") {
  CHECK(comparison_text(compare(CondOp::AtMost, 1'000'000'000, "以下"), kRevenue, Lang::Zh) ==
        "年营收10,000,000.00元以下");
  CHECK(comparison_text(compare(CondOp::AtMost, 100, "不超过"), kEmployees, Lang::Zh) == "从业人员不超过100人");
  CHECK(comparison_text(compare(CondOp::AtMost, 100, "以内"), kEmployees, Lang::Zh) == "从业人员100人以内");
  CHECK(comparison_text(compare(CondOp::AtLeast, 100, "不少于"), kEmployees, Lang::Zh) == "从业人员不少于100人");
}

TEST_CASE("without a term, the Civil Code's: 以下 and 以上 include the number, 不满 and 超过 do not") {
  CHECK(comparison_text(compare(CondOp::AtMost, 100), kEmployees, Lang::Zh) == "从业人员100人以下");
  CHECK(comparison_text(compare(CondOp::AtLeast, 16), kAge, Lang::Zh) == "招用之日年龄16周岁以上");
  CHECK(comparison_text(compare(CondOp::LessThan, 3), kEmployees, Lang::Zh) == "从业人员不满3人");
  CHECK(comparison_text(compare(CondOp::MoreThan, 3), kEmployees, Lang::Zh) == "从业人员超过3人");
}

TEST_CASE("English says the comparison in words and keeps the clause's term beside it") {
  CHECK(comparison_text(compare(CondOp::AtMost, 1'000'000'000, "以下"), kRevenue, Lang::En) ==
        "annual revenue is at most 10,000,000.00 yuan (以下)");
  CHECK(comparison_text(compare(CondOp::AtMost, 100, "不超过"), kEmployees, Lang::En) ==
        "number of employees is at most 100 (不超过)");
  CHECK(comparison_text(compare(CondOp::LessThan, 3), kEmployees, Lang::En) == "number of employees is less than 3");
  CHECK(comparison_text(compare(CondOp::AtLeast, 16), kAge, Lang::En) ==
        "age in whole years on the hire date is at least 16");
  CHECK(comparison_text(compare(CondOp::MoreThan, 3), kEmployees, Lang::En) == "number of employees is more than 3");
  CHECK(comparison_text(compare(CondOp::Is, 1), kContract, Lang::En) == "labour contract signed: yes");
  CHECK(comparison_text(compare(CondOp::Is, 0), kContract, Lang::Zh) == "是否签订劳动合同:否");
}

TEST_CASE("a year counted back from the claim or the hire names the year, in the gazette's words") {
  Text claim{"申报", "claim"};
  Text hire{"招用", "hire"};
  CHECK(year_before_text(kYear, 1, 2026, claim, Lang::Zh) == "认定年度为申报上一年度,即2025年");
  CHECK(year_before_text(kYear, 1, 2026, claim, Lang::En) == "certification year is 2025, the year before the claim");
  CHECK(year_before_text(kYear, 0, 2025, hire, Lang::Zh) == "认定年度为招用当年,即2025年");
  CHECK(year_before_text(kYear, 0, 2025, hire, Lang::En) == "certification year is 2025, the year of the hire");
  CHECK(year_before_text(kYear, 2, 2026, claim, Lang::Zh) == "认定年度为申报前2年,即2024年");
  CHECK(year_before_text(kYear, 2, 2026, claim, Lang::En) ==
        "certification year is 2024, 2 years before the claim's year");
}

TEST_CASE("values carry their units; what was given reads naturally, not 'given: not given'") {
  CHECK(fact_value_text(kEmployees, 50, Lang::Zh) == "50人");
  CHECK(fact_value_text(kEmployees, 50, Lang::En) == "50");
  CHECK(fact_value_text(kYear, 2025, Lang::Zh) == "2025年");
  CHECK(fact_value_text(kRevenue, 500'000'000, Lang::En) == "5,000,000.00 yuan");
  CHECK(given_suffix("50人", Lang::Zh) == "[实际:50人]");
  CHECK(given_suffix("", Lang::Zh) == "[未提供]");
  CHECK(given_suffix("50", Lang::En) == " [given: 50]");
  CHECK(given_suffix("", Lang::En) == " [not given]");
  CHECK(years_text(1) == "1 year");
  CHECK(years_text(2) == "2 years");
}

TEST_CASE("a compound condition: groups set off at the top, a group's label only where it adds to its parts") {
  // (small [employees <= 100 and revenue <= 10,000,000] or high-tech last year) and support < 3
  const InputDef schema[] = {
      kEmployees,
      kRevenue,
      kYear,
      {"support", "--support", FactKind::Count, {"已获支持年限", "number of years of support received"}, {"年", ""}}};
  ConditionTable t;
  auto leaf = [&](std::int16_t fact, CondOp op, std::int64_t v, std::string term, Text label) {
    Condition c = compare(op, v, std::move(term));
    c.fact = fact;
    c.label = std::move(label);
    t.conditions.push_back(c);
    return static_cast<std::uint32_t>(t.conditions.size() - 1);
  };
  auto group = [&](CondOp op, std::vector<std::uint32_t> children, Text label) {
    Condition c;
    c.op = op;
    c.label = std::move(label);
    c.first_child = static_cast<std::uint32_t>(t.child_index.size());
    c.child_count = static_cast<std::uint32_t>(children.size());
    t.child_index.insert(t.child_index.end(), children.begin(), children.end());
    t.conditions.push_back(c);
    return static_cast<std::uint32_t>(t.conditions.size() - 1);
  };
  auto employees = leaf(0, CondOp::AtMost, 100, "不超过", {});
  auto revenue = leaf(1, CondOp::AtMost, 1'000'000'000, "以下", {});
  auto small = group(CondOp::All, {employees, revenue}, {"小微企业", "a small firm"});
  auto high_tech =
      leaf(2, CondOp::YearsBeforeClaim, 1, "", {"上一年度认定的高新技术企业", "certified the year before"});
  auto either = group(CondOp::Any, {small, high_tech}, {"小微企业或高新技术企业", "a small firm or certified"});
  auto support = leaf(3, CondOp::LessThan, 3, "", {"支持不满三年", "supported under three years"});
  auto root = group(CondOp::All, {either, support}, {});
  std::vector<FactValue> facts{{true, 50}, {true, 500'000'000}, {false, 0}, {true, 0}};
  Date claim = *parse_date("2026-03-01");

  CHECK(describe_condition(t, schema, root, facts, claim, Lang::Zh) ==
        "小微企业(从业人员不超过100人[实际:50人]且年营收10,000,000.00元以下[实际:5,000,000.00元])"
        "或上一年度认定的高新技术企业(认定年度为申报上一年度,即2025年)[未提供]"
        ";且支持不满三年(已获支持年限不满3年)[实际:0年]");
  CHECK(
      describe_condition(t, schema, root, facts, claim, Lang::En) ==
      "either a small firm (number of employees is at most 100 (不超过) [given: 50] and annual revenue is at most "
      "10,000,000.00 yuan (以下) [given: 5,000,000.00 yuan]) or certified the year before (certification year is 2025, "
      "the year before the claim) [not given]; and supported under three years (number of years of support received is "
      "less than 3) [given: 0]");
  // What an assumption takes to hold: the rule without what was given.
  CHECK(condition_rule_text(t, schema, small, claim, Lang::Zh) ==
        "小微企业(从业人员不超过100人且年营收10,000,000.00元以下)");
}
