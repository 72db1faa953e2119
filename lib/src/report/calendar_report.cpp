#include "hdpolicy/calendar_report.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {
namespace {

std::string holiday_label(const HolidayPeriod& h, Lang l) {
  return zh(l) ? h.name.zh : fmt::format("{} ({})", h.name.en, h.name.zh);
}

// "2025-10-01 to 2025-10-08", or the one day of a one-day period.
std::string period_dates(const HolidayPeriod& h, Lang l) {
  if (h.from == h.to) return format_date(h.from);
  return format_date(h.from) + (zh(l) ? "至" : " to ") + format_date(h.to);
}

std::string provisional_note(const WorkCalendar& cal, Date lo, Date hi, Lang l) {
  std::string years = uncovered_years(cal, lo, hi);
  if (zh(l)) return fmt::format("暂定:{}年无法定节假日安排,按周末规则计算", years);
  return fmt::format("provisional: no statutory calendar for {}, weekend rule used", years);
}

}  // namespace

std::int64_t input_workday_count(std::string_view text, std::string_view field) {
  std::string_view digits = text;
  bool negative = !digits.empty() && digits.front() == '-';
  if (negative) digits.remove_prefix(1);
  auto v = parse_count(digits);
  if (!v || *v > kMaxWorkdays)
    throw bad_value(std::string(field), std::string(text),
                    fmt::format("a whole number of workdays from -{} to {} (e.g. 10, or -5 for before)", kMaxWorkdays,
                                kMaxWorkdays));
  return negative ? -*v : *v;
}

std::string uncovered_years(const WorkCalendar& cal, Date lo, Date hi) {
  int a = year_of(lo), b = year_of(hi);
  auto range = [](int x, int y) { return x == y ? fmt::format("{}", x) : fmt::format("{}-{}", x, y); };
  if (cal.empty()) return range(a, b);
  std::string out;
  if (a < cal.first_year()) out = range(a, std::min(b, cal.first_year() - 1));
  if (b > cal.last_year()) out += (out.empty() ? "" : ", ") + range(std::max(a, cal.last_year() + 1), b);
  return out;
}

std::string day_reason(const WorkCalendar& cal, Date d, const DayAnswer& a, Lang l) {
  const HolidayPeriod* h = a.holiday >= 0 ? &cal.holidays()[static_cast<std::size_t>(a.holiday)] : nullptr;
  std::string reason;
  switch (a.kind) {
    case DayKind::Workday:
      reason = zh(l) ? fmt::format("{},工作日", weekday_name(d, l))
                     : fmt::format("{}, an ordinary workday", weekday_name(d, l));
      break;
    case DayKind::Weekend:
      reason = zh(l) ? fmt::format("{},周末休息日", weekday_name(d, l))
                     : fmt::format("{}, a weekend rest day", weekday_name(d, l));
      break;
    case DayKind::Holiday:
      reason = zh(l) ? fmt::format("{},{}假期({})", weekday_name(d, l), h->name.zh, period_dates(*h, l))
                     : fmt::format("{}, {} holiday, {}", weekday_name(d, l), holiday_label(*h, l), period_dates(*h, l));
      break;
    case DayKind::MakeupWorkday:
      reason = zh(l) ? fmt::format("{},{}调休上班", weekday_name(d, l), h->name.zh)
                     : fmt::format("{}, a make-up workday for {}", weekday_name(d, l), holiday_label(*h, l));
      break;
  }
  if (a.provisional) {
    std::string note = provisional_note(cal, d, d, l);
    reason += zh(l) ? fmt::format("({})", note) : fmt::format(" ({})", note);
  }
  return reason;
}

