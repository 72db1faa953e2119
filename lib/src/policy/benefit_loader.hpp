// Loading a document of declared shape (benefit.hpp): its `facts:` (fact_loader.cpp),
// `caps:` and `rules:` (benefit_loader.cpp). Private to the library.
#pragma once

#include <memory>

#include "hdpolicy/benefit.hpp"
#include "policy/yaml_reader.hpp"

namespace hdpolicy {

// The facts as an input table, or null after reporting every problem.
std::shared_ptr<FactTable> load_facts(LoadContext& ctx, const YAML::Node& list);

}  // namespace hdpolicy
