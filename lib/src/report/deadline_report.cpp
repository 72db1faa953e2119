#include "hdpolicy/deadline_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/report.hpp"

namespace hdpolicy {
namespace {

const Document* document_of(const PolicySet& set, const DeadlineRule& r) {
  return r.document >= 0 && static_cast<std::size_t>(r.document) < set.documents.size()
             ? &set.documents[static_cast<std::size_t>(r.document)]
             : nullptr;
}

std::vector<std::string> notes(const PolicySet& set, const DeadlineRule& rule, const DeadlineResult& r, Lang l) {
  std::vector<std::string> out;
  const Document* doc = document_of(set, rule);
  if (doc && (r.from < doc->effective_from || r.from > doc->effective_to)) {
    bool before = r.from < doc->effective_from;
    if (zh(l))
      out.push_back(fmt::format("{}{}{}的施行期间({}起)", format_date(r.from), before ? "早于" : "晚于", doc->number,
                                format_date(doc->effective_from)));
    else
      out.push_back(fmt::format("{} is {} the period in which {} applies (from {}{})", format_date(r.from),
                                before ? "before" : "after", doc->number, format_date(doc->effective_from),
                                before ? "" : fmt::format(" to {}", format_date(doc->effective_to))));
  }
  return out;
}

std::string rest_reason(const WorkCalendar& cal, Date d, Coverage c, Lang l) {
  DayAnswer a = cal.day(d, c);
  if (a.holiday >= 0) {
    const auto& h = cal.holidays()[static_cast<std::size_t>(a.holiday)];
    return zh(l) ? h.name.zh : fmt::format("{} ({})", h.name.en, h.name.zh);
  }
  return zh(l) ? "周末" : "weekend";
}

}  // namespace

std::string deadline_period_text(const DeadlineRule& r, Lang l) {
  if (zh(l)) {
    switch (r.unit) {
      case PeriodUnit::Workdays:
        return fmt::format("{}个工作日", r.count);
      case PeriodUnit::Days:
        return fmt::format("{}日", r.count);
      case PeriodUnit::Months:
        return fmt::format("{}个月", r.count);
      case PeriodUnit::Years:
        return fmt::format("{}年", r.count);
    }
  }
  const char* unit = period_unit_name(r.unit);
  if (r.count == 1) return fmt::format("1 {}", std::string(unit, std::char_traits<char>::length(unit) - 1));
  return fmt::format("{} {}", r.count, unit);
}

std::vector<Date> skipped_rest_days(const WorkCalendar& cal, const DeadlineRule& rule, const DeadlineResult& r,
                                    Coverage coverage) {
  std::vector<Date> out;
  Date lo = rule.unit == PeriodUnit::Workdays ? r.from + date::days{1} : r.period_end;
  for (Date d = lo; d < r.deadline; d += date::days{1})
    if (!cal.day(d, coverage).workday()) out.push_back(d);
  return out;
}

nlohmann::ordered_json deadline_json(const PolicySet& set, const DeadlineRule& rule, const DeadlineResult& r,
                                     Coverage coverage, Lang l, bool explain) {
  const Document* doc = document_of(set, rule);
  nlohmann::ordered_json j;
  j["rule"] = rule.id;
  j["name"] = rule.name.in(zh(l));
  j["document"] = doc ? doc->number : rule.cite.document;
  j["from"] = format_date(r.from);
  j["trigger"] = rule.trigger.in(zh(l));
  j["deadline"] = format_date(r.deadline);
  j["weekday"] = weekday_name(r.deadline, Lang::En);
  j["bound"] = rule.bound == DeadlineBound::Latest ? "latest" : "earliest";
  j["unit"] = period_unit_name(rule.unit);
  j["count"] = rule.count;
  j["roll_to_workday"] = rule.roll_to_workday;
  j["period_end"] = format_date(r.period_end);
  j["rolled"] = r.rolled;
  j["provisional"] = r.provisional;
  j["cite"] = citation_json(rule.cite);
  j["notes"] = notes(set, rule, r, l);
  if (explain) {
    nlohmann::ordered_json skipped = nlohmann::ordered_json::array();
    for (Date d : skipped_rest_days(set.calendar, rule, r, coverage))
      skipped.push_back({{"date", format_date(d)}, {"reason", rest_reason(set.calendar, d, coverage, l)}});
    j["skipped"] = std::move(skipped);
  }
  return j;
}

std::string deadline_text(const PolicySet& set, const DeadlineRule& rule, const DeadlineResult& r, Coverage coverage,
                          Lang l, bool explain) {
  const WorkCalendar& cal = set.calendar;
  std::string out = format_date(r.deadline);
  if (r.provisional)
    out += zh(l) ? "(暂定:部分日期无法定节假日安排,按周末规则计算)"
                 : " (provisional: weekend rule used where no statutory calendar is loaded)";
  out += "\n";
  bool earliest = rule.bound == DeadlineBound::Earliest;
  if (zh(l)) {
    out += fmt::format("{}:{}\n", rule.id, rule.name.zh);
    out += fmt::format("  {}:{},{}\n", earliest ? "最早届满日" : "期限最后一日", format_date(r.deadline),
                       weekday_name(r.deadline, l));
    out += fmt::format("  起算:{}({}),当日不计入(民法典 第二百零一条)\n", format_date(r.from), rule.trigger.zh);
    out += fmt::format("  期间:{}{}\n", earliest ? "不少于" : "", deadline_period_text(rule, l));
    if (rule.unit == PeriodUnit::Workdays)
      out += "  工作日按国务院节假日安排计算(含调休上班日)\n";
    else
      out += "  按年、月计算的期间,到期月的对应日为最后一日;没有对应日的,月末日为最后一日(民法典 第二百零二条)\n";
  } else {
    out += fmt::format("{}: {}\n", rule.id, rule.name.en);
    out += fmt::format("  {}: {}, {}\n", earliest ? "Earliest end" : "Last day", format_date(r.deadline),
                       weekday_name(r.deadline, l));
    out += fmt::format("  From: {} ({}); that day is not counted (民法典 第二百零一条)\n", format_date(r.from),
                       rule.trigger.en);
    out += fmt::format("  Period: {}{}\n", earliest ? "at least " : "", deadline_period_text(rule, l));
    if (rule.unit == PeriodUnit::Workdays)
      out += "  Workdays follow the State Council arrangement, make-up workdays included\n";
    else
      out +=
          "  A period in months or years ends on the corresponding day, or that month's last day when there is none "
          "(民法典 第二百零二条)\n";
  }
  // A year period needs no calendar unless it rolls; say whether its last
  // day is a rest day only where the calendar can tell.
  if (rule.unit != PeriodUnit::Workdays && (cal.covers(r.period_end) || coverage == Coverage::Provisional)) {
    DayAnswer end = cal.day(r.period_end, coverage);
    if (r.rolled)
      out += zh(l) ? fmt::format("  {}为法定休假日({}),顺延至{}(民法典 第二百零三条)\n", format_date(r.period_end),
                                 rest_reason(cal, r.period_end, coverage, l), format_date(r.deadline))
                   : fmt::format("  {} is a rest day ({}): moved to the next workday, {} (民法典 第二百零三条)\n",
                                 format_date(r.period_end), rest_reason(cal, r.period_end, coverage, l),
                                 format_date(r.deadline));
    else if (!end.workday())
      out += zh(l) ? fmt::format("  {}为休息日({});本规则不顺延至工作日\n", format_date(r.period_end),
                                 rest_reason(cal, r.period_end, coverage, l))
                   : fmt::format("  {} is a rest day ({}); this rule does not move it to a workday\n",
                                 format_date(r.period_end), rest_reason(cal, r.period_end, coverage, l));
  }
  out += fmt::format("  {}{}\n", zh(l) ? "依据:" : "Rule: ", format_citation(rule.cite, l));
  for (const auto& n : notes(set, rule, r, l)) out += fmt::format("  {}{}\n", zh(l) ? "注意:" : "Note: ", n);
  if (explain) {
    auto skipped = skipped_rest_days(cal, rule, r, coverage);
    if (zh(l))
      out += fmt::format("  跳过的休息日({}天):\n", skipped.size());
    else
      out += fmt::format("  Rest days skipped ({}):\n", skipped.size());
    for (Date d : skipped)
      out += fmt::format("    {} {} {}\n", format_date(d), weekday_name(d, l), rest_reason(cal, d, coverage, l));
  }
  return out;
}

std::string deadline_list_text(const PolicySet& set, Lang l) {
  std::string out;
  for (const auto& rule : set.deadlines) {
    out += fmt::format("{}  {}{}  {}\n", rule.id,
                       rule.bound == DeadlineBound::Earliest ? (zh(l) ? "不少于" : "at least ") : "",
                       deadline_period_text(rule, l), rule.name.in(zh(l)));
    out += fmt::format("    {}\n", format_citation(rule.cite, l));
  }
  return out;
}

nlohmann::ordered_json deadline_list_json(const PolicySet& set, Lang l) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const auto& rule : set.deadlines) {
    const Document* doc = document_of(set, rule);
    rules.push_back({{"rule", rule.id},
                     {"name", rule.name.in(zh(l))},
                     {"document", doc ? doc->number : rule.cite.document},
                     {"trigger", rule.trigger.in(zh(l))},
                     {"unit", period_unit_name(rule.unit)},
                     {"count", rule.count},
                     {"bound", rule.bound == DeadlineBound::Latest ? "latest" : "earliest"},
                     {"roll_to_workday", rule.roll_to_workday},
                     {"cite", citation_json(rule.cite)}});
  }
  return {{"rules", std::move(rules)}};
}

}  // namespace hdpolicy
