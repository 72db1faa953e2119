// Presenting working-day answers: the JSON contract (what `--format json`
// prints and `hdpolicy test` compares), plain text, the month grid and the
// iCalendar export. Deadlines: deadline_report.hpp.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "hdpolicy/calendar.hpp"
#include "hdpolicy/lang.hpp"

namespace hdpolicy {

enum class WorkdaysOp : std::uint8_t { Add, Between, Is, List };

struct WorkdaysRequest {
  WorkdaysOp op = WorkdaysOp::Add;
  Date date{};         // add, is
  std::int64_t n = 0;  // add
  Date from{}, to{};   // between, list
  Coverage coverage = Coverage::Required;
};

// Bounds on N in `workdays add`, so every answer is a four-digit-year date.
inline constexpr std::int64_t kMaxWorkdays = 100000;
std::int64_t input_workday_count(std::string_view text, std::string_view field);

// Why a day is what it is: "Sunday", "春节 (Spring Festival) 2025-01-28..2025-02-04",
// "make-up workday for 国庆节、中秋节 (National Day and Mid-autumn Festival)".
std::string day_reason(const WorkCalendar& cal, Date d, const DayAnswer& a, Lang lang);
// "2027" or "2027-2028": the years of [lo, hi] the calendar does not cover.
std::string uncovered_years(const WorkCalendar& cal, Date lo, Date hi);

// {"op", ..., "provisional"} for each op; throws InputError as the CLI does.
nlohmann::ordered_json workdays_json(const WorkCalendar& cal, const WorkdaysRequest& req, Lang lang);
std::string workdays_text(const WorkCalendar& cal, const WorkdaysRequest& req, Lang lang);

// A month like `cal`, Monday first, rest days and make-up workdays marked by
// symbols (or colour when `colour`), with a legend naming the holidays.
std::string month_grid(const WorkCalendar& cal, int year, unsigned month, bool colour, Coverage coverage, Lang lang);
nlohmann::ordered_json month_json(const WorkCalendar& cal, int year, unsigned month, Coverage coverage, Lang lang);
// {"year", "months": [month_json per month]}: a whole year.
nlohmann::ordered_json year_json(const WorkCalendar& cal, int year, Coverage coverage, Lang lang);

// What `hdpolicy calendar YYYY-MM` and GET /v1/calendar/YYYY-MM ask for: a
// month, or with month 0 a whole year. Throws InputError naming `field` for
// anything else, and the supported years for a real month outside them.
struct CalendarPeriod {
  int year = 0;
  unsigned month = 0;
};
CalendarPeriod parse_calendar_period(std::string_view text, const std::string& field);
// RFC 5545: one all-day VEVENT per holiday period and per make-up workday of
// `year`, CRLF line endings, stable UIDs and a fixed DTSTAMP (reproducible).
std::string year_ics(const WorkCalendar& cal, int year);

}  // namespace hdpolicy
