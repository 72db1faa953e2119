// A claim on a document of declared shape, from text: each declared fact
// read by the one parser of its kind, choices from the fact's own values,
// derived facts computed, and what was received under each cap this year.
#include <fmt/format.h>

#include <algorithm>

#include "hdpolicy/benefit.hpp"
#include "hdpolicy/errors.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/input_values.hpp"

namespace hdpolicy {
namespace {

// The common kinds by the same parsers the throwing ones use, without
// building the input's name: only a refused text needs it (read_fact).
std::optional<std::int64_t> quick_fact(const InputDef& def, std::string_view text) {
  switch (def.kind) {
    case FactKind::Count:
      return parse_count(text);
    case FactKind::Year:  // as input_year: four digits, 1900 to 2200
      if (auto y = parse_count(text); y && text.size() == 4 && *y >= 1900 && *y <= 2200) return *y;
      break;
    case FactKind::Money:
      if (auto m = parse_money(text)) return m->fen;
      break;
    case FactKind::Date:
      if (auto d = parse_date(text)) return d->time_since_epoch().count();
      break;
    case FactKind::YesNo:
      if (auto b = parse_yes_no(text)) return *b ? 1 : 0;
      break;
    default:
      break;
  }
  return std::nullopt;
}

std::int64_t read_fact(const BenefitPolicy& p, std::size_t row, std::string_view text, FieldStyle style) {
  const FactTable& t = *p.facts;
  const InputDef& def = t.rows[row];
  if (auto v = quick_fact(def, text)) return *v;
  if (def.kind == FactKind::Choice)
    if (auto i = t.find_choice(row, text)) return *i;
  const std::string name = input_name(t.rows, def, style);
  switch (def.kind) {
    case FactKind::Count:
      return input_count(text, name);
    case FactKind::Money:
      return input_money(text, name).fen;
    case FactKind::Year:
      return input_year(text, name);
    case FactKind::YesNo:
      return input_yes_no(text, name) ? 1 : 0;
    case FactKind::Date:
      return input_date(text, name).time_since_epoch().count();
    case FactKind::Area:
      return input_area(text, name);
    case FactKind::Rate:
      return input_rate(text, name).nano;
    case FactKind::Choice:
      throw bad_value(name, std::string(text), "one of " + t.choice_list(row) + " (or its Chinese name)");
    case FactKind::Key:
      break;
  }
  return 0;
}

// Whole years from `from` to `to`: the anniversary is the corresponding
// day, or the month's last day (民法典 第二百零二条).
std::int64_t whole_years(Date from, Date to) {
  int years = year_of(to) - year_of(from);
  if (years > 0 && add_months_clamped(from, years * 12) > to) --years;
  if (years < 0 && add_months_clamped(from, years * 12) < to) ++years;
  return years;
}

// Whole months from `from` to `to`, each ending on the corresponding day or
// the month's last day (民法典 第二百零二条), as whole_years counts years.
std::int64_t whole_months(Date from, Date to) {
  const date::year_month_day a{from}, b{to};
  int months =
      (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12 +
      (static_cast<int>(static_cast<unsigned>(b.month())) - static_cast<int>(static_cast<unsigned>(a.month())));
  if (months > 0 && add_months_clamped(from, months) > to) --months;
  if (months < 0 && add_months_clamped(from, months) < to) ++months;
  return months;
}

// Facts not given taken from their `defaults_to` (a given one), the order
// of dates checked (`not_before`, `not_after`, between given dates), and
// yes/no facts implied by others (`implied_by`). Only facts given are read
// for these, so a default never feeds another.
void link(const FactTable& t, const InputTexts& texts, FieldStyle style, BenefitClaim& claim) {
  claim.defaulted.clear();
  if (!t.links) return;
  const auto name = [&](std::int16_t f) { return input_name(t.rows, t.rows[static_cast<std::size_t>(f)], style); };
  const auto date = [&](std::int16_t f) {
    return format_date(Date{date::days{claim.facts[static_cast<std::size_t>(f)].value}});
  };
  for (std::size_t row = 0; row < t.rows.size(); ++row) {
    const FactExtra& e = t.extra[row];
    const FactValue& v = claim.facts[row];
    const auto self = static_cast<std::int16_t>(row);
    if (!v.known) continue;
    for (std::int16_t b : e.not_before)
      if (claim.facts[static_cast<std::size_t>(b)].known && v.value < claim.facts[static_cast<std::size_t>(b)].value)
        throw bad_value(name(self), date(self), fmt::format("a date on or after {} ({})", name(b), date(b)));
    for (std::int16_t a : e.not_after)
      if (claim.facts[static_cast<std::size_t>(a)].known && v.value > claim.facts[static_cast<std::size_t>(a)].value)
        throw bad_value(name(self), date(self), fmt::format("a date on or before {} ({})", name(a), date(a)));
  }
  // "no" beside a fact that implies yes, once the dates are known to be in order.
  for (std::size_t row = 0; row < t.rows.size(); ++row) {
    const FactExtra& e = t.extra[row];
    if (e.implied_by.empty() || !claim.facts[row].known || claim.facts[row].value != 0) continue;
    for (std::int16_t by : e.implied_by)
      if (claim.facts[static_cast<std::size_t>(by)].known) {
        std::string because = e.implied_because;
        if (because.empty()) {
          std::string names;
          for (std::int16_t any : e.implied_by) names += (names.empty() ? "" : " or ") + name(any);
          because = fmt::format("{} given means {}", names, t.rows[row].label.en);
        }
        throw bad_value(name(static_cast<std::int16_t>(row)), std::string(texts[row]),
                        fmt::format("yes, or leave it out, when {} is given: {}", name(by), because));
      }
  }
  std::vector<FactValue>& f = claim.facts;
  for (std::size_t row = 0; row < t.rows.size(); ++row)
    for (std::int16_t by : t.extra[row].implied_by)
      if (!f[row].known && f[static_cast<std::size_t>(by)].known) f[row] = {true, 1};
  const auto given = [&](std::int16_t r) {
    return f[static_cast<std::size_t>(r)].known &&
           std::find(claim.defaulted.begin(), claim.defaulted.end(), r) == claim.defaulted.end();
  };
  for (std::size_t row = 0; row < t.rows.size(); ++row)
    if (const std::int16_t from = t.extra[row].defaults_to; !f[row].known && from >= 0 && given(from)) {
      f[row] = f[static_cast<std::size_t>(from)];
      claim.defaulted.push_back(static_cast<std::int16_t>(row));
    }
}

// The times already received under a cap on times: 0 to the cap's number.
std::int64_t received_times(const BenefitCap& cap, const std::string& item, std::size_t eq, const std::string& field) {
  const std::string_view text = std::string_view(item).substr(eq + 1);
  std::int64_t n = 0;
  bool ok = !text.empty() && text.size() <= 4;
  for (char c : text) {
    ok = ok && c >= '0' && c <= '9';
    if (ok) n = n * 10 + (c - '0');
  }
  if (!ok || n > cap.times)
    throw bad_value(field, item,
                    fmt::format("CAP_ID=TIMES for cap {}: a whole number of times from 0 to {} ({})", cap.id, cap.times,
                                cap.cite.article));
  return n;
}

std::vector<Money> read_received(const BenefitPolicy& p, std::span<const std::string> items, FieldStyle style) {
  const std::string field = style == FieldStyle::Option ? "--received" : "received";
  std::vector<Money> used(p.caps.size());
  std::vector<const std::string*> given(p.caps.size(), nullptr);  // the item that named each cap
  for (const std::string& item : items) {
    auto eq = item.find('=');
    auto idx = eq == std::string::npos ? std::nullopt : p.find_cap(std::string_view(item).substr(0, eq));
    if (!idx)
      throw bad_value(field, item,
                      p.caps.empty()
                          ? std::string("nothing: this policy has no caps")
                          : "CAP_ID=AMOUNT with CAP_ID one of " + p.cap_list() + " (e.g. " + p.caps[0].id + "=100000)");
    const BenefitCap& cap = p.caps[*idx];
    if (given[*idx])
      throw bad_value(field, item,
                      fmt::format("each cap once: {} is already given as '{}' (give the sum received under it)", cap.id,
                                  *given[*idx]));
    if (cap.times > 0) {
      used[*idx] = Money{received_times(cap, item, eq, field)};
      given[*idx] = &item;
      continue;
    }
    Money amount = input_money(std::string_view(item).substr(eq + 1), field);
    if (amount > cap.amount)
      throw bad_value(field, item,
                      fmt::format("at most {} yuan, the amount of cap {} ({}{}{})", format_money_grouped(cap.amount),
                                  cap.id, cap.cite.article, cap.label.en.empty() ? "" : ": ", cap.label.en));
    used[*idx] = amount;
    given[*idx] = &item;
  }
  return used;
}

}  // namespace

void derive_benefit_facts(const FactTable& t, BenefitClaim& claim) {
  for (std::size_t row = 0; row < t.rows.size(); ++row) {
    const FactExtra& e = t.extra[row];
    if (e.derived == DerivedKind::None) continue;
    const FactValue& a = claim.facts[static_cast<std::size_t>(e.from[0])];
    if (!a.known) continue;
    if (e.derived == DerivedKind::YearOf) {
      claim.facts[row] = {true, year_of(Date{date::days{a.value}})};
      continue;
    }
    if (e.derived == DerivedKind::YearsSince || e.derived == DerivedKind::MonthsSince) {
      const Date from{date::days{a.value}};
      claim.facts[row] = {
          true, e.derived == DerivedKind::YearsSince ? whole_years(from, claim.date) : whole_months(from, claim.date)};
      continue;
    }
    const FactValue& b = claim.facts[static_cast<std::size_t>(e.from[1])];
    if (b.known) claim.facts[row] = {true, a.value - b.value};
  }
}

std::vector<Money> parse_benefit_received(const BenefitPolicy& policy, std::span<const std::string> items,
                                          FieldStyle style) {
  return read_received(policy, items, style);
}

BenefitClaim parse_benefit_claim(const BenefitPolicy& policy, const InputTexts& texts,
                                 std::span<const std::string> received, FieldStyle style, Date today) {
  BenefitClaim claim;
  read_benefit_facts(policy, texts, style, today, claim);
  claim.received = read_received(policy, received, style);
  return claim;
}

void read_benefit_facts(const BenefitPolicy& policy, const InputTexts& texts, FieldStyle style, Date today,
                        BenefitClaim& claim) {
  const FactTable& t = *policy.facts;
  const std::uint8_t place = input_place(style);
  claim.facts.assign(t.rows.size(), FactValue{});
  claim.date = today;
  const auto read_row = [&](std::size_t row) {
    const InputDef& def = t.rows[row];
    if (def.role == InputRole::Derived || !(def.where & place)) return;
    const std::string_view text = texts[row];
    if (def.kind == FactKind::Key) {
      // Required in a batch's rows (columns, no today), where the caps are kept by it; a case, the
      // command line or an API request has one claim.
      if (text.empty() && def.need == Need::Required && style == FieldStyle::Column && today == Date{})
        throw required(input_name(t.rows, def, style), std::string(def.what));
      return;
    }
    if (text.empty()) {
      // The claim date defaults to `today` where one is given (the command line, the API); a batch
      // row and a test case pass none, so that a rerun gives the same result.
      if (def.need == Need::Required) throw required(input_name(t.rows, def, style), std::string(def.what));
      if (def.need == Need::TodayOnCli && today == Date{})
        throw required(input_name(t.rows, def, style), std::string(def.what) + no_today_reason(style));
      return;
    }
    claim.facts[row] = {true, read_fact(policy, row, text, style)};
    if (static_cast<std::int16_t>(row) == t.claim_date) claim.date = Date{date::days{claim.facts[row].value}};
  };
  const auto date_fact = [&] {
    if (t.claim_date >= 0)
      claim.facts[static_cast<std::size_t>(t.claim_date)] = {true, claim.date.time_since_epoch().count()};
  };
  // The facts the links tie together first, and their contradictions, then the others.
  for (std::size_t row = 0; row < t.rows.size(); ++row)
    if (!t.links || t.extra[row].linked) read_row(row);
  date_fact();
  link(t, texts, style, claim);
  if (t.links) {
    for (std::size_t row = 0; row < t.rows.size(); ++row)
      if (!t.extra[row].linked) read_row(row);
    date_fact();
  }
  derive_benefit_facts(t, claim);
}

}  // namespace hdpolicy
