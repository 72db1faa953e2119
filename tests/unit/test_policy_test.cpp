// hdpolicy test: cases read from YAML with their lines, run through the
// command's case runner, and compared field by field with its JSON output.
#include <doctest/doctest.h>

#include <string>

#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/policy_test.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

const PolicySet& shipped() { return testing::shipped_policies(); }

std::vector<PolicyTestCase> load(const std::string& text, Diagnostics& d) {
  return load_policy_tests({PolicyFile{"tests/t.yaml", "t.yaml", text}}, shipped(), d);
}

// Runs one case given as YAML, expecting it to load cleanly.
std::vector<std::string> run(const std::string& one_case) {
  Diagnostics d;
  auto cases = load("cases:\n" + one_case, d);
  for (const auto& x : d) INFO(format_diagnostic(x));
  REQUIRE(d.empty());
  REQUIRE(cases.size() == 1);
  return run_policy_test(shipped(), cases[0]);
}

const std::string kRd80000 =
    "  - name: rd\n    command: subsidy\n"
    "    input: {type: rd, premium: 80000, date: 2026-03-01, industry: ai, specialized: yes, upper_subsidy: 0}\n";

}  // namespace

TEST_CASE("a case keeps its file, line, name, command, inputs and expectations") {
  Diagnostics d;
  auto cases = load(
      "# comment\ncases:\n  - name: one\n    command: subsidy\n"
      "    input: {type: rd, premium: 80000, received: [catalogue=1, innovative=2], date: 2026-03-01}\n"
      "    expect: {subsidy: \"40000.00\", article: 4}\n"
      "  - name: two\n    command: subsidy\n    lang: zh\n    input: {type: rd}\n    error: premium\n",
      d);
  REQUIRE(d.empty());
  REQUIRE(cases.size() == 2);
  CHECK(cases[0].file == "t.yaml");
  CHECK(cases[0].line == 3);
  CHECK(cases[0].name == "one");
  CHECK(cases[0].command == "subsidy");
  REQUIRE(cases[0].input.size() == 4);
  CHECK(cases[0].input[2] == std::pair<std::string, std::string>{"received", "catalogue=1,innovative=2"});
  REQUIRE(cases[0].expect.size() == 2);
  CHECK(cases[0].expect[0].path == "subsidy");
  CHECK(cases[0].expect[0].value == "40000.00");
  CHECK(cases[0].expect[1].value == "4");  // scalars keep their text
  CHECK(cases[1].line == 7);
  CHECK(cases[1].lang == Lang::Zh);
  CHECK(cases[1].error == "premium");
}

TEST_CASE("a passing case returns no failures: text, number, boolean, null, list, mapping, path, contains") {
  CHECK(run(kRd80000 + "    expect: {subsidy: \"40000.00\"}\n").empty());
  CHECK(run(kRd80000 + "    expect: {subsidy: 40000}\n").empty());  // the same amount
  CHECK(run(kRd80000 + "    expect: {subsidy: 40000.0}\n").empty());
  CHECK(run(kRd80000 + "    expect: {eligible: true, payable_year: 2027}\n").empty());
  CHECK(run(kRd80000 + "    expect: {capped_by: null}\n").empty());
  CHECK(run(kRd80000 + "    expect: {capped_by: ~}\n").empty());
  CHECK(run(kRd80000 + "    expect: {assumptions: [], alternatives: []}\n").empty());
  CHECK(run(kRd80000 + "    expect: {reasons_contains: \"第四条\", reasons.0: \"第四条: R&D insurance (研发类保险) at "
                       "50% of the premium 80,000.00 yuan = 40,000.00 yuan\"}\n")
            .empty());
}

TEST_CASE("each mismatch is one line: the field, what was expected, what came") {
  CHECK(run(kRd80000 + "    expect: {subsidy: \"40000.01\", article: \"5\"}\n") ==
        std::vector<std::string>{"subsidy: expected 40000.01, got 40000.00", "article: expected 5, got 4"});
  CHECK(run(kRd80000 + "    expect: {eligible: false}\n") ==
        std::vector<std::string>{"eligible: expected false, got true"});
  CHECK(run(kRd80000 + "    expect: {payable_year: 2026}\n") ==
        std::vector<std::string>{"payable_year: expected 2026, got 2027"});
  CHECK(run(kRd80000 + "    expect: {capped_by: annual-cap}\n") ==
        std::vector<std::string>{"capped_by: expected annual-cap, got null"});
  CHECK(run(kRd80000 + "    expect: {rule: null}\n") == std::vector<std::string>{"rule: expected null, got catalogue"});
  CHECK(run(kRd80000 + "    expect: {assumptions: [x]}\n") ==
        std::vector<std::string>{"assumptions: expected [\"x\"], got []"});
  CHECK(run(kRd80000 + "    expect: {reasons_contains: 第五条}\n").size() == 1);
  CHECK(run(kRd80000 + "    expect: {subsidy: yes}\n").size() == 1);  // text is not a boolean
  auto missing = run(kRd80000 + "    expect: {amount: 1}\n");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].rfind("amount: no such field in the subsidy output (fields: eligible, subsidy,", 0) == 0);
  CHECK(run(kRd80000 + "    expect: {alternatives.0.rule: x}\n").size() == 1);  // no alternatives: no such field
}

