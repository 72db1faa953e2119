// Batch processing: a CSV of applications in, one result row per input row
// out, in input order. Columns are found by header name; extra columns pass
// through. A bad row gets its `error` cell filled and the run goes on.
// Subsidy rows share per-enterprise annual caps, per calendar year of the
// claim, in input order: the second claim sees what the first one used.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <functional>
#include <optional>
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
  // The policies to compare with (--baseline): each row is evaluated under
  // both, caps accumulating separately, and gets the columns
  // baseline_subsidy and change (current - baseline). Subsidy and hiring.
  const PolicySet* baseline = nullptr;
  // batch eval: the document of declared shape the rows claim on (its id or number).
  std::string policy;
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

// --baseline: what the rows get under the baseline policies, beside what
// they get under the current ones, under one heading (an article, a cap, a
// hiring category: matched across the two sets by label).
struct BatchChangeTotal {
  std::string label;
  Money baseline, current;  // the change is current - baseline
};

// A row whose amount changed: what it gets under each set.
struct BatchChangeRow {
  std::uint64_t line = 0;
  std::string id, enterprise;
  Money baseline, current;
};

// How many claims (rows compared) or enterprises (their rows' changes
// summed) get more, less or the same under the current policies.
struct BatchChangeCount {
  std::uint64_t gain = 0, lose = 0, same = 0;
};

// The cost of a change (--baseline): totals under both sets. Rows compared
// are the rows the current policies answer; a row one set does not pay for
// counts as 0.00 under it.
struct BatchChange {
  Money baseline, current;                   // totals over the rows compared
  std::vector<BatchChangeTotal> by_article;  // subsidy: per article; hiring: per category
  std::vector<BatchChangeTotal> by_cap;      // subsidy: charged to each cap
  BatchChangeCount claims, enterprises;
  std::vector<BatchChangeRow> largest;  // the largest changes either way, largest first (ties: earlier line)
};

enum class BatchKind { Subsidy, Hiring, Deadline, Eval };
// "subsidy", "hiring", "deadline", "eval": the subcommand, and the summary's "kind".
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
  std::optional<BatchChange> change;  // with BatchOptions::baseline
};

// Each reads the header, maps the columns (a missing required column throws
// InputError naming it: a usage error), then streams every row.
BatchSummary run_subsidy_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options);
BatchSummary run_hiring_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options);
BatchSummary run_deadline_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options);
// Claims on the document options.policy names (batch_eval.cpp).
BatchSummary run_eval_batch(const PolicySet& set, csv::Reader& in, csv::Writer& out, const BatchOptions& options);

std::string batch_summary_text(const BatchSummary& summary);
nlohmann::ordered_json batch_summary_json(const BatchSummary& summary);

}  // namespace hdpolicy
