// Policies of any shape, written in YAML alone: a document declares its
// facts (`facts:`), its caps (`caps:`) and its rules (`rules:`), and one
// evaluator computes every such document. A rule's amount is one mechanism
// (a rate of a base, an amount per unit, brackets, a fixed amount); its
// limits cut it in order; its eligibility is a condition tree in three
// values; the highest eligible rule is paid (就高不就低). A new policy built
// from these mechanisms is a new YAML file, with no C++ and no rebuild.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "hdpolicy/citation.hpp"
#include "hdpolicy/condition.hpp"
#include "hdpolicy/input_table.hpp"
#include "hdpolicy/money.hpp"

namespace hdpolicy {

// One value a declared choice fact accepts: its id, names, other spellings.
struct ChoiceValue {
  std::string id;
  Text name;
  std::vector<std::string> aliases;
};

// A fact computed from others, never given: `difference: [a, b]` (a − b,
// money or count, may be negative), `years_since: date` and `months_since:
// date` (whole years or months from the date to the claim's date, each
// ending on the corresponding day or the month's last day, 民法典 第二百零二条),
// `year_of: date` (the date's calendar year).
enum class DerivedKind : std::uint8_t { None, Difference, YearsSince, MonthsSince, YearOf };

// Looks up a std::string key by a string_view, without making a string.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct FactExtra {
  std::vector<ChoiceValue> choices;  // kind choice
  // Every id, Chinese name and alias of `choices` to its value, built once
  // the facts are read: a batch reads a choice per row.
  std::unordered_map<std::string, std::int16_t, TextHash, std::equal_to<>> choice_index;
  DerivedKind derived = DerivedKind::None;
  std::int16_t from[2] = {-1, -1};  // the facts it is computed from
  // `defaults_to: other`: not given, it is taken to be the other fact (given),
  // and the answer says so where it reads it.
  std::int16_t defaults_to = -1;
  // `implied_by: [facts]` (yes/no): yes when any of them is given; "no"
  // beside one of them is refused.
  std::vector<std::int16_t> implied_by;
  // `implied_because:` the refusal's reason in words ("a graduation or
  // left-school date means a college graduate"); empty: built from the labels.
  std::string implied_because;
  // `not_before: [dates]`, `not_after: [dates]` (a date): refused when it
  // falls before (after) one of those dates, when both are given.
  std::vector<std::int16_t> not_before, not_after;
  // Named by a link or naming one: read, with the links checked, before the
  // other facts, so that a row's first fault is a contradiction among these.
  bool linked = false;
};

// The facts of one document, as input-table rows (so that options, batch
// columns, test-case keys and messages follow as for the built-in tables).
// The rows' text lives in `words`, whose elements never move.
struct FactTable {
  std::deque<std::string> words;
  std::vector<InputDef> rows;
  std::vector<FactExtra> extra;  // per row
  std::int16_t claim_date = -1;  // the date fact the effective window, years and caps count from
  std::int16_t enterprise = -1;  // the key fact the batch's ledgers are kept by (-1: none)
  std::int16_t other_key = -1;   // the first other key fact (person_id), naming a batch row beside it
  bool links = false;            // a fact has defaults_to, implied_by, not_before or not_after
  // Per language (0 zh, 1 en), per row: the names of a choice fact's values
  // (empty for other kinds), for the reports, built once at load.
  std::vector<std::vector<std::string>> choice_names[2];

  std::string_view keep(std::string text) { return words.emplace_back(std::move(text)); }
  std::optional<int> find_choice(std::size_t row, std::string_view text) const;
  std::string choice_list(std::size_t row) const;  // "a, b, c"
};

// How a rule's amount, or a limit's ceiling, is computed from the facts.
enum class FormulaKind : std::uint8_t { RateOf, PerUnit, Brackets, Fixed, RateBy };

// A fact counted as units, at most `at_most` of them where the clause bounds it.
struct UnitFactor {
  std::int16_t fact = -1;
  std::optional<std::int64_t> at_most;  // in the fact's stored unit (hundredths of a m² for an area)
  Citation at_most_cite;
};

struct Bracket {
  std::optional<Money> up_to;  // the part of the base up to this amount; none: the rest
  Rate rate;
  Citation cite;
};

// `rate_by: FACT`: the rate of the base set by a choice fact's value, each
// with its own clause (研发类保险 50%, 财产类保险 30%). A value no entry
// lists is not covered: the rule gives nothing for it.
struct ChoiceRate {
  std::vector<std::int16_t> values;  // indexes into the fact's choices
  Rate rate;
  Text stacks_on;  // `stacks_on:` the other level's subsidy this one is paid on top of (在享受…基础上)
  Citation cite;
};

