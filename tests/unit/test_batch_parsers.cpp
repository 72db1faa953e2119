// The subsidy batch's fast row parser (parse_row) against the general parser
// (subsidy_row_check.hpp) on the same cells: a few thousand rows generated
// here, with good, empty, boundary and bad cells of every column, and every
// row of the CSV inputs in examples/ and tests/fixtures/batch/.
// bench/check_parsers.sh does it on a million rows.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "batch/subsidy_row_check.hpp"
#include "hdpolicy/csv.hpp"
#include "hdpolicy/errors.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;
using namespace hdpolicy::batch_detail;

namespace {

using Texts = std::vector<std::string>;

// Names of a choice list as a cell may give them: ids, aliases, and near misses.
template <typename T>
Texts names_of(const std::vector<T>& items) {
  Texts names = {"unknown", "x", "其他", std::string(30, 'x'), "other "};
  for (const auto& item : items) {
    names.push_back(item.id);
    names.push_back(" " + item.id);
    names.push_back(item.id + "x");
    std::string upper = item.id;
    for (char& ch : upper) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
    names.push_back(upper);
    for (const auto& a : item.aliases) {
      names.push_back(a);
      names.push_back(a + a);
      names.push_back(a.substr(0, a.size() / 2));
    }
  }
  return names;
}

// Cells for one input of the table, by its kind: good, boundary and bad.
Texts cells_of(const PolicySet& set, const InputDef& def) {
  switch (def.kind) {
    case FactKind::Money:
      return {"0",
              "1",
              "0.5",
              "0.50",
              "0.05",
              "0.505",
              "1.",
              ".5",
              "80000",
              "80000.5",
              "80000.50",
              "80000.505",
              "123456789012345",
              "999999999999999",
              "999999999999999.9",
              "999999999999999.99",
              "1000000000000000",
              "1000000000000000.0",
              "1000000000000000.00",
              "1000000000000000.01",
              "1234567890123456",
              "9999999999999999",
              "10000000000000000",
              "00012",
              "0000000000000001",
              "-1",
              "+1",
              "-0",
              "- 1",
              " 1",
              "1 ",
              "1 000",
              "1,000",
              "1e5",
              "0x10",
              "八万",
              "１２",
              "1.2.3",
              "1..5",
              "12a4",
              "."};
    case FactKind::Count:
      return {"0",
              "1",
              "12",
              "007",
              "999999999999",
              "000000000000",
              "0000000000000",
              "1000000000000",
              "1000000000001",
              "0001000000000000",
              "9999999999999",
              "9223372036854775807",
              "9223372036854775808",
              "18446744073709551616",
              "-1",
              "+1",
              " 1",
              "1 ",
              "1.0",
              "1.",
              "abc",
              "１",
              "1e3"};
    case FactKind::Year:
      return {"1899",  "1900",  "1901", "2025", "2200", "2201", "0999",  "999",   "99",    "20250",
              "01900", "02025", "+190", "-190", "19 0", "19a0", "2025.", " 2025", "2025 ", "２０２５"};
    case FactKind::YesNo:
      return {"yes", "no", "YES", "Yes", "NO", "true", "false", "TRUE", "True", "y",    "n",   "Y",
              "1",   "0",  "是",  "否",  "on", "off",  "ye",    "yess", " yes", "yes ", "nope"};
    case FactKind::Date:
      return {"2026-02-28", "2026-02-29",       "2024-02-29",  "1900-02-29",  "2000-02-29",    "2026-12-31",
              "2026-04-31", "2026-13-01",       "2026-00-10",  "2026-01-00",  "2026-1-01",     "2026/01/01",
              "20260101",   "2026-01-01T00:00", " 2026-01-01", "2026-01-01 ", "1899-12-31",    "1900-01-01",
              "2299-12-31", "2300-01-01",       "0000-01-01",  "9999-12-31",  "２０２６-01-01"};
    case FactKind::Choice:
      return def.choices == Choices::SubsidyTypes ? names_of(set.subsidy.types) : names_of(set.subsidy.industries);
    case FactKind::Key:
      return {"E1", " ", std::string(40, 'k')};
    case FactKind::Area:  // no subsidy input is one: declared facts only (benefit.hpp)
    case FactKind::Rate:
      break;
  }
  return {};
}

// A row's cells as the reader gives them: each followed by padding, here
// bytes that would be wrong to read as part of it.
class Row {
 public:
  explicit Row(const Texts& texts) {
    for (std::size_t i = 0; i < kSubsidyRowCells; ++i) {
      buffers_[i] = (i < texts.size() ? texts[i] : std::string()) + "9.9a" + std::string(csv::kCellPadding, '5');
      cells_[i] = std::string_view(buffers_[i]).substr(0, i < texts.size() ? texts[i].size() : 0);
    }
  }
  const std::string_view* cells() const { return cells_; }

