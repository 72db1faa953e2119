// `hdpolicy test` cases for the hiring subsidy: named inputs to the JSON that
// `hdpolicy hiring --format json` prints.
#include <nlohmann/json.hpp>

#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring_report.hpp"

namespace hdpolicy {

nlohmann::ordered_json run_hiring_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  HiringFields f;
  bool strict = false;
  for (const auto& [key, value] : input) {
    std::string_view v = value;
    if (key == "hire_date") f.hire_date = v;
    else if (key == "birth_date") f.birth_date = v;
    else if (key == "graduation_date") f.graduation_date = v;
    else if (key == "left_school_date") f.left_school_date = v;
    else if (key == "unemployed") f.unemployed = v;
    else if (key == "registered_unemployed") f.registered_unemployed = v;
    else if (key == "contract") f.contract = v;
    else if (key == "graduate") f.graduate = v;
    else if (key == "strict") strict = input_yes_no(v, "strict", FieldStyle::Column);
    else
      throw bad_value("input", key, "hire_date, birth_date, graduate, graduation_date, left_school_date, unemployed, "
                                    "registered_unemployed, contract, strict");
  }
  if (set.hiring.empty()) throw InputError("hiring: no policy with a hiring: section is loaded");
  HiringClaim claim = parse_hiring_claim(set, f, FieldStyle::Column);
  claim.style = FieldStyle::Option;  // the result reads exactly as `hdpolicy hiring --format json` prints it
  HiringResult result = evaluate_hiring(set, claim);
  if (strict) refuse_assumptions(hiring_assumptions(set, claim, result, lang));
  return hiring_json(set, claim, result, lang, false);
}

}  // namespace hdpolicy