struct Formula {
  FormulaKind kind = FormulaKind::Fixed;
  Rate rate;                           // RateOf
  std::int16_t base = -1;              // RateOf, Brackets: the money fact
  Money amount;                        // PerUnit: per unit; Fixed: the amount
  std::vector<UnitFactor> units;       // PerUnit: multiplied together
  std::vector<Bracket> brackets;       // Brackets, in order of up_to
  std::int16_t by = -1;                // RateBy: the choice fact
  std::vector<ChoiceRate> rates;       // RateBy, as written
  std::vector<std::int16_t> rate_for;  // RateBy: per choice value, into rates (-1: not covered)
  Rounding rounding = Rounding::HalfUp;
  Citation cite;
};

// Something that cuts a rule's amount, applied in the order written.
enum class BenefitLimitKind : std::uint8_t {
  Ceiling,    // a formula: at most 3 yuan per m² per day
  Cap,        // a cap of the document, per enterprise and year or in all (`received` used up part of it)
  AllLevels,  // 各级补贴不超过 the base: at most the base less what other levels paid
};

struct BenefitLimit {
  BenefitLimitKind kind = BenefitLimitKind::Ceiling;
  std::string id;           // capped_by when this limit cut the amount
  Text label;               // in explanations
  Formula ceiling;          // Ceiling
  std::int16_t cap = -1;    // Cap: index into caps
  std::int16_t base = -1;   // AllLevels: the money fact (the premium, the cost)
  std::int16_t other = -1;  // AllLevels: what other levels paid (-1: none); not given, assumed to leave room
  Citation cite;
};

// Over what a cap is kept for one enterprise: each calendar year of the
// claim (年度上限), or every year of the document's window together (累计).
enum class CapPeriod : std::uint8_t { EnterpriseYear, Enterprise };

// A cap is an amount (Money), or a number of times (同一企业限享受N次): a
// rule it limits pays only while the enterprise has been paid under it
// fewer than `times` times in the period. What was received under a cap is
// kept in fen for an amount, as a plain count (Money::fen) for times.
struct BenefitCap {
  std::string id;
  Money amount;
  std::int64_t times = 0;  // > 0: a cap on the number of times, not on the amount
  CapPeriod per = CapPeriod::EnterpriseYear;
  // `each: FACT`, a key fact other than the enterprise's (person_id): the
  // cap is kept for each of its values within the enterprise (一人一次);
  // -1: for the enterprise as a whole.
  std::int16_t each = -1;
  Text label;
  Citation cite;
};

// What a payment of `amount` under `cap` uses of it: the amount, or one
// time when anything is paid.
inline Money cap_charge(const BenefitCap& cap, Money amount) {
  return cap.times > 0 ? Money{amount.fen > 0 ? 1 : 0} : amount;
}

struct BenefitRule {
  std::string id;
  std::string article;  // 第三条
  Text name;
  std::optional<std::uint32_t> eligible;  // into BenefitPolicy::conditions
  Formula amount;
  std::vector<BenefitLimit> limits;
  std::string payee;  // applicant, insurer ...
  Text payee_label;
  Citation payee_cite;
};

struct BenefitPolicy {
  int document = -1;  // into PolicySet::documents
  std::string id;     // `hdpolicy eval ID`: document.id, else the file's stem
  std::shared_ptr<const FactTable> facts;
  ConditionTable conditions;
  std::vector<BenefitCap> caps;
  std::vector<BenefitRule> rules;
  // `requires:`, a condition every rule needs (the labour contract): ruled
  // out, nothing is paid; assumed, the answer says so beside the rule's own.
  std::optional<std::uint32_t> requires_all;
  std::int16_t each_key = -1;  // the key fact caps with `each:` are kept for (-1: none)
  bool pay_all = false;        // resolution choose: all (叠加享受): every eligible rule is paid, in order
  // `ties:` at the same amount, `given` (the default): a rule that holds on
  // the facts given wins over one that rests on assumptions; `first`: the
  // rule written first wins (the premium subsidy's lower article).
  bool ties_first = false;
  Citation resolution_cite;  // 就高不就低 or 叠加 (empty: the document has one rule)
  int payable_years_after = 0;
  Citation payable_cite;
  // Successive versions: documents of the same id, each in force over its
  // own window (index into PolicySet::benefit_versions, whose windows index
  // PolicySet::benefits). They declare the same facts, caps and rules (ids,
  // in order); what changes is the numbers, conditions and window.
  std::int32_t versions = -1;

  std::span<const InputDef> inputs() const { return facts->rows; }
  std::optional<std::size_t> find_cap(std::string_view id) const;
  std::string cap_list() const;
};

// A claim: one value per fact row (derived facts filled in), the claim's
// date, and what the enterprise already received under each cap (this year,
// or in all for a cap kept per enterprise): fen, or times for a cap on times.
struct BenefitClaim {
  std::vector<FactValue> facts;
  Date date{};
  std::vector<Money> received;          // per cap
  std::vector<std::int16_t> defaulted;  // facts not given, taken from their `defaults_to`
};

// The entry of a `rate_by` formula the claim's value selects, or nullptr
// when the value is not given or not covered.
const ChoiceRate* chosen_rate(const Formula& f, std::span<const FactValue> facts);

