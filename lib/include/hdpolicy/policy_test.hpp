// Policy test cases (policies/tests/*.yaml), run by `hdpolicy test` the way
// OpenFisca runs its YAML tests: a name, a command, input facts, and the
// expected output fields (or the expected input error).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/diagnostics.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy {

struct ExpectedField {
  std::string path;              // "subsidy", "alternatives.0.rule", or "reasons_contains"
  nlohmann::ordered_json value;  // scalars kept as their YAML text; null, lists and mappings as such
};

struct PolicyTestCase {
  std::string file;  // as displayed: policies/tests/subsidy.yaml
  int line = 0;
  std::string name;
  std::string command;  // subsidy | hiring | deadline | workdays
  CaseInput input;
  Lang lang = Lang::En;
  std::optional<std::string> error;  // the input error expected, by a part of its message
  std::vector<ExpectedField> expect;
};

// Reads the test-case files among `files` (those under tests/), reporting
// malformed cases and, with `check_references`, names `set` does not define
// (off when the policies themselves failed: a broken rule is then missing
// from `set`, and every case naming it would repeat that problem).
std::vector<PolicyTestCase> load_policy_tests(const std::vector<PolicyFile>& files, const PolicySet& set,
                                              Diagnostics& diagnostics, bool check_references = true);

// Runs one case: empty when it passed, else one line per mismatch
// ("subsidy: expected 40000.00, got 39999.00").
std::vector<std::string> run_policy_test(const PolicySet& set, const PolicyTestCase& test);

}  // namespace hdpolicy
