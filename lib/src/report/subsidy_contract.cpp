// `hdpolicy subsidy`'s answer over a declared document (subsidy_contract.hpp).
// The wording is what `hdpolicy subsidy` has always printed (the former
// premium-subsidy mechanism's, byte for byte); what it reads is the generic
// claim and result: the rules covering the claim's insurance type are its
// candidates, the document's `requires:` is the scope each of them is judged
// in, the rate is the one `rate_by` picks for the type.
#include "hdpolicy/subsidy_contract.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/condition_text.hpp"
#include "hdpolicy/dates.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/report.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy {
namespace {

using json = nlohmann::ordered_json;

const Text kClaim{"申报", "claim"};  // what the payable year counts from

// A candidate: a rule covering the type, and how the claim fares under it.
struct Candidate {
  std::int16_t rule = -1;
  bool eligible = false;
  std::int32_t failed = -1;            // the condition that ruled it out (scope or its own)
  std::vector<std::uint16_t> assumed;  // the scope's assumptions, then the rule's
  const ChoiceRate* rate = nullptr;
};

// A claim as `hdpolicy subsidy` has always judged it: the version in force,
// the candidates covering the type, the one paid.
struct Claim {
  const PolicySet& set;
  const BenefitPolicy& p;
  const Document& doc;
  const BenefitClaim& claim;
  const BenefitResult& r;
  FieldStyle style;
  Lang l;
  std::int16_t type = -1, premium = -1, upper = -1;  // fact rows
  std::vector<Candidate> candidates;
  std::int16_t chosen = -1;  // into candidates

  Claim(const PolicySet& s, const SubsidyContractCase& c, FieldStyle st, Lang lang)
      : set(s),
        p(*c.version),
        doc(s.documents[static_cast<std::size_t>(c.version->document)]),
        claim(c.claim),
        r(c.result),
        style(st),
        l(lang),
        type(row("type")),
        premium(row("premium")),
        upper(row("upper_subsidy")) {
    if (!r.in_force) return;
    for (std::size_t i = 0; i < p.rules.size(); ++i) {
      const BenefitRuleOutcome& o = r.rules[i];
      if (o.uncovered >= 0) continue;
      Candidate& k = candidates.emplace_back();
      k.rule = static_cast<std::int16_t>(i);
      k.rate = chosen_rate(p.rules[i].amount, claim.facts);
      if (r.required == Tri::False) {
        k.failed = r.required_failed;
      } else {
        k.eligible = o.eligible != Tri::False;
        k.failed = o.failed;
        for (std::uint8_t a = 0; a < r.required_assumed.count; ++a) k.assumed.push_back(r.required_assumed.ids[a]);
        for (std::uint8_t a = 0; a < o.assumed.count; ++a) k.assumed.push_back(o.assumed.ids[a]);
      }
      if (static_cast<std::int16_t>(i) == r.chosen) chosen = static_cast<std::int16_t>(candidates.size() - 1);
    }
  }
  Claim(const Claim&) = delete;

  std::int16_t row(std::string_view id) const {
    auto at = find_input(p.inputs(), id);
    return at ? static_cast<std::int16_t>(*at) : std::int16_t{-1};
  }
  Money money(std::int16_t fact) const { return Money{claim.facts[static_cast<std::size_t>(fact)].value}; }
  const BenefitRule& rule(const Candidate& k) const { return p.rules[static_cast<std::size_t>(k.rule)]; }
  const BenefitRuleOutcome& outcome(const Candidate& k) const { return r.rules[static_cast<std::size_t>(k.rule)]; }
  const Candidate* paid() const { return chosen >= 0 ? &candidates[static_cast<std::size_t>(chosen)] : nullptr; }
  // A choice's value as the command has always named it: 集成电路, or ic
  // (集成电路); per fact, made when a condition is first described.
  const std::vector<std::vector<std::string>>& names() const {
    if (names_.empty()) {
      names_.resize(p.facts->extra.size());
      for (std::size_t f = 0; f < names_.size(); ++f)
        for (const ChoiceValue& v : p.facts->extra[f].choices)
          names_[f].push_back(zh(l) ? v.name.zh : fmt::format("{} ({})", v.id, v.name.zh));
    }
    return names_;
  }
  std::string describe(std::uint32_t id) const {
    ConditionWords w{p.inputs(), claim.facts, claim.date, kClaim};
    w.names_by_fact = names();
    return describe_condition(p.conditions, id, w, l);
  }

