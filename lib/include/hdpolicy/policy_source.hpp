// Where policy YAML comes from: the set embedded at build time, or a
// directory given with --policies / HDPOLICY_POLICIES.
#pragma once

#include <filesystem>
#include <optional>
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
  bool embedded = false;  // compiled in: the files it names are looked up among the compiled-in ones too
};

// The policies/ tree of the source checkout, compiled in (generated file):
// its *.yaml, and its *.txt (the texts documents quote, read only by `check`).
std::span<const PolicyFileView> embedded_policy_files();
std::span<const PolicyFileView> embedded_source_files();

// Every *.yaml below `dir`, sorted by relative path. Throws InputError when
// `dir` is not a readable directory.
std::vector<PolicyFile> read_policy_dir(const std::filesystem::path& dir);
std::vector<PolicyFile> embedded_policies();

// The files of a policies directory given as `field` (--policies, OLD_DIR).
// Throws InputError naming `field` when `dir` cannot be read or holds no
// policy document (only tests/ and calendars/, or nothing).
std::vector<PolicyFile> policy_dir(const std::string& dir, const char* field);

// --policies DIR if given, else $HDPOLICY_POLICIES if set, else the embedded set.
// Throws InputError when the directory cannot be read or holds no policy
// document (only tests/ and calendars/, or nothing).
std::vector<PolicyFile> select_policies(const std::string& policies_option);

// A file that a policy file names by a path relative to itself (its
// document.source): the path as diagnostics print it, and its text, or
// nullopt when there is no such file. An embedded policy file finds it among
// the embedded texts, so the installed binary needs nothing beside it.
std::string referenced_display(const PolicyFile& from, std::string_view relative);
std::optional<std::string> read_referenced_text(const PolicyFile& from, std::string_view relative);

// Test-case files live under tests/; calendars under calendars/.
bool is_test_file(const PolicyFile& f);
bool is_calendar_file(const PolicyFile& f);

}  // namespace hdpolicy
