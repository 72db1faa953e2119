// `batch eval` end to end on fuzzed CSV, on the made-up rent subsidy of
// tests/shapes/policies, the stacked landing support of tests/shapes/stacked
// the job-expansion subsidy of tests/shapes/hiring and the premium subsidy of
// tests/shapes/insurance (compiled in): see
// batch_check.hpp. A document of declared shape goes through the generic
// parser, evaluator and writer; stacked rules through the shared caps; the
// hiring shape through defaults, implied facts, the order of dates,
// requires: and the ledger kept for each person; the rent subsidy again in
// two versions (2026, then 2027–2028 at 4 yuan per m² per day) through the
// choice of version per row and the ledger the versions share; the premium
// subsidy through choice facts, rates by type and the view's memo of words.
#include <cstdlib>
#include <string>
#include <string_view>

#include "batch_check.hpp"

namespace hdpolicy {
std::string_view embedded_rent_subsidy();     // tests/shapes/policies/rent-subsidy.yaml
std::string_view embedded_landing_support();  // tests/shapes/stacked/landing-support.yaml
std::string_view embedded_job_expansion();    // tests/shapes/hiring/job-expansion.yaml
std::string_view embedded_tech_insurance();   // tests/shapes/insurance/tech-insurance.yaml
}  // namespace hdpolicy

namespace {
const hdpolicy::PolicySet& shape_policies() {
  static const hdpolicy::PolicySet set = hdpolicy::load_policy_set(
      {hdpolicy::PolicyFile{"rent-subsidy.yaml", "rent-subsidy.yaml", std::string(hdpolicy::embedded_rent_subsidy())},
       hdpolicy::PolicyFile{"landing-support.yaml", "landing-support.yaml",
                            std::string(hdpolicy::embedded_landing_support())},
       hdpolicy::PolicyFile{"job-expansion.yaml", "job-expansion.yaml",
                            std::string(hdpolicy::embedded_job_expansion())},
       hdpolicy::PolicyFile{"tech-insurance.yaml", "tech-insurance.yaml",
                            std::string(hdpolicy::embedded_tech_insurance())}});
  return set;
}

// `text` with `from` replaced by `to` (aborts when `from` is missing: the
// harness would otherwise fuzz one version only).
std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  if (at == std::string::npos) std::abort();
  return text.replace(at, from.size(), to);
}

const hdpolicy::PolicySet& rent_versions() {
  static const hdpolicy::PolicySet set = [] {
    const std::string rent(hdpolicy::embedded_rent_subsidy());
    std::string first = replaced(rent, "    to: 2028-12-31", "    to: 2026-12-31");
    std::string second =
        replaced(replaced(rent, "    from: 2026-01-01", "    from: 2027-01-01"), "per_unit: 3.00", "per_unit: 4.00");
    second = replaced(second, "  number: 示例租〔2026〕1号", "  number: 示例租〔2027〕9号");
    return hdpolicy::load_policy_set({hdpolicy::PolicyFile{"rent-subsidy.yaml", "rent-subsidy.yaml", first},
                                      hdpolicy::PolicyFile{"rent-2027.yaml", "rent-2027.yaml", second}});
  }();
  return set;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = hdpolicy::fuzz::as_text(data, size);
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "rent-subsidy");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "landing-support");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "job-expansion");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "tech-insurance");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &rent_versions(), "rent-subsidy");
  return 0;
}
