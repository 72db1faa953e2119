#include "hdpolicy/subsidy_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/condition_text.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {
namespace {

const Text kClaim{"申报", "claim"};  // what subsidy conditions count years from

std::vector<std::string> industry_names(const PolicySet& set, Lang l) {
  std::vector<std::string> names;
  for (const auto& ind : set.subsidy.industries)
    names.push_back(zh(l) ? ind.name.zh : fmt::format("{} ({})", ind.id, ind.name.zh));
  return names;
}

const SubsidyRule& rule_of(const PolicySet& set, const RuleOutcome& o) {
  return set.subsidy.rules[static_cast<std::size_t>(o.rule)];
}
const Product& product_of(const PolicySet& set, const RuleOutcome& o) {
  return rule_of(set, o).products[static_cast<std::size_t>(o.product)];
}

std::string condition_assumption(const PolicySet& set, std::uint32_t id, const SubsidyClaim& claim, FieldStyle style,
                                 Lang l) {
  const auto& t = set.subsidy.conditions;
  auto missing = missing_inputs(t, subsidy_inputs(), subsidy_facts(), id, claim.facts, style, l);
  auto names = industry_names(set, l);
  const Condition& c = t.conditions[id];
  // The label says what is assumed; without one, the condition in words.
  std::string what =
      c.label.zh.empty() ? condition_rule_text(t, subsidy_facts(), id, claim.date, l, &names) : c.label.in(zh(l));
  return assumption_text(missing, what, c.cite.article, l);
}

// Subsidies from all levels stay within the premium (the all-levels limit),
// assumed when the upper levels' subsidy was not given.
std::string upper_assumption(const PolicySet& set, const RuleOutcome& o, FieldStyle style, Lang l) {
  const SubsidyRule& rule = rule_of(set, o);
  std::string article;
  for (const auto& lim : rule.limits)
    if (lim.kind == LimitKind::AllLevels) article = lim.cite.article;
  const InputDef& def = subsidy_facts()[kFactUpperSubsidy];
  std::string option = input_name(subsidy_inputs(), def, style);
  std::string missing[] = {zh(l) ? fmt::format("{}({})", def.label.zh, option) : option};
  return assumption_text(
      missing,
      zh(l) ? "各级补贴合计不超过企业自担保费" : "subsidies from all levels together stay within the premium paid",
      article, l);
}

std::string rule_title(const PolicySet& set, const RuleOutcome& o, Lang l) {
  const SubsidyRule& r = rule_of(set, o);
  return zh(l) ? fmt::format("{} {}", r.article, r.name.zh)
               : fmt::format("{} (Art. {}) {}", r.article, r.article_number, r.name.en);
}

std::string type_name(const PolicySet& set, const SubsidyClaim& claim, Lang l) {
  const auto& t = set.subsidy.types[static_cast<std::size_t>(claim.type)];
  return zh(l) ? t.name.zh : fmt::format("{} ({})", t.name.en, t.name.zh);
}

std::string outcome_reason(const PolicySet& set, const SubsidyClaim& claim, const RuleOutcome& o, Lang l) {
  const SubsidyRule& rule = rule_of(set, o);
  auto names = industry_names(set, l);
  switch (o.verdict) {
    case RuleVerdict::OutOfScope:
    case RuleVerdict::NotEligible: {
      const Condition& c = set.subsidy.conditions.conditions[static_cast<std::size_t>(o.failed)];
      std::string what = describe_condition(set.subsidy.conditions, subsidy_facts(),
                                            static_cast<std::uint32_t>(o.failed), claim.facts, claim.date, l, &names);
      return zh(l) ? fmt::format("{}:不符合条件:{},{}不适用", c.cite.article.empty() ? rule.article : c.cite.article,
                                 what, rule.article)
                   : fmt::format("{}: condition not met: {}, so {} does not apply",
                                 c.cite.article.empty() ? rule.article : c.cite.article, what, rule.article);
    }
    case RuleVerdict::Eligible:
    case RuleVerdict::Assumed: {
      const Product& p = product_of(set, o);
      std::string s = zh(l) ? fmt::format("{}:{},按实际支付保费{}的{}计{}", rule.article, type_name(set, claim, l),
                                          yuan(claim.premium, l), format_percent(p.rate), yuan(o.gross, l))
                            : fmt::format("{}: {} at {} of the premium {} = {}", rule.article, type_name(set, claim, l),
                                          format_percent(p.rate), yuan(claim.premium, l), yuan(o.gross, l));
      if (o.cut_by >= 0) {
        const Limit& lim = rule.limits[static_cast<std::size_t>(o.cut_by)];
        s += zh(l) ? fmt::format(",受{}限制为{}", lim.cite.article, yuan(o.amount, l))
                   : fmt::format(", limited to {} by {}", yuan(o.amount, l), lim.cite.article);
      }
      return s;
    }
  }
  return {};
}

// The version the claim was evaluated under: the one in force on its date.
std::string policy_number(const PolicySet& set, const SubsidyResult& result) {
  return result.document < 0 ? std::string() : set.documents[static_cast<std::size_t>(result.document)].number;
}

std::string version_text(const Document& d, Lang l) {
  return zh(l) ? fmt::format("{}({}:{}至{}施行)", d.number, d.effective_cite.article, format_date(d.effective_from),
                             format_date(d.effective_to))
               : fmt::format("{} ({}: in force {} to {})", d.number, d.effective_cite.article,
                             format_date(d.effective_from), format_date(d.effective_to));
}

// No version in force on the claim date: say so, naming the nearest ones.
std::string no_version_reason(const PolicySet& set, const SubsidyClaim& claim, Lang l) {
  auto nearest = set.subsidy.versions.nearest(claim.date);
  std::vector<std::string> names;
  for (std::int32_t v : {nearest.before, nearest.after})
    if (v >= 0) names.push_back(version_text(set.documents[static_cast<std::size_t>(v)], l));
  std::string s = zh(l) ? fmt::format("{}没有施行中的政策版本", format_date(claim.date))
                        : fmt::format("no version of the policy in force on {}", format_date(claim.date));
  if (!names.empty()) s += zh(l) ? fmt::format(";最近的版本:{}", join(names, "、")) : "; nearest: " + join(names, ", ");
  return s;
}

// Why the claim is evaluated under this version: its window holds the date.
ExplainStep version_step(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result, Lang l) {
  const Document& d = set.documents[static_cast<std::size_t>(result.document)];
  std::string others;
  for (const auto& w : set.subsidy.versions.windows)
    if (w.index != result.document)
      others += (others.empty() ? "" : (zh(l) ? "、" : ", ")) +
                version_text(set.documents[static_cast<std::size_t>(w.index)], l);
  std::string s =
      zh(l) ? fmt::format("{}:申报日期{}在{}执行期{}至{}内,适用该文件", d.effective_cite.article,
                          format_date(claim.date), d.number, format_date(d.effective_from), format_date(d.effective_to))
            : fmt::format("{}: the claim date {} is within the effective window {} to {} of {}, which applies",
                          d.effective_cite.article, format_date(claim.date), format_date(d.effective_from),
                          format_date(d.effective_to), d.number);
  if (!others.empty()) s += zh(l) ? fmt::format("(其他版本:{})", others) : fmt::format(" (other versions: {})", others);
  return {s, &d.effective_cite};
}

}  // namespace

