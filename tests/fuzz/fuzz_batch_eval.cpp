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
// subsidy through choice facts, rates by type and the view's memo of words,
// and again with document.contract: subsidy through `batch subsidy`'s
// columns and notes over the generic ledgers. On the first lines read as
// rows of each document, the batch's fast row reader (BenefitRowReader) must
// give what read_benefit_facts gives wherever it accepts a row.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "batch/benefit_row.hpp"
#include "batch_check.hpp"
#include "hdpolicy/errors.hpp"

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
const hdpolicy::PolicySet& subsidy_contract() {
  static const hdpolicy::PolicySet set = hdpolicy::load_policy_set(
      {hdpolicy::PolicyFile{"tech-insurance.yaml", "tech-insurance.yaml",
                            replaced(std::string(hdpolicy::embedded_tech_insurance()), "\n  id: tech-insurance\n",
                                     "\n  id: tech-insurance\n  contract: subsidy\n")}});
  return set;
}

// The first lines of the input as rows of `p`, a cell per fact row in its
// order, through both readers (cells padded, as csv::Reader's are).
void check_rows(std::string_view input, const hdpolicy::BenefitPolicy& p) {
  using namespace hdpolicy;
  static constexpr std::size_t kRows = 16;
  const batch_detail::BenefitRowReader fast(p);
  std::string padded(input);
  padded.append(csv::kCellPadding, '\0');
  std::size_t start = 0;
  for (std::size_t line = 0; line < kRows && start <= input.size(); ++line) {
    const std::size_t end = std::min(input.find('\n', start), input.size());
    std::vector<std::string_view> cells(p.inputs().size());
    std::size_t cell = start;
    for (std::size_t f = 0; f < cells.size() && cell <= end; ++f) {
      const std::size_t comma = std::min(input.find(',', cell), end);
      cells[f] = std::string_view(padded.data() + cell, comma - cell);
      cell = comma + 1;
    }
    start = end + 1;
    BenefitClaim quick, general;
    if (!fast.read(cells.data(), quick)) continue;
    InputTexts texts(p.inputs());
    for (std::size_t f = 0; f < cells.size() && (p.inputs()[f].where & kInColumn); ++f) texts[f] = cells[f];
    try {
      read_benefit_facts(p, texts, FieldStyle::Column, Date{}, general);
    } catch (const InputError& e) {
      std::fprintf(stderr, "%s: %s\n", p.id.c_str(), e.what());
      fuzz::require(false, "the fast row reader accepts a row read_benefit_facts refuses");
    }
    bool same = quick.date == general.date && quick.facts.size() == general.facts.size();
    for (std::size_t f = 0; same && f < general.facts.size(); ++f)
      same = quick.facts[f].known == general.facts[f].known && quick.facts[f].value == general.facts[f].value;
    fuzz::require(same, "the fast row reader and read_benefit_facts read a row differently");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = hdpolicy::fuzz::as_text(data, size);
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "rent-subsidy");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "landing-support");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "job-expansion");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &shape_policies(), "tech-insurance");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_eval_batch, &rent_versions(), "rent-subsidy");
  hdpolicy::fuzz::check_batch(text, hdpolicy::run_subsidy_batch, &subsidy_contract());
  for (const hdpolicy::BenefitPolicy& p : shape_policies().benefits) check_rows(text, p);
  return 0;
}
