// Turning a hire's text fields into a HiringClaim, refusing impossible
// combinations of dates with a message naming both fields.
#include <fmt/format.h>

#include <optional>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring.hpp"

namespace hdpolicy {
namespace {

Date required_date(std::string_view text, std::string_view field, FieldStyle style, const char* what) {
  if (text.empty()) throw InputError(fmt::format("{}: required: {}, written YYYY-MM-DD", field_name(field, style), what));
  return input_date(text, field, style);
}

// `later` must not come before `earlier`.
void check_order(Date earlier, std::string_view earlier_field, Date later, std::string_view later_field,
                 FieldStyle style, bool later_is_checked) {
  if (!(later < earlier)) return;
  if (later_is_checked)
    throw bad_value(field_name(later_field, style), format_date(later),
                    fmt::format("a date on or after {} ({})", field_name(earlier_field, style), format_date(earlier)));
  throw bad_value(field_name(earlier_field, style), format_date(earlier),
                  fmt::format("a date on or before {} ({})", field_name(later_field, style), format_date(later)));
}

FactValue yes_no_fact(std::string_view text, std::string_view field, FieldStyle style) {
  if (text.empty()) return {};
  return {true, input_yes_no(text, field, style) ? 1 : 0};
}

}  // namespace

HiringClaim parse_hiring_claim(const PolicySet&, const HiringFields& f, FieldStyle style) {
  HiringClaim c;
  c.style = style;
  c.hire = required_date(f.hire_date, "hire_date", style, "the date the person was hired");
  c.birth = required_date(f.birth_date, "birth_date", style, "the person's date of birth");
  // A person is hired after being born, and graduates or leaves school
  // between birth and the hire.
  check_order(c.birth, "birth_date", c.hire, "hire_date", style, true);
  if (!f.graduation_date.empty()) {
    c.graduation = input_date(f.graduation_date, "graduation_date", style);
    c.has_graduation = true;
    check_order(c.graduation, "graduation_date", c.hire, "hire_date", style, false);
    check_order(c.birth, "birth_date", c.graduation, "graduation_date", style, true);
  }
  if (!f.left_school_date.empty()) {
    c.left_school = input_date(f.left_school_date, "left_school_date", style);
    c.has_left_school = true;
    check_order(c.left_school, "left_school_date", c.hire, "hire_date", style, false);
    check_order(c.birth, "birth_date", c.left_school, "left_school_date", style, true);
  }
  // A school date says the person is a college graduate; "no" beside one
  // contradicts it. Without either, --graduate says it, or it is not known.
  std::optional<bool> graduate;
  if (!f.graduate.empty()) graduate = input_yes_no(f.graduate, "graduate", style);
  if (graduate == false && (c.has_graduation || c.has_left_school)) {
    std::string_view date_field = c.has_graduation ? "graduation_date" : "left_school_date";
    throw bad_value(field_name("graduate", style), std::string(f.graduate),
                    fmt::format("yes, or leave it out, when {} is given: a graduation or left-school date means a college graduate",
                                field_name(date_field, style)));
  }

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
  if (c.has_graduation) facts[kHireCollegeGraduate] = {true, 1};
  else if (graduate) facts[kHireCollegeGraduate] = {true, *graduate ? 1 : 0};
  if (c.has_graduation) facts[kHireGraduationYear] = {true, year_of(c.graduation)};
  if (c.has_left_school) facts[kHireLeftSchool] = {true, c.left_school.time_since_epoch().count()};
  facts[kHireUnemployed] = yes_no_fact(f.unemployed, "unemployed", style);
  facts[kHireRegisteredUnemployed] = yes_no_fact(f.registered_unemployed, "registered_unemployed", style);
  facts[kHireContract] = yes_no_fact(f.contract, "contract", style);
  return c;
}

}  // namespace hdpolicy
