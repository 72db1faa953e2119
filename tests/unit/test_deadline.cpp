// Deadline rules: the Civil Code's rules on periods (第二百零一至二百零三条)
// over the statutory calendar, and the rules the policies ship.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include <nlohmann/json.hpp>

#include "hdpolicy/calendar_report.hpp"
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/deadline.hpp"
#include "hdpolicy/deadline_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"

using namespace hdpolicy;

namespace {

Date D(const char* s) { return *parse_date(s); }

const PolicySet& shipped() {
  static const PolicySet set = [] {
    std::vector<PolicyFile> files;
    for (auto& f : read_policy_dir(HDPOLICY_SOURCE_DIR "/policies"))
      if (is_calendar_file(f) || f.path == "urban-renewal.yaml" || f.path == "tech-insurance.yaml")
        files.push_back(std::move(f));
    return load_policy_set(files);
  }();
  return set;
}

const DeadlineRule& rule(const char* id) {
  const DeadlineRule* r = find_deadline_rule(shipped().deadlines, id);
  REQUIRE_MESSAGE(r, id);
  return *r;
}

DeadlineRule fixture(PeriodUnit unit, std::int64_t count, bool roll) {
  DeadlineRule r;
  r.id = "fixture";
  r.unit = unit;
  r.count = count;
  r.roll_to_workday = roll;
  return r;
}

}  // namespace

TEST_CASE("the urban-renewal and insurance rules are loaded with their periods as the gazette states them") {
  // 10个工作日内, 30个工作日内, 不得少于15个工作日, 5个工作日内, 满一年, 五年内, 支持三年.
  CHECK(rule("renewal.joint-review").unit == PeriodUnit::Workdays);
  CHECK(rule("renewal.joint-review").count == 10);
  CHECK(rule("renewal.admission-notice").count == 30);
  CHECK(rule("renewal.public-notice").count == 15);
  CHECK(rule("renewal.public-notice").bound == DeadlineBound::Earliest);
  CHECK(rule("renewal.joint-acceptance").count == 5);
  CHECK(rule("renewal.library-exit").unit == PeriodUnit::Years);
  CHECK(rule("renewal.library-exit").count == 1);
  CHECK(rule("renewal.transition-period").count == 5);
  CHECK(rule("insurance.inclusive-support").count == 3);
  CHECK(rule("insurance.inclusive-support").cite.document == "海金融发〔2025〕4号");
  CHECK(rule("renewal.admission-notice").cite.document == "海政发〔2025〕4号");
}

TEST_CASE("workday periods: the trigger day is not counted") {
  const auto& cal = shipped().calendar;
  // Received 2025-12-25 (Thu): Dec 26, 29-31 (4); 2026-01-01..03 rest; Sunday 01-04 a make-up workday (5);
  // Jan 5-30 (25); Feb 2-6 (30).
  CHECK(compute_deadline(cal, rule("renewal.admission-notice"), D("2025-12-25")).deadline == D("2026-02-06"));
  // Filed 2025-09-30: National Day 10-01..08; 10-09, 10, Saturday 10-11 (make-up), 13, 14 -> 5th is 10-14.
  CHECK(compute_deadline(cal, rule("renewal.joint-acceptance"), D("2025-09-30")).deadline == D("2025-10-14"));
  // A trigger on a rest day: counting starts with the next workday, 10-09, so the 5th is again 10-14.
  CHECK(compute_deadline(cal, rule("renewal.joint-acceptance"), D("2025-10-04")).deadline == D("2025-10-14"));
  // A trigger on the make-up Saturday: 10-13, 14, 15, 16, 17.
  CHECK(compute_deadline(cal, rule("renewal.joint-acceptance"), D("2025-10-11")).deadline == D("2025-10-17"));
}

TEST_CASE("year periods end on the corresponding day, or the month's last day (第二百零二条)") {
  const auto& cal = shipped().calendar;
  DeadlineResult r = compute_deadline(cal, rule("renewal.library-exit"), D("2024-02-29"));
  CHECK(r.period_end == D("2025-02-28"));
  CHECK(r.deadline == D("2025-02-28"));
  CHECK(compute_deadline(cal, rule("renewal.library-exit"), D("2024-02-28")).deadline == D("2025-02-28"));
  CHECK(compute_deadline(cal, rule("renewal.library-exit"), D("2024-03-01")).deadline == D("2025-03-01"));
  CHECK(compute_deadline(cal, rule("renewal.transition-period"), D("2020-02-29")).deadline == D("2025-02-28"));
  CHECK(compute_deadline(cal, rule("renewal.transition-period"), D("2021-02-28")).deadline == D("2026-02-28"));
  // Not rolled: 2025-10-01 (a holiday) stays the last day of the year period.
  DeadlineResult h = compute_deadline(cal, rule("renewal.library-exit"), D("2024-10-01"));
  CHECK(h.deadline == D("2025-10-01"));
  CHECK_FALSE(h.rolled);
}

