// `hdpolicy test` cases for the hiring subsidy: named inputs to the JSON that
// `hdpolicy hiring --format json` prints.
#include <nlohmann/json.hpp>

#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/hiring_report.hpp"

namespace hdpolicy {

nlohmann::ordered_json run_hiring_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  InputTexts texts(hiring_inputs());
  bool strict = false;
  for (const auto& [key, value] : input) {
    if (texts.give(key, value, kInCase)) continue;
    if (key == "strict")
      strict = input_yes_no(value, "strict");
    else
      throw bad_value("input", key, input_ids(texts.table(), kInCase) + ", strict");
  }
  if (set.hiring.empty()) {
    // The hiring subsidy declared as data (document.contract: hiring).
    const BenefitPolicy* declared = find_hiring_contract(set);
    if (!declared) throw InputError("hiring: no policy with a hiring: section is loaded");
    const HiringContractCase c = judge_hiring_contract(set, *declared, texts, FieldStyle::CaseKey, Date{});
    // Read exactly as `hdpolicy hiring --format json` prints it.
    if (strict) refuse_assumptions(hiring_contract_assumptions(set, *c.version, c.claim, FieldStyle::Option, lang));
    return hiring_contract_json(set, *c.version, c.claim, c.result, FieldStyle::Option, lang, false);
  }
  HiringClaim claim = parse_hiring_claim(set, texts, FieldStyle::CaseKey);
  claim.style = FieldStyle::Option;  // the result reads exactly as `hdpolicy hiring --format json` prints it
  HiringResult result = evaluate_hiring(set, claim);
  if (strict) refuse_assumptions(hiring_assumptions(set, claim, result, lang));
  return hiring_json(set, claim, result, lang, false);
}

}  // namespace hdpolicy
