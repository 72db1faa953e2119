// The one-line note of a `batch subsidy` row, for its CSV `note` cell:
// "assumed: industry,specialized", "cut by cap catalogue 500000.00 (第四条),
// 300000.00 used earlier in 2025", "not eligible: 第四条 employees=5000". Terser
// than the single command's explanation (a cell per row, read in a
// spreadsheet), and built for the batch's hot path: every text that depends
// only on the policies is made once per run, so a row only joins them.
// Private to the library.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy {

// Note texts built once from the policies, so that a row's note only joins them.
struct SubsidyNoteTexts {
  std::vector<std::uint32_t> facts_of;   // per condition: the facts it and its children read, as a bit set
  std::vector<std::string> assumed;      // per fact set: "assumed: industry,specialized"
  std::vector<std::string> assumed_csv;  // the same as CSV cells, quoted where needed
  std::vector<std::array<std::string, kMaxLimits>>
      cut;                           // per rule and limit: "cut by cap catalogue 500000.00 (第四条)"
  std::vector<std::string> version;  // per document: "海金融发〔2025〕4号 2025-09-16..2027-12-31 第十五条"
};

SubsidyNoteTexts subsidy_note_texts(const PolicySet& set);

// The facts given on the row, as a bit set.
inline std::uint32_t known_facts(const SubsidyClaim& claim) {
  std::uint32_t known = 0;
  for (std::size_t f = 0; f < kMaxSubsidyFacts; ++f)
    if (claim.facts[f].known) known |= 1U << f;
  return known;
}

// The facts not given that the outcome assumed, as a bit set.
inline std::uint32_t assumed_facts(const SubsidyNoteTexts& t, std::uint32_t known, const RuleOutcome& o) {
  std::uint32_t mask = o.upper_assumed ? 1U << kFactUpperSubsidy : 0;
  for (std::uint8_t i = 0; i < o.assumed.count; ++i) mask |= t.facts_of[o.assumed.ids[i]];
  return mask & ~known;
}

// The note of an eligible row: what was assumed, and which limit cut the amount.
void note_paid(std::string& out, const PolicySet& set, const SubsidyNoteTexts& t, std::uint32_t known, int year,
               const RuleOutcome& o, std::span<const Money> used);

// The note of a row no article pays: each candidate article and why not.
void note_unpaid(std::string& out, const PolicySet& set, const SubsidyNoteTexts& t, const SubsidyClaim& claim,
                 const SubsidyResult& r);

}  // namespace hdpolicy
