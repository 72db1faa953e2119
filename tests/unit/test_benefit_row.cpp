// The batch's fast reader of a declared document's row (BenefitRowReader)
// against read_benefit_facts on the same cells, for every declared document
// of tests/shapes/ and the shipped policies: each fact's cell replaced in
// turn by good, boundary and bad texts of its kind, and a few thousand rows
// of such cells mixed. Whenever the fast reader accepts a row, the general
// one must accept it too and give the same claim; a row the fast reader
// leaves goes to the general one in a batch, so it is only counted.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "batch/benefit_row.hpp"
#include "hdpolicy/benefit.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_source.hpp"

using namespace hdpolicy;
using namespace hdpolicy::batch_detail;

namespace {

using Texts = std::vector<std::string>;

Texts cells_of(const FactTable& t, std::size_t row) {
  const InputDef& def = t.rows[row];
  switch (def.kind) {
    case FactKind::Money:
      return {"0",
              "1",
              "0.5",
              "0.05",
              "0.505",
              "1.",
              ".5",
              "80000",
              "80000.50",
              "80000.505",
              "999999999999999.99",
              "1000000000000000",
              "1000000000000000.01",
              "00012",
              "-1",
              "+1",
              " 1",
              "1 ",
              "1,000",
              "1e5",
              "八万",
              "１２"};
    case FactKind::Count:
      return {"0",
              "1",
              "12",
              "007",
              "999999999999",
              "1000000000000",
              "1000000000001",
              "9223372036854775808",
              "-1",
              "+1",
              " 1",
              "1.0",
              "abc",
              "１"};
    case FactKind::Year:
      return {"1899", "1900", "2025", "2200", "2201", "999", "02025", "19a0", " 2025", "２０２５"};
    case FactKind::YesNo:
      return {"yes", "no", "YES", "true", "1", "0", "是", "否", "ye", " yes"};
    case FactKind::Date:
      return {"2025-10-01", "2026-02-28", "2026-02-29",  "2024-02-29", "2026-04-31", "2026-13-01",
              "2026-1-01",  "20260101",   " 2026-01-01", "1899-12-31", "2300-01-01", "2027-12-31"};
    case FactKind::Choice: {
      Texts names = {"unknown", "x", std::string(30, 'x')};
      for (const ChoiceValue& v : t.extra[row].choices) {
        names.push_back(v.id);
        names.push_back(v.name.zh);
        names.push_back(" " + v.id);
        names.push_back(v.id + "x");
        for (const std::string& a : v.aliases) names.push_back(a);
      }
      return names;
    }
    case FactKind::Key:
      return {"E1", "P7", std::string(40, 'k')};
    case FactKind::Area:
      return {"100", "100.5", "0", "-1", "abc"};
    case FactKind::Rate:
      return {"20%", "0.2", "abc"};
  }
  return {};
}

// The cells of a row as csv::Reader gives them: each followed by padding,
// here digits that would be wrong to read as part of it.
class PaddedRow {
 public:
  explicit PaddedRow(const Texts& texts) {
    for (const std::string& t : texts) {
      at_.push_back(buffer_.size());
      buffer_ += t;
      buffer_ += std::string(32, '7');
    }
    for (std::size_t i = 0; i < texts.size(); ++i) cells_.emplace_back(buffer_.data() + at_[i], texts[i].size());
  }
  const std::string_view* data() const { return cells_.data(); }

