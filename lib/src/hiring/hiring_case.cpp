// `hdpolicy test` cases for the hiring subsidy: named inputs to the JSON that
// `hdpolicy hiring --format json` prints.
#include <nlohmann/json.hpp>

#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/report.hpp"

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
  // The hiring subsidy declared as data (document.contract: hiring).
  const HiringContractCase c =
      judge_hiring_contract(set, require_hiring_contract(set, "hiring"), texts, FieldStyle::CaseKey, Date{});
  // Read exactly as `hdpolicy hiring --format json` prints it.
  if (strict) refuse_assumptions(hiring_contract_assumptions(set, *c.version, c.claim, FieldStyle::Option, lang));
  return hiring_contract_json(set, *c.version, c.claim, c.result, FieldStyle::Option, lang, false);
}

}  // namespace hdpolicy
