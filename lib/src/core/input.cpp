#include "hdpolicy/input.hpp"

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"

namespace hdpolicy {

namespace {
[[noreturn]] void refuse(std::string_view text, const std::string& field, const std::string& accepted) {
  throw bad_value(field, std::string(text), accepted);
}
}  // namespace

Money input_money(std::string_view text, const std::string& field) {
  auto m = parse_money(text);
  if (!m)
    refuse(text, field,
           "an amount in yuan, not negative, with at most two decimals (e.g. 80000 or 80000.50), at most 10^15");
  return *m;
}

Date input_date(std::string_view text, const std::string& field) {
  auto d = parse_date(text);
  if (!d && is_unsupported_real_date(text))
    refuse(text, field, fmt::format("a date from {} (the dates this tool handles)", supported_dates_text()));
  if (!d) refuse(text, field, "a real calendar date written YYYY-MM-DD (e.g. 2025-10-01)");
  return *d;
}

std::optional<std::int64_t> parse_count(std::string_view text) {
  // Digits only (no sign, so no "-0"); leading zeros are harmless. The
  // value is checked digit by digit, so no length of text can overflow.
  if (text.empty()) return std::nullopt;
  std::int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
    if (v > kMaxCount) return std::nullopt;
  }
  return v;
}

std::int64_t input_count(std::string_view text, const std::string& field) {
  auto v = parse_count(text);
  if (!v) refuse(text, field, "a whole number from 0 to 10^12 (e.g. 80)");
  return *v;
}

int input_year(std::string_view text, const std::string& field) {
  auto v = parse_count(text);
  if (!v || text.size() != 4 || *v < 1900 || *v > 2200) refuse(text, field, "a four-digit year (e.g. 2024)");
  return static_cast<int>(*v);
}

std::optional<bool> parse_yes_no(std::string_view t) {
  if (t == "yes" || t == "true" || t == "1" || t == "是" || t == "Yes" || t == "YES" || t == "TRUE" || t == "True")
    return true;
  if (t == "no" || t == "false" || t == "0" || t == "否" || t == "No" || t == "NO" || t == "FALSE" || t == "False")
    return false;
  return std::nullopt;
}

bool input_yes_no(std::string_view text, const std::string& field) {
  auto v = parse_yes_no(text);
  if (!v) refuse(text, field, "yes or no (also true/false, 1/0, 是/否)");
  return *v;
}

std::int64_t input_area(std::string_view text, const std::string& field) {
  auto m = parse_money(text);  // the same decimal form: digits, at most two decimals
  if (!m || m->fen > kMaxArea)
    refuse(text, field, "an area in square metres, not negative, with at most two decimals (e.g. 850.5), at most 10^9");
  return m->fen;
}

Rate input_rate(std::string_view text, const std::string& field) {
  auto r = parse_rate(text);
  if (!r) refuse(text, field, "a rate as a percentage or a decimal (e.g. 25% or 0.25), at most nine decimals");
  return *r;
}

std::string format_area(std::int64_t hundredths) {
  std::string s = format_money_grouped(Money{hundredths});
  if (s.ends_with(".00")) s.resize(s.size() - 3);
  return s;
}

}  // namespace hdpolicy
