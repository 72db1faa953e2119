// Presenting a result of the generic evaluator: one view (BenefitView) of
// the outputs declared in kBenefitOutputs, then text and JSON from it.
// Conditions are worded by the condition describer, amounts by the
// mechanisms below; every policy word comes from the YAML.
#include "hdpolicy/benefit_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/number_text.hpp"
#include "hdpolicy/condition_text.hpp"
#include "hdpolicy/dates.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {
namespace {

using json = nlohmann::ordered_json;

struct Words {
  const PolicySet& set;
  const BenefitPolicy& p;
  const BenefitClaim& claim;
  const BenefitResult& result;
  FieldStyle style;
  Lang l;
  std::vector<BenefitMemo>* memo = nullptr;

  std::span<const std::vector<std::string>> names() const { return p.facts->choice_names[zh(l) ? 0 : 1]; }
  const InputDef& def(std::int16_t fact) const { return p.facts->rows[static_cast<std::size_t>(fact)]; }
  std::string value(std::int16_t fact, std::int64_t v) const {
    const auto& choices = names()[static_cast<std::size_t>(fact)];
    return fact_value_text(def(fact), v, l, choices.empty() ? nullptr : &choices);
  }
  std::string given(std::int16_t fact) const {
    const FactValue& f = claim.facts[static_cast<std::size_t>(fact)];
    return f.known ? value(fact, f.value) : std::string(zh(l) ? "未提供" : "not given");
  }
  std::string label(std::int16_t fact) const { return std::string(zh(l) ? def(fact).label.zh : def(fact).label.en); }
  ConditionWords condition_words(bool with_facts) const {
    ConditionWords w{p.facts->rows, {}, claim.date, {"申报", "claim"}};
    w.names_by_fact = names();
    if (with_facts) w.facts = claim.facts;
    return w;
  }
};

// The text `make` words, kept in the view's memo under (kind, id, detail):
// a batch words it once per run. The memo is bounded: when full it starts over.
enum class MemoKind : std::uint64_t { Assumption = 1, OtherLevels, Reason };
template <class Make>
std::string memo_text(const Words& w, MemoKind kind, std::uint64_t id, std::uint64_t detail, Make&& make) {
  if (!w.memo) return make();
  const std::uint64_t what =
      static_cast<std::uint64_t>(kind) << 56 | id << 8 | static_cast<std::uint64_t>(w.style) << 1 | (zh(w.l) ? 1u : 0u);
  for (const BenefitMemo& m : *w.memo)
    if (m.what == what && m.detail == detail && m.policy == &w.p) return m.text;
  constexpr std::size_t kMemoSize = 128;
  if (w.memo->size() == kMemoSize) w.memo->clear();
  w.memo->push_back({&w.p, what, detail, make()});
  return w.memo->back().text;
}

// The facts the claim does not give, one bit each (rows: at most kMaxInputs).
std::uint64_t unknown_facts(const BenefitClaim& claim) {
  static_assert(kMaxInputs < 64);
  std::uint64_t mask = 0;
  for (std::size_t i = 0; i < claim.facts.size(); ++i)
    if (!claim.facts[i].known) mask |= std::uint64_t{1} << i;
  return mask;
}

std::string formula_text(const Words& w, const Formula& f, Money result) {
  const Lang l = w.l;
  std::string body;
  switch (f.kind) {
    case FormulaKind::Fixed:
      return zh(l) ? fmt::format("定额{}", yuan(f.amount, l)) : fmt::format("a fixed {}", yuan(f.amount, l));
    case FormulaKind::RateOf:
      body = zh(l) ? fmt::format("{}{}×{}", w.label(f.base), w.given(f.base), format_percent(f.rate))
                   : fmt::format("{} × {} {}", format_percent(f.rate), w.label(f.base), w.given(f.base));
      break;
    case FormulaKind::RateBy: {
      const ChoiceRate* rate = chosen_rate(f, w.claim.facts);
      if (!rate) return {};  // not reached: a rule whose value is not covered has no amount
      const std::string value = w.given(f.by);
      body = zh(l) ? fmt::format("{}{}×{}({}", w.label(f.base), w.given(f.base), format_percent(rate->rate), value)
                   : fmt::format("{} × {} {} ({}", format_percent(rate->rate), w.label(f.base), w.given(f.base), value);
      if (!rate->stacks_on.zh.empty())
        body += zh(l) ? fmt::format(",在享受{}基础上", rate->stacks_on.zh)
                      : fmt::format(", on top of {}", rate->stacks_on.en);
      body += ")";
      break;
    }
    case FormulaKind::Brackets: {
      std::vector<std::string> parts;
      for (const Bracket& b : f.brackets)
        parts.push_back(
            b.up_to ? (zh(l) ? fmt::format("{}以内部分×{}", yuan(*b.up_to, l), format_percent(b.rate))
                             : fmt::format("{} of the part up to {}", format_percent(b.rate), yuan(*b.up_to, l)))
                    : (zh(l) ? fmt::format("超过部分×{}", format_percent(b.rate))
                             : fmt::format("{} of the part above", format_percent(b.rate))));
      body = zh(l) ? fmt::format("{}{}:{}", w.label(f.base), w.given(f.base), join(parts, ","))
                   : fmt::format("{} {}: {}", w.label(f.base), w.given(f.base), join(parts, ", "));
      break;
    }
    case FormulaKind::PerUnit: {
      std::vector<std::string> parts{yuan(f.amount, l)};
      for (const UnitFactor& u : f.units) {
        std::string part = fmt::format("{} {}", w.label(u.fact), w.given(u.fact));
        const FactValue& v = w.claim.facts[static_cast<std::size_t>(u.fact)];
        if (u.at_most && v.known && v.value > *u.at_most)
          part += zh(l) ? fmt::format("(按上限{}计)", w.value(u.fact, *u.at_most))
                        : fmt::format(" (counted at the bound, {})", w.value(u.fact, *u.at_most));
        parts.push_back(std::move(part));
      }
      body = join(parts, " × ");
      break;
    }
  }
  return fmt::format("{} = {}{}{}", body, yuan(result, l), zh(l) ? "," : ", ", rounding_text(f.rounding, l));
}

// A cap on times: how many were received in its period, and whether one more is allowed.
// `rule`: the rule limited; stacked rules before it that paid count as times.
std::string times_text(const Words& w, const std::string& what, const BenefitCap& cap, std::int16_t rule,
                       const BenefitLimitOutcome& o, Money before) {
  const Lang l = w.l;
  const auto i = static_cast<std::size_t>(&cap - w.p.caps.data());
  std::int64_t had = i < w.claim.received.size() ? w.claim.received[i].fen : 0;
  for (std::int16_t r : w.result.paid) {
    if (!w.p.pay_all || r >= rule) break;
    for (const BenefitLimit& l2 : w.p.rules[static_cast<std::size_t>(r)].limits)
      if (l2.kind == BenefitLimitKind::Cap && static_cast<std::size_t>(l2.cap) == i)
        had += cap_charge(cap, w.result.rules[static_cast<std::size_t>(r)].amount).fen;
  }
  const bool all = cap.per == CapPeriod::Enterprise;
  // A cap kept for each value of a key fact: "for this person ID".
  const std::string each = cap.each < 0 ? std::string{}
                           : zh(l)      ? "同一" + w.label(cap.each)
                                        : " for this " + w.label(cap.each);
  std::string s = zh(l) ? fmt::format("{}:{}{}已享受{}次,上限{}次", what, each, all ? "累计" : "本年度", had, cap.times)
                        : fmt::format("{}: {} {} received {}{}, at most {}", what, had, had == 1 ? "time" : "times",
                                      all ? "in all" : "this year", each, cap.times);
  if (!o.cut) return s + (zh(l) ? ",未触及" : "; not reached");
  return s + (zh(l) ? fmt::format(",金额由{}降至{}", yuan(before, l), yuan(o.ceiling, l))
                    : fmt::format("; the amount is cut from {} to {}", yuan(before, l), yuan(o.ceiling, l)));
}

std::string limit_text(const Words& w, const BenefitLimit& limit, std::int16_t rule, const BenefitLimitOutcome& o,
                       Money before) {
  const Lang l = w.l;
  std::string what = limit.label.zh.empty() ? limit.id : limit.label.in(zh(l));
  std::string ceiling;
  switch (limit.kind) {
    case BenefitLimitKind::Cap:
      if (const BenefitCap& cap = w.p.caps[static_cast<std::size_t>(limit.cap)]; cap.times > 0)
        return times_text(w, what, cap, rule, o, before);
      if (w.p.caps[static_cast<std::size_t>(limit.cap)].per == CapPeriod::Enterprise)
        ceiling = zh(l) ? fmt::format("{}:累计尚余{}", what, yuan(o.ceiling, l))
                        : fmt::format("{}: {} left in all", what, yuan(o.ceiling, l));
      else
        ceiling = zh(l) ? fmt::format("{}:本年度尚余{}", what, yuan(o.ceiling, l))
                        : fmt::format("{}: {} left this year", what, yuan(o.ceiling, l));
      break;
    case BenefitLimitKind::AllLevels:
      if (limit.other >= 0 && w.claim.facts[static_cast<std::size_t>(limit.other)].known)
        ceiling =
            zh(l) ? fmt::format("{}:不超过{}{}减{}{},即{}", what, w.label(limit.base), w.given(limit.base),
                                w.label(limit.other), w.given(limit.other), yuan(o.ceiling, l))
                  : fmt::format("{}: at most the {} {} less the {} {}, {}", what, w.label(limit.base),
                                w.given(limit.base), w.label(limit.other), w.given(limit.other), yuan(o.ceiling, l));
      else
        ceiling = zh(l) ? fmt::format("{}:不超过{}{}", what, w.label(limit.base), yuan(o.ceiling, l))
                        : fmt::format("{}: at most {}, {}", what, w.label(limit.base), yuan(o.ceiling, l));
      break;
    case BenefitLimitKind::Ceiling:
      ceiling = fmt::format("{}{}{}", what, zh(l) ? ":" : ": ", formula_text(w, limit.ceiling, o.ceiling));
      break;
  }
  if (!o.cut) return ceiling + (zh(l) ? ",未触及" : "; not reached");
  return ceiling + (zh(l) ? fmt::format(",金额由{}降至{}", yuan(before, l), yuan(o.ceiling, l))
                          : fmt::format("; the amount is cut from {} to {}", yuan(before, l), yuan(o.ceiling, l)));
}

const Citation* condition_cite(const ConditionTable& t, std::uint32_t id) {
  const Condition& c = t.conditions[id];
  if (!c.cite.quote.empty() || c.child_count == 0) return &c.cite;
  return condition_cite(t, t.child_index[c.first_child]);
}

// A fact not given, taken from its `defaults_to`: said where the answer reads it.
std::string defaulted_text(const Words& w, std::int16_t fact) {
  const std::int16_t from = w.p.facts->extra[static_cast<std::size_t>(fact)].defaults_to;
  const std::string name = input_name(w.p.facts->rows, w.def(fact), w.style);
  const std::string value = w.given(fact);
  if (zh(w.l))
    return fmt::format("未提供{}({}),按{}{}认定为{}", w.label(fact), name, w.label(from), value, w.label(fact));
  return fmt::format("not given: {}; taken to be the {}, {}", name, w.label(from), value);
}

// Whether a rule paid reads `fact` in its conditions, directly or through a fact derived from it.
bool paid_rules_read(const BenefitPolicy& p, const BenefitResult& r, std::int16_t fact) {
  const FactTable& t = *p.facts;
  for (std::int16_t i : r.paid) {
    const auto& eligible = p.rules[static_cast<std::size_t>(i)].eligible;
    if (!eligible) continue;
    for (std::size_t row = 0; row < t.rows.size(); ++row) {
      const FactExtra& e = t.extra[row];
      const bool from_it = static_cast<std::int16_t>(row) == fact || e.from[0] == fact || e.from[1] == fact;
      if (from_it && reads_fact(p.conditions, *eligible, static_cast<int>(row))) return true;
    }
  }
  return false;
}

// A condition assumed to hold: the inputs not given, and what it takes.
std::string assumption_words(const Words& w, std::uint16_t id) {
  const ConditionTable& t = w.p.conditions;
  const Condition& c = t.conditions[id];
  auto missing = missing_inputs(t, w.p.facts->rows, w.p.facts->rows, id, w.claim.facts, w.style, w.l);
  std::string what =
      c.label.zh.empty() ? describe_condition(t, id, w.condition_words(false), w.l) : c.label.in(zh(w.l));
  return assumption_text(missing, what, condition_cite(t, id)->article, w.l);
}

// An all-levels limit run without what other levels paid: assumed to leave
// room (its words read only the limit).
std::string other_levels_assumption(const Words& w, std::size_t rule, std::size_t index) {
  return memo_text(w, MemoKind::OtherLevels, rule << 8 | index, 0, [&] {
    const BenefitLimit& limit = w.p.rules[rule].limits[index];
    const std::string name = input_name(w.p.facts->rows, w.def(limit.other), w.style);
    std::string missing[] = {zh(w.l) ? fmt::format("{}({})", w.label(limit.other), name) : name};
    const std::string what =
        !limit.label.zh.empty() ? limit.label.in(zh(w.l))
        : zh(w.l)               ? fmt::format("各级补贴资金总额不超过{}", w.label(limit.base))
                  : fmt::format("subsidies from all levels together stay within the {}", w.label(limit.base));
    return assumption_text(missing, what, limit.cite.article, w.l);
  });
}

// Its words read the facts not given and, for a year counted from the
// claim's, the claim's year.
std::string assumption(const Words& w, std::uint16_t id) {
  const std::uint64_t detail = unknown_facts(w.claim) | static_cast<std::uint64_t>(year_of(w.claim.date)) << 32;
  return memo_text(w, MemoKind::Assumption, id, detail, [&] { return assumption_words(w, id); });
}

// Why rule `o` gives nothing, in one sentence.
std::string reason_words(const Words& w, const BenefitRuleOutcome& o, bool in_force) {
  const BenefitRule& rule = w.p.rules[static_cast<std::size_t>(o.rule)];
  const Lang l = w.l;
  std::string head = fmt::format("{} {}", rule.article, rule.name.in(zh(l)));
  if (!in_force)
    return head + (zh(l) ? ":申报日期不在政策执行期内" : ": the claim's date is outside the policy's window");
  if (o.failed >= 0)
    return head + (zh(l) ? ":不满足" : ": not met: ") +
           describe_condition(w.p.conditions, static_cast<std::uint32_t>(o.failed), w.condition_words(true), l);
  if (o.missing >= 0)
    return head + (zh(l) ? fmt::format(":未提供{}({})", w.label(o.missing),
                                       input_name(w.p.facts->rows, w.def(o.missing), w.style))
                         : fmt::format(": {} is not given", input_name(w.p.facts->rows, w.def(o.missing), w.style)));
  if (o.uncovered >= 0)
    return head + (zh(l) ? fmt::format(":不适用于{}{}", w.label(o.uncovered), w.given(o.uncovered))
                         : fmt::format(": does not cover the {} {}", w.label(o.uncovered), w.given(o.uncovered)));
  return head + (zh(l) ? ":金额为零" : ": the amount is zero");
}

// The same, kept in the memo unless it words the values given (a condition not met).
std::string reason(const Words& w, const BenefitRuleOutcome& o, bool in_force) {
  if (in_force && o.failed >= 0) return reason_words(w, o, in_force);
  const std::int16_t fact = !in_force ? -1 : o.missing >= 0 ? o.missing : o.uncovered;
  // Which of the four it is, and the fact (and for a value not covered, the value).
  const std::uint64_t detail =
      (in_force ? 1u : 0u) | (o.missing >= 0 ? 2u : 0u) |
      static_cast<std::uint64_t>(static_cast<std::uint16_t>(fact)) << 8 |
      (in_force && o.missing < 0 && o.uncovered >= 0
           ? static_cast<std::uint64_t>(w.claim.facts[static_cast<std::size_t>(fact)].value) << 24
           : 0);
  return memo_text(w, MemoKind::Reason, static_cast<std::uint64_t>(o.rule), detail,
                   [&] { return reason_words(w, o, in_force); });
}

// A claim outside the window of the version it was judged under: for a
// policy of one version, its window and the article that sets it; of
// several, the version in force on its date, when one is (the version was
// named by its number), else the nearest on each side of the date.
std::string no_version_text(const Words& w) {
  const PolicyVersions* v =
      w.p.versions < 0 ? nullptr : &w.set.benefit_versions[static_cast<std::size_t>(w.p.versions)];
  if (!v || v->windows.size() < 2) {
    // One version: its window, and the article that sets it.
    const Document& d = w.set.documents[static_cast<std::size_t>(w.p.document)];
    return zh(w.l) ? fmt::format("{}执行期{}至{}({}),申报日期{}不在执行期内", d.number, format_date(d.effective_from),
                                 format_date(d.effective_to), d.effective_cite.article, format_date(w.claim.date))
                   : fmt::format("{} is in force from {} to {} ({}); the claim's date {} is outside it", d.number,
                                 format_date(d.effective_from), format_date(d.effective_to), d.effective_cite.article,
                                 format_date(w.claim.date));
  }
  if (const std::int32_t in_force = v->in_force(w.claim.date); in_force >= 0) {
    const BenefitPolicy& p = w.set.benefits[static_cast<std::size_t>(in_force)];
    const std::string& number = w.set.documents[static_cast<std::size_t>(p.document)].number;
    return zh(w.l) ? fmt::format("{}施行的版本是{},而非所指定的版本(指定{}即取施行中的版本)", format_date(w.claim.date),
                                 number, p.id)
                   : fmt::format(
                         "the version in force on {} is {}, not the one named (name the policy {} for the "
                         "version in force)",
                         format_date(w.claim.date), number, p.id);
  }
  const PolicyVersions::Nearest nearest = v->nearest(w.claim.date);
  std::vector<std::string> names;
  for (std::int32_t i : {nearest.before, nearest.after}) {
    if (i < 0) continue;
    const BenefitPolicy& p = w.set.benefits[static_cast<std::size_t>(i)];
    const Document& d = w.set.documents[static_cast<std::size_t>(p.document)];
    names.push_back(
        zh(w.l) ? fmt::format("{}(执行期{}至{})", d.number, format_date(d.effective_from), format_date(d.effective_to))
                : fmt::format("{} (in force {} to {})", d.number, format_date(d.effective_from),
                              format_date(d.effective_to)));
  }
  return zh(w.l)
             ? fmt::format("{}没有施行中的{}版本;最近的版本:{}", format_date(w.claim.date), w.p.id, join(names, "、"))
             : fmt::format("no version of {} in force on {}; nearest: {}", w.p.id, format_date(w.claim.date),
                           join(names, ", "));
}

// The document's `requires:`, every rule's condition: met, not met (what
// failed) or assumed.
ExplainStep required_step(const Words& w, const BenefitResult& r) {
  const ConditionTable& t = w.p.conditions;
  const Lang l = w.l;
  const Citation* cite = condition_cite(t, *w.p.requires_all);
  if (r.required == Tri::False)
    return {
        fmt::format("{}{}{}", cite->article, zh(l) ? ":不满足" : ": not met: ",
                    describe_condition(t, static_cast<std::uint32_t>(r.required_failed), w.condition_words(true), l)),
        cite};
  const char* verdict = r.required == Tri::True ? (zh(l) ? "满足" : "met") : (zh(l) ? "假定满足" : "assumed");
  return {fmt::format("{}{}{}: {}", cite->article, zh(l) ? ",各项共同条件" : ", every rule's condition ", verdict,
                      describe_condition(t, *w.p.requires_all, w.condition_words(true), l)),
          cite};
}

void rule_steps(const Words& w, const BenefitRuleOutcome& o, std::vector<ExplainStep>& steps) {
  const BenefitRule& rule = w.p.rules[static_cast<std::size_t>(o.rule)];
  const Lang l = w.l;
  const std::string head = fmt::format("{} {}", rule.article, rule.name.in(zh(l)));
  if (o.uncovered >= 0) {
    steps.push_back({reason(w, o, true), nullptr});
    return;
  }
  if (rule.eligible) {
    const char* verdict = o.eligible == Tri::True ? (zh(l) ? "满足" : "met")
                          : o.failed >= 0         ? (zh(l) ? "不满足" : "not met")
                                                  : (zh(l) ? "假定满足" : "assumed");
    steps.push_back({fmt::format("{}{}{}: {}", head, zh(l) ? ",条件" : ", condition ", verdict,
                                 describe_condition(w.p.conditions, *rule.eligible, w.condition_words(true), l)),
                     condition_cite(w.p.conditions, *rule.eligible)});
  }
  if (o.failed >= 0 || o.eligible == Tri::False) {
    if (o.missing >= 0 || o.uncovered >= 0) steps.push_back({reason(w, o, true), nullptr});
    return;
  }
  const ChoiceRate* rate = rule.amount.kind == FormulaKind::RateBy ? chosen_rate(rule.amount, w.claim.facts) : nullptr;
  steps.push_back(
      {fmt::format("{}{}{}", head, zh(l) ? ",金额:" : ", amount: ", formula_text(w, rule.amount, o.computed)),
       rate ? &rate->cite : &rule.amount.cite});
  Money before = o.computed;
  for (const BenefitLimitOutcome& lo : o.limits) {
    const BenefitLimit& limit = rule.limits[static_cast<std::size_t>(lo.limit)];
    steps.push_back({limit_text(w, limit, o.rule, lo, before), &limit.cite});
    if (lo.cut) before = lo.ceiling;
  }
}

// How the rules' amounts became the amount paid: the highest (就高不就低),
// or every eligible rule together (叠加).
std::string resolution_text(const Words& w, const BenefitResult& r) {
  const Lang l = w.l;
  if (!w.p.pay_all) {
    const BenefitRule& chosen = w.p.rules[static_cast<std::size_t>(r.chosen)];
    return zh(l) ? fmt::format("就高不就低:按{}支付{}", chosen.article, yuan(r.amount(), l))
                 : fmt::format("the highest amount is paid: {} under {}", yuan(r.amount(), l), chosen.article);
  }
  std::vector<std::string> parts;
  for (std::int16_t i : r.paid) {
    const BenefitRule& rule = w.p.rules[static_cast<std::size_t>(i)];
    const Money amount = r.rules[static_cast<std::size_t>(i)].amount;
    parts.push_back(zh(l) ? fmt::format("{}{}", rule.article, yuan(amount, l))
                          : fmt::format("{} under {}", yuan(amount, l), rule.article));
  }
  return zh(l) ? fmt::format("叠加享受:{},合计{}", join(parts, " + "), yuan(r.amount(), l))
               : fmt::format("the rules stack: {}, {} in all", join(parts, " + "), yuan(r.amount(), l));
}

std::vector<ExplainStep> explain(const Words& w, const BenefitResult& r, const std::vector<std::string>& assumed) {
  const Lang l = w.l;
  const Document& doc = w.set.documents[static_cast<std::size_t>(w.p.document)];
  std::vector<ExplainStep> steps;
  steps.push_back({zh(l) ? fmt::format("{}执行期{}至{},申报日期{}{}", doc.number, format_date(doc.effective_from),
                                       format_date(doc.effective_to), format_date(w.claim.date),
                                       r.in_force ? "在执行期内" : "不在执行期内")
                         : fmt::format("{} is in force from {} to {}; the claim's date {} is {}", doc.number,
                                       format_date(doc.effective_from), format_date(doc.effective_to),
                                       format_date(w.claim.date), r.in_force ? "within it" : "outside it"),
                   &doc.effective_cite});
  if (!r.in_force) return steps;
  if (w.p.requires_all) steps.push_back(required_step(w, r));
  if (r.required == Tri::False) return steps;
  for (const auto& o : r.rules) rule_steps(w, o, steps);
  for (const auto& a : assumed) steps.push_back({assumed_step(a, l), nullptr});
  if (!r.eligible()) return steps;
  if (w.p.rules.size() > 1) steps.push_back({resolution_text(w, r), &w.p.resolution_cite});
  std::vector<const BenefitRule*> payees;  // one step per payee, with the first rule that names it
  for (std::int16_t i : r.paid) {
    const BenefitRule& rule = w.p.rules[static_cast<std::size_t>(i)];
    if (rule.payee_cite.article.empty()) continue;
    if (std::none_of(payees.begin(), payees.end(), [&](const BenefitRule* q) { return q->payee == rule.payee; }))
      payees.push_back(&rule);
  }
  for (const BenefitRule* rule : payees)
    steps.push_back(
        {zh(l) ? fmt::format("收款方:{}", rule->payee_label.zh.empty() ? rule->payee : rule->payee_label.zh)
               : fmt::format("paid to: {}", rule->payee_label.en.empty() ? rule->payee : rule->payee_label.en),
         &rule->payee_cite});
  if (!w.p.payable_cite.article.empty()) {
    const int year = year_of(w.claim.date) + w.p.payable_years_after;
    const std::string when = years_after_text(w.p.payable_years_after, Text{"申报", "claim"}, l);
    steps.push_back(
        {zh(l) ? fmt::format("兑现年度:{},即{}年", when, year) : fmt::format("payable in {}, {}", when, year),
         &w.p.payable_cite});
  }
  return steps;
}

// A value of several paid rules: each part once, joined by "+".
void add_part(std::string& value, const std::string& part) {
  if (value.empty()) {  // one rule paid, every row of most documents: a plain copy
    value = part;
    return;
  }
  std::size_t at = 0;
  while (at <= value.size()) {
    std::size_t end = value.find('+', at);
    if (end == std::string::npos) end = value.size();
    if (std::string_view(value).substr(at, end - at) == part) return;
    at = end + 1;
  }
  (value += '+') += part;
}

}  // namespace

