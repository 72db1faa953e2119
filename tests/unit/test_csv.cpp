// The streaming CSV reader and writer: every quirk at every block boundary
// (a source that hands out a few bytes at a time), and the writer's quoting
// and formula neutralisation.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "batch/batch_index.hpp"
#include "csv/in_place.hpp"
#include "hdpolicy/csv.hpp"

using namespace hdpolicy;

namespace {

// Hands out `chunk` bytes per read, so records straddle every boundary.
class StringSource final : public csv::ByteSource {
 public:
  StringSource(std::string text, std::size_t chunk) : text_(std::move(text)), chunk_(chunk) {}
  std::size_t read(char* out, std::size_t n) override {
    std::size_t k = std::min({n, chunk_, text_.size() - pos_});
    text_.copy(out, k, pos_);
    pos_ += k;
    return k;
  }

 private:
  std::string text_;
  std::size_t chunk_, pos_ = 0;
};

using Rows = std::vector<std::vector<std::string>>;

Rows read_all(const std::string& text, std::size_t chunk, std::vector<std::uint64_t>* lines = nullptr,
              bool gb = false) {
  std::unique_ptr<csv::ByteSource> src = std::make_unique<StringSource>(text, chunk);
  if (gb) src = csv::gb18030_source(std::move(src));
  csv::Reader r(std::move(src));
  csv::Cells f;
  Rows rows;
  while (r.next(f)) {
    rows.emplace_back(f.begin(), f.end());
    if (lines) lines->push_back(r.line());
  }
  return rows;
}

std::string write_rows(const Rows& rows, csv::OutputFormat format = csv::OutputFormat::Csv) {
  std::FILE* tmp = std::tmpfile();
  {
    csv::Writer w(fileno(tmp), format);
    w.header(rows.front());
    for (std::size_t i = 1; i < rows.size(); ++i) {
      for (const auto& c : rows[i]) w.text(c);
      w.end_row();
    }
    w.flush();
  }
  std::string out;
  std::rewind(tmp);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, tmp)) > 0) out.append(buf, n);
  std::fclose(tmp);
  return out;
}

}  // namespace

TEST_CASE("csv reader: quotes, CRLF, BOM, blank lines and a last line without newline, at any block size") {
  std::string text =
      "\xEF\xBB\xBFid,remark\r\n"
      "1,\"comma, inside\"\r\n"
      "2,\"quote \"\"inside\"\"\"\r\n"
      "\r\n"
      "3,\"two\r\nlines\"\r\n"
      "4,\"\"\r\n"
      "5,ab\"c\n"
      "6,last";
  for (std::size_t chunk : {1, 2, 3, 7, 64, 1 << 20}) {
    CAPTURE(chunk);
    std::vector<std::uint64_t> lines;
    Rows rows = read_all(text, chunk, &lines);
    REQUIRE(rows.size() == 7);
    CHECK(rows[0] == std::vector<std::string>{"id", "remark"});  // the BOM is not part of the first name
    CHECK(rows[1][1] == "comma, inside");
    CHECK(rows[2][1] == "quote \"inside\"");
    CHECK(rows[3][1] == "two\r\nlines");
    CHECK(rows[4][1] == "");
    CHECK(rows[5][1] == "ab\"c");  // a quote inside a field is an ordinary character
    CHECK(rows[6][1] == "last");
    // Physical lines: the blank line 4 is skipped, row 3 spans lines 5-6.
    CHECK(lines == std::vector<std::uint64_t>{1, 2, 3, 5, 7, 8, 9});
  }
}

TEST_CASE("csv reader: empty fields and trailing commas") {
  Rows rows = read_all("a,b,c\n,,\nx,,\n", 5);
  REQUIRE(rows.size() == 3);
  CHECK(rows[1] == std::vector<std::string>{"", "", ""});
  CHECK(rows[2] == std::vector<std::string>{"x", "", ""});
}

