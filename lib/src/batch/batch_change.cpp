#include "batch/batch_change.hpp"

#include <algorithm>

#include "core/number_text.hpp"

namespace hdpolicy::batch_detail {

namespace {

// The size of a change: |current - baseline| in fen, which fits in 64 bits
// unsigned as both amounts are in [0, 2^63).
std::uint64_t size_of(Money baseline, Money current) {
  return current >= baseline ? static_cast<std::uint64_t>(current.fen) - static_cast<std::uint64_t>(baseline.fen)
                             : static_cast<std::uint64_t>(baseline.fen) - static_cast<std::uint64_t>(current.fen);
}

// The place of each label in `list`, adding the labels not there yet.
std::vector<std::size_t> slots_of(std::vector<BatchChangeTotal>& list, std::span<const std::string> labels) {
  std::vector<std::size_t> slots;
  for (const std::string& label : labels) {
    auto found = std::find_if(list.begin(), list.end(), [&](const BatchChangeTotal& t) { return t.label == label; });
    if (found == list.end()) found = list.insert(list.end(), BatchChangeTotal{label, {}, {}});
    slots.push_back(static_cast<std::size_t>(found - list.begin()));
  }
  return slots;
}

void count(BatchChangeCount& c, std::int64_t change) {
  if (change > 0)
    ++c.gain;
  else if (change < 0)
    ++c.lose;
  else
    ++c.same;
}

}  // namespace

void ChangeRanking::offer(std::uint64_t line, std::string_view id, std::string_view enterprise, Money baseline,
                          Money current) {
  const std::uint64_t size = size_of(baseline, current);
  if (size == 0) return;
  if (top_.size() == kLargestChangesKept && size <= size_of(top_.back().baseline, top_.back().current)) return;
  auto pos = top_.begin();
  while (pos != top_.end() && size_of(pos->baseline, pos->current) >= size) ++pos;
  top_.insert(pos, BatchChangeRow{line, std::string(id), std::string(enterprise), baseline, current});
  if (top_.size() > kLargestChangesKept) top_.pop_back();
}

ChangeTally::ChangeTally(std::span<const std::string> baseline_articles, std::span<const std::string> current_articles,
                         std::span<const std::string> baseline_caps, std::span<const std::string> current_caps) {
  // The current set's headings first, in its order; then the baseline's that it does not have.
  article_slot_[1] = slots_of(change_.by_article, current_articles);
  article_slot_[0] = slots_of(change_.by_article, baseline_articles);
  cap_slot_[1] = slots_of(change_.by_cap, current_caps);
  cap_slot_[0] = slots_of(change_.by_cap, baseline_caps);
}

void ChangeTally::add(std::vector<BatchChangeTotal>& list, const Slots& slots, Side side, std::size_t index,
                      Money amount) {
  BatchChangeTotal& t = list[slots[side == Side::Current ? 1 : 0][index]];
  (side == Side::Current ? t.current : t.baseline) += amount;
}

void ChangeTally::row(std::uint64_t line, std::string_view id, std::string_view enterprise_id, std::uint32_t enterprise,
                      Money baseline, Money current) {
  change_.baseline += baseline;
  change_.current += current;
  const std::int64_t change = current.fen - baseline.fen;  // both in [0, 2^63): no overflow
  count(change_.claims, change);
  if (enterprise >= net_.size()) {
    net_.resize(std::max<std::size_t>(enterprise + 1, net_.size() * 2), 0);
    seen_.resize(net_.size(), 0);
  }
  // An enterprise's rows sum to at most the totals under each set, which the
  // batch keeps within 64 bits: so does the difference of its sums.
  net_[enterprise] += change;
  seen_[enterprise] = 1;
  ranking_.offer(line, id, enterprise_id, baseline, current);
}

BatchChange ChangeTally::finish() {
  for (std::size_t e = 0; e < net_.size(); ++e)
    if (seen_[e]) count(change_.enterprises, net_[e]);
  change_.largest = ranking_.take();
  return std::move(change_);
}

std::string change_text(Money baseline, Money current) {
  std::string out;
  append_change(out, current.fen - baseline.fen);
  return out;
}

}  // namespace hdpolicy::batch_detail