BenefitView benefit_view(const PolicySet& set, const BenefitPolicy& policy, const BenefitClaim& claim,
                         const BenefitResult& result, FieldStyle style, Lang lang, bool steps) {
  BenefitView view;
  fill_benefit_view(set, policy, claim, result, style, lang, steps, view);
  return view;
}

void fill_benefit_view(const PolicySet& set, const BenefitPolicy& policy, const BenefitClaim& claim,
                       const BenefitResult& result, FieldStyle style, Lang lang, bool steps, BenefitView& view) {
  Words w{set, policy, claim, result, style, lang, &view.memo};
  for (auto& v : view.values) v.clear();
  view.rule_name.clear();
  view.assumptions.clear();
  view.reasons.clear();
  view.steps.clear();
  view.values[kOutEligible] = result.eligible() ? "yes" : "no";
  append_money(view.values[kOutAmount], result.amount().fen);
  if (result.eligible()) {
    for (std::uint8_t a = 0; a < result.required_assumed.count; ++a)
      view.assumptions.push_back(assumption(w, result.required_assumed.ids[a]));
    for (std::int16_t i : result.paid) {
      const BenefitRuleOutcome& o = result.rules[static_cast<std::size_t>(i)];
      const BenefitRule& rule = policy.rules[static_cast<std::size_t>(i)];
      add_part(view.values[kOutRule], rule.id);
      add_part(view.values[kOutArticle], rule.article);
      if (o.capped_by >= 0) add_part(view.values[kOutCappedBy], rule.limits[static_cast<std::size_t>(o.capped_by)].id);
      add_part(view.values[kOutPayee], rule.payee);
      if (!view.rule_name.empty()) view.rule_name += " + ";
      view.rule_name += rule.name.in(zh(lang));
      for (std::uint8_t a = 0; a < o.assumed.count; ++a) {
        std::string said = assumption(w, o.assumed.ids[a]);
        if (std::find(view.assumptions.begin(), view.assumptions.end(), said) == view.assumptions.end())
          view.assumptions.push_back(std::move(said));
      }
      if (o.other_assumed >= 0) {
        std::string said =
            other_levels_assumption(w, static_cast<std::size_t>(i), static_cast<std::size_t>(o.other_assumed));
        if (std::find(view.assumptions.begin(), view.assumptions.end(), said) == view.assumptions.end())
          view.assumptions.push_back(std::move(said));
      }
    }
    for (std::int16_t d : claim.defaulted)
      if (paid_rules_read(policy, result, d)) view.assumptions.insert(view.assumptions.begin(), defaulted_text(w, d));
    view.values[kOutPayableYear] = std::to_string(year_of(claim.date) + policy.payable_years_after);
  } else if (result.required == Tri::False) {
    view.reasons.push_back(required_step(w, result).text);
  } else {
    if (!result.in_force)
      if (std::string text = no_version_text(w); !text.empty()) view.reasons.push_back(std::move(text));
    for (const auto& o : result.rules) view.reasons.push_back(reason(w, o, result.in_force));
  }
  if (steps) view.steps = explain(w, result, view.assumptions);
}

