#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "hdpolicy/subsidy_report.hpp"

namespace hdpolicy {

nlohmann::ordered_json run_subsidy_case(const PolicySet& set, const CaseInput& input, Lang lang) {
  InputTexts texts(subsidy_inputs());
  std::vector<std::string> received;  // CAP_ID=AMOUNT items, judged together by parse_received
  bool strict = false;
  for (const auto& [key, value] : input) {
    if (texts.give(key, value, kInCase)) continue;
    if (key == "strict")
      strict = input_yes_no(value, "strict");
    else if (key == "received") {
      std::size_t start = 0;
      while (start <= value.size()) {
        std::size_t comma = value.find(',', start);
        received.push_back(value.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    } else {
      throw bad_value("input", key, input_ids(texts.table(), kInCase) + ", received, strict");
    }
  }
  if (const BenefitPolicy* named = find_subsidy_contract(set)) {
    const SubsidyContractCase c = judge_subsidy_contract(set, *named, texts, received, FieldStyle::CaseKey, Date{});
    // The refusal names options, as the command's always has.
    if (strict) refuse_assumptions(subsidy_contract_assumptions(set, c, FieldStyle::Option, lang));
    return subsidy_contract_json(set, c, FieldStyle::CaseKey, lang, false);
  }
  SubsidyClaim claim = parse_subsidy_claim(set, texts, Date{}, FieldStyle::CaseKey);
  std::vector<Money> used = parse_received(set.subsidy, received, FieldStyle::CaseKey);
  SubsidyResult result = evaluate_subsidy(set, claim, used);
  if (strict) refuse_assumptions(subsidy_assumptions(set, claim, result, lang));
  return subsidy_json(set, claim, result, used, lang, false);
}

}  // namespace hdpolicy
