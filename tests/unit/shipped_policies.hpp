// The policies compiled into the binary, loaded once for all unit tests.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "hdpolicy/policy_set.hpp"

namespace hdpolicy::testing {

inline const PolicySet& shipped_policies() {
  static const PolicySet set = load_policy_set(embedded_policies());
  return set;
}

// Only the calendar files of the source tree, so other policies cannot
// break the calendar tests.
inline const PolicySet& shipped_calendar() {
  static const PolicySet set = [] {
    std::vector<PolicyFile> files;
    for (auto& f : read_policy_dir(HDPOLICY_SOURCE_DIR "/policies"))
      if (is_calendar_file(f)) files.push_back(std::move(f));
    return load_policy_set(files);
  }();
  return set;
}

// tests/shapes/insurance/tech-insurance.yaml, the premium subsidy written in
// declared shape, with `contract: subsidy` added (it then answers as
// `hdpolicy subsidy` and `batch subsidy`), and `from` replaced by `to`.
inline PolicySet subsidy_contract_policies(Diagnostics& diagnostics, const std::string& from = {},
                                           const std::string& to = {}) {
  const std::string path = HDPOLICY_SOURCE_DIR "/tests/shapes/insurance/tech-insurance.yaml";
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  const std::string id = "\n  id: tech-insurance\n";
  REQUIRE(yaml.find(id) != std::string::npos);
  yaml.replace(yaml.find(id), id.size(), id + "  contract: subsidy\n");
  if (!from.empty()) {
    REQUIRE(yaml.find(from) != std::string::npos);
    yaml.replace(yaml.find(from), from.size(), to);
  }
  std::vector<PolicyFile> files{{"tech-insurance.yaml", path, yaml, false}};
  return load_policy_set(files, diagnostics);
}

}  // namespace hdpolicy::testing

namespace hdpolicy {
// A claim or hire as text, by input id: f["premium"] = "80000".
struct SubsidyTexts : InputTexts {
  SubsidyTexts() : InputTexts(subsidy_inputs()) {}
};
struct HiringTexts : InputTexts {
  HiringTexts() : InputTexts(hiring_inputs()) {}
};
}  // namespace hdpolicy
