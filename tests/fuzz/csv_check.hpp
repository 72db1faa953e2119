// The CSV reader's promises, checked on whatever it reads:
// - the same records (or the same error) however the input is cut into
//   reads, and through next() or next_records();
// - a record's verbatim bytes are its cells joined by commas, and a record
//   said to hold no formula-like cell holds none;
// - what the writer writes of the records reads back as the same cells
//   (with the leading ' of neutralised ones), in CSV and in JSON Lines.
#pragma once

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "hdpolicy/csv.hpp"

namespace hdpolicy::fuzz {

struct Record {
  std::uint64_t line = 0;
  std::vector<std::string> cells;
  friend bool operator==(const Record&, const Record&) = default;
};

struct ReadOutcome {
  std::vector<Record> records;
  std::optional<std::string> error;  // a csv::FormatError's message
};

inline bool starts_like_formula(const std::string& cell) {
  return !cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t');
}

inline void add_record(ReadOutcome& out, const csv::RecordInfo& info, const csv::Cells& cells) {
  Record r{info.line, {}};
  std::string joined;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    r.cells.emplace_back(cells[i]);
    if (i) joined += ',';
    joined += cells[i];
    if (!info.may_be_formula)
      require(!starts_like_formula(r.cells.back()), "a formula-like cell in a record said to hold none");
  }
  require(!cells.empty(), "a record without cells");
  require(info.verbatim.empty() || info.verbatim == joined, "verbatim bytes that are not the cells joined by commas");
  require(out.records.empty() || out.records.back().line < r.line, "record lines not increasing");
  out.records.push_back(std::move(r));
}

// Every record of `reader`, one call at a time or up to eight at once.
inline ReadOutcome read_all(csv::Reader& reader, bool batched) {
  ReadOutcome out;
  try {
    if (batched) {
      csv::Cells cells[8];
      csv::RecordInfo info[8];
      while (std::size_t n = reader.next_records(cells, info, 8))
        for (std::size_t i = 0; i < n; ++i) add_record(out, info[i], cells[i]);
    } else {
      csv::Cells cells;
      while (reader.next(cells)) add_record(out, reader.info(), cells);
    }
  } catch (const csv::FormatError& e) {
    out.error = e.what();
  }
  return out;
}

// The same input read whole and read in small pieces gives the same result.
inline void require_same(const ReadOutcome& whole, const ReadOutcome& pieces) {
  require(whole.error == pieces.error, "a different error when the input arrives in pieces");
  if (!whole.error) require(whole.records == pieces.records, "different records when the input arrives in pieces");
}

// Writes the records as CSV and reads them back.
inline void require_csv_round_trip(const std::vector<Record>& records) {
  MemoryFile file;
  {
    csv::Writer w(file.fd());
    w.bom();  // as the batch does for input that had one: a first cell starting with U+FEFF then survives
    for (const auto& r : records) {
      for (const auto& c : r.cells) w.text(c);
      w.end_row();
    }
    w.flush();
  }
  std::string written = file.contents();
  csv::Reader again(memory_source(written, kWhole));
  ReadOutcome back = read_all(again, false);
  require(!back.error, "the writer's output is not readable CSV");
  std::size_t j = 0;
  for (const auto& r : records) {
    if (r.cells.size() == 1 && r.cells[0].empty()) continue;  // written as a blank line, which is no record
    require(j < back.records.size(), "fewer records read back than written");
    const auto& got = back.records[j++].cells;
    require(got.size() == r.cells.size(), "a different number of cells read back");
    for (std::size_t i = 0; i < got.size(); ++i) {
      const std::string& c = r.cells[i];
      require(got[i] == (csv::needs_neutralising(c) ? std::string(1, '\'').append(c) : c),
              "a cell read back differently from what was written");
    }
  }
  require(j == back.records.size(), "more records read back than written");
}

// Writes the records as JSON Lines (keys c0, c1, ...) and parses each line.
inline void require_json_round_trip(const std::vector<Record>& records) {
  std::size_t width = 0;
  for (const auto& r : records) width = std::max(width, r.cells.size());
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < width; ++i) keys.push_back(fmt::format("c{}", i));
  MemoryFile file;
  {
    csv::Writer w(file.fd(), csv::OutputFormat::JsonLines);
    w.header(keys);
    for (const auto& r : records) {
      for (const auto& c : r.cells) w.text(c);
      w.end_row();
    }
    w.flush();
  }
  std::string written = file.contents();
  std::size_t start = 0;
  for (const auto& r : records) {
    std::size_t nl = written.find('\n', start);
    require(nl != std::string::npos, "fewer JSON lines than records");
    nlohmann::json row = nlohmann::json::parse(written.substr(start, nl - start), nullptr, false);
    require(row.is_object() && row.size() == r.cells.size(), "a JSON line that is not an object of the record's cells");
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      const auto& v = row[keys[i]];
      require(v.is_string() && v.get<std::string>() == r.cells[i], "a JSON value that is not the cell");
    }
    start = nl + 1;
  }
  require(start == written.size(), "more JSON lines than records");
}

// The whole check, given how to make a reader over some bytes.
template <class MakeReader>
void check_csv(std::string_view input, MakeReader make_reader) {
  csv::Reader whole_reader = make_reader(input, std::span<const std::size_t>(kWhole));
  ReadOutcome whole = read_all(whole_reader, false);
  csv::Reader piece_reader = make_reader(input, std::span<const std::size_t>(kSmallPieces));
  require_same(whole, read_all(piece_reader, true));
  if (whole.error) return;
  require_csv_round_trip(whole.records);
  require_json_round_trip(whole.records);
}

}  // namespace hdpolicy::fuzz
