#include <doctest/doctest.h>

#include "hdpolicy/dates.hpp"

using namespace hdpolicy;

TEST_CASE("parse_date is strict ISO 8601 and refuses days that do not exist") {
  CHECK(parse_date("2025-09-16").has_value());
  CHECK(format_date(*parse_date("2024-02-29")) == "2024-02-29");
  for (const char* bad : {"2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-9-16", "20250916", "",
                          "2025-09-16 ", "abcd-ef-gh", "2025/09/16"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad).has_value());
  }
}

TEST_CASE("whole_years_between: age in whole years, 29 February falls on 28 February") {
  auto d = [](const char* s) { return *parse_date(s); };
  CHECK(whole_years_between(d("2001-07-16"), d("2025-07-15")) == 23);
  CHECK(whole_years_between(d("2000-07-15"), d("2025-07-15")) == 25);
  CHECK(whole_years_between(d("2000-07-16"), d("2025-07-15")) == 24);
  CHECK(whole_years_between(d("2004-02-29"), d("2025-02-27")) == 20);
  CHECK(whole_years_between(d("2004-02-29"), d("2025-02-28")) == 21);
  CHECK(whole_years_between(d("2004-02-29"), d("2028-02-28")) == 23);
  CHECK(whole_years_between(d("2004-02-29"), d("2028-02-29")) == 24);
}

TEST_CASE("add_months_clamped: 民法典 第二百零二条, the month's last day when there is no such day") {
  auto d = [](const char* s) { return *parse_date(s); };
  CHECK(add_months_clamped(d("2024-02-29"), 12) == d("2025-02-28"));
  CHECK(add_months_clamped(d("2025-01-31"), 1) == d("2025-02-28"));
  CHECK(add_months_clamped(d("2024-01-31"), 1) == d("2024-02-29"));
  CHECK(add_months_clamped(d("2025-03-31"), -1) == d("2025-02-28"));
  CHECK(add_months_clamped(d("2025-12-25"), 60) == d("2030-12-25"));
}

TEST_CASE("year_of and parse_date agree with the date library on every day of 1899-2300") {
  // 1900-2299 go through a table of year starts; the edges on both sides take the general path.
  const Date first = Date{date::year{1899} / 1 / 1}, last = Date{date::year{2300} / 12 / 31};
  std::size_t days = 0;
  for (Date d = first; d <= last; d += date::days{1}, ++days) {
    const date::year_month_day ymd{d};
    if (year_of(d) != static_cast<int>(ymd.year())) FAIL("year_of(" << format_date(d) << ") = " << year_of(d));
    auto parsed = parse_date(format_date(d));
    if (!parsed || *parsed != d) FAIL("parse_date(" << format_date(d) << ")");
  }
  CHECK(days == 402 * 365 + 97);  // leap days 1904..2296 less 2100, 2200 (1900 and 2300 are not leap years)
  // Days that do not exist, in and out of the table's years.
  for (const char* bad : {"1900-02-29", "2025-02-29", "2100-02-29", "2299-02-29", "2025-04-31", "2025-13-01", "2025-00-10",
                          "2025-01-00", "2025-01-32", "1899-02-29", "2300-02-29"})
    CHECK_MESSAGE(!parse_date(bad).has_value(), bad);
  for (const char* good : {"2000-02-29", "2024-02-29", "2096-02-29", "1896-02-29", "2304-02-29", "0001-01-01", "9999-12-31"})
    CHECK_MESSAGE(parse_date(good).has_value(), good);
  CHECK(year_of(*parse_date("9999-12-31")) == 9999);
  CHECK(year_of(*parse_date("0001-01-01")) == 1);
}