nlohmann::ordered_json workdays_json(const WorkCalendar& cal, const WorkdaysRequest& req, Lang l) {
  nlohmann::ordered_json j;
  switch (req.op) {
    case WorkdaysOp::Add: {
      DateAnswer a = cal.add_workdays(req.date, req.n, req.coverage);
      j["op"] = "add";
      j["date"] = format_date(req.date);
      j["n"] = req.n;
      j["result"] = format_date(a.date);
      j["provisional"] = a.provisional;
      if (a.provisional) j["note"] = provisional_note(cal, std::min(a.date, req.date), std::max(a.date, req.date), l);
      break;
    }
    case WorkdaysOp::Between: {
      CountAnswer a = cal.workdays_between(req.from, req.to, req.coverage);
      j["op"] = "between";
      j["from"] = format_date(req.from);
      j["to"] = format_date(req.to);
      j["workdays"] = a.count;
      j["provisional"] = a.provisional;
      if (a.provisional) j["note"] = provisional_note(cal, std::min(req.from, req.to), std::max(req.from, req.to), l);
      break;
    }
    case WorkdaysOp::Is: {
      DayAnswer a = cal.day(req.date, req.coverage);
      j["op"] = "is";
      j["date"] = format_date(req.date);
      j["workday"] = a.workday();
      j["kind"] = day_kind_name(a.kind);
      j["weekday"] = weekday_name(req.date, Lang::En);
      if (a.holiday >= 0) {
        const auto& h = cal.holidays()[static_cast<std::size_t>(a.holiday)];
        j["holiday"] = {{"zh", h.name.zh}, {"en", h.name.en}, {"from", format_date(h.from)}, {"to", format_date(h.to)}};
      } else {
        j["holiday"] = nullptr;
      }
      j["reason"] = day_reason(cal, req.date, a, l);
      j["provisional"] = a.provisional;
      break;
    }
    case WorkdaysOp::List: {
      if (req.to < req.from)
        throw InputError(fmt::format("workdays list: the end {} is before the start {}: give the earlier date first",
                                     format_date(req.to), format_date(req.from)));
      CountAnswer span = cal.workdays_between(req.from - date::days{1}, req.to, req.coverage);
      nlohmann::ordered_json days = nlohmann::ordered_json::array();
      for (Date d = req.from; d <= req.to; d += date::days{1})
        if (cal.day(d, req.coverage).workday()) days.push_back(format_date(d));
      j["op"] = "list";
      j["from"] = format_date(req.from);
      j["to"] = format_date(req.to);
      j["count"] = span.count;
      j["provisional"] = span.provisional;
      if (span.provisional) j["note"] = provisional_note(cal, req.from, req.to, l);
      j["workdays"] = std::move(days);
      break;
    }
  }
  return j;
}

std::string workdays_text(const WorkCalendar& cal, const WorkdaysRequest& req, Lang l) {
  auto mark = [&](bool provisional, Date lo, Date hi) {
    return provisional ? fmt::format(" ({})", provisional_note(cal, lo, hi, l)) : std::string();
  };
  switch (req.op) {
    case WorkdaysOp::Add: {
      DateAnswer a = cal.add_workdays(req.date, req.n, req.coverage);
      return format_date(a.date) + mark(a.provisional, std::min(a.date, req.date), std::max(a.date, req.date)) + "\n";
    }
    case WorkdaysOp::Between: {
      CountAnswer a = cal.workdays_between(req.from, req.to, req.coverage);
      return fmt::format("{}{}\n", a.count,
                         mark(a.provisional, std::min(req.from, req.to), std::max(req.from, req.to)));
    }
    case WorkdaysOp::Is: {
      DayAnswer a = cal.day(req.date, req.coverage);
      if (zh(l))
        return fmt::format("{} {}:{}\n", format_date(req.date), a.workday() ? "是工作日" : "是休息日",
                           day_reason(cal, req.date, a, l));
      return fmt::format("{} is a {}: {}\n", format_date(req.date), a.workday() ? "workday" : "rest day",
                         day_reason(cal, req.date, a, l));
    }
    case WorkdaysOp::List: {
      if (req.to < req.from)
        throw InputError(fmt::format("workdays list: the end {} is before the start {}: give the earlier date first",
                                     format_date(req.to), format_date(req.from)));
      cal.workdays_between(req.from - date::days{1}, req.to, req.coverage);  // refuses uncovered years up front
      std::string out;
      for (Date d = req.from; d <= req.to; d += date::days{1}) {
        DayAnswer a = cal.day(d, req.coverage);
        if (!a.workday()) continue;
        out += format_date(d);
        out += a.provisional ? " provisional\n" : "\n";
      }
      return out;
    }
  }
  return {};
}

// ---- month grid -----------------------------------------------------------

