#include "hdpolicy/dates.hpp"

#include <array>
#include <chrono>
#include <cstdint>

#include <fmt/format.h>

#include "core/number_text.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy {
namespace {

// Years 1900-2299 (the supported dates) go through a table of their first
// days, computed at compile time by the date library: the batch converts a
// date on every row, and the general algorithm's divisions made dates a
// twentieth of its time.
constexpr int kTableFirstYear = kFirstSupportedYear, kTableYears = kLastSupportedYear - kFirstSupportedYear + 1;
constexpr auto kYearStart = [] {  // days since 1970-01-01 of 1 January of each year, and of the year after the last
  std::array<int, kTableYears + 1> t{};
  for (int i = 0; i <= kTableYears; ++i)
    t[static_cast<std::size_t>(i)] = Date{date::year{kTableFirstYear + i} / 1 / 1}.time_since_epoch().count();
  return t;
}();
constexpr int kDaysBeforeMonth[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};  // in a common year
constexpr int kDaysInMonth[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

constexpr bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::string supported_dates_text() {
  return fmt::format("{} to {}", format_date(kFirstSupportedDate), format_date(kLastSupportedDate));
}

void refuse_computed_date(std::string_view what, bool after_range) {
  throw InputError(fmt::format("{} falls {} {}: dates run from {}", what, after_range ? "after" : "before",
                               format_date(after_range ? kLastSupportedDate : kFirstSupportedDate),
                               supported_dates_text()));
}

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  // Each digit's value; a byte below '0' wraps to a large unsigned value.
  auto digit = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(s[i])) - '0'; };
  const unsigned d0 = digit(0), d1 = digit(1), d2 = digit(2), d3 = digit(3), d5 = digit(5), d6 = digit(6),
                 d8 = digit(8), d9 = digit(9);
  if (d0 > 9 || d1 > 9 || d2 > 9 || d3 > 9 || d5 > 9 || d6 > 9 || d8 > 9 || d9 > 9) return std::nullopt;
  const int y = static_cast<int>(d0 * 1000 + d1 * 100 + d2 * 10 + d3), m = static_cast<int>(d5 * 10 + d6),
            d = static_cast<int>(d8 * 10 + d9);
  // Outside the table's years is outside the supported dates.
  if (y < kTableFirstYear || y >= kTableFirstYear + kTableYears || m < 1 || m > 12) return std::nullopt;
  const bool leap = is_leap(y);
  if (d < 1 || d > kDaysInMonth[m] + (m == 2 && leap)) return std::nullopt;
  return Date{date::days{kYearStart[static_cast<std::size_t>(y - kTableFirstYear)] + kDaysBeforeMonth[m] +
                         (m > 2 && leap) + d - 1}};
}

std::optional<Date> parse_policy_date(std::string_view s) {
  if (auto d = parse_date(s)) return d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[8], k = 0;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v[k++] = s[i] - '0';
  }
  const date::year_month_day ymd{date::year{v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3]},
                                 date::month{static_cast<unsigned>(v[4] * 10 + v[5])},
                                 date::day{static_cast<unsigned>(v[6] * 10 + v[7])}};
  if (!ymd.ok()) return std::nullopt;
  return Date{ymd};
}

bool is_unsupported_real_date(std::string_view s) { return !parse_date(s) && parse_policy_date(s); }

std::string format_date(Date d) {
  date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  if (y < 1000 || y > 9999)  // not a date of any policy: fmt pads and signs it
    return fmt::format("{:04}-{:02}-{:02}", y, static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  std::string s;  // digit by digit: answers and batch notes print dates per row
  append_date(s, d);
  return s;
}

int year_of(Date d) {
  const int days = d.time_since_epoch().count();
  if (days >= kYearStart[0] && days < kYearStart[kTableYears]) {
    // An estimate from the mean Gregorian year, off by at most one either way.
    auto i = static_cast<std::size_t>((static_cast<std::int64_t>(days - kYearStart[0]) * 400) / 146097);
    if (days < kYearStart[i])
      --i;
    else if (days >= kYearStart[i + 1])
      ++i;
    return kTableFirstYear + static_cast<int>(i);
  }
  return static_cast<int>(date::year_month_day{d}.year());
}

Date make_date(int y, unsigned m, unsigned d) { return Date{date::year{y} / date::month{m} / date::day{d}}; }

int whole_years_between(Date from, Date on) {
  date::year_month_day a{from}, b{on};
  int years = static_cast<int>(b.year()) - static_cast<int>(a.year());
  // The anniversary in b's year, with 29 February clamped to 28 February.
  auto anniversary = date::year_month_day_last{b.year(), date::month_day_last{a.month()}};
  date::day day = a.day() > anniversary.day() ? anniversary.day() : a.day();
  if (date::year_month_day{b.year(), a.month(), day} > b) --years;
  return years;
}

Date add_months_clamped(Date d, int n) {
  date::year_month_day ymd{d};
  date::year_month ym = date::year_month{ymd.year(), ymd.month()} + date::months{n};
  date::day last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
  return Date{ym / (ymd.day() > last ? last : ymd.day())};
}

const char* weekday_name(Date d, Lang lang) {
  static constexpr const char* kEn[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  static constexpr const char* kZh[] = {"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"};
  unsigned i = date::weekday{d}.c_encoding();
  return lang == Lang::Zh ? kZh[i] : kEn[i];
}

Date today_beijing() {
  auto now = std::chrono::system_clock::now() + std::chrono::hours{8};
  return date::floor<date::days>(now);
}

}  // namespace hdpolicy
