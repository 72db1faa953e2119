// hdpolicy diff OLD_DIR NEW_DIR: every difference between two policy sets,
// as a reviewer reads a change (document, article, before → after). Exit 0
// when the sets are the same, 1 when they differ, 2 on error, like diff(1).
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/diff_report.hpp"
#include "hdpolicy/json_output.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy::cli {

namespace {

struct DiffOptions {
  std::string old_dir, new_dir;
  std::string format = "text";
  std::string lang = "en";
};

void run(const DiffOptions& o, int& exit_code) {
  // Both are read before either is loaded, so that a wrong path is named
  // before any policy problem.
  std::vector<PolicyFile> old_files = policy_dir(o.old_dir, "OLD_DIR");
  std::vector<PolicyFile> new_files = policy_dir(o.new_dir, "NEW_DIR");
  PolicySet before = load_policy_set(old_files);
  PolicySet after = load_policy_set(new_files);
  std::vector<PolicyDifference> diffs = diff_policy_sets(before, after);
  Lang lang = lang_of(o.lang);
  if (o.format == "json")
    std::cout << versioned(diff_json(diffs, lang)).dump(2) << "\n";
  else
    std::cout << diff_text(diffs, lang);
  exit_code = diffs.empty() ? kExitOk : kExitDataFailed;
}

}  // namespace

void add_diff_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand(
      "diff",
      "Every difference between two policy directories: documents, windows, rates, caps, conditions, "
      "types, deadlines, calendar days (exit 0 same, 1 different)");
  cmd->add_option("OLD_DIR", o->old_dir, "The policies before the change")->required();
  cmd->add_option("NEW_DIR", o->new_dir, "The policies after the change")->required();
  add_format_option(cmd, o->format, {"text", "json"});
  add_lang_option(cmd, o->lang);
  cmd->callback([&cli, o] { run(*o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
