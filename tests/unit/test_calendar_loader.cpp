// Every problem in a calendar file is reported at its line, so a maintainer
// typing next year's notice sees exactly what to fix.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"

using namespace hdpolicy;

namespace {

PolicyFile year_file(int year, std::string text, std::string dir = "calendars/cn/") {
  std::string path = dir + std::to_string(year) + ".yaml";
  return {path, path, std::move(text)};
}

Diagnostics problems(const std::vector<PolicyFile>& files) {
  Diagnostics d;
  load_policy_set(files, d);
  return d;
}

bool has(const Diagnostics& ds, const std::string& file, int line, const std::string& part) {
  for (const auto& d : ds)
    if (d.file == file && d.line == line && d.message.find(part) != std::string::npos) return true;
  return false;
}

std::string all(const Diagnostics& ds) {
  std::string s;
  for (const auto& d : ds) s += format_diagnostic(d) + "\n";
  return s;
}

const char* kGood2030 =
    "year: 2030\n"
    "holidays:\n"
    "  - name: 国庆节\n"
    "    name_en: National Day\n"
    "    from: 2030-10-01\n"
    "    to: 2030-10-07\n"
    "    workdays: [2030-09-29, 2030-10-12]\n";

}  // namespace

TEST_CASE("a well-formed year file loads and is used") {
  auto d = problems({year_file(2030, kGood2030)});
  CHECK_MESSAGE(d.empty(), all(d));
  PolicySet set = load_policy_set({year_file(2030, kGood2030)});
  CHECK(set.calendar.first_year() == 2030);
  CHECK(set.calendar.day(*parse_date("2030-10-12")).kind == DayKind::MakeupWorkday);  // a Saturday
  CHECK(set.calendar.day(*parse_date("2030-10-07")).kind == DayKind::Holiday);
}

TEST_CASE("a make-up workday that is not a Saturday or Sunday") {
  auto d = problems({year_file(2030,
                               "year: 2030\n"
                               "holidays:\n"
                               "  - name: 国庆节\n"
                               "    name_en: National Day\n"
                               "    from: 2030-10-01\n"
                               "    to: 2030-10-07\n"
                               "    workdays:\n"
                               "      - 2030-09-29\n"
                               "      - 2030-10-08\n")});
  CHECK_MESSAGE(
      has(d, "calendars/cn/2030.yaml", 9, "make-up workday 2030-10-08 is a Tuesday, not a Saturday or Sunday"), all(d));
  CHECK(d.size() == 1);
}

TEST_CASE("a holiday period that ends before it starts") {
  auto d = problems({year_file(2030,
                               "year: 2030\n"
                               "holidays:\n"
                               "  - name: 劳动节\n"
                               "    name_en: Labour Day\n"
                               "    from: 2030-05-05\n"
                               "    to: 2030-05-01\n")});
  CHECK_MESSAGE(has(d, "calendars/cn/2030.yaml", 6, "ends on 2030-05-01, before it starts on 2030-05-05"), all(d));
}

TEST_CASE("holiday periods that overlap, in one file and across files") {
  auto d =
      problems({year_file(2030,
                          "year: 2030\n"
                          "holidays:\n"
                          "  - {name: 劳动节, name_en: Labour Day, from: 2030-05-01, to: 2030-05-05}\n"
                          "  - {name: 端午节, name_en: Dragon Boat Festival, from: 2030-05-05, to: 2030-05-06}\n")});
  CHECK_MESSAGE(
      has(d, "calendars/cn/2030.yaml", 4, "overlaps 劳动节 2030-05-01..2030-05-05 (calendars/cn/2030.yaml:3)"), all(d));
  // New Year's Day of 2031 may begin in December 2030, but not inside 2030's own period.
  auto cross = problems(
      {year_file(2030,
                 "year: 2030\nholidays:\n  - {name: 某节, name_en: Some Day, from: 2030-12-29, to: 2030-12-31}\n"),
       year_file(
           2031,
           "year: 2031\nholidays:\n  - {name: 元旦, name_en: New Year's Day, from: 2030-12-31, to: 2031-01-01}\n")});
  CHECK_MESSAGE(has(cross, "calendars/cn/2031.yaml", 3, "overlaps 某节"), all(cross));
}