TEST_CASE("csv reader: invalid UTF-8 and an unclosed quote are refused with the physical line") {
  CHECK_THROWS_WITH_AS(read_all("a,b\n1,\"x\ny\"\n2,caf\xE9\n", 4),
                       doctest::Contains("line 4: not valid UTF-8 (byte 0xE9)"), csv::FormatError);
  CHECK_THROWS_WITH_AS(read_all("a,b\n1,\"never closed\n2,x\n", 3),
                       doctest::Contains("line 2: a quoted field is never closed"), csv::FormatError);
  // Overlong form and a surrogate are not UTF-8 either.
  CHECK_THROWS_AS(read_all("a\n\xC0\xAF\n", 64), csv::FormatError);
  CHECK_THROWS_AS(read_all("a\n\xED\xA0\x80\n", 64), csv::FormatError);
  CHECK(read_all("a\n中文\n", 1)[1][0] == "中文");
}

TEST_CASE("csv reader: UTF-8 is checked as blocks arrive, whatever the block boundaries cut") {
  // Valid: two-, three- and four-byte characters, each cut at every point by some chunk size.
  const std::string good = "a,b\n\xC3\xA9t\xC3\xA9,\xE4\xB8\xAD\n\xF0\x9F\x98\x80,x\n";
  for (std::size_t chunk = 1; chunk <= 9; ++chunk) {
    CAPTURE(chunk);
    Rows rows = read_all(good, chunk);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1] == std::vector<std::string>{"\xC3\xA9t\xC3\xA9", "\xE4\xB8\xAD"});
    CHECK(rows[2][0] == "\xF0\x9F\x98\x80");
  }
  // A bad byte deep in a later block is reported at its own line, not the block's first.
  std::string many = "a\n";
  for (int i = 0; i < 100; ++i) many += "\xE4\xB8\xAD\n";
  many += "ok\n\xE4\xB8\n";  // line 103: a character cut short by the line end
  for (std::size_t chunk : {1, 2, 5, 64, 1 << 20}) {
    CAPTURE(chunk);
    CHECK_THROWS_WITH_AS(read_all(many, chunk), doctest::Contains("line 103: not valid UTF-8 (byte 0xE4)"),
                         csv::FormatError);
  }
  // A character cut by the end of the file, with or without a final newline before it.
  CHECK_THROWS_WITH_AS(read_all("a\nx\n\xE4\xB8", 1), doctest::Contains("line 3: not valid UTF-8 (byte 0xE4)"),
                       csv::FormatError);
  CHECK_THROWS_WITH_AS(read_all("a\n\xF0\x9F\x98", 64), doctest::Contains("line 2: not valid UTF-8 (byte 0xF0)"),
                       csv::FormatError);
  // A lone continuation byte, and a byte never valid in UTF-8.
  CHECK_THROWS_WITH_AS(read_all("a\nb\x80\n", 3), doctest::Contains("line 2: not valid UTF-8 (byte 0x80)"),
                       csv::FormatError);
  CHECK_THROWS_WITH_AS(read_all("a\n\xFF\n", 1), doctest::Contains("line 2: not valid UTF-8 (byte 0xFF)"),
                       csv::FormatError);
}

TEST_CASE("find_invalid_utf8: the CJK fast path still refuses what UTF-8 refuses") {
  auto bad = [](std::string_view s) -> std::ptrdiff_t {
    const char* p = csv::find_invalid_utf8(s.data(), s.data() + s.size());
    return p ? p - s.data() : -1;
  };
  CHECK(bad("plain ASCII, long enough for the sixteen-byte scan") == -1);
  CHECK(bad("\xE4\xB8\xAD\xE6\x96\x87") == -1);              // 中文
  CHECK(bad("0123456789abcdef\xE4\xB8\xAD") == -1);          // after a 16-byte ASCII run
  CHECK(bad("0123456789abcdefg\xE4\xB8") == 17);             // cut short
  CHECK(bad("\xE4\x41\xAD") == 0);                           // a continuation byte that is not one
  CHECK(bad("\xED\xA0\x80") == 0);                           // a surrogate (ED: second byte at most 9F)
  CHECK(bad("\xE0\x80\x80") == 0);                           // overlong (E0: second byte at least A0)
  CHECK(bad("\xEF\xBB\xBF\xE0\xA0\x80\xED\x9F\xBF") == -1);  // BOM, U+0800, U+D7FF
}

