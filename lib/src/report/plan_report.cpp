#include "hdpolicy/plan_report.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/subsidy_report.hpp"

namespace hdpolicy {
namespace {

using json = nlohmann::ordered_json;

const SubsidyRule& rule_of(const PolicySet& set, const RuleOutcome& o) {
  return set.subsidy.rules[static_cast<std::size_t>(o.rule)];
}
const Product& product_of(const PolicySet& set, const RuleOutcome& o) {
  return rule_of(set, o).products[static_cast<std::size_t>(o.product)];
}
const SubsidyClaim& claim_of(const PlanView& v, std::size_t i) { return v.portfolio.products[i].claim; }

// The version in force on the plan's date (index into documents, -1: none).
std::int32_t version_of(const PlanView& v) { return v.set.subsidy.versions.in_force(v.enterprise.date); }

// The document the plan is evaluated under.
std::string policy_number(const PlanView& v) {
  const std::int32_t doc = version_of(v);
  return doc < 0 ? std::string() : v.set.documents[static_cast<std::size_t>(doc)].number;
}

// The article on overlapping articles (就高不就低) of that document.
std::string resolution_article(const PlanView& v) {
  const std::int32_t doc = version_of(v);
  return doc < 0 ? std::string() : v.set.subsidy.resolution[static_cast<std::size_t>(doc)].cite.article;
}

// Whether cap `c` belongs to the version the plan is evaluated under.
bool cap_in_plan(const PlanView& v, std::size_t c) { return v.set.subsidy.caps[c].document == version_of(v); }

std::string type_label(const PolicySet& set, std::int32_t type, Lang l) {
  const InsuranceType& t = set.subsidy.types[static_cast<std::size_t>(type)];
  return zh(l) ? t.name.zh : t.id;
}

// Columns in the width a terminal gives them: CJK and full-width forms take two.
std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : b & (0x3F >> (len - 1));
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000;
    width += wide ? 2 : 1;
    i += len;
  }
  return width;
}

// Rows as aligned columns two spaces apart; `align` has an 'L' or 'R' per
// column (numbers right-aligned), missing ones are 'L'.
std::string table_text(const std::vector<std::vector<std::string>>& rows, std::string_view align) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], display_width(row[c]));
    }
  std::string out;
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string pad(widths[c] - display_width(row[c]), ' ');
      const bool right = c < align.size() && align[c] == 'R';
      line += (c ? "  " : "") + (right ? pad + row[c] : row[c] + pad);
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out += line + "\n";
  }
  return out;
}

// What cut a product: "第五条 annual-cap" / "第五条年度上限".
std::string cut_text(const PolicySet& set, const RuleOutcome& o, Lang l) {
  if (o.cut_by < 0) return {};
  const Limit& lim = rule_of(set, o).limits[static_cast<std::size_t>(o.cut_by)];
  const std::string name = capped_by_name(set, o);
  const std::string article =
      lim.kind == LimitKind::Cap ? set.subsidy.caps[static_cast<std::size_t>(lim.cap)].cite.article : lim.cite.article;
  if (!zh(l)) return fmt::format("{} {}", article, name);
  return article + (name == "all-levels" ? "各级补贴不超过保费" : name == "premium-cap" ? "保费上限" : "年度上限");
}

// The caps a rule lists: "the 第五条 cap of 3,000,000.00 yuan" / "第五条上限3,000,000.00元".
std::vector<std::string> rule_caps(const PolicySet& set, const SubsidyRule& rule, Lang l) {
  std::vector<std::string> out;
  for (const Limit& lim : rule.limits) {
    if (lim.kind != LimitKind::Cap) continue;
    const Cap& cap = set.subsidy.caps[static_cast<std::size_t>(lim.cap)];
    out.push_back(zh(l) ? fmt::format("{}上限{}", cap.cite.article, yuan(cap.amount, l))
                        : fmt::format("the {} cap of {}", cap.cite.article, yuan(cap.amount, l)));
  }
  return out;
}

bool claimed_differently(const PlannedProduct& p) { return p.sequential >= 0 && p.result.chosen != p.sequential; }

