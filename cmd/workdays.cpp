// hdpolicy workdays add|between|is|list: statutory working days from the
// State Council's yearly arrangements (make-up workdays included).
#include <algorithm>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/calendar_report.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/json_output.hpp"

namespace hdpolicy::cli {

namespace {
struct WorkdaysOptions {
  std::string date, n, a, b;
  bool provisional = false;
  std::string format = "text", lang = "en";
};

// The calendar years a question is about, to load first: those of its
// dates, and for `add` as many years on as N workdays can span (fewer than
// 240 a year). A computation reaching further loads more (answer_from_years).
YearSpan years_asked(const WorkdaysRequest& req) {
  switch (req.op) {
    case WorkdaysOp::Add: {
      const int y = year_of(req.date);
      const auto span = static_cast<int>((req.n < 0 ? -req.n : req.n) / 240 + 1);
      return req.n < 0 ? YearSpan{y - span, y} : YearSpan{y, y + span};
    }
    case WorkdaysOp::Is:
      return {year_of(req.date), year_of(req.date)};
    case WorkdaysOp::Between:
    case WorkdaysOp::List:
      break;
  }
  return {year_of(std::min(req.from, req.to)), year_of(std::max(req.from, req.to))};
}

void run(const Cli& cli, const WorkdaysOptions& o, WorkdaysOp op, int& exit_code) {
  WorkdaysRequest req;
  req.op = op;
  req.coverage = o.provisional ? Coverage::Provisional : Coverage::Required;
  switch (op) {
    case WorkdaysOp::Add:
      req.date = input_date(o.date, "DATE");
      req.n = input_workday_count(o.n, "N");
      break;
    case WorkdaysOp::Is:
      req.date = input_date(o.date, "DATE");
      break;
    case WorkdaysOp::Between:
    case WorkdaysOp::List:
      req.from = input_date(o.a, "A");
      req.to = input_date(o.b, "B");
      break;
  }
  Lang lang = lang_of(o.lang);
  std::cout << cli.answer_from_years(years_asked(req), nullptr, [&](const PolicySet& set) {
    return o.format == "json" ? versioned(workdays_json(set.calendar, req, lang)).dump(2) + "\n"
                              : workdays_text(set.calendar, req, lang);
  });
  exit_code = kExitOk;
}

CLI::App* add_op(CLI::App* parent, Cli& cli, const char* name, const char* help, WorkdaysOp op,
                 std::shared_ptr<WorkdaysOptions> o) {
  CLI::App* cmd = parent->add_subcommand(name, help);
  switch (op) {
    case WorkdaysOp::Add:
      cmd->add_option("DATE", o->date, "The trigger date YYYY-MM-DD (not counted)")->required();
      cmd->add_option("N", o->n, "Number of workdays (negative: before DATE; write -- before a negative N)")
          ->required();
      break;
    case WorkdaysOp::Is:
      cmd->add_option("DATE", o->date, "A date YYYY-MM-DD")->required();
      break;
    case WorkdaysOp::Between:
      cmd->add_option("A", o->a, "Start date YYYY-MM-DD (not counted)")->required();
      cmd->add_option("B", o->b, "End date YYYY-MM-DD (counted)")->required();
      break;
    case WorkdaysOp::List:
      cmd->add_option("A", o->a, "First date YYYY-MM-DD")->required();
      cmd->add_option("B", o->b, "Last date YYYY-MM-DD")->required();
      break;
  }
  cmd->add_flag("--provisional", o->provisional,
                "Judge years with no State Council notice loaded by the weekend rule, marking the answer provisional");
  add_format_option(cmd, o->format, {"text", "json"});
  add_lang_option(cmd, o->lang);
  cmd->callback([&cli, o, op] { run(cli, *o, op, cli.exit_code); });
  return cmd;
}
}  // namespace

void add_workdays_command(CLI::App& app, Cli& cli) {
  CLI::App* cmd = app.add_subcommand("workdays", "Statutory working days (State Council holiday arrangements)");
  cmd->require_subcommand(1);
  auto o = std::make_shared<WorkdaysOptions>();
  add_op(cmd, cli, "add", "The date N workdays after DATE (before it for negative N)", WorkdaysOp::Add, o);
  add_op(cmd, cli, "between", "The number of workdays after A up to and including B (negative when B is before A)",
         WorkdaysOp::Between, o);
  add_op(cmd, cli, "is", "Whether DATE is a workday or a rest day, and why", WorkdaysOp::Is, o);
  add_op(cmd, cli, "list", "Each workday from A to B inclusive, one ISO date per line", WorkdaysOp::List, o);
}

}  // namespace hdpolicy::cli
