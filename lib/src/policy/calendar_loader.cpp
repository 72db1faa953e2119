// calendars/cn/YYYY.yaml: one State Council notice per file, written the way
// the notice reads. Rules a maintainer can rely on (checked here):
//  - the file for year Y holds `year: Y` and is named Y.yaml;
//  - a holiday period belongs to the notice of the year its last day falls
//    in; it may begin in December of the year before (New Year's Day
//    2007-12-30..2008-01-01 is in the 2008 notice);
//  - a make-up workday is a Saturday or Sunday, in year Y or in December of
//    the year before (2006-12-30 and 31 make up for New Year's Day 2007);
//  - periods do not overlap, a make-up workday is not a rest day, and the
//    years loaded leave no gap (finish_calendar).
#include <algorithm>

#include <fmt/format.h>

#include "policy/section_loaders.hpp"

namespace hdpolicy {
namespace {

bool is_weekend_day(Date d) {
  unsigned wd = date::weekday{d}.c_encoding();
  return wd == 0 || wd == 6;
}

std::string stem_of(const std::string& path) {
  auto slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return name.substr(0, name.rfind('.'));
}

// December of the year before, or the year itself.
bool in_notice_window(Date d, int year) { return d >= make_date(year - 1, 12, 1) && d <= make_date(year, 12, 31); }

std::vector<std::string> read_sources(LoadContext& ctx, MapReader& top) {
  std::vector<std::string> out;
  YAML::Node n = top.get("source");
  if (!n.IsDefined()) return out;
  if (n.IsSequence()) {
    for (const auto& item : n)
      if (auto s = scalar_text(ctx, item, "source item")) out.push_back(*s);
  } else if (auto s = scalar_text(ctx, n, "source")) {
    out.push_back(*s);
  }
  return out;
}

std::optional<HolidayPeriod> read_holiday(LoadContext& ctx, const YAML::Node& node, int year, std::size_t index) {
  std::string what = fmt::format("holidays[{}]", index);
  MapReader r(ctx, node, what);
  if (!r.ok()) return std::nullopt;
  HolidayPeriod h;
  h.year = year;
  h.file = ctx.file.display;
  h.line = node.Mark().line + 1;
  h.column = node.Mark().column + 1;
  auto zh = r.text("name", true);
  auto en = r.text("name_en", true);
  auto from = r.date("from", true);
  auto to = r.date("to", true);
  if (!zh || !en || !from || !to) return std::nullopt;
  h.name = Text{*zh, *en};
  h.from = *from;
  h.to = *to;
  bool ok = true;
  if (*to < *from) {
    ctx.error(r.get("to"), fmt::format("{} ({}): ends on {}, before it starts on {}", what, *zh, format_date(*to),
                                       format_date(*from)));
    ok = false;
  } else if (year_of(*to) != year || !in_notice_window(*from, year)) {
    ctx.error(r.get(year_of(*to) != year ? "to" : "from"),
              fmt::format("{} ({}): {}..{} is outside {}: a holiday period belongs to the notice of the year its last "
                          "day falls in, and may begin in December of the year before",
                          what, *zh, format_date(*from), format_date(*to), year));
    ok = false;
  }
  YAML::Node work = r.get("workdays");
  if (work.IsDefined()) {
    if (!work.IsSequence()) {
      ctx.error(work, fmt::format("{}.workdays must be a list of dates", what));
      return std::nullopt;
    }
    for (const auto& item : work) {
      auto d = scalar_date(ctx, item, what + ".workdays item");
      if (!d) {
        ok = false;
        continue;
      }
      if (!is_weekend_day(*d)) {
        ctx.error(item, fmt::format("{} ({}): make-up workday {} is a {}, not a Saturday or Sunday", what, *zh,
                                    format_date(*d), weekday_name(*d, Lang::En)));
        ok = false;
      } else if (!in_notice_window(*d, year)) {
        ctx.error(item, fmt::format("{} ({}): make-up workday {} is outside {} (a make-up workday lies in the notice's "
                                    "year, or in December of the year before)",
                                    what, *zh, format_date(*d), year));
        ok = false;
      } else if (*d >= *from && *d <= *to) {
        ctx.error(item, fmt::format("{} ({}): make-up workday {} lies inside the holiday period {}..{}", what, *zh,
                                    format_date(*d), format_date(*from), format_date(*to)));
        ok = false;
      } else {
        h.workdays.push_back(*d);
      }
    }
  }
  if (!ok) return std::nullopt;
  return h;
}

std::string where(const std::string& file, int line) { return fmt::format("{}:{}", file, line); }

}  // namespace

void load_calendar_file(LoadContext& ctx, const YAML::Node& root, PolicySet& set) {
  MapReader top(ctx, root, "calendar file");
  if (!top.ok()) return;
  auto year = top.integer("year", true);
  CalendarYear cy;
  cy.notice = top.text("notice").value_or("");
  cy.sources = read_sources(ctx, top);
  cy.file = ctx.file.display;
  YAML::Node holidays = top.get("holidays", true);
  if (!year) return;
  YAML::Node year_node = top.get("year");
  cy.year = static_cast<int>(*year);
  cy.line = year_node.Mark().line + 1;
  cy.column = year_node.Mark().column + 1;
  if (*year < 1949 || *year > kLastSupportedYear) {
    ctx.error(year_node,
              fmt::format("year: {} is not a year a State Council notice can cover (1949 to {}, the last year of "
                          "the supported dates)",
                          *year, kLastSupportedYear));
    return;
  }
  if (stem_of(ctx.file.path) != std::to_string(*year)) {
    ctx.error(year_node,
              fmt::format("year: {} does not match the file name: the notice for {} goes in calendars/cn/{}.yaml",
                          *year, *year, *year));
    return;
  }
  if (const CalendarYear* other = set.calendar.year(cy.year)) {
    ctx.error(year_node,
              fmt::format("the calendar for {} is already defined in {}", cy.year, where(other->file, other->line)));
    return;
  }
  std::vector<HolidayPeriod> periods;
  if (holidays.IsDefined()) {
    if (!holidays.IsSequence()) {
      ctx.error(holidays, "holidays must be a list of holiday periods");
      return;
    }
    std::size_t i = 0;
    for (const auto& node : holidays)
      if (auto h = read_holiday(ctx, node, cy.year, i++)) periods.push_back(std::move(*h));
  }
  set.calendar.add_year(std::move(cy), std::move(periods));
}

void finish_calendar(PolicySet& set, Diagnostics& diagnostics) {
  set.calendar.build();
  const auto& years = set.calendar.years();
  for (std::size_t i = 1; i < years.size(); ++i) {
    int prev = years[i - 1].year, next = years[i].year;
    if (next == prev + 1) continue;
    std::string missing = next == prev + 2 ? fmt::format("calendars/cn/{}.yaml", prev + 1)
                                           : fmt::format("calendars/cn/{}.yaml to {}.yaml", prev + 1, next - 1);
    diagnostics.push_back({years[i].file, years[i].line, years[i].column,
                           fmt::format("the calendar has a gap: {} follows {}: add {}", next, prev, missing)});
  }
  // Holiday periods (sorted by start) must not overlap, across files too;
  // a make-up workday must not be a rest day of another period or listed twice.
  const auto& hs = set.calendar.holidays();
  for (std::size_t i = 1; i < hs.size(); ++i) {
    const auto& a = hs[i - 1];
    const auto& b = hs[i];
    if (b.from <= a.to)
      diagnostics.push_back(
          {b.file, b.line, b.column,
           fmt::format("holiday period {} {}..{} overlaps {} {}..{} ({})", b.name.zh, format_date(b.from),
                       format_date(b.to), a.name.zh, format_date(a.from), format_date(a.to), where(a.file, a.line))});
  }
  std::vector<std::pair<Date, const HolidayPeriod*>> makeups;
  for (const auto& h : hs)
    for (Date d : h.workdays) makeups.emplace_back(d, &h);
  std::sort(makeups.begin(), makeups.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  for (std::size_t i = 0; i < makeups.size(); ++i) {
    const auto& [d, h] = makeups[i];
    if (i > 0 && makeups[i - 1].first == d)
      diagnostics.push_back({h->file, h->line, h->column,
                             fmt::format("make-up workday {} of {} is also listed for {} ({})", format_date(d),
                                         h->name.zh, makeups[i - 1].second->name.zh,
                                         where(makeups[i - 1].second->file, makeups[i - 1].second->line))});
    for (const auto& other : hs)
      if (&other != h && d >= other.from && d <= other.to)
        diagnostics.push_back({h->file, h->line, h->column,
                               fmt::format("make-up workday {} of {} is a rest day of {} {}..{} ({})", format_date(d),
                                           h->name.zh, other.name.zh, format_date(other.from), format_date(other.to),
                                           where(other.file, other.line))});
  }
}

}  // namespace hdpolicy
