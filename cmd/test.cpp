// hdpolicy test [PATH...]: runs the policy test cases (policies/tests/*.yaml,
// or the files and directories given) and ends with "N passed, M failed".
#include <iostream>

#include <fmt/format.h>

#include "cli.hpp"
#include "hdpolicy/check.hpp"
#include "hdpolicy/policy_test.hpp"

namespace hdpolicy::cli {

namespace {
struct TestOptions {
  std::vector<std::string> paths;
  bool verbose = false;
};

// A directory contributes its tests/ folder when it has one (a policies
// directory), else every file in it; a file given by name is a test file.
std::vector<PolicyFile> test_files(const std::vector<PolicyFile>& policies, const std::vector<std::string>& paths) {
  std::vector<PolicyFile> out;
  if (paths.empty()) {
    for (const auto& f : policies)
      if (is_test_file(f)) out.push_back(f);
    return out;
  }
  for (const auto& p : paths) {
    auto files = read_policy_paths({p});
    bool has_tests = false;
    for (const auto& f : files) has_tests = has_tests || is_test_file(f);
    for (auto& f : files) {
      if (has_tests && !is_test_file(f)) continue;
      if (!is_test_file(f)) f.path = "tests/" + f.path;
      out.push_back(std::move(f));
    }
  }
  return out;
}

void run(const Cli& cli, const TestOptions& o, int& exit_code) {
  std::vector<PolicyFile> policies = select_policies(cli.policies);
  PolicySet set = load_policy_set(policies);
  std::vector<PolicyFile> files = test_files(policies, o.paths);
  Diagnostics problems;
  std::vector<PolicyTestCase> cases = load_policy_tests(files, set, problems);
  for (const auto& d : problems) std::cerr << format_diagnostic(d) << "\n";

  int passed = 0, failed = 0;
  for (const auto& t : cases) {
    auto failures = run_policy_test(set, t);
    if (failures.empty()) {
      ++passed;
      if (o.verbose) std::cout << fmt::format("{}:{}: PASS {}\n", t.file, t.line, t.name);
      continue;
    }
    ++failed;
    for (const auto& f : failures) std::cout << fmt::format("{}:{}: FAIL {}: {}\n", t.file, t.line, t.name, f);
  }
  if (files.empty()) std::cerr << "hdpolicy test: no test case files found (policies/tests/*.yaml)\n";
  std::cout << fmt::format("{} passed, {} failed\n", passed, failed);
  exit_code = failed > 0 || !problems.empty() || files.empty() ? kExitDataFailed : kExitOk;
}
}  // namespace

void add_test_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<TestOptions>();
  CLI::App* cmd = app.add_subcommand("test", "Run the policy test cases (policies/tests/*.yaml)");
  cmd->add_option("PATH", o->paths, "Test case files or directories (default: tests/ of the policies in use)");
  cmd->add_flag("-v,--verbose", o->verbose, "Also list the cases that passed");
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
