// hdpolicy diff in words: where (document, article), what (the item), and
// the two values. The values come from the policies; C++ words only the
// mechanisms (a window, a period, a kind of day, a limit on all levels).
#include "hdpolicy/diff_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/condition_text.hpp"
#include "hdpolicy/deadline_report.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {
namespace {

using json = nlohmann::ordered_json;
using Shape = DiffValue::Shape;

std::string window_text(const DiffValue& v, Lang l) {
  std::string span = zh(l) ? fmt::format("{}至{}", format_date(v.from), format_date(v.to))
                           : fmt::format("{} to {}", format_date(v.from), format_date(v.to));
  if (v.words.zh.empty()) return span;
  return zh(l) ? fmt::format("{},执行期{}", v.words.zh, span) : fmt::format("{}, in force {}", v.words.zh, span);
}

std::string condition_text(const DiffValue& v, Lang l) {
  std::vector<std::string> names;
  bool subsidy = v.schema.data() == subsidy_facts().data();
  if (subsidy)
    for (const auto& ind : v.set->subsidy.industries)
      names.push_back(zh(l) ? ind.name.zh : fmt::format("{} ({})", ind.id, ind.name.zh));
  return condition_law_text(*v.table, v.schema, v.condition, l, subsidy ? &names : nullptr);
}

std::string limits_text(const DiffValue& v, Lang l) {
  std::vector<std::string> parts;
  for (const Limit& lim : v.rule->limits) {
    if (lim.kind == LimitKind::AllLevels) {
      parts.push_back(zh(l) ? fmt::format("各级补贴合计不超过保费({})", lim.cite.article)
                            : fmt::format("all levels together within the premium ({})", lim.cite.article));
      continue;
    }
    const Cap& cap = v.set->subsidy.caps[static_cast<std::size_t>(lim.cap)];
    parts.push_back(zh(l) ? fmt::format("{}{}({})", cap.id, yuan(cap.amount, l), cap.cite.article)
                          : fmt::format("cap {} {} ({})", cap.id, yuan(cap.amount, l), cap.cite.article));
  }
  if (parts.empty()) return zh(l) ? "无" : "none";
  return join(parts, zh(l) ? ";" : "; ");
}

std::string period_text(const DeadlineRule& r, Lang l) {
  std::string s = deadline_period_text(r, l);
  if (r.bound == DeadlineBound::Earliest) s = zh(l) ? "不少于" + s : "at least " + s;
  if (r.roll_to_workday)
    s += zh(l) ? ",最后一日为休息日的顺延至其后第一个工作日" : ", a last day on a rest day moves to the next workday";
  return s;
}

std::string day_text(const DiffValue& v, Lang l) {
  std::string holiday = v.holiday ? v.holiday->name.in(zh(l)) : "";
  switch (v.day) {
    case DayKind::Workday:
      return zh(l) ? "工作日" : "workday";
    case DayKind::Weekend:
      return zh(l) ? "周末休息日" : "weekend rest day";
    case DayKind::Holiday:
      return zh(l) ? fmt::format("{}放假", holiday) : fmt::format("holiday rest day ({})", holiday);
    case DayKind::MakeupWorkday:
      return zh(l) ? fmt::format("{}调休上班", holiday) : fmt::format("make-up workday ({})", holiday);
  }
  return {};
}

}  // namespace

std::string diff_value_text(const DiffValue& v, Lang l) {
  switch (v.shape) {
    case Shape::Absent:
      return {};
    case Shape::Money:
      return yuan(v.money, l);
    case Shape::Rate:
      return format_percent(v.rate);
    case Shape::Window:
      return window_text(v, l);
    case Shape::Words:
      return v.words.in(zh(l));
    case Shape::Condition:
      return condition_text(v, l);
    case Shape::Limits:
      return limits_text(v, l);
    case Shape::Period:
      return period_text(*v.deadline, l);
    case Shape::Day:
      return day_text(v, l);
    case Shape::Year:
      return std::to_string(v.year);
    case Shape::Payee:
      return v.payee == Payee::Insurer ? (zh(l) ? "承保的保险机构" : "the insurer")
                                       : (zh(l) ? "申报单位" : "the applicant");
    case Shape::Number:
      return years_after_text(static_cast<int>(v.number), {"申报", "claim"}, l);
    case Shape::Rounding:
      return rounding_text(v.rounding, l);
  }
  return {};
}