 private:
  std::string buffer_;
  std::vector<std::size_t> at_;
  std::vector<std::string_view> cells_;
};

struct Tally {
  int accepted = 0, left = 0;
};

// One row through both readers.
void compare(const BenefitPolicy& p, const BenefitRowReader& fast, const Texts& texts, Tally& tally) {
  const PaddedRow row(texts);
  BenefitClaim quick;
  if (!fast.read(row.data(), quick)) {
    ++tally.left;
    return;
  }
  ++tally.accepted;
  InputTexts in(p.inputs());
  for (std::size_t f = 0; f < texts.size(); ++f) in[f] = row.data()[f];
  BenefitClaim general;
  try {
    read_benefit_facts(p, in, FieldStyle::Column, Date{}, general);
  } catch (const InputError& e) {
    FAIL_CHECK("the fast reader accepted a row the general one refuses: " << e.what());
    return;
  }
  REQUIRE(quick.facts.size() == general.facts.size());
  for (std::size_t f = 0; f < general.facts.size(); ++f) {
    INFO("document " << p.id << ", fact " << p.inputs()[f].id << ", cell '" << (f < texts.size() ? texts[f] : "")
                     << "'");
    CHECK(quick.facts[f].known == general.facts[f].known);
    CHECK(quick.facts[f].value == general.facts[f].value);
  }
  CHECK(quick.date == general.date);
  CHECK(quick.defaulted == general.defaulted);
}

// A row every fact of which is a good text of its kind (a choice's first id).
Texts good_row(const FactTable& t, std::size_t columns) {
  Texts row;
  for (std::size_t f = 0; f < columns; ++f) {
    switch (t.rows[f].kind) {
      case FactKind::Choice:
        row.push_back(t.extra[f].choices.front().id);
        break;
      case FactKind::Date:
        row.push_back("2025-10-01");
        break;
      case FactKind::Year:
        row.push_back("2025");
        break;
      case FactKind::YesNo:
        row.push_back("yes");
        break;
      case FactKind::Key:
        row.push_back("E1");
        break;
      case FactKind::Rate:
        row.push_back("20%");
        break;
      default:  // counts, amounts, areas
        row.push_back("12");
    }
  }
  return row;
}

std::size_t column_count(const FactTable& t) {
  std::size_t n = 0;
  while (n < t.rows.size() && (t.rows[n].where & kInColumn)) ++n;
  return n;
}

Tally check_document(const BenefitPolicy& p) {
  const FactTable& t = *p.facts;
  const BenefitRowReader fast(p);
  const std::size_t columns = column_count(t);
  Tally tally;
  const Texts good = good_row(t, columns);
  compare(p, fast, good, tally);
  for (std::size_t f = 0; f < columns; ++f) {
    Texts row = good;
    for (const std::string& cell : cells_of(t, f)) {
      row[f] = cell;
      compare(p, fast, row, tally);
    }
    row[f] = "";
    compare(p, fast, row, tally);
  }
  std::mt19937 random(20251016);
  for (int i = 0; i < 2000; ++i) {
    Texts row = good;
    for (std::size_t f = 0; f < columns; ++f) {
      const Texts cells = cells_of(t, f);
      const std::size_t pick = random() % (cells.size() + 2);  // now and then empty, or left good
      if (pick < cells.size()) row[f] = cells[pick];
      if (pick == cells.size()) row[f] = "";
    }
    compare(p, fast, row, tally);
  }
  return tally;
}

PolicySet load_dir(const std::string& dir) { return load_policy_set(read_policy_dir(HDPOLICY_SOURCE_DIR + dir)); }

}  // namespace

TEST_CASE("batch rows of declared documents: the fast reader gives what read_benefit_facts gives") {
  for (const char* dir : {"/tests/shapes/insurance", "/tests/shapes/policies", "/tests/shapes/stacked",
                          "/tests/shapes/hiring", "/policies"}) {
    const PolicySet set = load_dir(dir);
    for (const BenefitPolicy& p : set.benefits) {
      INFO(dir << ": " << p.id);
      const Tally tally = check_document(p);
      // Linked facts (the hiring subsidy's dates) are left to the general reader, row by row.
      if (p.facts->links) {
        CHECK(tally.accepted == 0);
        continue;
      }
      // Else the good row and most rows with one good cell changed are read fast.
      CHECK(tally.accepted > 50);
      CHECK(tally.left > 50);
    }
  }
}
