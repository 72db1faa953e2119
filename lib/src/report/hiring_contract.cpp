// `hdpolicy hiring`'s answer over a declared document (hiring_contract.hpp).
// The wording is what `hdpolicy hiring` has always printed (the former
// hiring mechanism's, byte for byte); what it reads is the generic claim,
// the document's rules (the categories) and its `requires:` (the contract).
// A category's fit is judged on the facts whatever the window, as the
// command has always judged it, so an answer outside the window still says
// which categories the person falls in.
#include "hdpolicy/hiring_contract.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>

#include "hdpolicy/condition_text.hpp"
#include "hdpolicy/dates.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {
namespace {

struct Fit {
  Tri fits = Tri::False;
  std::int32_t failed = -1;
  AssumptionList assumed;
};

// A hire judged as `hdpolicy hiring` has always judged it: window, contract, each category.
struct Hire {
  const PolicySet& set;
  const BenefitPolicy& p;
  const Document& doc;
  const BenefitClaim& claim;
  FieldStyle style;
  Lang l;
  bool in_period = false;
  Fit contract{Tri::True, -1, {}};
  std::vector<Fit> categories;
  std::int16_t chosen = -1;  // the first category that fits, else the first that may fit
  std::vector<std::string> given;

  Hire(const PolicySet& s, const BenefitPolicy& policy, const BenefitClaim& c, FieldStyle st, Lang lang)
      : set(s), p(policy), doc(s.documents[static_cast<std::size_t>(policy.document)]), claim(c), style(st), l(lang) {
    in_period = doc.effective_from <= claim.date && claim.date <= doc.effective_to;
    const EvalContext ctx{claim.facts, claim.date};
    if (p.requires_all)
      contract.fits = evaluate_condition(p.conditions, *p.requires_all, ctx, contract.assumed, contract.failed);
    for (const BenefitRule& rule : p.rules) {
      Fit& f = categories.emplace_back();
      f.fits = rule.eligible ? evaluate_condition(p.conditions, *rule.eligible, ctx, f.assumed, f.failed) : Tri::True;
    }
    for (Tri want : {Tri::True, Tri::Unknown})
      for (std::size_t i = 0; i < categories.size() && chosen < 0; ++i)
        if (categories[i].fits == want) chosen = static_cast<std::int16_t>(i);
    // A college graduate known from a date reads "graduated DATE".
    given.resize(p.inputs().size());
    if (auto g = row("graduate"), d = row("graduation_date"); g >= 0 && d >= 0 && fact(d).known)
      given[static_cast<std::size_t>(g)] =
          zh(l) ? fmt::format("毕业日期{}", date_of(d)) : fmt::format("graduated {}", date_of(d));
  }
  Hire(const Hire&) = delete;