 private:
  std::string buffers_[kSubsidyRowCells];
  std::string_view cells_[kSubsidyRowCells];
};

struct Tally {
  int rows = 0, accepted = 0;
};

// Whether the general parser accepted the row (the check's verdict on it is a CHECK).
bool require_agreement(const SubsidyRowCheck& check, const Texts& texts, Tally& tally) {
  bool accepted = false;
  std::string row;
  for (const std::string& t : texts) row += t + "|";
  CAPTURE(row);
  CHECK(check.mismatch(Row(texts).cells(), accepted) == "");
  ++tally.rows;
  tally.accepted += accepted;
  return accepted;
}

// Every cell of every input in turn, in a row otherwise good: facts empty,
// then all given (the specialised path reads each fact only when the ones
// before it were read). Returns, per input, the cells accepted there.
std::vector<Texts> each_cell(const PolicySet& set, const SubsidyRowCheck& check, const std::vector<Texts>& values,
                             Tally& tally) {
  std::vector<Texts> good(values.size());
  const auto table = subsidy_inputs();
  Texts base(kSubsidyRowCells), full(kSubsidyRowCells);
  for (std::size_t i = 0; i < table.size(); ++i) base[i] = full[i] = i < kSubsidyFirstFact ? values[i][0] : "";
  base[kSubsidyType] = full[kSubsidyType] = set.subsidy.types[0].id;
  base[kSubsidyPremium] = full[kSubsidyPremium] = "80000";
  base[kSubsidyDate] = full[kSubsidyDate] = "2026-03-01";
  for (std::size_t i = kSubsidyFirstFact; i < table.size(); ++i) full[i] = values[i][0];
  full[kSubsidyFirstFact] = set.subsidy.industries[0].id;
  require_agreement(check, base, tally);
  require_agreement(check, full, tally);
  for (std::size_t i = 0; i < table.size(); ++i) {
    for (const Texts* row : {&base, &full}) {
      for (const std::string& v : values[i]) {
        Texts r = *row;
        r[i] = v;
        if (require_agreement(check, r, tally) && row == &base) good[i].push_back(v);
      }
      Texts empty = *row;
      empty[i].clear();
      require_agreement(check, empty, tally);
    }
  }
  return good;
}

// Rows mixing good cells at random (each empty one time in four), one cell
// in every other row any of the values.
void mixed(const SubsidyRowCheck& check, const std::vector<Texts>& good, const std::vector<Texts>& values, int rows,
           Tally& tally) {
  std::uint64_t state = 20251201;
  auto pick = [&](std::size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % n);
  };
  for (int n = 0; n < rows; ++n) {
    Texts r(kSubsidyRowCells);
    for (std::size_t i = 0; i < good.size(); ++i)
      r[i] = pick(4) == 0 || good[i].empty() ? "" : good[i][pick(good[i].size())];
    if (pick(2) == 0) {
      const std::size_t i = pick(values.size());
      r[i] = values[i][pick(values[i].size())];
    }
    require_agreement(check, r, tally);
  }
}

}  // namespace

TEST_CASE("batch subsidy: parse_row refuses and accepts what the general parser does, with the same claim") {
  const PolicySet& set = testing::shipped_policies();
  const SubsidyRowCheck check(set);
  std::vector<Texts> values;
  for (const InputDef& def : subsidy_inputs()) values.push_back(cells_of(set, def));
  // Good values first (each_cell builds its rows from them): the most common.
  values[kSubsidyType].insert(values[kSubsidyType].begin(), set.subsidy.types[0].id);
  for (std::size_t i = kSubsidyFirstFact; i < values.size(); ++i)
    if (subsidy_inputs()[i].kind == FactKind::Choice) values[i].insert(values[i].begin(), set.subsidy.industries[0].id);
  Tally tally;
  const std::vector<Texts> good = each_cell(set, check, values, tally);
  mixed(check, good, values, 3000, tally);
  CHECK(tally.rows > 3000);
  // Both sides of the comparison are exercised: many rows accepted, many refused.
  CHECK(tally.accepted > tally.rows / 10);
  CHECK(tally.rows - tally.accepted > tally.rows / 10);
}

TEST_CASE("batch subsidy: parse_row reads no fact with a bound of its own, which the general parser would check") {
  // read_input refuses a count over InputDef::max; parse_row does not look.
  for (const InputDef& def : subsidy_facts()) {
    CAPTURE(def.id);
    CHECK(def.max == 0);
  }
}

TEST_CASE("batch subsidy: parse_row and the general parser agree on every row of the example and fixture inputs") {
  const PolicySet& set = testing::shipped_policies();
  std::vector<std::filesystem::path> files;
  for (const char* dir : {HDPOLICY_SOURCE_DIR "/examples", HDPOLICY_SOURCE_DIR "/tests/fixtures/batch"})
    for (const auto& entry : std::filesystem::directory_iterator(dir))
      if (entry.path().extension() == ".csv") files.push_back(entry.path());
  std::uint64_t rows = 0, subsidy_files = 0;
  for (const auto& path : files) {
    CAPTURE(path.string());
    std::FILE* in = std::fopen(path.c_str(), "rb");
    REQUIRE(in);
    try {
      const bool gb18030 = path.filename().string().starts_with("gb18030");
      auto source = csv::fd_source(fileno(in));
      csv::Reader reader(gb18030 ? csv::gb18030_source(std::move(source)) : std::move(source));
      RowCheck r = check_subsidy_rows(set, reader);
      for (const std::string& m : r.first) FAIL_CHECK(m);
      CHECK(r.mismatches == 0);
      rows += r.rows;
      ++subsidy_files;
    } catch (const InputError&) {
      // Not a subsidy input (hires, deadlines, a missing column).
    } catch (const csv::FormatError&) {
      // Not readable CSV (invalid UTF-8 or GB18030): the batch reads no row of it either.
    }
    std::fclose(in);
  }
  CHECK(subsidy_files >= 8);
  CHECK(rows > 50);
}
