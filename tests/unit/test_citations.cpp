// Every clause a policy file quotes must be in the gazette as printed, so a
// clerk holding the gazette can find each one. Whitespace is ignored: the
// gazette's text breaks lines and words with stray spaces.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "hdpolicy/policy_source.hpp"

using namespace hdpolicy;

namespace {

std::string without_space(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') out.push_back(c);
  return out;
}

void collect_quotes(const YAML::Node& n, std::vector<std::pair<std::string, int>>& out) {
  if (n.IsMap()) {
    for (const auto& kv : n) {
      if (kv.first.Scalar() == "quote" && kv.second.IsScalar()) out.push_back({kv.second.Scalar(), kv.second.Mark().line + 1});
      collect_quotes(kv.second, out);
    }
  } else if (n.IsSequence()) {
    for (const auto& item : n) collect_quotes(item, out);
  }
}

}  // namespace

TEST_CASE("every quoted clause in the shipped policies appears in the gazette") {
  std::ifstream in(HDPOLICY_SHARED_DIR "/source/haidian-gazette-2025-03.txt", std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "the gazette text is needed at ../shared/source/");
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string gazette = without_space(ss.str());
  int checked = 0;
  for (const auto& f : embedded_policies()) {
    if (is_test_file(f)) continue;
    std::vector<std::pair<std::string, int>> quotes;
    collect_quotes(YAML::Load(f.text), quotes);
    for (const auto& entry : quotes) {
      // Named copies, not structured bindings: INFO captures them in a lambda, which clang 14 refuses for bindings.
      const std::string quote = entry.first;
      const int line = entry.second;
      INFO(f.display << ":" << line << ": " << quote);
      CHECK(gazette.find(without_space(quote)) != std::string::npos);
      ++checked;
    }
  }
  CHECK(checked > 20);
}

TEST_CASE("the check itself can fail: a clause not in the gazette is not found") {
  std::ifstream in(HDPOLICY_SHARED_DIR "/source/haidian-gazette-2025-03.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(without_space(ss.str()).find(without_space("单家企业年度补贴上限60万元")) == std::string::npos);
  CHECK(without_space(ss.str()).find(without_space("单家企业年度补贴上限50万元")) != std::string::npos);
}
