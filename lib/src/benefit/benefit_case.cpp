// `hdpolicy test` cases for documents of declared shape: `policy` names the
// document, the other keys are its facts; the result is the JSON that
// `hdpolicy eval POLICY --format json` prints.
#include <nlohmann/json.hpp>

#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy {

nlohmann::ordered_json run_eval_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  const BenefitPolicy* policy = nullptr;
  for (const auto& [key, value] : input)
    if (key == "policy") policy = find_benefit_policy(set, value);
  if (!policy)
    throw required("policy", "the id or number of a document with facts: (" + benefit_policy_list(set) + ")");
  InputTexts texts(policy->inputs());
  std::vector<std::string> received;
  bool strict = false;
  for (const auto& [key, value] : input) {
    if (key == "policy" || texts.give(key, value, kInCase)) continue;
    if (key == "strict") {
      strict = input_yes_no(value, "strict");
    } else if (key == "received") {
      std::size_t start = 0;  // "a=1,b=2", as a list in YAML
      while (start <= value.size()) {
        std::size_t comma = value.find(',', start);
        received.push_back(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    } else {
      throw bad_value("input", key, "policy, " + input_ids(texts.table(), kInCase) + ", received, strict");
    }
  }
  BenefitClaim claim = parse_benefit_claim(*policy, texts, received, FieldStyle::CaseKey, Date{});
  const Document& doc = set.documents[static_cast<std::size_t>(policy->document)];
  BenefitResult result = evaluate_benefit(doc, *policy, claim);
  // The result reads exactly as `hdpolicy eval --format json` prints it.
  BenefitView view = benefit_view(set, *policy, claim, result, FieldStyle::Option, lang);
  if (strict) refuse_assumptions(view.assumptions);
  return benefit_json(set, *policy, view, false);
}

}  // namespace hdpolicy
