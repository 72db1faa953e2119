// STUB for issue #3: replaced by the calendar implementation.
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy {
nlohmann::ordered_json run_deadline_case(const PolicySet&, const CaseInput&, Lang) {
  throw InputError("deadline: not implemented yet");
}
nlohmann::ordered_json run_workdays_case(const PolicySet&, const CaseInput&, Lang) {
  throw InputError("workdays: not implemented yet");
}
}  // namespace hdpolicy