 private:
  mutable std::vector<std::vector<std::string>> names_;
};

std::string type_name(const Claim& c) {
  const auto& choices = c.p.facts->extra[static_cast<std::size_t>(c.type)].choices;
  const Text& name = choices[static_cast<std::size_t>(c.claim.facts[static_cast<std::size_t>(c.type)].value)].name;
  return zh(c.l) ? name.zh : fmt::format("{} ({})", name.en, name.zh);
}

std::string rule_title(const Claim& c, const BenefitRule& rule) {
  return zh(c.l) ? fmt::format("{} {}", rule.article, rule.name.zh)
                 : fmt::format("{} (Art. {}) {}", rule.article, article_number(rule.article).value_or(0), rule.name.en);
}

std::string outcome_reason(const Claim& c, const Candidate& k) {
  const BenefitRule& rule = c.rule(k);
  const Lang l = c.l;
  if (!k.eligible) {
    const auto failed = static_cast<std::uint32_t>(std::max(k.failed, 0));
    const Condition& cond = c.p.conditions.conditions[failed];
    const std::string& article = cond.cite.article.empty() ? rule.article : cond.cite.article;
    return zh(l) ? fmt::format("{}:不符合条件:{},{}不适用", article, c.describe(failed), rule.article)
                 : fmt::format("{}: condition not met: {}, so {} does not apply", article, c.describe(failed),
                               rule.article);
  }
  const BenefitRuleOutcome& o = c.outcome(k);
  const Money premium = c.money(c.premium);
  std::string s = zh(l) ? fmt::format("{}:{},按实际支付保费{}的{}计{}", rule.article, type_name(c), yuan(premium, l),
                                      format_percent(k.rate->rate), yuan(o.computed, l))
                        : fmt::format("{}: {} at {} of the premium {} = {}", rule.article, type_name(c),
                                      format_percent(k.rate->rate), yuan(premium, l), yuan(o.computed, l));
  if (o.capped_by >= 0) {
    const std::string& article = rule.limits[static_cast<std::size_t>(o.capped_by)].cite.article;
    s += zh(l) ? fmt::format(",受{}限制为{}", article, yuan(o.amount, l))
               : fmt::format(", limited to {} by {}", yuan(o.amount, l), article);
  }
  return s;
}

std::string version_text(const Document& d, Lang l) {
  return zh(l) ? fmt::format("{}({}:{}至{}施行)", d.number, d.effective_cite.article, format_date(d.effective_from),
                             format_date(d.effective_to))
               : fmt::format("{} ({}: in force {} to {})", d.number, d.effective_cite.article,
                             format_date(d.effective_from), format_date(d.effective_to));
}

const PolicyVersions& versions_of(const Claim& c) {
  return c.set.benefit_versions[static_cast<std::size_t>(c.p.versions)];
}
const Document& version_document(const Claim& c, std::int32_t benefit) {
  return c.set.documents[static_cast<std::size_t>(c.set.benefits[static_cast<std::size_t>(benefit)].document)];
}

// No version in force on the claim date: say so, naming the nearest ones.
std::string no_version_reason(const Claim& c) {
  const Lang l = c.l;
  std::vector<std::string> names;
  if (c.p.versions >= 0) {
    auto nearest = versions_of(c).nearest(c.claim.date);
    for (std::int32_t v : {nearest.before, nearest.after})
      if (v >= 0) names.push_back(version_text(version_document(c, v), l));
  }
  std::string s = zh(l) ? fmt::format("{}没有施行中的政策版本", format_date(c.claim.date))
                        : fmt::format("no version of the policy in force on {}", format_date(c.claim.date));
  if (!names.empty()) s += zh(l) ? fmt::format(";最近的版本:{}", join(names, "、")) : "; nearest: " + join(names, ", ");
  return s;
}

// Why the claim is evaluated under this version: its window holds the date.
ExplainStep version_step(const Claim& c) {
  const Lang l = c.l;
  const Document& d = c.doc;
  std::string others;
  if (c.p.versions >= 0)
    for (const auto& w : versions_of(c).windows)
      if (c.set.benefits[static_cast<std::size_t>(w.index)].document != c.p.document)
        others += (others.empty() ? "" : (zh(l) ? "、" : ", ")) + version_text(version_document(c, w.index), l);
  std::string s =
      zh(l)
          ? fmt::format("{}:申报日期{}在{}执行期{}至{}内,适用该文件", d.effective_cite.article,
                        format_date(c.claim.date), d.number, format_date(d.effective_from), format_date(d.effective_to))
          : fmt::format("{}: the claim date {} is within the effective window {} to {} of {}, which applies",
                        d.effective_cite.article, format_date(c.claim.date), format_date(d.effective_from),
                        format_date(d.effective_to), d.number);
  if (!others.empty()) s += zh(l) ? fmt::format("(其他版本:{})", others) : fmt::format(" (other versions: {})", others);
  return {s, &d.effective_cite};
}

std::string condition_assumption(const Claim& c, std::uint16_t id) {
  return benefit_condition_assumption(c.set, c.p, c.claim, id, c.style, c.l);
}

std::vector<std::string> assumptions(const Claim& c) {
  std::vector<std::string> out;
  const Candidate* k = c.paid();
  if (!k) return out;
  for (std::uint16_t id : k->assumed) out.push_back(condition_assumption(c, id));
  if (const auto& o = c.outcome(*k); o.other_assumed >= 0)
    out.push_back(benefit_other_levels_assumption(c.set, c.p, c.claim, static_cast<std::size_t>(k->rule),
                                                  static_cast<std::size_t>(o.other_assumed), c.style, c.l));
  return out;
}

std::vector<std::string> reasons(const Claim& c) {
  std::vector<std::string> out;
  const Lang l = c.l;
  if (!c.r.in_force) {
    out.push_back(no_version_reason(c));
    return out;
  }
  if (c.candidates.empty()) {
    const auto& choices = c.p.facts->extra[static_cast<std::size_t>(c.type)].choices;
    const ChoiceValue& t = choices[static_cast<std::size_t>(c.claim.facts[static_cast<std::size_t>(c.type)].value)];
    out.push_back(zh(l) ? fmt::format("没有条款对{}给予补贴", t.name.zh)
                        : fmt::format("no article grants a subsidy for {}", t.id));
    return out;
  }
  if (const Candidate* k = c.paid()) out.push_back(outcome_reason(c, *k));
  for (std::size_t i = 0; i < c.candidates.size(); ++i)
    if (static_cast<std::int16_t>(i) != c.chosen) out.push_back(outcome_reason(c, c.candidates[i]));
  return out;
}

// Each limit of the rule in turn, and what it left of the amount.
void explain_limits(std::vector<ExplainStep>& steps, const Claim& c, const Candidate& k) {
  const Lang l = c.l;
  const BenefitRule& rule = c.rule(k);
  const BenefitRuleOutcome& o = c.outcome(k);
  Money running = o.computed;
  for (const BenefitLimitOutcome& lo : o.limits) {
    const BenefitLimit& lim = rule.limits[static_cast<std::size_t>(lo.limit)];
    const Money room = lo.ceiling;
    const bool cut = o.capped_by == lo.limit || running > room;
    const Money after = min(running, room);
    std::string verdict =
        cut ? (zh(l) ? fmt::format("核减为{}", yuan(after, l)) : fmt::format("cut to {}", yuan(after, l)))
            : (zh(l) ? "未核减" : "not cut");
    if (lim.kind == BenefitLimitKind::Cap) {
      const BenefitCap& cap = c.p.caps[static_cast<std::size_t>(lim.cap)];
      const auto slot = static_cast<std::size_t>(lim.cap);
      const Money already = slot < c.claim.received.size() ? c.claim.received[slot] : Money{};
      steps.push_back({zh(l) ? fmt::format("{}:{}{},本年度已获{},剩余额度{}:{}", cap.cite.article, cap.label.zh,
                                           yuan(cap.amount, l), yuan(already, l), yuan(room, l), verdict)
                             : fmt::format("{}: {} {}; already received this year {}; room {}: {}", cap.cite.article,
                                           cap.label.en, yuan(cap.amount, l), yuan(already, l), yuan(room, l), verdict),
                       &cap.cite});
    } else if (o.other_assumed == lo.limit) {
      steps.push_back(
          {assumed_step(benefit_other_levels_assumption(c.set, c.p, c.claim, static_cast<std::size_t>(k.rule),
                                                        static_cast<std::size_t>(lo.limit), c.style, l),
                        l),
           &lim.cite});
      continue;  // assumed to leave room: the amount runs on uncut
    } else {
      const Money base = c.money(lim.base);
      const Money other = lim.other >= 0 ? c.money(lim.other) : Money{};
      steps.push_back(
          {zh(l) ? fmt::format("{}:各级补贴合计不超过企业自担保费{};国家级、市级补贴{},区级最多{}:{}", lim.cite.article,
                               yuan(base, l), yuan(other, l), yuan(room, l), verdict)
                 : fmt::format("{}: all levels together at most the premium {}; national and municipal {}; district at "
                               "most {}: {}",
                               lim.cite.article, yuan(base, l), yuan(other, l), yuan(room, l), verdict),
           &lim.cite});
    }
    running = after;
  }
}

// The steps for one candidate rule: coverage, scope, who is eligible,
// assumptions, the rate and its limits.
void explain_candidate(std::vector<ExplainStep>& steps, const Claim& c, const Candidate& k) {
  const Lang l = c.l;
  const BenefitRule& rule = c.rule(k);
  steps.push_back({zh(l) ? fmt::format("{}:{}属于本条补贴范围", rule_title(c, rule), type_name(c))
                         : fmt::format("{}: covers {}", rule_title(c, rule), type_name(c)),
                   &k.rate->cite});
  if (c.p.requires_all) {
    const std::uint32_t scope = *c.p.requires_all;
    const Condition& cond = c.p.conditions.conditions[scope];
    steps.push_back({zh(l) ? fmt::format("{}:适用范围:{}", cond.cite.article, c.describe(scope))
                           : fmt::format("{}: scope: {}", cond.cite.article, c.describe(scope)),
                     &cond.cite});
  }
  if (rule.eligible) {
    const Condition& cond = c.p.conditions.conditions[*rule.eligible];
    steps.push_back({zh(l) ? fmt::format("{}:支持对象:{}", rule.article, c.describe(*rule.eligible))
                           : fmt::format("{}: who is eligible: {}", rule.article, c.describe(*rule.eligible)),
                     &cond.cite});
  }
  if (!k.eligible) {
    steps.push_back({outcome_reason(c, k), nullptr});
    return;
  }
  for (std::uint16_t id : k.assumed)
    steps.push_back({assumed_step(condition_assumption(c, id), l), &c.p.conditions.conditions[id].cite});
  const ChoiceRate& rate = *k.rate;
  const BenefitRuleOutcome& o = c.outcome(k);
  const Money premium = c.money(c.premium);
  std::string stack = rate.stacks_on.zh.empty() ? ""
                                                : (zh(l) ? fmt::format("(在享受{}基础上)", rate.stacks_on.zh)
                                                         : fmt::format(" (on top of {})", rate.stacks_on.en));
  std::string rounded = rounding_text(rule.amount.rounding, l);
  steps.push_back({zh(l)
                       ? fmt::format("{}:补贴比例{}{}:{} × {} = {}({})", rule.article, format_percent(rate.rate), stack,
                                     yuan(premium, l), format_percent(rate.rate), yuan(o.computed, l), rounded)
                       : fmt::format("{}: rate {}{}: {} × {} = {} ({})", rule.article, format_percent(rate.rate), stack,
                                     yuan(premium, l), format_percent(rate.rate), yuan(o.computed, l), rounded),
                   &rate.cite});
  explain_limits(steps, c, k);
}

// The closing steps of an answer that pays: which article when several
// apply, to whom, when, and the amount.
void explain_payment(std::vector<ExplainStep>& steps, const Claim& c) {
  const Lang l = c.l;
  const Candidate& k = *c.paid();
  const BenefitRule& rule = c.rule(k);
  const Money amount = c.outcome(k).amount;
  std::vector<std::string> others;
  for (std::size_t i = 0; i < c.candidates.size(); ++i) {
    const Candidate& other = c.candidates[i];
    if (other.eligible && static_cast<std::int16_t>(i) != c.chosen)
      others.push_back(fmt::format("{} {}", c.rule(other).article, yuan(c.outcome(other).amount, l)));
  }
  const Citation& res = c.p.resolution_cite;
  if (!others.empty())
    steps.push_back({zh(l) ? fmt::format("{}:政策交叉,就高不就低:按{}补贴{},不按{}", res.article, rule.article,
                                         yuan(amount, l), join(others, "、"))
                           : fmt::format("{}: several articles apply; the higher is paid (就高不就低): {} {}, not {}",
                                         res.article, rule.article, yuan(amount, l), join(others, ", ")),
                     &res});
  steps.push_back({zh(l) ? fmt::format("{}:发放至{}银行账户", rule.payee_cite.article, rule.payee_label.zh)
                         : fmt::format("{}: paid to the {}'s bank account", rule.payee_cite.article, rule.payee),
                   &rule.payee_cite});
  const int year = year_of(c.claim.date) + c.p.payable_years_after;
  std::string when = years_after_text(c.p.payable_years_after, kClaim, l);
  steps.push_back({zh(l) ? fmt::format("{}:在{}({}年)兑现", c.p.payable_cite.article, when, year)
                         : fmt::format("{}: payable in {}, {}", c.p.payable_cite.article, year, when),
                   &c.p.payable_cite});
  steps.push_back(
      {zh(l) ? fmt::format("结论:补贴{}", yuan(amount, l)) : fmt::format("Result: {}", yuan(amount, l)), nullptr});
}

std::vector<ExplainStep> explain(const Claim& c) {
  const Lang l = c.l;
  std::vector<ExplainStep> steps;
  const Money premium = c.money(c.premium);
  steps.push_back({zh(l) ? fmt::format("申报:{},实际支付保费{},申报日期{}", type_name(c), yuan(premium, l),
                                       format_date(c.claim.date))
                         : fmt::format("Claim: {}, premium paid {}, dated {}", type_name(c), yuan(premium, l),
                                       format_date(c.claim.date)),
                   nullptr});
  if (c.r.in_force) steps.push_back(version_step(c));
  if (c.candidates.empty()) {
    steps.push_back({reasons(c).front(), nullptr});
    return steps;
  }
  for (const Candidate& k : c.candidates) explain_candidate(steps, c, k);
  if (c.paid())
    explain_payment(steps, c);
  else
    steps.push_back({zh(l) ? "结论:不符合补贴条件" : "Result: not eligible", nullptr});
  return steps;
}

int chinese_digit(std::string_view s) {
  static constexpr std::string_view kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (int d = 0; d < 10; ++d)
    if (s == kDigits[d]) return d;
  return -1;
}

}  // namespace

