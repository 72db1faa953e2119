#include "hdpolicy/deadline.hpp"

#include <fmt/format.h>

#include "hdpolicy/versions.hpp"

namespace hdpolicy {

const char* period_unit_name(PeriodUnit u) {
  switch (u) {
    case PeriodUnit::Workdays:
      return "workdays";
    case PeriodUnit::Days:
      return "days";
    case PeriodUnit::Months:
      return "months";
    case PeriodUnit::Years:
      return "years";
  }
  return "days";
}

std::optional<PeriodUnit> parse_period_unit(std::string_view s) {
  if (s == "workdays") return PeriodUnit::Workdays;
  if (s == "days") return PeriodUnit::Days;
  if (s == "months") return PeriodUnit::Months;
  if (s == "years") return PeriodUnit::Years;
  return std::nullopt;
}

DeadlineResult compute_deadline(const WorkCalendar& calendar, const DeadlineRule& rule, Date from, Coverage coverage) {
  DeadlineResult r;
  r.from = from;
  // A period in any unit longer than the supported dates have days ends
  // outside them for certain: refused before the arithmetic could overflow.
  constexpr std::int64_t kSupportedDays = (kLastSupportedDate - kFirstSupportedDate).count() + 1;
  const auto refuse_period = [&](bool after) {
    std::string_view unit = period_unit_name(rule.unit);  // plural: "1 year", not "1 years"
    if (rule.count == 1) unit.remove_suffix(1);
    refuse_computed_date(fmt::format("the period of {} {} from {}", rule.count, unit, format_date(from)), after);
  };
  if (rule.count > kSupportedDays || rule.count < -kSupportedDays) refuse_period(rule.count > 0);
  switch (rule.unit) {
    case PeriodUnit::Workdays: {
      // N workdays after the trigger: the N-th workday strictly after it (第二百零一条).
      DateAnswer a = calendar.add_workdays(from, rule.count, coverage);
      r.period_end = r.deadline = a.date;
      r.provisional = a.provisional;
      return r;
    }
    case PeriodUnit::Days:
      r.period_end = from + date::days{static_cast<int>(rule.count)};
      break;
    case PeriodUnit::Months:
      r.period_end = add_months_clamped(from, static_cast<int>(rule.count));
      break;
    case PeriodUnit::Years:
      r.period_end = add_months_clamped(from, static_cast<int>(rule.count * 12));
      break;
  }
  // A period ending past the supported dates is refused, not printed.
  if (!is_supported_date(r.period_end)) refuse_period(r.period_end > kLastSupportedDate);
  r.deadline = r.period_end;
  if (rule.roll_to_workday) {
    DateAnswer a = calendar.next_workday_on_or_after(r.period_end, coverage);
    r.deadline = a.date;
    r.rolled = a.date != r.period_end;
    r.provisional = a.provisional;
  }
  return r;
}

std::string deadline_rule_choices(const std::vector<DeadlineRule>& rules) {
  if (rules.empty()) return "a deadline rule, and the policies loaded define none";
  std::string ids;
  for (const auto& r : rules)
    if (find_deadline_rule(rules, r.id) == &r) ids += (ids.empty() ? "" : ", ") + r.id;  // each id once
  return "one of " + ids;
}

const DeadlineRule* find_deadline_rule(const std::vector<DeadlineRule>& rules, std::string_view id) {
  for (const auto& r : rules)
    if (r.id == id) return &r;
  return nullptr;
}

const DeadlineRule& deadline_rule_on(const std::vector<DeadlineRule>& rules, const std::vector<Document>& documents,
                                     const DeadlineRule& rule, Date from) {
  PolicyVersions versions;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].id != rule.id || rules[i].document < 0) continue;
    const Document& d = documents[static_cast<std::size_t>(rules[i].document)];
    versions.windows.push_back({static_cast<std::int32_t>(i), d.effective_from, d.effective_to});
  }
  if (versions.windows.size() < 2) return rule;
  sort_versions(versions);
  std::int32_t v = versions.in_force(from);
  if (v < 0) {
    auto nearest = versions.nearest(from);
    v = nearest.before >= 0 ? nearest.before : nearest.after;
  }
  return rules[static_cast<std::size_t>(v)];
}

}  // namespace hdpolicy
