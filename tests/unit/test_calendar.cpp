// The compiled statutory calendar against the reference table, day by day,
// and the working-day arithmetic against a day-by-day count of that table.
#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "hdpolicy/calendar.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

Date D(const char* s) { return *parse_date(s); }

const PolicySet& shipped_calendar() { return testing::shipped_calendar(); }

struct RefDay {
  bool rest;
  std::string holiday_zh;
};

// tests/data/cn-statutory-calendar-2004-2026.csv: date,kind,holiday_en,holiday_zh
std::map<Date, RefDay> reference_table() {
  std::ifstream in(HDPOLICY_SOURCE_DIR "/tests/data/cn-statutory-calendar-2004-2026.csv");
  REQUIRE_MESSAGE(in.good(), "the reference table is needed at tests/data/");
  std::map<Date, RefDay> out;
  std::string line;
  std::getline(in, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  REQUIRE(line == "date,kind,holiday_en,holiday_zh");
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, ',')) cols.push_back(col);
    REQUIRE(cols.size() == 4);
    auto d = parse_date(cols[0]);
    REQUIRE(d);
    REQUIRE((cols[1] == "rest" || cols[1] == "work"));
    out[*d] = {cols[1] == "rest", cols[3]};
  }
  return out;
}

bool weekend(Date d) {
  unsigned w = date::weekday{d}.c_encoding();
  return w == 0 || w == 6;
}

// Workday by the reference table: a listed day as listed, else the weekday rule.
std::vector<bool> reference_workdays(Date first, Date last) {
  auto table = reference_table();
  std::vector<bool> out;
  for (Date d = first; d <= last; d += date::days{1}) {
    auto it = table.find(d);
    out.push_back(it == table.end() ? !weekend(d) : !it->second.rest);
  }
  return out;
}

}  // namespace

TEST_CASE("every day 2004-2026 agrees with the reference table, with the holiday named") {
  const WorkCalendar& cal = shipped_calendar().calendar;
  CHECK(cal.first_year() == 2004);
  CHECK(cal.last_year() == 2026);
  auto table = reference_table();
  CHECK(table.size() == 766);
  int checked = 0, mismatches = 0;
  for (Date d = D("2004-01-01"); d <= D("2026-12-31"); d += date::days{1}) {
    DayAnswer a = cal.day(d);
    CHECK_FALSE(a.provisional);
    auto it = table.find(d);
    bool want_work = it == table.end() ? !weekend(d) : !it->second.rest;
    if (a.workday() != want_work) {
      ++mismatches;
      FAIL_CHECK(format_date(d), ": calendar says ", day_kind_name(a.kind), ", reference says ",
                 want_work ? "work" : "rest");
    }
    if (it != table.end() && (a.kind == DayKind::Holiday || a.kind == DayKind::MakeupWorkday)) {
      REQUIRE(a.holiday >= 0);
      CHECK_MESSAGE(cal.holidays()[static_cast<std::size_t>(a.holiday)].name.zh == it->second.holiday_zh,
                    format_date(d));
    }
    if (it != table.end() && it->second.rest) CHECK_MESSAGE(a.kind == DayKind::Holiday, format_date(d));
    if (it == table.end()) CHECK_MESSAGE((a.kind == DayKind::Workday || a.kind == DayKind::Weekend), format_date(d));
    ++checked;
  }
  CHECK(checked == 8401);
  CHECK(mismatches == 0);
}

TEST_CASE("add and between agree with a day-by-day count of the reference table") {
  const WorkCalendar& cal = shipped_calendar().calendar;
  Date first = D("2004-01-01"), last = D("2026-12-31");
  auto work = reference_workdays(first, last);
  auto idx = [&](Date d) { return static_cast<std::size_t>((d - first).count()); };
  // Total over the whole covered range, and a spot check of every 97th pair.
  std::int64_t total = 0;
  for (bool w : work) total += w;
  CHECK(cal.workdays_between(first - date::days{1}, last).count == total);
  for (Date a = first; a < last - date::days{40}; a += date::days{97}) {
    std::int64_t count = 0;
    for (Date d = a + date::days{1}; d <= a + date::days{400} && d <= last; d += date::days{1}) {
      count += work[idx(d)];
      if (work[idx(d)] && count <= 300) {
        // d is the count-th workday after a, and a the count-th before d... when a is a workday.
        CHECK(cal.add_workdays(a, count).date == d);
      }
    }
  }
  // Every start day of 2025 and 2026, N = 1, 10, 30 forwards and backwards, by brute force.
  for (Date a = D("2025-01-01"); a <= D("2026-10-31"); a += date::days{1}) {
    for (std::int64_t n : {1, 10, 30}) {
      Date d = a;
      for (std::int64_t k = 0; k < n;) {
        d += date::days{1};
        k += work[idx(d)];
      }
      CHECK_MESSAGE(cal.add_workdays(a, n).date == d, format_date(a), " + ", n);
      Date b = a;
      for (std::int64_t k = 0; k < n;) {
        b -= date::days{1};
        k += work[idx(b)];
      }
      CHECK_MESSAGE(cal.add_workdays(a, -n).date == b, format_date(a), " - ", n);
      CHECK(cal.workdays_between(a, d).count == n);
      CHECK(cal.workdays_between(d, a).count == -n);
    }
  }
}

