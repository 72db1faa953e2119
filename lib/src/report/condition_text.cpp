#include "hdpolicy/condition_text.hpp"

#include <fmt/format.h>

#include "hdpolicy/dates.hpp"
#include "hdpolicy/money.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {
namespace {

bool is_group(const Condition& c) { return c.op == CondOp::All || c.op == CondOp::Any; }

// The Civil Code's term for a comparison when the clause quotes none.
const char* default_term(CondOp op) {
  switch (op) {
    case CondOp::AtMost:
      return "以下";
    case CondOp::LessThan:
      return "不满";
    case CondOp::AtLeast:
      return "以上";
    case CondOp::MoreThan:
      return "超过";
    default:
      return "";
  }
}

// 100人以下, 两年以内: these terms follow the number; 不超过, 不满 precede it.
bool term_follows_number(std::string_view term) {
  for (std::string_view tail : {"以下", "以上", "以内", "以外"})
    if (term.ends_with(tail)) return true;
  return false;
}

const char* english_comparison(CondOp op) {
  switch (op) {
    case CondOp::AtMost:
      return "at most";
    case CondOp::LessThan:
      return "less than";
    case CondOp::AtLeast:
      return "at least";
    case CondOp::MoreThan:
      return "more than";
    default:
      return "";
  }
}

std::string choice_list(const Condition& c, const InputDef& def, Lang l, const std::vector<std::string>* names) {
  std::vector<std::string> chosen;
  for (int i = 0; i < 64; ++i)
    if ((c.choices >> i) & 1U) chosen.push_back(fact_value_text(def, i, l, names));
  return zh(l) ? fmt::format("{}为{}之一", def.label.zh, join(chosen, "、"))
               : fmt::format("{} is one of {}", def.label.en, join(chosen, ", "));
}

// The event (a hire) within n years of a date fact (leaving school), the
// anniversary included (民法典 第二百零一、二百零二条).
std::string within_text(const Condition& c, const InputDef& def, const Text& event, Lang l) {
  if (zh(l)) return fmt::format("{}之日在{}后{}年以内,含满{}年之日", event.zh, def.label.zh, c.value, c.value);
  return fmt::format("the {} is within {} of the {}, the {}-year anniversary included", event.en, years_text(c.value),
                     def.label.en, c.value);
}

// The N-year anniversary of a date: the corresponding day, or the month's
// last day (民法典 第二百零二条).
Date anniversary(Date from, std::int64_t years) { return add_months_clamped(from, static_cast<int>(years * 12)); }

// The names of a choice fact's values, or null (shown as #N).
const std::vector<std::string>* names_of(const ConditionWords& w, int fact) {
  if (w.names_by_fact.empty()) return w.choice_names;
  const auto i = static_cast<std::size_t>(fact);
  return i < w.names_by_fact.size() && !w.names_by_fact[i].empty() ? &w.names_by_fact[i] : nullptr;
}

// What was given for the fact of leaf `c`, in words ("" when not given).
std::string given_text(const Condition& c, const InputDef& def, const ConditionWords& w, Lang l) {
  auto fact = static_cast<std::size_t>(c.fact);
  const FactValue& fv = w.facts[fact];
  if (!fv.known) return {};
  if (fact < w.given.size() && !w.given[fact].empty()) return w.given[fact];
  std::string value = fact_value_text(def, fv.value, l, names_of(w, c.fact));
  if (c.op != CondOp::WithinYearsBeforeClaim || def.kind != FactKind::Date) return value;
  std::string end = format_date(anniversary(Date{date::days{fv.value}}, c.value));
  return zh(l) ? fmt::format("{},满{}年之日为{}", value, c.value, end)
               : fmt::format("{}, {}-year anniversary {}", value, c.value, end);
}

// The year n years before the event's: 申报上一年度 / the year before the claim.
std::string years_before_when(std::int64_t n, const Text& event, Lang l) {
  if (zh(l)) return n == 0 ? event.zh + "当年" : n == 1 ? event.zh + "上一年度" : fmt::format("{}前{}年", event.zh, n);
  return n == 0   ? fmt::format("the year of the {}", event.en)
         : n == 1 ? fmt::format("the year before the {}", event.en)
                  : fmt::format("{} before the {}'s year", years_text(n), event.en);
}

// The same rule with no event to count from: 认定年度为申报上一年度.
std::string year_before_rule(const InputDef& def, std::int64_t n, const Text& event, Lang l) {
  if (zh(l)) return fmt::format("{}为{}", def.label.zh, years_before_when(n, event, l));
  return fmt::format("{} is {}", def.label.en, years_before_when(n, event, l));
}

std::string leaf_text(const Condition& c, const ConditionWords& w, Lang l) {
  const InputDef& def = w.schema[static_cast<std::size_t>(c.fact)];
  std::string rule;
  switch (c.op) {
    case CondOp::In:
      rule = choice_list(c, def, l, names_of(w, c.fact));
      break;
    case CondOp::YearsBeforeClaim:
      rule = w.undated ? year_before_rule(def, c.value, w.event, l)
                       : year_before_text(def, c.value, year_of(w.event_date), w.event, l);
      break;
    case CondOp::WithinYearsBeforeClaim:
      rule = within_text(c, def, w.event, l);
      break;
    default:
      rule = comparison_text(c, def, l);
      break;
  }
  // A yes/no condition's label says all its rule would ("专精特新"企业 is
  // "专精特新"企业:是); other labels are followed by the rule they stand for.
  std::string head = c.label.zh.empty()   ? rule
                     : c.op == CondOp::Is ? c.label.in(zh(l))
                     : zh(l)              ? fmt::format("{}({})", c.label.zh, rule)
                                          : fmt::format("{} ({})", c.label.in(false), rule);
  if (w.facts.empty()) return head;
  return head + given_suffix(given_text(c, def, w, l), l);
}

// A group's label sums up its parts; when every part has a label of its own
// it would only repeat them.
bool label_adds(const ConditionTable& t, const Condition& c) {
  if (c.label.zh.empty()) return false;
  for (std::uint32_t i = 0; i < c.child_count; ++i)
    if (t.conditions[t.child_index[c.first_child + i]].label.zh.empty()) return true;
  return false;
}

std::string describe(const ConditionTable& t, std::uint32_t id, const ConditionWords& w, Lang l, int depth) {
  const Condition& c = t.conditions[id];
  if (!is_group(c)) return leaf_text(c, w, l);
  bool all = c.op == CondOp::All;
  bool nested_groups = false;
  std::vector<std::string> parts;
  for (std::uint32_t i = 0; i < c.child_count; ++i) {
    std::uint32_t child = t.child_index[c.first_child + i];
    nested_groups = nested_groups || is_group(t.conditions[child]);
    parts.push_back(describe(t, child, w, l, depth + 1));
  }
  // At the top, "A or B; and C" keeps the groups below apart from each other.
  bool strong = depth == 0 && nested_groups;
  std::string_view sep = zh(l) ? (all ? (strong ? ";且" : "且") : (strong ? ";或" : "或"))
                               : (all ? (strong ? "; and " : " and ") : (strong ? "; or " : " or "));
  std::string inner = join(parts, sep);
  if (label_adds(t, c))
    return zh(l) ? fmt::format("{}({})", c.label.zh, inner) : fmt::format("{} ({})", c.label.in(false), inner);
  if (depth > 0 && !all && !zh(l)) return "either " + inner;
  return inner;
}

}  // namespace