  bool eligible() const { return chosen >= 0 && in_period && contract.fits != Tri::False; }
  std::int16_t row(std::string_view id) const {
    auto r = find_input(p.inputs(), id);
    return r ? static_cast<std::int16_t>(*r) : std::int16_t{-1};
  }
  const FactValue& fact(std::int16_t r) const { return claim.facts[static_cast<std::size_t>(r)]; }
  std::string date_of(std::int16_t r) const { return format_date(Date{date::days{fact(r).value}}); }
  bool defaulted(std::int16_t r) const {
    return r >= 0 && std::find(claim.defaulted.begin(), claim.defaulted.end(), r) != claim.defaulted.end();
  }
  ConditionWords words(bool with_facts) const {
    ConditionWords w{p.inputs(), {}, claim.date, {"招用", "hire"}, nullptr, given};
    if (with_facts) w.facts = claim.facts;
    return w;
  }
  std::string describe(std::uint32_t id) const { return describe_condition(p.conditions, id, words(true), l); }
  const BenefitRule& rule(std::size_t i) const { return p.rules[i]; }
};

std::uint32_t root_of(const Hire& h, std::size_t i) { return h.rule(i).eligible.value_or(0); }

std::string category_name(const BenefitRule& rule, Lang l) {
  return zh(l) ? rule.name.zh : fmt::format("{} ({})", rule.name.en, rule.name.zh);
}

std::string category_line(const Hire& h, std::size_t i) {
  const BenefitRule& rule = h.rule(i);
  const Fit& o = h.categories[i];
  const Lang l = h.l;
  const std::uint32_t root = root_of(h, i);
  const std::string article = first_condition_article(h.p.conditions, root);
  switch (o.fits) {
    case Tri::True:
      return zh(l) ? fmt::format("{}:属于{}:{}", article, rule.name.zh, h.describe(root))
                   : fmt::format("{}: {}: {}", article, category_name(rule, l), h.describe(root));
    case Tri::Unknown:
      return zh(l) ? fmt::format("{}:在所列假定下属于{}:{}", article, rule.name.zh, h.describe(root))
                   : fmt::format("{}: {}, on the assumptions listed: {}", article, category_name(rule, l),
                                 h.describe(root));
    case Tri::False: {
      auto failed = static_cast<std::uint32_t>(o.failed);
      return zh(l) ? fmt::format("{}:不属于{}:{}", article, rule.name.zh, h.describe(failed))
                   : fmt::format("{}: not {}: {}", article, category_name(rule, l), h.describe(failed));
    }
  }
  return {};
}

std::string period_line(const Hire& h, bool inside) {
  const Document& d = h.doc;
  const std::string note = d.effective_note.in(zh(h.l));
  if (zh(h.l))
    return fmt::format("{}:招用日期{}{}政策覆盖期间{}至{}内{}", d.effective_cite.article, format_date(h.claim.date),
                       inside ? "在" : "不在", format_date(d.effective_from), format_date(d.effective_to),
                       note.empty() ? "" : "(" + note + ")");
  return fmt::format("{}: the hire date {} is {} the period the plan covers, {} to {}{}", d.effective_cite.article,
                     format_date(h.claim.date), inside ? "within" : "outside", format_date(d.effective_from),
                     format_date(d.effective_to), note.empty() ? "" : " (" + note + ")");
}

// A hire no version covers, of a policy of several: the nearest versions and the hires each covers.
std::string no_version_line(const Hire& h) {
  const PolicyVersions& versions = h.set.benefit_versions[static_cast<std::size_t>(h.p.versions)];
  auto nearest = versions.nearest(h.claim.date);
  std::vector<std::string> names;
  for (std::int32_t v : {nearest.before, nearest.after}) {
    if (v < 0) continue;
    // `nearest` gives indexes into set.benefits, not places in `windows`.
    const Document& d = h.set.documents[static_cast<std::size_t>(h.set.benefits[static_cast<std::size_t>(v)].document)];
    names.push_back(
        zh(h.l)
            ? fmt::format("{}(覆盖{}至{}招用)", d.number, format_date(d.effective_from), format_date(d.effective_to))
            : fmt::format("{} (hires {} to {})", d.number, format_date(d.effective_from), format_date(d.effective_to)));
  }
  return zh(h.l) ? fmt::format("{}没有施行中的政策版本;最近的版本:{}", format_date(h.claim.date), join(names, "、"))
                 : fmt::format("no version of the policy in force on {}; nearest: {}", format_date(h.claim.date),
                               join(names, ", "));
}

bool several_versions(const Hire& h) {
  return h.p.versions >= 0 && h.set.benefit_versions[static_cast<std::size_t>(h.p.versions)].windows.size() > 1;
}

std::string contract_line(const Hire& h) {
  if (!h.p.requires_all) return {};
  const std::uint32_t id = *h.p.requires_all;
  const std::string what = h.describe(id);
  const std::string article = first_condition_article(h.p.conditions, id);
  if (h.contract.fits == Tri::False)
    return zh(h.l) ? fmt::format("{}:不符合条件:{}", article, what)
                   : fmt::format("{}: condition not met: {}", article, what);
  return fmt::format("{}{}{}", article, zh(h.l) ? ":" : ": ", what);
}

// The amount of the category reported (every category pays the same, per person hired).
const Formula& amount_of(const Hire& h) {
  return h.rule(static_cast<std::size_t>(std::max<std::int16_t>(h.chosen, 0))).amount;
}

std::string amount_line(const Hire& h) {
  const Formula& f = amount_of(h);
  const Text& name = h.doc.short_title;
  return zh(h.l) ? fmt::format("{}:按招用1人{}的标准发放{}", f.cite.article, yuan(f.amount, h.l), name.zh)
                 : fmt::format("{}: {} per person hired ({})", f.cite.article, yuan(f.amount, h.l), name.en);
}

std::vector<std::size_t> others_fitting(const Hire& h) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < h.categories.size(); ++i)
    if (static_cast<std::int16_t>(i) != h.chosen && h.categories[i].fits == Tri::True) out.push_back(i);
  return out;
}

