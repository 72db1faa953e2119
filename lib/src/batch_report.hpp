// What every batch kind shares for its summary: the largest payments and
// the first errors kept.
#pragma once

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

// Keeps the largest payments, largest first; on equal amounts the earlier line.
class PaymentRanking {
 public:
  void offer(std::uint64_t line, std::string_view id, std::string_view enterprise, std::string_view label, Money amount) {
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
