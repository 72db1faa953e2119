// What a batch of claims on a declared document keeps from row to row:
// each enterprise's ledger of what it was paid under each cap, per calendar
// year of the claim (or over every year), and the versions of the document a
// claim's date picks. Shared by `batch eval` and the commands that keep
// another contract over a declared document (`batch subsidy`). Private to
// the library.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "batch/batch_index.hpp"
#include "batch/benefit_row.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/benefit.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy::batch_detail {

// What an enterprise has been paid under a cap (fen, or times for a cap on
// times), and the last line that was paid under it, for the note of a row
// the cap cuts.
struct CapUse {
  Money used;
  std::uint64_t line = 0;
};

// An enterprise's ledger for one claim: its slot for the claim's year, and
// the slot of the window's first year, which holds the caps kept over every
// year together (per: enterprise); for caps kept for each value of a key
// fact (each: person_id), the slots of the enterprise and that value. Null
// outside the window or without an enterprise (or that value); valid until
// the ledger's next slots().
struct CapSlots {
  CapUse* year = nullptr;
  CapUse* whole = nullptr;
  CapUse* each_year = nullptr;
  CapUse* each_whole = nullptr;

  explicit operator bool() const { return year != nullptr || each_year != nullptr; }
  // Where cap `cap` is kept for this claim; null when it is not.
  CapUse* at(const BenefitPolicy& p, std::size_t cap) const {
    const BenefitCap& c = p.caps[cap];
    CapUse* base = c.each >= 0 ? (c.per == CapPeriod::Enterprise ? each_whole : each_year)
                               : (c.per == CapPeriod::Enterprise ? whole : year);
    return base ? base + cap : nullptr;
  }
};

// What an enterprise has been paid under each cap, per calendar year: one
// slot of `caps` amounts per enterprise (its index in the run) and year.
// Only the years of the document's effective window are kept, as nothing is
// paid outside it (slots() is null there); a window of a few years is a dense
// table by enterprise, whose slot is found without hashing (a row of a
// million-row batch touched a hash table larger than the cache), a longer
// one a hash map of the enterprise and year.
class CapLedger {
 public:
  static constexpr int kDenseYears = 16;

  // `from` to `to`: the window of the document, or of every version of it.
  CapLedger(const BenefitPolicy& p, Date from, Date to)
      : caps_(p.caps.empty() ? 1 : p.caps.size()),
        first_year_(year_of(from)),
        years_(year_of(to) - first_year_ + 1),
        whole_(std::any_of(p.caps.begin(), p.caps.end(),
                           [](const BenefitCap& c) { return c.per == CapPeriod::Enterprise; })) {}

  // Starts loading `owner`'s slots of every year from memory, before
  // slots() reads them (a dense table's only: a hashed one is found first).
  void prefetch(std::uint32_t owner) const {
    if (years_ > kDenseYears) return;
    const std::size_t first = std::size_t{owner} * static_cast<std::size_t>(years_) * caps_,
                      count = static_cast<std::size_t>(years_) * caps_;
    if (first + count > used_.size()) return;
    const auto begin = reinterpret_cast<std::uintptr_t>(used_.data() + first);
    const auto end = reinterpret_cast<std::uintptr_t>(used_.data() + first + count);
    for (std::uintptr_t line = begin & ~std::uintptr_t{63}; line < end; line += 64)
      __builtin_prefetch(reinterpret_cast<const void*>(line));
  }

  // The slots of `owner` (an enterprise, or an enterprise and a key's value) for the year: {year, whole}.
  std::pair<CapUse*, CapUse*> slots(std::uint32_t owner, int year) {
    if (year < first_year_ || year >= first_year_ + years_) return {};
    const std::size_t y = slot(owner, year), w = whole_ ? slot(owner, first_year_) : y;
    return {used_.data() + y * caps_, used_.data() + w * caps_};
  }

