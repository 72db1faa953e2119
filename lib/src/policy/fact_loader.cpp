// Loads the `facts:` section of a policy document: the inputs it declares,
// each becoming an input-table row (option, batch column, test-case key),
// and the vocabulary files of facts documents share (`- use: ID`).
#include <fmt/format.h>

#include <algorithm>

#include "policy/benefit_loader.hpp"

namespace hdpolicy {
namespace {

struct KindName {
  const char* name;
  FactKind kind;
};
constexpr KindName kKinds[] = {
    {"money", FactKind::Money}, {"count", FactKind::Count}, {"year", FactKind::Year},
    {"yesno", FactKind::YesNo}, {"date", FactKind::Date},   {"choice", FactKind::Choice},
    {"area", FactKind::Area},   {"rate", FactKind::Rate},   {"key", FactKind::Key},
};
constexpr const char* kKindList = "money, count, year, yesno, date, choice, area, rate or key";

// What a fact asks for, in a "required" message.
std::string what_it_takes(FactKind kind) {
  switch (kind) {
    case FactKind::Money:
      return "an amount in yuan (e.g. 80000 or 80000.50)";
    case FactKind::Count:
      return "a whole number (e.g. 12)";
    case FactKind::Year:
      return "a four-digit year (e.g. 2025)";
    case FactKind::YesNo:
      return "yes or no";
    case FactKind::Date:
      return "a date written YYYY-MM-DD";
    case FactKind::Area:
      return "an area in square metres (e.g. 850.5)";
    case FactKind::Rate:
      return "a rate (e.g. 25% or 0.25)";
    case FactKind::Choice:
    case FactKind::Key:
      break;
  }
  return "a value";
}

bool plain_id(const std::string& id) {
  return !id.empty() && id.size() <= 40 && id[0] >= 'a' && id[0] <= 'z' &&
         std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::vector<ChoiceValue> load_values(LoadContext& ctx, const YAML::Node& list, const std::string& what) {
  std::vector<ChoiceValue> values;
  if (!list.IsSequence() || list.size() == 0 || list.size() > 64) {
    ctx.error(list, fmt::format("{}.values: a list of 1 to 64 values, each {{id, zh, en}}", what));
    return values;
  }
  for (const auto& n : list) {
    MapReader r(ctx, n, what + " value");
    if (!r.ok()) continue;
    ChoiceValue v;
    v.id = r.text("id", true).value_or("");
    v.name.zh = r.text("zh", true).value_or("");
    v.name.en = r.text("en", true).value_or("");
    v.aliases = r.text_list("aliases");
    for (const auto& other : values)
      if (other.id == v.id) ctx.error(n, fmt::format("{}: value '{}' is declared twice", what, v.id));
    values.push_back(std::move(v));
  }
  return values;
}

// `difference: [a, b]`, `years_since: fact`, `months_since: fact` or
// `year_of: fact`, checked once every fact is read.
struct PendingDerived {
  std::size_t row;
  YAML::Node node;
  std::vector<std::string> from;
};

// `defaults_to`, `implied_by`, `not_before`, `not_after`: names of other
// facts, resolved once every fact is read.
enum class LinkKind : std::uint8_t { DefaultsTo, ImpliedBy, NotBefore, NotAfter };
struct PendingLink {
  std::size_t row;
  LinkKind kind;
  YAML::Node node;
  std::vector<std::string> names;
};
constexpr std::pair<const char*, LinkKind> kLinks[] = {{"defaults_to", LinkKind::DefaultsTo},
                                                       {"implied_by", LinkKind::ImpliedBy},
                                                       {"not_before", LinkKind::NotBefore},
                                                       {"not_after", LinkKind::NotAfter}};

struct Pending {
  std::vector<PendingDerived> derived;
  std::vector<PendingLink> links;
};

std::vector<std::string> names_of(const YAML::Node& n) {
  std::vector<std::string> names;
  if (n.IsSequence())
    for (const auto& item : n) names.push_back(item.IsScalar() ? item.Scalar() : "");
  else if (n.IsScalar())
    names.push_back(n.Scalar());
  return names;
}

constexpr std::pair<const char*, DerivedKind> kDerived[] = {{"difference", DerivedKind::Difference},
                                                            {"years_since", DerivedKind::YearsSince},
                                                            {"months_since", DerivedKind::MonthsSince},
                                                            {"year_of", DerivedKind::YearOf}};

// A derived fact's key (`difference`, `years_since`, `months_since`,
// `year_of`): the fact becomes derived, never given, and what it reads is
// resolved later. The links to other facts are kept for later too.
void read_links(MapReader& r, const FactTable& t, InputDef& def, FactExtra& extra, Pending& pending) {
  for (const auto& [key, kind] : kDerived) {
    YAML::Node dn = r.get(key);
    if (!dn.IsDefined()) continue;
    extra.derived = kind;
    def.role = InputRole::Derived;
    def.where = 0;
    def.need = Need::Optional;
    pending.derived.push_back({t.rows.size(), dn, names_of(dn)});
  }
  for (const auto& [key, kind] : kLinks)
    if (YAML::Node n = r.get(key); n.IsDefined()) pending.links.push_back({t.rows.size(), kind, n, names_of(n)});
}

bool load_fact(LoadContext& ctx, const YAML::Node& n, FactTable& t, Pending& pending) {
  MapReader r(ctx, n, "fact");
  if (!r.ok()) return false;
  auto id = r.text("id", true);
  auto kind_name = r.text("kind", true);
  auto label = r.label("label", true);
  if (!id || !kind_name || !label) return false;
  const std::string what = fmt::format("fact '{}'", *id);
  if (!plain_id(*id)) {
    ctx.error(r.get("id"), fmt::format("{}: an id is lower-case letters, digits and _, starting with a letter", what));
    return false;
  }
  const KindName* kind = nullptr;
  for (const auto& k : kKinds)
    if (*kind_name == k.name) kind = &k;
  if (!kind) {
    ctx.error(r.get("kind"), fmt::format("{}: kind '{}' is not accepted: {}", what, *kind_name, kKindList));
    return false;
  }
  InputDef def{};
  FactExtra extra;
  def.id = t.keep(*id);
  std::string option = "--" + *id;
  std::replace(option.begin(), option.end(), '_', '-');
  def.option = t.keep(option);
  def.kind = kind->kind;
  def.label = {t.keep(label->zh), t.keep(label->en)};
  if (auto help = r.label("help")) def.help = {t.keep(help->zh), t.keep(help->en)};
  if (auto unit = r.label("unit")) def.unit = {t.keep(unit->zh), t.keep(unit->en)};
  def.need = r.boolean("required").value_or(false) ? Need::Required : Need::Optional;
  def.what = t.keep(what_it_takes(def.kind));
  if (r.boolean("claim_date").value_or(false)) {
    if (def.kind != FactKind::Date || t.claim_date >= 0) {
      ctx.error(r.get("claim_date"), fmt::format("{}: claim_date: one date fact is the claim's date", what));
      return false;
    }
    t.claim_date = static_cast<std::int16_t>(t.rows.size());
    // Today, where not given on the command line, unless it is required (a hire's date).
    if (def.need != Need::Required) def.need = Need::TodayOnCli;
    def.role = InputRole::Claim;
  }
  if (def.kind == FactKind::Key) {
    // A key the caps are kept by may be required in every row (`required: true`).
    def.need = def.need == Need::Required ? Need::Required : Need::Column;
    if (def.need == Need::Required) def.what = t.keep(fmt::format("the {} of every row", def.label.en));
    def.where = kInColumn | kInCase;
    def.role = InputRole::Claim;
    if (t.enterprise < 0)
      t.enterprise = static_cast<std::int16_t>(t.rows.size());
    else if (t.other_key < 0)
      t.other_key = static_cast<std::int16_t>(t.rows.size());
  }
  if (def.kind == FactKind::Choice) {
    def.choices = Choices::Declared;
    extra.choices = load_values(ctx, r.get("values", true), what);
    if (extra.choices.empty()) return false;
  }
  read_links(r, t, def, extra, pending);
  if (auto because = r.text("implied_because")) extra.implied_because = *because;
  // What a value of it is, in messages ("the person's date of birth, written YYYY-MM-DD").
  if (auto accepts = r.text("accepts")) def.what = t.keep(*accepts);
  if (def.role != InputRole::Derived && !pending.derived.empty()) {
    ctx.error(
        n, fmt::format("{}: derived facts (difference, years_since, months_since, year_of) come after every given fact",
                       what));
    return false;
  }
  for (const auto& row : t.rows)
    if (row.id == def.id) {
      ctx.error(n, fmt::format("{} is declared twice", what));
      return false;
    }
  t.rows.push_back(def);
  t.extra.push_back(std::move(extra));
  return true;
}

// The row of a given (not derived) fact named `name`, or -1.
std::int16_t given_fact(const FactTable& t, const std::string& name) {
  for (std::size_t i = 0; i < t.rows.size(); ++i)
    if (t.rows[i].id == name && t.rows[i].role != InputRole::Derived) return static_cast<std::int16_t>(i);
  return -1;
}

// What a derived fact of `kind` may be computed from, in a message; and whether `from` fits.
const char* derived_needs(DerivedKind kind) {
  switch (kind) {
    case DerivedKind::Difference:
      return "a given fact of the same kind (money or count)";
    case DerivedKind::YearOf:
      return "a given date fact (and the fact itself is a year)";
    default:
      return "a given date fact (and the fact itself is a count)";
  }
}
bool derived_fits(DerivedKind kind, const InputDef& def, const InputDef& from) {
  if (kind == DerivedKind::Difference)
    return from.kind == def.kind && (def.kind == FactKind::Money || def.kind == FactKind::Count);
  return from.kind == FactKind::Date && def.kind == (kind == DerivedKind::YearOf ? FactKind::Year : FactKind::Count);
}

// Resolves what derived facts are computed from, and checks the kinds fit.
bool resolve_derived(LoadContext& ctx, FactTable& t, const std::vector<PendingDerived>& pending) {
  bool ok = true;
  for (const auto& p : pending) {
    FactExtra& e = t.extra[p.row];
    const InputDef& def = t.rows[p.row];
    const bool difference = e.derived == DerivedKind::Difference;
    const std::size_t want = difference ? 2 : 1;
    const std::string what = fmt::format("fact '{}'", def.id);
    if (p.from.size() != want) {
      ctx.error(p.node, difference ? what + ": difference: [a, b], two facts (a − b)"
                                   : what + ": " + std::string(kDerived[static_cast<int>(e.derived) - 1].first) +
                                         ": a date fact");
      ok = false;
      continue;
    }
    for (std::size_t i = 0; i < want; ++i) {
      const std::int16_t from = given_fact(t, p.from[i]);
      if (from < 0 || !derived_fits(e.derived, def, t.rows[static_cast<std::size_t>(from)])) {
        ctx.error(p.node, fmt::format("{}: '{}' is not {}", what, p.from[i], derived_needs(e.derived)));
        ok = false;
        continue;
      }
      e.from[i] = from;
    }
    t.rows[p.row].from = t.rows[static_cast<std::size_t>(std::max<std::int16_t>(e.from[0], 0))].id;
  }
  return ok;
}

// Resolves `defaults_to`, `implied_by`, `not_before` and `not_after`: each
// names given facts, of the same kind (defaults_to), of a date fact (the
// order of dates), on a given yes/no fact (implied_by).
bool resolve_links(LoadContext& ctx, FactTable& t, const std::vector<PendingLink>& pending) {
  bool ok = true;
  for (const auto& p : pending) {
    const InputDef& def = t.rows[p.row];
    FactExtra& e = t.extra[p.row];
    const std::string what = fmt::format("fact '{}'", def.id);
    const bool dates = p.kind == LinkKind::NotBefore || p.kind == LinkKind::NotAfter;
    const char* key = kLinks[static_cast<int>(p.kind)].first;
    const bool self_fits = def.role != InputRole::Derived &&
                           (p.kind != LinkKind::ImpliedBy || def.kind == FactKind::YesNo) &&
                           (!dates || def.kind == FactKind::Date);
    if (!self_fits || p.names.empty() || (p.kind == LinkKind::DefaultsTo && p.names.size() != 1)) {
      ctx.error(p.node,
                fmt::format("{}: {}: {}", what, key,
                            p.kind == LinkKind::DefaultsTo  ? "one other given fact of the same kind"
                            : p.kind == LinkKind::ImpliedBy ? "given facts that each imply yes, on a given yes/no fact"
                                                            : "given date facts, on a given date fact"));
      ok = false;
      continue;
    }
    for (const std::string& name : p.names) {
      const std::int16_t other = given_fact(t, name);
      const InputDef* o = other >= 0 ? &t.rows[static_cast<std::size_t>(other)] : nullptr;
      const bool fits = o && other != static_cast<std::int16_t>(p.row) &&
                        (p.kind != LinkKind::DefaultsTo || o->kind == def.kind) &&
                        (!dates || o->kind == FactKind::Date);
      if (!fits) {
        ctx.error(p.node, fmt::format("{}: {}: '{}' is not {}", what, key, name,
                                      dates                           ? "another given date fact"
                                      : p.kind == LinkKind::ImpliedBy ? "another given fact"
                                                                      : "another given fact of the same kind"));
        ok = false;
        continue;
      }
      t.links = true;
      e.linked = t.extra[static_cast<std::size_t>(other)].linked = true;
      switch (p.kind) {
        case LinkKind::DefaultsTo:
          e.defaults_to = other;
          break;
        case LinkKind::ImpliedBy:
          e.implied_by.push_back(other);
          break;
        case LinkKind::NotBefore:
          e.not_before.push_back(other);
          break;
        case LinkKind::NotAfter:
          e.not_after.push_back(other);
          break;
      }
    }
  }
  return ok;
}

// `- use: ID` (with `required: true|false` to say otherwise): the shared
// fact, read as if written here.
bool load_shared_fact(LoadContext& ctx, const YAML::Node& n, FactTable& t, Pending& pending) {
  MapReader r(ctx, n, "fact");
  auto id = r.text("use", true);
  auto required = r.boolean("required");
  if (!id) return false;
  const SharedFact* shared = ctx.vocabulary ? ctx.vocabulary->find(*id) : nullptr;
  if (!shared) {
    ctx.error(r.get("use"),
              fmt::format("fact: use: '{}' is not a fact of the vocabulary ({})", *id,
                          ctx.vocabulary && !ctx.vocabulary->facts.empty() ? ctx.vocabulary->list()
                                                                           : "no file with vocabulary: is loaded"));
    return false;
  }
  for (const auto& row : t.rows)
    if (row.id == *id) {
      ctx.error(n, fmt::format("fact '{}' is declared twice", *id));
      return false;
    }
  YAML::Node node = YAML::Clone(shared->node);
  if (required) node["required"] = *required;
  return load_fact(ctx, node, t, pending);
}

bool is_use(const YAML::Node& n) { return n.IsMap() && n["use"].IsDefined(); }

}  // namespace

const SharedFact* FactVocabulary::find(std::string_view id) const {
  for (const auto& f : facts)
    if (f.id == id) return &f;
  return nullptr;
}

std::string FactVocabulary::list() const {
  std::string s;
  for (const auto& f : facts) s += (s.empty() ? "" : ", ") + f.id;
  return s;
}

void load_vocabulary_file(LoadContext& ctx, const YAML::Node& root, FactVocabulary& vocabulary) {
  MapReader top(ctx, root, "vocabulary file");
  if (!top.ok()) return;
  YAML::Node list = top.get("vocabulary", true);
  if (!list.IsDefined()) return;
  if (!list.IsSequence() || list.size() == 0) {
    ctx.error(list, "vocabulary must be a non-empty list of facts, each {id, kind, label}");
    return;
  }
  for (const auto& n : list) {
    FactTable scratch;  // each fact checked alone: every one may be a claim's date
    Pending pending;
    if (!load_fact(ctx, n, scratch, pending)) continue;
    const std::string id(scratch.rows.front().id);
    if (!pending.derived.empty()) {
      ctx.error(n, fmt::format("vocabulary: fact '{}' is derived: a derived fact reads its document's other facts, "
                               "so it belongs in the document's facts:",
                               id));
    } else if (!pending.links.empty()) {
      ctx.error(n, fmt::format("vocabulary: fact '{}' names other facts (defaults_to, implied_by, not_before, "
                               "not_after): those are its document's, so it belongs in the document's facts:",
                               id));
    } else if (vocabulary.find(id)) {
      ctx.error(n, fmt::format("vocabulary: fact '{}' is declared twice", id));
    } else {
      vocabulary.facts.push_back({id, YAML::Clone(n)});
    }
  }
}

std::shared_ptr<FactTable> load_facts(LoadContext& ctx, const YAML::Node& list) {
  auto t = std::make_shared<FactTable>();
  if (!list.IsSequence() || list.size() == 0) {
    ctx.error(list, "facts must be a non-empty list of facts, each {id, kind, label} or {use: ID}");
    return nullptr;
  }
  if (list.size() > kMaxInputs) {
    ctx.error(list, fmt::format("facts: {} facts, at most {} are supported", list.size(), kMaxInputs));
    return nullptr;
  }
  bool ok = true;
  Pending pending;
  for (const auto& n : list)
    ok = (is_use(n) ? load_shared_fact(ctx, n, *t, pending) : load_fact(ctx, n, *t, pending)) && ok;
  ok = ok && resolve_derived(ctx, *t, pending.derived) && resolve_links(ctx, *t, pending.links);
  if (ok && t->claim_date < 0) {
    ctx.error(list,
              "facts: no claim date: mark one date fact `claim_date: true` (the effective window, the "
              "payable year and annual caps count from it)");
    ok = false;
  }
  if (!ok) return nullptr;
  for (FactExtra& e : t->extra)  // in order: a text two values share is the first one's, as find_choice reads
    for (std::size_t i = 0; i < e.choices.size(); ++i) {
      const auto value = static_cast<std::int16_t>(i);
      e.choice_index.emplace(e.choices[i].id, value);
      e.choice_index.emplace(e.choices[i].name.zh, value);
      for (const std::string& alias : e.choices[i].aliases) e.choice_index.emplace(alias, value);
    }
  for (int lang = 0; lang < 2; ++lang) {
    t->choice_names[lang].resize(t->rows.size());
    for (std::size_t row = 0; row < t->rows.size(); ++row)
      for (const ChoiceValue& v : t->extra[row].choices) t->choice_names[lang][row].push_back(v.name.in(lang == 0));
  }
  return t;
}

std::optional<int> FactTable::find_choice(std::size_t row, std::string_view text) const {
  if (const auto& index = extra[row].choice_index; !index.empty()) {
    const auto it = index.find(text);
    if (it == index.end()) return std::nullopt;
    return it->second;
  }
  // While the facts are being read (the index is built at the end).
  const auto& values = extra[row].choices;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const ChoiceValue& v = values[i];
    if (v.id == text || v.name.zh == text || std::find(v.aliases.begin(), v.aliases.end(), text) != v.aliases.end())
      return static_cast<int>(i);
  }
  return std::nullopt;
}

std::string FactTable::choice_list(std::size_t row) const {
  std::string s;
  for (const auto& v : extra[row].choices) s += (s.empty() ? "" : ", ") + v.id;
  return s;
}

}  // namespace hdpolicy