// Why a product is claimed under another article than one-by-one claiming would.
std::string change_reason(const PlanView& v, const PlannedProduct& p, Lang l) {
  const PolicySet& set = v.set;
  const SubsidyRule& planned = rule_of(set, *p.result.chosen_outcome());
  const SubsidyRule& alone = rule_of(set, p.result.candidates[static_cast<std::size_t>(p.sequential)]);
  const std::string& res = set.subsidy.resolution[static_cast<std::size_t>(alone.document)].cite.article;
  const std::vector<std::string> caps = rule_caps(set, alone, l);
  if (zh(l))
    return fmt::format("按{}而非{}申报:单笔按{}就高不就低为{}({});{}全年合计{},逐笔申报为{}", planned.article,
                       alone.article, res, alone.article, yuan(p.sequential_amount, l),
                       caps.empty() ? "" : join(caps, "、") + "留给其他产品,", yuan(v.plan.total, l),
                       yuan(v.plan.sequential_total, l));
  return fmt::format(
      "claim under {} rather than {}, which {} (the higher, 就高不就低) picks for this claim alone ({}): {}the year's "
      "total is {} rather than {} one by one",
      planned.article, alone.article, res, yuan(p.sequential_amount, l),
      caps.empty() ? "" : join(caps, " and ") + " is then left to the other products, and ", yuan(v.plan.total, l),
      yuan(v.plan.sequential_total, l));
}

// A product's reason: the planned article's amount (and why it differs from
// one by one), or why no article applies.
std::string product_reason(const PlanView& v, std::size_t i, Lang l) {
  const PlannedProduct& p = v.plan.products[i];
  const RuleOutcome* o = p.result.chosen_outcome();
  if (!o) return join(subsidy_reasons(v.set, claim_of(v, i), p.result, l), zh(l) ? ";" : "; ");
  std::string s = subsidy_outcome_reason(v.set, claim_of(v, i), *o, l);
  if (claimed_differently(p)) s += (zh(l) ? ";" : "; ") + change_reason(v, p, l);
  return s;
}

void add_once(std::vector<std::string>& list, std::string s) {
  if (std::find(list.begin(), list.end(), s) == list.end()) list.push_back(std::move(s));
}

// The conditions assumed for one outcome, inputs named as options.
std::vector<std::string> condition_assumptions(const PolicySet& set, const SubsidyClaim& claim,
                                               const SubsidyResult& result, std::int8_t candidate, Lang l) {
  SubsidyResult r = result;
  r.chosen = candidate;
  r.candidates[static_cast<std::size_t>(candidate)].upper_assumed = false;
  return subsidy_assumptions(set, claim, r, l, claim.style);
}

// The all-levels assumption for one product, its input named as the column
// (the UPPER_SUBSIDY of --product, or the CSV's upper_subsidy).
std::string upper_assumption(const PolicySet& set, const SubsidyClaim& claim, const SubsidyResult& result, Lang l) {
  SubsidyResult r = result;
  r.candidates[static_cast<std::size_t>(r.chosen)].assumed.count = 0;
  return subsidy_assumptions(set, claim, r, l, FieldStyle::Column).front();
}

}  // namespace

std::vector<std::string> plan_assumptions(const PlanView& v, Lang l) {
  std::vector<std::string> out;
  std::vector<std::string> upper;               // each all-levels assumption, in order
  std::map<std::string, std::string> products;  // and the products it concerns
  for (std::size_t i = 0; i < v.plan.products.size(); ++i) {
    const SubsidyResult& r = v.plan.products[i].result;
    const RuleOutcome* o = r.chosen_outcome();
    if (!o) continue;
    for (auto& a : condition_assumptions(v.set, claim_of(v, i), r, r.chosen, l)) add_once(out, std::move(a));
    if (!o->upper_assumed) continue;
    std::string a = upper_assumption(v.set, claim_of(v, i), r, l);
    std::string& numbers = products[a];
    numbers += (numbers.empty() ? "" : zh(l) ? "、" : ", ") + std::to_string(i + 1);
    add_once(upper, std::move(a));
  }
  for (const auto& a : upper) {
    const std::string& n = products[a];
    const bool several = n.find_first_of(",、") != std::string::npos;
    out.push_back(zh(l) ? fmt::format("产品{}:{}", n, a) : fmt::format("product{} {}: {}", several ? "s" : "", n, a));
  }
  for (const SubsidyResult& r : v.types)
    for (std::uint8_t c = 0; c < r.candidate_count; ++c)
      if (r.candidates[c].eligible())
        for (auto& a : condition_assumptions(v.set, v.enterprise, r, static_cast<std::int8_t>(c), l))
          add_once(out, std::move(a));
  return out;
}

