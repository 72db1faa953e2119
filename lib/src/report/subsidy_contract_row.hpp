// The cells and terse note of a `batch subsidy` row over the premium
// subsidy written as a declared document (document.contract: subsidy): the
// words batch_subsidy.cpp has always written ("assumed: industry,specialized",
// "cut by cap catalogue 500000.00 (第四条), 300000.00 used earlier in 2025",
// "not eligible: 第四条/第二条 industry=other"), read from the generic result.
// Everything that depends only on the document is made once per version, so
// that a row only joins it. Private to the library.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/money.hpp"

namespace hdpolicy {

struct PolicySet;

// A row's result cells: eligible, the amount, the rule paid, the limit that
// cut it, the payee and the payable year (unset when not paid).
struct SubsidyContractRow {
  bool eligible = false;
  Money amount;
  std::int16_t rule = -1;  // into the version's rules: the one paid
  std::string_view capped_by, payee;
  int payable_year = 0;
};

class SubsidyRowWords {
 public:
  SubsidyRowWords(const PolicySet& set, const BenefitPolicy& version);

  // The row's cells; its note appended to `note`. What earlier rows paid
  // under a cap is the claim's `received`.
  SubsidyContractRow row(const BenefitClaim& claim, const BenefitResult& r, std::string& note);

  // "4": the rule's article's number, as the `article` column gives it.
  const std::string& article_number_text(std::int16_t rule) const { return article_[static_cast<std::size_t>(rule)]; }

 private:
  void note_assumed(const BenefitClaim& claim, const BenefitResult& r, std::int16_t rule, std::string& note);
  void note_cut(const BenefitClaim& claim, const BenefitRuleOutcome& o, std::string& note) const;
  void note_unpaid(const BenefitClaim& claim, const BenefitResult& r, std::string& note) const;
  void note_no_version(Date day, std::string& note) const;

  const PolicySet& set_;
  const BenefitPolicy& p_;
  std::int16_t type_ = -1;               // the insurance type's fact row
  std::vector<std::uint32_t> facts_of_;  // per condition: the fact rows it and its children read, as a bit set
  std::vector<std::int16_t> order_;      // the fact rows of subsidy_facts(), in its order (the notes' order)
  std::vector<std::string> article_;     // per rule: "4"
  std::vector<std::string>
      version_;  // per declared document of the set: "海金融发〔2025〕4号 2025-09-16..2027-12-31 第十五条"
  std::vector<std::vector<std::string>> cut_;  // per rule and limit: "cut by cap catalogue 500000.00 (第四条)"
  // "assumed: industry,specialized", per set of facts assumed (a bit set of
  // fact rows), worded when first met and kept while no other set takes its place.
  struct AssumedWords {
    std::uint32_t mask = 0;  // 0: none yet (no note is worded for an empty set)
    std::string text;
  };
  static constexpr int kAssumedBits = 6;
  std::array<AssumedWords, 1U << kAssumedBits> assumed_;
};

}  // namespace hdpolicy
