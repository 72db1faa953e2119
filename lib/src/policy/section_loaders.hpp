// One loader per top-level section of a policy file, each in its own source
// file. Private to the library.
#pragma once

#include "hdpolicy/policy_set.hpp"
#include "policy/yaml_reader.hpp"

namespace hdpolicy {

// Before YAML::Load: refuses files that would crash or hang a loader
// (binary data, alias bombs, nesting too deep, duplicate keys).
bool guard_yaml(const PolicyFile& file, Diagnostics& diagnostics);

// `subsidy:` of a policy document (subsidy_loader.cpp).
void load_subsidy_section(LoadContext& ctx, const YAML::Node& node, int document, PolicySet& set);
// `deadlines:` (deadline_loader.cpp).
void load_deadlines_section(LoadContext& ctx, const YAML::Node& node, int document, PolicySet& set);
// `facts:`, `caps:`, `rules:`, `resolution:`, `payable:` of a document of
// declared shape (benefit_loader.cpp); nothing when it has none of them.
void load_benefit_sections(LoadContext& ctx, MapReader& top, int document, const std::string& id, PolicySet& set);
// A whole calendars/cn/YYYY.yaml file (calendar_loader.cpp).
void load_calendar_file(LoadContext& ctx, const YAML::Node& root, PolicySet& set);

// After every file: cross-file checks and indexes (gaps in calendar years,
// references between sections).
void finish_subsidy(PolicySet& set, Diagnostics& diagnostics);
void finish_calendar(PolicySet& set, Diagnostics& diagnostics);
void finish_deadlines(PolicySet& set, Diagnostics& diagnostics);
void finish_benefits(PolicySet& set, Diagnostics& diagnostics);

}  // namespace hdpolicy
