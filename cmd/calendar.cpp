// hdpolicy calendar YYYY-MM | YYYY: the statutory calendar as a month grid,
// JSON, or an iCalendar file for calendar applications.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "hdpolicy/calendar_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/json_output.hpp"

namespace hdpolicy::cli {

namespace {
struct CalendarOptions {
  std::string when;
  bool provisional = false;
  std::string format = "text", lang = "en";
};

// Colour only for a person at a terminal who has not asked for none (no-color.org).
bool use_colour() {
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
}

// The month (or, with month 0, the year) as asked.
std::string answer(const WorkCalendar& cal, const CalendarOptions& o, int year, unsigned month) {
  Lang lang = lang_of(o.lang);
  Coverage coverage = o.provisional ? Coverage::Provisional : Coverage::Required;
  if (o.format == "ics") {
    if (month != 0)
      throw bad_value("YYYY-MM", o.when, "a year YYYY with --format ics: the export holds a whole notice");
    return year_ics(cal, year);
  }
  if (o.format == "json") {
    if (month != 0) return versioned(month_json(cal, year, month, coverage, lang)).dump(2) + "\n";
    return versioned(year_json(cal, year, coverage, lang)).dump(2) + "\n";
  }
  bool colour = use_colour();
  std::string out;
  for (unsigned m = month ? month : 1; m <= (month ? month : 12u); ++m) {
    if (m > 1 && !month) out += "\n";
    out += month_grid(cal, year, m, colour, coverage, lang);
  }
  return out;
}

void run(const Cli& cli, const CalendarOptions& o, int& exit_code) {
  const CalendarPeriod period = parse_calendar_period(o.when, "YYYY-MM");
  const int year = period.year;
  const unsigned month = period.month;
  std::cout << cli.answer_from_years({year, year}, nullptr,
                                     [&](const PolicySet& set) { return answer(set.calendar, o, year, month); });
  exit_code = kExitOk;
}
}  // namespace

void add_calendar_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<CalendarOptions>();
  CLI::App* cmd =
      app.add_subcommand("calendar", "The statutory calendar: a month grid, or a year as iCalendar (--format ics)");
  cmd->add_option("YYYY-MM", o->when, "A month (2025-10), or a year (2025)")->required();
  cmd->add_flag("--provisional", o->provisional, "Show uncovered years by the weekend rule, marked provisional");
  add_format_option(cmd, o->format, {"text", "json", "ics"});
  add_lang_option(cmd, o->lang);
  cmd->callback([&cli, o] { run(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