// What one rule gives a claim, step by step.
struct BenefitLimitOutcome {
  std::int16_t limit = -1;
  Money ceiling;  // what the limit allowed
  bool cut = false;
};
struct BenefitRuleOutcome {
  std::int16_t rule = -1;
  Tri eligible = Tri::False;
  AssumptionList assumed;
  std::int32_t failed = -1;     // the condition that ruled it out
  std::int16_t missing = -1;    // a fact its amount reads and the claim does not give
  std::int16_t uncovered = -1;  // a choice fact whose value its rates do not cover (`rate_by`)
  // An all-levels limit whose other levels' subsidy is not given (index into
  // the rule's limits): assumed to leave room, the rule then rests on it.
  std::int16_t other_assumed = -1;
  Money computed;  // before limits
  Money amount;    // after limits
  std::vector<BenefitLimitOutcome> limits;
  std::int16_t capped_by = -1;                                 // the last limit that cut
  std::vector<std::pair<std::int16_t, std::int64_t>> clamped;  // unit facts bounded: (fact, counted)
};
struct BenefitResult {
  bool in_force = true;      // the claim's date is in the document's window
  Tri required = Tri::True;  // the document's `requires:` (True when it has none)
  AssumptionList required_assumed;
  std::int32_t required_failed = -1;
  std::vector<BenefitRuleOutcome> rules;  // one per rule, in order
  std::int16_t chosen = -1;               // into rules: the first rule paid; -1 when none is eligible
  std::vector<std::int16_t> paid;         // into rules: the one chosen, or every eligible one when stacked
  Money total;                            // what the rules paid together
  std::vector<Money> cap_used;            // stacked: per cap, what earlier rules of this claim took
  bool eligible() const { return chosen >= 0; }
  Money amount() const { return total; }
};

struct PolicySet;
struct Document;

// The document named by its id (the latest version) or its number, or nullptr.
const BenefitPolicy* find_benefit_policy(const PolicySet& set, std::string_view name);
// The versions of the declared document whose document.contract is
// `contract` (hiring, subsidy), in the order loaded, and the latest of them
// (nullptr: none is loaded).
std::vector<const BenefitPolicy*> contract_versions(const PolicySet& set, std::string_view contract);
const BenefitPolicy* find_contract(const PolicySet& set, std::string_view contract);
// The version of the policy `named` a claim of `day` is judged under: the
// one in force on that day, else the nearest (whose window then rules the
// claim out). `named` itself when the policy has one version.
const BenefitPolicy& benefit_version(const PolicySet& set, const BenefitPolicy& named, Date day);
// "rent-subsidy, rd-reward": the ids of the documents of declared shape answered as such (not one
// that keeps another command's contract), for messages.
std::string benefit_policy_list(const PolicySet& set);

// The claim from text, one entry per row of the policy's facts (an option,
// a CSV cell, a test-case key as `style` says); `received` is what the
// enterprise already received this year under each cap, as "CAP=YUAN" items.
// Derived facts are computed here. A claim date not given is `today`; with
// Date{} (a batch row, a test case) it is required. Throws InputError naming the input, the value and what
// it accepts.
// The derived facts of a claim whose facts and date are read (age from a
// birth date and the claim date, years since a date ...): read_benefit_facts'
// last step, and a batch's fast reader's.
void derive_benefit_facts(const FactTable& t, BenefitClaim& claim);

BenefitClaim parse_benefit_claim(const BenefitPolicy& policy, const InputTexts& texts,
                                 std::span<const std::string> received, FieldStyle style, Date today);
// The facts alone into `claim`, reusing its storage; `claim.received` is left as it is.
void read_benefit_facts(const BenefitPolicy& policy, const InputTexts& texts, FieldStyle style, Date today,
                        BenefitClaim& claim);

// Evaluates every rule and picks the highest eligible (ties: one that holds
// on the facts given over one resting on assumptions, then the first
// written), or, for a document whose rules stack, pays every eligible rule
// in the order written, each counting what the earlier ones took against
// the caps they share. Nothing is eligible outside the document's window.
BenefitResult evaluate_benefit(const Document& document, const BenefitPolicy& policy, const BenefitClaim& claim);
// The same into `result`, reusing its storage (a batch, row after row).
void evaluate_benefit(const Document& document, const BenefitPolicy& policy, const BenefitClaim& claim,
                      BenefitResult& result);
// Rule `only` alone, the others ruled out (a plan's choice of rule for a
// claim); -1: every rule, as evaluate_benefit.
void evaluate_benefit_rule(const Document& document, const BenefitPolicy& policy, const BenefitClaim& claim,
                           std::int16_t only, BenefitResult& result);
// What was already received under each cap (fen, or times for a cap on
// times) from "CAP=VALUE" items, as parse_benefit_claim reads them.
std::vector<Money> parse_benefit_received(const BenefitPolicy& policy, std::span<const std::string> items,
                                          FieldStyle style);

}  // namespace hdpolicy
