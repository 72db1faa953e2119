#include <doctest/doctest.h>

#include "core/number_text.hpp"
#include "hdpolicy/dates.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"

using namespace hdpolicy;

TEST_CASE("parse_date is strict ISO 8601 and refuses days that do not exist") {
  CHECK(parse_date("2025-09-16").has_value());
  CHECK(format_date(*parse_date("2024-02-29")) == "2024-02-29");
  // Written digit by digit for four-digit years, by fmt (padded, signed) outside them.
  CHECK(format_date(Date{date::sys_days{date::year{999} / 1 / 2}}) == "0999-01-02");
  CHECK(format_date(Date{date::sys_days{date::year{1000} / 12 / 31}}) == "1000-12-31");
  CHECK(format_date(Date{date::sys_days{date::year{9999} / 12 / 31}}) == "9999-12-31");
  CHECK(format_date(Date{date::sys_days{date::year{10000} / 1 / 1}}) == "10000-01-01");
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
  std::size_t days = 0, parsed_days = 0;
  for (Date d = first; d <= last; d += date::days{1}, ++days) {
    const date::year_month_day ymd{d};
    if (year_of(d) != static_cast<int>(ymd.year())) FAIL("year_of(" << format_date(d) << ") = " << year_of(d));
    // parse_date takes exactly the supported dates; parse_policy_date every real day.
    const int y = static_cast<int>(ymd.year());
    auto parsed = parse_date(format_date(d));
    if (y >= 1900 && y <= 2299) {
      if (!parsed || *parsed != d) FAIL("parse_date(" << format_date(d) << ")");
      ++parsed_days;
    } else if (parsed) {
      FAIL("parse_date(" << format_date(d) << ") accepted a date outside 1900-2299");
    }
    auto policy = parse_policy_date(format_date(d));
    if (!policy || *policy != d) FAIL("parse_policy_date(" << format_date(d) << ")");
  }
  CHECK(days == 402 * 365 + 97);         // leap days 1904..2296 less 2100, 2200 (1900 and 2300 are not leap years)
  CHECK(parsed_days == 400 * 365 + 97);  // one whole 400-year Gregorian cycle: 146,097 days
  // Days that do not exist, in and out of the table's years.
  for (const char* bad : {"1900-02-29", "2025-02-29", "2100-02-29", "2299-02-29", "2025-04-31", "2025-13-01",
                          "2025-00-10", "2025-01-00", "2025-01-32", "1899-02-29", "2300-02-29"}) {
    CHECK_MESSAGE(!parse_date(bad).has_value(), bad);
    CHECK_MESSAGE(!parse_policy_date(bad).has_value(), bad);
    CHECK_MESSAGE(!is_unsupported_real_date(bad), bad);
  }
  for (const char* good : {"2000-02-29", "2024-02-29", "2096-02-29"}) CHECK_MESSAGE(parse_date(good).has_value(), good);
  // Real days outside the supported dates: refused as input, readable in policy files.
  for (const char* outside :
       {"1896-02-29", "1899-12-31", "2300-01-01", "2304-02-29", "0001-01-01", "0000-01-01", "9999-12-31"}) {
    CHECK_MESSAGE(!parse_date(outside).has_value(), outside);
    CHECK_MESSAGE(parse_policy_date(outside).has_value(), outside);
    CHECK_MESSAGE(is_unsupported_real_date(outside), outside);
  }
  CHECK(year_of(*parse_policy_date("9999-12-31")) == 9999);
  CHECK(year_of(*parse_policy_date("0001-01-01")) == 1);
}

TEST_CASE("the supported dates are one declared range, 1900-01-01 to 2299-12-31") {
  CHECK(format_date(kFirstSupportedDate) == "1900-01-01");
  CHECK(format_date(kLastSupportedDate) == "2299-12-31");
  CHECK(supported_dates_text() == "1900-01-01 to 2299-12-31");
  CHECK(is_supported_date(*parse_date("1900-01-01")));
  CHECK(is_supported_date(*parse_date("2299-12-31")));
  CHECK_FALSE(is_supported_date(kFirstSupportedDate - date::days{1}));
  CHECK_FALSE(is_supported_date(kLastSupportedDate + date::days{1}));
  CHECK_THROWS_WITH_AS(refuse_computed_date("5 workdays after 2299-12-30", true),
                       "5 workdays after 2299-12-30 falls after 2299-12-31: dates run from 1900-01-01 to 2299-12-31",
                       InputError);
  CHECK_THROWS_WITH_AS(refuse_computed_date("5 workdays before 1900-01-02", false),
                       "5 workdays before 1900-01-02 falls before 1900-01-01: dates run from 1900-01-01 to 2299-12-31",
                       InputError);
}

TEST_CASE("input_date: a real date outside the supported dates names the range; a malformed one the format") {
  CHECK(input_date("2299-12-31", "date") == *parse_date("2299-12-31"));
  CHECK_THROWS_WITH_AS(
      input_date("2300-01-01", "--date"),
      "--date: '2300-01-01' is not accepted: a date from 1900-01-01 to 2299-12-31 (the dates this tool handles)",
      InputError);
  CHECK_THROWS_WITH_AS(
      input_date("1899-12-31", "from"),
      "from: '1899-12-31' is not accepted: a date from 1900-01-01 to 2299-12-31 (the dates this tool handles)",
      InputError);
  CHECK_THROWS_WITH_AS(input_date("2300-02-29", "date"),
                       "date: '2300-02-29' is not accepted: a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)",
                       InputError);
}

TEST_CASE("append_date writes format_date's text for every supported day (the batch note's allocation-free path)") {
  std::string out;
  for (Date d = kFirstSupportedDate; d <= kLastSupportedDate; d += date::days{1}) {
    out.clear();
    append_date(out, d);
    if (out != format_date(d)) FAIL("append_date(" << format_date(d) << ") wrote " << out);
  }
  out = "on ";
  append_date(out, make_date(2028, 2, 29));
  CHECK(out == "on 2028-02-29");
}
