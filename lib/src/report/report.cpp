#include "hdpolicy/report.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "hdpolicy/errors.hpp"

namespace hdpolicy {

std::string yuan(Money m, Lang l) { return format_money_grouped(m) + (zh(l) ? "元" : " yuan"); }

std::string join(std::span<const std::string> parts, std::string_view sep) {
  std::string s;
  for (const auto& p : parts) {
    if (!s.empty()) s += sep;
    s += p;
  }
  return s;
}

std::string format_citation(const Citation& c, Lang l) {
  if (zh(l)) return fmt::format("{}{}:「{}」", c.document, c.article, c.quote);
  return fmt::format("{} {}: 「{}」", c.document, c.article, c.quote);
}

nlohmann::ordered_json citation_json(const Citation& c) {
  return {{"document", c.document}, {"article", c.article}, {"quote", c.quote}};
}

nlohmann::ordered_json steps_json(std::span<const ExplainStep> steps) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& s : steps) {
    nlohmann::ordered_json step{{"text", s.text}};
    if (s.cite) step["cite"] = citation_json(*s.cite);
    out.push_back(std::move(step));
  }
  return out;
}

std::string steps_text(std::span<const ExplainStep> steps, Lang l) {
  std::string out;
  int n = 0;
  for (const auto& s : steps) {
    out += fmt::format("{:>2}. {}\n", ++n, s.text);
    if (s.cite) out += fmt::format("    {}\n", format_citation(*s.cite, l));
  }
  return out;
}

std::string assumed_step(std::string_view assumption, Lang l) {
  return fmt::format("{}{}", zh(l) ? "假定:" : "Assumed: ", assumption);
}

std::string assumptions_text(std::span<const std::string> assumptions, Lang l) {
  if (assumptions.empty()) return {};
  std::string out = zh(l) ? "假定:\n" : "Assumptions:\n";
  for (const auto& a : assumptions) out += "  - " + a + "\n";
  return out;
}

namespace {

void collect_missing(const ConditionTable& t, std::span<const InputDef> inputs, std::span<const InputDef> schema,
                     std::uint32_t id, std::span<const FactValue> facts, FieldStyle style, Lang l,
                     std::vector<std::string>& out) {
  const Condition& c = t.conditions[id];
  if (c.op == CondOp::All || c.op == CondOp::Any) {
    for (std::uint32_t i = 0; i < c.child_count; ++i)
      collect_missing(t, inputs, schema, t.child_index[c.first_child + i], facts, style, l, out);
    return;
  }
  // The fact compared, and the fact its bound is a share of (`of`).
  for (std::int16_t fact : {c.fact, c.of}) {
    if (fact < 0 || facts[static_cast<std::size_t>(fact)].known) continue;
    const InputDef& def = schema[static_cast<std::size_t>(fact)];
    std::string option = input_name(inputs, def, style);
    std::string name = zh(l) ? fmt::format("{}({})", def.label.zh, option) : option;
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
}

}  // namespace

std::vector<std::string> missing_inputs(const ConditionTable& t, std::span<const InputDef> inputs,
                                        std::span<const InputDef> schema, std::uint32_t id,
                                        std::span<const FactValue> facts, FieldStyle style, Lang l) {
  std::vector<std::string> out;
  collect_missing(t, inputs, schema, id, facts, style, l, out);
  return out;
}

std::string assumption_text(std::span<const std::string> missing, std::string_view what, std::string_view article,
                            Lang l) {
  if (zh(l)) return fmt::format("未提供{},假定{}({})", join(missing, "、"), what, article);
  return fmt::format("not given: {}; assumed {} ({})", join(missing, ", "), what, article);
}

std::string strict_refusal(std::span<const std::string> assumptions, RefusalLayout layout) {
  std::string msg = "strict: the answer would rest on facts not given:";
  if (layout == RefusalLayout::OneLine) return msg + " " + join(assumptions, "; ");
  for (const auto& a : assumptions) msg += "\n  - " + a;
  return msg;
}

void refuse_assumptions(std::span<const std::string> assumptions) {
  if (!assumptions.empty()) throw InputError(strict_refusal(assumptions, RefusalLayout::Lines));
}

std::string rounding_text(Rounding r, Lang l) {
  switch (r) {
    case Rounding::HalfUp:
      return zh(l) ? "四舍五入到分" : "rounded half-up to the fen";
    case Rounding::Down:
      return zh(l) ? "向下舍入到分" : "rounded down to the fen";
    case Rounding::Up:
      return zh(l) ? "向上舍入到分" : "rounded up to the fen";
  }
  return {};
}

std::string years_after_text(int n, const Text& event, Lang l) {
  if (zh(l)) {
    if (n == 0) return event.zh + "当年度";
    if (n == 1) return event.zh + "下一年度";
    return fmt::format("{}后第{}年度", event.zh, n);
  }
  if (n == 0) return fmt::format("the year of the {}", event.en);
  if (n == 1) return fmt::format("the year after the {}", event.en);
  return fmt::format("{} years after the {}", n, event.en);
}

}  // namespace hdpolicy
