// The batch's fast reading of a subsidy row: the cells parsed into a claim
// without throwing, against tables built once per batch. It must accept
// exactly what parse_subsidy_claim accepts, with the same claim; the batch
// sends a row it refuses to the throwing parser for its message.
// subsidy_row_check.hpp compares the two (tests/unit/test_batch_parsers.cpp,
// bench/check_parsers.sh, tests/fuzz/fuzz_parsers.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "batch/batch_index.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/subsidy.hpp"

namespace hdpolicy::batch_detail {

// What parse_row reads with, built once per batch from the policies and the table.
struct Tables {
  TextMap types, industries;
  std::size_t fact_count = 0;
  std::array<FactKind, kMaxSubsidyFacts> kind{};
  std::array<Choices, kMaxSubsidyFacts> choices{};  // the list a Choice fact's names are in
  bool fast = false;  // the facts start as kFastKinds: parse_row's specialised path reads those
};

Tables tables_of(const PolicySet& set);

// The row's cells, one per row of subsidy_inputs() (kSubsidyFirstFact +
// kMaxSubsidyFacts of them, "" for an absent column), each followed by
// readable padding as csv::Reader's are (csv::kCellPadding). The claim's
// type, premium and date are set, and each fact given; the caller clears
// the facts' known flags first. False for a row the general parser refuses.
bool parse_row(const Tables& t, const std::string_view* c, SubsidyClaim& claim);

}  // namespace hdpolicy::batch_detail
