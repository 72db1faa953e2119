// `hdpolicy check`: every problem in a set of policy files (YAML syntax,
// hostile input, schema, values, references, IDs defined twice, test-case
// files, quotes not in the document's source text), all of them in one run,
// as file:line:col diagnostics.
#pragma once

#include <string>
#include <vector>

#include "hdpolicy/diagnostics.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy {

// Policy, calendar and test-case files together; test cases are checked
// against the policies among `files`. Notes (`note` set) are not problems.
Diagnostics check_policies(const std::vector<PolicyFile>& files);

// PATH arguments: a directory is read like --policies; a single file takes
// its role from where it sits (…/tests/x.yaml: test cases, …/calendars/cn/
// 2026.yaml: a calendar, anything else: a policy document). Throws InputError
// for a path that is neither.
std::vector<PolicyFile> read_policy_paths(const std::vector<std::string>& paths);

}  // namespace hdpolicy