std::string month_grid(const WorkCalendar& cal, int year, unsigned month, bool colour, Coverage coverage, Lang l) {
  Date first = make_date(year, month, 1);
  Date last = add_months_clamped(first, 1) - date::days{1};
  bool provisional = cal.workdays_between(first - date::days{1}, last, coverage).provisional;
  static constexpr const char* kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                              "July",    "August",   "September", "October", "November", "December"};
  std::string title = zh(l) ? fmt::format("{}年{}月", year, month) : fmt::format("{} {}", kMonthsEn[month - 1], year);
  std::string out;
  // The title is centred over the 28-column grid (CJK characters take two columns).
  std::size_t width = zh(l) ? fmt::format("{}{}", year, month).size() + 4 : title.size();
  out += std::string(width < 28 ? (28 - width) / 2 : 0, ' ') + title + "\n";
  out += zh(l) ? " 一  二  三  四  五  六  日\n" : " Mo  Tu  We  Th  Fr  Sa  Su\n";
  unsigned lead = (date::weekday{first}.c_encoding() + 6) % 7;  // Monday first
  std::string line(lead * 4, ' ');
  std::vector<std::int32_t> shown;  // holidays named in the legend
  for (Date d = first; d <= last; d += date::days{1}) {
    DayAnswer a = cal.day(d, coverage);
    unsigned dom = static_cast<unsigned>(date::year_month_day{d}.day());
    char marker = a.kind == DayKind::Holiday ? '*' : a.kind == DayKind::MakeupWorkday ? '+' : ' ';
    std::string cell = fmt::format("{:>3}{}", dom, marker);
    if (colour) {
      const char* code = a.kind == DayKind::Holiday         ? "\x1b[1;31m"
                         : a.kind == DayKind::Weekend       ? "\x1b[31m"
                         : a.kind == DayKind::MakeupWorkday ? "\x1b[1;34m"
                                                            : "";
      if (*code) cell = fmt::format("{}{:>3}{}\x1b[0m", code, dom, marker);
    }
    line += cell;
    if (a.holiday >= 0 && std::find(shown.begin(), shown.end(), a.holiday) == shown.end()) shown.push_back(a.holiday);
    if (date::weekday{d}.c_encoding() == 0) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
      line.clear();
    }
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (!line.empty()) out += line + "\n";
  out += "\n";
  out += zh(l) ? "* 法定节假日休息  + 调休上班  六、日 周末休息\n"
               : "* holiday rest day  + make-up workday  Sa Su weekend rest days\n";
  for (auto idx : shown) {
    const auto& h = cal.holidays()[static_cast<std::size_t>(idx)];
    std::string works;
    for (Date w : h.workdays) works += (works.empty() ? "" : zh(l) ? "、" : ", ") + format_date(w);
    if (zh(l)) {
      out += fmt::format("  {}:{}放假", h.name.zh, period_dates(h, l));
      if (!works.empty()) out += fmt::format(",{}上班", works);
      out += "\n";
    } else {
      out += fmt::format("  {}: rest {}", holiday_label(h, l), period_dates(h, l));
      if (!works.empty()) out += fmt::format("; make-up workdays {}", works);
      out += "\n";
    }
  }
  if (provisional) out += "  " + provisional_note(cal, first, last, l) + "\n";
  return out;
}

nlohmann::ordered_json month_json(const WorkCalendar& cal, int year, unsigned month, Coverage coverage, Lang l) {
  Date first = make_date(year, month, 1);
  Date last = add_months_clamped(first, 1) - date::days{1};
  CountAnswer span = cal.workdays_between(first - date::days{1}, last, coverage);
  nlohmann::ordered_json j;
  j["month"] = fmt::format("{:04}-{:02}", year, month);
  j["workdays"] = span.count;
  j["provisional"] = span.provisional;
  nlohmann::ordered_json days = nlohmann::ordered_json::array();
  std::vector<std::int32_t> shown;
  for (Date d = first; d <= last; d += date::days{1}) {
    DayAnswer a = cal.day(d, coverage);
    nlohmann::ordered_json day{{"date", format_date(d)}, {"workday", a.workday()}, {"kind", day_kind_name(a.kind)}};
    if (a.holiday >= 0) {
      day["holiday"] = cal.holidays()[static_cast<std::size_t>(a.holiday)].name.in(zh(l));
      if (std::find(shown.begin(), shown.end(), a.holiday) == shown.end()) shown.push_back(a.holiday);
    }
    days.push_back(std::move(day));
  }
  j["days"] = std::move(days);
  nlohmann::ordered_json holidays = nlohmann::ordered_json::array();
  for (auto idx : shown) {
    const auto& h = cal.holidays()[static_cast<std::size_t>(idx)];
    nlohmann::ordered_json works = nlohmann::ordered_json::array();
    for (Date w : h.workdays) works.push_back(format_date(w));
    holidays.push_back({{"zh", h.name.zh},
                        {"en", h.name.en},
                        {"from", format_date(h.from)},
                        {"to", format_date(h.to)},
                        {"makeup_workdays", std::move(works)}});
  }
  j["holidays"] = std::move(holidays);
  return j;
}