 private:
  // The index of the enterprise's slot for the year, made when new.
  std::size_t slot(std::uint32_t enterprise, int year) {
    if (years_ <= kDenseYears) {
      const std::size_t slot =
          std::size_t{enterprise} * static_cast<std::size_t>(years_) + static_cast<std::size_t>(year - first_year_);
      if ((slot + 1) * caps_ > used_.size())
        used_.resize(std::max(used_.size() * 2, (slot + 1) * caps_ + static_cast<std::size_t>(years_) * caps_));
      return slot;
    }
    const std::uint64_t key = (std::uint64_t{enterprise} << 16) | static_cast<std::uint16_t>(year);
    const auto next = static_cast<std::uint32_t>(used_.size() / caps_);
    const std::size_t slot = slots_.find_or_insert(key, next);
    if (slot == next) used_.resize(used_.size() + caps_);
    return slot;
  }

  std::size_t caps_;
  int first_year_, years_;
  bool whole_;    // a cap is kept over every year (per: enterprise)
  IntMap slots_;  // a long window: enterprise x year -> its slot
  std::vector<CapUse> used_;
};

// The ledgers of a run: by enterprise, and by enterprise and the value of
// the key fact caps with `each:` are kept for.
struct CapLedgers {
  CapLedger enterprise, each;
};

// The versions of the policy a run reads (documents of one id, each in
// force over its own window) and the enterprises' ledgers, which they share:
// a cap keeps its id across versions, so what was received earlier in the
// year under one counts against the next one's cap of the same id (README:
// a change of cap in the middle of a year).
class PolicyVersionsRun {
 public:
  // `one`: the version named alone (by its number), whatever a claim's date.
  PolicyVersionsRun(const PolicySet& set, const BenefitPolicy& named, bool one)
      : set_(set),
        versions_(several(set, named, one)),
        policies_(policies(set, named, versions_)),
        ledgers_{ledger(set, named), ledger(set, named)},
        reader_(*policies_.front()) {}
  // The place of the version a claim of `day` is judged under.
  std::size_t pick(Date day) const { return versions_ ? versions_->pick(day) : 0; }
  const BenefitPolicy& policy(std::size_t k) const { return *policies_[k]; }
  const Document& document(std::size_t k) const {
    return set_.documents[static_cast<std::size_t>(policies_[k]->document)];
  }
  CapLedgers& ledgers() { return ledgers_; }
  const CapLedgers& ledgers() const { return ledgers_; }
  // How a row's facts are read (the versions take the same facts: read once, by the first's).
  const BenefitRowReader& reader() const { return reader_; }

 private:
  // The versions a run picks among, or null when it reads `named` alone.
  static const PolicyVersions* several(const PolicySet& set, const BenefitPolicy& named, bool one) {
    if (named.versions < 0 || one) return nullptr;
    const PolicyVersions* v = &set.benefit_versions[static_cast<std::size_t>(named.versions)];
    return v->windows.size() < 2 ? nullptr : v;
  }
  static std::vector<const BenefitPolicy*> policies(const PolicySet& set, const BenefitPolicy& named,
                                                    const PolicyVersions* versions) {
    if (!versions) return {&named};
    std::vector<const BenefitPolicy*> out;
    for (const VersionWindow& w : versions->windows) out.push_back(&set.benefits[static_cast<std::size_t>(w.index)]);
    return out;
  }
  // A ledger over the years of every version's window.
  static CapLedger ledger(const PolicySet& set, const BenefitPolicy& named) {
    const Document& d = set.documents[static_cast<std::size_t>(named.document)];
    Date from = d.effective_from, to = d.effective_to;
    if (named.versions >= 0)
      for (const VersionWindow& w : set.benefit_versions[static_cast<std::size_t>(named.versions)].windows) {
        from = std::min(from, w.from);
        to = std::max(to, w.to);
      }
    return CapLedger(named, from, to);
  }
  const PolicySet& set_;
  const PolicyVersions* versions_;
  std::vector<const BenefitPolicy*> policies_;
  CapLedgers ledgers_;
  BenefitRowReader reader_;
};

// What each rule paid, charged to the caps it counts against, on `line`.
void charge_caps(const BenefitPolicy& p, const BenefitResult& result, const CapSlots& used, std::uint64_t line);

// The summary's "by cap": each cap a paid rule counts against, once per
// row, with what the rules under it paid (`by_cap`: the document's caps).
void tally_caps(const BenefitPolicy& p, const BenefitResult& result, std::span<BatchTotal> by_cap);

}  // namespace hdpolicy::batch_detail