TEST_CASE("a last day on a rest day rolls to the next workday where the rule says so (第二百零三条)") {
  const auto& cal = shipped().calendar;
  DeadlineResult days = compute_deadline(cal, fixture(PeriodUnit::Days, 1, true), D("2025-09-30"));
  CHECK(days.period_end == D("2025-10-01"));
  CHECK(days.deadline == D("2025-10-09"));
  CHECK(days.rolled);
  // A Saturday made a workday does not roll.
  DeadlineResult makeup = compute_deadline(cal, fixture(PeriodUnit::Days, 1, true), D("2025-10-10"));
  CHECK(makeup.deadline == D("2025-10-11"));
  CHECK_FALSE(makeup.rolled);
  CHECK(compute_deadline(cal, fixture(PeriodUnit::Months, 1, true), D("2025-08-31")).deadline == D("2025-09-30"));
  CHECK(compute_deadline(cal, fixture(PeriodUnit::Months, 1, true), D("2025-01-31")).deadline == D("2025-02-28"));
  CHECK(compute_deadline(cal, fixture(PeriodUnit::Years, 1, true), D("2024-10-01")).deadline == D("2025-10-09"));
  CHECK(compute_deadline(cal, fixture(PeriodUnit::Years, 1, false), D("2024-10-01")).deadline == D("2025-10-01"));
  auto skipped = skipped_rest_days(cal, fixture(PeriodUnit::Years, 1, true),
                                   compute_deadline(cal, fixture(PeriodUnit::Years, 1, true), D("2024-10-01")),
                                   Coverage::Required);
  CHECK(skipped.size() == 8);  // 2025-10-01..08
}

TEST_CASE("deadlines beyond the calendar are refused unless provisional") {
  const auto& cal = shipped().calendar;
  CHECK_THROWS_WITH_AS(compute_deadline(cal, rule("renewal.admission-notice"), D("2026-12-01")),
                       "no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory",
                       InputError);
  DeadlineResult p = compute_deadline(cal, rule("renewal.admission-notice"), D("2026-12-01"), Coverage::Provisional);
  CHECK(p.provisional);
  // Years periods that need no calendar (no roll) are exact without it.
  DeadlineResult y = compute_deadline(cal, rule("renewal.transition-period"), D("2025-07-01"));
  CHECK(y.deadline == D("2030-07-01"));
  CHECK_FALSE(y.provisional);
}

TEST_CASE("a computed date outside the supported dates is refused with its input and the range, never returned") {
  const auto& cal = shipped().calendar;
  const std::string range = ": dates run from 1900-01-01 to 2299-12-31";
  // The weekdays the cases below rest on (Python's datetime agrees).
  REQUIRE(date::weekday{D("2299-12-29")} == date::Friday);
  REQUIRE(date::weekday{D("2299-12-31")} == date::Sunday);
  REQUIRE(date::weekday{D("1900-01-01")} == date::Monday);
  // By the weekend rule the last workday is Friday 2299-12-29; the next one is Monday 2300-01-01.
  CHECK(cal.add_workdays(D("2299-12-28"), 1, Coverage::Provisional).date == D("2299-12-29"));
  CHECK_THROWS_WITH_AS(cal.add_workdays(D("2299-12-28"), 2, Coverage::Provisional),
                       ("2 workdays after 2299-12-28 falls after 2299-12-31" + range).c_str(), InputError);
  CHECK_THROWS_WITH_AS(cal.add_workdays(D("2299-12-29"), 1, Coverage::Provisional),
                       ("1 workday after 2299-12-29 falls after 2299-12-31" + range).c_str(), InputError);
  CHECK_THROWS_WITH_AS(cal.add_workdays(D("2299-12-29"), 5, Coverage::Required),
                       ("5 workdays after 2299-12-29 falls after 2299-12-31" + range).c_str(), InputError);
  // Monday 1900-01-01 is the first workday: one before Tuesday 1900-01-02 is it; two are in 1899.
  CHECK(cal.add_workdays(D("1900-01-02"), -1, Coverage::Provisional).date == D("1900-01-01"));
  CHECK_THROWS_WITH_AS(cal.add_workdays(D("1900-01-02"), -2, Coverage::Provisional),
                       ("2 workdays before 1900-01-02 falls before 1900-01-01" + range).c_str(), InputError);
  // Counts no int could hold, and the most negative one, are refused before any arithmetic on them.
  CHECK_THROWS_WITH_AS(cal.add_workdays(D("2025-01-01"), 1'000'000'000'000, Coverage::Provisional),
                       ("1000000000000 workdays after 2025-01-01 falls after 2299-12-31" + range).c_str(), InputError);
  CHECK_THROWS_WITH_AS(
      cal.add_workdays(D("2025-01-01"), std::numeric_limits<std::int64_t>::min(), Coverage::Provisional),
      ("9223372036854775808 workdays before 2025-01-01 falls before 1900-01-01" + range).c_str(), InputError);
  // Periods in days, months and years; a roll to a workday past the last date is refused too.
  CHECK(compute_deadline(cal, fixture(PeriodUnit::Years, 5, false), D("2294-12-31")).deadline == D("2299-12-31"));
  CHECK_THROWS_WITH_AS(compute_deadline(cal, rule("renewal.transition-period"), D("2295-01-01")),
                       ("the period of 5 years from 2295-01-01 falls after 2299-12-31" + range).c_str(), InputError);
  CHECK_THROWS_WITH_AS(compute_deadline(cal, fixture(PeriodUnit::Days, 3, false), D("2299-12-29")),
                       ("the period of 3 days from 2299-12-29 falls after 2299-12-31" + range).c_str(), InputError);
  CHECK_THROWS_WITH_AS(
      compute_deadline(cal, fixture(PeriodUnit::Days, 1, true), D("2299-12-29"), Coverage::Provisional),
      ("1 workday after 2299-12-30 falls after 2299-12-31" + range).c_str(), InputError);
  CHECK_THROWS_WITH_AS(compute_deadline(cal, fixture(PeriodUnit::Months, 10000, false), D("2025-01-01")),
                       ("the period of 10000 months from 2025-01-01 falls after 2299-12-31" + range).c_str(),
                       InputError);
  CHECK_THROWS_WITH_AS(compute_deadline(cal, fixture(PeriodUnit::Years, 1'000'000'000'000, false), D("2025-01-01")),
                       ("the period of 1000000000000 years from 2025-01-01 falls after 2299-12-31" + range).c_str(),
                       InputError);
}

