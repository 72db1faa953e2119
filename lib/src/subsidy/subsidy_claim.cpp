#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/input_values.hpp"
#include "hdpolicy/subsidy.hpp"
#include "hdpolicy/subsidy_contract.hpp"

namespace hdpolicy {

SubsidyClaim parse_subsidy_claim(const PolicySet& set, const InputTexts& texts, Date default_date, FieldStyle style) {
  // Without types every claim would be refused as "one of " an empty list.
  if (set.subsidy.types.empty()) throw InputError(subsidy_section_missing(set, "subsidy"));
  const std::span<const InputDef> table = subsidy_inputs();
  const std::uint8_t place = input_place(style);
  SubsidyClaim claim;
  claim.date = default_date;
  claim.style = style;
  for (std::size_t row = 0; row < table.size(); ++row) {
    if (!(table[row].where & place) || table[row].kind == FactKind::Key)
      continue;  // keys are the batch's (require_keys)
    const std::optional<std::int64_t> v = read_input(set, table, row, texts[row], style);
    if (!v) continue;
    if (row >= kSubsidyFirstFact)
      claim.facts[row - kSubsidyFirstFact] = {true, *v};
    else if (row == kSubsidyType)
      claim.type = static_cast<std::int32_t>(*v);
    else if (row == kSubsidyPremium)
      claim.premium = Money{*v};
    else if (row == kSubsidyDate)
      claim.date = Date{date::days{*v}};
  }
  return claim;
}

std::vector<Money> parse_received(const SubsidyPolicies& sp, std::span<const std::string> items, FieldStyle style) {
  const std::string field = style == FieldStyle::Option ? "--received" : "received";  // a command flag, not a table row
  std::vector<Money> used(sp.caps.size());
  std::vector<const std::string*> given(sp.caps.size(), nullptr);  // the item that named each cap
  for (const std::string& item : items) {
    auto eq = item.find('=');
    auto idx = eq == std::string::npos ? std::nullopt : sp.find_cap(std::string_view(item).substr(0, eq));
    if (!idx)
      throw bad_value(field, item,
                      sp.caps.empty() ? std::string("nothing: this policy has no caps")
                                      : "CAP_ID=AMOUNT with CAP_ID one of " + sp.cap_list() + " (e.g. " +
                                            sp.caps[0].id + "=100000)");
    const auto i = static_cast<std::size_t>(*idx);  // the cap's slot, shared by its versions
    // The most any version of the cap allows: the year's amount may have
    // been received under an earlier version.
    const Cap* largest = &sp.caps[i];
    for (const Cap& other : sp.caps)
      if (other.slot == largest->slot && other.amount > largest->amount) largest = &other;
    const Cap& cap = *largest;
    if (given[i])
      throw bad_value(field, item,
                      fmt::format("each cap once: {} is already given as '{}' (give the sum received under it)", cap.id,
                                  *given[i]));
    Money amount = input_money(std::string_view(item).substr(eq + 1), field);
    if (amount > cap.amount)
      throw bad_value(field, item,
                      fmt::format("at most {} yuan, the amount of cap {} ({}: {})", format_money_grouped(cap.amount),
                                  cap.id, cap.cite.article, cap.name.en));
    used[i] = amount;
    given[i] = &item;
  }
  return used;
}

}  // namespace hdpolicy
