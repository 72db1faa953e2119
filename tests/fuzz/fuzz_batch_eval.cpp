// `batch eval` end to end on fuzzed CSV, on the made-up rent subsidy of
// tests/shapes/policies, the stacked landing support of tests/shapes/stacked
// and the job-expansion subsidy of tests/shapes/hiring (compiled in): see
// batch_check.hpp. A document of declared shape goes through the generic
// parser, evaluator and writer; stacked rules through the shared caps; the
// hiring shape through defaults, implied facts, the order of dates,
// requires: and the ledger kept for each person.
#include <string_view>

#include "batch_check.hpp"

namespace hdpolicy {
std::string_view embedded_rent_subsidy();     // tests/shapes/policies/rent-subsidy.yaml
std::string_view embedded_landing_support();  // tests/shapes/stacked/landing-support.yaml
std::string_view embedded_job_expansion();    // tests/shapes/hiring/job-expansion.yaml
}  // namespace hdpolicy

namespace {
const hdpolicy::PolicySet& shape_policies() {
  static const hdpolicy::PolicySet set = hdpolicy::load_policy_set(
      {hdpolicy::PolicyFile{"rent-subsidy.yaml", "rent-subsidy.yaml", std::string(hdpolicy::embedded_rent_subsidy())},
       hdpolicy::PolicyFile{"landing-support.yaml", "landing-support.yaml",
                            std::string(hdpolicy::embedded_landing_support())},
       hdpolicy::PolicyFile{"job-expansion.yaml", "job-expansion.yaml",
                            std::string(hdpolicy::embedded_job_expansion())}});
  return set;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = hdpolicy::fuzz::as_text(data, size);
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "rent-subsidy");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "landing-support");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "job-expansion");
  return 0;
}
