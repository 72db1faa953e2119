#include "hdpolicy/subsidy_policy.hpp"

#include <algorithm>

namespace hdpolicy {

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
std::optional<int> SubsidyPolicies::find_industry(std::string_view key) const {
  return find_by_id_or_alias(industries, key);
}
std::optional<int> SubsidyPolicies::find_cap(std::string_view key) const {
  for (std::size_t i = 0; i < caps.size(); ++i)
    if (caps[i].id == key) return static_cast<int>(i);
  return std::nullopt;
}
std::optional<int> SubsidyPolicies::find_cap_in(std::string_view key, std::int32_t document) const {
  for (std::size_t i = 0; i < caps.size(); ++i)
    if (caps[i].id == key && caps[i].document == document) return static_cast<int>(i);
  return std::nullopt;
}
std::string SubsidyPolicies::type_list() const { return id_list(types); }
std::string SubsidyPolicies::industry_list() const { return id_list(industries); }
std::string SubsidyPolicies::cap_list() const {
  std::string s;
  for (std::size_t i = 0; i < caps.size(); ++i)
    if (caps[i].slot == static_cast<std::int32_t>(i)) s += (s.empty() ? "" : ", ") + caps[i].id;
  return s;
}

}  // namespace hdpolicy
