// Presenting a hiring-subsidy result: reasons, assumptions, the step-by-step
// explanation citing the policy's item, JSON, text and a CSV note, in English
// or Chinese. Conditions, assumptions and steps are worded by the reporting
// module (report.hpp, condition_text.hpp); what is here is the hire's own.
#include "hdpolicy/hiring_report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <iterator>

#include "hdpolicy/condition_text.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/report.hpp"

namespace hdpolicy {
namespace {

const HiringPolicy& policy_of(const PolicySet& set, const HiringResult& r) {
  return set.hiring[static_cast<std::size_t>(r.policy < 0 ? 0 : r.policy)];
}
const Document& document_of(const PolicySet& set, const HiringPolicy& p) {
  return set.documents[static_cast<std::size_t>(p.document)];
}

// How conditions on a hire are worded: years count from the hire; a
// college graduate known from a date says so.
struct HireWords {
  std::array<std::string, kMaxHiringFacts> given;
  ConditionWords words;
  HireWords(const HiringClaim& claim, Lang l, bool with_facts) {
    if (claim.has_graduation)
      given[kHireCollegeGraduate] = zh(l) ? fmt::format("毕业日期{}", format_date(claim.graduation))
                                          : fmt::format("graduated {}", format_date(claim.graduation));
    words = ConditionWords{
        hiring_facts(), with_facts ? std::span<const FactValue>(claim.facts) : std::span<const FactValue>(),
        claim.hire,     Text{"招用", "hire"},
        nullptr,        given};
  }
  HireWords(const HireWords&) = delete;  // `words` points into `given`
};

std::string describe(const ConditionTable& t, std::uint32_t id, const HiringClaim& claim, Lang l) {
  return describe_condition(t, id, HireWords(claim, l, true).words, l);
}

std::string assumption(const HiringPolicy& p, std::uint32_t id, const HiringClaim& claim, Lang l) {
  const ConditionTable& t = p.conditions;
  auto missing = missing_inputs(t, hiring_inputs(), hiring_facts(), id, claim.facts, claim.style, l);
  const Condition& c = t.conditions[id];
  // The label says what is assumed; without one, the condition in words.
  std::string what =
      c.label.zh.empty() ? describe_condition(t, id, HireWords(claim, l, false).words, l) : c.label.in(zh(l));
  return assumption_text(missing, what, first_condition_article(t, id), l);
}

std::string defaulted_text(const HiringClaim& claim, Lang l) {
  if (claim.defaulted == kHireLeftSchool)
    return zh(l) ? fmt::format("未提供离校日期({}),按毕业日期{}认定为离校日期",
                               input_name(hiring_inputs(), "left_school_date", claim.style),
                               format_date(claim.graduation))
                 : fmt::format("not given: {}; taken to be the graduation date, {}",
                               input_name(hiring_inputs(), "left_school_date", claim.style),
                               format_date(claim.graduation));
  return zh(l)
             ? fmt::format("未提供毕业日期({}),按离校日期{}认定为毕业日期",
                           input_name(hiring_inputs(), "graduation_date", claim.style), format_date(claim.left_school))
             : fmt::format("not given: {}; taken to be the left-school date, {}",
                           input_name(hiring_inputs(), "graduation_date", claim.style), format_date(claim.left_school));
}

// The school date filled in from the other one matters when the answer reads it.
bool defaulted_matters(const HiringPolicy& p, const HiringClaim& claim, const HiringResult& r) {
  if (claim.defaulted < 0) return false;
  if (r.eligible())
    return reads_fact(p.conditions,
                      static_cast<std::uint32_t>(p.categories[static_cast<std::size_t>(r.chosen)].eligible),
                      claim.defaulted);
  if (!r.in_period || r.contract == Tri::False) return false;
  for (const auto& cat : p.categories)
    if (reads_fact(p.conditions, static_cast<std::uint32_t>(cat.eligible), claim.defaulted)) return true;
  return false;
}

std::string category_name(const HiringCategory& cat, Lang l) {
  return zh(l) ? cat.name.zh : fmt::format("{} ({})", cat.name.en, cat.name.zh);
}

std::string category_line(const HiringPolicy& p, const HiringClaim& claim, const HiringResult& r, std::size_t i,
                          Lang l) {
  const HiringCategory& cat = p.categories[i];
  const HiringCategoryOutcome& o = r.categories[i];
  const ConditionTable& t = p.conditions;
  auto root = static_cast<std::uint32_t>(cat.eligible);
  std::string article = first_condition_article(t, root);
  switch (o.fits) {
    case Tri::True:
      return zh(l) ? fmt::format("{}:属于{}:{}", article, cat.name.zh, describe(t, root, claim, l))
                   : fmt::format("{}: {}: {}", article, category_name(cat, l), describe(t, root, claim, l));
    case Tri::Unknown:
      return zh(l) ? fmt::format("{}:在所列假定下属于{}:{}", article, cat.name.zh, describe(t, root, claim, l))
                   : fmt::format("{}: {}, on the assumptions listed: {}", article, category_name(cat, l),
                                 describe(t, root, claim, l));
    case Tri::False: {
      auto failed = static_cast<std::uint32_t>(o.failed);
      return zh(l) ? fmt::format("{}:不属于{}:{}", article, cat.name.zh, describe(t, failed, claim, l))
                   : fmt::format("{}: not {}: {}", article, category_name(cat, l), describe(t, failed, claim, l));
    }
  }
  return {};
}

std::string period_line(const HiringPolicy& p, const HiringClaim& claim, bool inside, Lang l) {
  std::string note = p.period_note.in(zh(l));
  if (zh(l))
    return fmt::format("{}:招用日期{}{}政策覆盖期间{}至{}内{}", p.period_cite.article, format_date(claim.hire),
                       inside ? "在" : "不在", format_date(p.period_from), format_date(p.period_to),
                       note.empty() ? "" : "(" + note + ")");
  return fmt::format("{}: the hire date {} is {} the period the plan covers, {} to {}{}", p.period_cite.article,
                     format_date(claim.hire), inside ? "within" : "outside", format_date(p.period_from),
                     format_date(p.period_to), note.empty() ? "" : " (" + note + ")");
}

// A hire no version of the policy covers, when there are several: the
// nearest versions and the hires each covers.
std::string no_version_line(const PolicySet& set, const HiringClaim& claim, Lang l) {
  auto nearest = set.hiring_versions.nearest(claim.hire);
  std::vector<std::string> names;
  for (std::int32_t v : {nearest.before, nearest.after}) {
    if (v < 0) continue;
    const HiringPolicy& p = set.hiring[static_cast<std::size_t>(v)];
    const std::string& number = set.documents[static_cast<std::size_t>(p.document)].number;
    names.push_back(
        zh(l) ? fmt::format("{}(覆盖{}至{}招用)", number, format_date(p.period_from), format_date(p.period_to))
              : fmt::format("{} (hires {} to {})", number, format_date(p.period_from), format_date(p.period_to)));
  }
  return zh(l) ? fmt::format("{}没有施行中的政策版本;最近的版本:{}", format_date(claim.hire), join(names, "、"))
               : fmt::format("no version of the policy in force on {}; nearest: {}", format_date(claim.hire),
                             join(names, ", "));
}

std::string contract_line(const HiringPolicy& p, const HiringClaim& claim, const HiringResult& r, Lang l) {
  auto id = static_cast<std::uint32_t>(p.contract);
  std::string what = describe(p.conditions, id, claim, l);
  std::string article = first_condition_article(p.conditions, id);
  if (r.contract == Tri::False)
    return zh(l) ? fmt::format("{}:不符合条件:{}", article, what)
                 : fmt::format("{}: condition not met: {}", article, what);
  return fmt::format("{}{}{}", article, zh(l) ? ":" : ": ", what);
}

std::string amount_line(const HiringPolicy& p, Lang l) {
  return zh(l) ? fmt::format("{}:按招用1人{}的标准发放{}", p.amount_cite.article, yuan(p.amount, l), p.name.zh)
               : fmt::format("{}: {} per person hired ({})", p.amount_cite.article, yuan(p.amount, l), p.name.en);
}

// The item whose list the categories follow, from its citation: where
// several fit, the first in its order is reported.
std::string order_article(const HiringPolicy& p, const HiringResult& r) {
  return first_condition_article(p.conditions,
                                 static_cast<std::uint32_t>(p.categories[static_cast<std::size_t>(r.chosen)].eligible));
}

std::vector<std::string> other_fitting(const HiringPolicy& p, const HiringResult& r) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < r.category_count; ++i)
    if (static_cast<std::int8_t>(i) != r.chosen && r.categories[i].fits == Tri::True) ids.push_back(p.categories[i].id);
  return ids;
}

