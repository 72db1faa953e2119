#include "serve_policies.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "hdpolicy/check.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy::cli {
namespace {

// Every file read and checked as `hdpolicy check` does (schema, references,
// quotes against their sources, the test cases), then loaded whole: every
// calendar year and document, since the server answers every question.
std::shared_ptr<const PolicySet> load_checked(const std::string& source) {
  const std::vector<PolicyFile> files = select_policies(source);
  Diagnostics problems = check_policies(files);
  std::erase_if(problems, [](const Diagnostic& d) { return d.note; });
  if (!problems.empty()) throw PolicyLoadError(std::move(problems));
  return std::make_shared<const PolicySet>(load_policy_set(files));
}
}  // namespace

ServedPolicies::ServedPolicies(std::string source) : source_(std::move(source)), set_(load_checked(source_)) {}

std::shared_ptr<const PolicySet> ServedPolicies::current() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return set_;
}

std::string ServedPolicies::reload() {
  std::shared_ptr<const PolicySet> fresh;
  try {
    fresh = load_checked(source_);
  } catch (const PolicyLoadError& e) {
    std::string out = fmt::format("hdpolicy serve: reload refused ({} problems); still serving the previous policies\n",
                                  e.diagnostics().size());
    for (const Diagnostic& d : e.diagnostics()) out += format_diagnostic(d) + "\n";
    return out;
  } catch (const InputError& e) {
    return fmt::format("hdpolicy serve: reload refused: {}; still serving the previous policies\n", e.what());
  }
  std::shared_ptr<const PolicySet> old;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    old = std::exchange(set_, std::move(fresh));
  }
  // `old` is freed here, or by the last request still holding it.
  return "hdpolicy serve: policies reloaded\n";
}

}  // namespace hdpolicy::cli