namespace {

// One step per product: the article, rate and limits, and 第十四条 when one
// by one would claim it otherwise.
void explain_product(std::vector<ExplainStep>& steps, const PlanView& v, std::size_t i, Lang l) {
  const PolicySet& set = v.set;
  const PlannedProduct& p = v.plan.products[i];
  const SubsidyClaim& claim = claim_of(v, i);
  const RuleOutcome* o = p.result.chosen_outcome();
  const std::string head =
      zh(l) ? fmt::format("产品{}({},保费{})", i + 1, type_label(set, claim.type, l), yuan(claim.premium, l))
            : fmt::format("Product {} ({}, premium {})", i + 1, type_label(set, claim.type, l), yuan(claim.premium, l));
  if (!o) {
    steps.push_back({fmt::format("{}{}{}", head, zh(l) ? ":不符合条件:" : ": not eligible: ",
                                 join(subsidy_reasons(set, claim, p.result, l), zh(l) ? ";" : "; ")),
                     nullptr});
    return;
  }
  steps.push_back({fmt::format("{}{}{}", head, zh(l) ? ":" : ": ", subsidy_outcome_reason(set, claim, *o, l)),
                   &product_of(set, *o).cite});
  if (!p.choice) return;
  const SubsidyRule& rule = rule_of(set, *o);
  const ResolutionRule& res = set.subsidy.resolution[static_cast<std::size_t>(rule.document)];
  std::string text;
  if (claimed_differently(p))
    text = change_reason(v, p, l);
  else
    text = zh(l) ? fmt::format("{}:多个条款适用;按{}申报,与逐笔就高不就低一致", res.cite.article, rule.article)
                 : fmt::format("{}: several articles apply; claimed under {}, as one by one (就高不就低) would",
                               res.cite.article, rule.article);
  steps.push_back({text, &res.cite});
}

}  // namespace

std::vector<ExplainStep> explain_plan(const PlanView& v, Lang l) {
  std::vector<ExplainStep> steps;
  const Plan& plan = v.plan;
  const std::size_t n = plan.products.size();
  const std::string date = format_date(v.enterprise.date);
  if (plan.choices == 0)
    steps.push_back(
        {zh(l)
             ? fmt::format("计划:{}个产品,申报日期{};没有产品可按多个条款申报,各按其唯一适用的条款,按所列顺序", n, date)
             : fmt::format("Plan: {} products, dated {}; none can be claimed under more than one article: "
                           "each under its one eligible article, in the order given",
                           n, date),
         nullptr});
  else
    steps.push_back({zh(l) ? fmt::format("计划:{}个产品,申报日期{};{}个产品可按多个条款申报,逐一试过全部{}种分配", n,
                                         date, plan.choices, plan.assignments)
                           : fmt::format("Plan: {} products, dated {}; {} can be claimed under more than one article, "
                                         "and every one of the {} assignments was tried",
                                         n, date, plan.choices, plan.assignments),
                     nullptr});
  for (std::size_t i = 0; i < n; ++i) explain_product(steps, v, i, l);
  for (std::size_t c = 0; c < plan.caps.size(); ++c) {
    if (!cap_in_plan(v, c)) continue;
    const Cap& cap = v.set.subsidy.caps[c];
    const CapUse& u = plan.caps[c];
    steps.push_back(
        {zh(l) ? fmt::format("{}:{}{},本年度已获{},本计划使用{},剩余{}", cap.cite.article, cap.name.zh,
                             yuan(u.limit, l), yuan(u.received, l), yuan(u.used, l), yuan(u.room, l))
               : fmt::format("{}: {} {}; received {}; the plan uses {}; room left {}", cap.cite.article, cap.name.en,
                             yuan(u.limit, l), yuan(u.received, l), yuan(u.used, l), yuan(u.room, l)),
         &cap.cite});
  }
  steps.push_back(
      {zh(l) ? fmt::format("结论:全年合计{};逐笔申报合计{}", yuan(plan.total, l), yuan(plan.sequential_total, l))
             : fmt::format("Result: {} for the year; {} claimed one by one", yuan(plan.total, l),
                           yuan(plan.sequential_total, l)),
       nullptr});
  return steps;
}

