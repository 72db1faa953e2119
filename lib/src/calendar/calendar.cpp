#include "hdpolicy/calendar.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"

namespace hdpolicy {
namespace {

std::int64_t day_number(Date d) { return d.time_since_epoch().count(); }
Date from_day_number(std::int64_t n) { return Date{date::days{static_cast<int>(n)}}; }

// The weekend rule in closed form. 1970-01-05 (day 4) is a Monday; weekdays
// in [that Monday, x) number 5 per whole week plus the weekdays of the rest.
constexpr std::int64_t kMonday = 4;
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::int64_t weekday_rank(std::int64_t x) {
  std::int64_t k = x - kMonday;
  std::int64_t q = floor_div(k, 7);
  return 5 * q + std::min<std::int64_t>(k - 7 * q, 5);
}

// The weekday t (Monday..Friday) with weekday_rank(t) == v.
std::int64_t weekday_with_rank(std::int64_t v) {
  std::int64_t q = floor_div(v, 5);
  return kMonday + 7 * q + (v - 5 * q);
}

bool is_weekend(Date d) {
  unsigned wd = date::weekday{d}.c_encoding();  // 0 Sunday .. 6 Saturday
  return wd == 0 || wd == 6;
}

}  // namespace

const char* day_kind_name(DayKind k) {
  switch (k) {
    case DayKind::Workday:
      return "workday";
    case DayKind::Weekend:
      return "weekend";
    case DayKind::Holiday:
      return "holiday";
    case DayKind::MakeupWorkday:
      return "makeup";
  }
  return "workday";
}

std::string uncovered_year_message(int year) {
  return fmt::format("no statutory calendar for {}: add calendars/cn/{}.yaml to the policies directory", year, year);
}

void WorkCalendar::add_year(CalendarYear year, std::vector<HolidayPeriod> holidays) {
  years_.push_back(std::move(year));
  for (auto& h : holidays) holidays_.push_back(std::move(h));
}

const CalendarYear* WorkCalendar::year(int y) const {
  for (const auto& cy : years_)
    if (cy.year == y) return &cy;
  return nullptr;
}

void WorkCalendar::build() {
  std::sort(years_.begin(), years_.end(), [](const CalendarYear& a, const CalendarYear& b) { return a.year < b.year; });
  std::stable_sort(holidays_.begin(), holidays_.end(),
                   [](const HolidayPeriod& a, const HolidayPeriod& b) { return a.from < b.from; });
  days_.clear();
  prefix_.assign(1, 0);
  if (years_.empty()) {
    first_year_ = last_year_ = 0;
    begin_ = end_ = answered_end_ = Date{};
    available_ = {};
    partial_ = false;
    return;
  }
  first_year_ = years_.front().year;
  last_year_ = years_.back().year;
  begin_ = make_date(first_year_, 1, 1);
  end_ = make_date(last_year_ + 1, 1, 1);
  if (available_.first == 0) available_ = {first_year_, last_year_};
  partial_ = available_.first < first_year_ || available_.last > last_year_;
  available_begin_ = make_date(available_.first, 1, 1);
  available_end_ = make_date(available_.last + 1, 1, 1);
  // The last year loaded answers only when the next year's notice, which
  // may reach into its December, is loaded too or does not exist.
  answered_end_ = last_year_ < available_.last ? make_date(last_year_, 1, 1) : end_;
  auto count = static_cast<std::size_t>((end_ - begin_).count());
  days_.resize(count);
  for (std::size_t i = 0; i < count; ++i)
    days_[i] = {is_weekend(begin_ + date::days{static_cast<int>(i)}) ? DayKind::Weekend : DayKind::Workday, -1};
  auto mark = [&](Date d, DayKind kind, std::int32_t holiday) {
    if (loaded(d)) days_[static_cast<std::size_t>((d - begin_).count())] = {kind, holiday};
  };
  for (std::size_t h = 0; h < holidays_.size(); ++h) {
    const auto& period = holidays_[h];
    for (Date d = period.from; d <= period.to; d += date::days{1})
      mark(d, DayKind::Holiday, static_cast<std::int32_t>(h));
    for (Date d : period.workdays) mark(d, DayKind::MakeupWorkday, static_cast<std::int32_t>(h));
  }
  prefix_.resize(count + 1);
  for (std::size_t i = 0; i < count; ++i) {
    bool work = days_[i].kind == DayKind::Workday || days_[i].kind == DayKind::MakeupWorkday;
    prefix_[i + 1] = prefix_[i] + (work ? 1 : 0);
  }
}

void WorkCalendar::need_loaded(Date lo, Date hi) const {
  if (!partial_) return;
  const Date a = std::max(lo, available_begin_), b = std::min(hi, available_end_ - date::days{1});
  if (a > b || (a >= begin_ && b < answered_end_)) return;
  throw CalendarYearsNeeded({year_of(a), year_of(b)});
}

bool WorkCalendar::covers(Date d) const {
  need_loaded(d, d);
  return loaded(d);
}

bool WorkCalendar::check_span(Date lo, Date hi, Coverage c) const {
  // Past need_loaded, a span leaving the years loaded leaves the available
  // ones on that side too: the refusal names the year the whole calendar would.
  need_loaded(lo, hi);
  if (!empty() && lo >= begin_ && hi < end_) return false;
  if (c == Coverage::Provisional) return true;
  int year = 0;
  if (empty())
    year = year_of(lo);
  else if (hi >= end_)
    year = year_of(std::max(lo, end_));
  else
    year = year_of(std::min(hi, begin_ - date::days{1}));
  throw InputError(uncovered_year_message(year));
}

std::int64_t WorkCalendar::rank(Date x) const {
  std::int64_t n = day_number(x);
  if (x < begin_) return weekday_rank(n) - weekday_rank(day_number(begin_));
  if (x > end_) return prefix_.back() + weekday_rank(n) - weekday_rank(day_number(end_));
  return prefix_[static_cast<std::size_t>((x - begin_).count())];
}

std::int64_t WorkCalendar::workday_with_rank(std::int64_t j) const {
  std::int64_t total = prefix_.back();
  if (j < 0) return weekday_with_rank(j + weekday_rank(day_number(begin_)));
  if (j >= total) return weekday_with_rank(j - total + weekday_rank(day_number(end_)));
  // The first i with prefix_[i] > j: day begin_ + i - 1 is that workday.
  auto it = std::upper_bound(prefix_.begin(), prefix_.end(), static_cast<std::int32_t>(j));
  return day_number(begin_) + (it - prefix_.begin() - 1);
}

DayAnswer WorkCalendar::day(Date d, Coverage c) const {
  if (!empty() && d >= begin_ && d < answered_end_) {
    const DayEntry& e = days_[static_cast<std::size_t>((d - begin_).count())];
    return {e.kind, e.holiday, false};
  }
  check_span(d, d, c);
  return {is_weekend(d) ? DayKind::Weekend : DayKind::Workday, -1, true};
}

DateAnswer WorkCalendar::add_workdays(Date from, std::int64_t n, Coverage c) const {
  if (n == 0) return {from, check_span(from, from, c)};
  // The answer must be a supported date. More workdays than the supported
  // range has days lands outside it for certain (and is refused before the
  // arithmetic on n could overflow); otherwise the day is computed, then judged.
  constexpr std::int64_t kSupportedDays = (kLastSupportedDate - kFirstSupportedDate).count() + 1;
  const bool far = n > kSupportedDays || n < -kSupportedDays;
  const std::int64_t target = far     ? 0
                              : n > 0 ? workday_with_rank(rank(from + date::days{1}) + n - 1)
                                      : workday_with_rank(rank(from) + n);
  if (far || target < day_number(kFirstSupportedDate) || target > day_number(kLastSupportedDate)) {
    // Counted over the years loaded, the day may differ from the whole calendar's.
    if (!far && partial_) throw CalendarYearsNeeded(available_);
    const std::uint64_t count =
        n > 0 ? static_cast<std::uint64_t>(n) : 0 - static_cast<std::uint64_t>(n);  // |INT64_MIN| too
    refuse_computed_date(
        fmt::format("{} workday{} {} {}", count, count == 1 ? "" : "s", n > 0 ? "after" : "before", format_date(from)),
        n > 0);
  }
  const Date t = from_day_number(target);
  if (n > 0) return {t, check_span(from + date::days{1}, t, c)};
  return {t, check_span(t, from - date::days{1}, c)};
}

CountAnswer WorkCalendar::workdays_between(Date a, Date b, Coverage c) const {
  bool provisional = a == b ? check_span(a, a, c) : check_span(std::min(a, b) + date::days{1}, std::max(a, b), c);
  return {rank(b + date::days{1}) - rank(a + date::days{1}), provisional};
}

DateAnswer WorkCalendar::next_workday_on_or_after(Date d, Coverage c) const {
  DayAnswer here = day(d, c);
  if (here.workday()) return {d, here.provisional};
  DateAnswer next = add_workdays(d, 1, c);
  next.provisional = next.provisional || here.provisional;
  return next;
}

}  // namespace hdpolicy
