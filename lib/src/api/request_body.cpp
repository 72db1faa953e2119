#include "api/request_body.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <vector>

#include "hdpolicy/errors.hpp"

namespace hdpolicy::api {
namespace {
using json = nlohmann::json;

// Deep enough for every request (plan: object > products > product), shallow
// enough that no input can make the parser's work grow with nesting.
constexpr std::size_t kMaxDepth = 4;

// nlohmann's SAX interface, building the document with numbers as text.
class RawNumberDocument {
 public:
  json root;
  std::string problem;  // why parsing stopped, when it did

  bool null() { return put(nullptr) != nullptr; }
  bool boolean(bool v) { return put(v) != nullptr; }
  bool number_integer(std::int64_t v) { return put(std::to_string(v)) != nullptr; }
  bool number_unsigned(std::uint64_t v) { return put(std::to_string(v)) != nullptr; }
  bool number_float(double, const std::string& text) { return put(text) != nullptr; }
  bool string(std::string& s) { return put(std::move(s)) != nullptr; }
  bool binary(json::binary_t&) { return false; }  // JSON text has none
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& k) {
    if (open_.back()->contains(k)) {
      problem = fmt::format("the key '{}' is given twice in one object", k);
      return false;
    }
    key_ = std::move(k);
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) {
    std::string what = e.what();  // "[json.exception.parse_error.101] parse error at ..."
    const auto bracket = what.find("] ");
    problem = bracket == std::string::npos ? what : what.substr(bracket + 2);
    return false;
  }

 private:
  json* put(json value) {
    if (open_.empty()) {
      root = std::move(value);
      return &root;
    }
    json& parent = *open_.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    return &(parent[key_] = std::move(value));
  }
  bool open(json container) {
    if (open_.size() == kMaxDepth) {
      problem = fmt::format("nested deeper than {} levels", kMaxDepth);
      return false;
    }
    open_.push_back(put(std::move(container)));
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  std::vector<json*> open_;  // the objects and arrays being filled, innermost last
  std::string key_;
};

std::string_view scalar_text(const std::string& key, const json& value) {
  if (value.is_null()) return {};
  if (value.is_boolean()) return value.get<bool>() ? "yes" : "no";
  if (value.is_string()) return value.get_ref<const std::string&>();
  throw bad_value(key, value.dump(), "a string or a number");
}
}  // namespace

json parse_body(std::string_view body) {
  RawNumberDocument doc;
  if (!json::sax_parse(body, &doc) && doc.problem.empty()) doc.problem = "not JSON";
  if (!doc.problem.empty())
    throw InputError(fmt::format("body: not accepted: {}; a JSON object is accepted", doc.problem),
                     {"body", std::nullopt, "a JSON object"});
  if (!doc.root.is_object())
    throw InputError(fmt::format("body: not accepted: a JSON {}; a JSON object is accepted", doc.root.type_name()),
                     {"body", std::nullopt, "a JSON object"});
  return std::move(doc.root);
}

bool is_api_field(const InputDef& def) {
  return (def.where & kInColumn) && def.kind != FactKind::Key && def.role != InputRole::Derived;
}

std::string field_list(std::span<const InputDef> table) {
  std::string s;
  for (const InputDef& def : table)
    if (is_api_field(def)) s += (s.empty() ? "" : ", ") + std::string(def.id);
  return s;
}

InputTexts object_texts(std::span<const InputDef> table, const json& object,
                        std::initializer_list<std::string_view> own) {
  InputTexts texts(table);
  for (const auto& [key, value] : object.items()) {
    bool endpoint_key = false;
    for (std::string_view k : own) endpoint_key = endpoint_key || k == key;
    if (endpoint_key) continue;
    const std::optional<std::size_t> row = find_input(table, key);
    if (!row || !is_api_field(table[*row])) {
      std::string accepted = field_list(table);
      for (std::string_view k : own) accepted += ", " + std::string(k);
      throw InputError(fmt::format("{}: not a field of this request; the fields are {}", key, accepted),
                       {key, std::nullopt, accepted});
    }
    texts[*row] = scalar_text(key, value);
  }
  return texts;
}

}  // namespace hdpolicy::api
