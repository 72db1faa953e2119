#include "report/subsidy_contract_row.hpp"

#include <fmt/format.h>

#include "core/number_text.hpp"
#include "hdpolicy/policy_set.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "hdpolicy/subsidy_policy.hpp"

namespace hdpolicy {
namespace {

// The fact rows a condition (and everything under it) reads, as a bit set
// (a document declares at most kMaxInputs facts).
std::uint32_t facts_under(const ConditionTable& t, std::uint32_t id) {
  const Condition& c = t.conditions[id];
  if (c.op == CondOp::All || c.op == CondOp::Any) {
    std::uint32_t mask = 0;
    for (std::uint32_t i = 0; i < c.child_count; ++i) mask |= facts_under(t, t.child_index[c.first_child + i]);
    return mask;
  }
  return c.fact >= 0 ? 1U << c.fact : 0;
}

// "industry=other": a fact given on the row, as its cell could say it.
void append_fact(std::string& out, const BenefitPolicy& p, std::size_t f, std::int64_t v) {
  const InputDef& def = p.inputs()[f];
  (out += def.id) += '=';
  const auto& choices = p.facts->extra[f].choices;
  if (def.kind == FactKind::Money)
    append_money(out, v);
  else if (def.kind == FactKind::YesNo)
    out += v ? "yes" : "no";
  else if (def.kind == FactKind::Choice && v >= 0 && static_cast<std::size_t>(v) < choices.size())
    out += choices[static_cast<std::size_t>(v)].id;
  else
    append_int(out, v);
}

std::uint32_t known_facts(const BenefitClaim& claim) {
  std::uint32_t known = 0;
  for (std::size_t f = 0; f < claim.facts.size(); ++f)
    if (claim.facts[f].known) known |= 1U << f;
  return known;
}

}  // namespace

SubsidyRowWords::SubsidyRowWords(const PolicySet& set, const BenefitPolicy& version) : set_(set), p_(version) {
  if (auto row = find_input(p_.inputs(), "type")) type_ = static_cast<std::int16_t>(*row);
  for (std::uint32_t id = 0; id < p_.conditions.conditions.size(); ++id)
    facts_of_.push_back(facts_under(p_.conditions, id));
  for (const InputDef& def : subsidy_facts())
    if (auto row = find_input(p_.inputs(), def.id)) order_.push_back(static_cast<std::int16_t>(*row));
  for (const BenefitPolicy& b : set_.benefits) {
    const Document& d = set_.documents[static_cast<std::size_t>(b.document)];
    version_.push_back(fmt::format("{} {}..{} {}", d.number, format_date(d.effective_from), format_date(d.effective_to),
                                   d.effective_cite.article));
  }
  for (const BenefitRule& rule : p_.rules) {
    article_.push_back(std::to_string(article_number(rule.article).value_or(0)));
    auto& texts = cut_.emplace_back();
    for (const BenefitLimit& lim : rule.limits) {
      if (lim.kind == BenefitLimitKind::AllLevels) {
        std::string s = fmt::format("cut to {}", p_.inputs()[static_cast<std::size_t>(lim.base)].id);
        if (lim.other >= 0) s += fmt::format(" - {}", p_.inputs()[static_cast<std::size_t>(lim.other)].id);
        texts.push_back(fmt::format("{} ({})", s, lim.cite.article));
      } else if (lim.kind == BenefitLimitKind::Cap) {
        const BenefitCap& cap = p_.caps[static_cast<std::size_t>(lim.cap)];
        texts.push_back(fmt::format("cut by cap {} {} ({})", cap.id, format_money(cap.amount), cap.cite.article));
      } else {
        texts.push_back(fmt::format("cut by {} ({})", lim.id, lim.cite.article));
      }
    }
  }
}

SubsidyContractRow SubsidyRowWords::row(const BenefitClaim& claim, const BenefitResult& r, std::string& note) {
  SubsidyContractRow row;
  if (r.chosen < 0) {
    note_unpaid(claim, r, note);
    return row;
  }
  const BenefitRule& rule = p_.rules[static_cast<std::size_t>(r.chosen)];
  const BenefitRuleOutcome& o = r.rules[static_cast<std::size_t>(r.chosen)];
  row.eligible = true;
  row.amount = o.amount;
  row.rule = r.chosen;
  row.capped_by = o.capped_by >= 0 ? std::string_view(rule.limits[static_cast<std::size_t>(o.capped_by)].id) : "";
  row.payee = rule.payee;
  row.payable_year = year_of(claim.date) + p_.payable_years_after;
  note_assumed(claim, r, r.chosen, note);
  note_cut(claim, o, note);
  return row;
}

// "assumed: industry,specialized": the facts not given that the scope and
// the paid rule assumed, and the other levels' subsidy an all-levels limit
// assumed to leave room.
void SubsidyRowWords::note_assumed(const BenefitClaim& claim, const BenefitResult& r, std::int16_t rule,
                                   std::string& note) {
  const BenefitRuleOutcome& o = r.rules[static_cast<std::size_t>(rule)];
  std::uint32_t mask = 0;
  for (std::uint8_t a = 0; a < r.required_assumed.count; ++a) mask |= facts_of_[r.required_assumed.ids[a]];
  for (std::uint8_t a = 0; a < o.assumed.count; ++a) mask |= facts_of_[o.assumed.ids[a]];
  if (o.other_assumed >= 0)
    if (std::int16_t other =
            p_.rules[static_cast<std::size_t>(rule)].limits[static_cast<std::size_t>(o.other_assumed)].other;
        other >= 0)
      mask |= 1U << other;
  mask &= ~known_facts(claim);
  if (mask == 0) return;
  // A batch has few such sets: each is worded once, into a small table by the set.
  AssumedWords& words = assumed_[(mask * 0x9E3779B9U) >> (32 - kAssumedBits)];
  if (words.mask != mask) {
    words.mask = mask;
    words.text.clear();
    const char* sep = "assumed: ";
    for (std::int16_t f : order_)
      if (mask & (1U << f)) {
        words.text += sep;
        words.text += p_.inputs()[static_cast<std::size_t>(f)].id;
        sep = ",";
      }
  }
  note += words.text;
}

// "cut by cap catalogue 500000.00 (第四条), 300000.00 used earlier in 2025".
void SubsidyRowWords::note_cut(const BenefitClaim& claim, const BenefitRuleOutcome& o, std::string& note) const {
  if (o.capped_by < 0) return;
  const auto rule = static_cast<std::size_t>(o.rule);
  const BenefitLimit& lim = p_.rules[rule].limits[static_cast<std::size_t>(o.capped_by)];
  if (!note.empty()) note += "; ";
  note += cut_[rule][static_cast<std::size_t>(o.capped_by)];
  if (lim.kind != BenefitLimitKind::Cap) return;
  const auto slot = static_cast<std::size_t>(lim.cap);
  const Money before = slot < claim.received.size() ? claim.received[slot] : Money{};
  if (before.fen <= 0) return;
  note += ", ";
  append_money(note, before.fen);
  note += " used earlier in ";
  append_int(note, year_of(claim.date));
}

// "not eligible: no version of the policy in force on 2028-01-01 (nearest:
// 海金融发〔2025〕4号 2025-09-16..2027-12-31 第十五条)".
void SubsidyRowWords::note_no_version(Date day, std::string& note) const {
  note += "not eligible: no version of the policy in force on ";
  append_date(note, day);
  if (p_.versions < 0) return;
  auto nearest = set_.benefit_versions[static_cast<std::size_t>(p_.versions)].nearest(day);
  const char* sep = " (nearest: ";
  for (std::int32_t v : {nearest.before, nearest.after}) {
    if (v < 0) continue;
    note += sep;
    note += version_[static_cast<std::size_t>(v)];
    sep = "; ";
  }
  if (nearest.before >= 0 || nearest.after >= 0) note += ')';
}

// The note of a row no article pays: each article covering the type and
// why not (the scope's condition, or its own), with the facts it read.
void SubsidyRowWords::note_unpaid(const BenefitClaim& claim, const BenefitResult& r, std::string& note) const {
  if (!r.in_force) return note_no_version(claim.date, note);
  bool any = false;
  for (std::size_t i = 0; i < p_.rules.size(); ++i) {
    const BenefitRuleOutcome& o = r.rules[i];
    if (o.uncovered >= 0) continue;
    note += any ? "; " : "not eligible: ";
    any = true;
    const BenefitRule& rule = p_.rules[i];
    note += rule.article;
    const std::int32_t failed = r.required == Tri::False ? r.required_failed : o.failed;
    if (failed < 0) continue;
    const Condition& cond = p_.conditions.conditions[static_cast<std::size_t>(failed)];
    if (!cond.cite.article.empty() && cond.cite.article != rule.article) (note += '/') += cond.cite.article;
    const std::uint32_t mask = facts_of_[static_cast<std::size_t>(failed)];
    for (std::int16_t f : order_) {
      const FactValue& v = claim.facts[static_cast<std::size_t>(f)];
      if (!(mask & (1U << f)) || !v.known) continue;
      note += ' ';
      append_fact(note, p_, static_cast<std::size_t>(f), v.value);
    }
  }
  if (any) return;
  const auto& choices = p_.facts->extra[static_cast<std::size_t>(type_)].choices;
  (note += "no article covers type ") +=
      choices[static_cast<std::size_t>(claim.facts[static_cast<std::size_t>(type_)].value)].id;
}

}  // namespace hdpolicy
