// hdpolicy check [PATH...]: every problem in the policy YAML, as
// file:line:col: error: message, all of them in one run; exit 1 if any.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "cli.hpp"
#include "hdpolicy/check.hpp"

namespace hdpolicy::cli {

namespace {
// "1 file", "2 files".
std::string count(std::size_t n, const char* noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

struct CheckOptions {
  std::vector<std::string> paths;
};

void run(const Cli& cli, const CheckOptions& o, int& exit_code) {
  std::vector<PolicyFile> files = o.paths.empty() ? select_policies(cli.policies) : read_policy_paths(o.paths);
  // Test cases given alone are checked against the policies in use.
  bool only_tests = !files.empty();
  for (const auto& f : files) only_tests = only_tests && is_test_file(f);
  if (only_tests) {
    auto in_use = select_policies(cli.policies);
    for (auto& f : in_use)
      if (!is_test_file(f)) files.push_back(std::move(f));
  }
  if (files.empty()) {  // an empty directory is a wrong path, not a clean policy set
    std::cerr << "hdpolicy check: no policy .yaml files found\n";
    exit_code = kExitDataFailed;
    return;
  }
  Diagnostics problems = check_policies(files);
  for (const auto& d : problems) std::cout << format_diagnostic(d) << "\n";
  std::cout.flush();
  auto errors = static_cast<std::size_t>(
      std::count_if(problems.begin(), problems.end(), [](const Diagnostic& d) { return !d.note; }));
  if (errors == 0) {
    std::cerr << fmt::format("ok: {}, no problems\n", count(files.size(), "file"));
    exit_code = kExitOk;
  } else {
    std::cerr << fmt::format("{} in {}\n", count(errors, "problem"), count(files.size(), "file"));
    exit_code = kExitDataFailed;
  }
}
}  // namespace

void add_check_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<CheckOptions>();
  CLI::App* cmd =
      app.add_subcommand("check", "Check policy YAML: syntax, keys, values, references, calendars, test cases");
  cmd->add_option("PATH", o->paths, "Policy files or directories (default: the policies in use)");
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
