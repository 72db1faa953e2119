// A batch kind end to end on fuzzed CSV, as `hdpolicy batch KIND` runs it
// but in memory: CSV output without --strict, JSON Lines with it, and CSV
// with the same policies as --baseline (subsidy, hiring and eval: every row's
// change is then 0.00, the totals under both sets the batch's). Checked:
// no crash or sanitizer report; errors only of the documented kinds (a
// missing column is an InputError, an unreadable file a csv::FormatError);
// the summary's counts agree with each other and with the output, which has
// one row per input row after its header, each passing its input cells
// through (require_csv_output); the summary prints.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy::fuzz {

using BatchRunner = BatchSummary (*)(const PolicySet&, csv::Reader&, csv::Writer&, const BatchOptions&);

inline std::vector<std::vector<std::string>> records_of(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  csv::Reader reader(memory_source(text, kWhole));
  csv::Cells cells;
  while (reader.next(cells)) records.emplace_back(cells.begin(), cells.end());
  return records;
}

// The CSV output: the header's cells, then the result columns; each row
// the same width, starting with its input row's cells (the header's width
// of them, a missing one empty), a formula-like one neutralised.
inline void require_csv_output(std::string_view input, const std::string& written, std::uint64_t rows) {
  std::vector<std::vector<std::string>> in, out;
  try {
    in = records_of(std::string(input));
    out = records_of(written);
  } catch (const csv::FormatError&) {
    require(false, "the batch's CSV output is not readable CSV");
  }
  require(!in.empty() && out.size() == in.size() && out.size() == rows + 1,
          "not one output row per input row after the header");
  const std::size_t width = in[0].size();
  for (std::size_t r = 0; r < out.size(); ++r) {
    require(out[r].size() == out[0].size() && out[0].size() > width, "an output row of another width than the header");
    for (std::size_t i = 0; i < width; ++i) {
      std::string cell = i < in[r].size() ? in[r][i] : std::string();
      if (csv::needs_neutralising(cell)) cell.insert(0, 1, '\'');
      require(out[r][i] == cell, "an input cell that is not passed through as it was");
    }
  }
}

// JSON Lines output: one object per input row.
inline void require_json_output(const std::string& written, std::uint64_t rows) {
  std::uint64_t lines = 0;
  for (std::size_t start = 0; start < written.size(); ++lines) {
    std::size_t nl = written.find('\n', start);
    require(nl != std::string::npos, "a JSON line without its newline");
    require(nlohmann::json::parse(written.substr(start, nl - start), nullptr, false).is_object(),
            "a JSON line that is not an object");
    start = nl + 1;
  }
  require(lines == rows, "not one JSON line per input row");
}

// `policies` (default: the shipped ones) and, for batch eval, the `policy` the rows claim on.
inline void check_batch(std::string_view input, BatchRunner run, const PolicySet* policies = nullptr,
                        const char* policy = "") {
  const PolicySet& set = policies ? *policies : shipped_policies();
  struct Config {
    csv::OutputFormat format;
    bool strict, baseline;
  };
  for (Config config : {Config{csv::OutputFormat::Csv, false, false}, Config{csv::OutputFormat::JsonLines, true, false},
                        Config{csv::OutputFormat::Csv, false, true}}) {
    MemoryFile output;
    BatchSummary summary;
    try {
      csv::Reader reader(memory_source(input, kWhole));
      csv::Writer writer(output.fd(), config.format);
      BatchOptions options;
      options.strict = config.strict;
      options.baseline = config.baseline ? &set : nullptr;
      options.policy = policy;
      summary = run(set, reader, writer, options);
      writer.flush();
    } catch (const InputError&) {
      continue;
    } catch (const csv::FormatError&) {
      continue;
    }
    require(summary.failed + summary.paid <= summary.rows, "more rows failed or answered than read");
    require(summary.errors.size() <= summary.failed, "more error messages than failed rows");
    require(summary.total.fen >= 0, "a negative total");
    Money by_article;
    for (const auto& t : summary.by_article) by_article += t.amount;
    require(summary.kind == BatchKind::Deadline || by_article == summary.total,
            "totals by article that do not add up to the total");
    require(summary.change.has_value() == (config.baseline && summary.kind != BatchKind::Deadline),
            "a change summary without --baseline, or none with it");
    if (summary.change)
      require(summary.change->current == summary.total && summary.change->baseline == summary.total &&
                  summary.change->claims.gain == 0 && summary.change->claims.lose == 0 &&
                  summary.change->claims.same == summary.rows - summary.failed && summary.change->largest.empty(),
              "the same policies as baseline changed something");
    if (config.format == csv::OutputFormat::Csv)
      require_csv_output(input, output.contents(), summary.rows);
    else
      require_json_output(output.contents(), summary.rows);
    (void)batch_summary_text(summary);
    (void)batch_summary_json(summary).dump();
  }
}

}  // namespace hdpolicy::fuzz