std::string other_names(const HiringPolicy& p, const HiringResult& r, Lang l) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < r.category_count; ++i)
    if (static_cast<std::int8_t>(i) != r.chosen && r.categories[i].fits == Tri::True)
      names.push_back(category_name(p.categories[i], l));
  return join(names, zh(l) ? "、" : "; ");
}

// Each assumption the answer rests on, with the clause of the condition
// assumed (none for a school date taken from the other: that is the tool's rule).
std::vector<ExplainStep> assumptions_cited(const PolicySet& set, const HiringClaim& claim, const HiringResult& r,
                                           Lang l) {
  std::vector<ExplainStep> out;
  if (r.policy < 0) return out;
  const HiringPolicy& p = policy_of(set, r);
  if (defaulted_matters(p, claim, r)) out.push_back({defaulted_text(claim, l), nullptr});
  if (!r.eligible()) return out;
  auto add = [&](std::uint16_t id) { out.push_back({assumption(p, id, claim, l), &p.conditions.conditions[id].cite}); };
  for (std::uint8_t i = 0; i < r.contract_assumed.count; ++i) add(r.contract_assumed.ids[i]);
  const HiringCategoryOutcome& o = r.categories[static_cast<std::size_t>(r.chosen)];
  for (std::uint8_t i = 0; i < o.assumed.count; ++i) add(o.assumed.ids[i]);
  return out;
}

}  // namespace

