// hdpolicy: Haidian District policies as exact, explainable computations.
// Each subcommand lives in its own file; this file only wires them up and
// maps failures to exit codes and to how they are reported (text on
// stderr, or JSON on stdout with --format json: error_report.hpp).
#include <iostream>
#include <string_view>
#include <system_error>

#include <fmt/format.h>

#include "about.hpp"
#include "build_info.hpp"
#include "cli.hpp"
#include "complete.hpp"
#include "error_report.hpp"
#include "hdpolicy/errors.hpp"
#include "man_page.hpp"
#include "standard_streams.hpp"
#include "usage_errors.hpp"

namespace {

int run(int argc, char** argv) {
  using namespace hdpolicy;
  using namespace hdpolicy::cli;
  Cli cli;
  CLI::App app{"hdpolicy: Haidian District policies (海淀区政策) as exact, explainable computations", "hdpolicy"};
  app.require_subcommand(1);
  app.fallthrough();  // --policies may follow the subcommand
  app.set_version_flag("--version", version_text());
  app.add_option("--policies", cli.policies,
                 "Policy directory to use instead of the built-in policies (also: HDPOLICY_POLICIES)");

  add_subsidy_command(app, cli);
  add_plan_command(app, cli);
  add_hiring_command(app, cli);
  add_eval_command(app, cli);
  add_workdays_command(app, cli);
  add_deadline_command(app, cli);
  add_calendar_command(app, cli);
  add_batch_command(app, cli);
  add_check_command(app, cli);
  add_test_command(app, cli);
  add_policies_command(app, cli);
  add_diff_command(app, cli);
  add_serve_command(app, cli);
  add_help_command(app, cli);
  app.footer(help_footer());

  // Hidden commands for the shell and the build, answered before parsing so
  // that they appear in no usage and no list of commands.
  std::string_view first = argc > 1 ? argv[1] : "";
  if (first == "__complete") {
    std::cout << completions(app, std::vector<std::string>(argv + 2, argv + argc));
    return kExitOk;
  }
  if (first == "__man" && argc == 2) {
    std::cout << man_page(app);
    return kExitOk;
  }

  const ErrorFormat format = error_format(argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Help and version are successes; every other parse failure is a usage error.
    if (e.get_exit_code() == 0) return app.exit(e);
    std::string command = command_path(app);
    report_input_error(explain_parse_error(app, e), format,
                       fmt::format("Run 'hdpolicy help{}' for usage.", command.empty() ? "" : " " + command));
    return kExitUsage;
  } catch (const PolicyLoadError& e) {
    report_policy_error(e, format);
    return kExitUsage;
  } catch (const InputError& e) {
    report_input_error(e, format);
    return kExitUsage;
  } catch (const StdoutError& e) {
    return stdout_failed(e.error());
  } catch (const std::exception& e) {
    report_error(e.what(), format);
    return kExitUsage;
  }
  return cli.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  hdpolicy::cli::CheckedStdout out;
  return out.finish(run(argc, argv));
}
