// Reading one input of a table row against the loaded policies: a choice is
// resolved in the policies' lists (types, industries, deadline rules), every
// other kind by the parsers of input.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "hdpolicy/input_table.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

// What an input accepts, for messages: "one of inclusive, rd, ..." for a
// choice, else what its row says it asks for.
std::string accepted_values(const PolicySet& set, const InputDef& def, FieldStyle style);

// Why an input the command line defaults to today is required elsewhere:
// " (a batch never assumes today, so that a rerun gives the same result)",
// or a test case's reason.
const char* no_today_reason(FieldStyle style);

// The value of row `row` of `table` from `text` (as FactValue holds it),
// std::nullopt when the text is empty and the input is not required where
// `style` reads from. Throws InputError naming the input as given: `required`
// for a required input left empty, `bad_value` for text it does not accept.
std::optional<std::int64_t> read_input(const PolicySet& set, std::span<const InputDef> table, std::size_t row,
                                       std::string_view text, FieldStyle style);

}  // namespace hdpolicy
