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
