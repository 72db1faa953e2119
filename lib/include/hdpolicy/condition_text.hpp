// Conditions in words, the half of the reporting module (report.hpp) that
// every report explaining a condition uses: the comparison in the reader's
// word order with the legal term the clause uses (从业人员不超过100人,
// 年营收10,000,000.00元以下; number of employees is at most 100), fact values
// with their units, and what was given. The one place for this wording, so
// that the subsidy and hiring explanations read alike.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/condition.hpp"
#include "hdpolicy/lang.hpp"

namespace hdpolicy {

// A fact's value in words: 50人 / 50, 5,000,000.00元 / 5,000,000.00 yuan,
// 2025年 / 2025, 是 / yes, a date, a choice's name from `choice_names`.
std::string fact_value_text(const InputDef& def, std::int64_t value, Lang lang,
                            const std::vector<std::string>* choice_names = nullptr);

// at_most, less_than, at_least, more_than: the bound with the term the
// condition quotes, or the Civil Code's term for its kind (以下 and 以上
// include the number, 不满 and 超过 do not: 民法典 第一千二百五十九条). A term
// such as 以下 follows the number in Chinese, one such as 不超过 precedes it.
// Is: "是否签订劳动合同:是" / "labour contract signed: yes".
std::string comparison_text(const Condition& c, const InputDef& def, Lang lang);

// years_before_claim: "国家高新技术企业认定或复核年度为申报上一年度,即2025年" /
// "high-tech certification year is 2025, the year before the claim".
// `event` names what the year counts from: {申报, claim} or {招用, hire}.
std::string year_before_text(const InputDef& def, std::int64_t years_before, int event_year, const Text& event,
                             Lang lang);

// What was given for a fact, appended to its condition: "[实际:50人]" or
// "[未提供]" in Chinese, " [given: 50]" or " [not given]" in English.
// `value` empty means not given.
std::string given_suffix(std::string_view value, Lang lang);

// "1 year", "2 years".
std::string years_text(std::int64_t n);

// How a condition tree is worded for one claim or hire.
struct ConditionWords {
  std::span<const InputDef> schema;
  std::span<const FactValue> facts;  // empty: the rule only, without what was given
  Date event_date{};                 // the claim's or hire's date: years_before_claim counts from its year
  Text event{"申报", "claim"};       // what the date is: {申报, claim} or {招用, hire}
  const std::vector<std::string>* choice_names = nullptr;
  // Per fact, how its given value reads where the value alone would mislead
  // (a graduate known from a date: "graduated 2025-06-30"); "" or absent: the value.
  std::span<const std::string> given{};
  // No claim or hire: a year counted from its year is named without the
  // year it would be ("the year before the claim"), as the law states it.
  bool undated = false;
  // Per fact, its choices' names (a document with several choice facts);
  // when given, it is read instead of `choice_names`.
  std::span<const std::vector<std::string>> names_by_fact{};
};

// THE condition describer: every report words conditions here, so an operator
// reads the same in every explanation. A condition tree in words, each fact
// with what was given: "小微科技企业(从业人员不超过100人[实际:50人]且年营收
// 10,000,000.00元以下[实际:5,000,000.00元])或…". A group's label is shown with
// its parts unless every part has a label of its own; at the top level, parts
// that are groups are set off with "; ". A within_years_before_claim condition
// on a date given shows the anniversary it ends on.
std::string describe_condition(const ConditionTable& table, std::uint32_t id, const ConditionWords& words, Lang lang);

// The same for a subsidy claim (event 申报/claim), with what was given...
std::string describe_condition(const ConditionTable& table, std::span<const InputDef> schema, std::uint32_t id,
                               std::span<const FactValue> facts, Date claim_date, Lang lang,
                               const std::vector<std::string>* choice_names = nullptr);
// ...and without it: what an assumption takes to hold.
std::string condition_rule_text(const ConditionTable& table, std::span<const InputDef> schema, std::uint32_t id,
                                Date claim_date, Lang lang, const std::vector<std::string>* choice_names = nullptr);
// ...and as the law states it, for no claim at all (hdpolicy diff shows two
// versions of a condition this way): 从业人员不超过100人.
std::string condition_law_text(const ConditionTable& table, std::span<const InputDef> schema, std::uint32_t id,
                               Lang lang, const std::vector<std::string>* choice_names = nullptr);

// The first citation in a condition tree: the group's own, else its first
// leaf's (null: none); and its article ("" when none).
const Citation* first_condition_cite(const ConditionTable& table, std::uint32_t id);
std::string first_condition_article(const ConditionTable& table, std::uint32_t id);

}  // namespace hdpolicy
