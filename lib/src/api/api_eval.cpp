// POST /v1/eval/{policy}: one claim on a policy document. The body's fields
// are the document's facts by their batch columns, read by the same parsers
// as `hdpolicy eval`; the answer is its JSON. A document with a subsidy:
// section, or with document.contract: hiring, is answered as /v1/subsidy or
// /v1/hiring answers.
// POST /v1/plan/{policy}: one enterprise's claims of a year, as `hdpolicy
// plan POLICY` plans a CSV of them.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "api/api_call.hpp"
#include "api/request_body.hpp"
#include "hdpolicy/benefit_plan.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/eval_target.hpp"

namespace hdpolicy::api {
namespace {
using json = nlohmann::json;

// {"annual": "100000"} as `--received annual=100000` items.
std::vector<std::string> received_items(const json& body) {
  std::vector<std::string> items;
  auto it = body.find("received");
  if (it == body.end() || it->is_null()) return items;
  const char* accepted = "an object of CAP_ID: AMOUNT (e.g. {\"annual\": \"100000\"})";
  if (!it->is_object()) throw bad_value("received", it->dump(), accepted);
  for (const auto& [cap, amount] : it->items()) {
    if (!amount.is_string()) throw bad_value("received", it->dump(), accepted);
    items.push_back(cap + "=" + amount.get<std::string>());
  }
  return items;
}
}  // namespace

ApiResponse post_eval(const Call& call) {
  call.only_params({"explain", "lang"});
  const PolicySet& set = call.context.set;
  // A document of the shapes before declared ones is answered as its own path is.
  const EvalTarget target = find_eval_target(set, call.rest);
  if (target.shape == EvalShape::Subsidy) return post_subsidy(call);
  if (target.shape == EvalShape::Hiring) return post_hiring(call);
  if (target.shape != EvalShape::Declared)
    return api_error(404, fmt::format("no policy '{}' to evaluate: the policies with an amount to compute are {}",
                                      call.rest, eval_target_list(set)));
  const BenefitPolicy* policy = target.declared;
  const json body = parse_body(call.request.body);
  InputTexts texts = object_texts(policy->inputs(), body, {"received"});
  const BenefitClaim claim =
      parse_benefit_claim(*policy, texts, received_items(body), FieldStyle::Column, call.context.today);
  const BenefitPolicy& version = declared_version(set, target, claim.date);
  const Document& doc = set.documents[static_cast<std::size_t>(version.document)];
  const BenefitResult result = evaluate_benefit(doc, version, claim);
  const Lang lang = call.lang();
  const BenefitView view = benefit_view(set, version, claim, result, FieldStyle::Column, lang);
  return json_document(benefit_json(set, version, view, call.flag("explain")));
}

namespace {

// {"claims": [{facts}, ...], "received": {...}}: the claims as plan reads
// the rows of its CSV, each claim's line its place in `claims` from 1.
BenefitPlan plan_claims(const BenefitPolicy& policy, const json& body) {
  for (const auto& [key, value] : body.items())
    if (key != "claims" && key != "received")
      throw InputError(fmt::format("{}: not a field of this request; the fields are claims, received", key),
                       {key, std::nullopt, "claims, received"});
  const char* accepted = "an array of claims, each an object of the document's facts";
  auto it = body.find("claims");
  if (it == body.end() || it->is_null()) throw required("claims", accepted);
  if (!it->is_array() || it->empty()) throw bad_value("claims", it->dump(), accepted);
  BenefitPlan plan;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const std::string where = fmt::format("claims[{}]", i);
    const json& claim = (*it)[i];
    if (!claim.is_object()) throw bad_value(where, claim.dump(), "an object of the document's facts");
    try {
      add_benefit_plan_claim(policy, object_texts(policy.inputs(), claim), i + 1, where, plan);
    } catch (const InputError& e) {
      if (std::string_view(e.what()).starts_with(where)) throw;
      throw InputError(fmt::format("{}: {}", where, e.what()), e.fields());
    }
  }
  return plan;
}

}  // namespace

ApiResponse post_plan_policy(const Call& call) {
  call.only_params({"explain", "lang"});
  const PolicySet& set = call.context.set;
  // The premium-subsidy document's plan is its portfolio of products: /v1/plan.
  const EvalTarget target = find_eval_target(set, call.rest);
  if (target.shape == EvalShape::Subsidy) return post_plan(call);
  if (target.shape != EvalShape::Declared)
    return api_error(404, fmt::format("no policy '{}' to plan: plan takes a document of declared shape ({}) or the "
                                      "premium-subsidy document",
                                      call.rest, benefit_policy_list(set)));
  const BenefitPolicy& named = *target.declared;
  check_benefit_plan_policy(named);
  const json body = parse_body(call.request.body);
  BenefitPlan plan = plan_claims(named, body);
  const BenefitPolicy& version = benefit_plan_version(set, named, target.by_number, plan, "claims");
  const std::vector<Money> received = parse_benefit_received(version, received_items(body), FieldStyle::Column);
  plan_benefit(set.documents[static_cast<std::size_t>(version.document)], version, received, plan);
  return json_document(benefit_plan_json(set, version, plan, call.lang(), call.flag("explain")));
}

}  // namespace hdpolicy::api
