// The batch's fast reading of a row of a declared document: each fact's
// cell parsed without throwing, by the same parsers read_benefit_facts uses
// (with the eight-digits-at-a-time paths of batch_digits.hpp for counts and
// amounts, and choices from a table built once per batch). It must give the
// same claim as read_benefit_facts for every row it accepts; a row it
// refuses (a bad or missing cell, or anything it does not read, such as a
// document whose facts are linked) goes to read_benefit_facts, which gives
// the answer or the message. tests/unit/test_benefit_row.cpp compares the two.
// Private to the library.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "batch/batch_index.hpp"
#include "hdpolicy/benefit.hpp"
#include "hdpolicy/csv.hpp"

namespace hdpolicy::batch_detail {

class BenefitRowReader {
 public:
  explicit BenefitRowReader(const BenefitPolicy& policy);

  // The facts of a row into `claim`: `cells[f]` is fact row f's cell (a
  // cell of csv::Reader, padded; "" for none), as read_benefit_facts reads
  // a batch's texts (FieldStyle::Column, no today). False when it leaves
  // the row to read_benefit_facts.
  bool read(const std::string_view* cells, BenefitClaim& claim) const;
  // The same with fact row f's cell the row's field `field_of_row[f]` (-1, or past the row: none).
  bool read(const csv::Cells& fields, std::span<const int> field_of_row, BenefitClaim& claim) const;

 private:
  template <typename CellOf>
  bool read_with(CellOf cell_of, BenefitClaim& claim) const;

  struct Fact {
    std::int16_t row = -1;
    FactKind kind = FactKind::Count;
    bool required = false;      // an empty cell is refused (required, or the claim date)
    std::int16_t choices = -1;  // into choices_
  };
  const FactTable& facts_;
  bool usable_ = true;      // false: every row goes to read_benefit_facts (linked facts)
  bool derived_ = false;    // the document derives facts from others
  std::vector<Fact> read_;  // the facts read from a column, in row order
  std::vector<TextMap> choices_;
};

}  // namespace hdpolicy::batch_detail
