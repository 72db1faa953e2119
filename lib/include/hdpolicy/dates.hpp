// Civil dates, on Howard Hinnant's date library. ISO 8601 text only.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

#include "hdpolicy/lang.hpp"

namespace hdpolicy {

using Date = date::sys_days;

// Strict "YYYY-MM-DD": four-digit year, a real day (2025-02-30 is refused).
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date d);

int year_of(Date d);
Date make_date(int y, unsigned m, unsigned d);

// Whole years from `from` to `on` (age on a day): a 29 February anniversary
// falls on 28 February in common years.
int whole_years_between(Date from, Date on);

// The same day `n` months later (or earlier), or that month's last day when
// it has no such day (民法典 第二百零二条).
Date add_months_clamped(Date d, int n);

// "Monday" / "星期一".
const char* weekday_name(Date d, Lang lang);

// Today in Beijing (UTC+8), for defaults such as `--date`.
Date today_beijing();

}  // namespace hdpolicy
