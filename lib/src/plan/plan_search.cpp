#include "plan/plan_search.hpp"

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/plan.hpp"

namespace hdpolicy::plan_search {
namespace {

// The caps each rule lists (indexes into caps), in the order of its limits.
std::vector<std::vector<std::int32_t>> caps_of_rules(const SubsidyPolicies& sp) {
  std::vector<std::vector<std::int32_t>> caps(sp.rules.size());
  for (std::size_t r = 0; r < sp.rules.size(); ++r)
    for (const Limit& limit : sp.rules[r].limits)
      if (limit.kind == LimitKind::Cap) caps[r].push_back(limit.cap);
  return caps;
}

// What is left of each cap this year before the plan.
std::vector<Money> rooms_left(const SubsidyPolicies& sp, std::span<const Money> received) {
  std::vector<Money> rooms(sp.caps.size());
  for (std::size_t c = 0; c < sp.caps.size(); ++c) {
    const auto slot = static_cast<std::size_t>(sp.caps[c].slot);  // received is kept per cap id
    rooms[c] = max(Money{}, sp.caps[c].amount - (slot < received.size() ? received[slot] : Money{}));
  }
  return rooms;
}

// Mode::Sums: a cap pays min(room, sum of the asks assigned to it); the
// products without a choice are summed once.
class Sums {
 public:
  Sums(const std::vector<std::vector<std::int32_t>>& caps, std::span<const Product> products, std::vector<Money> rooms)
      : caps_(caps), products_(products), rooms_(std::move(rooms)), fixed_(rooms_.size()) {
    for (std::size_t i = 0; i < products.size(); ++i) {
      if (products[i].options.size() == 1)
        add(products[i].options[0], fixed_, fixed_free_);
      else if (products[i].options.size() > 1)
        choices_.push_back(i);
    }
  }
  Money operator()(std::span<const std::uint8_t> pick) {
    sums_ = fixed_;
    Money total = fixed_free_;
    for (std::size_t i : choices_) add(products_[i].options[pick[i]], sums_, total);
    for (std::size_t c = 0; c < rooms_.size(); ++c) total += min(rooms_[c], sums_[c]);
    return total;
  }

 private:
  void add(const Option& o, std::vector<Money>& sums, Money& free) const {
    const auto& caps = caps_[static_cast<std::size_t>(o.rule)];
    if (caps.empty())
      free += o.ask;  // a rule under no cap pays its ask
    else
      sums[static_cast<std::size_t>(caps.front())] += o.ask;
  }

  const std::vector<std::vector<std::int32_t>>& caps_;
  std::span<const Product> products_;
  std::vector<Money> rooms_, fixed_, sums_;
  Money fixed_free_;
  std::vector<std::size_t> choices_;
};

// Mode::Simulate: the products in order, each taking min(ask, the room of
// every cap its rule lists) from each of them.
Money simulate(const std::vector<std::vector<std::int32_t>>& caps, std::span<const Product> products,
               std::vector<Money> rooms, std::span<const std::uint8_t> pick) {
  Money total;
  for (std::size_t i = 0; i < products.size(); ++i) {
    if (products[i].options.empty()) continue;
    const Option& o = products[i].options[pick[i]];
    const auto& rule_caps = caps[static_cast<std::size_t>(o.rule)];
    Money take = o.ask;
    for (std::int32_t c : rule_caps) take = min(take, rooms[static_cast<std::size_t>(c)]);
    for (std::int32_t c : rule_caps) rooms[static_cast<std::size_t>(c)] = rooms[static_cast<std::size_t>(c)] - take;
    total += take;
  }
  return total;
}

// The next assignment in order of preference (the first product's option
// varies slowest); false after the last.
bool next_assignment(std::span<const Product> products, std::span<std::uint8_t> pick) {
  for (std::size_t i = products.size(); i-- > 0;) {
    if (products[i].options.size() < 2) continue;
    if (++pick[i] < products[i].options.size()) return true;
    pick[i] = 0;
  }
  return false;
}

void check_size(std::span<const Product> products, std::size_t& choices, std::uint64_t& assignments) {
  bool too_many = false;
  for (const Product& p : products) {
    if (p.options.size() < 2) continue;
    ++choices;
    if (too_many) continue;  // counted no further: past the limit (and before overflowing)
    assignments *= p.options.size();
    too_many = assignments > kMaxPlanAssignments;
  }
  if (choices > kMaxPlanChoices || too_many)
    throw InputError(
        fmt::format("plan: {} products can each be claimed under more than one article; the exact search tries every "
                    "assignment of at most {} such products ({} assignments): plan the portfolio in parts",
                    choices, kMaxPlanChoices, kMaxPlanAssignments));
}

}  // namespace

Best search(const SubsidyPolicies& sp, std::span<const Product> products, std::span<const Money> received, Mode mode) {
  Best best;
  check_size(products, best.choices, best.assignments);
  const auto caps = caps_of_rules(sp);
  if (mode == Mode::Auto) {
    mode = Mode::Sums;
    for (const auto& c : caps)
      if (c.size() > 1) mode = Mode::Simulate;
  }
  std::vector<Money> rooms = rooms_left(sp, received);
  Sums sums(caps, products, rooms);
  auto total_of = [&](std::span<const std::uint8_t> pick) {
    return mode == Mode::Sums ? sums(pick) : simulate(caps, products, rooms, pick);
  };
  std::vector<std::uint8_t> pick(products.size(), 0);
  best.pick = pick;
  best.total = total_of(pick);
  while (next_assignment(products, pick)) {
    Money total = total_of(pick);
    if (total > best.total) {  // strictly: an equal total later in the order is less preferred
      best.total = total;
      best.pick = pick;
    }
  }
  return best;
}

}  // namespace hdpolicy::plan_search
