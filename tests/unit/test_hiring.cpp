// The one-time job-expansion subsidy (海政办发〔2025〕7号 第7项) at every
// boundary. Expected values are worked out by hand from the item's text:
// "16—24岁" includes both ends, age in whole years on the hire date (a person
// is 24 until the day before the 25th birthday; 29 February falls on 28
// February in common years); 毕业年度 = the graduation date's calendar year;
// 离校两年内 ends on the second anniversary inclusive; 1000元 per hire.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/report.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

const PolicySet& shipped() { return testing::shipped_policies(); }

struct Outcome {
  bool eligible;
  std::string subsidy;
  std::string category;  // "" when none
  std::vector<std::string> others;
  std::size_t assumptions;
};

// The shipped document, answered as `hdpolicy hiring` answers it.
HiringContractCase judge(const HiringTexts& f, const PolicySet& set = shipped()) {
  const BenefitPolicy* p = find_hiring_contract(set);
  REQUIRE(p != nullptr);
  return judge_hiring_contract(set, *p, f, FieldStyle::Option, Date{});
}

std::vector<std::string> assumed(const PolicySet& set, const HiringContractCase& c) {
  return hiring_contract_assumptions(set, *c.version, c.claim, FieldStyle::Option, Lang::En);
}

Outcome run(const HiringTexts& f, const PolicySet& set = shipped()) {
  HiringContractCase c = judge(f, set);
  auto j = hiring_contract_json(set, *c.version, c.claim, c.result, FieldStyle::Option, Lang::En, false);
  return {j["eligible"].get<bool>(), j["subsidy"].get<std::string>(),
          j["category"].is_null() ? std::string() : j["category"].get<std::string>(),
          j["other_categories"].get<std::vector<std::string>>(), j["assumptions"].size()};
}

// A registered unemployed young person with a contract, not a college
// graduate, born `birth`, hired `hire`.
HiringTexts youth(std::string_view hire, std::string_view birth) {
  HiringTexts f;
  f["hire_date"] = hire;
  f["birth_date"] = birth;
  f["graduate"] = "no";
  f["registered_unemployed"] = "yes";
  f["contract"] = "yes";
  return f;
}

// A graduate, not registered as unemployed, with a contract.
HiringTexts graduate(std::string_view hire, std::string_view graduated, std::string_view left,
                     std::string_view unemployed) {
  HiringTexts f;
  f["hire_date"] = hire;
  f["birth_date"] = "2001-03-10";
  f["graduation_date"] = graduated;
  f["left_school_date"] = left;
  f["unemployed"] = unemployed;
  f["registered_unemployed"] = "no";
  f["contract"] = "yes";
  return f;
}