std::vector<std::string> subsidy_assumptions(const PolicySet& set, const SubsidyClaim& claim,
                                             const SubsidyResult& result, Lang l, FieldStyle style) {
  std::vector<std::string> out;
  const RuleOutcome* o = result.chosen_outcome();
  if (!o) return out;
  for (std::uint8_t i = 0; i < o->assumed.count; ++i)
    out.push_back(condition_assumption(set, o->assumed.ids[i], claim, style, l));
  if (o->upper_assumed) out.push_back(upper_assumption(set, *o, style, l));
  return out;
}

std::string subsidy_outcome_reason(const PolicySet& set, const SubsidyClaim& claim, const RuleOutcome& outcome,
                                   Lang l) {
  return outcome_reason(set, claim, outcome, l);
}

std::vector<std::string> subsidy_reasons(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                                         Lang l) {
  std::vector<std::string> out;
  if (result.document < 0) {
    out.push_back(no_version_reason(set, claim, l));
    return out;
  }
  if (result.candidate_count == 0) {
    const auto& t = set.subsidy.types[static_cast<std::size_t>(claim.type)];
    out.push_back(zh(l) ? fmt::format("没有条款对{}给予补贴", t.name.zh)
                        : fmt::format("no article grants a subsidy for {}", t.id));
    return out;
  }
  if (const RuleOutcome* o = result.chosen_outcome()) out.push_back(outcome_reason(set, claim, *o, l));
  for (std::uint8_t i = 0; i < result.candidate_count; ++i)
    if (i != result.chosen) out.push_back(outcome_reason(set, claim, result.candidates[i], l));
  return out;
}

