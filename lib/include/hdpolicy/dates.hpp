// Civil dates, on Howard Hinnant's date library. ISO 8601 text only.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

#include "hdpolicy/lang.hpp"

namespace hdpolicy {

using Date = date::sys_days;

// The dates this code handles, 1900-01-01 to 2299-12-31: the span of the
// compile-time year table in dates.cpp (every claim, hire and deadline in
// practice, and 400 years of the Gregorian cycle). A mechanism limit, not
// policy. Every date read is within it, and a date computed from them
// (`workdays add`, a deadline) that falls outside it is refused rather than
// printed, so the tool never shows a date it would not accept back.
inline constexpr int kFirstSupportedYear = 1900, kLastSupportedYear = 2299;
inline constexpr Date kFirstSupportedDate = date::year{kFirstSupportedYear} / 1 / 1;
inline constexpr Date kLastSupportedDate = date::year{kLastSupportedYear} / 12 / 31;
constexpr bool is_supported_date(Date d) { return d >= kFirstSupportedDate && d <= kLastSupportedDate; }
// "1900-01-01 to 2299-12-31", for messages.
std::string supported_dates_text();
// Throws InputError: "{what} falls after 2299-12-31: dates run from
// 1900-01-01 to 2299-12-31" (or before the first day). `what` names the
// computation and its input, e.g. "5 workdays after 2299-12-30".
[[noreturn]] void refuse_computed_date(std::string_view what, bool after_range);

// Strict "YYYY-MM-DD": four-digit year, a real day (2025-02-30 is refused),
// within the supported dates.
std::optional<Date> parse_date(std::string_view text);
// Whether `text`, refused by parse_date, is a real day written YYYY-MM-DD
// in a year outside the supported dates (9999-12-31): it gets its own message.
bool is_unsupported_real_date(std::string_view text);
// Any real day written YYYY-MM-DD, years 0000-9999: for policy files only,
// where a bound such as 9999-12-31 ("no end stated") is compared, never
// computed from. What users type goes through parse_date.
std::optional<Date> parse_policy_date(std::string_view text);
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