std::vector<std::string> hiring_assumptions(const PolicySet& set, const HiringClaim& claim, const HiringResult& r,
                                            Lang l) {
  std::vector<std::string> out;
  for (auto& step : assumptions_cited(set, claim, r, l)) out.push_back(std::move(step.text));
  return out;
}

std::vector<std::string> hiring_reasons(const PolicySet& set, const HiringClaim& claim, const HiringResult& r, Lang l) {
  std::vector<std::string> out;
  if (r.policy < 0) return out;
  const HiringPolicy& p = policy_of(set, r);
  if (r.eligible()) {
    out.push_back(category_line(p, claim, r, static_cast<std::size_t>(r.chosen), l));
    out.push_back(contract_line(p, claim, r, l));
    out.push_back(period_line(p, claim, true, l));
    out.push_back(amount_line(p, l));
    if (auto others = other_names(p, r, l); !others.empty())
      out.push_back(zh(l) ? fmt::format("同时符合:{}(按{}所列顺序取在先者)", others, order_article(p, r))
                          : fmt::format("also fits: {} (the first in the order of the item is reported)", others));
    return out;
  }
  if (!r.in_period)
    out.push_back(set.hiring.size() > 1 ? no_version_line(set, claim, l) : period_line(p, claim, false, l));
  if (r.contract == Tri::False) out.push_back(contract_line(p, claim, r, l));
  if (r.chosen < 0)
    for (std::size_t i = 0; i < r.category_count; ++i) out.push_back(category_line(p, claim, r, i, l));
  return out;
}

std::vector<ExplainStep> explain_hiring(const PolicySet& set, const HiringClaim& claim, const HiringResult& r, Lang l) {
  std::vector<ExplainStep> steps;
  if (r.policy < 0) return steps;
  const HiringPolicy& p = policy_of(set, r);
  const ConditionTable& t = p.conditions;
  int age = static_cast<int>(claim.facts[kHireAge].value);
  std::string who = zh(l) ? fmt::format("招用:{}招用,出生日期{},招用之日{}周岁", format_date(claim.hire),
                                        format_date(claim.birth), age)
                          : fmt::format("Hire: hired {}, born {}, aged {} on the hire date", format_date(claim.hire),
                                        format_date(claim.birth), age);
  if (claim.has_graduation)
    who += zh(l) ? fmt::format(",毕业日期{}{}", format_date(claim.graduation),
                               claim.defaulted == kHireGraduationYear ? "(按离校日期)" : "")
                 : fmt::format(", graduated {}{}", format_date(claim.graduation),
                               claim.defaulted == kHireGraduationYear ? " (taken from the left-school date)" : "");
  if (claim.has_left_school)
    who += zh(l) ? fmt::format(",离校日期{}{}", format_date(claim.left_school),
                               claim.defaulted == kHireLeftSchool ? "(按毕业日期)" : "")
                 : fmt::format(", left school {}{}", format_date(claim.left_school),
                               claim.defaulted == kHireLeftSchool ? " (taken from the graduation date)" : "");
  steps.push_back({who, nullptr});
  steps.push_back({period_line(p, claim, r.in_period, l), &p.period_cite});
  steps.push_back({contract_line(p, claim, r, l), first_condition_cite(t, static_cast<std::uint32_t>(p.contract))});
  for (std::size_t i = 0; i < r.category_count; ++i) {
    const HiringCategory& cat = p.categories[i];
    const char* verdict_en = r.categories[i].fits == Tri::True    ? "fits"
                             : r.categories[i].fits == Tri::False ? "does not fit"
                                                                  : "may fit (facts not given)";
    const char* verdict_zh = r.categories[i].fits == Tri::True    ? "符合"
                             : r.categories[i].fits == Tri::False ? "不符合"
                                                                  : "可能符合(事实未提供)";
    auto root = static_cast<std::uint32_t>(cat.eligible);
    steps.push_back({zh(l) ? fmt::format("{}:类别{} {}:{}:{}", first_condition_article(t, root), i + 1, cat.name.zh,
                                         verdict_zh, describe(t, root, claim, l))
                           : fmt::format("{}: category {}, {}: {}: {}", first_condition_article(t, root), i + 1,
                                         category_name(cat, l), verdict_en, describe(t, root, claim, l)),
                     first_condition_cite(t, root)});
  }
  if (r.chosen >= 0 && !other_fitting(p, r).empty()) {
    const HiringCategory& cat = p.categories[static_cast<std::size_t>(r.chosen)];
    steps.push_back(
        {zh(l) ? fmt::format("符合多个类别,按{}所列顺序取在先者:{}(另符合{})", order_article(p, r), cat.name.zh,
                             other_names(p, r, l))
               : fmt::format("Several categories fit; the first in the order of the item is reported: {} (also: {})",
                             category_name(cat, l), other_names(p, r, l)),
         nullptr});
  }
  for (auto& a : assumptions_cited(set, claim, r, l)) steps.push_back({assumed_step(a.text, l), a.cite});
  if (r.eligible()) {
    steps.push_back({amount_line(p, l), &p.amount_cite});
    steps.push_back(
        {zh(l) ? fmt::format("结论:补助{}", yuan(r.amount, l)) : fmt::format("Result: {}", yuan(r.amount, l)),
         nullptr});
  } else {
    steps.push_back({zh(l) ? "结论:不符合补助条件" : "Result: not eligible", nullptr});
  }
  return steps;
}