namespace {

// Each limit of the rule in turn, and what it left of the amount.
void explain_limits(std::vector<ExplainStep>& steps, const PolicySet& set, const SubsidyClaim& claim,
                    const RuleOutcome& o, std::span<const Money> used, Lang l) {
  const SubsidyPolicies& sp = set.subsidy;
  const SubsidyRule& rule = rule_of(set, o);
  Money running = o.gross;
  for (std::size_t li = 0; li < rule.limits.size() && li < kMaxLimits; ++li) {
    const Limit& lim = rule.limits[li];
    bool cut = o.cut_by == static_cast<std::int8_t>(li) || (running > o.room[li]);
    Money after = min(running, o.room[li]);
    std::string verdict =
        cut ? (zh(l) ? fmt::format("核减为{}", yuan(after, l)) : fmt::format("cut to {}", yuan(after, l)))
            : (zh(l) ? "未核减" : "not cut");
    if (lim.kind == LimitKind::Cap) {
      const Cap& cap = sp.caps[static_cast<std::size_t>(lim.cap)];
      const auto slot = static_cast<std::size_t>(cap.slot);
      Money already = slot < used.size() ? used[slot] : Money{};
      steps.push_back(
          {zh(l) ? fmt::format("{}:{}{},本年度已获{},剩余额度{}:{}", cap.cite.article, cap.name.zh, yuan(cap.amount, l),
                               yuan(already, l), yuan(o.room[li], l), verdict)
                 : fmt::format("{}: {} {}; already received this year {}; room {}: {}", cap.cite.article, cap.name.en,
                               yuan(cap.amount, l), yuan(already, l), yuan(o.room[li], l), verdict),
           &cap.cite});
    } else if (o.upper_assumed) {
      steps.push_back({assumed_step(upper_assumption(set, o, claim.style, l), l), &lim.cite});
    } else {
      Money upper{claim.facts[kFactUpperSubsidy].value};
      steps.push_back(
          {zh(l) ? fmt::format("{}:各级补贴合计不超过企业自担保费{};国家级、市级补贴{},区级最多{}:{}", lim.cite.article,
                               yuan(claim.premium, l), yuan(upper, l), yuan(o.room[li], l), verdict)
                 : fmt::format("{}: all levels together at most the premium {}; national and municipal {}; district at "
                               "most {}: {}",
                               lim.cite.article, yuan(claim.premium, l), yuan(upper, l), yuan(o.room[li], l), verdict),
           &lim.cite});
    }
    running = after;
  }
}

// The steps for one candidate rule: coverage, scope, who is eligible,
// assumptions, the rate and its limits.
void explain_candidate(std::vector<ExplainStep>& steps, const PolicySet& set, const SubsidyClaim& claim,
                       const RuleOutcome& o, std::span<const Money> used, Lang l) {
  const SubsidyPolicies& sp = set.subsidy;
  const SubsidyRule& rule = rule_of(set, o);
  const Product& p = product_of(set, o);
  steps.push_back({zh(l) ? fmt::format("{}:{}属于本条补贴范围", rule_title(set, o, l), type_name(set, claim, l))
                         : fmt::format("{}: covers {}", rule_title(set, o, l), type_name(set, claim, l)),
                   &p.cite});
  auto names = industry_names(set, l);
  auto describe = [&](std::int32_t cond) {
    return describe_condition(sp.conditions, subsidy_facts(), static_cast<std::uint32_t>(cond), claim.facts, claim.date,
                              l, &names);
  };
  for (const auto& scope : sp.scopes) {
    if (scope.document != rule.document) continue;
    const Condition& c = sp.conditions.conditions[static_cast<std::size_t>(scope.condition)];
    steps.push_back({zh(l) ? fmt::format("{}:适用范围:{}", c.cite.article, describe(scope.condition))
                           : fmt::format("{}: scope: {}", c.cite.article, describe(scope.condition)),
                     &c.cite});
  }
  if (rule.eligible >= 0) {
    const Condition& c = sp.conditions.conditions[static_cast<std::size_t>(rule.eligible)];
    steps.push_back({zh(l) ? fmt::format("{}:支持对象:{}", rule.article, describe(rule.eligible))
                           : fmt::format("{}: who is eligible: {}", rule.article, describe(rule.eligible)),
                     &c.cite});
  }
  if (!o.eligible()) {
    steps.push_back({outcome_reason(set, claim, o, l), nullptr});
    return;
  }
  for (std::uint8_t a = 0; a < o.assumed.count; ++a) {
    std::uint16_t id = o.assumed.ids[a];
    steps.push_back(
        {assumed_step(condition_assumption(set, id, claim, claim.style, l), l), &sp.conditions.conditions[id].cite});
  }
  std::string stack = p.stacks_on.zh.empty() ? ""
                                             : (zh(l) ? fmt::format("(在享受{}基础上)", p.stacks_on.zh)
                                                      : fmt::format(" (on top of {})", p.stacks_on.en));
  std::string rounded = rounding_text(rule.rounding, l);
  steps.push_back({zh(l) ? fmt::format("{}:补贴比例{}{}:{} × {} = {}({})", rule.article, format_percent(p.rate), stack,
                                       yuan(claim.premium, l), format_percent(p.rate), yuan(o.gross, l), rounded)
                         : fmt::format("{}: rate {}{}: {} × {} = {} ({})", rule.article, format_percent(p.rate), stack,
                                       yuan(claim.premium, l), format_percent(p.rate), yuan(o.gross, l), rounded),
                   &p.cite});
  explain_limits(steps, set, claim, o, used, l);
}

// The closing steps of an answer that pays: which article when several
// apply, to whom, when, and the amount.
void explain_payment(std::vector<ExplainStep>& steps, const PolicySet& set, const SubsidyResult& result, Lang l) {
  const SubsidyPolicies& sp = set.subsidy;
  const RuleOutcome* chosen = result.chosen_outcome();
  const SubsidyRule& rule = rule_of(set, *chosen);
  int eligible_count = 0;
  for (std::uint8_t i = 0; i < result.candidate_count; ++i) eligible_count += result.candidates[i].eligible();
  const ResolutionRule& res = sp.resolution[static_cast<std::size_t>(rule.document)];
  if (eligible_count > 1) {
    std::vector<std::string> others;
    for (std::uint8_t i = 0; i < result.candidate_count; ++i) {
      const RuleOutcome& o = result.candidates[i];
      if (o.eligible() && i != result.chosen)
        others.push_back(fmt::format("{} {}", rule_of(set, o).article, yuan(o.amount, l)));
    }
    steps.push_back({zh(l) ? fmt::format("{}:政策交叉,就高不就低:按{}补贴{},不按{}", res.cite.article, rule.article,
                                         yuan(chosen->amount, l), join(others, "、"))
                           : fmt::format("{}: several articles apply; the higher is paid (就高不就低): {} {}, not {}",
                                         res.cite.article, rule.article, yuan(chosen->amount, l), join(others, ", ")),
                     &res.cite});
  }
  const PayableRule& pay = sp.payable[static_cast<std::size_t>(rule.document)];
  bool insurer = rule.payee == Payee::Insurer;
  steps.push_back(
      {zh(l) ? fmt::format("{}:发放至{}银行账户", rule.payee_cite.article, insurer ? "承保的保险机构" : "申报单位")
             : fmt::format("{}: paid to the {}'s bank account", rule.payee_cite.article,
                           insurer ? "insurer" : "applicant"),
       &rule.payee_cite});
  std::string when = years_after_text(pay.years_after_claim, kClaim, l);
  steps.push_back({zh(l) ? fmt::format("{}:在{}({}年)兑现", pay.cite.article, when, result.payable_year)
                         : fmt::format("{}: payable in {}, {}", pay.cite.article, result.payable_year, when),
                   &pay.cite});
  steps.push_back(
      {zh(l) ? fmt::format("结论:补贴{}", yuan(chosen->amount, l)) : fmt::format("Result: {}", yuan(chosen->amount, l)),
       nullptr});
}

}  // namespace

