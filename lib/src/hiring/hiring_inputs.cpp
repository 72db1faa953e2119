// The inputs of a hire, each declared once: the option, column and
// test-case key, kind, words and need of every input derive from its row
// here. Derived facts (age, college graduate, graduation year) are rows too,
// named by the input they are computed from.
#include <iterator>

#include "hdpolicy/hiring.hpp"

namespace hdpolicy {
namespace {

constexpr InputDef kRows[] = {
    // Batch keys: columns only.
    {.id = "enterprise_id",
     .option = "",
     .kind = FactKind::Key,
     .label = {"企业编号", "enterprise ID"},
     .help = {"企业编号", "Enterprise ID"},
     .role = InputRole::Claim,
     .need = Need::Required,
     .where = kInColumn,
     .what = "a person is paid once per enterprise"},
    {.id = "person_id",
     .option = "",
     .kind = FactKind::Key,
     .label = {"人员编号", "person ID"},
     .help = {"人员编号", "Person ID"},
     .role = InputRole::Claim,
     .need = Need::Required,
     .where = kInColumn,
     .what = "a person is paid once per enterprise"},
    // The hire: what the mechanism reads.
    {.id = "hire_date",
     .option = "--hire-date",
     .kind = FactKind::Date,
     .label = {"招用日期", "hire date"},
     .help = {"招用日期 YYYY-MM-DD", "Date the person was hired, YYYY-MM-DD"},
     .role = InputRole::Claim,
     .need = Need::Required,
     .what = "the date the person was hired, written YYYY-MM-DD"},
    {.id = "birth_date",
     .option = "--birth-date",
     .kind = FactKind::Date,
     .label = {"出生日期", "date of birth"},
     .help = {"出生日期 YYYY-MM-DD(按招用之日计算年龄)",
              "The person's date of birth, YYYY-MM-DD (age is counted on the hire date)"},
     .role = InputRole::Claim,
     .need = Need::Required,
     .what = "the person's date of birth, written YYYY-MM-DD"},
    {.id = "graduate",
     .option = "--graduate",
     .kind = FactKind::YesNo,
     .label = {"是否高校毕业生", "a college graduate"},
     .help = {"是否高校毕业生:yes 或 no(给出毕业或离校日期即为是;未提供时,答案取决于它则作假定)",
              "A college graduate: yes or no (a graduation or left-school date means yes; "
              "not given, it is assumed where the answer depends on it)"},
     .role = InputRole::Claim},
    {.id = "graduation_date",
     .option = "--graduation-date",
     .kind = FactKind::Date,
     .label = {"毕业日期", "graduation date"},
     .help = {"高校毕业日期 YYYY-MM-DD(默认:离校日期)",
              "College graduation date, YYYY-MM-DD (default: the left-school date)"},
     .role = InputRole::Claim},
    // The hire's other facts.
    {.id = "left_school_date",
     .option = "--left-school-date",
     .kind = FactKind::Date,
     .label = {"离校日期", "date of leaving school"},
     .help = {"离校日期 YYYY-MM-DD(默认:毕业日期)",
              "Date the person left school, YYYY-MM-DD (default: the graduation date)"}},
    {.id = "unemployed",
     .option = "--unemployed",
     .kind = FactKind::YesNo,
     .label = {"是否离校后未就业", "still unemployed since leaving school"},
     .help = {"离校后是否一直未就业:yes 或 no", "Still unemployed since leaving school: yes or no"}},
    {.id = "registered_unemployed",
     .option = "--registered-unemployed",
     .kind = FactKind::YesNo,
     .label = {"是否登记失业", "registered as unemployed"},
     .help = {"是否登记失业:yes 或 no", "Registered as unemployed: yes or no"}},
    {.id = "contract",
     .option = "--contract",
     .kind = FactKind::YesNo,
     .label = {"是否签订劳动合同", "labour contract signed"},
     .help = {"企业是否与其签订劳动合同:yes 或 no",
              "The enterprise signed a labour contract with the person: yes or no"}},
    // Derived facts: computed from the dates given, named by the input they come from.
    {.id = "age",
     .option = "",
     .kind = FactKind::Count,
     .label = {"招用之日年龄", "age in whole years on the hire date"},
     .unit = {"周岁", ""},
     .role = InputRole::Derived,
     .where = 0,
     .from = "birth_date"},
    {.id = "college_graduate",
     .option = "",
     .kind = FactKind::YesNo,
     .label = {"是否高校毕业生", "a college graduate"},
     .role = InputRole::Derived,
     .where = 0,
     .from = "graduate"},
    {.id = "graduation_year",
     .option = "",
     .kind = FactKind::Year,
     .label = {"毕业年份", "graduation year"},
     .role = InputRole::Derived,
     .where = 0,
     .from = "graduation_date"},
};

constexpr std::size_t kRowCount = std::size(kRows);

constexpr bool rows_in_place() {
  for (std::size_t i = 0; i < kRowCount; ++i)
    if ((i < kHiringFirstFact) != (kRows[i].role == InputRole::Claim)) return false;
  return kRows[kHiringHire].id == "hire_date" && kRows[kHiringBirth].id == "birth_date" &&
         kRows[kHiringGraduate].id == "graduate" && kRows[kHiringGraduation].id == "graduation_date";
}
static_assert(rows_in_place(), "the hire's rows come first, at the positions HiringInput names, then the facts");
static_assert(kRowCount - kHiringFirstFact <= kMaxHiringFacts, "more facts than kMaxHiringFacts: raise it");
static_assert(kRowCount <= kMaxInputs, "more rows than kMaxInputs: raise it");

}  // namespace

std::span<const InputDef> hiring_inputs() { return kRows; }

}  // namespace hdpolicy
