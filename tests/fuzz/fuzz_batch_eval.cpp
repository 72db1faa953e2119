// `batch eval` end to end on fuzzed CSV, on the made-up rent subsidy of
// tests/shapes/policies (compiled in): see batch_check.hpp. A document of
// declared shape goes through the generic parser, evaluator and writer.
#include <string_view>

#include "batch_check.hpp"

namespace hdpolicy {
std::string_view embedded_rent_subsidy();  // tests/shapes/policies/rent-subsidy.yaml
}

namespace {
const hdpolicy::PolicySet& rent_policies() {
  static const hdpolicy::PolicySet set = hdpolicy::load_policy_set(
      {hdpolicy::PolicyFile{"rent-subsidy.yaml", "rent-subsidy.yaml", std::string(hdpolicy::embedded_rent_subsidy())}});
  return set;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hdpolicy::fuzz::check_batch(hdpolicy::fuzz::as_text(data, size), hdpolicy::run_eval_batch, &rent_policies(),
                              "rent-subsidy");
  return 0;
}
