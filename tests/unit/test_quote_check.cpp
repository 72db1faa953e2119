// hdpolicy check of quotes: each quote of a document that names its source
// text must be in that text, whitespace aside; the built-in policies are
// checked against the built-in text, from any directory.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "hdpolicy/check.hpp"
#include "hdpolicy/errors.hpp"
#include "policy/quote_check.hpp"

using namespace hdpolicy;

namespace {

const char* kGazette = "sources/haidian-gazette-2025-03.txt";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A one-quote document, in the directory of the source tree's policies, so
// that `source:` is found on disk as it is for `hdpolicy check policies`.
PolicyFile one_quote_file(const std::string& source_line, const std::string& quote) {
  std::string text =
      "document:\n"
      "  number: 测试〔2025〕9号\n"
      "  title: t\n"
      "  issuer: t\n"
      "  issued: 2025-09-16\n" +
      source_line +
      "  effective:\n"
      "    from: 2025-09-16\n"
      "    to: 2027-12-31\n"
      "    cite: {article: 第十五条, quote: \"" +
      quote + "\"}\n";
  return {"t.yaml", HDPOLICY_SOURCE_DIR "/policies/t.yaml", text};
}

std::vector<std::string> formatted(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& x : d) out.push_back(format_diagnostic(x));
  return out;
}

}  // namespace

TEST_CASE("whitespace is left out: ASCII blanks, line breaks and the ideographic space, nothing else") {
  CHECK(without_whitespace("第四条 单家\t企业\r\n年度\v\f补贴\xE3\x80\x80上限") == "第四条单家企业年度补贴上限");
  // 、 and 。 (U+3001, U+3002) share the ideographic space's first two bytes and stay.
  CHECK(without_whitespace("、 。\xE3\x80\x80") == "、。");
  CHECK(without_whitespace("  ") == "");
}

TEST_CASE("the gazette is compiled in byte for byte") {
  const std::string on_disk = read_file(HDPOLICY_SOURCE_DIR "/policies/" + std::string(kGazette));
  int found = 0;
  for (const auto& f : embedded_source_files()) {
    if (f.path != kGazette) continue;
    ++found;
    CHECK(f.text.size() == on_disk.size());
    CHECK(f.text == on_disk);
  }
  CHECK(found == 1);
  // Policy YAML and source texts are kept apart: a .txt never loads as a policy.
  for (const auto& f : embedded_policy_files()) CHECK(f.path.ends_with(".yaml"));
}

TEST_CASE("a named file is looked for relative to the policy file: on disk, or among the built-in texts") {
  const std::string gazette = read_file(HDPOLICY_SOURCE_DIR "/policies/" + std::string(kGazette));
  PolicyFile on_disk{"tech-insurance.yaml", HDPOLICY_SOURCE_DIR "/policies/tech-insurance.yaml", ""};
  CHECK(read_referenced_text(on_disk, kGazette) == gazette);
  CHECK(referenced_display(on_disk, "./x/../sources/a.txt") == HDPOLICY_SOURCE_DIR "/policies/sources/a.txt");
  CHECK_FALSE(read_referenced_text(on_disk, "sources/no-such.txt").has_value());
  CHECK_FALSE(read_referenced_text(on_disk, "sources").has_value());  // a directory is not a text

  // Embedded: found without any file on disk, under the embedded path.
  PolicyFile built_in{"tech-insurance.yaml", "policies/tech-insurance.yaml", "", true};
  CHECK(read_referenced_text(built_in, kGazette) == gazette);
  CHECK(read_referenced_text(built_in, "./sources/../sources/haidian-gazette-2025-03.txt") == gazette);
  CHECK(referenced_display(built_in, kGazette) == "policies/sources/haidian-gazette-2025-03.txt");
  CHECK_FALSE(read_referenced_text(built_in, "../policies/sources/haidian-gazette-2025-03.txt").has_value());
  CHECK_FALSE(read_referenced_text(built_in, "tech-insurance.yaml").has_value());  // YAML is not a source text
}

TEST_CASE("a mistyped quote in a built-in policy is an error at the quote, found against the built-in gazette") {
  // An embedded policy file's source is looked up among the built-in texts
  // only, never on disk: this finds the gazette compiled into the binary.
  const std::string right = "单家企业年度补贴上限50万元";
  const std::string wrong = "单家企业年度补贴上限60万元";
  std::vector<PolicyFile> files = embedded_policies();
  int line = 0, column = 0;
  for (auto& f : files) {
    if (f.path != "tech-insurance.yaml") continue;
    auto at = f.text.find("\"" + right + "\"");
    REQUIRE(at != std::string::npos);
    f.text.replace(at + 1, right.size(), wrong);
    // Where the quote is, counted here independently: 1-based line, byte column of its opening quote mark.
    auto line_start = f.text.rfind('\n', at) + 1;
    line = 1 + static_cast<int>(std::count(f.text.begin(), f.text.begin() + static_cast<long>(at), '\n'));
    column = 1 + static_cast<int>(at - line_start);
  }
  REQUIRE(line > 0);
  Diagnostics d = check_policies(files);
  CHECK(formatted(d) ==
        std::vector<std::string>{"policies/tech-insurance.yaml:" + std::to_string(line) + ":" + std::to_string(column) +
                                 ": error: quote not found in policies/sources/haidian-gazette-2025-03.txt (whitespace "
                                 "aside): \"单家企业年度补贴上限60万元\"; found only as far as \"…企业年度补贴上限\""});
}

