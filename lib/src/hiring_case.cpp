// STUB for issue #4: replaced by the hiring implementation.
#include "hdpolicy/case_runner.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy {
nlohmann::ordered_json run_hiring_case(const PolicySet&, const CaseInput&, Lang) {
  throw InputError("hiring: not implemented yet");
}
}  // namespace hdpolicy
