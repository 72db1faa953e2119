// `hdpolicy check`: loads the policies collecting every diagnostic, then
// checks the test-case files against what they loaded, and the quotes
// against the texts the documents name.
#include "hdpolicy/check.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/policy_test.hpp"
#include "policy/quote_check.hpp"

namespace hdpolicy {

namespace fs = std::filesystem;

Diagnostics check_policies(const std::vector<PolicyFile>& files) {
  Diagnostics diagnostics;
  PolicySet set = load_policy_set(files, diagnostics);
  load_policy_tests(files, set, diagnostics, diagnostics.empty());
  check_quotes(set, files, diagnostics);
  // File by file, top to bottom: cross-file checks run last but read best in place.
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
  return diagnostics;
}

namespace {

// The role a lone file plays comes from the folders it sits in, as it would
// inside a policies directory: tests/x.yaml, calendars/cn/2026.yaml.
std::string role_path(const fs::path& file) {
  std::string name = file.filename().generic_string();
  fs::path parent = file.parent_path();
  if (parent.filename() == "tests") return "tests/" + name;
  if (parent.filename() == "calendars") return "calendars/" + name;
  if (parent.parent_path().filename() == "calendars")
    return "calendars/" + parent.filename().generic_string() + "/" + name;
  return name;
}

}  // namespace

std::vector<PolicyFile> read_policy_paths(const std::vector<std::string>& paths) {
  std::vector<PolicyFile> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      auto more = read_policy_dir(p);
      files.insert(files.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
      continue;
    }
    if (!fs::is_regular_file(p, ec)) throw bad_value("PATH", p, "a policy .yaml file or a directory of them");
    std::ifstream in(p, std::ios::binary);
    if (!in) throw bad_value("PATH", p, "a readable policy .yaml file");
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({role_path(fs::path(p)), p, text.str()});
  }
  return files;
}

}  // namespace hdpolicy
