// Eligibility conditions as data, evaluated in three values: a known fact
// decides; a fact not given makes the condition unknown, and the answer then
// rests on an assumption that is reported. Conditions are compiled at load
// time into a flat array; evaluation allocates nothing.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "hdpolicy/citation.hpp"
#include "hdpolicy/dates.hpp"
#include "hdpolicy/input_table.hpp"

namespace hdpolicy {

enum class Tri : std::uint8_t { False, True, Unknown };

struct FactValue {
  bool known = false;
  std::int64_t value = 0;
};

// A fact is a row of its domain's input table (input_table.hpp). Conditions
// refer to facts by index into the fact rows of the table (subsidy_facts(),
// or a declared document's facts).

// The comparison a condition makes, named for the legal term it encodes
// (民法典 第一千二百五十九条: 以上、以下、以内 include the number; 不满、超过 do not).
enum class CondOp : std::uint8_t {
  All,                     // every child holds
  Any,                     // one child holds
  AtMost,                  // 不超过 / 以下 / 以内: fact <= value
  LessThan,                // 不满 / 低于: fact < value
  AtLeast,                 // 以上 / 不少于: fact >= value
  MoreThan,                // 超过: fact > value
  Is,                      // yes/no fact equals value (0/1)
  In,                      // choice fact is one of choices
  YearsBeforeClaim,        // year fact == claim year - value
  WithinYearsBeforeClaim,  // date fact <= claim date <= date fact + value years
};

struct Condition {
  CondOp op = CondOp::All;
  std::int16_t fact = -1;         // index into the schema, for leaf conditions
  std::int64_t value = 0;         // operand, in the fact's unit
  std::uint32_t first_child = 0;  // All/Any: children are child_index[first_child, first_child+n)
  std::uint32_t child_count = 0;
  std::uint64_t choices = 0;  // In: bit set of choice indexes
  // at_most ... more_than with `of: FACT`: the bound is `value` (a Rate's
  // billionths) times that fact: 增幅20%以上 is increase >= 20% × last year.
  std::int16_t of = -1;
  Text of_label;     // that fact's label, for the wording
  std::string term;  // the legal term quoted: 不超过
  Text label;        // what the condition means, for explanations
  Citation cite;
};

// All the conditions of a policy set, children referenced by index.
struct ConditionTable {
  std::vector<Condition> conditions;
  std::vector<std::uint32_t> child_index;
};

// Up to 16 condition ids that were unknown and assumed to hold.
struct AssumptionList {
  std::array<std::uint16_t, 16> ids{};
  std::uint8_t count = 0;
  void add(std::uint16_t id) {
    if (count < ids.size()) ids[count++] = id;
  }
};

struct EvalContext {
  std::span<const FactValue> facts;
  Date claim_date;
};

// Evaluates condition `id`. On False, `failed` is the condition that ruled the
// claim out; on Unknown, `assumed` lists what the answer assumes.
Tri evaluate_condition(const ConditionTable& table, std::uint32_t id, const EvalContext& ctx, AssumptionList& assumed,
                       std::int32_t& failed);

// Whether the condition tree `id` reads fact `fact`.
bool reads_fact(const ConditionTable& table, std::uint32_t id, int fact);

}  // namespace hdpolicy
