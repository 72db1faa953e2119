// The loader reports every problem at its line, and a new policy of the
// same shape is a new YAML file.
#include <doctest/doctest.h>

#include <string>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

const char* kMiniPolicy = R"(document:
  number: 测试〔2026〕1号
  title: a test policy of the same shape
  issuer: test
  issued: 2026-01-01
  effective: {from: 2026-01-01, to: 2026-12-31, cite: {article: 第九条, quote: "执行期至2026年12月31日"}}
subsidy:
  payable: {years_after_claim: 0, cite: {article: 第八条, quote: "当年兑现"}}
  resolution: {cite: {article: 第十条, quote: "就高不就低"}}
  industries:
    - {id: bio, zh: 生物, en: biotech}
    - {id: food, zh: 食品, en: food}
  scope: {fact: industry, in: [bio], cite: {article: 第二条, quote: "生物产业"}}
  types:
    - {id: rd, zh: 研发类保险, en: R&D}
  caps:
    - {id: yearly, amount: 1000.00, reports_as: annual-cap, zh: 上限, en: cap, cite: {article: 第三条, quote: "上限1000元"}}
  rules:
    - id: rd-grant
      article: 第三条
      article_number: 3
      zh: 研发补贴
      en: R&D grant
      products:
        - {types: [rd], rate: 40%, cite: {article: 第三条, quote: "补贴40%"}}
      limits: [{cap: yearly}]
      payee: applicant
      payee_cite: {article: 第四条, quote: "发放至申报单位"}
)";

Diagnostics load_with(const std::string& text, PolicySet* out = nullptr) {
  Diagnostics d;
  PolicySet set = load_policy_set({{"mini.yaml", "policies/mini.yaml", text}}, d);
  if (out) *out = std::move(set);
  return d;
}

std::string replace(std::string s, const std::string& from, const std::string& to) {
  auto pos = s.find(from);
  REQUIRE(pos != std::string::npos);
  return s.replace(pos, from.size(), to);
}

}  // namespace

