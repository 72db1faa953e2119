// The reporting module: one wording per mechanism a policy parameterises,
// one --strict refusal, one rendering of steps.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/report.hpp"
#include "hdpolicy/subsidy_report.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

bool has_step(const std::vector<ExplainStep>& steps, const std::string& part) {
  for (const auto& s : steps)
    if (s.text.find(part) != std::string::npos) return true;
  return false;
}

// An R&D insurance claim with no facts given: eligible on assumptions.
SubsidyClaim rd_claim(const PolicySet& set) {
  SubsidyClaim claim;
  for (std::size_t i = 0; i < set.subsidy.types.size(); ++i)
    if (set.subsidy.types[i].id == "rd") claim.type = static_cast<std::int32_t>(i);
  claim.premium = Money{8'000'000};
  claim.date = *parse_date("2026-03-01");
  return claim;
}

}  // namespace

TEST_CASE("each rounding mode has its own wording, in both languages") {
  CHECK(rounding_text(Rounding::HalfUp, Lang::En) == "rounded half-up to the fen");
  CHECK(rounding_text(Rounding::HalfUp, Lang::Zh) == "四舍五入到分");
  CHECK(rounding_text(Rounding::Down, Lang::En) == "rounded down to the fen");
  CHECK(rounding_text(Rounding::Up, Lang::Zh) == "向上舍入到分");
}

TEST_CASE("the payable year is worded from the number of years after the claim") {
  Text claim{"申报", "claim"};
  CHECK(years_after_text(1, claim, Lang::En) == "the year after the claim");
  CHECK(years_after_text(1, claim, Lang::Zh) == "申报下一年度");
  CHECK(years_after_text(0, claim, Lang::En) == "the year of the claim");
  CHECK(years_after_text(2, claim, Lang::En) == "2 years after the claim");
  CHECK(years_after_text(2, claim, Lang::Zh) == "申报后第2年度");
}

TEST_CASE("--strict: one message listing every assumption, on lines or on one line") {
  std::vector<std::string> a{"not given: --industry; assumed X (第二条)",
                             "not given: --specialized; assumed Y (第四条)"};
  CHECK(strict_refusal(a, RefusalLayout::Lines) ==
        "strict: the answer would rest on facts not given:\n"
        "  - not given: --industry; assumed X (第二条)\n"
        "  - not given: --specialized; assumed Y (第四条)");
  CHECK(strict_refusal(a, RefusalLayout::OneLine) ==
        "strict: the answer would rest on facts not given: not given: --industry; assumed X (第二条); "
        "not given: --specialized; assumed Y (第四条)");
  CHECK_THROWS_AS(refuse_assumptions(a), InputError);
  CHECK_NOTHROW(refuse_assumptions(std::vector<std::string>{}));
}

TEST_CASE("the assumption sentence and the missing inputs, as options or as columns") {
  std::vector<std::string> missing{"--a", "--b"};
  CHECK(assumption_text(missing, "Z", "第三条", Lang::En) == "not given: --a, --b; assumed Z (第三条)");
  CHECK(assumption_text(missing, "Z", "第三条", Lang::Zh) == "未提供--a、--b,假定Z(第三条)");
  CHECK(input_name(hiring_inputs(), "left_school_date", FieldStyle::Column) == "left_school_date");
  CHECK(input_name(hiring_inputs(), "left_school_date", FieldStyle::Option) == "--left-school-date");
  // A derived fact is named by the input it comes from: age by the birth date.
  CHECK(input_name(hiring_inputs(), "age", FieldStyle::Option) == "--birth-date");
}

TEST_CASE("steps render the same way as text and as JSON") {
  Citation c{"海金融发〔2025〕4号", "第四条", "quote", ""};
  std::vector<ExplainStep> steps{{"one", nullptr}, {"two", &c}};
  CHECK(steps_text(steps, Lang::En) == " 1. one\n 2. two\n    海金融发〔2025〕4号 第四条: 「quote」\n");
  CHECK(steps_text(steps, Lang::Zh) == " 1. one\n 2. two\n    海金融发〔2025〕4号第四条:「quote」\n");
  auto j = steps_json(steps);
  CHECK(
      j.dump() ==
      R"([{"text":"one"},{"text":"two","cite":{"document":"海金融发〔2025〕4号","article":"第四条","quote":"quote"}}])");
}

TEST_CASE("the explanation words the rule's rounding and the document's payable year, not fixed ones") {
  PolicySet set = testing::shipped_policies();
  SubsidyClaim claim = rd_claim(set);
  SubsidyResult r = evaluate_subsidy(set, claim);
  REQUIRE(r.chosen_outcome() != nullptr);
  CHECK(has_step(explain_subsidy(set, claim, r, {}, Lang::En), "(rounded half-up to the fen)"));
  CHECK(has_step(explain_subsidy(set, claim, r, {}, Lang::En), "the year after the claim"));
  for (auto& rule : set.subsidy.rules) rule.rounding = Rounding::Down;
  for (auto& pay : set.subsidy.payable) pay.years_after_claim = 2;
  r = evaluate_subsidy(set, claim);
  auto en = explain_subsidy(set, claim, r, {}, Lang::En);
  CHECK(has_step(en, "(rounded down to the fen)"));
  CHECK(has_step(en, "2 years after the claim"));
  auto zh = explain_subsidy(set, claim, r, {}, Lang::Zh);
  CHECK(has_step(zh, "(向下舍入到分)"));
  CHECK(has_step(zh, "在申报后第2年度"));
}
