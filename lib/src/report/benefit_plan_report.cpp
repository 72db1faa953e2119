// Presenting a plan of claims on a document of declared shape: per claim,
// the rule the plan claims it under and what claiming one by one would
// have paid; the totals and the gain. Each claim's answer is worded by the
// view every other renderer of such a document reads (benefit_view).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "hdpolicy/benefit_plan.hpp"
#include "hdpolicy/benefit_report.hpp"

namespace hdpolicy {
namespace {

using json = nlohmann::ordered_json;

// "settling+equipment" and "第二条+第三条" of the rules a result paid, as the view joins them.
std::pair<std::string, std::string> paid_rules(const BenefitPolicy& p, std::span<const std::int16_t> paid) {
  std::string ids, articles;
  for (std::int16_t i : paid) {
    const BenefitRule& r = p.rules[static_cast<std::size_t>(i)];
    ids += (ids.empty() ? "" : "+") + r.id;
    if (articles.find(r.article) == std::string::npos) articles += (articles.empty() ? "" : "+") + r.article;
  }
  return {ids, articles};
}

// "第三条 equipment 480,000.00元" or "equipment (第三条) 480,000.00 yuan"; nothing paid or not claimed.
std::string claimed_text(const BenefitPolicy& p, std::span<const std::int16_t> paid, bool claimed, Money amount,
                         Lang l) {
  if (!claimed)
    return zh(l) ? fmt::format("不申报,{}", yuan(amount, l)) : fmt::format("not claimed, {}", yuan(amount, l));
  if (paid.empty()) return zh(l) ? fmt::format("无,{}", yuan(amount, l)) : fmt::format("nothing, {}", yuan(amount, l));
  const auto [ids, articles] = paid_rules(p, paid);
  return zh(l) ? fmt::format("按{} {} {}", articles, ids, yuan(amount, l))
               : fmt::format("{} ({}) {}", ids, articles, yuan(amount, l));
}

}  // namespace

std::string benefit_plan_text(const PolicySet& set, const BenefitPolicy& policy, const BenefitPlan& plan, Lang l,
                              bool explain) {
  const Document& doc = set.documents[static_cast<std::size_t>(policy.document)];
  std::string out =
      zh(l) ? fmt::format("方案:{} {},{}年共{}笔申报\n", doc.number, doc.short_title.zh, plan.year, plan.claims.size())
            : fmt::format("Plan: {} {}, {} claims in {}\n", doc.number, doc.short_title.en, plan.claims.size(),
                          plan.year);
  for (const BenefitPlanClaim& c : plan.claims) {
    const bool claimed = c.choice != -2;
    const std::string planned = claimed_text(policy, c.result.paid, claimed, c.result.amount(), l);
    const std::string alone = claimed_text(policy, c.sequential, true, c.sequential_amount, l);
    out += zh(l) ? fmt::format("  第{}行:{};逐笔申报:{}\n", c.line, planned, alone)
                 : fmt::format("  line {}: {}; one by one: {}\n", c.line, planned, alone);
    if (explain && claimed) {
      const BenefitView view = benefit_view(set, policy, c.claim, c.result, FieldStyle::Column, l);
      out += steps_text(view.steps, l);
    }
  }
  const Money gain = plan.total - plan.sequential_total;
  // One by one is each claim's highest rule (就高不就低), or every rule where they stack.
  const char* how =
      policy.pay_all ? (zh(l) ? "按顺序" : "in order") : (zh(l) ? "每笔就高,按顺序" : "each claim's highest, in order");
  out += zh(l) ? fmt::format("合计:{}\n逐笔申报({}):{};本方案多得{}\n", yuan(plan.total, l), how,
                             yuan(plan.sequential_total, l), yuan(gain, l))
               : fmt::format("Total: {}\nOne by one ({}): {}; the plan gains {}\n", yuan(plan.total, l), how,
                             yuan(plan.sequential_total, l), yuan(gain, l));
  return out;
}

nlohmann::ordered_json benefit_plan_json(const PolicySet& set, const BenefitPolicy& policy, const BenefitPlan& plan,
                                         Lang l, bool explain) {
  json j;
  j["policy"] = policy.id;
  j["document"] = set.documents[static_cast<std::size_t>(policy.document)].number;
  j["year"] = plan.year;
  json claims = json::array();
  for (const BenefitPlanClaim& c : plan.claims) {
    const auto [ids, articles] = paid_rules(policy, c.result.paid);
    const auto [seq_ids, seq_articles] = paid_rules(policy, c.sequential);
    json item{{"line", c.line},
              {"claimed", c.choice != -2},
              {"rule", ids.empty() ? json(nullptr) : json(ids)},
              {"article", articles.empty() ? json(nullptr) : json(articles)},
              {"amount", format_money(c.result.amount())},
              {"one_by_one",
               {{"rule", seq_ids.empty() ? json(nullptr) : json(seq_ids)},
                {"article", seq_articles.empty() ? json(nullptr) : json(seq_articles)},
                {"amount", format_money(c.sequential_amount)}}}};
    if (explain && c.choice != -2)
      item["steps"] = steps_json(benefit_view(set, policy, c.claim, c.result, FieldStyle::Column, l).steps);
    claims.push_back(std::move(item));
  }
  j["claims"] = std::move(claims);
  j["total"] = format_money(plan.total);
  j["one_by_one_total"] = format_money(plan.sequential_total);
  j["gain"] = format_money(plan.total - plan.sequential_total);
  j["assignments"] = plan.assignments;
  return j;
}

}  // namespace hdpolicy