std::optional<int> article_number(std::string_view article) {
  constexpr std::string_view kFirst = "第", kLast = "条", kTen = "十", kHundred = "百";
  if (!article.starts_with(kFirst) || !article.ends_with(kLast)) return std::nullopt;
  std::string_view s = article.substr(kFirst.size(), article.size() - kFirst.size() - kLast.size());
  // Every character here is three bytes in UTF-8: 一…九, 十, 百, 零.
  if (s.empty() || s.size() % 3 != 0) return std::nullopt;
  int total = 0, digit = -1;
  for (std::size_t i = 0; i < s.size(); i += 3) {
    std::string_view ch = s.substr(i, 3);
    if (ch == kHundred || ch == kTen) {
      if (digit == 0) return std::nullopt;
      total += (digit < 0 ? 1 : digit) * (ch == kHundred ? 100 : 10);
      digit = -1;
    } else if (int d = chinese_digit(ch); d >= 0 && digit <= 0) {
      digit = d;
    } else {
      return std::nullopt;
    }
  }
  total += digit < 0 ? 0 : digit;
  if (total == 0) return std::nullopt;
  return total;
}

std::string subsidy_section_missing(const PolicySet& set, std::string_view what) {
  if (const BenefitPolicy* p = find_subsidy_contract(set))
    return fmt::format(
        "{}: the premium subsidy loaded ({}, {}) is of declared shape (document.contract: subsidy), "
        "which {} does not read yet: it needs a subsidy: section (hdpolicy subsidy and eval {} answer it)",
        what, set.documents[static_cast<std::size_t>(p->document)].number,
        set.documents[static_cast<std::size_t>(p->document)].file, what, p->id);
  return fmt::format("{}: no policy with a subsidy: section is loaded", what);
}

