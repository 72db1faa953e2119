// POST /v1/eval/{policy}: one claim on a document of declared shape. The
// body's fields are the document's facts by their batch columns, read by
// the same parsers as `hdpolicy eval`; the answer is its JSON.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "api/api_call.hpp"
#include "api/request_body.hpp"
#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/errors.hpp"

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
  const BenefitPolicy* policy = find_benefit_policy(set, call.rest);
  if (!policy)
    return api_error(404, fmt::format("no policy '{}' to evaluate: the policies of declared shape are {}", call.rest,
                                      benefit_policy_list(set)));
  const json body = parse_body(call.request.body);
  InputTexts texts = object_texts(policy->inputs(), body, {"received"});
  const BenefitClaim claim =
      parse_benefit_claim(*policy, texts, received_items(body), FieldStyle::Column, call.context.today);
  const Document& doc = set.documents[static_cast<std::size_t>(policy->document)];
  const BenefitResult result = evaluate_benefit(doc, *policy, claim);
  const Lang lang = call.lang();
  const BenefitView view = benefit_view(set, *policy, claim, result, FieldStyle::Column, lang);
  return json_document(benefit_json(set, *policy, view, call.flag("explain")));
}

}  // namespace hdpolicy::api
