// A batch kind end to end on fuzzed CSV, as `hdpolicy batch KIND` runs it
// but in memory: CSV output without --strict, JSON Lines with it. Checked:
// no crash or sanitizer report; errors only of the documented kinds (a
// missing column is an InputError, an unreadable file a csv::FormatError);
// the summary's counts agree with each other and with the output, which has
// one row per input row after its header; the summary prints.
#pragma once

#include <nlohmann/json.hpp>

#include "fuzz_support.hpp"
#include "hdpolicy/batch.hpp"
#include "hdpolicy/errors.hpp"

namespace hdpolicy::fuzz {

using BatchRunner = BatchSummary (*)(const PolicySet&, csv::Reader&, csv::Writer&, const BatchOptions&);

// Output records after the header: CSV records read back, or JSON lines.
inline std::uint64_t output_rows(const std::string& written, csv::OutputFormat format) {
  if (format == csv::OutputFormat::JsonLines) {
    std::uint64_t lines = 0;
    for (std::size_t start = 0; start < written.size(); ++lines) {
      std::size_t nl = written.find('\n', start);
      require(nl != std::string::npos, "a JSON line without its newline");
      require(nlohmann::json::parse(written.substr(start, nl - start), nullptr, false).is_object(), "a JSON line that is not an object");
      start = nl + 1;
    }
    return lines;
  }
  csv::Reader back(memory_source(written, kWhole));
  csv::Cells cells;
  std::uint64_t records = 0;
  try {
    while (back.next(cells)) ++records;
  } catch (const csv::FormatError&) {
    require(false, "the batch's CSV output is not readable CSV");
  }
  require(records > 0, "CSV output without its header");
  return records - 1;
}

inline void check_batch(std::string_view input, BatchRunner run) {
  const PolicySet& set = shipped_policies();
  struct Config {
    csv::OutputFormat format;
    bool strict;
  };
  for (Config config : {Config{csv::OutputFormat::Csv, false}, Config{csv::OutputFormat::JsonLines, true}}) {
    MemoryFile output;
    BatchSummary summary;
    try {
      csv::Reader reader(memory_source(input, kWhole));
      csv::Writer writer(output.fd(), config.format);
      BatchOptions options;
      options.strict = config.strict;
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
    require(summary.kind == "deadline" || by_article == summary.total, "totals by article that do not add up to the total");
    require(output_rows(output.contents(), config.format) == summary.rows, "not one output row per input row");
    (void)batch_summary_text(summary);
    (void)batch_summary_json(summary).dump();
  }
}

}  // namespace hdpolicy::fuzz
