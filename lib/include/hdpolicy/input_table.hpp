// The inputs of a claim, declared once per domain in a table of rows
// (subsidy_inputs.cpp, hiring_inputs.cpp, deadline_inputs.cpp). A row names
// one input everywhere it is given (option, CSV column, test-case key), says
// what kind of value it takes, whether it is required, its words for help and
// explanations, and whether conditions read it as a fact. The command-line
// options, batch columns, test-case keys, parsing and the messages about an
// input are all derived from the rows, so adding a fact is adding a row.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "hdpolicy/input.hpp"

namespace hdpolicy {

// What kind of value an input holds. Every fact is stored as one int64:
// counts as is, money in fen, years as the year, yes/no as 0/1, dates as days
// since 1970-01-01, choices as an index into the fact's list of choices,
// areas in hundredths of a square metre, rates in billionths (Rate). A key
// (an enterprise ID) is text the batch keeps as given; no fact is one.
enum class FactKind : std::uint8_t { Count, Money, Year, YesNo, Date, Choice, Key, Area, Rate };
// "money", "yesno", ...: the kind as a policy file's `facts:` writes it.
const char* fact_kind_name(FactKind k);

// Bilingual in both languages, as literals (the tables are constant data).
struct Bilingual {
  std::string_view zh, en;
};

enum class InputRole : std::uint8_t {
  Fact,     // conditions read it: employees
  Claim,    // the mechanism reads it, conditions do not: type, premium, date
  Derived,  // a fact the mechanism computes from the input `from` (age from
            // birth_date): no option, column or key of its own
};

enum class Need : std::uint8_t {
  Optional,    // not given: not known, assumed where the answer depends on it
  Required,    // everywhere it is given
  TodayOnCli,  // on the command line it defaults to today; elsewhere required,
               // so that a rerun gives the same result
  Column,      // the batch column must be there; a cell may be empty (id)
  OneOf,       // exactly one of the domain's OneOf inputs (deadline: rule or a period)
};

// Where a Choice input's accepted values come from: a list of the loaded policies.
enum class Choices : std::uint8_t { None, SubsidyTypes, Industries, DeadlineRules, Declared };
// Declared: the fact's own values, written under it in the policy's `facts:` (benefit.hpp).

// Where an input is given (a bit set).
inline constexpr std::uint8_t kOnCli = 1, kInColumn = 2, kInCase = 4, kEverywhere = 7;

struct InputDef {
  std::string_view id;      // CSV column, test-case key and YAML fact name: high_tech_year
  std::string_view option;  // --high-tech-year ("" when not on the command line)
  FactKind kind;
  Bilingual label;   // in explanations: {从业人员, number of employees}
  Bilingual unit{};  // a count's unit where the Chinese reader expects one: {人}
  Bilingual help{};  // what the input is, for --help (no article numbers: `hdpolicy policies` shows those)
  InputRole role = InputRole::Fact;
  Need need = Need::Optional;
  std::uint8_t where = kEverywhere;
  std::string_view what{};  // what a required input asks for, in its "required" message
  Choices choices = Choices::None;
  std::string_view from{};  // Derived: the id of the input it is computed from
  std::int64_t max = 0;     // Count: the largest accepted (0: kMaxCount)
};

// The name of an input as the user gives it: "--premium" as an option,
// "premium" as a column or key. A derived fact is named by its input.
std::string input_name(std::span<const InputDef> table, const InputDef& def, FieldStyle style);
std::string input_name(std::span<const InputDef> table, std::string_view id, FieldStyle style);

// The row with this id, if any.
std::optional<std::size_t> find_input(std::span<const InputDef> table, std::string_view id);

// Where a FieldStyle reads inputs from (kOnCli, kInColumn or kInCase).
std::uint8_t input_place(FieldStyle style);

// "type, premium, date, ...": the ids given at `place`, for messages.
std::string input_ids(std::span<const InputDef> table, std::uint8_t place);

// The most rows a table has (the subsidy table, with room to grow).
inline constexpr std::size_t kMaxInputs = 24;

// A claim as text, one entry per row of its table; "" means not given.
class InputTexts {
 public:
  explicit InputTexts(std::span<const InputDef> table) : table_(table) {}
  std::span<const InputDef> table() const { return table_; }
  std::string_view operator[](std::size_t row) const { return text_[row]; }
  std::string_view& operator[](std::size_t row) { return text_[row]; }
  const std::string_view* data() const { return text_.data(); }  // one per row of the table
  // By id; throws std::out_of_range for an id the table does not have.
  std::string_view& operator[](std::string_view id);
  // Takes `text` for the row named `id` when that row is given at `place`
  // (kOnCli, kInColumn, kInCase); false when the table has no such input there.
  bool give(std::string_view id, std::string_view text, std::uint8_t place);

 private:
  std::span<const InputDef> table_;
  std::array<std::string_view, kMaxInputs> text_{};
};

}  // namespace hdpolicy