std::string subsidy_forms_differ(bool declared) {
  return fmt::format(
      "--baseline: the premium subsidy is of declared shape (document.contract: subsidy) in {} and has a subsidy: "
      "section in {}: batch subsidy compares two sets that write it in the same form",
      declared ? "the current policies" : "the baseline", declared ? "the baseline" : "the current policies");
}

std::vector<const BenefitPolicy*> subsidy_contract_versions(const PolicySet& set) {
  return contract_versions(set, "subsidy");
}

const BenefitPolicy* find_subsidy_contract(const PolicySet& set) { return find_contract(set, "subsidy"); }

std::string subsidy_contract_misfit(const BenefitPolicy& policy) {
  for (const InputDef& want : subsidy_inputs()) {
    auto row = find_input(policy.inputs(), want.id);
    if (!row || policy.inputs()[*row].kind != want.kind)
      return fmt::format("subsidy takes fact '{}' ({}), which the document does not declare{}", want.id,
                         fact_kind_name(want.kind), row ? " of that kind" : "");
  }
  const auto type = static_cast<std::int16_t>(*find_input(policy.inputs(), "type"));
  for (const BenefitRule& rule : policy.rules) {
    if (!article_number(rule.article))
      return fmt::format("rule {}: article '{}' is not of the form 第N条, whose number subsidy gives", rule.id,
                         rule.article);
    if (rule.amount.kind != FormulaKind::RateBy || rule.amount.by != type)
      return fmt::format("rule {}: its amount is not a rate of the premium by insurance type (rate_by: type)", rule.id);
  }
  return "";
}

