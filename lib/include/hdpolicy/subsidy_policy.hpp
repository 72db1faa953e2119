// The compiled form of premium-subsidy policies (the shape of 海金融发〔2025〕4号):
// product types, scope, annual caps and grant rules, each with its citation.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/condition.hpp"
#include "hdpolicy/money.hpp"
#include "hdpolicy/versions.hpp"

namespace hdpolicy {

// The inputs of a subsidy claim: one table (subsidy_inputs.cpp), whose
// rows up to kSubsidyFirstFact the mechanism reads by position, and whose
// rows from there on are facts, in the order of the claim's fact array.
enum SubsidyInput : std::int16_t {
  kSubsidyId,
  kSubsidyEnterprise,
  kSubsidyType,
  kSubsidyPremium,
  kSubsidyDate,
  kSubsidyFirstFact
};
std::span<const InputDef> subsidy_inputs();
std::span<const InputDef> subsidy_facts();  // the fact rows: those from kSubsidyFirstFact on

// Facts the mechanism itself reads (the table keeps them at these indexes);
// the others only conditions read.
enum SubsidyFact : std::int16_t { kFactIndustry = 0, kFactUpperSubsidy = 5 };
// Room for facts in a claim: a fixed maximum, so that a table with a row
// more (tests/madeup) links with the same library objects.
inline constexpr std::size_t kMaxSubsidyFacts = 8;

struct InsuranceType {
  std::string id;                    // rd
  Text name;                         // 研发类保险 / R&D insurance
  std::vector<std::string> aliases;  // Chinese names and product names accepted as input
  std::string examples;              // the products the article lists, as printed
};

struct Industry {
  std::string id;  // ai
  Text name;       // 人工智能
  std::vector<std::string> aliases;
};

// How a cut is reported in `capped_by` (part of the JSON contract).
enum class CapReport : std::uint8_t { PremiumCap, AnnualCap };

// A cap belongs to one document (version). Caps of the same id in successive
// versions share a slot: what an enterprise received in a year counts against
// the cap of that id in whichever version is in force (README: "a change of
// cap in the middle of a year").
struct Cap {
  std::string id;  // catalogue
  std::int32_t document = -1;
  std::int32_t slot = -1;  // index of the first cap with this id: where `used` amounts are kept
  Money amount;
  CapReport reports_as = CapReport::AnnualCap;
  Text name;
  Citation cite;
};

enum class LimitKind : std::uint8_t { Cap, AllLevels };

struct Limit {
  LimitKind kind = LimitKind::Cap;
  std::int32_t cap = -1;  // index into SubsidyPolicies::caps
  Citation cite;          // for AllLevels: 各级补贴资金总额不超过企业自担保费
};

struct Product {
  std::vector<std::int32_t> types;  // indexes into SubsidyPolicies::types
  Rate rate;
  Text stacks_on;  // e.g. the national or municipal 80% this tops up
  Citation cite;
};

enum class Payee : std::uint8_t { Applicant, Insurer };

struct SubsidyRule {
  std::string id;          // catalogue
  std::string article;     // 第四条
  int article_number = 0;  // 4: orders ties under 就高不就低
  Text name;
  std::int32_t document = -1;  // index into PolicySet::documents
  std::int32_t eligible = -1;  // root condition, -1 when everyone is eligible
  std::vector<Product> products;
  std::vector<Limit> limits;  // applied in order
  Rounding rounding = Rounding::HalfUp;
  Payee payee = Payee::Applicant;
  Citation payee_cite;
  // Per type index: which product of this rule covers it (-1: none). Built at load.
  std::vector<std::int16_t> product_for_type;
};

struct ScopeRule {
  std::int32_t document = -1;
  std::int32_t condition = -1;  // e.g. industry in the key industries (第二条)
};

struct PayableRule {
  int years_after_claim = 0;
  Citation cite;
};

struct ResolutionRule {
  Citation cite;  // 第十四条: 就高不就低
};

// Every document's `subsidy:` section, merged: types and industries are one
// vocabulary (a later version may add to it); caps, rules, scopes, payment
// and resolution belong to their document; `versions` says which document is
// in force on a day.
struct SubsidyPolicies {
  PolicyVersions versions;  // documents with a subsidy section, by effective window
  std::vector<InsuranceType> types;
  std::vector<Industry> industries;
  std::vector<Cap> caps;
  std::vector<SubsidyRule> rules;
  std::vector<ScopeRule> scopes;
  std::vector<PayableRule> payable;        // per document index (years_after_claim < 0: not set)
  std::vector<ResolutionRule> resolution;  // per document index
  ConditionTable conditions;

  std::optional<int> find_type(std::string_view id_or_alias) const;
  std::optional<int> find_industry(std::string_view id_or_alias) const;
  std::optional<int> find_cap(std::string_view id) const;  // the first of that id: its slot
  std::optional<int> find_cap_in(std::string_view id, std::int32_t document) const;
  std::string type_list() const;  // "inclusive, rd, product, ..." for error messages
  std::string industry_list() const;
  std::string cap_list() const;  // each id once
};

}  // namespace hdpolicy
