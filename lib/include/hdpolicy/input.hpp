// Turning text a user typed (an option, a CSV cell) into typed values, with
// errors that name the field, the value and what is accepted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "hdpolicy/dates.hpp"
#include "hdpolicy/money.hpp"

namespace hdpolicy {

// How fields are named in messages: "--premium" on the command line, "premium" in a CSV.
enum class FieldStyle : std::uint8_t { Option, Column };
std::string field_name(std::string_view name, FieldStyle style);  // high_tech_year -> --high-tech-year

// The largest count accepted (employees, years of support): 10^12, far above
// any real count and far below where arithmetic on it could overflow.
inline constexpr std::int64_t kMaxCount = 1'000'000'000'000;

// Each throws InputError on refusal. Empty text is refused too: callers
// decide first whether a field is optional.
Money input_money(std::string_view text, std::string_view field, FieldStyle style);
Date input_date(std::string_view text, std::string_view field, FieldStyle style);            // within the supported dates
std::int64_t input_count(std::string_view text, std::string_view field, FieldStyle style);  // 0 .. kMaxCount (10^12), digits only
int input_year(std::string_view text, std::string_view field, FieldStyle style);            // 1900 .. 2200
bool input_yes_no(std::string_view text, std::string_view field, FieldStyle style);          // yes/no, true/false, 1/0, 是/否

// Non-throwing forms for hot paths.
std::optional<bool> parse_yes_no(std::string_view text);
std::optional<std::int64_t> parse_count(std::string_view text);  // the same rule as input_count

}  // namespace hdpolicy