TEST_CASE("dates outside the file's year") {
  auto d = problems({year_file(2030,
                               "year: 2030\n"
                               "holidays:\n"
                               "  - {name: 国庆节, name_en: National Day, from: 2031-10-01, to: 2031-10-07}\n"
                               "  - {name: 元旦, name_en: New Year's Day, from: 2029-11-30, to: 2030-01-01}\n"
                               "  - name: 春节\n"
                               "    name_en: Spring Festival\n"
                               "    from: 2030-02-02\n"
                               "    to: 2030-02-08\n"
                               "    workdays: [2029-11-24]\n")});
  CHECK_MESSAGE(has(d, "calendars/cn/2030.yaml", 3, "2031-10-01..2031-10-07 is outside 2030"), all(d));
  CHECK_MESSAGE(has(d, "calendars/cn/2030.yaml", 4, "2029-11-30..2030-01-01 is outside 2030"), all(d));
  CHECK_MESSAGE(has(d, "calendars/cn/2030.yaml", 9, "make-up workday 2029-11-24 is outside 2030"), all(d));
  // The New Year's Day period and its make-up days may lie in the December before.
  auto ok = problems({year_file(2008,
                                "year: 2008\nholidays:\n  - {name: 元旦, name_en: New Year's Day, from: 2007-12-30, "
                                "to: 2008-01-01, workdays: [2007-12-29]}\n")});
  CHECK_MESSAGE(ok.empty(), all(ok));
}

TEST_CASE("a year defined twice, a file named for another year, and a gap in the years") {
  auto twice = problems({year_file(2030, kGood2030), year_file(2030, kGood2030, "calendars/extra/")});
  CHECK_MESSAGE(has(twice, "calendars/extra/2030.yaml", 1,
                    "the calendar for 2030 is already defined in calendars/cn/2030.yaml:1"),
                all(twice));
  auto misnamed = problems({{"calendars/cn/2031.yaml", "calendars/cn/2031.yaml", kGood2030}});
  CHECK_MESSAGE(has(misnamed, "calendars/cn/2031.yaml", 1, "year: 2030 does not match the file name"), all(misnamed));
  auto gap = problems({year_file(2030, kGood2030), year_file(2032, "year: 2032\nholidays: []\n")});
  CHECK_MESSAGE(
      has(gap, "calendars/cn/2032.yaml", 1, "the calendar has a gap: 2032 follows 2030: add calendars/cn/2031.yaml"),
      all(gap));
}

TEST_CASE("a make-up workday that is a rest day of another period, or listed twice; unknown keys") {
  auto d = problems(
      {year_file(2030,
                 "year: 2030\n"
                 "holidays:\n"
                 "  - {name: 劳动节, name_en: Labour Day, from: 2030-05-01, to: 2030-05-05, workdays: [2030-05-11]}\n"
                 "  - {name: 端午节, name_en: Dragon Boat Festival, from: 2030-05-11, to: 2030-05-12}\n"
                 "  - {name: 国庆节, name_en: National Day, from: 2030-10-01, to: 2030-10-07, workdays: [2030-05-11]}\n"
                 "  - {name: 中秋节, name_en: Mid-autumn, form: 2030-09-12, to: 2030-09-12}\n")});
  CHECK_MESSAGE(has(d, "calendars/cn/2030.yaml", 3, "make-up workday 2030-05-11 of 劳动节 is a rest day of 端午节"),
                all(d));
  CHECK_MESSAGE(has(d, "calendars/cn/2030.yaml", 5, "is also listed for 劳动节"), all(d));
  CHECK_MESSAGE(has(d, "calendars/cn/2030.yaml", 6, "unknown key 'form'"), all(d));
}