std::string benefit_condition_assumption(const PolicySet& set, const BenefitPolicy& policy, const BenefitClaim& claim,
                                         std::uint16_t id, FieldStyle style, Lang lang) {
  const BenefitResult none;
  return assumption_words(Words{set, policy, claim, none, style, lang}, id);
}

std::string benefit_other_levels_assumption(const PolicySet& set, const BenefitPolicy& policy,
                                            const BenefitClaim& claim, std::size_t rule, std::size_t limit,
                                            FieldStyle style, Lang lang) {
  const BenefitResult none;
  return other_levels_assumption(Words{set, policy, claim, none, style, lang}, rule, limit);
}

json benefit_json(const PolicySet& set, const BenefitPolicy& policy, const BenefitView& view, bool explain) {
  json j;
  j["policy"] = policy.id;
  j["document"] = set.documents[static_cast<std::size_t>(policy.document)].number;
  for (std::size_t i = 0; i < kBenefitOutputCount; ++i) {
    const std::string& v = view.values[i];
    const std::string key(kBenefitOutputs[i].key);
    if (v.empty()) {
      j[key] = nullptr;
      continue;
    }
    switch (kBenefitOutputs[i].kind) {
      case OutputKind::YesNo:
        j[key] = v == "yes";
        break;
      case OutputKind::Year:
        j[key] = std::stoi(v);
        break;
      case OutputKind::Money:
      case OutputKind::Text:
        j[key] = v;
        break;
    }
  }
  j["assumptions"] = view.assumptions;
  j["reasons"] = view.reasons;
  if (explain) j["steps"] = steps_json(view.steps);
  return j;
}