std::string input_error(const HiringTexts& f) {
  try {
    run(f);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

PolicySet edited_policies(const std::string& from, const std::string& to) {
  std::vector<PolicyFile> files;
  for (auto f : embedded_policies()) {
    if (f.path == "hiring-subsidy.yaml") {
      auto at = f.text.find(from);
      REQUIRE(at != std::string::npos);
      f.text.replace(at, from.size(), to);
    }
    files.push_back(std::move(f));
  }
  return load_policy_set(files);
}

}  // namespace

TEST_CASE("the shipped hiring policy: 1000.00 per hire, three categories in the order of item 7, hires in 2025") {
  const PolicySet& set = shipped();
  const BenefitPolicy* p = find_hiring_contract(set);
  REQUIRE(p != nullptr);
  REQUIRE(p->rules.size() == 3);
  CHECK(p->rules[0].id == "graduation-year");
  CHECK(p->rules[1].id == "graduate-within-two-years");
  CHECK(p->rules[2].id == "registered-unemployed-youth");
  for (const BenefitRule& rule : p->rules) {
    CHECK(rule.amount.kind == FormulaKind::Fixed);
    CHECK(format_money(rule.amount.amount) == "1000.00");
    CHECK(rule.amount.cite.quote.find("1000元") != std::string::npos);
  }
  const Document& d = set.documents[static_cast<std::size_t>(p->document)];
  CHECK(format_date(d.effective_from) == "2025-01-01");
  CHECK(format_date(d.effective_to) == "2025-12-31");
  CHECK(d.number == "海政办发〔2025〕7号");
}

TEST_CASE("Done when: 24 years old on the hire date is paid, 25 is not") {
  Outcome a = run(youth("2025-07-15", "2001-07-16"));  // 24th birthday 2025-07-16 not reached: 23
  CHECK(a.eligible);
  CHECK(a.subsidy == "1000.00");
  CHECK(a.category == "registered-unemployed-youth");
  CHECK(a.assumptions == 0);
  Outcome b = run(youth("2025-07-15", "2000-07-15"));  // 25th birthday on the hire date
  CHECK_FALSE(b.eligible);
  CHECK(b.subsidy == "0.00");
  CHECK(b.category.empty());
}

TEST_CASE("age 16 to 24 inclusive: the 16th and 25th birthdays on the hire date") {
  CHECK(run(youth("2025-07-15", "2009-07-15")).eligible);        // 16th birthday on the hire date: 16
  CHECK_FALSE(run(youth("2025-07-15", "2009-07-16")).eligible);  // 16th birthday the day after: 15
  CHECK(run(youth("2025-07-15", "2000-07-16")).eligible);        // 25th birthday the day after: 24
  CHECK_FALSE(run(youth("2025-07-15", "2000-07-15")).eligible);  // 25th birthday on the hire date: 25
  CHECK_FALSE(run(youth("2025-07-15", "2000-07-14")).eligible);  // 25 and a day
}

TEST_CASE("a 29 February birthday: the 25th birthday falls on 28 February 2025") {
  CHECK(run(youth("2025-02-27", "2000-02-29")).eligible);        // still 24
  CHECK_FALSE(run(youth("2025-02-28", "2000-02-29")).eligible);  // 25 on 28 February
  CHECK_FALSE(run(youth("2025-03-01", "2000-02-29")).eligible);
}

TEST_CASE("registered unemployed no: the youth category does not fit; not given: assumed") {
  HiringTexts f = youth("2025-07-15", "2003-01-01");
  f["registered_unemployed"] = "no";
  CHECK_FALSE(run(f).eligible);
  f["registered_unemployed"] = "";
  Outcome o = run(f);
  CHECK(o.eligible);
  CHECK(o.category == "registered-unemployed-youth");
  CHECK(o.assumptions == 1);
}

TEST_CASE("graduation year is the graduation date's calendar year: 31 December graduate hired on 1 January") {
  // Graduated 2024-12-31, hired 2025-01-01: not the graduation year (2024 != 2025).
  Outcome o = run(graduate("2025-01-01", "2024-12-31", "2024-12-31", "no"));
  CHECK_FALSE(o.eligible);
  // The same, still unemployed: within two years of leaving school instead.
  o = run(graduate("2025-01-01", "2024-12-31", "2024-12-31", "yes"));
  CHECK(o.eligible);
  CHECK(o.category == "graduate-within-two-years");
  // Graduated 2025-01-01, hired the same day: the graduation year, employed or not.
  o = run(graduate("2025-01-01", "2025-01-01", "2025-01-01", "no"));
  CHECK(o.eligible);
  CHECK(o.category == "graduation-year");
  // Graduated and hired on 31 December 2025.
  CHECK(run(graduate("2025-12-31", "2025-12-31", "2025-12-31", "no")).category == "graduation-year");
}

TEST_CASE("within two years of leaving school: the second anniversary counts, the day after does not") {
  Outcome on = run(graduate("2025-07-15", "2023-07-15", "2023-07-15", "yes"));  // anniversary = hire date
  CHECK(on.eligible);
  CHECK(on.category == "graduate-within-two-years");
  CHECK_FALSE(run(graduate("2025-07-15", "2023-07-14", "2023-07-14", "yes")).eligible);  // anniversary the day before
  CHECK(run(graduate("2025-07-15", "2023-07-16", "2023-07-16", "yes")).eligible);
  // Still unemployed is required: no, and the category does not fit.
  CHECK_FALSE(run(graduate("2025-07-15", "2023-07-15", "2023-07-15", "no")).eligible);
}

TEST_CASE("left school on 29 February 2024: the second anniversary is 28 February 2026") {
  // Hires in 2026 are outside the 2025 period: the window is widened in a
  // copy so that the category itself is what decides.
  const PolicySet set = edited_policies("to: 2025-12-31\n    note", "to: 2026-12-31\n    note");
  auto fits = [&](std::string_view hire) {
    HiringContractCase c = judge(graduate(hire, "2024-02-29", "2024-02-29", "yes"), set);
    CHECK(c.result.in_force);
    return c.result.rules[1].eligible;
  };
  CHECK(fits("2026-02-28") == Tri::True);
  CHECK(fits("2026-03-01") == Tri::False);
}

TEST_CASE("one school date given: the other is taken to be the same day, and that is an assumption") {
  HiringTexts f = graduate("2025-07-15", "2023-07-15", "", "yes");
  Outcome o = run(f);
  CHECK(o.eligible);
  CHECK(o.category == "graduate-within-two-years");
  CHECK(o.assumptions == 1);
  f = graduate("2025-07-15", "", "2025-06-30", "no");  // graduation year taken from leaving school: 2025
  o = run(f);
  CHECK(o.category == "graduation-year");
  CHECK(o.assumptions == 1);
  // Both given: nothing assumed.
  CHECK(run(graduate("2025-07-15", "2023-07-15", "2023-07-15", "yes")).assumptions == 0);
}

TEST_CASE("several categories fit: the first in the order of item 7, the others listed") {
  HiringTexts f = graduate("2025-07-15", "2025-06-30", "2025-06-30", "yes");
  f["birth_date"] = "2003-05-01";  // 22
  f["registered_unemployed"] = "yes";
  Outcome o = run(f);
  CHECK(o.category == "graduation-year");
  CHECK(o.others == std::vector<std::string>{"graduate-within-two-years", "registered-unemployed-youth"});
  CHECK(o.subsidy == "1000.00");  // one hire, one payment
}

TEST_CASE("a category that holds on known facts is preferred to one resting on assumptions") {
  HiringTexts f = youth("2025-07-15", "2003-05-01");
  f["graduate"] = "";  // the dates below say it
  f["graduation_date"] = "2025-06-30";
  f["left_school_date"] = "2025-06-30";
  // graduation-year holds outright; registered-unemployed-youth holds too.
  CHECK(run(f).category == "graduation-year");
  f["graduation_date"] = "2023-06-30";
  f["left_school_date"] = "2023-06-30";
  // graduate-within-two-years needs --unemployed (not given); the youth category holds outright.
  Outcome o = run(f);
  CHECK(o.category == "registered-unemployed-youth");
  CHECK(o.assumptions == 0);
}

TEST_CASE("no category can apply: clearly not eligible, nothing assumed") {
  HiringTexts f;
  f["hire_date"] = "2025-07-15";
  f["birth_date"] = "1995-01-01";  // 30, not a college graduate, registration unknown
  f["graduate"] = "no";
  Outcome o = run(f);
  CHECK_FALSE(o.eligible);
  CHECK(o.assumptions == 0);
}

TEST_CASE("graduate: stated yes or no, implied by a school date, otherwise not known") {
  const PolicySet& set = shipped();
  const BenefitPolicy* p = find_hiring_contract(set);
  REQUIRE(p != nullptr);
  const auto graduate_row = find_input(p->inputs(), "graduate");
  REQUIRE(graduate_row.has_value());
  auto fact = [&](const HiringTexts& f) { return judge(f, set).claim.facts[*graduate_row]; };
  HiringTexts f = youth("2025-07-15", "2000-07-15");  // 25: the youth category is out
  f["graduate"] = "";
  CHECK_FALSE(fact(f).known);
  f["graduate"] = "yes";
  CHECK((fact(f).known && fact(f).value == 1));
  f["graduate"] = "否";
  CHECK((fact(f).known && fact(f).value == 0));
  f["graduate"] = "";
  f["left_school_date"] = "2024-06-30";
  CHECK((fact(f).known && fact(f).value == 1));  // a school date means a college graduate
  f["graduate"] = "yes";
  CHECK((fact(f).known && fact(f).value == 1));
}

TEST_CASE(
    "graduate not given is an assumption where it matters, and --strict refuses it; where it does not, nothing is "
    "assumed") {
  const PolicySet& set = shipped();
  // 25, registered, contract signed: only the graduate categories can apply.
  HiringTexts f = youth("2025-07-15", "2000-07-15");
  f["graduate"] = "";
  Outcome o = run(f);
  CHECK(o.eligible);
  CHECK(o.category == "graduation-year");  // the first category that may fit
  CHECK(o.assumptions == 2);               // a college graduate; hired in the graduation year
  auto assumptions = assumed(set, judge(f, set));
  REQUIRE(assumptions.size() == 2);
  CHECK(assumptions[0] == "not given: --graduate; assumed a college graduate (第7项)");
  CHECK_THROWS_AS(refuse_assumptions(assumptions), InputError);
  f["graduate"] = "no";
  CHECK_FALSE(run(f).eligible);
  // 23, registered: the youth category holds on the facts given; graduate does not matter.
  f = youth("2025-07-15", "2001-07-16");
  f["graduate"] = "";
  o = run(f);
  CHECK(o.category == "registered-unemployed-youth");
  CHECK(o.assumptions == 0);
  CHECK_NOTHROW(refuse_assumptions(assumed(set, judge(f, set))));
}

TEST_CASE("graduate no beside a graduation or left-school date is refused, naming both fields") {
  HiringTexts f = youth("2025-07-15", "2001-07-16");
  f["graduation_date"] = "2025-06-30";
  CHECK(input_error(f) ==
        "--graduate: 'no' is not accepted: yes, or leave it out, when --graduation-date is given: "
        "a graduation or left-school date means a college graduate");
  f["graduation_date"] = "";
  f["left_school_date"] = "2025-06-30";
  CHECK(input_error(f).find("when --left-school-date is given") != std::string::npos);
  f["graduate"] = "maybe";
  f["left_school_date"] = "";
  CHECK(input_error(f).find("--graduate: 'maybe' is not accepted: yes or no") == 0);
}

TEST_CASE("the labour contract: no rules the hire out; not given is assumed; --strict refuses") {
  HiringTexts f = youth("2025-07-15", "2003-01-01");
  f["contract"] = "no";
  CHECK_FALSE(run(f).eligible);
  f["contract"] = "";
  Outcome o = run(f);
  CHECK(o.eligible);
  CHECK(o.assumptions == 1);
  const PolicySet& set = shipped();
  CHECK_THROWS_AS(refuse_assumptions(assumed(set, judge(f, set))), InputError);
  f["contract"] = "yes";
  CHECK_NOTHROW(refuse_assumptions(assumed(set, judge(f, set))));
}

TEST_CASE("the period: hires from 1 January to 31 December 2025") {
  CHECK(run(youth("2025-01-01", "2003-01-01")).eligible);
  CHECK(run(youth("2025-12-31", "2003-01-01")).eligible);
  CHECK_FALSE(run(youth("2024-12-31", "2003-01-01")).eligible);
  CHECK_FALSE(run(youth("2026-01-01", "2003-01-01")).eligible);
}

TEST_CASE("input errors name the field and the value") {
  CHECK(input_error(youth("2025-02-30", "2003-01-01")).find("--hire-date: '2025-02-30' is not accepted") == 0);
  CHECK(input_error(youth("2025-07-15", "2003-13-01")).find("--birth-date: '2003-13-01'") == 0);
  CHECK(input_error(youth("2025-07-15", "2025-07-16")) ==
        "--hire-date: '2025-07-15' is not accepted: a date on or after --birth-date (2025-07-16)");
  CHECK(input_error(graduate("2025-07-15", "2025-07-16", "", "yes")) ==
        "--graduation-date: '2025-07-16' is not accepted: a date on or before --hire-date (2025-07-15)");
  CHECK(input_error(graduate("2025-07-15", "2025-06-30", "2025-07-16", "yes")) ==
        "--left-school-date: '2025-07-16' is not accepted: a date on or before --hire-date (2025-07-15)");
  CHECK(input_error(graduate("2025-07-15", "2000-06-30", "", "yes")) ==
        "--graduation-date: '2000-06-30' is not accepted: a date on or after --birth-date (2001-03-10)");
  HiringTexts f = youth("2025-07-15", "2003-01-01");
  f["contract"] = "maybe";
  CHECK(input_error(f).find("--contract: 'maybe' is not accepted") == 0);
  f = youth("", "2003-01-01");
  CHECK(input_error(f).find("--hire-date: required") == 0);
  // Hired on the day of birth is odd but not impossible input: age 0, not eligible.
  CHECK_FALSE(run(youth("2025-07-15", "2025-07-15")).eligible);
}

TEST_CASE("every threshold comes from the YAML") {
  CHECK(run(youth("2025-07-15", "2003-01-01"), edited_policies("fixed: 1000.00", "fixed: 1500.00")).subsidy ==
        "1500.00");
  HiringTexts f = youth("2025-07-15", "2000-07-15");  // 25
  CHECK_FALSE(run(f).eligible);
  CHECK(run(f, edited_policies("at_most: 24,", "at_most: 25,")).eligible);
  CHECK_FALSE(run(youth("2025-07-15", "2009-07-15"), edited_policies("at_least: 16,", "at_least: 17,")).eligible);
  HiringTexts g = graduate("2025-07-15", "2022-07-15", "2022-07-15", "yes");  // three years
  CHECK_FALSE(run(g).eligible);
  CHECK(run(g, edited_policies("within_years_before_claim: 2", "within_years_before_claim: 3")).eligible);
  CHECK(run(youth("2026-03-01", "2003-01-01"), edited_policies("to: 2025-12-31\n    note", "to: 2026-12-31\n    note"))
            .eligible);
}

TEST_CASE("a hiring document with a misspelt fact is refused at its line") {
  std::vector<PolicyFile> files;
  for (auto f : embedded_policies()) {
    if (f.path == "hiring-subsidy.yaml") {
      auto at = f.text.find("fact: registered_unemployed");
      REQUIRE(at != std::string::npos);
      f.text.replace(at, 27, "fact: registered_unemployd");
    }
    files.push_back(std::move(f));
  }
  Diagnostics d;
  PolicySet set = load_policy_set(files, d);
  REQUIRE(d.size() >= 1);
  CHECK(d[0].file.find("hiring-subsidy.yaml") != std::string::npos);
  CHECK(d[0].line > 0);
  CHECK(d[0].message.find("registered_unemployd") != std::string::npos);
  CHECK_THROWS_AS(load_policy_set(files), PolicyLoadError);
}

TEST_CASE(
    "a hiring period that ends before it starts, and an amount without its citation, are refused at their lines") {
  auto diagnostics_for = [](const std::string& from, const std::string& to) {
    std::vector<PolicyFile> files;
    for (auto f : embedded_policies()) {
      if (f.path == "hiring-subsidy.yaml") {
        auto at = f.text.find(from);
        REQUIRE(at != std::string::npos);
        f.text.replace(at, from.size(), to);
      }
      files.push_back(std::move(f));
    }
    Diagnostics d;
    load_policy_set(files, d);
    CHECK_THROWS_AS(load_policy_set(files), PolicyLoadError);
    return d;
  };
  Diagnostics d = diagnostics_for("to: 2025-12-31\n    note", "to: 2024-12-31\n    note");
  REQUIRE(d.size() == 1);
  CHECK(d[0].line > 0);
  CHECK(d[0].message == "document.effective: ends (2024-12-31) before it starts (2025-01-01)");
  d = diagnostics_for(
      "      fixed: 1000.00\n      cite: {article: 第7项, quote: \"按招用1人1000元 的标准发放一次性扩岗补助\"}\n",
      "      fixed: 1000.00\n");
  REQUIRE(d.size() == 3);  // the amount is shared by the three categories' rules
  for (const auto& problem : d) CHECK(problem.message.find("cite") != std::string::npos);
}

TEST_CASE("the CSV note says the category, or why not, and what was assumed") {
  const PolicySet& set = shipped();
  auto note = [&](HiringTexts f, Lang l) {
    f["enterprise_id"] = "E1";  // a batch row names its enterprise and person
    f["person_id"] = "P1";
    const BenefitPolicy* p = find_hiring_contract(set);
    REQUIRE(p != nullptr);
    HiringContractCase c = judge_hiring_contract(set, *p, f, FieldStyle::Column, Date{});
    return hiring_contract_row(set, *c.version, c.claim, c.result, FieldStyle::Column, l).note;
  };
  CHECK(note(youth("2025-07-15", "2001-07-16"), Lang::En) == "a registered unemployed young person aged 16 to 24");
  CHECK(note(youth("2025-07-15", "2001-07-16"), Lang::Zh) == "16—24岁登记失业青年");
  HiringTexts f = youth("2025-07-15", "2001-07-16");
  f["contract"] = "";
  CHECK(note(f, Lang::En) ==
        "a registered unemployed young person aged 16 to 24; not given: contract; assumed the enterprise "
        "signed a labour contract with the person (第7项)");
  f["contract"] = "no";
  CHECK(note(f, Lang::En) ==
        "not eligible: 第7项: condition not met: the enterprise signed a labour contract with the person [given: no]");
}
