// `hdpolicy test` cases for `eval`: `policy` names the document, the other
// keys are its facts; the result is the JSON that `hdpolicy eval POLICY
// --format json` prints (for a subsidy: or hiring: document, its command's).
#include <nlohmann/json.hpp>

#include "hdpolicy/benefit_report.hpp"
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/eval_target.hpp"

namespace hdpolicy {

nlohmann::ordered_json run_eval_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  EvalTarget target;
  for (const auto& [key, value] : input)
    if (key == "policy") target = find_eval_target(set, value);
  // A document of the shapes before declared ones: its command's case, as `eval` prints it.
  if (target.shape == EvalShape::Subsidy || target.shape == EvalShape::Hiring) {
    CaseInput rest;
    for (const auto& item : input)
      if (item.first != "policy") rest.push_back(item);
    return target.shape == EvalShape::Subsidy ? run_subsidy_case(set, rest, lang) : run_hiring_case(set, rest, lang);
  }
  const BenefitPolicy* policy = target.declared;
  if (!policy) throw required("policy", eval_target_accepted(set));
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
  const BenefitPolicy& version = declared_version(set, target, claim.date);
  const Document& doc = set.documents[static_cast<std::size_t>(version.document)];
  BenefitResult result = evaluate_benefit(doc, version, claim);
  // The result reads exactly as `hdpolicy eval --format json` prints it.
  BenefitView view = benefit_view(set, version, claim, result, FieldStyle::Option, lang);
  if (strict) refuse_assumptions(view.assumptions);
  return benefit_json(set, version, view, false);
}

}  // namespace hdpolicy
