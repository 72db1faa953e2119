// hdpolicy check: the YAML guard refuses hostile input before yaml-cpp's node
// loader sees it, and every problem comes back as a file:line:col diagnostic.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <yaml-cpp/yaml.h>

#include <chrono>
#include <string>

#include "hdpolicy/check.hpp"
#include "policy/section_loaders.hpp"

using namespace hdpolicy;

namespace {

Diagnostics guard(const std::string& text, bool* accepted = nullptr) {
  Diagnostics d;
  bool ok = guard_yaml(PolicyFile{"x.yaml", "x.yaml", text}, d);
  if (accepted) *accepted = ok;
  return d;
}

std::string only_message(const Diagnostics& d) {
  REQUIRE(d.size() == 1);
  return format_diagnostic(d[0]);
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("a well-formed file passes the guard, aliases within budget included") {
  bool ok = false;
  CHECK(guard("a: &x 1\nb: *x\nc: [*x, *x]\n", &ok).empty());
  CHECK(ok);
  CHECK(guard("\xEF\xBB\xBF"
              "a: 人工智能\n",
              &ok)
            .empty());  // a UTF-8 byte-order mark
  CHECK(ok);
}

TEST_CASE("an empty file: nothing, blanks, comments, a bare document marker") {
  for (const char* text : {"", "  \n\n", "# only a comment\n", "---\n", "~\n"}) {
    bool ok = true;
    CHECK(only_message(guard(text, &ok)) == "x.yaml: error: the file is empty");
    CHECK_FALSE(ok);
  }
}

TEST_CASE("duplicate keys are reported at the duplicate, in every mapping, and the file still loads") {
  bool ok = false;
  Diagnostics d = guard("a: 1\nb:\n  c: 1\n  c: 2\n  d: {e: 1, e: 2}\na: 3\n", &ok);
  CHECK(ok);  // still loaded, so its other problems show in the same run
  REQUIRE(d.size() == 3);
  CHECK(format_diagnostic(d[0]) ==
        "x.yaml:4:3: error: duplicate key 'c' (first at line 3): only one of them would be used");
  CHECK(format_diagnostic(d[1]) ==
        "x.yaml:5:13: error: duplicate key 'e' (first at line 5): only one of them would be used");
  CHECK(format_diagnostic(d[2]) ==
        "x.yaml:6:1: error: duplicate key 'a' (first at line 1): only one of them would be used");
}

TEST_CASE("the same key in sibling mappings is not a duplicate") {
  CHECK(guard("- {id: a, rate: 1}\n- {id: b, rate: 1}\n").empty());
  CHECK(guard("a: {id: 1}\nb: {id: 1}\nc: [{id: 1}, {id: 1}]\n").empty());
}

TEST_CASE("nesting is refused at depth 64, before yaml-cpp's recursive parser goes deeper") {
  auto start = std::chrono::steady_clock::now();
  bool ok = true;
  CHECK(only_message(guard("a: " + std::string(1'000'000, '['), &ok)) ==
        "x.yaml:1:36: error: nested deeper than 64 levels");
  CHECK_FALSE(ok);
  CHECK(only_message(guard(repeat("- ", 200'000) + "x\n")) == "x.yaml:1:129: error: nested deeper than 64 levels");
  std::string block;
  for (int i = 0; i < 100; ++i) block += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  CHECK(only_message(guard(block + std::string(100, ' ') + "x\n")) ==
        "x.yaml:65:65: error: nested deeper than 64 levels");
  // A bound far above the half second this takes, even under ASan on a busy
  // machine: it tells a refusal from a parser that ran away, not speed.
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(60));
  // 63 levels inside the root mapping are fine.
  CHECK(guard("a: " + std::string(63, '[') + std::string(63, ']') + "\n").empty());
}

TEST_CASE("yaml-cpp 0.7 alone refuses deep nesting with an exception, not a stack overflow") {
  // Documents why the guard may hand yaml-cpp moderately deep input: its
  // parser has its own depth limit (2000) and throws.
  CHECK_THROWS_AS(YAML::Load(std::string(100'000, '[')), YAML::Exception);
}

TEST_CASE("an alias bomb is refused without being expanded") {
  std::string text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  std::string prev = "a";
  for (char c = 'b'; c <= 'j'; ++c) {
    text += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) text += (i ? ", *" : "*") + prev;
    text += "]\n";
    prev = std::string(1, c);
  }
  auto start = std::chrono::steady_clock::now();
  bool ok = true;
  CHECK(only_message(guard(text, &ok)) ==
        "x.yaml:6:20: error: aliases expand this document to more than 200000 values (an alias bomb?)");
  CHECK_FALSE(ok);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(60));
}

TEST_CASE("an alias inside the node it names is refused: yaml-cpp would build a cycle") {
  bool ok = true;
  CHECK(only_message(guard("a: &x [1, *x]\n", &ok)) ==
        "x.yaml:1:11: error: an alias refers to a node that contains it (a cycle)");
  CHECK_FALSE(ok);
  CHECK(only_message(guard("a: &x {b: {c: *x}}\n")) ==
        "x.yaml:1:15: error: an alias refers to a node that contains it (a cycle)");
  CHECK(guard("a: &x {b: 1}\nc: *x\n").empty());  // after the node closes: fine
}

TEST_CASE("depth counts aliases expanded: a chain of small anchors cannot nest deeper than 64") {
  std::string chain = "a0: &a0 [x]\n";
  for (int i = 1; i < 100'000; ++i) chain += fmt::format("a{0}: &a{0} [*a{1}]\n", i, i - 1);
  CHECK(only_message(guard(chain)) == "x.yaml:64:12: error: nested deeper than 64 levels once aliases are expanded");
  std::string shallow = "a0: &a0 [x]\n";
  for (int i = 1; i < 60; ++i) shallow += fmt::format("a{0}: &a{0} [*a{1}]\n", i, i - 1);
  CHECK(guard(shallow).empty());
}

TEST_CASE("a value longer than 16 KiB is refused at its position; 16 KiB is accepted") {
  CHECK(guard("a: " + std::string(16 * 1024, 'x') + "\n").empty());
  CHECK(only_message(guard("a: ok\nb: " + std::string(16 * 1024 + 1, 'x') + "\n")) ==
        "x.yaml:2:4: error: a value of 16385 bytes is longer than the 16384 accepted");
}

TEST_CASE("a file over 4 MiB is refused before parsing") {
  CHECK(only_message(guard(std::string(4 * 1024 * 1024 + 1, '#'))) ==
        "x.yaml: error: the file is 4194305 bytes, more than the 4194304 accepted for a policy file");
}

TEST_CASE("binary bytes and malformed UTF-8 are refused at the first bad byte") {
  auto msg = [](const char* pos, const char* byte) {
    return std::string("x.yaml:") + pos + ": error: byte 0x" + byte +
           " is not text: a policy file must be UTF-8 YAML (is this a binary file?)";
  };
  CHECK(only_message(guard(std::string("a: b\x00", 5))) == msg("1:5", "00"));
  CHECK(only_message(guard("a: b\x01\n")) == msg("1:5", "01"));
  CHECK(only_message(guard("a: b\x7F\n")) == msg("1:5", "7F"));
  CHECK(only_message(guard("a: 1\nb: caf\xE9\n")) == msg("2:7", "E9"));     // Latin-1
  CHECK(only_message(guard("a: \xC0\x80\n")) == msg("1:4", "C0"));          // overlong NUL
  CHECK(only_message(guard("a: \xED\xA0\x80\n")) == msg("1:4", "ED"));      // a UTF-16 surrogate
  CHECK(only_message(guard("a: \xF4\x90\x80\x80\n")) == msg("1:4", "F4"));  // above U+10FFFF
  CHECK(only_message(guard("a: \xE4\xBA\n")) == msg("1:4", "E4"));          // cut short
  CHECK(guard("a: \xE4\xBA\xBA \xF0\x9F\x98\x80\n").empty());               // 人 and an emoji
}

TEST_CASE("a syntax error is one diagnostic at its line, not repeated by the loader") {
  Diagnostics d;
  load_policy_set({PolicyFile{"p.yaml", "p.yaml", "document:\n  title: [a\n  issuer: b\n"}}, d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].line == 3);  // where yaml-cpp finds the flow sequence unclosed
  CHECK(d[0].message.rfind("YAML syntax: ", 0) == 0);
}

TEST_CASE("two documents in one file are refused") {
  CHECK(only_message(guard("a: 1\n---\nb: 2\n")) ==
        "x.yaml: error: the file holds 2 YAML documents (separated by ---): keep one document per file");
}

TEST_CASE("check_policies: the shipped policies and their test cases have no problems") {
  Diagnostics d = check_policies(embedded_policies());
  for (const auto& x : d) INFO(format_diagnostic(x));
  CHECK(d.empty());
}

TEST_CASE("check_policies: problems come back sorted by file and line, all of them") {
  std::vector<PolicyFile> files{
      {"b.yaml", "b.yaml", "document: {}\nx: 1\n"},
      {"a.yaml", "a.yaml", "y: 1\ny: 2\n"},
  };
  Diagnostics d = check_policies(files);
  REQUIRE(d.size() >= 3);
  CHECK(d[0].file == "a.yaml");
  for (std::size_t i = 1; i < d.size(); ++i)
    CHECK((d[i - 1].file < d[i].file || (d[i - 1].file == d[i].file && d[i - 1].line <= d[i].line)));
}

TEST_CASE("read_policy_paths: a lone file takes its role from its folders") {
  std::string root = HDPOLICY_SOURCE_DIR;
  auto files = read_policy_paths({root + "/policies/tests/subsidy.yaml", root + "/policies/calendars/cn/2026.yaml",
                                  root + "/policies/tech-insurance.yaml", root + "/tests/fixtures/check/base.yaml"});
  REQUIRE(files.size() == 4);
  CHECK(files[0].path == "tests/subsidy.yaml");
  CHECK(is_test_file(files[0]));
  CHECK(files[1].path == "calendars/cn/2026.yaml");
  CHECK(is_calendar_file(files[1]));
  CHECK(files[2].path == "tech-insurance.yaml");
  CHECK(files[3].path == "base.yaml");  // under tests/fixtures/check/: a policy document, not a test file
  CHECK(files[3].display == root + "/tests/fixtures/check/base.yaml");
  CHECK_THROWS_WITH(read_policy_paths({root + "/no-such.yaml"}),
                    doctest::Contains("is not accepted: a policy .yaml file or a directory of them"));
}
