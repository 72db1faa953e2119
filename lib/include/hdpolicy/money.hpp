// Exact money and rates. Amounts are whole fen; rates are decimals with at
// most nine places held as an integer count of 1e-9. Nothing here is floating
// point, so 80000.00 × 50% is 40000.00 on every machine.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hdpolicy {

// Throws InputError: an amount past what 64-bit fen hold (about 9.2 × 10^16
// yuan) was about to wrap. Called by Money's arithmetic, never inline.
[[noreturn]] void money_overflow();

// Arithmetic is checked: a result that does not fit is an error
// (money_overflow), never a wrapped number. The check is one flag test,
// cheap enough for the batch's sums; code that must not throw (a row of a
// batch) tests sum_fits first.
struct Money {
  std::int64_t fen = 0;

  static constexpr Money from_fen(std::int64_t f) { return Money{f}; }
  friend constexpr auto operator<=>(Money, Money) = default;
  friend constexpr Money operator+(Money a, Money b) {
    Money r;
    if (__builtin_add_overflow(a.fen, b.fen, &r.fen)) money_overflow();
    return r;
  }
  friend constexpr Money operator-(Money a, Money b) {
    Money r;
    if (__builtin_sub_overflow(a.fen, b.fen, &r.fen)) money_overflow();
    return r;
  }
  constexpr Money& operator+=(Money b) { return *this = *this + b; }
};

// Whether a + b fits, for callers that refuse a sum without throwing.
constexpr bool sum_fits(Money a, Money b) {
  std::int64_t r;
  return !__builtin_add_overflow(a.fen, b.fen, &r);
}

constexpr Money min(Money a, Money b) { return a < b ? a : b; }
constexpr Money max(Money a, Money b) { return a < b ? b : a; }

// The largest amount accepted anywhere: 10^15 yuan, far above any premium and
// far below the point where fen × rate could overflow 128-bit arithmetic.
inline constexpr std::int64_t kMaxFen = 100'000'000'000'000'000;

// Parses "80000", "80000.5", "80000.50", "1,000.00" is refused (ambiguous in
// CSV). Refuses negatives, signs, more than two decimals, empty text,
// anything not a number, and values above kMaxFen. Returns nullopt on refusal.
std::optional<Money> parse_money(std::string_view text);

// "40000.00" (machine form, used in JSON and CSV).
std::string format_money(Money m);
// "40,000.00" (for people).
std::string format_money_grouped(Money m);

// A rate such as 50% or 0.5, exact.
struct Rate {
  static constexpr std::int64_t kScale = 1'000'000'000;
  std::int64_t nano = 0;  // rate × 1e9

  friend constexpr auto operator<=>(Rate, Rate) = default;
};

// Parses "0.5", "0.50", "50%", "12.5%", "1". nullopt if not an exact decimal
// within 0..1000 with at most nine places (as a fraction).
std::optional<Rate> parse_rate(std::string_view text);
// "0.50", "0.125": at least two decimals, no trailing zeros beyond that.
std::string format_rate(Rate r);
// "50%", "12.5%".
std::string format_percent(Rate r);

// How a product of money and rate is brought back to whole fen.
enum class Rounding { HalfUp, Down, Up };
std::optional<Rounding> parse_rounding(std::string_view text);

// base × rate, rounded. Exact in 128 bits for any operands; a result past
// 64-bit fen (only with a rate above 100% on an amount near the limit) is
// money_overflow, never a wrapped number.
Money apply_rate(Money base, Rate rate, Rounding rounding = Rounding::HalfUp);

}  // namespace hdpolicy