TEST_CASE("the deadline and workdays case runners produce the CLI's JSON") {
  auto j = run_deadline_case(shipped(), {{"rule", "renewal.admission-notice"}, {"from", "2025-12-25"}}, Lang::En);
  CHECK(j["deadline"] == "2026-02-06");
  CHECK(j["unit"] == "workdays");
  CHECK(j["count"] == 30);
  CHECK(j["provisional"] == false);
  CHECK(j["cite"]["document"] == "海政发〔2025〕4号");
  CHECK(j["cite"]["article"] == "三、(一) 3. 入库确认");
  auto w = run_workdays_case(shipped(), {{"op", "add"}, {"date", "2025-09-26"}, {"n", "10"}}, Lang::En);
  CHECK(w["result"] == "2025-10-16");
  auto is = run_workdays_case(shipped(), {{"op", "is"}, {"date", "2025-10-08"}}, Lang::En);
  CHECK(is["workday"] == false);
  CHECK(is["kind"] == "holiday");
  CHECK(is["holiday"]["zh"] == "国庆节、中秋节");
  CHECK_THROWS_WITH_AS(run_workdays_case(shipped(), {{"op", "add"}, {"date", "2025-02-30"}, {"n", "1"}}, Lang::En),
                       doctest::Contains("date: '2025-02-30' is not accepted"), InputError);
  CHECK_THROWS_WITH_AS(
      run_deadline_case(shipped(), {{"rule", "renewal.nope"}, {"from", "2025-01-01"}}, Lang::En),
      doctest::Contains(
          "rule: 'renewal.nope' is not accepted: one of insurance.inclusive-support, renewal.joint-review"),
      InputError);
}

TEST_CASE("deadline rule loader errors name the line") {
  PolicyFile f{"x.yaml", "x.yaml",
               "document:\n"
               "  number: 测试〔2025〕1号\n"
               "  title: t\n"
               "  issuer: i\n"
               "  issued: 2025-01-01\n"
               "  effective: {from: 2025-01-01, to: 2025-12-31, cite: {article: 一, quote: q}}\n"
               "deadlines:\n"
               "  - {id: a, zh: 甲, en: a, trigger: {zh: 甲, en: a}, unit: weeks, count: 2, roll_to_workday: false, "
               "cite: {article: 一, quote: q}}\n"
               "  - {id: b, zh: 乙, en: b, trigger: {zh: 乙, en: b}, unit: days, count: 0, roll_to_workday: false, "
               "cite: {article: 一, quote: q}}\n"
               "  - {id: c, zh: 丙, en: c, trigger: {zh: 丙, en: c}, unit: days, count: 3, roll_to_workday: maybe, "
               "cite: {article: 一, quote: q}}\n"};
  Diagnostics d;
  load_policy_set({f}, d);
  auto has = [&](int line, const char* part) {
    for (const auto& x : d)
      if (x.line == line && x.message.find(part) != std::string::npos) return true;
    return false;
  };
  CHECK(has(8, "'weeks' is not a unit"));
  CHECK(has(9, "count: 0 is not a period length"));
  CHECK(has(10, "'maybe' is not true or false"));
}
