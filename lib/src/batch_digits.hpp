// Numbers in batch cells read eight digits at a time. Each function takes a
// cell of csv::Reader, which is followed by readable padding
// (csv::kCellPadding), so it may load 16 bytes from the cell's start; it
// never looks at digits past the cell's end. Anything unusual is left to
// the caller's general parser.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

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
          (((x >> 16) & 0x000000FF000000FFULL) * (1 + (10000ULL << 32)))) >> 32;
}

inline constexpr std::uint64_t kPow10[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

// A cell of 1 to 16 digits and nothing else; nullopt for anything else.
inline std::optional<std::uint64_t> all_digits(std::string_view t) {
  const std::size_t n = t.size();
  if (n == 0 || n > 16) return std::nullopt;
  std::uint64_t x = digit_word(t.data());
  std::size_t d = digit_run(x);
  if (n <= 8) {
    if (d < n) return std::nullopt;
    return digit_value(x, n);
  }
  if (d < 8) return std::nullopt;
  std::uint64_t y = digit_word(t.data() + 8);
  if (digit_run(y) < n - 8) return std::nullopt;
  return digit_value(x, 8) * kPow10[n - 8] + digit_value(y, n - 8);
}

// An amount in yuan as fen: up to 15 digits, then at most two decimals
// ("80000", "33333.3", "10000000.01"); nullopt for anything else.
inline std::optional<std::int64_t> plain_amount_fen(std::string_view t) {
  std::size_t dot = t.size();
  for (std::size_t i = t.size() >= 3 ? t.size() - 3 : 0; i < t.size(); ++i)
    if (t[i] == '.') dot = i;
  if (dot == 0 || dot > 15) return std::nullopt;
  std::size_t decimals = dot == t.size() ? 0 : t.size() - dot - 1;
  if (dot < t.size() && decimals == 0) return std::nullopt;  // "5."
  auto whole = all_digits(t.substr(0, dot));
  if (!whole) return std::nullopt;
  std::int64_t fen = static_cast<std::int64_t>(*whole) * 100;
  for (std::size_t i = 0; i < decimals; ++i) {
    char c = t[dot + 1 + i];
    if (c < '0' || c > '9') return std::nullopt;
    fen += (c - '0') * (i == 0 ? 10 : 1);
  }
  return fen;
}

}  // namespace hdpolicy::batch_detail
