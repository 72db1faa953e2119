// Runs one policy test case through its command's case runner and compares
// each expected field with the JSON the command prints.
#include <charconv>

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/money.hpp"
#include "hdpolicy/policy_test.hpp"

namespace hdpolicy {
namespace {

using json = nlohmann::ordered_json;

std::string shown(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

bool same_integer(const std::string& text, const json& actual) {
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || p != text.data() + text.size()) return false;
  return actual.is_number_integer() && actual.get<std::int64_t>() == n;
}

// An expected scalar (YAML text) against an actual JSON value: equal text;
// equal amounts (40000 and 40000.00); true/false against a JSON boolean;
// a whole number against a JSON number.
bool scalar_matches(const std::string& want, const json& actual) {
  if (actual.is_string()) {
    const std::string& got = actual.get_ref<const std::string&>();
    if (got == want) return true;
    auto a = parse_money(want), b = parse_money(got);
    return a && b && *a == *b;
  }
  if (actual.is_boolean()) {
    auto b = parse_yes_no(want);
    return b && *b == actual.get<bool>();
  }
  if (actual.is_number_integer()) return same_integer(want, actual);
  return false;
}

bool matches(const json& want, const json& actual) {
  if (want.is_null()) return actual.is_null();
  if (want.is_string()) return scalar_matches(want.get<std::string>(), actual);
  if (want.is_array()) {
    if (!actual.is_array() || actual.size() != want.size()) return false;
    for (std::size_t i = 0; i < want.size(); ++i)
      if (!matches(want[i], actual[i])) return false;
    return true;
  }
  if (!actual.is_object()) return false;  // a mapping: the fields it lists must match
  for (const auto& [key, value] : want.items())
    if (!actual.contains(key) || !matches(value, actual[key])) return false;
  return true;
}

// "alternatives.0.rule" -> the value, or nullptr when the output has no such field.
const json* field_at(const json& output, const std::string& path) {
  const json* at = &output;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t dot = path.find('.', start);
    std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (at->is_object()) {
      auto it = at->find(part);
      if (it == at->end()) return nullptr;
      at = &*it;
    } else if (at->is_array()) {
      std::size_t i = 0;
      auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), i);
      if (ec != std::errc() || p != part.data() + part.size() || i >= at->size()) return nullptr;
      at = &(*at)[i];
    } else {
      return nullptr;
    }
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return at;
}

// FIELD_contains: the field's text (or any item of its list) contains the expected text.
bool contains_text(const json& actual, const std::string& want) {
  if (actual.is_string()) return actual.get_ref<const std::string&>().find(want) != std::string::npos;
  if (actual.is_array())
    for (const auto& item : actual)
      if (contains_text(item, want)) return true;
  return false;
}

json run_case(const PolicySet& set, const PolicyTestCase& t) {
  if (t.command == "subsidy") return run_subsidy_case(set, t.input, t.lang);
  if (t.command == "hiring") return run_hiring_case(set, t.input, t.lang);
  if (t.command == "deadline") return run_deadline_case(set, t.input, t.lang);
  if (t.command == "eval") return run_eval_case(set, t.input, t.lang);
  return run_workdays_case(set, t.input, t.lang);
}

}  // namespace

std::vector<std::string> run_policy_test(const PolicySet& set, const PolicyTestCase& t) {
  std::vector<std::string> failures;
  json output;
  try {
    output = run_case(set, t);
  } catch (const InputError& e) {
    if (!t.error)
      failures.push_back(fmt::format("error: {}", e.what()));
    else if (std::string_view(e.what()).find(*t.error) == std::string_view::npos)
      failures.push_back(fmt::format("error: expected a message containing \"{}\", got \"{}\"", *t.error, e.what()));
    return failures;
  } catch (const std::exception& e) {
    failures.push_back(fmt::format("error: the command failed: {}", e.what()));
    return failures;
  }
  if (t.error) {
    failures.push_back(fmt::format("error: expected an input error containing \"{}\", got an answer", *t.error));
    return failures;
  }
  constexpr std::string_view kContains = "_contains";
  for (const auto& e : t.expect) {
    bool contains = e.path.size() > kContains.size() && e.path.ends_with(kContains);
    std::string path = contains ? e.path.substr(0, e.path.size() - kContains.size()) : e.path;
    const json* actual = field_at(output, path);
    if (!actual) {
      std::string fields;
      for (const auto& [key, value] : output.items()) fields += (fields.empty() ? "" : ", ") + key;
      failures.push_back(fmt::format("{}: no such field in the {} output (fields: {})", e.path, t.command, fields));
      continue;
    }
    if (contains) {
      if (!e.value.is_string() || !contains_text(*actual, e.value.get<std::string>()))
        failures.push_back(
            fmt::format("{}: expected text containing \"{}\", got {}", e.path, shown(e.value), shown(*actual)));
    } else if (!matches(e.value, *actual)) {
      failures.push_back(fmt::format("{}: expected {}, got {}", e.path, shown(e.value), shown(*actual)));
    }
  }
  return failures;
}

}  // namespace hdpolicy
