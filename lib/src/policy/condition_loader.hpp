// Compiles a condition written in YAML into the ConditionTable. Private.
#pragma once

#include <functional>
#include <optional>
#include <span>

#include "hdpolicy/condition.hpp"
#include "policy/yaml_reader.hpp"

namespace hdpolicy {

// Resolves a choice name (an industry ID or alias) of a Choice fact to its index.
using ChoiceLookup = std::function<std::optional<int>(int fact, const std::string& name)>;

// Forms accepted:
//   {all: [...], cite: {...}, label?: {zh, en}}      {any: [...], ...}
//   {fact: employees, at_most: 100, term: 不超过, cite: {...}, label?: {...}}
// Leaf operators: at_most, less_than, at_least, more_than, is, in,
// years_before_claim, within_years_before_claim.
std::optional<std::uint32_t> load_condition(LoadContext& ctx, const YAML::Node& node, std::span<const InputDef> schema,
                                            const ChoiceLookup& choices, ConditionTable& table,
                                            const std::string& what);

}  // namespace hdpolicy
