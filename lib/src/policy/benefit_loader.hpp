// Loading a document of declared shape (benefit.hpp): its `facts:` (fact_loader.cpp),
// `caps:` and `rules:` (benefit_loader.cpp). Private to the library.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/benefit.hpp"
#include "policy/yaml_reader.hpp"

namespace hdpolicy {

// Facts several documents share (industry, employees, the claim date...),
// declared once in a file whose top-level key is `vocabulary:` and named in
// a document's facts by `- use: ID`. Each was checked as a fact when its
// file was read; a document reads the same node as if written in place.
struct SharedFact {
  std::string id;
  YAML::Node node;
};
struct FactVocabulary {
  std::vector<SharedFact> facts;
  const SharedFact* find(std::string_view id) const;
  std::string list() const;  // "date, enterprise_id"
};

// A vocabulary file: its facts added to `vocabulary`, every problem reported.
void load_vocabulary_file(LoadContext& ctx, const YAML::Node& root, FactVocabulary& vocabulary);

// The facts as an input table, or null after reporting every problem.
std::shared_ptr<FactTable> load_facts(LoadContext& ctx, const YAML::Node& list);

}  // namespace hdpolicy
