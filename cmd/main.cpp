// hdpolicy: Haidian District policies as exact, explainable computations.
// Each subcommand lives in its own file; this file only wires them up and
// maps failures to exit codes.
#include <cstdio>
#include <iostream>

#include <fmt/format.h>

#include "cli.hpp"
#include "hdpolicy/errors.hpp"
#include "standard_streams.hpp"

namespace {

int run(int argc, char** argv) {
  using namespace hdpolicy;
  cli::Cli cli;
  CLI::App app{"hdpolicy: Haidian District policies (海淀区政策) as exact, explainable computations", "hdpolicy"};
  app.require_subcommand(1);
  app.fallthrough();  // --policies may follow the subcommand
  app.set_version_flag("--version", "hdpolicy 0.1.0");
  app.add_option("--policies", cli.policies,
                 "Policy directory to use instead of the built-in policies (also: HDPOLICY_POLICIES)");

  cli::add_subsidy_command(app, cli);
  cli::add_hiring_command(app, cli);
  cli::add_workdays_command(app, cli);
  cli::add_deadline_command(app, cli);
  cli::add_calendar_command(app, cli);
  cli::add_batch_command(app, cli);
  cli::add_check_command(app, cli);
  cli::add_test_command(app, cli);
  cli::add_policies_command(app, cli);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // Help and version are successes; every other parse failure is a usage error.
    if (e.get_exit_code() == 0) return app.exit(e);
    std::fprintf(stderr, "hdpolicy: error: %s\nRun 'hdpolicy --help' or 'hdpolicy COMMAND --help' for usage.\n", e.what());
    return cli::kExitUsage;
  } catch (const PolicyLoadError& e) {
    std::fprintf(stderr, "%s\nhdpolicy: error: the policies could not be loaded (run 'hdpolicy check' for details)\n", e.what());
    return cli::kExitUsage;
  } catch (const InputError& e) {
    std::fprintf(stderr, "hdpolicy: error: %s\n", e.what());
    return cli::kExitUsage;
  } catch (const cli::StdoutError& e) {
    return cli::stdout_failed(e.error());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "hdpolicy: error: %s\n", e.what());
    return cli::kExitUsage;
  }
  return cli.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  hdpolicy::cli::CheckedStdout out;
  return out.finish(run(argc, argv));
}