SubsidyContractCase judge_subsidy_contract(const PolicySet& set, const BenefitPolicy& named, const InputTexts& inputs,
                                           std::span<const std::string> received, FieldStyle style, Date today) {
  SubsidyContractCase c;
  InputTexts texts(named.inputs());
  for (std::size_t i = 0; i < inputs.table().size(); ++i)
    if (auto row = find_input(named.inputs(), inputs.table()[i].id)) texts[*row] = inputs[i];
  read_benefit_facts(named, texts, style, today, c.claim);
  c.version = &benefit_version(set, named, c.claim.date);
  c.claim.received = parse_benefit_received(*c.version, received, style);
  evaluate_benefit(set.documents[static_cast<std::size_t>(c.version->document)], *c.version, c.claim, c.result);
  return c;
}

std::vector<std::string> subsidy_contract_assumptions(const PolicySet& set, const SubsidyContractCase& c,
                                                      FieldStyle style, Lang lang) {
  return assumptions(Claim(set, c, style, lang));
}

json subsidy_contract_json(const PolicySet& set, const SubsidyContractCase& sc, FieldStyle style, Lang l,
                           bool explain_steps) {
  const Claim c(set, sc, style, l);
  json j;
  const Candidate* k = c.paid();
  const BenefitRule* rule = k ? &c.rule(*k) : nullptr;
  const BenefitRuleOutcome* o = k ? &c.outcome(*k) : nullptr;
  j["eligible"] = k != nullptr;
  j["subsidy"] = format_money(o ? o->amount : Money{});
  j["article"] = rule ? json(std::to_string(article_number(rule->article).value_or(0))) : json(nullptr);
  j["rate"] = k ? json(format_rate(k->rate->rate)) : json(nullptr);
  j["capped_by"] =
      o && o->capped_by >= 0 ? json(rule->limits[static_cast<std::size_t>(o->capped_by)].id) : json(nullptr);
  j["payee"] = rule ? json(rule->payee) : json(nullptr);
  j["payable_year"] = k ? json(year_of(sc.claim.date) + c.p.payable_years_after) : json(nullptr);
  j["assumptions"] = assumptions(c);
  j["reasons"] = reasons(c);
  json alternatives = json::array();
  for (std::size_t i = 0; i < c.candidates.size(); ++i) {
    if (static_cast<std::int16_t>(i) == c.chosen) continue;
    const Candidate& a = c.candidates[i];
    const BenefitRule& ar = c.rule(a);
    alternatives.push_back({{"article", std::to_string(article_number(ar.article).value_or(0))},
                            {"rule", ar.id},
                            {"eligible", a.eligible},
                            {"subsidy", format_money(a.eligible ? c.outcome(a).amount : Money{})},
                            {"reason", outcome_reason(c, a)}});
  }
  j["alternatives"] = alternatives;
  j["policy"] = sc.result.in_force ? c.doc.number : std::string();
  j["rule"] = rule ? json(rule->id) : json(nullptr);
  j["article_cn"] = rule ? json(rule->article) : json(nullptr);
  const auto type = static_cast<std::size_t>(sc.claim.facts[static_cast<std::size_t>(c.type)].value);
  j["type"] = c.p.facts->extra[static_cast<std::size_t>(c.type)].choices[type].id;
  j["premium"] = format_money(c.money(c.premium));
  j["date"] = format_date(sc.claim.date);
  if (explain_steps) j["steps"] = steps_json(explain(c));
  return j;
}

