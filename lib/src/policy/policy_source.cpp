#include "hdpolicy/policy_source.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "hdpolicy/errors.hpp"

namespace hdpolicy {

namespace fs = std::filesystem;

std::vector<PolicyFile> read_policy_dir(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw bad_value("--policies", dir.string(), "a directory holding policy *.yaml files");
  std::vector<PolicyFile> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".yaml") continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({fs::relative(it->path(), dir).generic_string(), it->path().string(), text.str()});
  }
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return files;
}

std::vector<PolicyFile> embedded_policies() {
  std::vector<PolicyFile> files;
  for (const auto& f : embedded_policy_files())
    files.push_back({std::string(f.path), "policies/" + std::string(f.path), std::string(f.text), true});
  return files;
}

// A policy directory must hold at least one policy document: a *.yaml file
// outside tests/ and calendars/ (where the subsidy, deadline and hiring
// rules live). Without one every command would answer from nothing, with
// messages such as "one of " followed by an empty list.
std::vector<PolicyFile> policy_dir(const std::string& dir, const char* field) {
  std::vector<PolicyFile> files;
  try {
    files = read_policy_dir(dir);
  } catch (const InputError&) {
    throw bad_value(field, dir, "a directory holding policy *.yaml files");
  }
  for (const auto& f : files)
    if (!is_test_file(f) && !is_calendar_file(f)) return files;
  throw bad_value(field, dir,
                  "a directory of policy documents (*.yaml with a document: section, as in policies/); it holds none");
}

std::vector<PolicyFile> select_policies(const std::string& policies_option) {
  if (!policies_option.empty()) return policy_dir(policies_option, "--policies");
  if (const char* env = std::getenv("HDPOLICY_POLICIES"); env && *env) return policy_dir(env, "HDPOLICY_POLICIES");
  return embedded_policies();
}

std::string referenced_display(const PolicyFile& from, std::string_view relative) {
  return (fs::path(from.display).parent_path() / relative).lexically_normal().generic_string();
}

std::optional<std::string> read_referenced_text(const PolicyFile& from, std::string_view relative) {
  if (from.embedded) {
    std::string key = (fs::path(from.path).parent_path() / relative).lexically_normal().generic_string();
    for (const auto& f : embedded_source_files())
      if (f.path == key) return std::string(f.text);
    return std::nullopt;
  }
  fs::path file = fs::path(from.display).parent_path() / relative;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool is_test_file(const PolicyFile& f) { return f.path.rfind("tests/", 0) == 0; }
bool is_calendar_file(const PolicyFile& f) { return f.path.rfind("calendars/", 0) == 0; }

}  // namespace hdpolicy
