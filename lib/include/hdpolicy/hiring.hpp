// The one-time job-expansion subsidy (一次性扩岗补助, 海政办发〔2025〕7号 第7项):
// an amount per person hired when the person falls in one of the policy's
// categories and a labour contract was signed. The categories, bounds, amount
// and period are YAML; this header holds the mechanism: the facts a hire
// carries, the compiled policy and allocation-free evaluation; hiring_report.hpp
// presents the result.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/condition.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/money.hpp"

namespace hdpolicy {

struct PolicySet;

// The inputs of a hire: one table (hiring_inputs.cpp), whose rows up to
// kHiringFirstFact the mechanism reads by position, and whose rows from
// there on are facts, in the order of the claim's fact array. Derived facts
// are computed from the dates given (the mechanism); the bounds they are
// compared with are YAML.
enum HiringInput : std::int16_t {
  kHiringEnterprise,
  kHiringPerson,
  kHiringHire,
  kHiringBirth,
  kHiringGraduate,
  kHiringGraduation,
  kHiringFirstFact
};
std::span<const InputDef> hiring_inputs();
std::span<const InputDef> hiring_facts();  // the fact rows: those from kHiringFirstFact on

// Facts the mechanism reads or computes (the table keeps them at these indexes).
enum HiringFact : std::int16_t {
  kHireLeftSchool = 0,       // the date the person left school
  kHireAge = 4,              // derived: whole years from birth to hire (29 February → 28 February)
  kHireCollegeGraduate = 5,  // derived: --graduate; yes when a graduation or left-school date is given; else not known
  kHireGraduationYear = 6,   // derived: calendar year of the graduation date
};
// Room for facts in a hire (a fixed maximum, as for subsidy claims).
inline constexpr std::size_t kMaxHiringFacts = 12;

inline constexpr std::size_t kMaxHiringCategories = 8;

struct HiringCategory {
  std::string id;              // graduation-year
  Text name;                   // 毕业年度高校毕业生
  std::int32_t eligible = -1;  // root condition in HiringPolicy::conditions
};

struct HiringPolicy {
  std::string id;              // job-expansion
  Text name;                   // 一次性扩岗补助
  std::int32_t document = -1;  // index into PolicySet::documents
  Money amount;                // per person hired
  Citation amount_cite;
  Date period_from{}, period_to{};  // hires the policy covers, inclusive
  Text period_note;                 // why these dates (an interpretation, say so)
  Citation period_cite;
  int period_line = 0, period_column = 0;  // where `period:` is written, for check
  std::int32_t contract = -1;              // condition every hire must meet (the labour contract)
  std::vector<HiringCategory> categories;  // in the order the policy lists them
  ConditionTable conditions;
};

// One hire. Dates not given are left unknown in `facts`.
struct HiringClaim {
  Date hire{};
  Date birth{};
  Date graduation{};   // meaningful when has_graduation
  Date left_school{};  // meaningful when has_left_school (given or taken from graduation)
  bool has_graduation = false;
  bool has_left_school = false;
  // A fact filled in from the other school date because it was not given
  // (kHireGraduationYear or kHireLeftSchool), -1 when none.
  std::int16_t defaulted = -1;
  std::array<FactValue, kMaxHiringFacts> facts{};  // per row of hiring_facts()
  FieldStyle style = FieldStyle::Option;  // how messages name the inputs: --left-school-date or left_school_date
};

struct HiringCategoryOutcome {
  Tri fits = Tri::False;
  std::int32_t failed = -1;  // the condition that ruled the category out
  AssumptionList assumed;
};

struct HiringResult {
  std::int32_t policy = -1;  // index into PolicySet::hiring
  bool in_period = false;
  Tri contract = Tri::True;
  std::int32_t contract_failed = -1;
  AssumptionList contract_assumed;
  std::array<HiringCategoryOutcome, kMaxHiringCategories> categories{};
  std::uint8_t category_count = 0;
  std::int8_t chosen = -1;  // first category that fits on the facts given, else the first that may fit
  Money amount;

  bool eligible() const { return chosen >= 0 && in_period && contract != Tri::False; }
  bool assumed() const;  // eligible, but resting on facts not given
};

// Picks the policy whose period holds the hire date (successive versions of
// the policy cover successive periods; when none does, the nearest one, with
// in_period false) and evaluates contract and categories. Allocates nothing. Needs set.hiring non-empty.
HiringResult evaluate_hiring(const PolicySet& set, const HiringClaim& claim);

// Parses and checks the fields (throws InputError naming the field: bad
// dates, a hire before birth, graduation or leaving school after the hire or
// before birth, graduate "no" beside a school date) and derives age,
// graduation year and college-graduate status. When only one school date is
// given the other is taken to be the same day. Whether the person is a
// college graduate is a fact like any other: stated by `graduate`, implied
// (yes) by a school date, otherwise not known, and assumed where it matters.
// The texts are one per row of hiring_inputs(), read where `style` says.
HiringClaim parse_hiring_claim(const PolicySet& set, const InputTexts& texts, FieldStyle style);

}  // namespace hdpolicy
