// What `--baseline` adds to a batch's summary (BatchChange): each row
// compared is paid an amount under the current policies and one under the
// baseline (0.00 when a set does not pay it), charged to the headings of
// each set (its article or hiring category, its caps), matched across the
// two sets by label; the change per claim and per enterprise; and the
// largest changes either way. Allocation-free per row once the enterprises
// are known.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/batch.hpp"

namespace hdpolicy::batch_detail {

inline constexpr std::size_t kLargestChangesKept = 10;

// Which set an amount was paid under.
enum class Side : std::uint8_t { Baseline, Current };

// Keeps the largest changes by size, either way; on equal sizes the earlier line.
class ChangeRanking {
 public:
  void offer(std::uint64_t line, std::string_view id, std::string_view enterprise, Money baseline, Money current);
  std::vector<BatchChangeRow> take() { return std::move(top_); }

 private:
  std::vector<BatchChangeRow> top_;
};

class ChangeTally {
 public:
  // The headings' labels under each set: articles (or categories), caps.
  ChangeTally(std::span<const std::string> baseline_articles, std::span<const std::string> current_articles,
              std::span<const std::string> baseline_caps, std::span<const std::string> current_caps);

  // An amount paid under a set's article (category) or cap, by its index in that set.
  void article(Side side, std::size_t index, Money amount) {
    add(change_.by_article, article_slot_, side, index, amount);
  }
  void cap(Side side, std::size_t index, Money amount) { add(change_.by_cap, cap_slot_, side, index, amount); }

  // A row compared: what it gets under each set (0.00 when a set does not pay it).
  void row(std::uint64_t line, std::string_view id, std::string_view enterprise_id, std::uint32_t enterprise,
           Money baseline, Money current);

  BatchChange finish();

 private:
  using Slots = std::vector<std::size_t>[2];  // per side, per index: the heading's place in the list
  static void add(std::vector<BatchChangeTotal>& list, const Slots& slots, Side side, std::size_t index, Money amount);

  BatchChange change_;
  Slots article_slot_, cap_slot_;
  std::vector<std::int64_t> net_;   // per enterprise: the sum of its rows' changes, in fen
  std::vector<std::uint8_t> seen_;  // per enterprise: a row of it was compared
  ChangeRanking ranking_;
};

// A change as a batch cell: "+1234.50", "-5.00", "0.00".
std::string change_text(Money baseline, Money current);

}  // namespace hdpolicy::batch_detail
