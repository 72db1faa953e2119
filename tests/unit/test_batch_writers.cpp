// The subsidy batch writes its common row in place and any other row cell by
// cell (batch_subsidy.cpp); forcing every row through the cell-by-cell
// writer (BatchOptions::cell_by_cell) must give the same bytes. Here on a few
// thousand generated rows; bench/writer_check.sh does it on a million. The
// same for the premium subsidy in declared shape (batch_subsidy_contract.cpp),
// whose output must also be the mechanism's, byte for byte.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "batch_in_memory.hpp"
#include "hdpolicy/batch.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

// Claims over the shipped policies' types and industries (ids and aliases),
// few enterprises over six years (caps bind, years spill past the three kept
// inline), unknown facts, quoted and formula-like cells, and bad rows.
std::string generated_claims(const PolicySet& set, int rows) {
  std::vector<std::string> types, industries = {""};
  for (const auto& t : set.subsidy.types) {
    types.push_back(t.id);
    for (const auto& a : t.aliases) types.push_back(a);
  }
  for (const auto& i : set.subsidy.industries) {
    industries.push_back(i.id);
    for (const auto& a : i.aliases) industries.push_back(a);
  }
  const std::vector<std::string> premiums = {"2000",    "3000",    "80000", "120000.50", "600000",
                                             "1000000", "8000000", "abc",   "-5"};
  const std::vector<std::string> remarks = {"", "plain", "\"a, b\"", "=1+1", "-5", "+x", "\"say \"\"hi\"\"\"", "@home"};
  const std::vector<std::string> dates = {"", "2026-02-30", "2025/10/01"};
  std::uint64_t state = 20251201;
  auto pick = [&](std::size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % n);
  };
  std::string out =
      "id,enterprise_id,date,type,premium,industry,employees,revenue,high_tech_year,specialized,"
      "upper_subsidy,support_years_used,remark\n";
  for (int i = 0; i < rows; ++i) {
    const int year = 2024 + static_cast<int>(pick(6));
    std::string date = fmt::format("{}-{:02}-{:02}", year, 1 + pick(12), 1 + pick(28));
    if (pick(50) == 0) date = dates[pick(dates.size())];
    const std::string enterprise = pick(100) == 0 ? "" : fmt::format("E{:03}", pick(40));
    out += fmt::format("A{:05},{},{},{},{},{},{},{},{},{},{},{},{}", i, enterprise, date, types[pick(types.size())],
                       premiums[pick(premiums.size())], industries[pick(industries.size())],
                       std::vector<std::string>{"", "20", "101", "450"}[pick(4)],
                       std::vector<std::string>{"", "1000000", "90000000"}[pick(3)],
                       std::vector<std::string>{"", "", std::to_string(year - 1)}[pick(3)],
                       std::vector<std::string>{"", "yes", "no", "是"}[pick(4)],
                       std::vector<std::string>{"", "", "40000", "800000"}[pick(4)],
                       std::vector<std::string>{"", "0", "3"}[pick(3)], remarks[pick(remarks.size())]);
    if (pick(200) == 0) out += ",extra";  // a row wider than the header
    out += pick(3) == 0 ? "\r\n" : "\n";
  }
  out += "A99999,E001\n";  // a short row
  return out;
}

std::string run_batch(const std::string& input, const BatchOptions& options,
                      const PolicySet& set = testing::shipped_policies()) {
  BatchSummary summary;
  return testing::run_batch(run_subsidy_batch, set, input, options, summary);
}

// The first line where two outputs differ, reported; true when they are equal.
bool same_output(const std::string& a, const std::string& b, const char* what_a, const char* what_b) {
  if (a == b) return true;
  std::size_t at = 0;
  while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
  const std::size_t line_start = a.rfind('\n', at) == std::string::npos ? 0 : a.rfind('\n', at) + 1;
  FAIL_CHECK(what_a, a.substr(line_start, a.find('\n', at) - line_start));
  FAIL_CHECK(what_b, b.substr(line_start, b.find('\n', at) - line_start));
  return false;
}

}  // namespace

// The shipped policies with 第四条's catalogue cap at 600,000: a --baseline
// that pays some rows differently.
PolicySet catalogue_cap_600000() {
  PolicySet set = testing::shipped_policies();
  for (Cap& cap : set.subsidy.caps)
    if (cap.id == "catalogue") cap.amount = Money{60000000};
  return set;
}

TEST_CASE("batch subsidy: rows written in place equal rows written cell by cell") {
  const std::string input = generated_claims(testing::shipped_policies(), 5000);
  const PolicySet baseline_set = catalogue_cap_600000();
  for (bool strict : {false, true})
    for (const PolicySet* baseline : {static_cast<const PolicySet*>(nullptr), &baseline_set}) {
      CAPTURE(strict);
      CAPTURE(baseline != nullptr);
      BatchOptions in_place, by_cell;
      in_place.strict = by_cell.strict = strict;
      in_place.baseline = by_cell.baseline = baseline;
      by_cell.cell_by_cell = true;
      const std::string a = run_batch(input, in_place), b = run_batch(input, by_cell);
      // The rows cover what the writers write differently: quoted and neutralised
      // input cells, notes made once and notes joined per row, errors, and
      // with --baseline changes either way.
      for (std::string seen :
           {"'=1+1", "\"a, b\"", "used earlier in", "not eligible", "the row has", strict ? "strict: " : "assumed: "})
        CHECK_MESSAGE(a.find(seen) != std::string::npos, seen);
      if (baseline)
        for (std::string seen : {",baseline_subsidy,change\n", ",-", ",0.00\n"})
          CHECK_MESSAGE(a.find(seen) != std::string::npos, seen);
      same_output(a, b, "in place:     ", "cell by cell: ");
    }
}

TEST_CASE("batch subsidy, declared form: in place equals cell by cell, and both equal the mechanism") {
  const std::string input = generated_claims(testing::shipped_policies(), 5000);
  Diagnostics diagnostics;
  const PolicySet declared = testing::subsidy_contract_policies(diagnostics);
  REQUIRE(diagnostics.empty());
  // --baseline in the same form: 第四条's catalogue cap at 600,000.
  const PolicySet declared_baseline =
      testing::subsidy_contract_policies(diagnostics, "    amount: 500000.00\n", "    amount: 600000.00\n");
  REQUIRE(diagnostics.empty());
  const PolicySet section_baseline = catalogue_cap_600000();
  for (bool strict : {false, true})
    for (bool baseline : {false, true}) {
      CAPTURE(strict);
      CAPTURE(baseline);
      BatchOptions in_place, by_cell, section;
      in_place.strict = by_cell.strict = section.strict = strict;
      in_place.baseline = by_cell.baseline = baseline ? &declared_baseline : nullptr;
      section.baseline = baseline ? &section_baseline : nullptr;
      by_cell.cell_by_cell = true;
      const std::string a = run_batch(input, in_place, declared), b = run_batch(input, by_cell, declared);
      CHECK(a.find("used earlier in") != std::string::npos);
      if (baseline) CHECK(a.find(",-") != std::string::npos);  // the cap's change pays some rows less
      same_output(a, b, "in place:     ", "cell by cell: ");
      same_output(a, run_batch(input, section), "declared form: ", "subsidy: section: ");
    }
}
