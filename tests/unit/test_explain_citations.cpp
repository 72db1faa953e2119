// Every step of an explanation that rests on a clause quotes it: no empty
// citation (": 「」") for any condition, compound ones included. Checked on the
// compiled tables and on explanations of many claims and hires.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_report.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

const PolicySet& shipped() { return testing::shipped_policies(); }

void check_cited(const std::vector<ExplainStep>& steps) {
  for (const auto& s : steps) {
    if (!s.cite) continue;
    INFO(s.text);
    CHECK(!s.cite->document.empty());
    CHECK(!s.cite->article.empty());
    CHECK(!s.cite->quote.empty());
  }
}

// The step whose text contains `part`, or nullptr.
const ExplainStep* step_with(const std::vector<ExplainStep>& steps, const std::string& part) {
  for (const auto& s : steps)
    if (s.text.find(part) != std::string::npos) return &s;
  return nullptr;
}

}  // namespace

TEST_CASE("every condition of the shipped policies, leaf or all/any, carries its clause") {
  const PolicySet& set = shipped();
  auto check_table = [](const ConditionTable& t) {
    REQUIRE(!t.conditions.empty());
    for (const auto& c : t.conditions) {
      INFO("condition on fact " << c.fact << " labelled " << c.label.en);
      CHECK(!c.cite.document.empty());
      CHECK(!c.cite.article.empty());
      CHECK(!c.cite.quote.empty());
    }
  };
  check_table(set.subsidy.conditions);
  REQUIRE(!set.benefits.empty());  // the hiring subsidy, a document of declared shape
  for (const auto& b : set.benefits) check_table(b.conditions);
}

TEST_CASE("第三条's compound eligibility step quotes the clause it encodes, in both languages") {
  const PolicySet& set = shipped();
  SubsidyTexts f;
  f["type"] = "inclusive";
  f["premium"] = "2000";
  f["date"] = "2026-03-01";
  f["industry"] = "ai";
  f["employees"] = "50";
  f["revenue"] = "5000000";
  f["support_years_used"] = "0";
  SubsidyClaim claim = parse_subsidy_claim(set, f, *parse_date("2026-03-01"), FieldStyle::Option);
  SubsidyResult r = evaluate_subsidy(set, claim);
  for (Lang l : {Lang::En, Lang::Zh}) {
    auto steps = explain_subsidy(set, claim, r, {}, l);
    check_cited(steps);
    const ExplainStep* who = step_with(steps, l == Lang::Zh ? "支持对象" : "who is eligible");
    REQUIRE(who != nullptr);
    REQUIRE(who->cite != nullptr);
    CHECK(who->cite->document == "海金融发〔2025〕4号");
    CHECK(who->cite->article == "第三条");
    CHECK(
        who->cite->quote ==
        "对重点领域内参保普惠型综合科技保险的小微科技企业或国家高新技术企业,给予全额保费支持,原则上对单家企业支持三年");
    // The high-tech year is not given, but small or micro holds on the facts
    // given, so nothing is assumed.
    CHECK(step_with(steps, l == Lang::Zh ? "假定" : "Assumed") == nullptr);
  }
}

TEST_CASE("explanations of every type, with facts given, missing and failing, cite every clause they rest on") {
  const PolicySet& set = shipped();
  const std::vector<std::vector<std::string_view>> fact_sets = {
      // industry, employees, revenue, high_tech_year, specialized, upper_subsidy, support_years_used
      {"", "", "", "", "", "", ""},
      {"ai", "50", "5000000", "2025", "yes", "0", "0"},
      {"ai", "500", "90000000", "2020", "no", "90000", "3"},
      {"other", "", "", "", "", "", ""},
      {"ic", "", "", "", "yes", "", ""},
  };
  for (const auto& type : set.subsidy.types) {
    for (const auto& facts : fact_sets) {
      for (std::string_view date : {"2026-03-01", "2028-01-01"}) {
        SubsidyTexts f;
        f["type"] = type.id;
        f["premium"] = "100000";
        f["date"] = date;
        f["industry"] = facts[0];
        f["employees"] = facts[1];
        f["revenue"] = facts[2];
        f["high_tech_year"] = facts[3];
        f["specialized"] = facts[4];
        f["upper_subsidy"] = facts[5];
        f["support_years_used"] = facts[6];
        SubsidyClaim claim = parse_subsidy_claim(set, f, *parse_date("2026-03-01"), FieldStyle::Option);
        SubsidyResult r = evaluate_subsidy(set, claim);
        INFO(type.id << " " << date << " industry=" << facts[0]);
        check_cited(explain_subsidy(set, claim, r, {}, Lang::En));
        check_cited(explain_subsidy(set, claim, r, {}, Lang::Zh));
      }
    }
  }
}

TEST_CASE("a hiring explanation's assumptions quote the clause of the condition assumed") {
  const PolicySet& set = shipped();
  HiringTexts f;
  f["hire_date"] = "2025-07-15";
  f["birth_date"] = "2001-07-16";
  f["graduate"] = "no";  // so the youth category, resting on registration and contract, is the answer
  const BenefitPolicy* document = find_hiring_contract(set);
  REQUIRE(document != nullptr);
  HiringContractCase c = judge_hiring_contract(set, *document, f, FieldStyle::Option, Date{});
  auto j = hiring_contract_json(set, *c.version, c.claim, c.result, FieldStyle::Option, Lang::En, true);
  // The steps as the JSON gives them: the text and, where it has one, the citation.
  auto cite_of = [&](const std::string& part) -> nlohmann::ordered_json {
    for (const auto& step : j["steps"]) {
      if (step["text"].get<std::string>().find(part) == std::string::npos) continue;
      REQUIRE(step.contains("cite"));
      return step["cite"];
    }
    FAIL("no step contains " << part);
    return {};
  };
  for (const auto& step : j["steps"])
    if (step.contains("cite")) {
      INFO(step["text"].get<std::string>());
      CHECK(!step["cite"]["document"].get<std::string>().empty());
      CHECK(!step["cite"]["article"].get<std::string>().empty());
      CHECK(!step["cite"]["quote"].get<std::string>().empty());
    }
  CHECK(cite_of("Assumed: not given: --contract")["quote"] == "并与其签订劳动合同");
  CHECK(cite_of("Assumed: not given: --registered-unemployed")["quote"] == "16—24岁登记失业青年");
}
