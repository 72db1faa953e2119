#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "batch/batch_run.hpp"
#include "hdpolicy/batch.hpp"

namespace hdpolicy {

std::string batch_detail::width_error(std::size_t cells, std::size_t width) {
  return fmt::format("the row has {} cell{} where the header has {}", cells, cells == 1 ? "" : "s", width);
}

namespace {
// "1 row", "2 rows": a count as English writes it.
std::string rows(std::uint64_t n) { return fmt::format("{} row{}", n, n == 1 ? "" : "s"); }

// current - baseline with its sign: "+40,500.00", "-2,500.00", "0.00". Both
// are in [0, 2^63) fen, so the difference fits.
Money difference(Money baseline, Money current) { return Money{current.fen - baseline.fen}; }
std::string change_grouped(Money baseline, Money current) {
  const Money d = difference(baseline, current);
  return fmt::format("{}{}", d.fen > 0 ? "+" : "", format_money_grouped(d));
}
std::string change_plain(Money baseline, Money current) {
  const Money d = difference(baseline, current);
  return fmt::format("{}{}", d.fen > 0 ? "+" : "", format_money(d));
}

std::string counts_text(const BatchChangeCount& c) {
  return fmt::format("{} gain, {} lose, {} same", c.gain, c.lose, c.same);
}

// --baseline's part of the text summary.
std::string change_summary_text(const BatchSummary& s) {
  const BatchChange& c = *s.change;
  std::string out = "change from the baseline (--baseline), over the rows answered:\n";
  out +=
      fmt::format("  baseline total: {}\n  current total: {}\n  total change: {}\n", format_money_grouped(c.baseline),
                  format_money_grouped(c.current), change_grouped(c.baseline, c.current));
  auto totals = [&](const char* title, const std::vector<BatchChangeTotal>& list) {
    if (list.empty()) return;
    out += fmt::format("  {}:\n", title);
    for (const auto& t : list)
      out += fmt::format("    {}: {} -> {}, {}\n", t.label, format_money_grouped(t.baseline),
                         format_money_grouped(t.current), change_grouped(t.baseline, t.current));
  };
  totals(s.kind == BatchKind::Hiring ? "change by category" : "change by article", c.by_article);
  totals("change by cap", c.by_cap);
  out += fmt::format("  claims: {}\n  enterprises: {}\n", counts_text(c.claims), counts_text(c.enterprises));
  if (!c.largest.empty()) {
    out += "  largest changes:\n";
    for (const auto& r : c.largest)
      out += fmt::format(
          "    line {}: {}enterprise {}, {} -> {}, {}\n", r.line,
          r.id.empty() ? std::string() : fmt::format("{} {}, ", s.kind == BatchKind::Hiring ? "person" : "id", r.id),
          r.enterprise, format_money_grouped(r.baseline), format_money_grouped(r.current),
          change_grouped(r.baseline, r.current));
  }
  return out;
}

// --baseline's part of the JSON summary.
nlohmann::ordered_json change_json(const BatchChange& c, BatchKind kind) {
  using json = nlohmann::ordered_json;
  auto totals = [](const std::vector<BatchChangeTotal>& list) {
    json a = json::array();
    for (const auto& t : list)
      a.push_back({{"label", t.label},
                   {"baseline", format_money(t.baseline)},
                   {"current", format_money(t.current)},
                   {"change", change_plain(t.baseline, t.current)}});
    return a;
  };
  auto counts = [](const BatchChangeCount& n) { return json{{"gain", n.gain}, {"lose", n.lose}, {"same", n.same}}; };
  json j{{"baseline", format_money(c.baseline)},
         {"current", format_money(c.current)},
         {"change", change_plain(c.baseline, c.current)}};
  j[kind == BatchKind::Hiring ? "by_category" : "by_article"] = totals(c.by_article);
  if (kind == BatchKind::Subsidy || kind == BatchKind::Eval) j["by_cap"] = totals(c.by_cap);
  j["claims"] = counts(c.claims);
  j["enterprises"] = counts(c.enterprises);
  json largest = json::array();
  for (const auto& r : c.largest)
    largest.push_back({{"line", r.line},
                       {kind == BatchKind::Hiring ? "person_id" : "id", r.id},
                       {"enterprise_id", r.enterprise},
                       {"baseline", format_money(r.baseline)},
                       {"current", format_money(r.current)},
                       {"change", change_plain(r.baseline, r.current)}});
  j["largest"] = largest;
  return j;
}
}  // namespace

std::string_view batch_kind_name(BatchKind kind) {
  switch (kind) {
    case BatchKind::Subsidy:
      return "subsidy";
    case BatchKind::Hiring:
      return "hiring";
    case BatchKind::Deadline:
      return "deadline";
    case BatchKind::Eval:
      return "eval";
  }
  return "subsidy";  // not reached: every kind is listed
}

std::string batch_summary_text(const BatchSummary& s) {
  std::string out;
  out += fmt::format("rows read: {}\nrows failed: {}\n", s.rows, s.failed);
  if (s.kind == BatchKind::Deadline) {
    out += fmt::format("rows answered: {}\n", s.paid);
    return out;
  }
  out += fmt::format("rows eligible: {}\ntotal: {}\n", s.paid, format_money_grouped(s.total));
  auto totals = [&](const char* title, const std::vector<BatchTotal>& list) {
    if (list.empty()) return;
    out += fmt::format("{}:\n", title);
    for (const auto& t : list)
      out += fmt::format("  {}: {}, {}\n", t.label, rows(t.rows), format_money_grouped(t.amount));
  };
  totals(s.kind == BatchKind::Hiring ? "by category" : "by article", s.by_article);
  totals("by cap", s.by_cap);
  if (s.kind != BatchKind::Deadline) out += fmt::format("enterprises: {}\n", s.enterprises);
  if (!s.largest.empty()) {
    out += "largest payments:\n";
    for (const auto& p : s.largest)
      out += fmt::format("  line {}: {}enterprise {}, {} ({})\n", p.line,
                         p.id.empty() ? std::string() : fmt::format("id {}, ", p.id), p.enterprise,
                         format_money_grouped(p.amount), p.label);
  }
  if (s.change) out += change_summary_text(s);
  return out;
}

nlohmann::ordered_json batch_summary_json(const BatchSummary& s) {
  using json = nlohmann::ordered_json;
  json j;
  j["kind"] = std::string(batch_kind_name(s.kind));
  j["rows"] = s.rows;
  j["failed"] = s.failed;
  if (s.kind == BatchKind::Deadline) {
    j["answered"] = s.paid;
    j["errors"] = s.errors;
    j["warnings"] = s.warnings;
    return j;
  }
  j["eligible"] = s.paid;
  j["total"] = format_money(s.total);
  auto totals = [](const std::vector<BatchTotal>& list) {
    json a = json::array();
    for (const auto& t : list) a.push_back({{"label", t.label}, {"rows", t.rows}, {"amount", format_money(t.amount)}});
    return a;
  };
  j[s.kind == BatchKind::Hiring ? "by_category" : "by_article"] = totals(s.by_article);
  if (s.kind == BatchKind::Subsidy || s.kind == BatchKind::Eval) j["by_cap"] = totals(s.by_cap);
  j["enterprises"] = s.enterprises;
  json largest = json::array();
  for (const auto& p : s.largest)
    largest.push_back({{"line", p.line},
                       {"id", p.id},
                       {"enterprise_id", p.enterprise},
                       {"amount", format_money(p.amount)},
                       {"label", p.label}});
  j["largest"] = largest;
  if (s.change) j["change"] = change_json(*s.change, s.kind);
  j["errors"] = s.errors;
  j["warnings"] = s.warnings;
  return j;
}

}  // namespace hdpolicy
