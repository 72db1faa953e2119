#include "hdpolicy/subsidy_policy.hpp"

#include <algorithm>

namespace hdpolicy {

std::span<const FactDef> subsidy_fact_schema() {
  // The order matches enum SubsidyFact.
  static const FactDef schema[] = {
      {"industry", "--industry", FactKind::Choice, {"所属产业", "industry"}},
      {"employees", "--employees", FactKind::Count, {"从业人员", "number of employees"}, {"人", ""}},
      {"revenue", "--revenue", FactKind::Money, {"年营收", "annual revenue"}},
      {"high_tech_year", "--high-tech-year", FactKind::Year, {"国家高新技术企业认定或复核年度", "high-tech certification year"}},
      {"specialized", "--specialized", FactKind::YesNo, {"\"专精特新\"企业", "专精特新 status"}},
      {"support_years_used", "--support-years-used", FactKind::Count,
       {"已获统保支持年限", "number of years of inclusive support already received"}, {"年", ""}},
      {"upper_subsidy", "--upper-subsidy", FactKind::Money, {"国家级、市级补贴", "national and municipal subsidy"}},
  };
  return schema;
}

namespace {
template <typename T>
std::optional<int> find_by_id_or_alias(const std::vector<T>& items, std::string_view key) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].id == key) return static_cast<int>(i);
  for (std::size_t i = 0; i < items.size(); ++i)
    if (std::find(items[i].aliases.begin(), items[i].aliases.end(), key) != items[i].aliases.end())
      return static_cast<int>(i);
  return std::nullopt;
}
template <typename T>
std::string id_list(const std::vector<T>& items) {
  std::string s;
  for (const auto& t : items) s += (s.empty() ? "" : ", ") + t.id;
  return s;
}
}  // namespace

std::optional<int> SubsidyPolicies::find_type(std::string_view key) const { return find_by_id_or_alias(types, key); }
std::optional<int> SubsidyPolicies::find_industry(std::string_view key) const { return find_by_id_or_alias(industries, key); }
std::optional<int> SubsidyPolicies::find_cap(std::string_view key) const {
  for (std::size_t i = 0; i < caps.size(); ++i)
    if (caps[i].id == key) return static_cast<int>(i);
  return std::nullopt;
}
std::string SubsidyPolicies::type_list() const { return id_list(types); }
std::string SubsidyPolicies::industry_list() const { return id_list(industries); }
std::string SubsidyPolicies::cap_list() const { return id_list(caps); }

}  // namespace hdpolicy