std::string other_names(const Hire& h) {
  std::vector<std::string> names;
  for (std::size_t i : others_fitting(h)) names.push_back(category_name(h.rule(i), h.l));
  return join(names, zh(h.l) ? "、" : "; ");
}

std::string defaulted_text(const Hire& h) {
  const bool left = h.defaulted(h.row("left_school_date"));
  const std::string name = input_name(h.p.inputs(), left ? "left_school_date" : "graduation_date", h.style);
  const std::string from = h.date_of(h.row(left ? "graduation_date" : "left_school_date"));
  if (zh(h.l))
    return left ? fmt::format("未提供离校日期({}),按毕业日期{}认定为离校日期", name, from)
                : fmt::format("未提供毕业日期({}),按离校日期{}认定为毕业日期", name, from);
  return left ? fmt::format("not given: {}; taken to be the graduation date, {}", name, from)
              : fmt::format("not given: {}; taken to be the left-school date, {}", name, from);
}

// Whether condition `id` reads the school date filled in, directly or through a fact derived from it.
bool reads_defaulted(const Hire& h, std::uint32_t id) {
  const FactTable& t = *h.p.facts;
  for (std::int16_t d : h.claim.defaulted)
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
      const FactExtra& e = t.extra[r];
      const bool from_it = static_cast<std::int16_t>(r) == d || e.from[0] == d || e.from[1] == d;
      if (from_it && reads_fact(h.p.conditions, id, static_cast<int>(r))) return true;
    }
  return false;
}

// The school date filled in from the other one matters when the answer reads it.
bool defaulted_matters(const Hire& h) {
  if (h.claim.defaulted.empty()) return false;
  if (h.eligible()) return reads_defaulted(h, root_of(h, static_cast<std::size_t>(h.chosen)));
  if (!h.in_period || h.contract.fits == Tri::False) return false;
  for (std::size_t i = 0; i < h.categories.size(); ++i)
    if (reads_defaulted(h, root_of(h, i))) return true;
  return false;
}

std::string assumption(const Hire& h, std::uint16_t id) {
  const ConditionTable& t = h.p.conditions;
  auto missing = missing_inputs(t, h.p.inputs(), h.p.inputs(), id, h.claim.facts, h.style, h.l);
  const Condition& c = t.conditions[id];
  std::string what = c.label.zh.empty() ? describe_condition(t, id, h.words(false), h.l) : c.label.in(zh(h.l));
  return assumption_text(missing, what, first_condition_article(t, id), h.l);
}

std::vector<ExplainStep> assumptions_cited(const Hire& h) {
  std::vector<ExplainStep> out;
  if (defaulted_matters(h)) out.push_back({defaulted_text(h), nullptr});
  if (!h.eligible()) return out;
  auto add = [&](std::uint16_t id) { out.push_back({assumption(h, id), &h.p.conditions.conditions[id].cite}); };
  for (std::uint8_t i = 0; i < h.contract.assumed.count; ++i) add(h.contract.assumed.ids[i]);
  const Fit& o = h.categories[static_cast<std::size_t>(h.chosen)];
  for (std::uint8_t i = 0; i < o.assumed.count; ++i) add(o.assumed.ids[i]);
  return out;
}