std::vector<ExplainStep> explain_subsidy(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                                         std::span<const Money> used, Lang l) {
  std::vector<ExplainStep> steps;
  steps.push_back({zh(l) ? fmt::format("申报:{},实际支付保费{},申报日期{}", type_name(set, claim, l),
                                       yuan(claim.premium, l), format_date(claim.date))
                         : fmt::format("Claim: {}, premium paid {}, dated {}", type_name(set, claim, l),
                                       yuan(claim.premium, l), format_date(claim.date)),
                   nullptr});
  if (result.document >= 0) steps.push_back(version_step(set, claim, result, l));
  if (result.candidate_count == 0) {
    steps.push_back({subsidy_reasons(set, claim, result, l).front(), nullptr});
    return steps;
  }
  for (std::uint8_t i = 0; i < result.candidate_count; ++i)
    explain_candidate(steps, set, claim, result.candidates[i], used, l);
  if (result.chosen_outcome())
    explain_payment(steps, set, result, l);
  else
    steps.push_back({zh(l) ? "结论:不符合补贴条件" : "Result: not eligible", nullptr});
  return steps;
}

nlohmann::ordered_json subsidy_json(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                                    std::span<const Money> used, Lang l, bool explain) {
  using json = nlohmann::ordered_json;
  const SubsidyPolicies& sp = set.subsidy;
  json j;
  const RuleOutcome* o = result.chosen_outcome();
  j["eligible"] = o != nullptr;
  j["subsidy"] = format_money(o ? o->amount : Money{});
  const SubsidyRule* rule = o ? &sp.rules[static_cast<std::size_t>(o->rule)] : nullptr;
  j["article"] = rule ? json(std::to_string(rule->article_number)) : json(nullptr);
  j["rate"] = o ? json(format_rate(rule->products[static_cast<std::size_t>(o->product)].rate)) : json(nullptr);
  const char* capped = o ? capped_by_name(set, *o) : "";
  j["capped_by"] = *capped ? json(capped) : json(nullptr);
  j["payee"] = rule ? json(rule->payee == Payee::Insurer ? "insurer" : "applicant") : json(nullptr);
  j["payable_year"] = o ? json(result.payable_year) : json(nullptr);
  j["assumptions"] = subsidy_assumptions(set, claim, result, l, claim.style);
  j["reasons"] = subsidy_reasons(set, claim, result, l);
  json alternatives = json::array();
  for (std::uint8_t i = 0; i < result.candidate_count; ++i) {
    if (i == result.chosen) continue;
    const RuleOutcome& a = result.candidates[i];
    const SubsidyRule& ar = sp.rules[static_cast<std::size_t>(a.rule)];
    alternatives.push_back({{"article", std::to_string(ar.article_number)},
                            {"rule", ar.id},
                            {"eligible", a.eligible()},
                            {"subsidy", format_money(a.eligible() ? a.amount : Money{})},
                            {"reason", outcome_reason(set, claim, a, l)}});
  }
  j["alternatives"] = alternatives;
  j["policy"] = policy_number(set, result);
  j["rule"] = rule ? json(rule->id) : json(nullptr);
  j["article_cn"] = rule ? json(rule->article) : json(nullptr);
  j["type"] = sp.types[static_cast<std::size_t>(claim.type)].id;
  j["premium"] = format_money(claim.premium);
  j["date"] = format_date(claim.date);
  if (explain) j["steps"] = steps_json(explain_subsidy(set, claim, result, used, l));
  return j;
}

