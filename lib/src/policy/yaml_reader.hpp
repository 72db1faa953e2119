// Reading policy YAML with every problem reported at its line: a missing key,
// an unknown (misspelt) key, a value of the wrong type. Private to the library.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/citation.hpp"
#include "hdpolicy/dates.hpp"
#include "hdpolicy/diagnostics.hpp"
#include "hdpolicy/document.hpp"
#include "hdpolicy/money.hpp"
#include "hdpolicy/policy_source.hpp"

namespace hdpolicy {

struct FactVocabulary;  // benefit_loader.hpp

struct LoadContext {
  const PolicyFile& file;
  Diagnostics& diagnostics;
  std::string document;                        // the document number citations in this file belong to
  std::vector<WrittenText> quotes{};           // the quotes of this document read so far, with where they are written
  const FactVocabulary* vocabulary = nullptr;  // the shared facts a document's `- use: ID` names

  void error(const YAML::Mark& at, std::string message);
  void error(const YAML::Node& at, std::string message) { error(at.Mark(), std::move(message)); }
  std::string where(const YAML::Node& at) const;  // "policies/x.yaml:12"
};

// Reads one mapping. Every key asked for is an accepted key; finish() reports
// the keys nobody asked for, so `rat: 50%` is caught as a misspelling.
class MapReader {
 public:
  MapReader(LoadContext& ctx, const YAML::Node& node, std::string what);
  ~MapReader() { finish(); }
  MapReader(const MapReader&) = delete;
  MapReader& operator=(const MapReader&) = delete;

  bool ok() const { return ok_; }
  const YAML::Node& node() const { return node_; }
  const std::string& what() const { return what_; }
  bool has(std::string_view key);

  // The value under `key`, or an undefined node when absent (an error if required).
  YAML::Node get(std::string_view key, bool required = false);
  void allow(std::initializer_list<std::string_view> keys);

  std::optional<std::string> text(std::string_view key, bool required = false);
  std::optional<Money> money(std::string_view key, bool required = false);  // positive amount
  std::optional<Rate> rate(std::string_view key, bool required = false);    // in (0, 1]
  std::optional<Date> date(std::string_view key, bool required = false);
  std::optional<std::int64_t> integer(std::string_view key, bool required = false);
  std::optional<bool> boolean(std::string_view key, bool required = false);
  std::optional<Text> label(std::string_view key, bool required = false);  // {zh, en}
  std::optional<Citation> cite(std::string_view key = "cite", bool required = true);
  std::vector<std::string> text_list(std::string_view key, bool required = false);

  void finish();

 private:
  LoadContext& ctx_;
  YAML::Node node_;
  std::string what_;
  bool ok_ = true;
  bool finished_ = false;
  std::vector<std::string> asked_;
};

// Scalar conversions used by the reader and by loaders reading list items.
std::optional<std::string> scalar_text(LoadContext& ctx, const YAML::Node& n, const std::string& what);
std::optional<Money> scalar_money(LoadContext& ctx, const YAML::Node& n, const std::string& what);
std::optional<Rate> scalar_rate(LoadContext& ctx, const YAML::Node& n, const std::string& what);
std::optional<Date> scalar_date(LoadContext& ctx, const YAML::Node& n, const std::string& what);
std::optional<Citation> read_cite(LoadContext& ctx, const YAML::Node& n, const std::string& what);

}  // namespace hdpolicy
