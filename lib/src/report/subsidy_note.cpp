#include "report/subsidy_note.hpp"

#include <fmt/format.h>

#include "core/number_text.hpp"
#include "csv/in_place.hpp"

namespace hdpolicy {
namespace {

// Facts a condition (and everything under it) reads, as a bit set.
void facts_under(const ConditionTable& t, std::uint32_t id, std::uint32_t& mask) {
  const Condition& c = t.conditions[id];
  if (c.op == CondOp::All || c.op == CondOp::Any) {
    for (std::uint32_t i = 0; i < c.child_count; ++i) facts_under(t, t.child_index[c.first_child + i], mask);
    return;
  }
  if (c.fact >= 0) mask |= 1U << c.fact;
}

void append_fact(std::string& out, const PolicySet& set, int fact, std::int64_t v) {
  const InputDef& def = subsidy_facts()[static_cast<std::size_t>(fact)];
  out += def.id;
  out.push_back('=');
  switch (def.kind) {
    case FactKind::Money:
      append_money(out, v);
      break;
    case FactKind::YesNo:
      out += v ? "yes" : "no";
      break;
    case FactKind::Choice:
      if (def.choices == Choices::Industries && v >= 0 && static_cast<std::size_t>(v) < set.subsidy.industries.size())
        out += set.subsidy.industries[static_cast<std::size_t>(v)].id;
      else
        append_int(out, v);
      break;
    default:
      append_int(out, v);
  }
}

// "industry,specialized": the facts in `mask`, in column order.
void append_fact_names(std::string& out, std::uint32_t mask) {
  bool first = true;
  const auto facts = subsidy_facts();
  for (std::size_t f = 0; f < facts.size(); ++f) {
    if (!(mask & (1U << f))) continue;
    if (!first) out.push_back(',');
    first = false;
    out += facts[f].id;
  }
}

}  // namespace

SubsidyNoteTexts subsidy_note_texts(const PolicySet& set) {
  const SubsidyPolicies& sp = set.subsidy;
  SubsidyNoteTexts t;
  t.assumed.resize(std::size_t{1} << subsidy_facts().size());
  t.assumed_csv.resize(t.assumed.size());
  for (std::uint32_t id = 0; id < sp.conditions.conditions.size(); ++id) {
    std::uint32_t mask = 0;
    facts_under(sp.conditions, id, mask);
    t.facts_of.push_back(mask);
  }
  for (std::uint32_t mask = 1; mask < t.assumed.size(); ++mask) {
    t.assumed[mask] = "assumed: ";
    append_fact_names(t.assumed[mask], mask);
    std::string cell(csv::max_text(t.assumed[mask].size()), '\0');
    cell.resize(static_cast<std::size_t>(csv::put_text(cell.data(), t.assumed[mask]) - cell.data()));
    t.assumed_csv[mask] = std::move(cell);
  }
  for (const SubsidyRule& rule : sp.rules) {
    auto& texts = t.cut.emplace_back();
    for (std::size_t i = 0; i < rule.limits.size() && i < kMaxLimits; ++i) {
      const Limit& limit = rule.limits[i];
      if (limit.kind == LimitKind::AllLevels) {
        texts[i] = fmt::format("cut to premium - upper_subsidy ({})", limit.cite.article);
        continue;
      }
      const Cap& cap = sp.caps[static_cast<std::size_t>(limit.cap)];
      std::string amount;
      append_money(amount, cap.amount.fen);
      texts[i] = fmt::format("cut by cap {} {} ({})", cap.id, amount, cap.cite.article);
    }
  }
  for (const Document& doc : set.documents)
    t.version.push_back(fmt::format("{} {}..{} {}", doc.number, format_date(doc.effective_from),
                                    format_date(doc.effective_to), doc.effective_cite.article));
  return t;
}

// The note of an eligible row: what was assumed, and which limit cut the amount.
void note_paid(std::string& out, const PolicySet& set, const SubsidyNoteTexts& t, std::uint32_t known, int year,
               const RuleOutcome& o, std::span<const Money> used) {
  out += t.assumed[assumed_facts(t, known, o)];
  if (o.cut_by < 0) return;
  if (!out.empty()) out += std::string_view("; ");
  out += t.cut[static_cast<std::size_t>(o.rule)][static_cast<std::size_t>(o.cut_by)];
  const Limit& limit = set.subsidy.rules[static_cast<std::size_t>(o.rule)].limits[static_cast<std::size_t>(o.cut_by)];
  if (limit.kind != LimitKind::Cap) return;
  const auto slot = static_cast<std::size_t>(set.subsidy.caps[static_cast<std::size_t>(limit.cap)].slot);
  Money before = slot < used.size() ? used[slot] : Money{};
  if (before.fen > 0) {
    out += std::string_view(", ");
    append_money(out, before.fen);
    out += std::string_view(" used earlier in ");
    append_int(out, year);
  }
}

// The note of a row no article pays: each candidate article and why not.
void note_unpaid(std::string& out, const PolicySet& set, const SubsidyNoteTexts& t, const SubsidyClaim& claim,
                 const SubsidyResult& r) {
  const SubsidyPolicies& sp = set.subsidy;
  if (r.document < 0) {
    out += "not eligible: no version of the policy in force on ";
    append_date(out, claim.date);
    auto nearest = sp.versions.nearest(claim.date);
    const char* sep = " (nearest: ";
    for (std::int32_t v : {nearest.before, nearest.after}) {
      if (v < 0) continue;
      out += sep;
      out += t.version[static_cast<std::size_t>(v)];
      sep = "; ";
    }
    if (nearest.before >= 0 || nearest.after >= 0) out.push_back(')');
    return;
  }
  if (r.candidate_count == 0) {
    out += "no article covers type ";
    out += sp.types[static_cast<std::size_t>(claim.type)].id;
    return;
  }
  out += "not eligible: ";
  for (std::uint8_t i = 0; i < r.candidate_count; ++i) {
    const RuleOutcome& o = r.candidates[i];
    const SubsidyRule& rule = sp.rules[static_cast<std::size_t>(o.rule)];
    if (i) out += "; ";
    out += rule.article;
    if (o.failed < 0) continue;
    const Condition& c = sp.conditions.conditions[static_cast<std::size_t>(o.failed)];
    if (!c.cite.article.empty() && c.cite.article != rule.article) {
      out.push_back('/');
      out += c.cite.article;
    }
    std::uint32_t mask = t.facts_of[static_cast<std::size_t>(o.failed)];
    for (int f = 0; f < static_cast<int>(kMaxSubsidyFacts); ++f) {
      if (!(mask & (1U << f)) || !claim.facts[static_cast<std::size_t>(f)].known) continue;
      out.push_back(' ');
      append_fact(out, set, f, claim.facts[static_cast<std::size_t>(f)].value);
    }
  }
}

}  // namespace hdpolicy
