#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/money.hpp"

using namespace hdpolicy;

TEST_CASE("parse_money accepts yuan with up to two decimals") {
  CHECK(parse_money("80000")->fen == 8'000'000);
  CHECK(parse_money("80000.5")->fen == 8'000'050);
  CHECK(parse_money("80000.50")->fen == 8'000'050);
  CHECK(parse_money("0")->fen == 0);
  CHECK(parse_money("0.01")->fen == 1);
  CHECK(parse_money("1000000000000000")->fen == kMaxFen);
}

TEST_CASE("parse_money refuses what is not an exact non-negative amount") {
  for (const char* bad : {"", "-1", "+1", "80000.123", "abc", "1e5", "1,000", " 1", "1 ", ".5", "5.", "0x10",
                          "1000000000000000.01", "99999999999999999999999", "１２"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_money(bad).has_value());
  }
}

TEST_CASE("input_money names the field, the value and what is accepted") {
  try {
    input_money("-5", "--premium");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) ==
          "--premium: '-5' is not accepted: an amount in yuan, not negative, with at most two decimals "
          "(e.g. 80000 or 80000.50), at most 10^15");
  }
  CHECK_THROWS_WITH_AS(input_money("1.234", "revenue"), doctest::Contains("revenue: '1.234' is not accepted"),
                       InputError);
}

TEST_CASE("format_money: machine and grouped forms") {
  CHECK(format_money(Money{4'000'000}) == "40000.00");
  CHECK(format_money(Money{5}) == "0.05");
  CHECK(format_money_grouped(Money{4'000'000}) == "40,000.00");
  CHECK(format_money_grouped(Money{100'000'000'000}) == "1,000,000,000.00");
  CHECK(format_money_grouped(Money{99'999}) == "999.99");
  CHECK(format_money_grouped(Money{100'000}) == "1,000.00");
  // Zero, a fen, below a yuan, and negatives keep their sign and two decimals.
  CHECK(format_money(Money{0}) == "0.00");
  CHECK(format_money(Money{-1}) == "-0.01");
  CHECK(format_money(Money{-123'456}) == "-1234.56");
  CHECK(format_money_grouped(Money{-123'456'789}) == "-1,234,567.89");
  CHECK(format_money_grouped(Money{1}) == "0.01");
}

TEST_CASE("parse_rate: percentages and fractions, exact") {
  CHECK(parse_rate("50%")->nano == 500'000'000);
  CHECK(parse_rate("0.5")->nano == 500'000'000);
  CHECK(parse_rate("12.5%")->nano == 125'000'000);
  CHECK(parse_rate("100%")->nano == Rate::kScale);
  CHECK_FALSE(parse_rate("fifty").has_value());
  CHECK_FALSE(parse_rate("-5%").has_value());
  CHECK(format_rate(*parse_rate("50%")) == "0.50");
  CHECK(format_rate(*parse_rate("12.5%")) == "0.125");
  CHECK(format_percent(*parse_rate("0.3")) == "30%");
  CHECK(format_percent(*parse_rate("12.5%")) == "12.5%");
}

TEST_CASE("apply_rate rounds half-up to the fen unless told otherwise") {
  Rate half = *parse_rate("50%");
  Rate thirty = *parse_rate("30%");
  CHECK(apply_rate(Money{8'000'000}, half).fen == 4'000'000);
  CHECK(apply_rate(Money{1}, half).fen == 1);  // 0.005 yuan -> 0.01
  CHECK(apply_rate(Money{1}, half, Rounding::Down).fen == 0);
  CHECK(apply_rate(Money{5}, thirty).fen == 2);  // 1.5 fen -> 2
  CHECK(apply_rate(Money{3}, thirty).fen == 1);  // 0.9 fen -> 1
  CHECK(apply_rate(Money{1}, thirty).fen == 0);  // 0.3 fen -> 0
  CHECK(apply_rate(Money{1}, thirty, Rounding::Up).fen == 1);
  // The largest accepted amount times 100% does not overflow.
  CHECK(apply_rate(Money{kMaxFen}, *parse_rate("100%")).fen == kMaxFen);
}

TEST_CASE("Money arithmetic is checked: an overflow is an error, never a wrapped number") {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  const std::string message =
      "an amount would pass 92,233,720,368,547,758.07 yuan, the most this tool computes exactly";
  CHECK((Money{kMax - 1} + Money{1}).fen == kMax);
  CHECK_THROWS_WITH_AS(Money{kMax} + Money{1}, message.c_str(), InputError);
  CHECK_THROWS_WITH_AS(Money{kMin} - Money{1}, message.c_str(), InputError);
  CHECK_THROWS_AS(Money{0} - Money{kMin}, InputError);
  CHECK((Money{kMin + 1} - Money{1}).fen == kMin);
  // += leaves the sum as it was when it throws.
  Money sum{kMax - 5};
  CHECK_THROWS_AS(sum += Money{6}, InputError);
  CHECK(sum.fen == kMax - 5);
  sum += Money{5};
  CHECK(sum.fen == kMax);
  // The non-throwing test the batch uses.
  CHECK(sum_fits(Money{kMax - 5}, Money{5}));
  CHECK_FALSE(sum_fits(Money{kMax - 5}, Money{6}));
  CHECK(sum_fits(Money{kMaxFen}, Money{kMaxFen}));
  // 92 of the largest amounts fit; the 93rd does not (92 × 10^17 < 2^63 - 1 < 93 × 10^17).
  Money total;
  for (int i = 0; i < 92; ++i) total += Money{kMaxFen};
  CHECK(total.fen == 92 * kMaxFen);
  CHECK_FALSE(sum_fits(total, Money{kMaxFen}));
  CHECK_THROWS_AS(total += Money{kMaxFen}, InputError);
}

TEST_CASE("apply_rate: a product past 64-bit fen is an error, exact up to it") {
  // A rate above 100% (parse_rate reads up to 1000) on the largest amount: 10^17 fen × 1000.
  CHECK_THROWS_AS(apply_rate(Money{kMaxFen}, *parse_rate("1000")), InputError);
  // 92 × 10^17 fen fits; 93 × 10^17 does not.
  CHECK(apply_rate(Money{kMaxFen}, *parse_rate("92")).fen == 92 * kMaxFen);
  CHECK_THROWS_AS(apply_rate(Money{kMaxFen}, *parse_rate("93")), InputError);
}

TEST_CASE("format_money: the most negative amount has no positive counterpart, and is still printed exactly") {
  CHECK(format_money(Money{std::numeric_limits<std::int64_t>::min()}) == "-92233720368547758.08");
  CHECK(format_money_grouped(Money{std::numeric_limits<std::int64_t>::min()}) == "-92,233,720,368,547,758.08");
  CHECK(format_money(Money{std::numeric_limits<std::int64_t>::max()}) == "92233720368547758.07");
}
