// Reads policy test-case files (policies/tests/*.yaml) with the same
// line-numbered diagnostics as policy files, and checks that each case names
// only what the policies define (types, industries, caps, rules).
#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "hdpolicy/eval_target.hpp"
#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/policy_test.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "policy/section_loaders.hpp"

namespace hdpolicy {
namespace {

constexpr const char* kCommands[] = {"subsidy", "hiring", "deadline", "workdays", "eval"};

// Expected values keep each scalar's YAML text: `40000.00` and "40000.00"
// are the same expectation, and the comparison decides what a text means.
nlohmann::ordered_json expected_value(const YAML::Node& n) {
  using json = nlohmann::ordered_json;
  if (!n.IsDefined() || n.IsNull()) return json(nullptr);
  if (n.IsScalar()) return json(n.Scalar());
  if (n.IsSequence()) {
    json a = json::array();
    for (const auto& item : n) a.push_back(expected_value(item));
    return a;
  }
  json o = json::object();
  for (const auto& kv : n) o[kv.first.Scalar()] = expected_value(kv.second);
  return o;
}

std::optional<std::string> input_text(LoadContext& ctx, const YAML::Node& n, const std::string& what) {
  if (n.IsNull()) return std::string();
  if (n.IsScalar()) return n.Scalar();
  if (n.IsSequence()) {  // received: [catalogue=1, innovative=2] reads as "catalogue=1,innovative=2"
    std::string joined;
    for (const auto& item : n) {
      auto s = scalar_text(ctx, item, what + " item");
      if (!s) return std::nullopt;
      joined += (joined.empty() ? "" : ",") + *s;
    }
    return joined;
  }
  ctx.error(n, fmt::format("{} must be a value or a list of values", what));
  return std::nullopt;
}

const std::string* input_of(const PolicyTestCase& t, std::string_view key) {
  for (const auto& [k, v] : t.input)
    if (k == key) return &v;
  return nullptr;
}

// The hiring categories a case may expect: the rules of the hiring subsidy
// declared as data (document.contract: hiring).
std::vector<std::string> hiring_categories(const PolicySet& set) {
  std::vector<std::string> ids;
  if (const BenefitPolicy* declared = find_hiring_contract(set))
    for (const auto& r : declared->rules) ids.push_back(r.id);
  return ids;
}

// What a subsidy case may name: from the document that keeps subsidy's
// contract when one is loaded, else from the subsidy: section.
struct SubsidyNames {
  std::function<bool(std::string_view)> type, industry, cap, rule;
  std::string types, industries, caps;
};

SubsidyNames subsidy_names(const PolicySet& set) {
  if (const BenefitPolicy* p = find_subsidy_contract(set)) {
    const FactTable& facts = *p->facts;
    auto choice = [&facts, p](const char* id) {
      return [&facts, row = *find_input(p->inputs(), id)](std::string_view text) {
        return facts.find_choice(row, text).has_value();
      };
    };
    auto list = [&facts, p](const char* id) { return facts.choice_list(*find_input(p->inputs(), id)); };
    return {choice("type"),
            choice("industry"),
            [p](std::string_view id) { return p->find_cap(id).has_value(); },
            [p](std::string_view id) {
              return std::any_of(p->rules.begin(), p->rules.end(), [id](const BenefitRule& r) { return r.id == id; });
            },
            list("type"),
            list("industry"),
            p->cap_list()};
  }
  const SubsidyPolicies& sp = set.subsidy;
  return {[&sp](std::string_view v) { return sp.find_type(v).has_value(); },
          [&sp](std::string_view v) { return sp.find_industry(v).has_value(); },
          [&sp](std::string_view v) { return sp.find_cap(v).has_value(); },
          [&sp](std::string_view id) {
            return std::any_of(sp.rules.begin(), sp.rules.end(), [id](const SubsidyRule& r) { return r.id == id; });
          },
          sp.type_list(),
          sp.industry_list(),
          sp.cap_list()};
}

// References a case makes to the policies, checked unless the case expects
// an input error (naming an undefined type on purpose is then the test).
void check_case_references(LoadContext& ctx, const YAML::Node& node, const PolicyTestCase& t, const PolicySet& set) {
  if (t.error) return;
  auto input_node = [&](std::string_view key) {
    const YAML::Node input = static_cast<const YAML::Node&>(node)["input"];
    return input[std::string(key)];
  };
  if (t.command == "subsidy") {
    const SubsidyNames names = subsidy_names(set);
    if (const auto* type = input_of(t, "type"); type && !names.type(*type))
      ctx.error(input_node("type"),
                fmt::format("case '{}': unknown type '{}' (defined: {})", t.name, *type, names.types));
    if (const auto* ind = input_of(t, "industry"); ind && !ind->empty() && !names.industry(*ind))
      ctx.error(input_node("industry"),
                fmt::format("case '{}': unknown industry '{}' (defined: {})", t.name, *ind, names.industries));
    if (const auto* received = input_of(t, "received")) {
      std::size_t start = 0;
      while (start < received->size()) {
        std::size_t comma = received->find(',', start);
        std::string item = received->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        std::string cap = item.substr(0, item.find('='));
        if (!names.cap(cap))
          ctx.error(input_node("received"),
                    fmt::format("case '{}': unknown cap '{}' (defined: {})", t.name, cap, names.caps));
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    }
    for (const auto& e : t.expect) {
      if (e.path != "rule" || !e.value.is_string()) continue;
      std::string id = e.value.get<std::string>();
      if (!names.rule(id)) {
        const YAML::Node expect = static_cast<const YAML::Node&>(node)["expect"];
        ctx.error(expect["rule"], fmt::format("case '{}': unknown subsidy rule '{}'", t.name, id));
      }
    }
  } else if (t.command == "hiring") {
    for (const auto& e : t.expect) {
      if (e.path != "category" || !e.value.is_string()) continue;
      std::string id = e.value.get<std::string>();
      const std::vector<std::string> ids = hiring_categories(set);
      const bool found = std::find(ids.begin(), ids.end(), id) != ids.end();
      const std::string defined = fmt::format("{}", fmt::join(ids, ", "));
      if (!found) {
        const YAML::Node expect = static_cast<const YAML::Node&>(node)["expect"];
        ctx.error(expect["category"],
                  fmt::format("case '{}': unknown hiring category '{}' ({})", t.name, id,
                              defined.empty() ? "no hiring categories are defined" : "defined: " + defined));
      }
    }
  } else if (t.command == "eval") {
    const auto* policy = input_of(t, "policy");
    if (!policy)
      ctx.error(node, fmt::format("case '{}': an eval case names its document: input: {{policy: ID, ...}}", t.name));
    else if (const EvalShape shape = find_eval_target(set, *policy).shape;
             shape == EvalShape::None || shape == EvalShape::Deadlines)
      ctx.error(input_node("policy"),
                fmt::format("case '{}': unknown policy '{}' (defined: {})", t.name, *policy, eval_target_list(set)));
  } else if (t.command == "deadline") {
    if (const auto* rule = input_of(t, "rule")) {
      bool found = false;
      std::string defined;
      for (const auto& d : set.deadlines) {
        found = found || d.id == *rule;
        defined += (defined.empty() ? "" : ", ") + d.id;
      }
      if (!found)
        ctx.error(input_node("rule"),
                  fmt::format("case '{}': unknown deadline rule '{}' ({})", t.name, *rule,
                              defined.empty() ? "no deadline rules are defined" : "defined: " + defined));
    }
  }
}

// A case's `input:` mapping into t.input; false after reporting a problem.
bool load_case_input(LoadContext& ctx, const YAML::Node& in, PolicyTestCase& t) {
  if (!in.IsDefined()) return true;
  if (!in.IsMap()) {
    ctx.error(in, "case.input must be a mapping of input names to values");
    return false;
  }
  bool ok = true;
  for (const auto& kv : in) {
    std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "?";
    auto v = input_text(ctx, kv.second, fmt::format("case.input.{}", key));
    if (v)
      t.input.emplace_back(key, *v);
    else
      ok = false;
  }
  return ok;
}

// A case's `expect:` mapping into t.expect; false after reporting a problem.
bool load_case_expect(LoadContext& ctx, const YAML::Node& ex, PolicyTestCase& t) {
  if (!ex.IsDefined()) return true;
  if (!ex.IsMap() || ex.size() == 0) {
    ctx.error(ex, "case.expect must be a mapping of output fields to expected values");
    return false;
  }
  bool ok = true;
  for (const auto& kv : ex) {
    if (!kv.first.IsScalar()) {
      ctx.error(kv.first, "case.expect: a field name must be text");
      ok = false;
      continue;
    }
    t.expect.push_back({kv.first.Scalar(), expected_value(kv.second)});
  }
  return ok;
}

void load_case(LoadContext& ctx, const YAML::Node& node, const PolicySet& set, bool references,
               std::vector<PolicyTestCase>& out, std::map<std::string, std::string>& names) {
  MapReader r(ctx, node, "case");
  if (!r.ok()) return;
  PolicyTestCase t;
  t.file = ctx.file.display;
  t.line = node.Mark().line + 1;
  bool ok = true;
  auto name = r.text("name", true);
  auto command = r.text("command", true);
  r.allow({"notes"});
  if (!name || !command) ok = false;
  if (name) {
    t.name = *name;
    auto [it, inserted] = names.emplace(*name, ctx.where(node));
    if (!inserted) {
      ctx.error(node, fmt::format("case '{}' is defined twice (first at {})", *name, it->second));
      ok = false;
    }
  }
  if (command) {
    bool known = false;
    for (const char* c : kCommands) known = known || *command == c;
    if (!known) {
      ctx.error(
          r.get("command"),
          fmt::format("case.command: '{}' is not accepted: subsidy, hiring, deadline, workdays or eval", *command));
      ok = false;
    }
    t.command = *command;
  }
  if (auto lang = r.text("lang")) {
    auto l = parse_lang(*lang);
    if (!l) {
      ctx.error(r.get("lang"), fmt::format("case.lang: '{}' is not accepted: en or zh", *lang));
      ok = false;
    }
    t.lang = l.value_or(Lang::En);
  }
  ok = load_case_input(ctx, r.get("input"), t) && ok;
  t.error = r.text("error");
  ok = load_case_expect(ctx, r.get("expect"), t) && ok;
  if (t.expect.empty() && !t.error && ok) {
    ctx.error(node, fmt::format("case '{}': nothing to check: add expect: {{field: value}} or error: \"...\"", t.name));
    ok = false;
  }
  if (t.error && !t.expect.empty()) {
    ctx.error(r.get("error"), fmt::format("case '{}': give expect or error, not both", t.name));
    ok = false;
  }
  if (!ok) return;
  std::size_t before = ctx.diagnostics.size();
  if (references) check_case_references(ctx, node, t, set);
  if (ctx.diagnostics.size() == before) out.push_back(std::move(t));
}

}  // namespace

std::vector<PolicyTestCase> load_policy_tests(const std::vector<PolicyFile>& files, const PolicySet& set,
                                              Diagnostics& diagnostics, bool check_references) {
  std::vector<PolicyTestCase> out;
  std::map<std::string, std::string> names;  // case name -> where first defined
  for (const auto& file : files) {
    if (!is_test_file(file)) continue;
    if (!guard_yaml(file, diagnostics)) continue;
    LoadContext ctx{file, diagnostics, {}};
    try {
      YAML::Node root = YAML::Load(file.text);
      MapReader top(ctx, root, "test file");
      if (!top.ok()) continue;
      YAML::Node cases = top.get("cases", true);
      if (!cases.IsDefined()) continue;
      if (!cases.IsSequence() || cases.size() == 0) {
        ctx.error(cases, "cases must be a non-empty list of test cases");
        continue;
      }
      for (const auto& c : cases) load_case(ctx, c, set, check_references, out, names);
    } catch (const YAML::Exception& e) {
      diagnostics.push_back({file.display, e.mark.is_null() ? 0 : e.mark.line + 1,
                             e.mark.is_null() ? 0 : e.mark.column + 1, fmt::format("YAML syntax: {}", e.msg)});
    }
  }
  return out;
}

}  // namespace hdpolicy
