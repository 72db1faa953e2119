// Batch processing: a CSV of applications in, one result row per input row
// out, in input order. Columns are found by header name; extra columns pass
// through. A bad row gets its `error` cell filled and the run goes on.
// Subsidy rows share per-enterprise annual caps, per calendar year of the
// claim, in input order: the second claim sees what the first one used.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/csv.hpp"
#include "hdpolicy/money.hpp"
#include "hdpolicy/policy_set.hpp"

namespace hdpolicy {

struct BatchOptions {
  bool strict = false;  // a row whose answer would rest on assumed facts fails instead
  // Start the output with a byte-order mark (also done when the input had one),
  // so that Excel reads the UTF-8 it is given back.
  bool bom = false;
  // Called every 65,536 rows with the number of rows read (progress display).
  std::function<void(std::uint64_t)> progress;
  // Write every row cell by cell, never in place (the hot path's writer):
  // the output is the same either way, as tests and bench/writer_check.sh check.
  bool cell_by_cell = false;
};

// Money paid under one heading: an article, a cap, a hiring category.
struct BatchTotal {
  std::string label;
  std::uint64_t rows = 0;
  Money amount;
};

struct BatchPayment {
  std::uint64_t line = 0;  // physical line in the input
  std::string id, enterprise, label;
  Money amount;
};

enum class BatchKind { Subsidy, Hiring, Deadline };
// "subsidy", "hiring", "deadline": the subcommand, and the summary's "kind".
std::string_view batch_kind_name(BatchKind kind);

struct BatchSummary {
  BatchKind kind = BatchKind::Subsidy;
  // paid: rows eligible (an amount, possibly 0.00 when a cap is used up); deadline: rows answered
  std::uint64_t rows = 0, failed = 0, paid = 0;
  Money total;
  std::vector<BatchTotal> by_article;  // subsidy: per article; hiring: per category
  std::vector<BatchTotal> by_cap;      // subsidy: charged to each cap
  std::uint64_t enterprises = 0;
  std::vector<BatchPayment> largest;  // the largest payments, largest first (ties: earlier line)
  std::vector<std::string> errors;    // "line N: message" for the first failed rows
  std::vector<std::string> warnings;  // e.g. an optional column that is absent
};

// Each reads the header, maps the columns (a missing required column throws
// InputError naming it: a usage error), then streams every row.
BatchSummary run_subsidy_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options);
BatchSummary run_hiring_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options);
BatchSummary run_deadline_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options);

std::string batch_summary_text(const BatchSummary& summary);
nlohmann::ordered_json batch_summary_json(const BatchSummary& summary);

}  // namespace hdpolicy