nlohmann::ordered_json hiring_json(const PolicySet& set, const HiringClaim& claim, const HiringResult& r, Lang l,
                                   bool explain) {
  using json = nlohmann::ordered_json;
  json j;
  bool eligible = r.eligible();
  j["eligible"] = eligible;
  j["subsidy"] = format_money(r.amount);
  j["category"] = eligible ? json(policy_of(set, r).categories[static_cast<std::size_t>(r.chosen)].id) : json(nullptr);
  j["reasons"] = hiring_reasons(set, claim, r, l);
  j["assumptions"] = hiring_assumptions(set, claim, r, l);
  j["policy"] = r.policy < 0 ? std::string() : document_of(set, policy_of(set, r)).number;
  j["other_categories"] = eligible ? other_fitting(policy_of(set, r), r) : std::vector<std::string>{};
  j["age"] = claim.facts[kHireAge].value;
  j["hire_date"] = format_date(claim.hire);
  if (explain) j["steps"] = steps_json(explain_hiring(set, claim, r, l));
  return j;
}

std::string hiring_text(const PolicySet& set, const HiringClaim& claim, const HiringResult& r, Lang l, bool explain) {
  std::string out;
  if (r.policy < 0) return out;
  const HiringPolicy& p = policy_of(set, r);
  if (explain) {
    out += steps_text(explain_hiring(set, claim, r, l), l);
  } else if (r.eligible()) {
    const HiringCategory& cat = p.categories[static_cast<std::size_t>(r.chosen)];
    out += zh(l) ? fmt::format("可获{}:{}\n", p.name.zh, yuan(r.amount, l))
                 : fmt::format("Subsidy: {}\n", yuan(r.amount, l));
    out += zh(l) ? fmt::format("类别:{}\n", cat.name.zh) : fmt::format("Category: {}\n", category_name(cat, l));
    out += zh(l) ? "依据:\n" : "Why:\n";
    for (const auto& reason : hiring_reasons(set, claim, r, l)) out += "  - " + reason + "\n";
  } else {
    out += zh(l) ? "不符合补助条件\n" : "Not eligible\n";
    for (const auto& reason : hiring_reasons(set, claim, r, l)) out += (zh(l) ? "原因:" : "Reason: ") + reason + "\n";
  }
  out += assumptions_text(hiring_assumptions(set, claim, r, l), l);
  out += zh(l) ? fmt::format("政策:{}\n", document_of(set, p).number)
               : fmt::format("Policy: {}\n", document_of(set, p).number);
  return out;
}

std::string hiring_note(const PolicySet& set, const HiringClaim& claim, const HiringResult& r, Lang l) {
  if (r.policy < 0) return {};
  const HiringPolicy& p = policy_of(set, r);
  std::string note;
  if (r.eligible()) {
    note = p.categories[static_cast<std::size_t>(r.chosen)].name.in(zh(l));
    if (auto others = other_names(p, r, l); !others.empty())
      note += fmt::format("{}{}", zh(l) ? ";同时符合" : "; also fits ", others);
  } else {
    note = fmt::format(
        "{}{}", zh(l) ? "不符合:" : "not eligible: ", join(hiring_reasons(set, claim, r, l), zh(l) ? ";" : "; "));
  }
  auto assumptions = hiring_assumptions(set, claim, r, l);
  // Each assumption already reads "not given: ...; assumed ...".
  if (!assumptions.empty())
    fmt::format_to(std::back_inserter(note), "{}{}", zh(l) ? ";" : "; ", join(assumptions, zh(l) ? ";" : "; "));
  return note;
}

}  // namespace hdpolicy