namespace {

json product_json(const PlanView& v, std::size_t i, Lang l) {
  const PolicySet& set = v.set;
  const PlannedProduct& p = v.plan.products[i];
  const SubsidyClaim& claim = claim_of(v, i);
  const RuleOutcome* o = p.result.chosen_outcome();
  const SubsidyRule* rule = o ? &rule_of(set, *o) : nullptr;
  const FactValue& upper = claim.facts[kFactUpperSubsidy];
  const RuleOutcome* alone = p.sequential >= 0 ? &p.result.candidates[static_cast<std::size_t>(p.sequential)] : nullptr;
  const char* capped = o ? capped_by_name(set, *o) : "";
  json j;
  j["type"] = set.subsidy.types[static_cast<std::size_t>(claim.type)].id;
  j["premium"] = format_money(claim.premium);
  j["upper_subsidy"] = upper.known ? json(format_money(Money{upper.value})) : json(nullptr);
  j["eligible"] = o != nullptr;
  j["article"] = rule ? json(std::to_string(rule->article_number)) : json(nullptr);
  j["rule"] = rule ? json(rule->id) : json(nullptr);
  j["rate"] = o ? json(format_rate(product_of(set, *o).rate)) : json(nullptr);
  j["subsidy"] = format_money(o ? o->amount : Money{});
  j["capped_by"] = *capped ? json(capped) : json(nullptr);
  j["reason"] = product_reason(v, i, l);
  j["sequential_article"] = alone ? json(std::to_string(rule_of(set, *alone).article_number)) : json(nullptr);
  j["sequential_subsidy"] = format_money(p.sequential_amount);
  j["claimed_differently"] = claimed_differently(p);
  if (!v.portfolio.extra_columns.empty()) {
    json extra = json::object();
    for (std::size_t c = 0; c < v.portfolio.extra_columns.size(); ++c)
      extra[v.portfolio.extra_columns[c]] = v.portfolio.products[i].extra[c];
    j["columns"] = extra;
  }
  return j;
}

// The caps a rule lists (ids) and the least room they leave, for a type's option.
struct OptionCaps {
  std::vector<std::string> ids;
  std::optional<Money> room;
};
OptionCaps option_caps(const PlanView& v, const SubsidyRule& rule) {
  OptionCaps out;
  for (const Limit& lim : rule.limits) {
    if (lim.kind != LimitKind::Cap) continue;
    out.ids.push_back(v.set.subsidy.caps[static_cast<std::size_t>(lim.cap)].id);
    const Money room = v.plan.caps[static_cast<std::size_t>(lim.cap)].room;
    out.room = out.room ? min(*out.room, room) : room;
  }
  return out;
}

std::string option_reason(const PlanView& v, std::size_t t, const RuleOutcome& o, Lang l) {
  SubsidyClaim claim = v.enterprise;
  claim.type = static_cast<std::int32_t>(t);
  return subsidy_outcome_reason(v.set, claim, o, l);
}

json type_option_json(const PlanView& v, std::size_t t, const RuleOutcome& o, Lang l) {
  const SubsidyRule& rule = rule_of(v.set, o);
  const OptionCaps caps = option_caps(v, rule);
  return {{"article", std::to_string(rule.article_number)},
          {"rule", rule.id},
          {"eligible", o.eligible()},
          {"assumed", o.verdict == RuleVerdict::Assumed},
          {"rate", format_rate(product_of(v.set, o).rate)},
          {"caps", caps.ids},
          {"room", caps.room ? json(format_money(*caps.room)) : json(nullptr)},
          {"reason", o.eligible() ? json(nullptr) : json(option_reason(v, t, o, l))}};
}

json types_json(const PlanView& v, Lang l) {
  json types = json::array();
  for (std::size_t t = 0; t < v.types.size(); ++t) {
    const SubsidyResult& r = v.types[t];
    json options = json::array();
    for (std::uint8_t c = 0; c < r.candidate_count; ++c) options.push_back(type_option_json(v, t, r.candidates[c], l));
    const InsuranceType& type = v.set.subsidy.types[t];
    types.push_back(
        {{"type", type.id}, {"name", type.name.in(zh(l))}, {"eligible", r.eligible()}, {"options", options}});
  }
  return types;
}

}  // namespace