std::vector<std::string> assumptions(const Hire& h) {
  std::vector<std::string> out;
  for (auto& step : assumptions_cited(h)) out.push_back(std::move(step.text));
  return out;
}

std::vector<std::string> reasons(const Hire& h) {
  std::vector<std::string> out;
  const Lang l = h.l;
  if (h.eligible()) {
    out.push_back(category_line(h, static_cast<std::size_t>(h.chosen)));
    if (h.p.requires_all) out.push_back(contract_line(h));
    out.push_back(period_line(h, true));
    out.push_back(amount_line(h));
    if (auto others = other_names(h); !others.empty())
      out.push_back(
          zh(l) ? fmt::format("同时符合:{}(按{}所列顺序取在先者)", others,
                              first_condition_article(h.p.conditions, root_of(h, static_cast<std::size_t>(h.chosen))))
                : fmt::format("also fits: {} (the first in the order of the item is reported)", others));
    return out;
  }
  if (!h.in_period) out.push_back(several_versions(h) ? no_version_line(h) : period_line(h, false));
  if (h.contract.fits == Tri::False) out.push_back(contract_line(h));
  if (h.chosen < 0)
    for (std::size_t i = 0; i < h.categories.size(); ++i) out.push_back(category_line(h, i));
  return out;
}

std::string who_line(const Hire& h) {
  const Lang l = h.l;
  const std::int16_t birth = h.row("birth_date"), age = h.row("age");
  const std::int16_t graduation = h.row("graduation_date"), left = h.row("left_school_date");
  const auto years = h.fact(age).value;
  std::string who =
      zh(l) ? fmt::format("招用:{}招用,出生日期{},招用之日{}周岁", format_date(h.claim.date), h.date_of(birth), years)
            : fmt::format("Hire: hired {}, born {}, aged {} on the hire date", format_date(h.claim.date),
                          h.date_of(birth), years);
  if (graduation >= 0 && h.fact(graduation).known)
    who += zh(l) ? fmt::format(",毕业日期{}{}", h.date_of(graduation), h.defaulted(graduation) ? "(按离校日期)" : "")
                 : fmt::format(", graduated {}{}", h.date_of(graduation),
                               h.defaulted(graduation) ? " (taken from the left-school date)" : "");
  if (left >= 0 && h.fact(left).known)
    who += zh(l) ? fmt::format(",离校日期{}{}", h.date_of(left), h.defaulted(left) ? "(按毕业日期)" : "")
                 : fmt::format(", left school {}{}", h.date_of(left),
                               h.defaulted(left) ? " (taken from the graduation date)" : "");
  return who;
}

std::string category_step(const Hire& h, std::size_t i) {
  const Tri fits = h.categories[i].fits;
  const char* verdict_en = fits == Tri::True    ? "fits"
                           : fits == Tri::False ? "does not fit"
                                                : "may fit (facts not given)";
  const char* verdict_zh = fits == Tri::True ? "符合" : fits == Tri::False ? "不符合" : "可能符合(事实未提供)";
  const std::uint32_t root = root_of(h, i);
  const BenefitRule& rule = h.rule(i);
  return zh(h.l) ? fmt::format("{}:类别{} {}:{}:{}", first_condition_article(h.p.conditions, root), i + 1, rule.name.zh,
                               verdict_zh, h.describe(root))
                 : fmt::format("{}: category {}, {}: {}: {}", first_condition_article(h.p.conditions, root), i + 1,
                               category_name(rule, h.l), verdict_en, h.describe(root));
}

