// The period a calendar question names (a month or a year), read the same
// way by `hdpolicy calendar` and GET /v1/calendar/, and a year as JSON.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/calendar_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"

namespace hdpolicy {

nlohmann::ordered_json year_json(const WorkCalendar& cal, int year, Coverage coverage, Lang lang) {
  nlohmann::ordered_json months = nlohmann::ordered_json::array();
  for (unsigned m = 1; m <= 12; ++m) months.push_back(month_json(cal, year, m, coverage, lang));
  return nlohmann::ordered_json{{"year", year}, {"months", std::move(months)}};
}

CalendarPeriod parse_calendar_period(std::string_view text, const std::string& field) {
  const std::string when(text);
  const char* accepted = "a month YYYY-MM (e.g. 2025-10) or, for the whole year, YYYY (e.g. 2025)";
  // A real month or year outside the supported dates is told the range.
  auto refuse = [&](const std::string& first_day) {
    if (is_unsupported_real_date(first_day))
      throw bad_value(field, when,
                      fmt::format("a month or year from {} to {} (the dates this tool handles)", kFirstSupportedYear,
                                  kLastSupportedYear));
    throw bad_value(field, when, accepted);
  };
  CalendarPeriod p;
  if (when.size() == 7 && when[4] == '-') {
    auto d = parse_date(when + "-01");
    if (!d) refuse(when + "-01");
    p.year = year_of(*d);
    p.month = static_cast<unsigned>(date::year_month_day{*d}.month());
  } else if (when.size() == 4) {
    auto d = parse_date(when + "-01-01");
    if (!d) refuse(when + "-01-01");
    p.year = year_of(*d);
  } else {
    throw bad_value(field, when, accepted);
  }
  return p;
}

}  // namespace hdpolicy
