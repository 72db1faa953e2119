// What every batch kind shares for its summary: the largest payments and
// the first errors kept.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/batch.hpp"

namespace hdpolicy::batch_detail {

// The JSON summary lists this many row errors (its "failed" counts them all);
// the text on stderr shows the first ten of them.
inline constexpr std::size_t kErrorsKept = 100;
inline constexpr std::size_t kLargestKept = 5;

// A row that failed: counted, and its message kept for the first few.
inline void count_failure(BatchSummary& s, std::uint64_t line, std::string_view error) {
  ++s.failed;
  if (s.errors.size() < kErrorsKept) s.errors.push_back("line " + std::to_string(line) + ": " + std::string(error));
}

// A paid row adds its amount to the batch's sums: the total, its heading's
// total and (subsidies) its cap's total and the enterprise's ledger. Amounts
// are never negative, so none of those sums exceeds the total: when the
// total has room for the amount, every sum does. A row that would carry the
// total past 64-bit fen fails instead (a row error), so no sum wraps and no
// Money addition in the loop can throw.
inline bool total_has_room(const BatchSummary& s, Money amount) { return sum_fits(s.total, amount); }
inline std::string total_overflow_error() {
  return "the batch's total would pass " + format_money_grouped(Money{INT64_MAX}) +
         " yuan, the most this tool sums exactly: split the input into smaller files";
}

// Keeps the largest payments, largest first; on equal amounts the earlier line.
class PaymentRanking {
 public:
  void offer(std::uint64_t line, std::string_view id, std::string_view enterprise, std::string_view label,
             Money amount) {
    if (amount.fen <= 0) return;
    if (top_.size() == kLargestKept && amount <= top_.back().amount) return;
    auto pos = top_.begin();
    while (pos != top_.end() && pos->amount >= amount) ++pos;
    top_.insert(pos, BatchPayment{line, std::string(id), std::string(enterprise), std::string(label), amount});
    if (top_.size() > kLargestKept) top_.pop_back();
  }
  std::vector<BatchPayment> take() { return std::move(top_); }

 private:
  std::vector<BatchPayment> top_;
};

}  // namespace hdpolicy::batch_detail