std::vector<ExplainStep> explain(const Hire& h, Money amount) {
  const Lang l = h.l;
  std::vector<ExplainStep> steps;
  steps.push_back({who_line(h), nullptr});
  steps.push_back({period_line(h, h.in_period), &h.doc.effective_cite});
  if (h.p.requires_all) steps.push_back({contract_line(h), first_condition_cite(h.p.conditions, *h.p.requires_all)});
  for (std::size_t i = 0; i < h.categories.size(); ++i)
    steps.push_back({category_step(h, i), first_condition_cite(h.p.conditions, root_of(h, i))});
  if (h.chosen >= 0 && !others_fitting(h).empty()) {
    const BenefitRule& rule = h.rule(static_cast<std::size_t>(h.chosen));
    steps.push_back(
        {zh(l) ? fmt::format("符合多个类别,按{}所列顺序取在先者:{}(另符合{})",
                             first_condition_article(h.p.conditions, root_of(h, static_cast<std::size_t>(h.chosen))),
                             rule.name.zh, other_names(h))
               : fmt::format("Several categories fit; the first in the order of the item is reported: {} (also: {})",
                             category_name(rule, l), other_names(h)),
         nullptr});
  }
  for (auto& a : assumptions_cited(h)) steps.push_back({assumed_step(a.text, l), a.cite});
  if (h.eligible()) {
    steps.push_back({amount_line(h), &amount_of(h).cite});
    steps.push_back(
        {zh(l) ? fmt::format("结论:补助{}", yuan(amount, l)) : fmt::format("Result: {}", yuan(amount, l)), nullptr});
  } else {
    steps.push_back({zh(l) ? "结论:不符合补助条件" : "Result: not eligible", nullptr});
  }
  return steps;
}

}  // namespace

std::vector<const BenefitPolicy*> hiring_contract_versions(const PolicySet& set) {
  return contract_versions(set, "hiring");
}

const BenefitPolicy* find_hiring_contract(const PolicySet& set) { return find_contract(set, "hiring"); }

const BenefitPolicy& require_hiring_contract(const PolicySet& set, std::string_view what) {
  if (const BenefitPolicy* p = find_hiring_contract(set)) return *p;
  throw InputError(
      fmt::format("{}: the policies loaded have no document that answers as hdpolicy hiring (one of "
                  "declared shape whose document.contract is hiring, as policies/hiring-subsidy.yaml)",
                  what));
}

std::string hiring_contract_misfit(const BenefitPolicy& policy) {
  for (const InputDef& want : hiring_inputs()) {
    if (want.role == InputRole::Derived) continue;
    auto row = find_input(policy.inputs(), want.id);
    if (!row || policy.inputs()[*row].kind != want.kind)
      return fmt::format("hiring takes fact '{}' ({}), which the document does not declare{}", want.id,
                         fact_kind_name(want.kind), row ? " of that kind" : "");
  }
  return "";
}

HiringContractCase judge_hiring_contract(const PolicySet& set, const BenefitPolicy& named, const InputTexts& hiring,
                                         FieldStyle style, Date today) {
  HiringContractJudge judge(set, named);
  return judge.judge(hiring, style, today);
}

HiringContractJudge::HiringContractJudge(const PolicySet& set, const BenefitPolicy& named) : set_(set), named_(named) {
  for (const InputDef& input : hiring_inputs()) {
    auto row = find_input(named.inputs(), input.id);
    fact_of_.push_back(row ? static_cast<std::int16_t>(*row) : std::int16_t{-1});
  }
  // Nothing received under any cap: a hire is one claim, paid once per person.
  case_.claim.received = parse_benefit_received(named, {}, FieldStyle::Option);
}

const HiringContractCase& HiringContractJudge::judge(const InputTexts& hiring, FieldStyle style, Date today) {
  InputTexts texts(named_.inputs());
  for (std::size_t i = 0; i < fact_of_.size(); ++i)
    if (fact_of_[i] >= 0) texts[static_cast<std::size_t>(fact_of_[i])] = hiring[i];
  read_benefit_facts(named_, texts, style, today, case_.claim);
  case_.version = &benefit_version(set_, named_, case_.claim.date);
  evaluate_benefit(set_.documents[static_cast<std::size_t>(case_.version->document)], *case_.version, case_.claim,
                   case_.result);
  return case_;
}