TEST_CASE("csv reader: a NUL byte anywhere is refused with its physical line, and the message is whole") {
  using namespace std::string_literals;
  const std::string tail =
      ": a NUL byte (0x00), which CSV text never holds; if the file is UTF-16, save it as UTF-8 (CSV UTF-8 in Excel)";
  // In the header, in a plain cell, inside a quoted field after a quoted line break, deep in a later block.
  struct Case {
    std::string text;
    int line;
  };
  std::string deep = "a\n";
  for (int i = 0; i < 3000; ++i) deep += "row " + std::to_string(i) + "\n";
  deep += "x\0y\n"s;
  const std::vector<Case> cases = {{"id,da\0te\n1,2\n"s, 1},
                                   {"a,b\n1,2\n3,\0\n"s, 3},
                                   {"a,b\n1,\"x\ny\"\n2,\"p\0q\"\n"s, 4},
                                   {"\0"s, 1},
                                   {deep, 3002}};
  for (const Case& c : cases)
    for (std::size_t chunk : {1, 3, 64, 1 << 20}) {
      CAPTURE(c.line);
      CAPTURE(chunk);
      try {
        read_all(c.text, chunk);
        FAIL("no error");
      } catch (const csv::FormatError& e) {
        CHECK(std::string(e.what()) == "line " + std::to_string(c.line) + tail);
        CHECK(std::string(e.what()).find('\0') == std::string::npos);
      }
    }
  // Also when the decoded text came from GB18030, where NUL is a character too.
  CHECK_THROWS_WITH_AS(read_all("a\n\xD6\xD0\0\n"s, 2, nullptr, true), ("line 2" + tail).c_str(), csv::FormatError);
  // And when UTF-8 is not checked at all.
  csv::Reader unchecked(std::make_unique<StringSource>("a\nb\0\n"s, 64), false);
  csv::Cells f;
  CHECK_THROWS_WITH_AS(unchecked.next(f), ("line 2" + tail).c_str(), csv::FormatError);
}

TEST_CASE("find_invalid_text: find_invalid_utf8, and a NUL byte at any position of the word and vector scans") {
  for (std::size_t at = 0; at < 40; ++at) {
    CAPTURE(at);
    std::string s(40, 'a');
    s[at] = '\0';
    CHECK(csv::find_invalid_text(s.data(), s.data() + s.size()) == s.data() + at);
    CHECK(csv::find_invalid_utf8(s.data(), s.data() + s.size()) == nullptr);  // NUL is UTF-8, just not text
    s[at] = '\x80';
    CHECK(csv::find_invalid_text(s.data(), s.data() + s.size()) == s.data() + at);
  }
  const std::string cjk = "\xE4\xB8\xAD\xE6\x96\x87 plain ASCII, long enough for the sixteen-byte scan";
  CHECK(csv::find_invalid_text(cjk.data(), cjk.data() + cjk.size()) == nullptr);
}

TEST_CASE("csv reader: GB18030 decoded to UTF-8, characters cut by block boundaries, bad bytes with their line") {
  // 中文 in GB18030 is D6 D0 CE C4; 0x81 0x30 0x81 0x30 is a four-byte character (U+0080).
  std::string gb = "a,b\r\n\xD6\xD0\xCE\xC4,\x81\x30\x81\x30\r\n";
  for (std::size_t chunk : {1, 3, 1 << 20}) {
    Rows rows = read_all(gb, chunk, nullptr, true);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][0] == "中文");
    CHECK(rows[1][1] == "\xC2\x80");
  }
  CHECK_THROWS_WITH_AS(read_all("a\r\nb\r\n\xFF\r\n", 2, nullptr, true),
                       doctest::Contains("line 3: not valid GB18030 (byte 0xFF)"), csv::FormatError);
  CHECK_THROWS_WITH_AS(read_all("a\r\n\xD6", 64, nullptr, true),
                       doctest::Contains("line 2: the file ends inside a GB18030 character"), csv::FormatError);
}

