#include "hdpolicy/hiring.hpp"

namespace hdpolicy {

std::span<const FactDef> hiring_fact_schema() {
  // The order matches enum HiringFact.
  static const FactDef schema[] = {
      {"age", "--birth-date", FactKind::Count, {"招用之日年龄", "age in whole years on the hire date"}, {"周岁", ""}},
      {"college_graduate", "--graduate", FactKind::YesNo, {"是否高校毕业生", "a college graduate"}},
      {"graduation_year", "--graduation-date", FactKind::Year, {"毕业年份", "graduation year"}},
      {"left_school_date", "--left-school-date", FactKind::Date, {"离校日期", "date of leaving school"}},
      {"unemployed", "--unemployed", FactKind::YesNo, {"是否离校后未就业", "still unemployed since leaving school"}},
      {"registered_unemployed", "--registered-unemployed", FactKind::YesNo, {"是否登记失业", "registered as unemployed"}},
      {"contract", "--contract", FactKind::YesNo, {"是否签订劳动合同", "labour contract signed"}},
  };
  return schema;
}

}  // namespace hdpolicy