TEST_CASE("an expected input error: matched by a part of its message") {
  const std::string bad =
      "  - name: bad\n    command: subsidy\n    input: {type: rd, premium: \"-1\", date: 2026-03-01}\n";
  CHECK(run(bad + "    error: \"premium: '-1' is not accepted\"\n").empty());
  auto other = run(bad + "    error: \"type\"\n");
  REQUIRE(other.size() == 1);
  CHECK(other[0].rfind("error: expected a message containing \"type\", got \"premium: '-1'", 0) == 0);
  auto unexpected = run(bad + "    expect: {subsidy: \"0.00\"}\n");
  REQUIRE(unexpected.size() == 1);
  CHECK(unexpected[0].rfind("error: premium: '-1' is not accepted", 0) == 0);
  CHECK(run(kRd80000 + "    error: premium\n") ==
        std::vector<std::string>{"error: expected an input error containing \"premium\", got an answer"});
}

TEST_CASE("malformed cases are diagnostics at their line; the good ones still load") {
  Diagnostics d;
  auto cases = load(
      "cases:\n"
      "  - name: ok\n    command: subsidy\n    input: {type: rd}\n    error: x\n"
      "  - name: bad command\n    command: subsidi\n    error: x\n"
      "  - name: both\n    command: subsidy\n    expect: {a: 1}\n    error: x\n"
      "  - name: ok\n    command: subsidy\n    error: x\n"
      "  - command: subsidy\n    error: x\n    input: {type: [[1]]}\n",
      d);
  CHECK(cases.size() == 1);
  REQUIRE(d.size() == 5);
  CHECK(format_diagnostic(d[0]) ==
        "t.yaml:7:14: error: case.command: 'subsidi' is not accepted: subsidy, hiring, deadline, workdays or eval");
  CHECK(format_diagnostic(d[1]) == "t.yaml:12:12: error: case 'both': give expect or error, not both");
  CHECK(format_diagnostic(d[2]) == "t.yaml:13:5: error: case 'ok' is defined twice (first at t.yaml:2)");
  CHECK(format_diagnostic(d[3]) == "t.yaml:16:5: error: case: missing required key 'name'");
  CHECK(format_diagnostic(d[4]) == "t.yaml:18:20: error: case.input.type item must be text");
}

TEST_CASE("references to what the policies do not define, unless the case expects that error") {
  Diagnostics d;
  load(
      "cases:\n"
      "  - {name: a, command: subsidy, input: {type: pet, premium: 1, date: 2026-03-01}, expect: {subsidy: 0}}\n"
      "  - {name: b, command: subsidy, input: {type: pet, premium: 1, date: 2026-03-01}, error: type}\n"
      "  - {name: c, command: subsidy, input: {type: rd, premium: 1, date: 2026-03-01}, expect: {rule: catalog}}\n"
      "  - {name: d, command: subsidy, input: {type: rd, industry: moon, received: \"catalog=1\"}, expect: {subsidy: "
      "0}}\n",
      d);
  REQUIRE(d.size() == 4);
  CHECK(d[0].line == 2);
  CHECK(d[0].message.rfind("case 'a': unknown type 'pet' (defined: inclusive, rd,", 0) == 0);
  CHECK(d[1].message == "case 'c': unknown subsidy rule 'catalog'");
  CHECK(d[2].message.rfind("case 'd': unknown industry 'moon'", 0) == 0);
  CHECK(d[3].message == "case 'd': unknown cap 'catalog' (defined: inclusive, catalogue, innovative)");
}

TEST_CASE("the shipped test cases all pass") {
  Diagnostics d;
  auto cases = load_policy_tests(embedded_policies(), shipped(), d);
  CHECK(d.empty());
  CHECK(cases.size() >= 60);
  int failed = 0;
  for (const auto& t : cases) {
    auto f = run_policy_test(shipped(), t);
    for (const auto& line : f) INFO(t.file, ":", t.line, " ", t.name, ": ", line);
    if (!f.empty()) ++failed;
  }
  CHECK(failed == 0);
}

TEST_CASE("the shipped cases cover every subsidy rule, deadline rule and hiring category") {
  Diagnostics d;
  auto cases = load_policy_tests(embedded_policies(), shipped(), d);
  auto expects = [](const PolicyTestCase& t, const std::string& field, const std::string& value) {
    for (const auto& e : t.expect)
      if (e.path == field && e.value.is_string() && e.value.get_ref<const std::string&>() == value) return true;
    return false;
  };
  auto input_is = [](const PolicyTestCase& t, const std::string& key, const std::string& value) {
    for (const auto& [k, v] : t.input)
      if (k == key && v == value) return true;
    return false;
  };
  for (const auto& rule : shipped().subsidy.rules) {
    bool covered = false;
    for (const auto& t : cases)
      covered = covered || (t.command == "subsidy" && (expects(t, "rule", rule.id) ||
                                                       expects(t, "article", std::to_string(rule.article_number))));
    INFO("subsidy rule ", rule.id);
    CHECK(covered);
  }
  for (const auto& rule : shipped().deadlines) {
    bool covered = false;
    for (const auto& t : cases) covered = covered || (t.command == "deadline" && input_is(t, "rule", rule.id));
    INFO("deadline rule ", rule.id);
    CHECK(covered);
  }
  const BenefitPolicy* hiring = find_hiring_contract(shipped());
  REQUIRE(hiring != nullptr);
  for (const auto& category : hiring->rules) {
    bool covered = false;
    for (const auto& t : cases) covered = covered || (t.command == "hiring" && expects(t, "category", category.id));
    INFO("hiring category ", category.id);
    CHECK(covered);
  }
}