std::string years_text(std::int64_t n) { return fmt::format("{} year{}", n, n == 1 ? "" : "s"); }

std::string fact_value_text(const InputDef& def, std::int64_t v, Lang l, const std::vector<std::string>* choices) {
  switch (def.kind) {
    case FactKind::Money:
      return zh(l) ? format_money_grouped(Money{v}) + "元" : format_money_grouped(Money{v}) + " yuan";
    case FactKind::YesNo:
      return v ? (zh(l) ? "是" : "yes") : (zh(l) ? "否" : "no");
    case FactKind::Date:
      return format_date(Date{date::days{v}});
    case FactKind::Year:
      return zh(l) ? fmt::format("{}年", v) : fmt::format("{}", v);
    case FactKind::Choice:
      if (choices && v >= 0 && static_cast<std::size_t>(v) < choices->size())
        return (*choices)[static_cast<std::size_t>(v)];
      return fmt::format("#{}", v);
    case FactKind::Area:
      return zh(l) ? format_area(v) + "平方米" : format_area(v) + " m²";
    case FactKind::Rate:
      return format_percent(Rate{v});
    case FactKind::Count:
    case FactKind::Key:
      break;  // no fact is a key (input_table.hpp)
  }
  return zh(l) ? fmt::format("{}{}", v, def.unit.zh) : fmt::format("{}", v);
}