TEST_CASE("csv writer: quoting and formula neutralisation of text cells") {
  CHECK(csv::needs_neutralising("=1+2"));
  CHECK(csv::needs_neutralising("@SUM(A1)"));
  CHECK(csv::needs_neutralising("+cmd"));
  CHECK(csv::needs_neutralising("-2+3"));
  CHECK(csv::needs_neutralising("-"));
  CHECK(csv::needs_neutralising("\tx"));
  CHECK(csv::needs_neutralising("\rx"));
  CHECK_FALSE(csv::needs_neutralising("-5"));
  CHECK_FALSE(csv::needs_neutralising("+3.50"));
  CHECK(csv::needs_neutralising("-5."));  // not a plain number
  CHECK_FALSE(csv::needs_neutralising("a=b"));
  CHECK_FALSE(csv::needs_neutralising(""));

  std::string out = write_rows({{"a", "b"}, {"x,y", "say \"hi\""}, {"=1,2", "line\nbreak"}, {"-5", "@x"}});
  CHECK(out == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"'=1,2\",\"line\nbreak\"\n-5,'@x\n");
}

TEST_CASE("csv writer: empty cells, a view with no data behind it included") {
  // std::string_view{} has a null data(), and memcpy from null is undefined
  // even for 0 bytes: the sanitizer build (HDPOLICY_SANITIZE) fails here
  // when the writer copies an empty cell.
  std::FILE* tmp = std::tmpfile();
  {
    csv::Writer w(fileno(tmp));
    w.text(std::string_view{});
    w.raw(std::string_view{});
    w.text("x");
    w.end_row();
    char* p = csv::put_text(csv::row_room(w, csv::max_text(0)), std::string_view{});
    csv::commit_row(w, p);
    w.flush();
  }
  std::rewind(tmp);
  char buf[64];
  std::string out(buf, std::fread(buf, 1, sizeof buf, tmp));
  std::fclose(tmp);
  CHECK(out == ",,x\n");
}

TEST_CASE("csv writer: JSON Lines with the header as keys") {
  std::string out = write_rows({{"id", "note"}, {"1", "a \"b\"\n\x01"}}, csv::OutputFormat::JsonLines);
  CHECK(out == "{\"id\":\"1\",\"note\":\"a \\\"b\\\"\\n\\u0001\"}\n");
}

TEST_CASE("csv writer: a block sink gets every byte, in order, whatever buffers it swaps back") {
  // A batch's output file takes the writer's blocks on another thread
  // (cmd/output_thread.hpp) and gives back buffers of its own: empty ones,
  // as the first few are, and ones smaller than a row that outgrew the block.
  Rows rows{{"id", "note"}};
  for (int i = 0; i < 40000; ++i)
    rows.push_back({std::to_string(i), std::string(static_cast<std::size_t>(i % 97), 'x')});
  rows.push_back({"long", std::string(3 << 20, 'y')});  // larger than a block: the writer grows its buffer
  rows.push_back({"after", "z"});
  std::string direct = write_rows(rows);
  REQUIRE(direct.size() > (5U << 20));

  std::string sunk;
  std::size_t blocks = 0;
  std::vector<std::string> spare{std::string(), std::string(4096, '\0')};
  csv::Writer w(-1);  // every block goes to the sink: the descriptor is never written
  w.send_blocks_to([&](std::string& block, std::size_t used) {
    REQUIRE(used <= block.size());
    sunk.append(block.data(), used);
    ++blocks;
    std::string back = spare.empty() ? std::string() : std::move(spare.back());
    if (!spare.empty()) spare.pop_back();
    block.swap(back);
  });
  w.header(rows.front());
  for (std::size_t i = 1; i < rows.size(); ++i) {
    for (const auto& c : rows[i]) w.text(c);
    w.end_row();
  }
  w.flush();
  w.flush();  // nothing left: the sink is not called again
  CHECK(blocks >= 5);
  CHECK(sunk == direct);
}

TEST_CASE("batch text map: many keys, short and long, found again after growing") {
  batch_detail::TextMap m;
  for (std::uint32_t i = 0; i < 5000; ++i) {
    std::string key = (i % 2 ? "E" : "a-much-longer-enterprise-identifier-") + std::to_string(i);
    CHECK(m.find_or_insert(key, i) == i);
  }
  CHECK(m.size() == 5000);
  CHECK(m.find("E4999") == 4999);
  CHECK(m.find("a-much-longer-enterprise-identifier-4998") == 4998);
  CHECK(m.find("E4998") == -1);
  CHECK(m.find_or_insert("E1", 77) == 1);  // an existing key keeps its value
}

