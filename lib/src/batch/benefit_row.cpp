#include "batch/benefit_row.hpp"

#include "batch/batch_digits.hpp"
#include "hdpolicy/input.hpp"

namespace hdpolicy::batch_detail {

BenefitRowReader::BenefitRowReader(const BenefitPolicy& policy) : facts_(*policy.facts) {
  usable_ = !facts_.links;
  for (const FactExtra& e : facts_.extra) derived_ = derived_ || e.derived != DerivedKind::None;
  for (std::size_t row = 0; row < facts_.rows.size(); ++row) {
    const InputDef& def = facts_.rows[row];
    if (!(def.where & kInColumn)) break;  // the columns are the rows up to the first that is not one (row_texts)
    if (def.role == InputRole::Derived) continue;
    Fact f;
    f.row = static_cast<std::int16_t>(row);
    f.kind = def.kind;
    // A batch passes no today: a claim date not given is refused, as a required fact is.
    f.required = def.need == Need::Required || def.need == Need::TodayOnCli;
    if (def.kind == FactKind::Choice) {
      // In the order FactTable::choice_index was built: a text two values share is the first one's.
      TextMap& names = choices_.emplace_back();
      const auto& values = facts_.extra[row].choices;
      for (std::size_t i = 0; i < values.size(); ++i) {
        const auto v = static_cast<std::uint32_t>(i);
        names.find_or_insert(values[i].id, v);
        names.find_or_insert(values[i].name.zh, v);
        for (const std::string& alias : values[i].aliases) names.find_or_insert(alias, v);
      }
      f.choices = static_cast<std::int16_t>(choices_.size() - 1);
    }
    read_.push_back(f);
  }
}

bool BenefitRowReader::read(const std::string_view* cells, BenefitClaim& claim) const {
  return read_with([cells](std::size_t row) { return cells[row]; }, claim);
}

bool BenefitRowReader::read(const csv::Cells& fields, std::span<const int> field_of_row, BenefitClaim& claim) const {
  return read_with(
      [&](std::size_t row) {
        const int at = row < field_of_row.size() ? field_of_row[row] : -1;
        return at >= 0 && static_cast<std::size_t>(at) < fields.size() ? fields.begin()[at] : std::string_view{};
      },
      claim);
}

template <typename CellOf>
bool BenefitRowReader::read_with(CellOf cell_of, BenefitClaim& claim) const {
  if (!usable_) return false;
  claim.facts.assign(facts_.rows.size(), FactValue{});
  claim.defaulted.clear();
  for (const Fact& f : read_) {
    const std::string_view cell = cell_of(static_cast<std::size_t>(f.row));
    if (cell.empty()) {
      if (f.required) return false;
      continue;
    }
    if (f.kind == FactKind::Key) continue;
    FactValue& v = claim.facts[static_cast<std::size_t>(f.row)];
    v.known = true;
    bool ok = false;
    switch (f.kind) {
      case FactKind::Count:
        ok = count_cell(cell, v.value);
        break;
      case FactKind::Money:
        ok = money_cell(cell, v.value);
        break;
      case FactKind::Year:  // as input_year: four digits, 1900 to 2200
        ok = cell.size() == 4 && count_cell(cell, v.value) && v.value >= 1900 && v.value <= 2200;
        break;
      case FactKind::YesNo:
        if (auto yes = parse_yes_no(cell)) v.value = *yes ? 1 : 0, ok = true;
        break;
      case FactKind::Date:
        if (auto d = parse_date(cell)) v.value = d->time_since_epoch().count(), ok = true;
        break;
      case FactKind::Choice:
        v.value = choices_[static_cast<std::size_t>(f.choices)].find(padded_key(cell));
        ok = v.value >= 0;
        break;
      case FactKind::Area:  // as input_area: the decimal form of an amount, at most kMaxArea
        ok = money_cell(cell, v.value) && v.value <= kMaxArea;
        break;
      case FactKind::Rate:
        if (auto r = parse_rate(cell)) v.value = r->nano, ok = true;
        break;
      case FactKind::Key:
        break;
    }
    if (!ok) return false;
  }
  if (facts_.claim_date < 0) return false;  // no claim date: read_benefit_facts says so
  const FactValue& date = claim.facts[static_cast<std::size_t>(facts_.claim_date)];
  if (!date.known) return false;
  claim.date = Date{date::days{date.value}};
  if (derived_) derive_benefit_facts(facts_, claim);
  return true;
}

}  // namespace hdpolicy::batch_detail