json plan_json(const PlanView& v, Lang l, bool explain) {
  json j;
  j["date"] = format_date(v.enterprise.date);
  j["total"] = format_money(v.plan.total);
  j["sequential_total"] = format_money(v.plan.sequential_total);
  json products = json::array();
  for (std::size_t i = 0; i < v.plan.products.size(); ++i) products.push_back(product_json(v, i, l));
  j["products"] = products;
  json caps = json::array();
  for (std::size_t c = 0; c < v.plan.caps.size(); ++c) {
    if (!cap_in_plan(v, c)) continue;
    const CapUse& u = v.plan.caps[c];
    caps.push_back({{"id", v.set.subsidy.caps[c].id},
                    {"article", v.set.subsidy.caps[c].cite.article},
                    {"limit", format_money(u.limit)},
                    {"received", format_money(u.received)},
                    {"used", format_money(u.used)},
                    {"room", format_money(u.room)}});
  }
  j["caps"] = caps;
  if (v.plan.products.empty()) j["types"] = types_json(v, l);
  j["assumptions"] = plan_assumptions(v, l);
  j["choices"] = v.plan.choices;
  j["policy"] = policy_number(v);
  if (explain && !v.plan.products.empty()) j["steps"] = steps_json(explain_plan(v, l));
  return j;
}

namespace {

std::string products_table(const PlanView& v, Lang l) {
  const PolicySet& set = v.set;
  std::vector<std::vector<std::string>> rows;
  rows.push_back(zh(l) ? std::vector<std::string>{"序号", "类型", "保费(元)", "条款", "比例", "补贴(元)", "限制"}
                       : std::vector<std::string>{"#", "type", "premium", "article", "rate", "subsidy", "limited by"});
  for (const auto& name : v.portfolio.extra_columns) rows.front().push_back(name);
  for (std::size_t i = 0; i < v.plan.products.size(); ++i) {
    const SubsidyClaim& claim = claim_of(v, i);
    const RuleOutcome* o = v.plan.products[i].result.chosen_outcome();
    std::vector<std::string> row{std::to_string(i + 1), type_label(set, claim.type, l),
                                 format_money_grouped(claim.premium)};
    if (o)
      row.insert(row.end(), {rule_of(set, *o).article, format_percent(product_of(set, *o).rate),
                             format_money_grouped(o->amount), cut_text(set, *o, l)});
    else
      row.insert(row.end(), {"-", "-", format_money_grouped(Money{}), zh(l) ? "不符合条件" : "not eligible"});
    for (const auto& cell : v.portfolio.products[i].extra) row.push_back(cell);
    rows.push_back(std::move(row));
  }
  return table_text(rows, "RLRLRRL");
}

// Below the table: the products claimed otherwise than one by one, and why;
// those no article pays for, and why not.
std::string product_notes(const PlanView& v, Lang l) {
  std::string changed, refused;
  for (std::size_t i = 0; i < v.plan.products.size(); ++i) {
    const PlannedProduct& p = v.plan.products[i];
    const std::string head =
        fmt::format("  {} {}{}", i + 1, type_label(v.set, claim_of(v, i).type, l), zh(l) ? ":" : ": ");
    if (claimed_differently(p)) changed += head + change_reason(v, p, l) + "\n";
    if (!p.result.chosen_outcome())
      refused += head + join(subsidy_reasons(v.set, claim_of(v, i), p.result, l), zh(l) ? ";" : "; ") + "\n";
  }
  std::string out;
  if (!changed.empty()) out += (zh(l) ? "与逐笔申报不同的条款:\n" : "Claimed otherwise than one by one:\n") + changed;
  if (!refused.empty()) out += (zh(l) ? "不符合条件:\n" : "Not eligible:\n") + refused;
  return out;
}

std::string caps_table(const PlanView& v, Lang l) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back(zh(l) ? std::vector<std::string>{"上限", "条款", "额度", "已获", "本计划使用", "剩余"}
                       : std::vector<std::string>{"cap", "article", "limit", "received", "plan uses", "room left"});
  for (std::size_t c = 0; c < v.plan.caps.size(); ++c) {
    if (!cap_in_plan(v, c)) continue;
    const Cap& cap = v.set.subsidy.caps[c];
    const CapUse& u = v.plan.caps[c];
    rows.push_back({zh(l) ? cap.name.zh : cap.id, cap.cite.article, format_money_grouped(u.limit),
                    format_money_grouped(u.received), format_money_grouped(u.used), format_money_grouped(u.room)});
  }
  return table_text(rows, "LLRRRR");
}