TEST_CASE("spans across the Spring Festival and National Day, checked by hand against the notices") {
  const WorkCalendar& cal = shipped_calendar().calendar;
  // 2025 National Day and Mid-autumn: rest 10-01..10-08, make-up Sunday 09-28 and Saturday 10-11.
  CHECK(cal.add_workdays(D("2025-09-26"), 10).date == D("2025-10-16"));
  CHECK(cal.add_workdays(D("2025-10-16"), -10).date == D("2025-09-26"));
  CHECK(cal.add_workdays(D("2025-09-30"), 1).date == D("2025-10-09"));
  CHECK(cal.add_workdays(D("2025-10-09"), -1).date == D("2025-09-30"));
  CHECK(cal.workdays_between(D("2025-09-30"), D("2025-10-08")).count == 0);
  CHECK(cal.workdays_between(D("2025-09-30"), D("2025-10-11")).count == 3);
  CHECK(cal.day(D("2025-10-11")).kind == DayKind::MakeupWorkday);  // a Saturday
  CHECK(cal.day(D("2025-10-08")).kind == DayKind::Holiday);        // a Wednesday
  CHECK(cal.day(D("2025-10-12")).kind == DayKind::Weekend);
  // 2025 Spring Festival: rest 01-28..02-04, make-up Sunday 01-26 and Saturday 02-08.
  CHECK(cal.add_workdays(D("2025-01-24"), 5).date == D("2025-02-07"));
  CHECK(cal.add_workdays(D("2025-02-10"), -3).date == D("2025-02-06"));
  CHECK(cal.workdays_between(D("2025-01-27"), D("2025-02-04")).count == 0);
  // 2026: New Year 01-01..03 with make-up Sunday 01-04; 30 workdays after 2025-12-25 is 2026-02-06.
  CHECK(cal.add_workdays(D("2025-12-25"), 30).date == D("2026-02-06"));
  CHECK(cal.day(D("2026-01-04")).kind == DayKind::MakeupWorkday);
  // N = 0 is the day itself.
  CHECK(cal.add_workdays(D("2025-10-01"), 0).date == D("2025-10-01"));
  // Boundaries of the covered range.
  CHECK(cal.add_workdays(D("2026-12-30"), 1).date == D("2026-12-31"));
  CHECK(cal.add_workdays(D("2004-01-05"), -1).date == D("2004-01-02"));
}

TEST_CASE("a date the calendar does not cover is refused, or answered provisionally when asked") {
  const WorkCalendar& cal = shipped_calendar().calendar;
  const char* msg2027 = "no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory";
  CHECK_THROWS_WITH_AS(cal.add_workdays(D("2026-12-20"), 10), msg2027, InputError);
  CHECK_THROWS_WITH_AS(cal.day(D("2027-01-01")), msg2027, InputError);
  CHECK_THROWS_WITH_AS(cal.workdays_between(D("2026-12-01"), D("2027-01-02")), msg2027, InputError);
  CHECK_THROWS_WITH_AS(cal.add_workdays(D("2004-01-05"), -2),
                       "no statutory calendar for 2003: add calendars/cn/2003.yaml to the policies directory",
                       InputError);
  // The last covered day is fine; the day after is not.
  CHECK_NOTHROW(cal.day(D("2026-12-31")));
  CHECK_NOTHROW(cal.add_workdays(D("2026-12-20"), 9));  // 2026-12-31
  // Provisional: the weekend rule, and the answer says so.
  DateAnswer a = cal.add_workdays(D("2026-12-20"), 10, Coverage::Provisional);
  CHECK(a.date == D("2027-01-01"));
  CHECK(a.provisional);
  DateAnswer b = cal.add_workdays(D("2026-12-20"), 9, Coverage::Provisional);
  CHECK(b.date == D("2026-12-31"));
  CHECK_FALSE(b.provisional);
  CHECK(cal.add_workdays(D("2026-12-31"), 5, Coverage::Provisional).date == D("2027-01-07"));
  CHECK(cal.add_workdays(D("2004-01-02"), -1, Coverage::Provisional).date == D("2003-12-31"));
  CHECK(cal.day(D("2027-01-02"), Coverage::Provisional).kind == DayKind::Weekend);
  CountAnswer c = cal.workdays_between(D("2026-12-31"), D("2027-12-31"), Coverage::Provisional);
  CHECK(c.count == 261);  // 2027 has 261 weekdays
  CHECK(c.provisional);
}

