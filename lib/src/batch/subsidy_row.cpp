// The batch's fast reading of a subsidy row (subsidy_row.hpp). Each cell's
// parser is the general one's common case done without throwing, anything
// else falls back to the general non-throwing parser of that kind.
#include "batch/subsidy_row.hpp"

#include <iterator>
#include <vector>

#include "batch/batch_digits.hpp"
#include "hdpolicy/input.hpp"

namespace hdpolicy::batch_detail {
namespace {

// The cells parse_row reads first, by their rows of subsidy_inputs().
enum Column { kType = kSubsidyType, kPremium = kSubsidyPremium, kDate = kSubsidyDate, kFirstFact = kSubsidyFirstFact };

template <typename T>
TextMap name_table(const std::vector<T>& items) {
  // The same precedence as SubsidyPolicies::find_type: ids before aliases.
  TextMap m;
  for (std::size_t i = 0; i < items.size(); ++i) m.find_or_insert(items[i].id, static_cast<std::uint32_t>(i));
  for (std::size_t i = 0; i < items.size(); ++i)
    for (const auto& a : items[i].aliases) m.find_or_insert(a, static_cast<std::uint32_t>(i));
  return m;
}

// One fact cell, as read_input reads it, without throwing.
bool fact_cell(const Tables& t, std::size_t f, std::string_view s, std::int64_t& v) {
  switch (t.kind[f]) {
    case FactKind::Count:
      return count_cell(s, v);
    case FactKind::Money:
      return money_cell(s, v);
    case FactKind::Year:
      return s.size() == 4 && count_cell(s, v) && v >= 1900 && v <= 2200;
    case FactKind::YesNo: {
      auto yes = parse_yes_no(s);
      v = yes.value_or(false) ? 1 : 0;
      return yes.has_value();
    }
    case FactKind::Date: {
      auto d = parse_date(s);
      v = d ? d->time_since_epoch().count() : 0;
      return d.has_value();
    }
    case FactKind::Choice:
      return (v = (t.choices[f] == Choices::SubsidyTypes ? t.types : t.industries).find(padded_key(s))) >= 0;
    case FactKind::Key:
      return true;
    case FactKind::Area:
    case FactKind::Rate:
      break;  // no subsidy fact is one (declared facts are read by read_fact)
  }
  return false;
}

// The kinds of the shipped table's facts, in order, for which parse_row has
// a path specialised at compile time (each cell's parser inlined, as the
// loop over the table cannot be, 80 instructions a row less). tables_of
// checks the table against it; a table whose facts do not start so is read
// by the loop alone, and facts beyond these (a row added) by the loop too.
constexpr FactKind kFastKinds[] = {FactKind::Choice, FactKind::Count, FactKind::Money, FactKind::Year,
                                   FactKind::YesNo,  FactKind::Money, FactKind::Count};
constexpr std::size_t kFastCount = std::size(kFastKinds);

// The specialised path: facts 0 .. kFastCount-1, as fact_cell reads them.
bool fast_facts(const Tables& t, const std::string_view* c, SubsidyClaim& claim) {
  auto& facts = claim.facts;
  auto fact = [&](std::size_t f, auto parse) {
    const std::string_view cell = c[kFirstFact + f];
    if (cell.empty()) return true;
    FactValue& v = facts[f];
    v.known = true;
    return parse(cell, v.value);
  };
  return fact(0, [&](std::string_view s, std::int64_t& v) { return (v = t.industries.find(padded_key(s))) >= 0; }) &&
         fact(1, count_cell) && fact(2, money_cell) &&
         fact(3, [](std::string_view s,
                    std::int64_t& v) { return s.size() == 4 && count_cell(s, v) && v >= 1900 && v <= 2200; }) &&
         fact(4,
              [](std::string_view s, std::int64_t& v) {
                auto yes = parse_yes_no(s);
                v = yes.value_or(false) ? 1 : 0;
                return yes.has_value();
              }) &&
         fact(5, money_cell) && fact(6, count_cell);
}

}  // namespace

// Accepts exactly what parse_subsidy_claim accepts, without throwing;
// false sends the row to the throwing parser for its message. Facts are read
// by the specialised path where the table allows, else in a loop over the
// table's fact rows, each by its kind (bench/check_parsers.sh compares both
// with the general parser on the bench file). Kept out of the row loop:
// inlined there, GCC 12 stops inlining its TextMap lookups (bench/instructions.sh).
[[gnu::noinline]] bool parse_row(const Tables& t, const std::string_view* c, SubsidyClaim& claim) {
  // Cells of the reader are padded (csv::kCellPadding): keys are read a word at a time.
  std::int64_t type = t.types.find(padded_key(c[kType]));
  if (type < 0) return false;
  claim.type = static_cast<std::int32_t>(type);
  if (!money_cell(c[kPremium], claim.premium.fen)) return false;
  auto date = parse_date(c[kDate]);
  if (!date) return false;
  claim.date = *date;
  std::size_t f = 0;
  if (t.fast) {
    if (!fast_facts(t, c, claim)) return false;
    f = kFastCount;
  }
  // Each fact cell: empty is a fact not given; else it must parse.
  for (; f < t.fact_count; ++f) {
    const std::string_view cell = c[kFirstFact + f];
    if (cell.empty()) continue;
    FactValue& v = claim.facts[f];
    v.known = true;
    if (!fact_cell(t, f, cell, v.value)) return false;
  }
  return true;
}

Tables tables_of(const PolicySet& set) {
  Tables t{name_table(set.subsidy.types), name_table(set.subsidy.industries)};
  const auto facts = subsidy_facts();
  t.fact_count = facts.size();
  for (std::size_t f = 0; f < facts.size(); ++f) {
    t.kind[f] = facts[f].kind;
    t.choices[f] = facts[f].choices;
  }
  t.fast = t.fact_count >= kFastCount && t.choices[0] == Choices::Industries;
  for (std::size_t f = 0; t.fast && f < kFastCount; ++f) t.fast = t.kind[f] == kFastKinds[f];
  return t;
}

}  // namespace hdpolicy::batch_detail