std::string subsidy_contract_text(const PolicySet& set, const SubsidyContractCase& sc, FieldStyle style, Lang l,
                                  bool explain_steps) {
  const Claim c(set, sc, style, l);
  std::string out;
  const Candidate* k = c.paid();
  if (explain_steps) {
    out += steps_text(explain(c), l);
  } else if (k) {
    const BenefitRule& rule = c.rule(*k);
    const BenefitRuleOutcome& o = c.outcome(*k);
    out += zh(l) ? fmt::format("可获补贴:{}\n", yuan(o.amount, l)) : fmt::format("Subsidy: {}\n", yuan(o.amount, l));
    out += zh(l) ? fmt::format("依据:{},补贴比例{}\n", rule_title(c, rule), format_percent(k->rate->rate))
                 : fmt::format("Under: {}, at {}\n", rule_title(c, rule), format_percent(k->rate->rate));
    if (o.capped_by >= 0) {
      const BenefitLimit& lim = rule.limits[static_cast<std::size_t>(o.capped_by)];
      const std::string& article = lim.cite.article;
      out += zh(l) ? fmt::format("限额:按比例计{},受{}限制\n", yuan(o.computed, l), article)
                   : fmt::format("Limited: {} by rate, cut by {} ({})\n", yuan(o.computed, l), article, lim.id);
    }
    const int year = year_of(sc.claim.date) + c.p.payable_years_after;
    out += zh(l) ? fmt::format("发放:{},{}年兑现\n", rule.payee_label.zh, year)
                 : fmt::format("Paid to: {}, in {}\n", rule.payee_label.en, year);
    for (std::size_t i = 0; i < c.candidates.size(); ++i)
      if (static_cast<std::int16_t>(i) != c.chosen)
        out += (zh(l) ? "另可适用:" : "Alternative: ") + outcome_reason(c, c.candidates[i]) + "\n";
  } else {
    out += zh(l) ? "不符合补贴条件\n" : "Not eligible\n";
    for (const auto& reason : reasons(c)) out += (zh(l) ? "原因:" : "Reason: ") + reason + "\n";
  }
  out += assumptions_text(assumptions(c), l);
  if (sc.result.in_force)
    out += zh(l) ? fmt::format("政策:{}\n", c.doc.number) : fmt::format("Policy: {}\n", c.doc.number);
  return out;
}

}  // namespace hdpolicy
