// The answer of `hdpolicy subsidy` for the premium subsidy written as a
// document of declared shape (facts:, caps:, rules:) whose document.contract
// is `subsidy`: the words, JSON and steps the command has always given, byte
// for byte, read from the generic evaluator's result. Its rules are the
// articles, each rating the insurance types it covers (`rate_by: type`); its
// `requires:` is the scope (第二条). This is how `subsidy` runs on the
// generic evaluator, as hiring_contract.hpp is for `hiring`.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/input_table.hpp"
#include "hdpolicy/lang.hpp"

namespace hdpolicy {

struct PolicySet;

// The versions of the declared document that answers as `hdpolicy subsidy`,
// in the order loaded (empty: none is loaded), and the latest of them.
std::vector<const BenefitPolicy*> subsidy_contract_versions(const PolicySet& set);
const BenefitPolicy* find_subsidy_contract(const PolicySet& set);

// Why `policy` cannot answer as `hdpolicy subsidy` (a fact of the subsidy
// options it does not declare or declares of another kind, a rule whose
// article has no number, a rule not rated by the insurance type), or "" if it can.
std::string subsidy_contract_misfit(const BenefitPolicy& policy);

// Why `what` (batch subsidy, --baseline) cannot run: no subsidy: section is
// loaded; when a declared premium subsidy is, the message says that `what`
// does not read that form yet.
std::string subsidy_section_missing(const PolicySet& set, std::string_view what);

// `batch subsidy --baseline` given the premium subsidy in one form and the
// baseline's in the other (`declared`: the current one is the declared form).
std::string subsidy_forms_differ(bool declared);

// 第十四条 → 14: the article's number, which the contract's JSON gives as
// "article" (nullopt: not of the form 第N条 with N in Chinese numerals).
std::optional<int> article_number(std::string_view article);

// A claim read from the subsidy command's inputs (`inputs`: one text per
// row of subsidy_inputs(), as `style` says) and `received` (CAP_ID=AMOUNT)
// onto `named`'s facts, and judged under the version in force on its date.
struct SubsidyContractCase {
  const BenefitPolicy* version = nullptr;
  BenefitClaim claim;
  BenefitResult result;
};
SubsidyContractCase judge_subsidy_contract(const PolicySet& set, const BenefitPolicy& named, const InputTexts& inputs,
                                           std::span<const std::string> received, FieldStyle style, Date today);

// `version` is the version the claim was judged under (benefit_version).
std::vector<std::string> subsidy_contract_assumptions(const PolicySet& set, const SubsidyContractCase& c,
                                                      FieldStyle style, Lang lang);
nlohmann::ordered_json subsidy_contract_json(const PolicySet& set, const SubsidyContractCase& c, FieldStyle style,
                                             Lang lang, bool explain);
std::string subsidy_contract_text(const PolicySet& set, const SubsidyContractCase& c, FieldStyle style, Lang lang,
                                  bool explain);

}  // namespace hdpolicy
