// Every clause a policy file quotes must be in the gazette as printed, so a
// clerk holding the gazette can find each one. Whitespace is ignored: the
// gazette's text breaks lines and words with stray spaces. `hdpolicy check`
// verifies this at run time (quote_check.cpp); this test proves it for the
// shipped policies independently, walking the YAML itself.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "hdpolicy/policy_source.hpp"
#include "shipped_policies.hpp"

using namespace hdpolicy;

namespace {

std::string without_space(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') out.push_back(c);
  return out;
}

// The gazette as kept in the repository, whitespace removed.
std::string gazette_without_space() {
  std::ifstream in(HDPOLICY_SOURCE_DIR "/policies/sources/haidian-gazette-2025-03.txt", std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "the gazette text is needed at policies/sources/");
  std::stringstream ss;
  ss << in.rdbuf();
  return without_space(ss.str());
}

struct Quote {
  std::string text;
  int line;
};

// Every `quote:` anywhere in the file, found independently of the loader.
void collect_quotes(const YAML::Node& n, std::vector<Quote>& out) {
  if (n.IsMap()) {
    for (const auto& kv : n) {
      if (kv.first.Scalar() == "quote" && kv.second.IsScalar())
        out.push_back({kv.second.Scalar(), kv.second.Mark().line + 1});
      collect_quotes(kv.second, out);
    }
  } else if (n.IsSequence()) {
    for (const auto& item : n) collect_quotes(item, out);
  }
}

}  // namespace

TEST_CASE("every quoted clause in the shipped policies appears in the gazette") {
  const std::string gazette = gazette_without_space();
  int checked = 0;
  for (const auto& f : embedded_policies()) {
    if (is_test_file(f)) continue;
    std::vector<Quote> quotes;
    collect_quotes(YAML::Load(f.text), quotes);
    for (const auto& q : quotes) {
      INFO(f.display << ":" << q.line << ": " << q.text);
      CHECK(gazette.find(without_space(q.text)) != std::string::npos);
      ++checked;
    }
  }
  CHECK(checked > 20);
}

TEST_CASE("the check itself can fail: a clause not in the gazette is not found") {
  const std::string gazette = gazette_without_space();
  CHECK(gazette.find(without_space("单家企业年度补贴上限60万元")) == std::string::npos);
  CHECK(gazette.find(without_space("单家企业年度补贴上限50万元")) != std::string::npos);
}

TEST_CASE("hdpolicy check covers every quote: each shipped document names the gazette, and every quote is recorded") {
  const PolicySet& set = testing::shipped_policies();
  REQUIRE(set.documents.size() == 3);
  for (const auto& doc : set.documents) {
    INFO(doc.file);
    CHECK(doc.source.text == "sources/haidian-gazette-2025-03.txt");
    // The quotes `check` verifies are the quote: keys of the file, found here by walking the YAML.
    std::vector<Quote> in_file;
    for (const auto& f : embedded_policies())
      if (f.display == doc.file) collect_quotes(YAML::Load(f.text), in_file);
    std::vector<std::tuple<int, std::string>> walked, recorded;
    for (const auto& q : in_file) walked.emplace_back(q.line, q.text);
    for (const auto& q : doc.quotes) recorded.emplace_back(q.line, q.text);
    std::sort(walked.begin(), walked.end());
    std::sort(recorded.begin(), recorded.end());
    CHECK(walked.size() > 5);
    CHECK(recorded == walked);
  }
}
