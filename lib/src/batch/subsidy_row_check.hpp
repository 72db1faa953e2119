// The batch's fast reading of a subsidy row (parse_row) held to the general
// parser on the same cells: both must refuse a row, or both accept it with
// the same claim. Not used by the batch itself: by the unit test
// (tests/unit/test_batch_parsers.cpp), the fuzz harness (fuzz_parsers) and
// bench/check_parsers.sh, which runs it on every row of a file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "batch/subsidy_row.hpp"
#include "hdpolicy/csv.hpp"

namespace hdpolicy::batch_detail {

// The cells of a subsidy row: one per row of subsidy_inputs(), as parse_row takes them.
inline constexpr std::size_t kSubsidyRowCells = kSubsidyFirstFact + kMaxSubsidyFacts;

class SubsidyRowCheck {
 public:
  explicit SubsidyRowCheck(const PolicySet& set);

  // "" when the two agree on the row, else what differs; `accepted`: the
  // general parser accepted it (so, when they agree, both did). The general side is what the batch falls back to:
  // missing_in_row, then parse_subsidy_claim; the fast side is what the
  // batch accepts: parse_row, with the enterprise given. parse_row runs
  // twice when the table has a specialised path: with it, and with the
  // loop over the table alone (as a table of other facts is read).
  std::string mismatch(const std::string_view* cells, bool& accepted) const;

 private:
  const PolicySet& set_;
  Tables tables_, loop_;
};

// Every row of a subsidy batch input, checked: how many there were, how
// many the general parser accepted, and the first few mismatches ("line 12: ...").
// Rows of another width than the header are checked too (their cells as the
// batch picks them). Throws InputError for a header without the batch's
// required columns, and csv::FormatError for unreadable CSV.
struct RowCheck {
  std::uint64_t rows = 0, accepted = 0, mismatches = 0;
  std::vector<std::string> first;  // up to 20
};
RowCheck check_subsidy_rows(const PolicySet& set, csv::Reader& in);

}  // namespace hdpolicy::batch_detail
