// The POST endpoints: a claim as a JSON object whose field names are the
// batch columns, parsed by the CLI's parsers with the inputs named as
// columns, evaluated and reported by the CLI's library calls.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "api/api_call.hpp"
#include "api/request_body.hpp"
#include "hdpolicy/deadline_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/input_values.hpp"
#include "hdpolicy/plan_report.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "hdpolicy/subsidy_report.hpp"

namespace hdpolicy::api {
namespace {
using json = nlohmann::json;

// A missing date is today in Beijing, as on the command line; the answer
// says which date it used.
void default_date(InputTexts& texts, const std::string& today) {
  if (texts[kSubsidyDate].empty()) texts[kSubsidyDate] = today;
}

// {"catalogue": "100000"} as the CLI's --received items.
std::vector<std::string> received_items(const json& body) {
  std::vector<std::string> items;
  if (auto it = body.find("received"); it != body.end() && !it->is_null()) {
    if (!it->is_object())
      throw bad_value("received", it->dump(), "an object of CAP_ID: AMOUNT (e.g. {\"catalogue\": \"100000\"})");
    for (const auto& [cap, amount] : it->items()) {
      if (!amount.is_string())
        throw bad_value("received", it->dump(), "an object of CAP_ID: AMOUNT (e.g. {\"catalogue\": \"100000\"})");
      items.push_back(cap + "=" + amount.get<std::string>());
    }
  }
  return items;
}

// The same read by the CLI's parser.
std::vector<Money> received(const PolicySet& set, const json& body) {
  return parse_received(set.subsidy, received_items(body), FieldStyle::Column);
}

std::vector<PlanProduct> products(const PolicySet& set, const SubsidyClaim& enterprise, const json& body) {
  const char* accepted = "an array of {\"type\", \"premium\", \"upper_subsidy\"} objects";
  std::vector<PlanProduct> out;
  auto it = body.find("products");
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array()) throw bad_value("products", it->dump(), accepted);
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& p = (*it)[i];
    const std::string name = fmt::format("products[{}]", i);
    if (!p.is_object()) throw bad_value(name, p.dump(), accepted);
    const InputTexts t = object_texts(subsidy_inputs(), p);
    for (std::size_t row = 0; row < t.table().size(); ++row)
      if (!t[row].empty() && !is_product_input(row))
        throw InputError(
            fmt::format("{}: {}: a fact of the enterprise: give it once, beside products", name, t.table()[row].id),
            {name, std::nullopt, accepted});
    try {
      out.push_back(plan_product(set, enterprise, t[kSubsidyType], t[kSubsidyPremium],
                                 t[kSubsidyFirstFact + std::size_t{kFactUpperSubsidy}]));
    } catch (const InputError& e) {
      throw InputError(fmt::format("{}: {}", name, e.what()), e.fields());
    }
  }
  return out;
}
}  // namespace

ApiResponse post_subsidy(const Call& call) {
  call.only_params({"explain", "lang"});
  const PolicySet& set = call.context.set;
  const json body = parse_body(call.request.body);
  InputTexts texts = object_texts(subsidy_inputs(), body, {"received"});
  const std::string today = format_date(call.context.today);
  default_date(texts, today);
  // The premium subsidy declared as data (document.contract: subsidy), when loaded.
  if (const BenefitPolicy* named = find_subsidy_contract(set)) {
    const SubsidyContractCase c =
        judge_subsidy_contract(set, *named, texts, received_items(body), FieldStyle::Column, call.context.today);
    return json_document(subsidy_contract_json(set, c, FieldStyle::Column, call.lang(), call.flag("explain")));
  }
  const SubsidyClaim claim = parse_subsidy_claim(set, texts, call.context.today, FieldStyle::Column);
  const std::vector<Money> used = received(set, body);
  const SubsidyResult result = evaluate_subsidy(set, claim, used);
  return json_document(subsidy_json(set, claim, result, used, call.lang(), call.flag("explain")));
}

ApiResponse post_hiring(const Call& call) {
  call.only_params({"explain", "lang"});
  const PolicySet& set = call.context.set;
  // The hiring subsidy declared as data (document.contract: hiring).
  const BenefitPolicy& declared = require_hiring_contract(set, "hiring");
  const json body = parse_body(call.request.body);
  const HiringContractCase c =
      judge_hiring_contract(set, declared, object_texts(hiring_inputs(), body), FieldStyle::Column, call.context.today);
  return json_document(
      hiring_contract_json(set, *c.version, c.claim, c.result, FieldStyle::Column, call.lang(), call.flag("explain")));
}

ApiResponse post_plan(const Call& call) {
  call.only_params({"explain", "lang"});
  const PolicySet& set = call.context.set;
  const json body = parse_body(call.request.body);
  InputTexts texts = object_texts(subsidy_inputs(), body, {"received", "products"});
  for (std::size_t row = 0; row < texts.table().size(); ++row)
    if (!texts[row].empty() && is_product_input(row))
      throw InputError(fmt::format("{}: a field of each product: give it inside products", texts.table()[row].id),
                       {std::string(texts.table()[row].id), std::nullopt, "products: [{\"type\", \"premium\"}]"});
  const std::string today = format_date(call.context.today);
  default_date(texts, today);
  const SubsidyClaim enterprise = parse_plan_enterprise(set, texts, call.context.today, FieldStyle::Column);
  const std::vector<Money> used = received(set, body);
  Portfolio portfolio;
  portfolio.products = products(set, enterprise, body);
  const Plan plan = plan_portfolio(set, portfolio.products, used);
  std::vector<SubsidyResult> types;
  if (portfolio.products.empty()) types = plan_types(set, enterprise, used);
  const PlanView view{set, enterprise, portfolio, plan, types};
  return json_document(plan_json(view, call.lang(), call.flag("explain")));
}

ApiResponse post_deadline(const Call& call) {
  call.only_params({"explain", "lang", "provisional"});
  const PolicySet& set = call.context.set;
  const json body = parse_body(call.request.body);
  const std::span<const InputDef> table = deadline_inputs();
  const InputTexts texts = object_texts(table, body);
  for (std::size_t row = 0; row < table.size(); ++row)
    if (row != kDeadlineRule && row != kDeadlineFrom && !texts[row].empty())
      throw InputError(fmt::format("{}: not a field of this request; the fields are rule, from", table[row].id),
                       {std::string(table[row].id), std::nullopt, "rule, from"});
  if (texts[kDeadlineRule].empty())
    throw required("rule", accepted_values(set, table[kDeadlineRule], FieldStyle::Column));
  const auto rule_index = *read_input(set, table, kDeadlineRule, texts[kDeadlineRule], FieldStyle::Column);
  const Date from{date::days{*read_input(set, table, kDeadlineFrom, texts[kDeadlineFrom], FieldStyle::Column)}};
  const DeadlineRule& rule =
      deadline_rule_on(set.deadlines, set.documents, set.deadlines[static_cast<std::size_t>(rule_index)], from);
  const Coverage coverage = call.coverage();
  const DeadlineResult r = compute_deadline(set.calendar, rule, from, coverage);
  return json_document(deadline_json(set, rule, r, coverage, call.lang(), call.flag("explain")));
}

}  // namespace hdpolicy::api
