// The batch's fast paths against the general code they stand in for: each
// must accept exactly what the general parser accepts, with the same value,
// or leave the cell to it.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "batch/batch_columns.hpp"
#include "batch/batch_digits.hpp"
#include "batch/batch_index.hpp"
#include "csv/in_place.hpp"
#include "hdpolicy/csv.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/money.hpp"

using namespace hdpolicy;
using namespace hdpolicy::batch_detail;

namespace {

// A cell as the reader gives it: followed by padding, here bytes that would
// be wrong to read as part of it (digits, a dot).
struct PaddedCell {
  std::string buffer;
  explicit PaddedCell(std::string_view cell) : buffer(std::string(cell) + std::string(csv::kCellPadding, '7')) {
    buffer[cell.size()] = '.';
  }
  std::string_view view(std::size_t n) const { return {buffer.data(), n}; }
};

std::vector<std::string> amount_cells() {
  std::vector<std::string> cells = {"0",
                                    "1",
                                    "80000",
                                    "80000.5",
                                    "80000.50",
                                    "0.01",
                                    "33333.33",
                                    "10000000.01",
                                    "999999999999999",
                                    "999999999999999.99",
                                    "1000000000000000",
                                    "00012",
                                    "12345678",
                                    "123456789",
                                    "1234567890123456",
                                    "",
                                    ".5",
                                    "5.",
                                    "5.123",
                                    "1,000",
                                    "-5",
                                    "+5",
                                    "1e5",
                                    " 5",
                                    "5 ",
                                    "12a4",
                                    "八万",
                                    "1.2.3",
                                    "1..5",
                                    "99999999.9",
                                    "0000000000000001"};
  return cells;
}

}  // namespace

