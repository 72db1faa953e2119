// China's statutory working-day calendar: the State Council's yearly
// arrangements (holiday periods and make-up workdays), compiled once into a
// per-day table and a prefix count of workdays, so that every query is O(1)
// or O(log n) and allocates nothing. Outside the years covered a query is
// refused, unless the caller accepts the weekend rule as a provisional answer.
#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include "hdpolicy/citation.hpp"
#include "hdpolicy/dates.hpp"

namespace hdpolicy {

enum class DayKind : std::uint8_t {
  Workday,        // Monday to Friday, nothing arranged
  Weekend,        // Saturday or Sunday, nothing arranged
  Holiday,        // a rest day of a holiday period (weekends inside it included)
  MakeupWorkday,  // a Saturday or Sunday made a workday (调休上班)
};

const char* day_kind_name(DayKind k);  // workday, weekend, holiday, makeup

// One holiday period of a yearly notice.
struct HolidayPeriod {
  Text name;                   // {zh: 春节, en: Spring Festival}
  Date from{}, to{};           // first and last rest day
  std::vector<Date> workdays;  // its make-up workdays
  int year = 0;                // the notice's year
  std::string file;            // where it is defined, for diagnostics
  int line = 0, column = 0;
};

// One yearly notice, as loaded from calendars/cn/YYYY.yaml.
struct CalendarYear {
  int year = 0;
  std::string notice;                // 国务院办公厅关于2025年部分节假日安排的通知
  std::vector<std::string> sources;  // web addresses of the notice(s)
  std::string file;
  int line = 0, column = 0;  // of `year:`
};

// Whether a query may answer with the weekend rule where no notice is known.
enum class Coverage : std::uint8_t { Required, Provisional };

struct DayAnswer {
  DayKind kind = DayKind::Workday;
  std::int32_t holiday = -1;  // index into holidays() for Holiday and MakeupWorkday
  bool provisional = false;   // answered by the weekend rule (year not covered)
  bool workday() const { return kind == DayKind::Workday || kind == DayKind::MakeupWorkday; }
};

struct DateAnswer {
  Date date{};
  bool provisional = false;
};

struct CountAnswer {
  std::int64_t count = 0;
  bool provisional = false;
};

// A span of calendar years, both included.
struct YearSpan {
  int first = 0, last = 0;
};

// Thrown by a query of a calendar loaded in part (set_available_years) when
// the answer rests on a notice that was not loaded: the caller loads `years`
// too and asks again. Never seen by a user: no answer or error depends on
// which years happened to be loaded.
struct CalendarYearsNeeded : std::exception {
  explicit CalendarYearsNeeded(YearSpan y) : years(y) {}
  YearSpan years;
  const char* what() const noexcept override { return "calendar years needed that were not loaded"; }
};

class WorkCalendar {
 public:
  // Loading: add each notice, then build() once. The years must be
  // contiguous (the loader checks). Holiday periods and make-up days outside
  // the covered years are kept for display but change no answer (those
  // years are refused, or answered by the weekend rule).
  void add_year(CalendarYear year, std::vector<HolidayPeriod> holidays);
  void build();
  // Loading in part, for start-up time: the policies hold the notices of
  // `available` (contiguous), of which only the years added are loaded.
  // Call before build(). A day's answer rests on its own year's notice and on
  // the next year's (a period or make-up workday may begin in December), so
  // a query touching a day of an available year whose notice, or the next
  // year's, was not loaded throws CalendarYearsNeeded; every other answer and
  // error is the one the whole calendar gives.
  void set_available_years(YearSpan available) { available_ = available; }

  bool empty() const { return years_.empty(); }
  int first_year() const { return first_year_; }  // 0 when empty
  int last_year() const { return last_year_; }
  // Whether the calendar answers for `d` from a notice rather than refusing.
  // Throws CalendarYearsNeeded when that depends on a year not loaded.
  bool covers(Date d) const;
  const std::vector<CalendarYear>& years() const { return years_; }
  const std::vector<HolidayPeriod>& holidays() const { return holidays_; }  // sorted by date
  const CalendarYear* year(int y) const;

  // Throws InputError "no statutory calendar for Y: ..." for an uncovered day
  // unless coverage is Provisional.
  DayAnswer day(Date d, Coverage c = Coverage::Required) const;
  bool is_workday(Date d, Coverage c = Coverage::Required) const { return day(d, c).workday(); }

  // The n-th workday after `from` (n > 0), before it (n < 0), or `from` itself (n == 0).
  // The day `from` is never counted (民法典 第二百零一条). An answer outside
  // the supported dates (dates.hpp) throws InputError naming n, `from` and the range.
  DateAnswer add_workdays(Date from, std::int64_t n, Coverage c = Coverage::Required) const;
  // Workdays in (a, b]; negative when b < a (the workdays in (b, a], negated).
  CountAnswer workdays_between(Date a, Date b, Coverage c = Coverage::Required) const;
  // `d` when it is a workday, else the first workday after it (第二百零三条).
  DateAnswer next_workday_on_or_after(Date d, Coverage c = Coverage::Required) const;

 private:
  struct DayEntry {
    DayKind kind;
    std::int32_t holiday;
  };
  // Workdays in [begin_, x) for any x; negative before begin_. Uses the
  // weekend rule outside the covered range.
  std::int64_t rank(Date x) const;
  // The workday t with rank(t) == j, as days since 1970-01-01 (it may lie
  // outside the supported dates, which a Date is not asked to hold).
  std::int64_t workday_with_rank(std::int64_t j) const;
  // Refuses (or marks provisional) when [lo, hi] leaves the covered range.
  bool check_span(Date lo, Date hi, Coverage c) const;
  // Throws CalendarYearsNeeded when [lo, hi] touches a day of an available
  // year that the years loaded do not answer for.
  void need_loaded(Date lo, Date hi) const;
  bool loaded(Date d) const { return d >= begin_ && d < end_; }

  std::vector<CalendarYear> years_;
  std::vector<HolidayPeriod> holidays_;
  int first_year_ = 0, last_year_ = 0;
  Date begin_{}, end_{};                      // [1 January first_year, 1 January last_year + 1)
  YearSpan available_{};                      // {0, 0}: the years loaded are all there are
  Date available_begin_{}, available_end_{};  // the same as days, [begin, end)
  Date answered_end_{};                       // end_, or 1 January last_year when last_year + 1 was not loaded
  bool partial_ = false;                      // some available year was not loaded
  std::vector<DayEntry> days_;                // one per covered day
  std::vector<std::int32_t> prefix_;          // prefix_[i]: workdays in [begin_, begin_ + i)
};

// "no statutory calendar for 2027: add calendars/cn/2027.yaml to the policies directory"
std::string uncovered_year_message(int year);

}  // namespace hdpolicy