std::vector<std::string> hiring_contract_assumptions(const PolicySet& set, const BenefitPolicy& version,
                                                     const BenefitClaim& claim, FieldStyle style, Lang lang) {
  return assumptions(Hire(set, version, claim, style, lang));
}

nlohmann::ordered_json hiring_contract_json(const PolicySet& set, const BenefitPolicy& version,
                                            const BenefitClaim& claim, const BenefitResult& result, FieldStyle style,
                                            Lang lang, bool explain_steps) {
  using json = nlohmann::ordered_json;
  const Hire h(set, version, claim, style, lang);
  const bool eligible = h.eligible();
  const Money amount = eligible ? result.total : Money{};
  json j;
  j["eligible"] = eligible;
  j["subsidy"] = format_money(amount);
  j["category"] = eligible ? json(h.rule(static_cast<std::size_t>(h.chosen)).id) : json(nullptr);
  j["reasons"] = reasons(h);
  j["assumptions"] = assumptions(h);
  j["policy"] = h.doc.number;
  std::vector<std::string> others;
  if (eligible)
    for (std::size_t i : others_fitting(h)) others.push_back(h.rule(i).id);
  j["other_categories"] = others;
  j["age"] = h.fact(h.row("age")).value;
  j["hire_date"] = format_date(claim.date);
  if (explain_steps) j["steps"] = steps_json(explain(h, amount));
  return j;
}

std::string hiring_contract_text(const PolicySet& set, const BenefitPolicy& version, const BenefitClaim& claim,
                                 const BenefitResult& result, FieldStyle style, Lang l, bool explain_steps) {
  const Hire h(set, version, claim, style, l);
  const Money amount = h.eligible() ? result.total : Money{};
  std::string out;
  if (explain_steps) {
    out += steps_text(explain(h, amount), l);
  } else if (h.eligible()) {
    const BenefitRule& rule = h.rule(static_cast<std::size_t>(h.chosen));
    out += zh(l) ? fmt::format("可获{}:{}\n", h.doc.short_title.zh, yuan(amount, l))
                 : fmt::format("Subsidy: {}\n", yuan(amount, l));
    out += zh(l) ? fmt::format("类别:{}\n", rule.name.zh) : fmt::format("Category: {}\n", category_name(rule, l));
    out += zh(l) ? "依据:\n" : "Why:\n";
    for (const auto& reason : reasons(h)) out += "  - " + reason + "\n";
  } else {
    out += zh(l) ? "不符合补助条件\n" : "Not eligible\n";
    for (const auto& reason : reasons(h)) out += (zh(l) ? "原因:" : "Reason: ") + reason + "\n";
  }
  out += assumptions_text(assumptions(h), l);
  out += zh(l) ? fmt::format("政策:{}\n", h.doc.number) : fmt::format("Policy: {}\n", h.doc.number);
  return out;
}

HiringContractRow hiring_contract_row(const PolicySet& set, const BenefitPolicy& version, const BenefitClaim& claim,
                                      const BenefitResult& result, FieldStyle style, Lang l) {
  const Hire h(set, version, claim, style, l);
  HiringContractRow row;
  row.eligible = h.eligible();
  if (row.eligible) {
    row.amount = result.total;
    row.category = h.chosen;
    row.note = h.rule(static_cast<std::size_t>(h.chosen)).name.in(zh(l));
    if (auto others = other_names(h); !others.empty())
      row.note += fmt::format("{}{}", zh(l) ? ";同时符合" : "; also fits ", others);
  } else {
    row.note = fmt::format("{}{}", zh(l) ? "不符合:" : "not eligible: ", join(reasons(h), zh(l) ? ";" : "; "));
  }
  // Each assumption already reads "not given: ...; assumed ...".
  if (auto a = assumptions(h); !a.empty())
    fmt::format_to(std::back_inserter(row.note), "{}{}", zh(l) ? ";" : "; ", join(a, zh(l) ? ";" : "; "));
  return row;
}

}  // namespace hdpolicy