std::string benefit_text(const PolicySet& set, const BenefitPolicy& policy, const BenefitView& view, Lang l,
                         bool explain) {
  const Document& doc = set.documents[static_cast<std::size_t>(policy.document)];
  std::string out = fmt::format("{} ({})\n", doc.short_title.in(zh(l)), doc.number);
  for (std::size_t i = 0; i < kBenefitOutputCount; ++i) {
    std::string v = view.values[i];
    if (v.empty()) continue;
    if (kBenefitOutputs[i].kind == OutputKind::Money) v = yuan(Money{parse_money(v)->fen}, l);
    if (kBenefitOutputs[i].kind == OutputKind::YesNo && zh(l)) v = v == "yes" ? "是" : "否";
    if (i == kOutRule) v += fmt::format(" ({})", view.rule_name);
    out += fmt::format("{}{}{}\n", zh(l) ? kBenefitOutputs[i].label.zh : kBenefitOutputs[i].label.en,
                       zh(l) ? ":" : ": ", v);
  }
  if (!view.reasons.empty()) {
    out += zh(l) ? "原因:\n" : "Reasons:\n";
    for (const auto& r : view.reasons) out += "  - " + r + "\n";
  }
  out += assumptions_text(view.assumptions, l);
  if (explain) out += (zh(l) ? "步骤:\n" : "Steps:\n") + steps_text(view.steps, l);
  return out;
}

}  // namespace hdpolicy
