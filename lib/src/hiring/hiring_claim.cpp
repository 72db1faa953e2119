// Turning a hire's texts (one per row of hiring_inputs()) into a HiringClaim,
// refusing impossible combinations of dates with a message naming both inputs.
#include <fmt/format.h>

#include <optional>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"
#include "hdpolicy/input_values.hpp"

namespace hdpolicy {
namespace {

struct Reader {
  const PolicySet& set;
  const InputTexts& texts;
  FieldStyle style;

  std::optional<std::int64_t> value(std::size_t row) const {
    return read_input(set, texts.table(), row, texts[row], style);
  }
  std::optional<Date> date(std::size_t row) const {
    auto v = value(row);
    return v ? std::optional<Date>(Date{date::days{*v}}) : std::nullopt;
  }
  std::string name(std::size_t row) const { return input_name(texts.table(), texts.table()[row], style); }

  // `later` must not come before `earlier`.
  void check_order(Date earlier, std::size_t earlier_row, Date later, std::size_t later_row,
                   bool later_is_checked) const {
    if (!(later < earlier)) return;
    if (later_is_checked)
      throw bad_value(name(later_row), format_date(later),
                      fmt::format("a date on or after {} ({})", name(earlier_row), format_date(earlier)));
    throw bad_value(name(earlier_row), format_date(earlier),
                    fmt::format("a date on or before {} ({})", name(later_row), format_date(later)));
  }
};

constexpr std::size_t kLeftSchoolRow = kHiringFirstFact + std::size_t{kHireLeftSchool};

}  // namespace

HiringClaim parse_hiring_claim(const PolicySet& set, const InputTexts& texts, FieldStyle style) {
  const Reader in{set, texts, style};
  HiringClaim c;
  c.style = style;
  c.hire = *in.date(kHiringHire);  // required: read_input refuses it empty
  c.birth = *in.date(kHiringBirth);
  // A person is hired after being born, and graduates or leaves school
  // between birth and the hire.
  in.check_order(c.birth, kHiringBirth, c.hire, kHiringHire, true);
  if (auto d = in.date(kHiringGraduation)) {
    c.graduation = *d;
    c.has_graduation = true;
    in.check_order(c.graduation, kHiringGraduation, c.hire, kHiringHire, false);
    in.check_order(c.birth, kHiringBirth, c.graduation, kHiringGraduation, true);
  }
  if (auto d = in.date(kLeftSchoolRow)) {
    c.left_school = *d;
    c.has_left_school = true;
    in.check_order(c.left_school, kLeftSchoolRow, c.hire, kHiringHire, false);
    in.check_order(c.birth, kHiringBirth, c.left_school, kLeftSchoolRow, true);
  }
  // A school date says the person is a college graduate; "no" beside one
  // contradicts it. Without either, --graduate says it, or it is not known.
  std::optional<bool> graduate;
  if (auto g = in.value(kHiringGraduate)) graduate = *g != 0;
  if (graduate == false && (c.has_graduation || c.has_left_school))
    throw bad_value(
        in.name(kHiringGraduate), std::string(texts[kHiringGraduate]),
        fmt::format("yes, or leave it out, when {} is given: a graduation or left-school date means a college graduate",
                    in.name(c.has_graduation ? std::size_t{kHiringGraduation} : kLeftSchoolRow)));

  // A college graduate leaves school when graduating: with one of the two
  // dates given, the other is taken to be the same day (and said so).
  if (c.has_graduation && !c.has_left_school) {
    c.left_school = c.graduation;
    c.has_left_school = true;
    c.defaulted = kHireLeftSchool;
  } else if (c.has_left_school && !c.has_graduation) {
    c.graduation = c.left_school;
    c.has_graduation = true;
    c.defaulted = kHireGraduationYear;
  }

  auto& facts = c.facts;
  facts[kHireAge] = {true, whole_years_between(c.birth, c.hire)};
  if (c.has_graduation)
    facts[kHireCollegeGraduate] = {true, 1};
  else if (graduate)
    facts[kHireCollegeGraduate] = {true, *graduate ? 1 : 0};
  if (c.has_graduation) facts[kHireGraduationYear] = {true, year_of(c.graduation)};
  if (c.has_left_school) facts[kHireLeftSchool] = {true, c.left_school.time_since_epoch().count()};
  // Every other fact is read as its row says (unemployed, contract, ...).
  for (std::size_t row = kHiringFirstFact; row < texts.table().size(); ++row) {
    if (row == kLeftSchoolRow || texts.table()[row].role != InputRole::Fact) continue;
    if (auto v = in.value(row)) facts[row - kHiringFirstFact] = {true, *v};
  }
  return c;
}

}  // namespace hdpolicy