// ---- iCalendar ------------------------------------------------------------

namespace {

std::string ics_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// Content lines longer than 75 octets are folded (RFC 5545 3.1), never
// inside a UTF-8 sequence.
void ics_line(std::string& out, const std::string& line) {
  std::size_t pos = 0, limit = 75;
  while (line.size() - pos > limit) {
    std::size_t cut = pos + limit;
    while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(pos, cut - pos) + "\r\n ";
    pos = cut;
    limit = 74;  // the leading space counts
  }
  out += line.substr(pos) + "\r\n";
}

std::string ics_date(Date d) {
  date::year_month_day ymd{d};
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

}  // namespace

std::string year_ics(const WorkCalendar& cal, int year) {
  const CalendarYear* notice = cal.year(year);
  if (!notice) throw InputError(uncovered_year_message(year));
  std::string out;
  ics_line(out, "BEGIN:VCALENDAR");
  ics_line(out, "VERSION:2.0");
  ics_line(out, "PRODID:-//hdpolicy//China statutory working-day calendar//EN");
  ics_line(out, "CALSCALE:GREGORIAN");
  ics_line(out, "METHOD:PUBLISH");
  ics_line(out, fmt::format("X-WR-CALNAME:{}",
                            ics_text(fmt::format("{}年法定节假日 China statutory holidays {}", year, year))));
  // Fixed stamp: the export of one notice is byte-for-byte reproducible.
  std::string stamp = fmt::format("DTSTAMP:{}0101T000000Z", year);
  std::string source = notice->sources.empty() ? notice->notice : notice->notice + " " + notice->sources.front();
  for (const auto& h : cal.holidays()) {
    if (h.year != year) continue;
    ics_line(out, "BEGIN:VEVENT");
    ics_line(out, fmt::format("UID:cn-holiday-{}@hdpolicy", ics_date(h.from)));
    ics_line(out, stamp);
    ics_line(out, fmt::format("DTSTART;VALUE=DATE:{}", ics_date(h.from)));
    ics_line(out, fmt::format("DTEND;VALUE=DATE:{}", ics_date(h.to + date::days{1})));  // exclusive
    ics_line(out, fmt::format("SUMMARY:{}", ics_text(fmt::format("{}放假 {} (rest)", h.name.zh, h.name.en))));
    ics_line(out, fmt::format("DESCRIPTION:{}", ics_text(source)));
    ics_line(out, "CATEGORIES:HOLIDAY");
    ics_line(out, "TRANSP:TRANSPARENT");
    ics_line(out, "END:VEVENT");
    for (Date w : h.workdays) {
      ics_line(out, "BEGIN:VEVENT");
      ics_line(out, fmt::format("UID:cn-makeup-workday-{}@hdpolicy", ics_date(w)));
      ics_line(out, stamp);
      ics_line(out, fmt::format("DTSTART;VALUE=DATE:{}", ics_date(w)));
      ics_line(out, fmt::format("DTEND;VALUE=DATE:{}", ics_date(w + date::days{1})));
      ics_line(out, fmt::format("SUMMARY:{}",
                                ics_text(fmt::format("{}调休上班 make-up workday ({})", h.name.zh, h.name.en))));
      ics_line(out, fmt::format("DESCRIPTION:{}", ics_text(source)));
      ics_line(out, "CATEGORIES:WORKDAY");
      ics_line(out, "TRANSP:TRANSPARENT");
      ics_line(out, "END:VEVENT");
    }
  }
  ics_line(out, "END:VCALENDAR");
  return out;
}

}  // namespace hdpolicy
