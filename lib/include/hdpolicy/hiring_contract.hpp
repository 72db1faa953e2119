// The answer of `hdpolicy hiring` for the job-expansion subsidy written as a
// document of declared shape (facts:, caps:, rules:) whose document.contract
// is `hiring`: the words, JSON and steps the command has always given, byte
// for byte, read from the generic evaluator's result. Its rules are the categories,
// its `requires:` the labour contract, its effective window the period the
// plan covers. This is how the `hiring` command runs on the generic
// evaluator with no hiring mechanism of its own.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/input_table.hpp"
#include "hdpolicy/lang.hpp"

namespace hdpolicy {

struct PolicySet;

// The versions of the declared document that answers as `hdpolicy hiring`,
// in the order loaded (empty: none is loaded).
std::vector<const BenefitPolicy*> hiring_contract_versions(const PolicySet& set);
// The latest of them, or null.
const BenefitPolicy* find_hiring_contract(const PolicySet& set);
// The same; throws InputError, naming `what` (the command, --baseline), when
// none is loaded.
const BenefitPolicy& require_hiring_contract(const PolicySet& set, std::string_view what);

// Why `policy` cannot answer as `hdpolicy hiring` (a fact of the hiring
// options it does not declare, or declares of another kind), or "" if it can.
std::string hiring_contract_misfit(const BenefitPolicy& policy);

// A hire read from the hiring command's inputs (`hiring`: one text per
// row of hiring_inputs(), as `style` says) onto `named`'s facts, and judged
// under the version in force on the hire date.
struct HiringContractCase {
  const BenefitPolicy* version = nullptr;
  BenefitClaim claim;
  BenefitResult result;
};
HiringContractCase judge_hiring_contract(const PolicySet& set, const BenefitPolicy& named, const InputTexts& hiring,
                                         FieldStyle style, Date today);

// The same for hire after hire (a batch): the hiring inputs are matched to
// `named`'s facts once, and the case's claim and result keep their storage.
class HiringContractJudge {
 public:
  HiringContractJudge(const PolicySet& set, const BenefitPolicy& named);
  // Valid until the next call.
  const HiringContractCase& judge(const InputTexts& hiring, FieldStyle style, Date today);

 private:
  const PolicySet& set_;
  const BenefitPolicy& named_;
  std::vector<std::int16_t> fact_of_;  // per row of hiring_inputs(): its row among named's facts (-1: none)
  HiringContractCase case_;
};

// `version` is the version the claim was judged under (benefit_version).
std::vector<std::string> hiring_contract_assumptions(const PolicySet& set, const BenefitPolicy& version,
                                                     const BenefitClaim& claim, FieldStyle style, Lang lang);
nlohmann::ordered_json hiring_contract_json(const PolicySet& set, const BenefitPolicy& version,
                                            const BenefitClaim& claim, const BenefitResult& result, FieldStyle style,
                                            Lang lang, bool explain);
std::string hiring_contract_text(const PolicySet& set, const BenefitPolicy& version, const BenefitClaim& claim,
                                 const BenefitResult& result, FieldStyle style, Lang lang, bool explain);

// A hire as a `batch hiring` row reads it: the category paid (a rule of
// `version`, -1: none), the amount and the row's note in hiring_note's words.
struct HiringContractRow {
  bool eligible = false;
  Money amount;
  std::int16_t category = -1;
  std::string note;
};
HiringContractRow hiring_contract_row(const PolicySet& set, const BenefitPolicy& version, const BenefitClaim& claim,
                                      const BenefitResult& result, FieldStyle style, Lang lang);

}  // namespace hdpolicy