TEST_CASE("a new policy of the same shape is a new YAML file, evaluated with no new code") {
  PolicySet set;
  Diagnostics d = load_with(kMiniPolicy, &set);
  REQUIRE(d.empty());
  SubsidyTexts f;
  f["type"] = "rd";
  f["premium"] = "2000";
  f["date"] = "2026-05-01";
  f["industry"] = "bio";
  SubsidyResult r = evaluate_subsidy(set, parse_subsidy_claim(set, f, Date{}, FieldStyle::Option));
  REQUIRE(r.eligible());
  CHECK(r.chosen_outcome()->amount == Money{80'000});  // 40% of 2,000 = 800
  CHECK(r.payable_year == 2026);
  f["premium"] = "3000";  // 1,200 by rate, cut to the 1,000 cap
  r = evaluate_subsidy(set, parse_subsidy_claim(set, f, Date{}, FieldStyle::Option));
  CHECK(r.chosen_outcome()->amount == Money{100'000});
  f["industry"] = "food";  // outside 第二条's scope
  r = evaluate_subsidy(set, parse_subsidy_claim(set, f, Date{}, FieldStyle::Option));
  CHECK_FALSE(r.eligible());
  CHECK(r.candidates[0].verdict == RuleVerdict::OutOfScope);
}

TEST_CASE("a misspelt key is reported at its line and column") {
  Diagnostics d = load_with(replace(kMiniPolicy, "{types: [rd], rate: 40%", "{types: [rd], rat: 40%"));
  REQUIRE(d.size() >= 1);
  std::string all;
  for (const auto& x : d) all += format_diagnostic(x) + "\n";
  CHECK(all.find("policies/mini.yaml:25:11: error: rule 'rd-grant' product 1: missing required key 'rate'") !=
        std::string::npos);
  CHECK(all.find("policies/mini.yaml:25:25: error: rule 'rd-grant' product 1: unknown key 'rat' (accepted: rate, cite, "
                 "stacks_on, types)") != std::string::npos);
}

TEST_CASE("rates outside (0, 1], non-positive caps, windows that end before they start, missing citations") {
  auto first = [](const Diagnostics& d) { return d.empty() ? std::string("(none)") : format_diagnostic(d.front()); };
  CHECK(first(load_with(replace(kMiniPolicy, "rate: 40%", "rate: 140%"))) ==
        "policies/mini.yaml:25:31: error: rule 'rd-grant' product 1.rate: '140%' is not a rate in (0, 1]: write 50% or "
        "0.5");
  CHECK(first(load_with(replace(kMiniPolicy, "rate: 40%", "rate: 0%"))).find("'0%' is not a rate in (0, 1]") !=
        std::string::npos);
  CHECK(first(load_with(replace(kMiniPolicy, "amount: 1000.00", "amount: -5"))) ==
        "policies/mini.yaml:17:28: error: cap.amount: '-5' is not a positive amount in yuan with at most two decimals");
  CHECK(first(load_with(replace(kMiniPolicy, "to: 2026-12-31", "to: 2025-12-31"))) ==
        "policies/mini.yaml:6:37: error: document.effective: ends (2025-12-31) before it starts (2026-01-01)");
  CHECK(first(load_with(replace(kMiniPolicy, ", cite: {article: 第三条, quote: \"补贴40%\"}", ""))) ==
        "policies/mini.yaml:25:11: error: rule 'rd-grant' product 1: no citation: add cite: {article: ..., quote: "
        "\"...\"}");
}

TEST_CASE("references to undefined types, caps and industries") {
  auto all = [](const Diagnostics& d) {
    std::string s;
    for (const auto& x : d) s += format_diagnostic(x) + "\n";
    return s;
  };
  CHECK(all(load_with(replace(kMiniPolicy, "{types: [rd]", "{types: [rdx]")))
            .find("policies/mini.yaml:25:20: error: rule 'rd-grant' product 1: unknown type 'rdx' (defined: rd)") !=
        std::string::npos);
  CHECK(all(load_with(replace(kMiniPolicy, "[{cap: yearly}]", "[{cap: monthly}]")))
            .find("error: rule 'rd-grant': unknown cap 'monthly' (defined: yearly)") != std::string::npos);
  CHECK(all(load_with(replace(kMiniPolicy, "in: [bio]", "in: [bioo]")))
            .find("policies/mini.yaml:13:32: error: subsidy.scope.in: 'bioo' is not a defined industry") !=
        std::string::npos);
}

TEST_CASE("load_policy_set throws PolicyLoadError listing every problem") {
  std::string broken = replace(replace(kMiniPolicy, "rate: 40%", "rate: 140%"), "amount: 1000.00", "amount: 0");
  try {
    load_policy_set(std::vector<PolicyFile>{{"mini.yaml", "policies/mini.yaml", broken}});
    FAIL("no error");
  } catch (const PolicyLoadError& e) {
    // The bad rate and the zero cap; the cap stays defined, so the rule's
    // limit naming it adds no "unknown cap" on top.
    CHECK(e.diagnostics().size() == 2);
  }
}

TEST_CASE("a command's section reads only the embedded documents that hold it") {
  auto documents = [](const char* section) {
    LoadScope scope;
    scope.guard_embedded = false;
    scope.section = section;
    std::vector<std::string> numbers;
    for (const auto& d : load_policy_set(embedded_policies(), scope).documents) numbers.push_back(d.number);
    return numbers;
  };
  CHECK(documents("subsidy") == std::vector<std::string>{"海金融发〔2025〕4号"});
  CHECK(documents("hiring") == std::vector<std::string>{"海政办发〔2025〕7号"});
  // Deadline rules sit in two documents (tech-insurance.yaml's support period too).
  CHECK(documents("deadlines").size() == 2);
  CHECK(documents(nullptr).size() == 3);
}

TEST_CASE("the hiring section's scope takes the hiring subsidy declared as data (contract: hiring)") {
  // The embedded hiring-subsidy.yaml has no top-level hiring: and says
  // `contract: hiring` under document:.
  std::vector<PolicyFile> files = embedded_policies();
  LoadScope scope;
  scope.guard_embedded = false;
  scope.section = "hiring";
  const PolicySet set = load_policy_set(files, scope);
  REQUIRE(set.documents.size() == 1);
  CHECK(set.documents[0].contract == "hiring");
  REQUIRE(set.benefits.size() == 1);
  CHECK(set.benefits[0].rules.size() == 3);  // 第7项's three categories
  // Without the contract line, the document is left out of the hiring scope.
  for (PolicyFile& f : files)
    if (f.path == "hiring-subsidy.yaml") {
      REQUIRE(f.text.find("\n  contract: hiring\n") != std::string::npos);
      f.text = replace(f.text, "\n  contract: hiring\n", "\n");
    }
  CHECK(load_policy_set(files, scope).documents.empty());
}