TEST_CASE("a quote is found whatever the spacing of the quote and of the text") {
  // The gazette prints 第九条's clause broken by a line: "保险机构银行 账户".
  Diagnostics d = check_policies(
      {one_quote_file("  source: sources/haidian-gazette-2025-03.txt\n", "统一发放至承保的 保险 机构银行账户")});
  CHECK(formatted(d).empty());
  d = check_policies(
      {one_quote_file("  source: sources/haidian-gazette-2025-03.txt\n", "统一发放至承保的保险机构银行帐户")});
  CHECK(formatted(d) ==
        std::vector<std::string>{HDPOLICY_SOURCE_DIR
                                 "/policies/t.yaml:10:42: error: quote not found in " HDPOLICY_SOURCE_DIR
                                 "/policies/sources/haidian-gazette-2025-03.txt (whitespace aside): "
                                 "\"统一发放至承保的保险机构银行帐户\"; found only as far as \"…保的保险机构银行\""});
}

TEST_CASE("a cite naming another document quotes that document, not this one's source") {
  PolicyFile f = one_quote_file("  source: sources/haidian-gazette-2025-03.txt\n", "本细则自发布之日起实施");
  f.text +=
      "deadlines:\n"
      "  - id: t.period\n"
      "    zh: 期间\n"
      "    en: a period\n"
      "    trigger: {zh: 起算日, en: the trigger}\n"
      "    unit: days\n"
      "    count: 10\n"
      "    roll_to_workday: false\n"
      "    cite: {document: 民法典, article: 第二百零一条, quote: \"按照年、月、日计算期间的,开始的当日不计入\"}\n";
  CHECK(formatted(check_policies({f})).empty());
  // The same clause cited as this document's own is looked for in its source, and is not there.
  auto at = f.text.find("document: 民法典, ");
  f.text.erase(at, std::string("document: 民法典, ").size());
  CHECK(formatted(check_policies({f})) ==
        std::vector<std::string>{HDPOLICY_SOURCE_DIR
                                 "/policies/t.yaml:19:48: error: quote not found in " HDPOLICY_SOURCE_DIR
                                 "/policies/sources/haidian-gazette-2025-03.txt (whitespace aside): "
                                 "\"按照年、月、日计算期间的,开始的当日不计入\"; found only as far as \"按照\""});
}

TEST_CASE("a document without a source is allowed, with a note that its quotes went unchecked") {
  Diagnostics d = check_policies({one_quote_file("", "不在公报里的一句话")});
  REQUIRE(d.size() == 1);
  CHECK(d[0].note);
  CHECK(format_diagnostic(d[0]) == HDPOLICY_SOURCE_DIR
        "/policies/t.yaml: note: 1 quote not checked: no document.source names the text they come from");
}

TEST_CASE("document.source: a missing file, an absolute path, or not text, each at the source line") {
  CHECK(formatted(check_policies({one_quote_file("  source: sources/none.txt\n", "x")})) ==
        std::vector<std::string>{HDPOLICY_SOURCE_DIR
                                 "/policies/t.yaml:6:11: error: document.source: no file " HDPOLICY_SOURCE_DIR
                                 "/policies/sources/none.txt (the path is relative to this YAML file)"});
  // An absolute path, and an empty one: refused by the loader, with no note on top.
  CHECK(formatted(check_policies({one_quote_file("  source: /etc/gazette.txt\n", "x")})) ==
        std::vector<std::string>{HDPOLICY_SOURCE_DIR
                                 "/policies/t.yaml:6:11: error: document.source: '/etc/gazette.txt' is not "
                                 "accepted: a path relative to this file (e.g. "
                                 "sources/haidian-gazette-2025-03.txt)"});
  CHECK(formatted(check_policies({one_quote_file("  source: \"\"\n", "x")})).size() == 1);
  CHECK(formatted(check_policies({one_quote_file("  source: [a, b]\n", "x")})) ==
        std::vector<std::string>{HDPOLICY_SOURCE_DIR "/policies/t.yaml:6:11: error: document.source must be text"});
  // Built in: the message says where built-in sources come from.
  PolicyFile built_in = one_quote_file("  source: sources/none.txt\n", "x");
  built_in.display = "policies/t.yaml";
  built_in.embedded = true;
  CHECK(formatted(check_policies({built_in})) ==
        std::vector<std::string>{
            "policies/t.yaml:6:11: error: document.source: no file policies/sources/none.txt among the "
            "texts compiled into hdpolicy (the *.txt files under policies/)"});
}

TEST_CASE("a long quote is shown shortened at a character boundary") {
  // 41 characters, none in the gazette: shown as its first 40 and …, with no beginning found.
  const std::string quote = "甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸子";
  Diagnostics d = check_policies({one_quote_file("  source: sources/haidian-gazette-2025-03.txt\n", quote)});
  REQUIRE(d.size() == 1);
  CHECK(d[0].message == "quote not found in " HDPOLICY_SOURCE_DIR
                        "/policies/sources/haidian-gazette-2025-03.txt (whitespace aside): "
                        "\"甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸…\"");
}