std::string types_table(const PlanView& v, Lang l) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back(zh(l) ? std::vector<std::string>{"类型", "条款", "比例", "上限", "剩余额度(元)", "是否符合"}
                       : std::vector<std::string>{"type", "article", "rate", "cap", "room left", "eligible"});
  for (std::size_t t = 0; t < v.types.size(); ++t) {
    const SubsidyResult& r = v.types[t];
    const std::string type = type_label(v.set, static_cast<std::int32_t>(t), l);
    if (r.candidate_count == 0)
      rows.push_back({type, "-", "-", "-", "-", zh(l) ? "否:没有条款给予补贴" : "no: no article grants a subsidy"});
    for (std::uint8_t c = 0; c < r.candidate_count; ++c) {
      const RuleOutcome& o = r.candidates[c];
      const OptionCaps caps = option_caps(v, rule_of(v.set, o));
      std::string verdict =
          o.eligible() ? (o.verdict == RuleVerdict::Assumed ? (zh(l) ? "假定符合" : "assumed") : (zh(l) ? "是" : "yes"))
                       : (zh(l) ? "否:" : "no: ") + option_reason(v, t, o, l);
      rows.push_back({c ? "" : type, rule_of(v.set, o).article, format_percent(product_of(v.set, o).rate),
                      join(caps.ids, "+"), caps.room ? format_money_grouped(*caps.room) : "-", verdict});
    }
  }
  return table_text(rows, "LLRLRL");
}

}  // namespace

std::string plan_text(const PlanView& v, Lang l, bool explain) {
  const Plan& plan = v.plan;
  std::string out;
  if (plan.products.empty()) {
    out += zh(l) ? fmt::format("可申报的保险类型(申报日期{}):\n", format_date(v.enterprise.date))
                 : fmt::format("What could be claimed, dated {}:\n", format_date(v.enterprise.date));
    out += types_table(v, l);
  } else if (explain) {
    out += steps_text(explain_plan(v, l), l);
  } else {
    out += zh(l) ? fmt::format("全年保险计划(申报日期{}):\n", format_date(v.enterprise.date))
                 : fmt::format("Plan for the year, dated {} (amounts in yuan):\n", format_date(v.enterprise.date));
    out += products_table(v, l);
    out += zh(l) ? fmt::format("合计:{}\n逐笔申报(按所列顺序,每笔按{}就高不就低):{}\n", yuan(plan.total, l),
                               resolution_article(v), yuan(plan.sequential_total, l))
                 : fmt::format("Total: {}\nOne by one (in the order given, the higher per claim under {}): {}\n",
                               yuan(plan.total, l), resolution_article(v), yuan(plan.sequential_total, l));
    out += product_notes(v, l);
  }
  if (!explain || plan.products.empty()) {  // the explanation has a step per cap
    out += zh(l) ? "补贴上限:\n" : "Caps:\n";
    out += caps_table(v, l);
  }
  out += assumptions_text(plan_assumptions(v, l), l);
  out += zh(l) ? fmt::format("政策:{}\n", policy_number(v)) : fmt::format("Policy: {}\n", policy_number(v));
  return out;
}

}  // namespace hdpolicy
