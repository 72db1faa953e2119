#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy {

SubsidyClaim parse_subsidy_claim(const PolicySet& set, const SubsidyFields& f, Date default_date, FieldStyle style) {
  const SubsidyPolicies& sp = set.subsidy;
  // Without types every claim would be refused as "one of " an empty list.
  if (sp.types.empty()) throw InputError("subsidy: no policy with a subsidy: section is loaded");
  SubsidyClaim claim;
  if (f.type.empty()) throw InputError(fmt::format("{}: required: one of {}", field_name("type", style), sp.type_list()));
  auto type = sp.find_type(f.type);
  if (!type) throw bad_value(field_name("type", style), std::string(f.type), "one of " + sp.type_list());
  claim.type = *type;
  if (f.premium.empty()) throw InputError(fmt::format("{}: required: the premium paid, in yuan (e.g. 80000)", field_name("premium", style)));
  claim.premium = input_money(f.premium, "premium", style);
  claim.date = f.date.empty() ? default_date : input_date(f.date, "date", style);

  auto& facts = claim.facts;
  if (!f.industry.empty()) {
    auto ind = sp.find_industry(f.industry);
    if (!ind) throw bad_value(field_name("industry", style), std::string(f.industry), "one of " + sp.industry_list() + " (or its Chinese name)");
    facts[kFactIndustry] = {true, *ind};
  }
  if (!f.employees.empty()) facts[kFactEmployees] = {true, input_count(f.employees, "employees", style)};
  if (!f.revenue.empty()) facts[kFactRevenue] = {true, input_money(f.revenue, "revenue", style).fen};
  if (!f.high_tech_year.empty()) facts[kFactHighTechYear] = {true, input_year(f.high_tech_year, "high_tech_year", style)};
  if (!f.specialized.empty()) facts[kFactSpecialized] = {true, input_yes_no(f.specialized, "specialized", style) ? 1 : 0};
  if (!f.upper_subsidy.empty()) facts[kFactUpperSubsidy] = {true, input_money(f.upper_subsidy, "upper_subsidy", style).fen};
  if (!f.support_years_used.empty())
    facts[kFactSupportYearsUsed] = {true, input_count(f.support_years_used, "support_years_used", style)};
  return claim;
}

std::vector<Money> parse_received(const SubsidyPolicies& sp, std::span<const std::string> items, FieldStyle style) {
  const std::string field = field_name("received", style);
  std::vector<Money> used(sp.caps.size());
  std::vector<const std::string*> given(sp.caps.size(), nullptr);  // the item that named each cap
  for (const std::string& item : items) {
    auto eq = item.find('=');
    auto idx = eq == std::string::npos ? std::nullopt : sp.find_cap(std::string_view(item).substr(0, eq));
    if (!idx) throw bad_value(field, item, "CAP_ID=AMOUNT with CAP_ID one of " + sp.cap_list() + " (e.g. catalogue=100000)");
    const auto i = static_cast<std::size_t>(*idx);
    const Cap& cap = sp.caps[i];
    if (given[i])
      throw bad_value(field, item, fmt::format("each cap once: {} is already given as '{}' (give the sum received under it)",
                                               cap.id, *given[i]));
    Money amount = input_money(std::string_view(item).substr(eq + 1), "received", style);
    if (amount > cap.amount)
      throw bad_value(field, item, fmt::format("at most {} yuan, the amount of cap {} ({}: {})", format_money_grouped(cap.amount),
                                               cap.id, cap.cite.article, cap.name.en));
    used[i] = amount;
    given[i] = &item;
  }
  return used;
}

}  // namespace hdpolicy
