#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy {

SubsidyClaim parse_subsidy_claim(const PolicySet& set, const SubsidyFields& f, Date default_date, FieldStyle style) {
  const SubsidyPolicies& sp = set.subsidy;
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

}  // namespace hdpolicy
