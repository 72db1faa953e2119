#include "hdpolicy/money.hpp"

#include <fmt/format.h>

#include <limits>

#include "core/number_text.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy {
namespace {

// 128-bit intermediates: fen × rate-in-billionths fits with room to spare.
__extension__ typedef __int128 Wide;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Parses an unsigned decimal "digits[.digits]" into value × 10^places, exactly.
// Refuses more fraction digits than `places` and values above `limit`.
std::optional<std::int64_t> parse_scaled(std::string_view s, int places, std::int64_t limit) {
  if (s.empty()) return std::nullopt;
  std::size_t dot = s.find('.');
  std::string_view whole = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  if (whole.empty()) return std::nullopt;
  if (dot != std::string_view::npos && frac.empty()) return std::nullopt;
  if (static_cast<int>(frac.size()) > places) return std::nullopt;
  Wide value = 0;
  for (char c : whole) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
    if (value > limit) return std::nullopt;
  }
  int scaled = 0;
  for (char c : frac) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
    ++scaled;
  }
  for (; scaled < places; ++scaled) value *= 10;
  if (value > limit) return std::nullopt;
  return static_cast<std::int64_t>(value);
}

}  // namespace

void money_overflow() {
  throw InputError(fmt::format("an amount would pass {} yuan, the most this tool computes exactly",
                               format_money_grouped(Money{std::numeric_limits<std::int64_t>::max()})));
}

std::optional<Money> parse_money(std::string_view text) {
  auto v = parse_scaled(text, 2, kMaxFen);
  if (!v) return std::nullopt;
  return Money{*v};
}

// Written digit by digit (number_text.hpp): an answer's amounts are formatted
// per batch row, where fmt's parsing of the format string cost more than the
// rest of the row's words.
std::string format_money(Money m) {
  std::string s;
  append_money(s, m.fen);
  return s;
}

std::string format_money_grouped(Money m) {
  std::string s;
  append_money_grouped(s, m.fen);
  return s;
}

std::optional<Rate> parse_rate(std::string_view text) {
  bool percent = !text.empty() && text.back() == '%';
  if (percent) text.remove_suffix(1);
  // A percentage has two fewer fraction places available than a fraction.
  auto v = parse_scaled(text, percent ? 7 : 9, 1000 * Rate::kScale);
  if (!v) return std::nullopt;
  return Rate{*v};  // "50%" read with 7 places is 50e7 = 0.5e9
}

std::string format_rate(Rate r) {
  std::string s = fmt::format("{}.{:09}", r.nano / Rate::kScale, r.nano % Rate::kScale);
  while (s.size() > s.find('.') + 3 && s.back() == '0') s.pop_back();
  return s;
}

std::string format_percent(Rate r) {
  // percent = nano / 1e7
  std::string s = fmt::format("{}.{:07}", r.nano / 10'000'000, r.nano % 10'000'000);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s + "%";
}

std::optional<Rounding> parse_rounding(std::string_view text) {
  if (text == "half-up") return Rounding::HalfUp;
  if (text == "down") return Rounding::Down;
  if (text == "up") return Rounding::Up;
  return std::nullopt;
}

namespace {
// The quotient of a division by Rate::kScale, rounded as `rounding` says by
// its remainder `r`: one rule for the 64- and 128-bit paths.
template <typename Int>
Int rounded(Int q, Int r, Rounding rounding) {
  switch (rounding) {
    case Rounding::HalfUp:
      return r * 2 >= Rate::kScale ? q + 1 : q;
    case Rounding::Up:
      return r > 0 ? q + 1 : q;
    case Rounding::Down:
      return q;
  }
  return q;
}
}  // namespace

Money apply_rate(Money base, Rate rate, Rounding rounding) {
  // Within 64 bits (every premium under about 92 million yuan at a rate up
  // to 100%) the division by the constant scale is a multiplication; the
  // 128-bit path below is the general one.
  if (std::int64_t p; base.fen >= 0 && rate.nano >= 0 && !__builtin_mul_overflow(base.fen, rate.nano, &p)) {
    std::int64_t q = p / Rate::kScale, r = p % Rate::kScale;
    return Money{rounded(q, r, rounding)};
  }
  Wide product = static_cast<Wide>(base.fen) * rate.nano;
  Wide q = product / Rate::kScale;
  Wide r = product % Rate::kScale;
  q = rounded(q, r, rounding);
  if (q > std::numeric_limits<std::int64_t>::max() || q < std::numeric_limits<std::int64_t>::min()) money_overflow();
  return Money{static_cast<std::int64_t>(q)};
}

}  // namespace hdpolicy
