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

// Where an input was given, which decides how messages name it: "--premium"
// on the command line, "premium" in a CSV column or a policy test case
// (input_table.hpp: input_name).
enum class FieldStyle : std::uint8_t { Option, Column, CaseKey };

// The largest count accepted (employees, years of support): 10^12, far above
// any real count and far below where arithmetic on it could overflow.
inline constexpr std::int64_t kMaxCount = 1'000'000'000'000;
// The largest area accepted, in hundredths of a m²: 10^9 m².
inline constexpr std::int64_t kMaxArea = 100'000'000'000;

// Each throws InputError (bad_value) on refusal, naming the field as given
// ("--premium", "premium"). Empty text is refused too: callers decide first
// whether a field is optional.
Money input_money(std::string_view text, const std::string& field);
Date input_date(std::string_view text, const std::string& field);           // within the supported dates
std::int64_t input_count(std::string_view text, const std::string& field);  // 0 .. kMaxCount (10^12), digits only
int input_year(std::string_view text, const std::string& field);            // 1900 .. 2200
bool input_yes_no(std::string_view text, const std::string& field);         // yes/no, true/false, 1/0, 是/否
// An area in square metres with at most two decimals, as hundredths of a m²
// (0 .. 10^9 m²: far above any floor space, far below where area × days ×
// yuan per m² could overflow).
std::int64_t input_area(std::string_view text, const std::string& field);
Rate input_rate(std::string_view text, const std::string& field);  // 20% or 0.2, exact (parse_rate)
// 1,000.50 (an area in hundredths of a m², for people).
std::string format_area(std::int64_t hundredths);

// Non-throwing forms for hot paths.
std::optional<bool> parse_yes_no(std::string_view text);
std::optional<std::int64_t> parse_count(std::string_view text);  // the same rule as input_count

}  // namespace hdpolicy
