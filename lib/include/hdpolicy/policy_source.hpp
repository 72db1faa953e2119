// Where policy YAML comes from: the set embedded at build time, or a
// directory given with --policies / HDPOLICY_POLICIES.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hdpolicy {

struct PolicyFileView {
  std::string_view path;  // relative to the policies directory, e.g. "calendars/cn/2025.yaml"
  std::string_view text;
};

struct PolicyFile {
  std::string path;     // relative path, used to decide what the file holds
  std::string display;  // what diagnostics print
  std::string text;
};

// The policies/ tree of the source checkout, compiled in (generated file).
std::span<const PolicyFileView> embedded_policy_files();

// Every *.yaml below `dir`, sorted by relative path. Throws InputError when
// `dir` is not a readable directory.
std::vector<PolicyFile> read_policy_dir(const std::filesystem::path& dir);
std::vector<PolicyFile> embedded_policies();

// --policies DIR if given, else $HDPOLICY_POLICIES if set, else the embedded set.
// Throws InputError when the directory cannot be read or holds no policy
// document (only tests/ and calendars/, or nothing).
std::vector<PolicyFile> select_policies(const std::string& policies_option);

// Test-case files live under tests/; calendars under calendars/.
bool is_test_file(const PolicyFile& f);
bool is_calendar_file(const PolicyFile& f);

}  // namespace hdpolicy