TEST_CASE("csv reader: a record is offered verbatim only when it holds no quote and no CR") {
  csv::Reader r(
      std::make_unique<StringSource>("h1,h2\nplain,row\nlong-enough-to-cross-a-word,x\"y\nbare\rcr,z\n\"q\",w\n", 4));
  csv::Cells f;
  REQUIRE(r.next(f));
  CHECK(r.verbatim() == "h1,h2");
  REQUIRE(r.next(f));
  CHECK(r.verbatim() == "plain,row");
  REQUIRE(r.next(f));
  CHECK(r.verbatim().empty());  // a literal quote would need quoting on output
  REQUIRE(r.next(f));
  CHECK(r.verbatim().empty());
  CHECK(f[0] == "bare\rcr");
  REQUIRE(r.next(f));
  CHECK(r.verbatim().empty());
  CHECK(f[0] == "q");
}

TEST_CASE("csv reader: the word-at-a-time split finds every comma, whatever the field lengths") {
  // Fields of 0..9 bytes, including bytes next to ',' in value (0x2B, 0x2D)
  // that a word-wide comparison could confuse with it, and multi-byte UTF-8.
  const char* pieces[] = {"", "+", "-", "a", "+-", "中", "abcdefgh", "-+-+-+-+-", "x,"};
  std::string text;
  std::vector<std::vector<std::string>> expected;
  for (int r = 0; r < 200; ++r) {
    std::vector<std::string> row;
    std::string line;
    for (int k = 0; k < 1 + r % 13; ++k) {
      std::string f = pieces[(r * 7 + k * 3) % 8];  // never the piece with a comma
      row.push_back(f);
      line += (k ? "," : "") + f;
    }
    if (line.empty()) continue;  // a blank line is not a record
    expected.push_back(row);
    text += line + "\n";
  }
  Rows rows = read_all(text, 1 << 20);
  REQUIRE(rows.size() == expected.size());
  for (std::size_t i = 0; i < rows.size(); ++i) CHECK(rows[i] == expected[i]);
}

TEST_CASE("csv reader: records across 64-byte chunks and read boundaries, mixed with quoted, CRLF and blank lines") {
  // Records from 1 to about 300 bytes (so that they start anywhere in a
  // chunk and span up to five), every few a quoted one, a CRLF end, a bare
  // CR in a cell or a blank line; read in pieces that cut them anywhere.
  std::string text;
  std::vector<std::vector<std::string>> expected;
  std::vector<bool> verbatim;
  for (int r = 0; r < 300; ++r) {
    std::vector<std::string> row;
    std::string line;
    int cells = 1 + (r * 5) % 17;
    for (int k = 0; k < cells; ++k) {
      std::string f(static_cast<std::size_t>((r * 3 + k * 11) % 19), static_cast<char>('a' + (r + k) % 26));
      row.push_back(f);
      line += (k ? "," : "") + f;
    }
    bool plain = true;
    switch (r % 7) {
      case 1:
        line += ",\"q,\"\"x\"\"\"";
        row.push_back("q,\"x\"");
        plain = false;
        break;
      case 3:
        line += "\r";
        break;  // CRLF end
      case 5:
        line += ",a\rb";
        row.push_back("a\rb");
        plain = false;
        break;
      default:
        break;
    }
    if (r % 11 == 4) text += "\n";  // a blank line first
    if (line.empty() || line == "\r") continue;
    expected.push_back(row);
    verbatim.push_back(plain);
    text += line + "\n";
  }
  text.pop_back();  // the last line without its newline
  for (std::size_t chunk : {1, 7, 63, 64, 65, 1000, 1 << 20}) {
    CAPTURE(chunk);
    csv::Reader r(std::make_unique<StringSource>(text, chunk));
    csv::Cells f;
    std::size_t i = 0;
    while (r.next(f)) {
      REQUIRE(i < expected.size());
      CAPTURE(i);
      CHECK(std::vector<std::string>(f.begin(), f.end()) == expected[i]);
      CHECK(r.verbatim().empty() == !verbatim[i]);
      ++i;
    }
    CHECK(i == expected.size());
  }
}