std::string comparison_text(const Condition& c, const InputDef& def, Lang l) {
  if (c.op == CondOp::Is) {
    std::string value = fact_value_text(def, c.value, l);
    return zh(l) ? fmt::format("{}:{}", def.label.zh, value) : fmt::format("{}: {}", def.label.en, value);
  }
  std::string bound = c.of >= 0 ? (zh(l) ? fmt::format("{}的{}", c.of_label.zh, format_percent(Rate{c.value}))
                                         : fmt::format("{} of {}", format_percent(Rate{c.value}), c.of_label.en))
                                : fact_value_text(def, c.value, l);
  if (zh(l)) {
    std::string term = c.term.empty() ? default_term(c.op) : c.term;
    return term_follows_number(term) ? fmt::format("{}{}{}", def.label.zh, bound, term)
                                     : fmt::format("{}{}{}", def.label.zh, term, bound);
  }
  std::string s = fmt::format("{} is {} {}", def.label.en, english_comparison(c.op), bound);
  if (!c.term.empty()) s += fmt::format(" ({})", c.term);
  return s;
}

std::string year_before_text(const InputDef& def, std::int64_t n, int event_year, const Text& event, Lang l) {
  std::int64_t year = event_year - n;
  if (zh(l)) return fmt::format("{}为{},即{}年", def.label.zh, years_before_when(n, event, l), year);
  return fmt::format("{} is {}, {}", def.label.en, year, years_before_when(n, event, l));
}

std::string given_suffix(std::string_view value, Lang l) {
  if (zh(l)) return value.empty() ? "[未提供]" : fmt::format("[实际:{}]", value);
  return value.empty() ? " [not given]" : fmt::format(" [given: {}]", value);
}

std::string describe_condition(const ConditionTable& t, std::uint32_t id, const ConditionWords& w, Lang l) {
  return describe(t, id, w, l, 0);
}

std::string describe_condition(const ConditionTable& t, std::span<const InputDef> schema, std::uint32_t id,
                               std::span<const FactValue> facts, Date claim_date, Lang l,
                               const std::vector<std::string>* choices) {
  return describe(t, id, ConditionWords{schema, facts, claim_date, {"申报", "claim"}, choices}, l, 0);
}

std::string condition_rule_text(const ConditionTable& t, std::span<const InputDef> schema, std::uint32_t id,
                                Date claim_date, Lang l, const std::vector<std::string>* choices) {
  return describe(t, id, ConditionWords{schema, {}, claim_date, {"申报", "claim"}, choices}, l, 0);
}

std::string condition_law_text(const ConditionTable& t, std::span<const InputDef> schema, std::uint32_t id, Lang l,
                               const std::vector<std::string>* choices) {
  ConditionWords w{schema, {}, Date{}, {"申报", "claim"}, choices};
  w.undated = true;
  return describe(t, id, w, l, 0);
}

const Citation* first_condition_cite(const ConditionTable& t, std::uint32_t id) {
  const Condition& c = t.conditions[id];
  if (!c.cite.quote.empty()) return &c.cite;
  for (std::uint32_t i = 0; i < c.child_count; ++i)
    if (const Citation* ci = first_condition_cite(t, t.child_index[c.first_child + i])) return ci;
  return nullptr;
}

std::string first_condition_article(const ConditionTable& t, std::uint32_t id) {
  const Citation* c = first_condition_cite(t, id);
  return c ? c->article : std::string();
}

}  // namespace hdpolicy
