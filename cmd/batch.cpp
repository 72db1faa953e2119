// hdpolicy batch: a CSV of applications in, one result row per input row out.
// The output goes to a temporary file beside it that is renamed at the end,
// so an interrupted run never leaves half a file (output_file.hpp).
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/json_output.hpp"
#include "hdpolicy/policy_source.hpp"
#include "input_file.hpp"
#include "output_file.hpp"
#include "standard_streams.hpp"

namespace hdpolicy::cli {

namespace {

struct BatchCliOptions {
  std::string input, output, encoding = "utf-8", format = "csv", baseline, policy;
  bool summary = false, strict = false;
};

// Row errors listed on stderr in text; the JSON summary keeps more (batch_report.hpp).
constexpr std::size_t kErrorsShown = 10;

using BatchRunner = BatchSummary (*)(const PolicySet&, csv::Reader&, csv::Writer&, const BatchOptions&);

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
  std::error_code ec1, ec2;
  auto ca = std::filesystem::weakly_canonical(a, ec1), cb = std::filesystem::weakly_canonical(b, ec2);
  return !ec1 && !ec2 && ca == cb;
}

// --baseline DIR: plain YAML, loaded and checked as --policies is; a
// directory that does not load is named as --baseline's.
PolicySet load_baseline(const std::string& dir) {
  std::vector<PolicyFile> files = policy_dir(dir, "--baseline");
  std::erase_if(files, [](const PolicyFile& f) { return is_calendar_file(f); });  // amounts need no calendar
  try {
    return load_policy_set(files);
  } catch (const PolicyLoadError& e) {
    Diagnostics d = e.diagnostics();
    d.push_back({dir, 0, 0, "--baseline: the policies in this directory could not be loaded", false});
    throw PolicyLoadError(std::move(d));
  }
}

// A progress line on a terminal, once a run has taken more than a second.
class Progress {
 public:
  Progress() : on_(::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}
  void update(std::uint64_t rows) {
    if (!on_) return;
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start_).count();
    if (ms < 1000) return;
    std::fprintf(stderr, "\rhdpolicy batch: %llu rows read, %lld s", static_cast<unsigned long long>(rows),
                 static_cast<long long>(ms / 1000));
    shown_ = true;
  }
  void clear() {
    if (shown_) std::fputs("\r\x1b[K", stderr);
  }

 private:
  bool on_, shown_ = false;
  std::chrono::steady_clock::time_point start_;
};