std::string subsidy_text(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result,
                         std::span<const Money> used, Lang l, bool explain) {
  std::string out;
  const RuleOutcome* o = result.chosen_outcome();
  if (explain) {
    out += steps_text(explain_subsidy(set, claim, result, used, l), l);
  } else if (o) {
    const SubsidyRule& rule = rule_of(set, *o);
    const Product& p = product_of(set, *o);
    out += zh(l) ? fmt::format("可获补贴:{}\n", yuan(o->amount, l)) : fmt::format("Subsidy: {}\n", yuan(o->amount, l));
    out += zh(l) ? fmt::format("依据:{},补贴比例{}\n", rule_title(set, *o, l), format_percent(p.rate))
                 : fmt::format("Under: {}, at {}\n", rule_title(set, *o, l), format_percent(p.rate));
    if (o->cut_by >= 0) {
      const Limit& lim = rule.limits[static_cast<std::size_t>(o->cut_by)];
      out += zh(l) ? fmt::format("限额:按比例计{},受{}限制\n", yuan(o->gross, l), lim.cite.article)
                   : fmt::format("Limited: {} by rate, cut by {} ({})\n", yuan(o->gross, l), lim.cite.article,
                                 capped_by_name(set, *o));
    }
    bool insurer = rule.payee == Payee::Insurer;
    out += zh(l) ? fmt::format("发放:{},{}年兑现\n", insurer ? "承保的保险机构" : "申报单位", result.payable_year)
                 : fmt::format("Paid to: the {}, in {}\n", insurer ? "insurer" : "applicant", result.payable_year);
    for (std::uint8_t i = 0; i < result.candidate_count; ++i)
      if (i != result.chosen)
        out += (zh(l) ? "另可适用:" : "Alternative: ") + outcome_reason(set, claim, result.candidates[i], l) + "\n";
  } else {
    out += zh(l) ? "不符合补贴条件\n" : "Not eligible\n";
    for (const auto& r : subsidy_reasons(set, claim, result, l)) out += (zh(l) ? "原因:" : "Reason: ") + r + "\n";
  }
  out += assumptions_text(subsidy_assumptions(set, claim, result, l, claim.style), l);
  if (std::string policy = policy_number(set, result); !policy.empty())
    out += zh(l) ? fmt::format("政策:{}\n", policy) : fmt::format("Policy: {}\n", policy);
  return out;
}

}  // namespace hdpolicy
