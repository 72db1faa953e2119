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

namespace hdpolicy {

enum class Tri : std::uint8_t { False, True, Unknown };

// What kind of value a fact holds. Every fact is stored as one int64:
// counts as is, money in fen, years as the year, yes/no as 0/1, dates as days
// since 1970-01-01, choices as an index into the fact's list of choices.
enum class FactKind : std::uint8_t { Count, Money, Year, YesNo, Date, Choice };

struct FactValue {
  bool known = false;
  std::int64_t value = 0;
};

// The facts one kind of claim carries (defined by the mechanism that reads
// the claim: subsidy, hiring). Conditions refer to facts by index.
struct FactDef {
  std::string name;     // YAML and JSON name: employees
  std::string option;   // how the user gives it: --employees
  FactKind kind;
  Text label;           // {zh: 从业人员, en: number of employees}
  Text unit{};          // a count's unit where the reader expects one: {zh: 人}
};

// The comparison a condition makes, named for the legal term it encodes
// (民法典 第一千二百五十九条: 以上、以下、以内 include the number; 不满、超过 do not).
enum class CondOp : std::uint8_t {
  All,               // every child holds
  Any,               // one child holds
  AtMost,            // 不超过 / 以下 / 以内: fact <= value
  LessThan,          // 不满 / 低于: fact < value
  AtLeast,           // 以上 / 不少于: fact >= value
  MoreThan,          // 超过: fact > value
  Is,                // yes/no fact equals value (0/1)
  In,                // choice fact is one of choices
  YearsBeforeClaim,  // year fact == claim year - value
  WithinYearsBeforeClaim,  // date fact <= claim date <= date fact + value years
};

struct Condition {
  CondOp op = CondOp::All;
  std::int16_t fact = -1;         // index into the schema, for leaf conditions
  std::int64_t value = 0;         // operand, in the fact's unit
  std::uint32_t first_child = 0;  // All/Any: children are child_index[first_child, first_child+n)
  std::uint32_t child_count = 0;
  std::uint64_t choices = 0;      // In: bit set of choice indexes
  std::string term;               // the legal term quoted: 不超过
  Text label;                     // what the condition means, for explanations
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
Tri evaluate_condition(const ConditionTable& table, std::uint32_t id, const EvalContext& ctx,
                       AssumptionList& assumed, std::int32_t& failed);

}  // namespace hdpolicy
