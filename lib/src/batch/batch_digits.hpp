// Numbers in batch cells read eight digits at a time. Each function takes a
// cell of csv::Reader, which is followed by readable padding
// (csv::kCellPadding), so it may load 16 bytes from the cell's start; it
// never looks at digits past the cell's end. Anything unusual is left to
// the caller's general parser.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "hdpolicy/input.hpp"

namespace hdpolicy::batch_detail {

// The eight bytes at p, each minus '0': digits become 0..9.
inline std::uint64_t digit_word(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w ^ 0x3030303030303030ULL;
}

// How many of the word's bytes, from the first, are digits (0..8).
inline std::size_t digit_run(std::uint64_t x) {
  // A byte is not a digit when its high nibble is set or its low nibble is
  // over 9 (then adding 6 carries into the high nibble). A carry out of a
  // non-digit byte can only mark later bytes, which do not count.
  std::uint64_t not_digit = (x | (x + 0x0606060606060606ULL)) & 0xF0F0F0F0F0F0F0F0ULL;
  return not_digit ? static_cast<std::size_t>(__builtin_ctzll(not_digit)) / 8 : 8;
}

// The value of the word's first n digits (1 <= n <= 8).
inline std::uint64_t digit_value(std::uint64_t x, std::size_t n) {
  x <<= 8 * (8 - n);  // right-align: the vacated low bytes are leading zeros
  x = x * 10 + (x >> 8);
  return (((x & 0x000000FF000000FFULL) * (100 + (1000000ULL << 32))) +
          (((x >> 16) & 0x000000FF000000FFULL) * (1 + (10000ULL << 32)))) >>
         32;
}

inline constexpr std::uint64_t kPow10[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

// The results come back through a reference with a bool, not a
// std::optional: GCC returns an optional<int64_t> through memory, and reading
// it back right after the one-byte flag was stored stalls store forwarding.

// A cell of 1 to 16 digits and nothing else; false for anything else.
inline bool all_digits(std::string_view t, std::uint64_t& value) {
  const std::size_t n = t.size();
  if (n == 0 || n > 16) return false;
  std::uint64_t x = digit_word(t.data());
  std::size_t d = digit_run(x);
  if (n <= 8) {
    value = digit_value(x, n);
    return d >= n;
  }
  std::uint64_t y = digit_word(t.data() + 8);
  value = digit_value(x, 8) * kPow10[n - 8] + digit_value(y, n - 8);
  return d == 8 && digit_run(y) >= n - 8;
}

// A count as parse_count reads it, in its common form: 1 to 12 digits and
// nothing else, so below kMaxCount (10^12) with no bound to check; false for
// anything else (13 digits and more are parse_count's to judge).
inline bool plain_count(std::string_view t, std::int64_t& value) {
  static_assert(kMaxCount == 1'000'000'000'000, "twelve digits stay below kMaxCount");
  std::uint64_t v;
  if (t.size() > 12 || !all_digits(t, v)) return false;
  value = static_cast<std::int64_t>(v);
  return true;
}

// An amount in yuan as fen: up to 15 digits, then at most two decimals
// ("80000", "33333.3", "10000000.01"); false for anything else.
inline bool plain_amount_fen(std::string_view t, std::int64_t& fen) {
  const std::size_t n = t.size();
  std::size_t dot = n;  // where the decimals start, if any: the dot is among the last three bytes
  if (n >= 2 && t[n - 2] == '.')
    dot = n - 2;
  else if (n >= 3 && t[n - 3] == '.')
    dot = n - 3;
  if (dot == 0 || dot > 15) return false;
  std::uint64_t whole;
  if (!all_digits(t.substr(0, dot), whole)) return false;
  fen = static_cast<std::int64_t>(whole) * 100;
  if (dot == n) return true;
  const char d1 = t[dot + 1], d2 = dot + 2 < n ? t[dot + 2] : '0';
  fen += (d1 - '0') * 10 + (d2 - '0');
  return d1 >= '0' && d1 <= '9' && d2 >= '0' && d2 <= '9';
}

// parse_money's common case eight digits at a time (up to 15 digits, then
// at most two decimals, always within its limit of 10^15 yuan); anything
// else is parse_money's to judge. (A bool and a reference rather than an
// optional: see above.)
inline bool money_cell(std::string_view t, std::int64_t& fen) {
  if (plain_amount_fen(t, fen)) return true;
  auto m = parse_money(t);
  if (m) fen = m->fen;
  return m.has_value();
}

// parse_count's common case (plain_count), else parse_count to judge.
inline bool count_cell(std::string_view t, std::int64_t& value) {
  if (plain_count(t, value)) return true;
  auto c = parse_count(t);
  if (c) value = *c;
  return c.has_value();
}

}  // namespace hdpolicy::batch_detail
