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
}  // namespace

std::string_view batch_kind_name(BatchKind kind) {
  switch (kind) {
    case BatchKind::Subsidy:
      return "subsidy";
    case BatchKind::Hiring:
      return "hiring";
    case BatchKind::Deadline:
      return "deadline";
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
      out += fmt::format("  line {}: id {}, enterprise {}, {} ({})\n", p.line, p.id, p.enterprise,
                         format_money_grouped(p.amount), p.label);
  }
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
  if (s.kind == BatchKind::Subsidy) j["by_cap"] = totals(s.by_cap);
  j["enterprises"] = s.enterprises;
  json largest = json::array();
  for (const auto& p : s.largest)
    largest.push_back({{"line", p.line},
                       {"id", p.id},
                       {"enterprise_id", p.enterprise},
                       {"amount", format_money(p.amount)},
                       {"label", p.label}});
  j["largest"] = largest;
  j["errors"] = s.errors;
  j["warnings"] = s.warnings;
  return j;
}

}  // namespace hdpolicy
