// Policy YAML through the loader and `hdpolicy check`, in each role a file
// can play: a policy document, a calendar, and a test-case file (loaded
// against the shipped policies, and its cases run). Problems must come back
// as diagnostics, input errors of a case as InputError; anything else
// escaping (YAML::Exception, std::out_of_range ...) is a finding.
#include <algorithm>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/check.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_test.hpp"
#include "hdpolicy/subsidy_contract.hpp"

namespace {

using namespace hdpolicy;

void check_alone(const std::string& path, const std::string& text) {
  Diagnostics problems = check_policies({PolicyFile{path, path, text}});
  for (const auto& d : problems) {
    fuzz::require(!d.message.empty(), "a diagnostic without a message");
    (void)format_diagnostic(d);
  }
}

// Runs a case the way `hdpolicy test` does, but with only InputError let
// through: run_policy_test reports any std::exception as a failed case,
// which would hide a library bug from the fuzzer.
void run_case(const PolicySet& set, const PolicyTestCase& t) {
  try {
    if (t.command == "subsidy")
      (void)run_subsidy_case(set, t.input, t.lang).dump();
    else if (t.command == "hiring")
      (void)run_hiring_case(set, t.input, t.lang).dump();
    else if (t.command == "deadline")
      (void)run_deadline_case(set, t.input, t.lang).dump();
    else if (t.command == "eval")
      (void)run_eval_case(set, t.input, t.lang).dump();
    else
      (void)run_workdays_case(set, t.input, t.lang).dump();
  } catch (const InputError&) {}
  (void)run_policy_test(set, t);
}

// A document of declared shape that loads is evaluated on two claims (every
// fact 1, then every fact at a large value; a date, a year and a choice at a
// value of their kind), in both languages with its
// explanation: fuzzed formulas and limits must give an amount or an
// InputError (money_overflow), never a crash or a wrong-signed amount.
void evaluate_declared(const std::string& text) {
  Diagnostics problems;
  const PolicySet set = load_policy_set({PolicyFile{"fuzz.yaml", "fuzz.yaml", text}}, problems);
  // What the contract's renderer relies on: check_contract found nothing wrong (other problems, such as
  // a source file the fuzz input names but the harness lacks, do not matter to it).
  const bool fits = std::none_of(problems.begin(), problems.end(),
                                 [](const Diagnostic& d) { return d.message.starts_with("document.contract"); });
  for (const BenefitPolicy& p : set.benefits) {
    for (const char* value : {"1", "999999999999"}) {
      InputTexts texts(p.inputs());
      for (std::size_t row = 0; row < p.inputs().size(); ++row) {
        const auto& choices = p.facts->extra[row].choices;  // a choice fact: its first value
        const FactKind kind = p.inputs()[row].kind;
        texts[row] = kind == FactKind::Date   ? std::string_view("2026-03-01")
                     : kind == FactKind::Year ? std::string_view("2025")
                     : choices.empty()        ? std::string_view(value)
                                              : std::string_view(choices.front().id);
      }
      try {
        BenefitClaim claim = parse_benefit_claim(p, texts, {}, FieldStyle::CaseKey, Date{});
        BenefitResult r = evaluate_benefit(set.documents[static_cast<std::size_t>(p.document)], p, claim);
        fuzz::require(r.amount().fen >= 0, "a negative amount");
        for (Lang lang : {Lang::En, Lang::Zh})
          (void)benefit_json(set, p, benefit_view(set, p, claim, r, FieldStyle::Option, lang), true).dump();
        if (fits && set.documents[static_cast<std::size_t>(p.document)].contract == "subsidy") {
          const SubsidyContractCase c{&p, std::move(claim), std::move(r)};
          for (Lang lang : {Lang::En, Lang::Zh}) {
            (void)subsidy_contract_json(set, c, FieldStyle::CaseKey, lang, true).dump();
            (void)subsidy_contract_text(set, c, FieldStyle::Option, lang, false);
          }
        }
      } catch (const InputError&) {}
    }
  }
}

// The input with `contract: subsidy` added to its block `document:` section,
// so that the premium subsidy's contract (check_contract, the renderer) is
// fuzzed on every seed of declared shape, not only on one that says it.
std::string with_subsidy_contract(const std::string& text) {
  const std::string key = "document:\n";
  const std::size_t at = text.find(key);
  if (at == std::string::npos || (at != 0 && text[at - 1] != '\n')) return {};
  std::string out = text;
  out.insert(at + key.size(), "  contract: subsidy\n");
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(fuzz::as_text(data, size));
  check_alone("fuzz.yaml", text);
  check_alone("calendars/cn/2025.yaml", text);
  evaluate_declared(text);
  if (const std::string contract = with_subsidy_contract(text); !contract.empty()) evaluate_declared(contract);

  const PolicySet& shipped = fuzz::shipped_policies();
  Diagnostics problems;
  const std::vector<PolicyFile> files{{"tests/fuzz.yaml", "tests/fuzz.yaml", text}};
  for (const auto& t : load_policy_tests(files, shipped, problems)) run_case(shipped, t);
  return 0;
}
