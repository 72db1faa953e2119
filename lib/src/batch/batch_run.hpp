// The loop scaffolding every batch kind shares, so that the kinds differ
// only in how a row is parsed, evaluated and written: the summary begun with
// its kind, the header read and the output header written; per row the
// count, the progress call, the width check and the failure count; per paid
// row the totals and the ranking; at the end the summary.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "batch/batch_columns.hpp"
#include "batch/batch_report.hpp"
#include "hdpolicy/batch.hpp"

namespace hdpolicy::batch_detail {

// "the row has 3 cells where the header has 12"
std::string width_error(std::size_t cells, std::size_t width);

class BatchRun {
 public:
  // Reads the header and writes the output's (begin_batch): a missing
  // required column throws InputError.
  BatchRun(BatchKind kind, csv::Reader& in, csv::Writer& out, std::span<const ColumnSpec> specs,
           std::span<const char* const> outputs, const BatchOptions& options)
      : options_(options) {
    summary_.kind = kind;
    header_ = begin_batch(in, out, specs, outputs, options.bom, summary_.warnings);
    width_ = header_.names.size();
  }

  const BatchHeader& header() const { return header_; }
  std::size_t width() const { return width_; }  // cells in the header, so in every good row

  // A row read: counted, progress reported every 65,536 rows. False, with
  // `error` set, when it has another number of cells than the header.
  bool start_row(std::size_t cells, std::string& error) {
    ++summary_.rows;
    if (options_.progress && (summary_.rows & 0xFFFF) == 0) options_.progress(summary_.rows);
    if (cells == width_) return true;
    error = width_error(cells, width_);
    return false;
  }

  // A row that failed: counted, its message kept for the first few.
  void fail(std::uint64_t line, std::string_view error) { count_failure(summary_, line, error); }

  // Whether the batch's total can take `amount` (see total_has_room).
  bool has_room(Money amount) const { return total_has_room(summary_, amount); }
  // A row answered (eligible, or a deadline computed).
  void answered() { ++summary_.paid; }
  // An amount paid under the heading `article` (summary.by_article).
  void pay(std::size_t article, Money amount) {
    BatchTotal& a = summary_.by_article[article];
    ++a.rows;
    a.amount += amount;
    summary_.total += amount;
  }

  BatchSummary& summary() { return summary_; }
  PaymentRanking& ranking() { return ranking_; }

  // The summary, with the enterprises seen and the largest payments.
  BatchSummary finish(std::uint64_t enterprises) {
    summary_.enterprises = enterprises;
    summary_.largest = ranking_.take();
    return std::move(summary_);
  }

 private:
  const BatchOptions& options_;
  BatchSummary summary_;
  BatchHeader header_;
  std::size_t width_ = 0;
  PaymentRanking ranking_;
};

// `batch subsidy` over a declared premium subsidy (document.contract:
// subsidy), when no subsidy: section is loaded: batch_subsidy_contract.cpp.
BatchSummary run_subsidy_contract_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out,
                                        const BatchOptions& options);

}  // namespace hdpolicy::batch_detail