namespace {

struct KindWords {
  const char* en;
  const char* zh;
  bool show_id;  // the item's id after the label (a cap's, a rule's, a date)
};

KindWords kind_words(DiffKind k) {
  switch (k) {
    case DiffKind::DocumentAdded:
    case DiffKind::DocumentRemoved:
      return {"document", "文件", false};
    case DiffKind::Title:
      return {"title", "标题", false};
    case DiffKind::Effective:
      return {"effective window", "执行期", false};
    case DiffKind::Rate:
      return {"rate", "补贴比例", true};
    case DiffKind::Cap:
      return {"cap", "补贴上限", true};
    case DiffKind::Limits:
      return {"limits of", "限额", true};
    case DiffKind::Condition:
      return {"condition of", "条件", true};
    case DiffKind::Type:
      return {"insurance type", "保险类型", true};
    case DiffKind::Industry:
      return {"industry", "产业", true};
    case DiffKind::Payee:
      return {"payee of", "发放对象", true};
    case DiffKind::Payable:
      return {"year of payment", "兑现年度", false};
    case DiffKind::Rounding:
      return {"rounding of", "舍入方式", true};
    case DiffKind::Rule:
      return {"rule", "规则", true};
    case DiffKind::Deadline:
      return {"deadline rule", "期限规则", true};
    case DiffKind::CalendarYear:
      return {"statutory calendar", "法定节假日安排", false};
    case DiffKind::CalendarDay:
      return {"day", "日期", true};
    case DiffKind::Fact:
      return {"fact", "申报信息", true};
    case DiffKind::Figure:
      return {"figure of", "数额", true};
    case DiffKind::Resolution:
      return {"rules paid", "多项规则的支付方式", false};
  }
  return {"", "", false};
}

std::string what_text(const PolicyDifference& d, Lang l) {
  KindWords w = kind_words(d.kind);
  std::string s = zh(l) ? w.zh : w.en;
  if (w.show_id) s += " " + d.id;
  std::string name = d.what.in(zh(l));
  // An item added or removed shows its name as the value, once.
  const DiffValue& only = d.before.shape == Shape::Absent ? d.after : d.before;
  bool named_by_value = (d.before.shape == Shape::Absent || d.after.shape == Shape::Absent) &&
                        only.shape == Shape::Words && only.words.zh == d.what.zh;
  if (w.show_id && !name.empty() && !named_by_value)
    s += zh(l) ? fmt::format("({})", name) : fmt::format(" ({})", name);
  return s;
}

std::string change_text(const PolicyDifference& d, Lang l) {
  std::string before = diff_value_text(d.before, l), after = diff_value_text(d.after, l);
  if (d.before.shape == Shape::Absent) return after;
  if (d.after.shape == Shape::Absent) return before;
  // Two amounts in English: "500,000.00 → 600,000.00 yuan".
  if (!zh(l) && d.before.shape == Shape::Money && d.after.shape == Shape::Money)
    return fmt::format("{} → {} yuan", format_money_grouped(d.before.money), format_money_grouped(d.after.money));
  return fmt::format("{} → {}", before, after);
}

json value_json(const DiffValue& v, Lang l) {
  switch (v.shape) {
    case Shape::Absent:
      return nullptr;
    case Shape::Money:
      return format_money(v.money);
    case Shape::Rate:
      return format_rate(v.rate);
    case Shape::Window: {
      json j = {{"from", format_date(v.from)}, {"to", format_date(v.to)}};
      if (!v.words.zh.empty()) j["title"] = v.words.zh;
      return j;
    }
    case Shape::Limits: {
      json ids = json::array();
      for (const Limit& lim : v.rule->limits)
        ids.push_back(lim.kind == LimitKind::AllLevels ? std::string("all-levels")
                                                       : v.set->subsidy.caps[static_cast<std::size_t>(lim.cap)].id);
      return ids;
    }
    case Shape::Period: {
      const DeadlineRule& r = *v.deadline;
      return {{"count", r.count},
              {"unit", period_unit_name(r.unit)},
              {"bound", r.bound == DeadlineBound::Earliest ? "earliest" : "latest"},
              {"roll_to_workday", r.roll_to_workday}};
    }
    case Shape::Day:
      return {{"kind", day_kind_name(v.day)}, {"holiday", v.holiday ? json(v.holiday->name.zh) : json(nullptr)}};
    case Shape::Year:
      return v.year;
    case Shape::Payee:
      return v.payee == Payee::Insurer ? "insurer" : "applicant";
    case Shape::Number:
      return v.number;
    default:
      return diff_value_text(v, l);
  }
}

}  // namespace

std::string diff_line(const PolicyDifference& d, Lang l) {
  std::string where = d.document;
  if (!d.article.empty()) where += (zh(l) ? "" : " ") + d.article;
  std::string what = what_text(d, l);
  std::string change = change_text(d, l);
  if (zh(l)) {
    if (d.before.shape == Shape::Absent) return fmt::format("{}:新增{}:{}", where, what, change);
    if (d.after.shape == Shape::Absent) return fmt::format("{}:删除{}:{}", where, what, change);
    return fmt::format("{}:{}:{}", where, what, change);
  }
  if (d.before.shape == Shape::Absent) return fmt::format("{}: {} added: {}", where, what, change);
  if (d.after.shape == Shape::Absent) return fmt::format("{}: {} removed: {}", where, what, change);
  return fmt::format("{}: {}: {}", where, what, change);
}

std::string diff_text(std::span<const PolicyDifference> diffs, Lang l) {
  std::string out;
  for (const auto& d : diffs) out += diff_line(d, l) + "\n";
  if (diffs.empty()) return zh(l) ? "无差异\n" : "No differences\n";
  if (zh(l)) return out + fmt::format("共{}处差异\n", diffs.size());
  return out + fmt::format("{} difference{}\n", diffs.size(), diffs.size() == 1 ? "" : "s");
}

json diff_json(std::span<const PolicyDifference> diffs, Lang l) {
  json list = json::array();
  for (const auto& d : diffs)
    list.push_back({{"kind", diff_kind_name(d.kind)},
                    {"document", d.document},
                    {"article", d.article.empty() ? json(nullptr) : json(d.article)},
                    {"id", d.id},
                    {"before", value_json(d.before, l)},
                    {"after", value_json(d.after, l)},
                    {"text", diff_line(d, l)}});
  return {{"same", diffs.empty()}, {"differences", list}};
}

}  // namespace hdpolicy
