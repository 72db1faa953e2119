// The products of a plan: `--product TYPE=PREMIUM[:UPPER_SUBSIDY]` items or
// a CSV, each read by read_input with the subsidy input table's rows, so a
// product's values mean and are refused exactly as `subsidy`'s options.
#include <cstdint>

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/input_values.hpp"
#include "hdpolicy/plan.hpp"
#include "hdpolicy/subsidy_contract.hpp"

namespace hdpolicy {
namespace {

constexpr std::size_t kUpperRow = kSubsidyFirstFact + std::size_t{kFactUpperSubsidy};
constexpr const char* kProductForm = "TYPE=PREMIUM[:UPPER_SUBSIDY] (e.g. rd=80000 or three-firsts=1000000:900000)";

// The enterprise's claim with this product's type, premium and upper-level
// subsidy, named as columns (type, premium, upper_subsidy) in messages.
SubsidyClaim product_claim(const PolicySet& set, const SubsidyClaim& enterprise, std::string_view type,
                           std::string_view premium, std::string_view upper) {
  const std::span<const InputDef> table = subsidy_inputs();
  SubsidyClaim claim = enterprise;
  claim.type = static_cast<std::int32_t>(*read_input(set, table, kSubsidyType, type, FieldStyle::Column));
  claim.premium = Money{*read_input(set, table, kSubsidyPremium, premium, FieldStyle::Column)};
  const std::optional<std::int64_t> u = read_input(set, table, kUpperRow, upper, FieldStyle::Column);
  claim.facts[kFactUpperSubsidy] = u ? FactValue{true, *u} : FactValue{};
  return claim;
}

struct Header {
  std::size_t type = SIZE_MAX, premium = SIZE_MAX, upper = SIZE_MAX;
  std::vector<std::size_t> extra;  // columns passed through
};

Header read_header(const csv::Cells& cells, std::string_view source, std::vector<std::string>& extra_names) {
  const std::span<const InputDef> table = subsidy_inputs();
  Header h;
  for (std::size_t j = 0; j < cells.size(); ++j) {
    const std::string_view name = cells[j];
    std::size_t* slot = name == "type"            ? &h.type
                        : name == "premium"       ? &h.premium
                        : name == "upper_subsidy" ? &h.upper
                                                  : nullptr;
    if (slot && *slot != SIZE_MAX)
      throw InputError(fmt::format("{}: line 1: the column '{}' is given twice", source, name));
    if (slot) {
      *slot = j;
      continue;
    }
    const std::optional<std::size_t> row = find_input(table, name);
    if (row && (*row == kSubsidyDate || *row >= kSubsidyFirstFact))
      throw InputError(fmt::format("{}: line 1: the column '{}' is a fact of the enterprise: give it once, as {}",
                                   source, name, table[*row].option));
    h.extra.push_back(j);
    extra_names.emplace_back(name);
  }
  for (const auto& [col, id] : {std::pair{h.type, "type"}, std::pair{h.premium, "premium"}})
    if (col == SIZE_MAX)
      throw InputError(
          fmt::format("{}: line 1: the header has no '{}' column (the columns are type, premium and, "
                      "optionally, upper_subsidy)",
                      source, id));
  return h;
}

}  // namespace

bool is_product_input(std::size_t row) { return row == kSubsidyType || row == kSubsidyPremium || row == kUpperRow; }

SubsidyClaim parse_plan_enterprise(const PolicySet& set, const InputTexts& texts, Date today, FieldStyle style) {
  // parse_subsidy_claim requires a type and a premium: any valid ones stand
  // in for the products', which are read per product.
  if (set.subsidy.types.empty() && find_subsidy_contract(set)) throw InputError(subsidy_section_missing(set, "plan"));
  InputTexts enterprise = texts;
  if (!set.subsidy.types.empty()) enterprise[kSubsidyType] = set.subsidy.types.front().id;
  enterprise[kSubsidyPremium] = "0";
  enterprise[kUpperRow] = {};
  SubsidyClaim claim = parse_subsidy_claim(set, enterprise, today, style);
  claim.type = -1;
  claim.premium = Money{};
  return claim;
}

PlanProduct plan_product(const PolicySet& set, const SubsidyClaim& enterprise, std::string_view type,
                         std::string_view premium, std::string_view upper_subsidy) {
  return {product_claim(set, enterprise, type, premium, upper_subsidy), {}};
}

PlanProduct parse_plan_product(const PolicySet& set, const SubsidyClaim& enterprise, std::string_view item) {
  const std::size_t eq = item.find('=');
  if (eq == std::string_view::npos) throw bad_value("--product", std::string(item), kProductForm);
  const std::string_view rest = item.substr(eq + 1);
  const std::size_t colon = rest.find(':');
  if (colon != std::string_view::npos && colon + 1 == rest.size())
    throw bad_value("--product", std::string(item), fmt::format("{}: nothing after ':'", kProductForm));
  try {
    return {product_claim(set, enterprise, item.substr(0, eq), rest.substr(0, colon),
                          colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1)),
            {}};
  } catch (const InputError& e) {
    throw bad_value("--product", std::string(item), fmt::format("{}; {}", kProductForm, e.what()));
  }
}

Portfolio read_portfolio(const PolicySet& set, const SubsidyClaim& enterprise, csv::Reader& reader,
                         std::string_view source) {
  Portfolio portfolio;
  csv::Cells cells;
  if (!reader.next(cells))
    throw InputError(fmt::format("{}: empty: the first line is the header (type, premium, upper_subsidy)", source));
  const Header h = read_header(cells, source, portfolio.extra_columns);
  const std::size_t width = cells.size();
  while (reader.next(cells)) {
    if (cells.size() != width)
      throw InputError(fmt::format("{}: line {}: the row has {} cells where the header has {}", source, reader.line(),
                                   cells.size(), width));
    PlanProduct p;
    try {
      p.claim = product_claim(set, enterprise, cells[h.type], cells[h.premium],
                              h.upper == SIZE_MAX ? std::string_view{} : cells[h.upper]);
    } catch (const InputError& e) {
      throw InputError(fmt::format("{}: line {}: {}", source, reader.line(), e.what()), e.fields());
    }
    for (std::size_t j : h.extra) p.extra.emplace_back(cells[j]);
    portfolio.products.push_back(std::move(p));
  }
  return portfolio;
}

}  // namespace hdpolicy