TEST_CASE("plain_amount_fen: whatever it accepts, parse_money accepts with the same fen") {
  for (const std::string& text : amount_cells()) {
    CAPTURE(text);
    PaddedCell cell(text);
    std::int64_t fen = -1;
    bool fast = plain_amount_fen(cell.view(text.size()), fen);
    auto general = parse_money(text);
    if (fast) {
      REQUIRE(general.has_value());
      CHECK(general->fen == fen);
    }
  }
  // The common cells take the fast path (else it would be no faster).
  std::int64_t fen = 0;
  CHECK((plain_amount_fen(PaddedCell("80000").view(5), fen) && fen == 8'000'000));
  CHECK((plain_amount_fen(PaddedCell("33333.3").view(7), fen) && fen == 3'333'330));
  CHECK((plain_amount_fen(PaddedCell("10000000.01").view(11), fen) && fen == 1'000'000'001));
  CHECK((plain_amount_fen(PaddedCell("999999999999999.99").view(18), fen) && fen == 99'999'999'999'999'999));
  // 16 digits: left to parse_money, which takes exactly 10^15 yuan and refuses more.
  CHECK_FALSE(plain_amount_fen(PaddedCell("1000000000000000").view(16), fen));
  CHECK(parse_money("1000000000000000")->fen == kMaxFen);
  CHECK_FALSE(parse_money("1000000000000000.01").has_value());
}

TEST_CASE("all_digits: digits only, never the padding after the cell") {
  std::uint64_t v = 0;
  for (std::size_t n = 1; n <= 16; ++n) {
    std::string digits = std::string("9876543210123456").substr(0, n);
    CAPTURE(digits);
    REQUIRE(all_digits(PaddedCell(digits).view(n), v));
    CHECK(v == std::stoull(digits));
  }
  CHECK_FALSE(all_digits(PaddedCell("").view(0), v));
  CHECK_FALSE(all_digits(PaddedCell("12a").view(3), v));
  CHECK_FALSE(all_digits(PaddedCell("1234567/").view(8), v));   // '/' is just below '0'
  CHECK_FALSE(all_digits(PaddedCell("12345678:").view(9), v));  // ':' is just above '9'
  CHECK_FALSE(all_digits(PaddedCell("-1").view(2), v));
  CHECK_FALSE(all_digits(PaddedCell("12345678901234567").view(17), v));
  // A count cell: what parse_count accepts with digits only, the same number.
  for (std::string_view text : {"0", "80", "101", "2025", "123456789012", "1000000000000"}) {
    CAPTURE(text);
    REQUIRE(all_digits(PaddedCell(text).view(text.size()), v));
    CHECK(static_cast<std::int64_t>(v) == *parse_count(text));
  }
}

TEST_CASE("counts: parse_count and the batch's plain_count accept exactly 0..10^12, digits only, with the same value") {
  // The bound input.hpp documents, on both sides of it and in every length the fast path reads.
  CHECK(*parse_count("1000000000000") == kMaxCount);
  CHECK(*parse_count("999999999999") == kMaxCount - 1);
  CHECK(*parse_count("0000000000000000000080") == 80);  // leading zeros of any length are still 80
  for (const char* refused :
       {"1000000000001", "9999999999999", "10000000000000", "9223372036854775807", "99999999999999999999999", "-0",
        "-1", "+1", "", " 1", "1 ", "1.0", "1e3", "0x10", "１２"}) {
    CAPTURE(refused);
    CHECK_FALSE(parse_count(refused).has_value());
    CHECK_THROWS_WITH_AS(input_count(refused, "employees"),
                         doctest::Contains("is not accepted: a whole number from 0 to 10^12"), InputError);
  }
  const std::vector<std::string> cells = {"0",
                                          "7",
                                          "80",
                                          "101",
                                          "2025",
                                          "12345678",
                                          "123456789",
                                          "999999999999",
                                          "1000000000000",
                                          "1000000000001",
                                          "9999999999999",
                                          "0001000000000000",
                                          "0000000000000001",
                                          "1000000000000000",
                                          "9999999999999999",
                                          "00000000000000001",
                                          "-0",
                                          "+1",
                                          "",
                                          "1 ",
                                          "1.0",
                                          "12a"};
  for (const std::string& text : cells) {
    CAPTURE(text);
    std::int64_t fast = -1;
    bool took = plain_count(PaddedCell(text).view(text.size()), fast);
    auto general = parse_count(text);
    if (took) {
      REQUIRE(general.has_value());
      CHECK(fast == *general);
    }
  }
  // The common cells take the fast path; from 13 digits on (10^12 itself among them) parse_count judges.
  std::int64_t v = 0;
  CHECK((plain_count(PaddedCell("80").view(2), v) && v == 80));
  CHECK((plain_count(PaddedCell("999999999999").view(12), v) && v == kMaxCount - 1));
  CHECK_FALSE(plain_count(PaddedCell("1000000000000").view(13), v));
  CHECK_FALSE(plain_count(PaddedCell("9999999999999").view(13), v));
}

TEST_CASE("padded_key: the same key however it was read, and distinct keys apart") {
  TextMap map;
  std::vector<std::string> keys = {"E1",
                                   "E001",
                                   "E002236",
                                   "91110108MA01ABCDE1",
                                   "12345678",
                                   "123456789",
                                   "1234567890123456",
                                   "12345678901234567",
                                   "123456789012345678901234",
                                   "1234567890123456789012345 (longer than 24)",
                                   "企业甲",
                                   ""};
  for (std::size_t i = 0; i < keys.size(); ++i) CHECK(map.find_or_insert(keys[i], static_cast<std::uint32_t>(i)) == i);
  CHECK(map.size() == keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    CAPTURE(keys[i]);
    PaddedCell cell(keys[i]);
    TextKey padded = padded_key(cell.view(keys[i].size()));
    TextKey copied = text_key(keys[i]);
    CHECK(padded.hash == copied.hash);
    CHECK(map.find(padded) == static_cast<std::int64_t>(i));
    // A prefix of the key, as bytes of the padding would make it, is another key.
    if (!keys[i].empty()) CHECK(map.find(padded_key(cell.view(keys[i].size() - 1))) != static_cast<std::int64_t>(i));
  }
  CHECK(map.find("E0022") == -1);
}

TEST_CASE("put_money and put_int write what append_money and append_int do") {
  for (long long fen :
       {0LL, 1LL, 9LL, 10LL, 99LL, 100LL, 4'000'000LL, 1'000'000'001LL, -1LL, -250LL, 99'999'999'999'999'999LL}) {
    char buf[32];
    std::string s;
    append_money(s, fen);
    CHECK(std::string(buf, put_money(buf, fen)) == s);
  }
  char buf[32];
  CHECK(std::string(buf, put_money(buf, 4'000'000)) == "40000.00");
  CHECK(std::string(buf, put_money(buf, 5)) == "0.05");
  CHECK(std::string(buf, put_money(buf, -250)) == "-2.50");
  CHECK(std::string(buf, put_int(buf, 2026)) == "2026");
  CHECK(std::string(buf, put_int(buf, 0)) == "0");
  CHECK(std::string(buf, put_int(buf, 999)) == "999");
  CHECK(std::string(buf, put_int(buf, 10000)) == "10000");
  CHECK(std::string(buf, put_int(buf, -42)) == "-42");
}

TEST_CASE("csv writer: a row written in place equals the same row written cell by cell") {
  auto written = [](auto write) {
    std::FILE* tmp = std::tmpfile();
    {
      csv::Writer w(fileno(tmp));
      write(w);
      w.flush();
    }
    std::rewind(tmp);
    std::string out;
    for (int c; (c = std::fgetc(tmp)) != EOF;) out.push_back(static_cast<char>(c));
    std::fclose(tmp);
    return out;
  };
  const std::vector<std::string> cells = {"plain", "with,comma", "say \"hi\"", "=SUM(A1)", "-5", "line\nbreak", ""};
  std::string by_cell = written([&](csv::Writer& w) {
    for (const auto& c : cells) w.text(c);
    w.end_row();
  });
  std::string in_place = written([&](csv::Writer& w) {
    std::size_t room = 0;
    for (const auto& c : cells) room += csv::max_text(c.size()) + 1;
    char* p = csv::row_room(w, room);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) *p++ = ',';
      p = csv::put_text(p, cells[i]);
    }
    *p++ = '\n';
    csv::commit_row(w, p);
  });
  CHECK(in_place == by_cell);
  CHECK(by_cell == "plain,\"with,comma\",\"say \"\"hi\"\"\",'=SUM(A1),-5,\"line\nbreak\",\n");
  // Rows that together pass the flush size, and one row larger than the buffer.
  std::string big(3 << 20, 'x');
  std::string many = written([&](csv::Writer& w) {
    for (int i = 0; i < 3; ++i) {
      char* p = csv::row_room(w, csv::max_text(big.size()) + 1);
      p = csv::put_text(p, big);
      *p++ = '\n';
      csv::commit_row(w, p);
    }
  });
  CHECK(many.size() == 3 * (big.size() + 1));
}

TEST_CASE("csv reader: next_records gives the same records as next, and all their views stay valid") {
  // Plain rows, then a quoted one, a CRLF one and a blank line (each needs
  // the general path, so a batch stops before it), in a file long enough to
  // be read in several blocks.
  std::string text = "id,enterprise_id,note\n";
  for (int i = 0; i < 40000; ++i) {
    text += fmt::format("A{},E{},", i, i % 977);
    switch (i % 101) {
      case 7:
        text += "\"quoted, with comma\"\n";
        break;
      case 8:
        text += "crlf\r\n";
        break;
      case 9:
        text += "=1+1\n\n";
        break;
      default:
        text += "plain\n";
    }
  }
  auto reader_over = [&](std::FILE* tmp) {
    std::rewind(tmp);
    return csv::Reader(csv::fd_source(fileno(tmp)));
  };
  std::FILE* tmp = std::tmpfile();
  std::fputs(text.c_str(), tmp);
  std::fflush(tmp);

  struct Row {
    std::vector<std::string> cells;
    std::uint64_t line;
    std::string verbatim;
    bool may_be_formula;
  };
  std::vector<Row> one_by_one;
  {
    csv::Reader r = reader_over(tmp);
    csv::Cells f;
    while (r.next(f))
      one_by_one.push_back(
          {std::vector<std::string>(f.begin(), f.end()), r.line(), std::string(r.verbatim()), r.cell_may_be_formula()});
  }
  std::vector<Row> batched;
  std::size_t batches = 0;
  {
    csv::Reader r = reader_over(tmp);
    std::array<csv::Cells, 32> cells;
    std::array<csv::RecordInfo, 32> info;
    while (std::size_t n = r.next_records(cells.data(), info.data(), cells.size())) {
      ++batches;
      // Read every record of the batch only once the whole batch is in: the views must all still hold.
      for (std::size_t k = 0; k < n; ++k)
        batched.push_back({std::vector<std::string>(cells[k].begin(), cells[k].end()), info[k].line,
                           std::string(info[k].verbatim), info[k].may_be_formula});
    }
  }
  std::fclose(tmp);
  REQUIRE(batched.size() == one_by_one.size());
  CHECK(one_by_one.size() == 40001);
  CHECK(batches < one_by_one.size() / 8);  // records do come many at a time
  for (std::size_t i = 0; i < batched.size(); ++i) {
    CAPTURE(i);
    CHECK(batched[i].cells == one_by_one[i].cells);
    CHECK(batched[i].line == one_by_one[i].line);
    CHECK(batched[i].verbatim == one_by_one[i].verbatim);
    // A batched record's flag is exact; next() may say "may be" where it did not look.
    if (!one_by_one[i].may_be_formula) CHECK_FALSE(batched[i].may_be_formula);
  }
  CHECK(one_by_one[10].cells == std::vector<std::string>{"A9", "E9", "=1+1"});
  CHECK(one_by_one[10].line == 11);
  CHECK(one_by_one[11].line == 13);  // the blank line 12 is not a record, but it is a line
}

TEST_CASE("apply_rate: the 64-bit path and the 128-bit path agree at their border") {
  // The finest third parse_rate accepts: nine places as a fraction (seven as
  // a percentage); "33.333333333%" has nine places after a percent and is
  // refused, so it could not stand for the third here.
  CHECK_FALSE(parse_rate("33.333333333%").has_value());
  const std::optional<Rate> all_parsed = parse_rate("100%");
  const std::optional<Rate> third_parsed = parse_rate("0.333333333");
  REQUIRE(all_parsed.has_value());
  REQUIRE(third_parsed.has_value());
  REQUIRE(parse_rate("33.3333333%") == third_parsed);
  const Rate all = *all_parsed;
  const Rate third = *third_parsed;
  CHECK(third.nano == 333'333'333);
  // premium × rate in billionths overflows int64 just above 9,223,372,036 fen at 100%.
  for (std::int64_t fen : {std::int64_t{9'223'372'035}, std::int64_t{9'223'372'036}, std::int64_t{9'223'372'037},
                           std::int64_t{9'223'372'038}, kMaxFen}) {
    CAPTURE(fen);
    CHECK(apply_rate(Money{fen}, all).fen == fen);
    // One third, rounded half-up, by exact integer arithmetic.
    __extension__ __int128 exact = static_cast<__int128>(fen) * third.nano;
    auto expected =
        static_cast<std::int64_t>(exact / Rate::kScale + (exact % Rate::kScale * 2 >= Rate::kScale ? 1 : 0));
    CHECK(apply_rate(Money{fen}, third).fen == expected);
  }
}

TEST_CASE("append_money_grouped writes what format_money_grouped does") {
  for (long long fen : {0LL, 5LL, 99'999LL, 100'000LL, 60'000'000LL, 123'456'789LL, -100'000LL, -123'456'789LL,
                        99'999'999'999'999'999LL}) {
    std::string s = "x";
    append_money_grouped(s, fen);
    std::string expected = "x";
    expected += format_money_grouped(Money{fen});
    CHECK(s == expected);
  }
  std::string s;
  append_money_grouped(s, 60'000'000);
  CHECK(s == "600,000.00");
}
