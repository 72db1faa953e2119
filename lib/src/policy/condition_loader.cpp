#include "policy/condition_loader.hpp"

#include <fmt/format.h>

#include <limits>
#include <stdexcept>

namespace hdpolicy {
namespace {

struct OpName {
  const char* key;
  CondOp op;
};
constexpr OpName kLeafOps[] = {
    {"at_most", CondOp::AtMost},
    {"less_than", CondOp::LessThan},
    {"at_least", CondOp::AtLeast},
    {"more_than", CondOp::MoreThan},
    {"is", CondOp::Is},
    {"in", CondOp::In},
    {"years_before_claim", CondOp::YearsBeforeClaim},
    {"within_years_before_claim", CondOp::WithinYearsBeforeClaim},
};

std::string fact_names(std::span<const InputDef> schema) {
  std::string s;
  for (const auto& f : schema) s += (s.empty() ? "" : ", ") + std::string(f.id);
  return s;
}

std::uint32_t add_condition(ConditionTable& table, Condition&& c) {
  table.conditions.push_back(std::move(c));
  return static_cast<std::uint32_t>(table.conditions.size() - 1);
}

// {all: [...]} or {any: [...]}: the children first, then the group.
std::optional<std::uint32_t> load_group(LoadContext& ctx, MapReader& r, const YAML::Node& node, Condition& c,
                                        std::span<const InputDef> schema, const ChoiceLookup& choices,
                                        ConditionTable& table, const std::string& what) {
  if (r.has("all") && r.has("any")) {
    ctx.error(node, fmt::format("{}: use either all or any, not both", what));
    return std::nullopt;
  }
  c.op = r.has("all") ? CondOp::All : CondOp::Any;
  YAML::Node list = r.get(c.op == CondOp::All ? "all" : "any");
  if (!list.IsSequence() || list.size() == 0) {
    ctx.error(list,
              fmt::format("{}: {} must be a non-empty list of conditions", what, c.op == CondOp::All ? "all" : "any"));
    return std::nullopt;
  }
  // A group cites the clause it encodes as a whole: explanations quote it
  // for the combined condition, and an `any` assumed as a whole names it.
  auto cite = r.cite("cite", true);
  std::vector<std::uint32_t> children;
  bool ok = cite.has_value();
  if (cite) c.cite = *cite;
  for (std::size_t i = 0; i < list.size(); ++i) {
    auto child = load_condition(ctx, list[i], schema, choices, table, fmt::format("{}[{}]", what, i));
    if (child)
      children.push_back(*child);
    else
      ok = false;
  }
  if (!ok) return std::nullopt;
  c.first_child = static_cast<std::uint32_t>(table.child_index.size());
  c.child_count = static_cast<std::uint32_t>(children.size());
  table.child_index.insert(table.child_index.end(), children.begin(), children.end());
  return add_condition(table, std::move(c));
}

// The fact a leaf compares: its index in the schema.
std::optional<int> leaf_fact(LoadContext& ctx, MapReader& r, std::span<const InputDef> schema,
                             const std::string& fact_name, const std::string& what) {
  for (std::size_t i = 0; i < schema.size(); ++i)
    if (schema[i].id == fact_name) return static_cast<int>(i);
  ctx.error(r.get("fact"), fmt::format("{}: unknown fact '{}' (known: {})", what, fact_name, fact_names(schema)));
  return std::nullopt;
}

// The one comparison a leaf gives.
const OpName* leaf_op(LoadContext& ctx, MapReader& r, const YAML::Node& node, const std::string& what) {
  const OpName* found = nullptr;
  for (const auto& o : kLeafOps) {
    if (!r.has(o.key)) continue;
    if (found) {
      ctx.error(node, fmt::format("{}: give one comparison, not both '{}' and '{}'", what, found->key, o.key));
      return nullptr;
    }
    found = &o;
  }
  if (!found)
    ctx.error(node, fmt::format("{}: no comparison: add one of at_most, less_than, at_least, more_than, is, in, "
                                "years_before_claim, within_years_before_claim",
                                what));
  return found;
}

// A whole number from 0 to `max`; else an error saying what it `should_be`.
std::optional<std::int64_t> whole_number(LoadContext& ctx, const YAML::Node& v, const std::string& vwhat,
                                         std::int64_t max, const char* should_be) {
  auto s = scalar_text(ctx, v, vwhat);
  if (!s) return std::nullopt;
  try {
    std::size_t used = 0;
    std::int64_t value = std::stoll(*s, &used);
    if (used != s->size() || value < 0 || value > max) throw std::invalid_argument(*s);
    return value;
  } catch (const std::exception&) {
    ctx.error(v, fmt::format("{}: '{}' is not {}", vwhat, *s, should_be));
    return std::nullopt;
  }
}

// `in: [...]`: the choices as a bit set.
bool load_choices(LoadContext& ctx, const YAML::Node& v, const InputDef& def, int fact, const ChoiceLookup& choices,
                  const std::string& vwhat, Condition& c) {
  if (!v.IsSequence()) {
    ctx.error(v, fmt::format("{}: must be a list", vwhat));
    return false;
  }
  for (const auto& item : v) {
    auto s = scalar_text(ctx, item, vwhat);
    if (!s) return false;
    auto idx = choices ? choices(fact, *s) : std::nullopt;
    if (!idx || *idx >= 64) {
      ctx.error(item, fmt::format("{}: '{}' is not a defined {}", vwhat, *s, def.id));
      return false;
    }
    c.choices |= std::uint64_t{1} << *idx;
  }
  return true;
}

// The value a leaf compares with, checked against the kind of its fact.
bool load_leaf_value(LoadContext& ctx, const YAML::Node& v, const OpName& op, const InputDef& def, int fact,
                     const ChoiceLookup& choices, Condition& c, const std::string& what) {
  const std::string vwhat = fmt::format("{}.{}", what, op.key);
  auto want_kind = [&](bool ok, const char* kinds) {
    if (!ok) ctx.error(v, fmt::format("{}: '{}' cannot be compared with {} (a {} fact)", what, op.key, def.id, kinds));
    return ok;
  };
  std::optional<std::int64_t> value;
  switch (c.op) {
    case CondOp::AtMost:
    case CondOp::LessThan:
    case CondOp::AtLeast:
    case CondOp::MoreThan:
      if (!want_kind(def.kind == FactKind::Count || def.kind == FactKind::Money || def.kind == FactKind::Year ||
                         def.kind == FactKind::Area || def.kind == FactKind::Rate,
                     "count, money, year, area or rate"))
        return false;
      if (c.of >= 0 || def.kind == FactKind::Rate) {  // a share of another fact, or a rate: 20%
        auto r = scalar_rate(ctx, v, vwhat);
        if (r) value = r->nano;
      } else if (def.kind == FactKind::Money || def.kind == FactKind::Area) {  // both in hundredths
        auto m = scalar_money(ctx, v, vwhat);
        if (m) value = m->fen;
      } else {
        value = whole_number(ctx, v, vwhat, std::numeric_limits<std::int64_t>::max(), "a whole number of at least 0");
      }
      break;
    case CondOp::Is: {
      if (!want_kind(def.kind == FactKind::YesNo, "yes/no")) return false;
      auto s = scalar_text(ctx, v, vwhat);
      if (!s) return false;
      if (*s != "true" && *s != "false") {
        ctx.error(v, fmt::format("{}: '{}' is not true or false", vwhat, *s));
        return false;
      }
      value = *s == "true" ? 1 : 0;
      break;
    }
    case CondOp::In:
      return want_kind(def.kind == FactKind::Choice, "choice") && load_choices(ctx, v, def, fact, choices, vwhat, c);
    default: {
      bool date_op = c.op == CondOp::WithinYearsBeforeClaim;
      if (!want_kind(date_op ? def.kind == FactKind::Date : def.kind == FactKind::Year, date_op ? "date" : "year"))
        return false;
      value = whole_number(ctx, v, vwhat, 200, "a number of years from 0 to 200");
    }
  }
  if (value) c.value = *value;
  return value.has_value();
}

// `of: FACT`: the bound is a share of another fact of the same kind
// (money or count), for a comparison (at_most ... more_than).
bool load_of(LoadContext& ctx, const YAML::Node& of, std::span<const InputDef> schema, const InputDef& def,
             Condition& c, const std::string& what) {
  auto name = scalar_text(ctx, of, what + ".of");
  if (!name) return false;
  bool comparison =
      c.op == CondOp::AtMost || c.op == CondOp::LessThan || c.op == CondOp::AtLeast || c.op == CondOp::MoreThan;
  for (std::size_t i = 0; i < schema.size(); ++i) {
    if (schema[i].id != *name) continue;
    if (!comparison || schema[i].kind != def.kind || (def.kind != FactKind::Money && def.kind != FactKind::Count)) {
      ctx.error(of, fmt::format("{}.of: '{}' cannot be a share's base here: at_most, less_than, at_least or more_than "
                                "a share of a money or count fact of the same kind as {}",
                                what, *name, def.id));
      return false;
    }
    c.of = static_cast<std::int16_t>(i);
    c.of_label = Text{std::string(schema[i].label.zh), std::string(schema[i].label.en)};
    return true;
  }
  ctx.error(of, fmt::format("{}.of: unknown fact '{}' (known: {})", what, *name, fact_names(schema)));
  return false;
}

}  // namespace

std::optional<std::uint32_t> load_condition(LoadContext& ctx, const YAML::Node& node, std::span<const InputDef> schema,
                                            const ChoiceLookup& choices, ConditionTable& table,
                                            const std::string& what) {
  MapReader r(ctx, node, what);
  if (!r.ok()) return std::nullopt;
  Condition c;
  if (auto l = r.label("label")) c.label = *l;
  if (r.has("all") || r.has("any")) return load_group(ctx, r, node, c, schema, choices, table, what);

  auto fact_name = r.text("fact", true);
  for (const auto& o : kLeafOps) r.allow({o.key});
  r.allow({"of"});
  if (auto t = r.text("term")) c.term = *t;
  auto cite = r.cite("cite", true);
  if (!fact_name) return std::nullopt;
  const std::optional<int> fact = leaf_fact(ctx, r, schema, *fact_name, what);
  if (!fact) return std::nullopt;
  c.fact = static_cast<std::int16_t>(*fact);
  const InputDef& def = schema[static_cast<std::size_t>(*fact)];
  const OpName* op = leaf_op(ctx, r, node, what);
  if (!op) return std::nullopt;
  c.op = op->op;
  if (YAML::Node of = r.get("of"); of.IsDefined() && !load_of(ctx, of, schema, def, c, what)) return std::nullopt;
  if (!load_leaf_value(ctx, r.get(op->key), *op, def, *fact, choices, c, what)) return std::nullopt;
  c.cite = cite.value_or(Citation{});
  if (!cite) return std::nullopt;
  return add_condition(table, std::move(c));
}

}  // namespace hdpolicy