void run(const Cli& cli, const BatchCliOptions& o, BatchRunner runner, Cli::Calendars calendars, int& exit_code) {
  if (o.input != "-" && o.output != "-" && same_file(o.input, o.output))
    throw InputError(fmt::format("--output: '{}' is the input file; write the results to another file", o.output));
  if (!o.baseline.empty() && runner == &run_deadline_batch)
    throw InputError(
        "--baseline: batch deadline computes dates, not amounts, so there is no cost to compare; "
        "--baseline is for batch subsidy and batch hiring",
        {"--baseline", o.baseline, "batch subsidy or batch hiring"});
  PolicySet set = cli.load_policies(calendars);
  std::optional<PolicySet> baseline;
  if (!o.baseline.empty()) baseline = load_baseline(o.baseline);
  InputFile input(o.input);
  bool gb18030 = o.encoding == "gb18030";
  csv::Reader reader(csv_source(input, o.encoding));
  OutputFile output(o.output);
  csv::Writer writer(output.fd(), o.format == "json" ? csv::OutputFormat::JsonLines : csv::OutputFormat::Csv);
  output.take_blocks_from(writer);

  Progress progress;
  BatchOptions options;
  options.strict = o.strict;
  options.bom = gb18030;
  options.baseline = baseline ? &*baseline : nullptr;
  options.progress = [&progress](std::uint64_t rows) { progress.update(rows); };
  options.policy = o.policy;
  BatchSummary summary;
  try {
    summary = runner(set, reader, writer, options);
    writer.flush();
  } catch (const csv::FormatError& e) {
    progress.clear();
    throw InputError(fmt::format("{}: {}", o.input == "-" ? "--input" : o.input, e.what()));
  } catch (const std::system_error& e) {  // csv::Writer: a write failed (disk full, a closed descriptor)
    progress.clear();
    if (o.output == "-") throw StdoutError(e.code().value());
    throw InputError(fmt::format("--output: could not write '{}': {}", o.output, e.code().message()),
                     {"--output", o.output, ""});
  }
  progress.clear();
  output.commit();

  if (o.summary && o.format == "json") {
    // Only JSON on stderr: the row errors and warnings are in the summary.
    std::fprintf(
        stderr, "%s\n",
        versioned(batch_summary_json(summary)).dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else {
    for (const auto& w : summary.warnings) std::fprintf(stderr, "hdpolicy: warning: %s\n", w.c_str());
    const std::size_t shown = std::min(summary.errors.size(), kErrorsShown);
    for (std::size_t i = 0; i < shown; ++i) std::fprintf(stderr, "hdpolicy: %s\n", summary.errors[i].c_str());
    if (summary.failed > shown) {
      std::uint64_t more = summary.failed - shown;
      std::fprintf(stderr, "hdpolicy: ... and %llu more failed row%s (see the error column)\n",
                   static_cast<unsigned long long>(more), more == 1 ? "" : "s");
    }
    if (o.summary) std::fputs(batch_summary_text(summary).c_str(), stderr);
  }
  exit_code = summary.failed ? kExitDataFailed : kExitOk;
}

CLI::App* add_kind(CLI::App* batch, Cli& cli, const char* name, const char* description, BatchRunner runner,
                   Cli::Calendars calendars) {
  auto o = std::make_shared<BatchCliOptions>();
  CLI::App* cmd = batch->add_subcommand(name, description);
  cmd->fallthrough();
  cmd->add_option("--input", o->input, "CSV file to read, or - for standard input")->required();
  cmd->add_option("--output", o->output,
                  "File to write (replaced only when the run completes), or - for standard output")
      ->required();
  cmd->add_flag("--summary", o->summary,
                "Print rows read and failed, totals and the largest payments on standard error");
  cmd->add_option("--encoding", o->encoding,
                  "Input encoding: utf-8 (default, with or without BOM) or gb18030 (Excel on Chinese Windows)")
      ->check(one_of("--encoding", {"utf-8", "gb18030"}));
  cmd->add_flag("--strict", o->strict, "A row whose answer would rest on facts not given fails instead");
  cmd->add_option("--baseline", o->baseline,
                  "Policy directory to compare with: each row also evaluated under it (its own caps), with the "
                  "columns baseline_subsidy (eval: baseline_amount) and change; --summary totals the change "
                  "(subsidy, hiring and eval)");
  cmd->add_option("--format", o->format,
                  "Output rows as csv (default) or json (one object per line); also the summary's format")
      ->check(one_of("--format", {"csv", "json"}));
  cmd->callback([&cli, o, runner, calendars] { run(cli, *o, runner, calendars, cli.exit_code); });
  if (runner == &run_eval_batch)
    cmd->add_option("policy", o->policy,
                    "The document's id (e.g. tech-insurance) or number; its facts are the columns (a document "
                    "with a subsidy: section or document.contract: hiring: those of batch subsidy or batch hiring)")
        ->required();
  return cmd;
}

}  // namespace

void add_batch_command(CLI::App& app, Cli& cli) {
  CLI::App* batch = app.add_subcommand("batch", "Process a CSV of applications: one result row per input row");
  batch->require_subcommand(1);
  batch->fallthrough();
  add_kind(batch, cli, "subsidy", "Insurance premium subsidies with annual caps per enterprise", run_subsidy_batch,
           Cli::Calendars::Skip);
  add_kind(batch, cli, "hiring", "One-time job-expansion subsidies, each person paid once per enterprise",
           run_hiring_batch, Cli::Calendars::Skip);
  add_kind(batch, cli, "deadline", "Deadlines from a date and a rule or a period (workdays, days, months, years)",
           run_deadline_batch, Cli::Calendars::Load);
  add_kind(batch, cli, "eval", "Claims on any policy document with an amount to compute, one per row", run_eval_batch,
           Cli::Calendars::Skip);
}

}  // namespace hdpolicy::cli