TEST_CASE("an empty calendar refuses every date, or answers by the weekend rule") {
  WorkCalendar cal;
  cal.build();
  CHECK(cal.empty());
  CHECK_THROWS_WITH_AS(cal.day(D("2025-10-08")),
                       "no statutory calendar for 2025: add calendars/cn/2025.yaml to the policies directory",
                       InputError);
  CHECK(cal.day(D("2025-10-08"), Coverage::Provisional).kind == DayKind::Workday);
  CHECK(cal.add_workdays(D("2025-10-03"), 1, Coverage::Provisional).date == D("2025-10-06"));
  CHECK(cal.add_workdays(D("2025-10-06"), -1, Coverage::Provisional).date == D("2025-10-03"));
  CHECK(cal.workdays_between(D("2025-10-03"), D("2025-10-10"), Coverage::Provisional).count == 5);
}

namespace {
// The embedded calendar with only the years `first`..`last` loaded.
PolicySet calendar_years(int first, int last) {
  LoadScope scope;
  scope.guard_embedded = false;
  scope.documents = false;
  scope.calendar_years = YearSpan{first, last};
  return load_policy_set(embedded_policies(), scope);
}

YearSpan needed(const std::function<void()>& query) {
  try {
    query();
  } catch (const CalendarYearsNeeded& e) {
    return e.years;
  }
  FAIL("no CalendarYearsNeeded");
  return {};
}
}  // namespace

TEST_CASE("a calendar loaded in part answers what its years decide and asks for the rest") {
  PolicySet part = calendar_years(2024, 2025);
  const WorkCalendar& cal = part.calendar;
  REQUIRE(cal.years().size() == 2);
  // 2024 is decided by the 2024 and 2025 notices, both loaded.
  CHECK(cal.day(D("2024-10-01")).kind == DayKind::Holiday);
  CHECK(cal.add_workdays(D("2024-12-25"), 4).date == D("2024-12-31"));
  // 2025 needs the 2026 notice too (it may reach into December 2025).
  YearSpan y = needed([&] { cal.day(D("2025-06-03")); });
  CHECK((y.first == 2025 && y.last == 2025));
  // 30 workdays from 2024-12-25 reach 2025-02-12 (worked by hand in
  // tests/cli/deadline/lazy-crossing-new-year.t): 2025 is asked for.
  y = needed([&] { cal.add_workdays(D("2024-12-25"), 30); });
  CHECK((y.first == 2024 && y.last == 2025));
  // Years before the first loaded, and whether a day is covered at all.
  y = needed([&] { cal.workdays_between(D("2022-12-30"), D("2024-01-05")); });
  CHECK((y.first == 2022 && y.last == 2024));
  y = needed([&] { (void)cal.covers(D("2026-03-07")); });
  CHECK((y.first == 2026 && y.last == 2026));
  // Days outside every notice are refused as by the whole calendar, with
  // the year it names: nothing loaded would change that answer.
  PolicySet first = calendar_years(2004, 2005);
  CHECK_THROWS_WITH_AS(first.calendar.day(D("2003-12-31")),
                       "no statutory calendar for 2003: add calendars/cn/2003.yaml to the policies directory",
                       InputError);
  CHECK_FALSE(calendar_years(2026, 2026).calendar.covers(D("2027-03-07")));
}

TEST_CASE("loading the years asked for gives the whole calendar's answers and refusals") {
  PolicySet more = calendar_years(2024, 2026);  // 2024 to 2026: the last notice is 2026
  CHECK(more.calendar.add_workdays(D("2024-12-25"), 30).date == D("2025-02-12"));
  CHECK(more.calendar.day(D("2026-03-07")).kind == DayKind::Weekend);
  // 600 workdays from 2024-12-20 pass 2026 and need 2027, which no notice covers.
  PolicySet two = calendar_years(2024, 2025);
  YearSpan y = needed([&] { two.calendar.add_workdays(D("2024-12-20"), 600); });
  CHECK((y.first == 2024 && y.last == 2026));
  CHECK_THROWS_WITH_AS(more.calendar.add_workdays(D("2024-12-20"), 600),
                       "no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory",
                       InputError);
  // A count landing past the supported dates is judged by the whole calendar.
  y = needed([&] { two.calendar.add_workdays(D("2025-01-02"), -60000); });
  CHECK((y.first == 2004 && y.last == 2026));
  // Years asked outside those held load the nearest: still the same refusal.
  PolicySet late = calendar_years(2030, 2031);
  REQUIRE(late.calendar.years().size() == 1);
  CHECK(late.calendar.first_year() == 2026);
  CHECK_THROWS_WITH_AS(late.calendar.day(D("2030-01-02")),
                       "no statutory calendar for 2030: add calendars/cn/2030.yaml to the policies directory",
                       InputError);
  // A directory is read whole: no year left out.
  LoadScope scope;
  scope.calendar_years = YearSpan{2025, 2025};
  CHECK(load_policy_set(read_policy_dir(HDPOLICY_SOURCE_DIR "/policies"), scope).calendar.years().size() == 23);
}
