// hdpolicy diff: two loaded policy sets compared item by item, matched by id
// (documents by number). Only what the law says is compared: a changed label
// or quote with the same numbers and logic is not a difference in the rules.
#include "hdpolicy/policy_diff.hpp"

#include <algorithm>
#include <functional>
#include <string_view>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/input.hpp"

namespace hdpolicy {

const char* diff_kind_name(DiffKind k) {
  static constexpr const char* kNames[] = {"document-added", "document-removed",
                                           "title",          "effective",
                                           "rate",           "cap",
                                           "limits",         "condition",
                                           "type",           "industry",
                                           "payee",          "payable",
                                           "rounding",       "rule",
                                           "deadline",       "calendar-year",
                                           "calendar-day",   "fact",
                                           "figure",         "resolution"};
  return kNames[static_cast<std::size_t>(k)];
}

namespace {

using Out = std::vector<PolicyDifference>;

// The side of a condition: its table, its facts and the set it belongs to.
struct CondSide {
  const PolicySet* set = nullptr;
  const ConditionTable* table = nullptr;
  std::span<const InputDef> schema{};
  bool subsidy = true;               // industry choices are named by the subsidy industries
  const FactTable* facts = nullptr;  // a declared document's: its choices are named by their ids
};

DiffValue condition_value(const CondSide& s, std::uint32_t id) {
  DiffValue v;
  v.shape = DiffValue::Shape::Condition;
  v.set = s.set;
  v.table = s.table;
  v.schema = s.schema;
  v.condition = id;
  return v;
}

// The chosen industries by id, so that two sets listing them in another order compare equal.
std::vector<std::string> choice_ids(const CondSide& s, const Condition& c) {
  std::vector<std::string> ids;
  const auto& industries = s.set->subsidy.industries;
  for (std::size_t i = 0; i < 64; ++i) {
    if (!((c.choices >> i) & 1U)) continue;
    bool named = s.subsidy && c.fact == kFactIndustry && i < industries.size();
    const auto fact = static_cast<std::size_t>(c.fact);
    const std::vector<ChoiceValue>* declared =
        s.facts && c.fact >= 0 && fact < s.facts->extra.size() ? &s.facts->extra[fact].choices : nullptr;
    if (declared && i < declared->size())
      ids.push_back((*declared)[i].id);
    else
      ids.push_back(named ? industries[i].id : std::to_string(i));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::uint32_t child(const ConditionTable& t, const Condition& c, std::uint32_t i) {
  return t.child_index[c.first_child + i];
}

// A fact of a condition by its id: a fact added before it in a document's
// `facts:` moves its index, not its meaning.
std::string_view fact_id(const CondSide& s, std::int16_t fact) {
  if (fact < 0 || static_cast<std::size_t>(fact) >= s.schema.size()) return {};
  return s.schema[static_cast<std::size_t>(fact)].id;
}

bool same_condition(const CondSide& a, std::uint32_t ia, const CondSide& b, std::uint32_t ib) {
  const Condition& ca = a.table->conditions[ia];
  const Condition& cb = b.table->conditions[ib];
  if (ca.op != cb.op || fact_id(a, ca.fact) != fact_id(b, cb.fact) || fact_id(a, ca.of) != fact_id(b, cb.of) ||
      ca.value != cb.value || ca.term != cb.term || ca.child_count != cb.child_count)
    return false;
  if (ca.op == CondOp::In && choice_ids(a, ca) != choice_ids(b, cb)) return false;
  for (std::uint32_t i = 0; i < ca.child_count; ++i)
    if (!same_condition(a, child(*a.table, ca, i), b, child(*b.table, cb, i))) return false;
  return true;
}

// Descends to the smallest part that differs: while both are the same kind of
// group with as many parts and only one part differs, that part.
void narrow(const CondSide& a, std::uint32_t& ia, const CondSide& b, std::uint32_t& ib) {
  for (;;) {
    const Condition& ca = a.table->conditions[ia];
    const Condition& cb = b.table->conditions[ib];
    bool group = ca.op == CondOp::All || ca.op == CondOp::Any;
    if (!group || ca.op != cb.op || ca.child_count != cb.child_count) return;
    int differing = -1;
    for (std::uint32_t i = 0; i < ca.child_count; ++i) {
      if (same_condition(a, child(*a.table, ca, i), b, child(*b.table, cb, i))) continue;
      if (differing >= 0) return;
      differing = static_cast<int>(i);
    }
    if (differing < 0) return;
    ia = child(*a.table, ca, static_cast<std::uint32_t>(differing));
    ib = child(*b.table, cb, static_cast<std::uint32_t>(differing));
  }
}

template <class T, class Key>
const T* find_by(const std::vector<T>& items, const Key& key, std::string_view id) {
  for (const auto& item : items)
    if (key(item) == id) return &item;
  return nullptr;
}

bool has_document(const PolicySet& s, std::string_view number) {
  return find_by(
             s.documents, [](const Document& d) { return d.number; }, number) != nullptr;
}

std::string document_number(const PolicySet& s, std::int32_t index) {
  if (index < 0 || static_cast<std::size_t>(index) >= s.documents.size()) return {};
  return s.documents[static_cast<std::size_t>(index)].number;
}

// The item of `id` in set `s` that corresponds to one of document `number`
// (starting `from`) in the other set: the same document's; when `s` does not
// hold that document (a new version), the one of the version in force before
// it starts, so a successor is compared with its predecessor. Caps and rules.
template <class T>
const T* counterpart(const PolicySet& s, const std::vector<T>& items, std::string_view id, std::string_view number,
                     Date from) {
  const T* prior = nullptr;
  for (const T& x : items) {
    if (x.id != id) continue;
    const Document& d = s.documents[static_cast<std::size_t>(x.document)];
    if (d.number == number) return &x;
    if (d.effective_from < from &&
        (!prior || s.documents[static_cast<std::size_t>(prior->document)].effective_from < d.effective_from))
      prior = &x;
  }
  return has_document(s, number) ? nullptr : prior;
}

// The item of `id` in document `number` of `s` only.
template <class T>
const T* same_document(const PolicySet& s, const std::vector<T>& items, std::string_view id, std::string_view number) {
  for (const T& x : items)
    if (x.id == id && s.documents[static_cast<std::size_t>(x.document)].number == number) return &x;
  return nullptr;
}

class Differ {
 public:
  Differ(const PolicySet& a, const PolicySet& b, Out& out) : a_(a), b_(b), out_(out) {}

  void documents();
  void subsidy();
  void deadlines();
  void calendar();
  void benefits();

 private:
  // Adds a difference unless the item is missing on a side whose whole
  // document is missing there too (the document's own line says so).
  void add(PolicyDifference d) {
    if (d.before.shape == DiffValue::Shape::Absent && !has_document(a_, d.document)) return;
    if (d.after.shape == DiffValue::Shape::Absent && !has_document(b_, d.document)) return;
    out_.push_back(std::move(d));
  }
  void condition(PolicyDifference head, const CondSide& sa, std::int32_t ia, const CondSide& sb, std::int32_t ib);
  void scopes();
  void types();
  void industries();
  void caps();
  void rule(const SubsidyRule* ra, const SubsidyRule* rb);
  void rates(const SubsidyRule& ra, const SubsidyRule& rb);
  void rule_settings(const SubsidyRule& ra, const SubsidyRule& rb);
  void payable();
  void deadline(const DeadlineRule* da, const DeadlineRule* db);
  void calendar_days(int year);
  void benefit(const BenefitPolicy& pa, const BenefitPolicy& pb);
  void benefit_facts(const BenefitPolicy& pa, const BenefitPolicy& pb, const std::string& doc);
  void benefit_rule(const BenefitPolicy& pa, const BenefitRule& ra, const BenefitPolicy& pb, const BenefitRule& rb,
                    const std::string& doc);
  void formula(const BenefitPolicy& pa, const Formula& fa, const BenefitPolicy& pb, const Formula& fb,
               const PolicyDifference& head);
  std::string subsidy_document(const PolicySet& s) const;
  CondSide subsidy_side(const PolicySet& s) const { return CondSide{&s, &s.subsidy.conditions, subsidy_facts(), true}; }

  const PolicySet& a_;
  const PolicySet& b_;
  Out& out_;
};

// A difference; a value left out is absent on that side.
PolicyDifference diff(DiffKind kind, std::string document, std::string article, std::string id, Text what,
                      DiffValue before = {}, DiffValue after = {}) {
  PolicyDifference d;
  d.kind = kind;
  d.document = std::move(document);
  d.article = std::move(article);
  d.id = std::move(id);
  d.what = std::move(what);
  d.before = std::move(before);
  d.after = std::move(after);
  return d;
}

DiffValue window(Date from, Date to, const Text& words = {}) {
  DiffValue v;
  v.shape = DiffValue::Shape::Window;
  v.from = from;
  v.to = to;
  v.words = words;
  return v;
}

DiffValue words(const Text& t) {
  DiffValue v;
  v.shape = DiffValue::Shape::Words;
  v.words = t;
  return v;
}

void Differ::documents() {
  for (const Document& db : b_.documents) {
    const Document* da = find_by(
        a_.documents, [](const Document& d) { return d.number; }, db.number);
    if (!da) {
      out_.push_back(diff(DiffKind::DocumentAdded, db.number, db.effective_cite.article, db.id, {db.title, {}}, {},
                          window(db.effective_from, db.effective_to, {db.title, {}})));
      continue;
    }
    if (da->title != db.title)
      out_.push_back(diff(DiffKind::Title, db.number, "", db.id, {}, words({da->title, {}}), words({db.title, {}})));
    if (da->effective_from != db.effective_from || da->effective_to != db.effective_to)
      out_.push_back(diff(DiffKind::Effective, db.number, db.effective_cite.article, db.id, {},
                          window(da->effective_from, da->effective_to), window(db.effective_from, db.effective_to)));
  }
  for (const Document& da : a_.documents)
    if (!has_document(b_, da.number))
      out_.push_back(diff(DiffKind::DocumentRemoved, da.number, da.effective_cite.article, da.id, {da.title, {}},
                          window(da.effective_from, da.effective_to, {da.title, {}}), {}));
}

// A condition present on either side (-1: none), narrowed to the part that changed.
void Differ::condition(PolicyDifference head, const CondSide& sa, std::int32_t ia, const CondSide& sb,
                       std::int32_t ib) {
  if (ia < 0 && ib < 0) return;
  head.kind = DiffKind::Condition;
  if (ia >= 0 && ib >= 0) {
    auto ua = static_cast<std::uint32_t>(ia), ub = static_cast<std::uint32_t>(ib);
    if (same_condition(sa, ua, sb, ub)) return;
    narrow(sa, ua, sb, ub);
    head.before = condition_value(sa, ua);
    head.after = condition_value(sb, ub);
    const std::string& article = sb.table->conditions[ub].cite.article;
    if (!article.empty()) head.article = article;
  } else if (ia >= 0) {
    head.before = condition_value(sa, static_cast<std::uint32_t>(ia));
  } else {
    head.after = condition_value(sb, static_cast<std::uint32_t>(ib));
  }
  add(std::move(head));
}

// The document of the subsidy section (its first rule's, else its first scope's).
std::string Differ::subsidy_document(const PolicySet& s) const {
  if (!s.subsidy.rules.empty()) return document_number(s, s.subsidy.rules.front().document);
  if (!s.subsidy.scopes.empty()) return document_number(s, s.subsidy.scopes.front().document);
  return {};
}

void Differ::subsidy() {
  scopes();
  types();
  industries();
  caps();
  for (const SubsidyRule& rb : b_.subsidy.rules) {
    const Document& d = b_.documents[static_cast<std::size_t>(rb.document)];
    rule(counterpart(a_, a_.subsidy.rules, rb.id, d.number, d.effective_from), &rb);
  }
  for (const SubsidyRule& ra : a_.subsidy.rules)
    if (!same_document(b_, b_.subsidy.rules, ra.id, document_number(a_, ra.document))) rule(&ra, nullptr);
  payable();
}

void Differ::scopes() {
  auto number = [](const PolicySet& s) { return [&s](const ScopeRule& r) { return document_number(s, r.document); }; };
  for (const ScopeRule& sb : b_.subsidy.scopes) {
    std::string doc = document_number(b_, sb.document);
    const ScopeRule* sa = find_by(a_.subsidy.scopes, number(a_), doc);
    condition(diff(DiffKind::Condition, doc, "", "scope", {}, {}, {}), subsidy_side(a_), sa ? sa->condition : -1,
              subsidy_side(b_), sb.condition);
  }
  for (const ScopeRule& sa : a_.subsidy.scopes) {
    std::string doc = document_number(a_, sa.document);
    if (!find_by(b_.subsidy.scopes, number(b_), doc))
      condition(diff(DiffKind::Condition, doc, "", "scope", {}, {}, {}), subsidy_side(a_), sa.condition,
                subsidy_side(b_), -1);
  }
}

// Where a type is granted: the document and article of the first product covering it.
std::pair<std::string, std::string> type_place(const PolicySet& s, std::size_t type) {
  for (const SubsidyRule& r : s.subsidy.rules) {
    if (type >= r.product_for_type.size() || r.product_for_type[type] < 0) continue;
    const Product& p = r.products[static_cast<std::size_t>(r.product_for_type[type])];
    return {document_number(s, r.document), p.cite.article.empty() ? r.article : p.cite.article};
  }
  return {};
}

void Differ::types() {
  const auto& ta = a_.subsidy.types;
  const auto& tb = b_.subsidy.types;
  auto id = [](const InsuranceType& t) { return t.id; };
  for (std::size_t i = 0; i < tb.size(); ++i) {
    const InsuranceType* t = find_by(ta, id, tb[i].id);
    if (t && t->name.zh == tb[i].name.zh && t->name.en == tb[i].name.en) continue;
    auto [doc, article] = type_place(b_, i);
    if (doc.empty()) doc = subsidy_document(b_);
    out_.push_back(
        diff(DiffKind::Type, doc, article, tb[i].id, tb[i].name, t ? words(t->name) : DiffValue{}, words(tb[i].name)));
  }
  for (std::size_t i = 0; i < ta.size(); ++i) {
    if (find_by(tb, id, ta[i].id)) continue;
    auto [doc, article] = type_place(a_, i);
    if (doc.empty()) doc = subsidy_document(a_);
    add(diff(DiffKind::Type, doc, article, ta[i].id, ta[i].name, words(ta[i].name), {}));
  }
}

// The article that lists the industries: the scope condition's.
std::string scope_article(const PolicySet& s) {
  for (const ScopeRule& r : s.subsidy.scopes)
    if (r.condition >= 0) return s.subsidy.conditions.conditions[static_cast<std::size_t>(r.condition)].cite.article;
  return {};
}

void Differ::industries() {
  const auto& ia = a_.subsidy.industries;
  const auto& ib = b_.subsidy.industries;
  auto id = [](const Industry& t) { return t.id; };
  for (const Industry& b : ib) {
    const Industry* a = find_by(ia, id, b.id);
    if (a && a->name.zh == b.name.zh && a->name.en == b.name.en) continue;
    add(diff(DiffKind::Industry, subsidy_document(b_), scope_article(b_), b.id, b.name,
             a ? words(a->name) : DiffValue{}, words(b.name)));
  }
  for (const Industry& a : ia)
    if (!find_by(ib, id, a.id))
      add(diff(DiffKind::Industry, subsidy_document(a_), scope_article(a_), a.id, a.name, words(a.name), {}));
}

DiffValue money(Money m) {
  DiffValue v;
  v.shape = DiffValue::Shape::Money;
  v.money = m;
  return v;
}

void Differ::caps() {
  for (const Cap& b : b_.subsidy.caps) {
    const Document& d = b_.documents[static_cast<std::size_t>(b.document)];
    const Cap* a = counterpart(a_, a_.subsidy.caps, b.id, d.number, d.effective_from);
    if (a && a->amount == b.amount) continue;
    add(diff(DiffKind::Cap, d.number, b.cite.article, b.id, b.name, a ? money(a->amount) : DiffValue{},
             money(b.amount)));
  }
  for (const Cap& a : a_.subsidy.caps)
    if (!same_document(b_, b_.subsidy.caps, a.id, document_number(a_, a.document)))
      add(diff(DiffKind::Cap, document_number(a_, a.document), a.cite.article, a.id, a.name, money(a.amount), {}));
}

void Differ::rule(const SubsidyRule* ra, const SubsidyRule* rb) {
  if (!ra || !rb) {
    const SubsidyRule& r = ra ? *ra : *rb;
    const PolicySet& s = ra ? a_ : b_;
    DiffValue v = words(r.name);
    add(diff(DiffKind::Rule, document_number(s, r.document), r.article, r.id, r.name, ra ? v : DiffValue{},
             rb ? v : DiffValue{}));
    return;
  }
  PolicyDifference head =
      diff(DiffKind::Condition, document_number(b_, rb->document), rb->article, rb->id, rb->name, {}, {});
  condition(head, subsidy_side(a_), ra->eligible, subsidy_side(b_), rb->eligible);
  rates(*ra, *rb);
  rule_settings(*ra, *rb);
}

DiffValue rate(Rate r) {
  DiffValue v;
  v.shape = DiffValue::Shape::Rate;
  v.rate = r;
  return v;
}

// The rule's product for a type id, or null.
const Product* product_for(const PolicySet& s, const SubsidyRule& r, std::string_view type) {
  auto t = s.subsidy.find_type(type);
  if (!t || static_cast<std::size_t>(*t) >= r.product_for_type.size()) return nullptr;
  std::int16_t p = r.product_for_type[static_cast<std::size_t>(*t)];
  return p < 0 ? nullptr : &r.products[static_cast<std::size_t>(p)];
}

void Differ::rates(const SubsidyRule& ra, const SubsidyRule& rb) {
  std::string doc = document_number(b_, rb.document);
  auto one = [&](const InsuranceType& t, bool only_before) {
    const Product* pa = product_for(a_, ra, t.id);
    const Product* pb = only_before ? nullptr : product_for(b_, rb, t.id);
    if ((!pa && !pb) || (pa && pb && pa->rate == pb->rate)) return;
    const Product& p = pb ? *pb : *pa;
    add(diff(DiffKind::Rate, doc, p.cite.article.empty() ? rb.article : p.cite.article, rb.id + "/" + t.id, t.name,
             pa ? rate(pa->rate) : DiffValue{}, pb ? rate(pb->rate) : DiffValue{}));
  };
  for (const InsuranceType& t : b_.subsidy.types) one(t, false);
  for (const InsuranceType& t : a_.subsidy.types)
    if (!b_.subsidy.find_type(t.id)) one(t, true);
}

// The limits as cap ids and "all-levels", to compare two rules' lists.
std::vector<std::string> limit_ids(const PolicySet& s, const SubsidyRule& r) {
  std::vector<std::string> ids;
  for (const Limit& l : r.limits)
    ids.push_back(l.kind == LimitKind::AllLevels ? std::string("all-levels")
                                                 : s.subsidy.caps[static_cast<std::size_t>(l.cap)].id);
  return ids;
}

void Differ::rule_settings(const SubsidyRule& ra, const SubsidyRule& rb) {
  std::string doc = document_number(b_, rb.document);
  if (limit_ids(a_, ra) != limit_ids(b_, rb)) {
    DiffValue va, vb;
    va.shape = vb.shape = DiffValue::Shape::Limits;
    va.set = &a_, va.rule = &ra;
    vb.set = &b_, vb.rule = &rb;
    add(diff(DiffKind::Limits, doc, rb.article, rb.id, rb.name, va, vb));
  }
  if (ra.payee != rb.payee) {
    DiffValue va, vb;
    va.shape = vb.shape = DiffValue::Shape::Payee;
    va.payee = ra.payee, vb.payee = rb.payee;
    add(diff(DiffKind::Payee, doc, rb.payee_cite.article, rb.id, rb.name, va, vb));
  }
  if (ra.rounding != rb.rounding) {
    DiffValue va, vb;
    va.shape = vb.shape = DiffValue::Shape::Rounding;
    va.rounding = ra.rounding, vb.rounding = rb.rounding;
    add(diff(DiffKind::Rounding, doc, rb.article, rb.id, rb.name, va, vb));
  }
}

DiffValue number(std::int64_t n) {
  DiffValue v;
  v.shape = DiffValue::Shape::Number;
  v.number = n;
  return v;
}

// 第八条's year of payment, per document present in both sets.
void Differ::payable() {
  for (std::size_t i = 0; i < b_.subsidy.payable.size() && i < b_.documents.size(); ++i) {
    const PayableRule& pb = b_.subsidy.payable[i];
    const std::string& doc = b_.documents[i].number;
    for (std::size_t j = 0; j < a_.subsidy.payable.size() && j < a_.documents.size(); ++j) {
      const PayableRule& pa = a_.subsidy.payable[j];
      if (a_.documents[j].number != doc || pa.years_after_claim == pb.years_after_claim) continue;
      DiffValue va = pa.years_after_claim < 0 ? DiffValue{} : number(pa.years_after_claim);
      DiffValue vb = pb.years_after_claim < 0 ? DiffValue{} : number(pb.years_after_claim);
      out_.push_back(diff(DiffKind::Payable, doc, pb.cite.article.empty() ? pa.cite.article : pb.cite.article,
                          "payable", {}, va, vb));
    }
  }
}

DiffValue period(const DeadlineRule& r) {
  DiffValue v;
  v.shape = DiffValue::Shape::Period;
  v.deadline = &r;
  return v;
}

void Differ::deadlines() {
  auto id = [](const DeadlineRule& r) { return r.id; };
  for (const DeadlineRule& rb : b_.deadlines) deadline(find_by(a_.deadlines, id, rb.id), &rb);
  for (const DeadlineRule& ra : a_.deadlines)
    if (!find_by(b_.deadlines, id, ra.id)) deadline(&ra, nullptr);
}

void Differ::deadline(const DeadlineRule* da, const DeadlineRule* db) {
  const DeadlineRule& r = db ? *db : *da;
  std::string doc = document_number(db ? b_ : a_, r.document);
  PolicyDifference d = diff(DiffKind::Deadline, doc, r.cite.article, r.id, r.name, {}, {});
  if (!da || !db) {
    if (da) d.before = period(*da);
    if (db) d.after = period(*db);
    add(std::move(d));
    return;
  }
  if (da->unit != db->unit || da->count != db->count || da->roll_to_workday != db->roll_to_workday ||
      da->bound != db->bound) {
    d.before = period(*da);
    d.after = period(*db);
    add(d);
  }
  if (da->trigger.zh != db->trigger.zh || da->trigger.en != db->trigger.en) {
    d.before = words(da->trigger);
    d.after = words(db->trigger);
    add(std::move(d));
  }
}

DiffValue year_value(int year) {
  DiffValue v;
  v.shape = DiffValue::Shape::Year;
  v.year = year;
  return v;
}

void Differ::calendar() {
  const WorkCalendar& ca = a_.calendar;
  const WorkCalendar& cb = b_.calendar;
  for (const CalendarYear& y : cb.years()) {
    if (ca.year(y.year))
      calendar_days(y.year);
    else
      out_.push_back(diff(DiffKind::CalendarYear, y.notice, "", std::to_string(y.year), {}, {}, year_value(y.year)));
  }
  for (const CalendarYear& y : ca.years())
    if (!cb.year(y.year))
      out_.push_back(diff(DiffKind::CalendarYear, y.notice, "", std::to_string(y.year), {}, year_value(y.year), {}));
}

DiffValue day_value(const WorkCalendar& c, const DayAnswer& d) {
  DiffValue v;
  v.shape = DiffValue::Shape::Day;
  v.day = d.kind;
  if (d.holiday >= 0) v.holiday = &c.holidays()[static_cast<std::size_t>(d.holiday)];
  return v;
}

// Each day of a year both sets cover whose kind or holiday changed.
void Differ::calendar_days(int year) {
  const WorkCalendar& ca = a_.calendar;
  const WorkCalendar& cb = b_.calendar;
  Date end = make_date(year + 1, 1, 1);
  for (Date d = make_date(year, 1, 1); d < end; d += date::days{1}) {
    DayAnswer xa = ca.day(d), xb = cb.day(d);
    const std::string none;
    const std::string& ha = xa.holiday >= 0 ? ca.holidays()[static_cast<std::size_t>(xa.holiday)].name.zh : none;
    const std::string& hb = xb.holiday >= 0 ? cb.holidays()[static_cast<std::size_t>(xb.holiday)].name.zh : none;
    if (xa.kind == xb.kind && ha == hb) continue;
    const HolidayPeriod* h = xb.holiday >= 0   ? &cb.holidays()[static_cast<std::size_t>(xb.holiday)]
                             : xa.holiday >= 0 ? &ca.holidays()[static_cast<std::size_t>(xa.holiday)]
                                               : nullptr;
    // The notice's item is the holiday the day belongs to.
    out_.push_back(diff(DiffKind::CalendarDay, cb.year(year)->notice, h ? h->name.zh : "", format_date(d), Text{},
                        day_value(ca, xa), day_value(cb, xb)));
  }
}

// Documents of declared shape, matched by their id and number; a document
// added or removed is said once, by documents().
void Differ::benefits() {
  // A version is matched by its number; a new version (a successor) is
  // compared with the version in force before it, as subsidy rules are.
  for (const BenefitPolicy& pb : b_.benefits) {
    const Document& d = b_.documents[static_cast<std::size_t>(pb.document)];
    if (const BenefitPolicy* pa = counterpart(a_, a_.benefits, pb.id, d.number, d.effective_from)) benefit(*pa, pb);
  }
}

// A cap on times, in words: 1次 / 1 time.
DiffValue times_words(std::int64_t n) {
  const std::string count = std::to_string(n);
  return words(Text{count + "次", count + (n == 1 ? " time" : " times")});
}

CondSide benefit_side(const PolicySet& s, const BenefitPolicy& p) {
  return CondSide{&s, &p.conditions, p.inputs(), false, p.facts.get()};
}

std::int32_t condition_index(const std::optional<std::uint32_t>& c) { return c ? static_cast<std::int32_t>(*c) : -1; }

void Differ::benefit(const BenefitPolicy& pa, const BenefitPolicy& pb) {
  const std::string doc = document_number(b_, pb.document);
  benefit_facts(pa, pb, doc);
  auto id = [](const auto& x) { return x.id; };
  for (const BenefitCap& cb : pb.caps) {
    const BenefitCap* ca = find_by(pa.caps, id, cb.id);
    // An amount, or a number of times (同一企业限享受N次).
    auto value = [&](const BenefitCap& c) { return c.times > 0 ? times_words(c.times) : money(c.amount); };
    if (!ca || ca->amount != cb.amount || ca->times != cb.times)
      add(diff(DiffKind::Cap, doc, cb.cite.article, cb.id, cb.label, ca ? value(*ca) : DiffValue{}, value(cb)));
    // Kept each year or over every year together (累计): the same amount, another cost.
    auto period = [](CapPeriod per) {
      return per == CapPeriod::Enterprise ? Text{"单家企业累计", "per enterprise, every year together"}
                                          : Text{"单家企业每年度", "per enterprise and year"};
    };
    if (ca && ca->per != cb.per)
      add(diff(DiffKind::Cap, doc, cb.cite.article, cb.id + "/per", cb.label, words(period(ca->per)),
               words(period(cb.per))));
  }
  for (const BenefitCap& ca : pa.caps)
    if (!find_by(pb.caps, id, ca.id))
      add(diff(DiffKind::Cap, doc, ca.cite.article, ca.id, ca.label, ca.times > 0 ? number(ca.times) : money(ca.amount),
               {}));
  for (const BenefitRule& rb : pb.rules) {
    if (const BenefitRule* ra = find_by(pa.rules, id, rb.id))
      benefit_rule(pa, *ra, pb, rb, doc);
    else
      add(diff(DiffKind::Rule, doc, rb.article, rb.id, rb.name, {}, words(rb.name)));
  }
  for (const BenefitRule& ra : pa.rules)
    if (!find_by(pb.rules, id, ra.id)) add(diff(DiffKind::Rule, doc, ra.article, ra.id, ra.name, words(ra.name), {}));
  if (pa.payable_years_after != pb.payable_years_after)
    add(diff(DiffKind::Payable, doc, pb.payable_cite.article, "payable", {}, number(pa.payable_years_after),
             number(pb.payable_years_after)));
  // Paying every eligible rule instead of the highest changes what each claim costs.
  auto paying = [](bool all) {
    return all ? Text{"叠加享受(choose: all)", "every eligible rule (choose: all)"}
               : Text{"就高不就低(choose: highest)", "the highest (choose: highest)"};
  };
  if (pa.pay_all != pb.pay_all)
    add(diff(DiffKind::Resolution, doc, pb.resolution_cite.article, "resolution", {}, words(paying(pa.pay_all)),
             words(paying(pb.pay_all))));
}

// A fact's kind as the policy file writes it, and whether it is required.
Text fact_kind_words(const InputDef& def) {
  const std::string kind = fact_kind_name(def.kind);
  if (def.need != Need::Required) return {kind, kind};
  return {kind + ",必填", kind + ", required"};
}

void Differ::benefit_facts(const BenefitPolicy& pa, const BenefitPolicy& pb, const std::string& doc) {
  auto find = [](const BenefitPolicy& p, std::string_view id) -> const InputDef* {
    for (const InputDef& def : p.inputs())
      if (def.id == id) return &def;
    return nullptr;
  };
  auto label = [](const InputDef& def) { return Text{std::string(def.label.zh), std::string(def.label.en)}; };
  for (const InputDef& fb : pb.inputs()) {
    const InputDef* fa = find(pa, fb.id);
    if (!fa)
      add(diff(DiffKind::Fact, doc, "", std::string(fb.id), label(fb), {}, words(fact_kind_words(fb))));
    else if (fa->kind != fb.kind || fa->need != fb.need)
      add(diff(DiffKind::Fact, doc, "", std::string(fb.id), label(fb), words(fact_kind_words(*fa)),
               words(fact_kind_words(fb))));
  }
  for (const InputDef& fa : pa.inputs())
    if (!find(pb, fa.id))
      add(diff(DiffKind::Fact, doc, "", std::string(fa.id), label(fa), words(fact_kind_words(fa)), {}));
}

// The limits of a rule by id, in order, to compare two rules' lists.
std::vector<std::string> limit_ids(const BenefitRule& r) {
  std::vector<std::string> ids;
  for (const BenefitLimit& l : r.limits) ids.push_back(l.id);
  return ids;
}

Text joined(const std::vector<std::string>& ids) {
  std::string s;
  for (const std::string& id : ids) s += (s.empty() ? "" : ", ") + id;
  return {s, s};
}

void Differ::benefit_rule(const BenefitPolicy& pa, const BenefitRule& ra, const BenefitPolicy& pb,
                          const BenefitRule& rb, const std::string& doc) {
  condition(diff(DiffKind::Condition, doc, rb.article, rb.id, rb.name, {}, {}), benefit_side(a_, pa),
            condition_index(ra.eligible), benefit_side(b_, pb), condition_index(rb.eligible));
  formula(pa, ra.amount, pb, rb.amount, diff(DiffKind::Rate, doc, rb.article, rb.id, rb.name, {}, {}));
  if (limit_ids(ra) != limit_ids(rb)) {
    add(diff(DiffKind::Limits, doc, rb.article, rb.id, rb.name, words(joined(limit_ids(ra))),
             words(joined(limit_ids(rb)))));
  } else {
    for (std::size_t i = 0; i < rb.limits.size(); ++i) {
      const BenefitLimit& la = ra.limits[i];
      const BenefitLimit& lb = rb.limits[i];
      if (lb.kind == BenefitLimitKind::Ceiling && la.kind == BenefitLimitKind::Ceiling)
        formula(pa, la.ceiling, pb, lb.ceiling,
                diff(DiffKind::Rate, doc, lb.cite.article, rb.id + "/" + lb.id, lb.label, {}, {}));
    }
  }
  if (ra.payee != rb.payee)
    add(diff(DiffKind::Payee, doc, rb.payee_cite.article, rb.id, rb.name, words(ra.payee_label),
             words(rb.payee_label)));
  if (ra.amount.rounding != rb.amount.rounding) {
    DiffValue va, vb;
    va.shape = vb.shape = DiffValue::Shape::Rounding;
    va.rounding = ra.amount.rounding, vb.rounding = rb.amount.rounding;
    add(diff(DiffKind::Rounding, doc, rb.article, rb.id, rb.name, va, vb));
  }
}

// A unit's bound as the policy writes it: an area in m², a count as it is.
Text unit_bound(const BenefitPolicy& p, const UnitFactor& u) {
  if (!u.at_most) return {};
  const InputDef& def = p.inputs()[static_cast<std::size_t>(u.fact)];
  if (def.kind == FactKind::Area) return {format_area(*u.at_most) + "平方米", format_area(*u.at_most) + " m²"};
  const std::string n = std::to_string(*u.at_most);
  return {n + std::string(def.unit.zh), n + (def.unit.en.empty() ? "" : " ") + std::string(def.unit.en)};
}

// The numbers of two formulas of the same rule or limit: `head` names it;
// rates are "rate" differences, the other numbers "figure" ones.
void Differ::formula(const BenefitPolicy& pa, const Formula& fa, const BenefitPolicy& pb, const Formula& fb,
                     const PolicyDifference& head) {
  auto with = [&head](DiffKind kind, std::string id_suffix, std::string article, DiffValue before, DiffValue after) {
    PolicyDifference d = head;
    d.kind = kind;
    d.id += id_suffix;
    if (!article.empty()) d.article = std::move(article);
    d.before = std::move(before);
    d.after = std::move(after);
    return d;
  };
  if (fa.kind != fb.kind) {
    static constexpr const char* kKinds[] = {"rate", "per_unit", "brackets", "fixed", "rate_by"};
    const std::string a = kKinds[static_cast<std::size_t>(fa.kind)], b = kKinds[static_cast<std::size_t>(fb.kind)];
    add(with(DiffKind::Figure, "", fb.cite.article, words({a, a}), words({b, b})));
    return;
  }
  switch (fb.kind) {
    case FormulaKind::RateOf:
      if (fa.rate != fb.rate) add(with(DiffKind::Rate, "", fb.cite.article, rate(fa.rate), rate(fb.rate)));
      break;
    case FormulaKind::PerUnit:
    case FormulaKind::Fixed:
      if (fa.amount != fb.amount) add(with(DiffKind::Figure, "", fb.cite.article, money(fa.amount), money(fb.amount)));
      for (std::size_t i = 0; i < fb.units.size() && i < fa.units.size(); ++i) {
        const UnitFactor& ua = fa.units[i];
        const UnitFactor& ub = fb.units[i];
        if (ua.at_most == ub.at_most) continue;
        const std::string fact(pb.inputs()[static_cast<std::size_t>(ub.fact)].id);
        Text a = unit_bound(pa, ua), b = unit_bound(pb, ub);
        add(with(DiffKind::Figure, "/" + fact, ub.at_most_cite.article, a.zh.empty() ? DiffValue{} : words(a),
                 b.zh.empty() ? DiffValue{} : words(b)));
      }
      break;
    case FormulaKind::RateBy:
      // Per value of the choice (the facts are the same on both sides): a
      // rate changed, or a value covered on one side only.
      for (std::size_t v = 0; v < fb.rate_for.size() && v < fa.rate_for.size(); ++v) {
        const std::int16_t ia = fa.rate_for[v], ib = fb.rate_for[v];
        const ChoiceRate* ra = ia < 0 ? nullptr : &fa.rates[static_cast<std::size_t>(ia)];
        const ChoiceRate* rb = ib < 0 ? nullptr : &fb.rates[static_cast<std::size_t>(ib)];
        if ((!ra && !rb) || (ra && rb && ra->rate == rb->rate)) continue;
        const auto& choices = pb.facts->extra[static_cast<std::size_t>(fb.by)].choices;
        add(with(DiffKind::Rate, "/" + choices[v].id, (rb ? rb : ra)->cite.article, ra ? rate(ra->rate) : DiffValue{},
                 rb ? rate(rb->rate) : DiffValue{}));
      }
      break;
    case FormulaKind::Brackets:
      for (std::size_t i = 0; i < std::max(fa.brackets.size(), fb.brackets.size()); ++i) {
        const Bracket* ba = i < fa.brackets.size() ? &fa.brackets[i] : nullptr;
        const Bracket* bb = i < fb.brackets.size() ? &fb.brackets[i] : nullptr;
        const std::string id = "/bracket-" + std::to_string(i + 1);
        const std::string article = bb ? bb->cite.article : ba->cite.article;
        if (!ba || !bb || ba->rate != bb->rate)
          add(with(DiffKind::Rate, id, article, ba ? rate(ba->rate) : DiffValue{}, bb ? rate(bb->rate) : DiffValue{}));
        const bool bound_a = ba && ba->up_to, bound_b = bb && bb->up_to;
        if ((bound_a || bound_b) && (!bound_a || !bound_b || *ba->up_to != *bb->up_to))
          add(with(DiffKind::Figure, id + "/up-to", article, bound_a ? money(*ba->up_to) : DiffValue{},
                   bound_b ? money(*bb->up_to) : DiffValue{}));
      }
      break;
  }
}

}  // namespace

std::vector<PolicyDifference> diff_policy_sets(const PolicySet& before, const PolicySet& after) {
  Out out;
  Differ d(before, after, out);
  d.documents();
  d.subsidy();
  d.deadlines();
  d.calendar();
  d.benefits();
  return out;
}

}  // namespace hdpolicy
