// The reporting module: what every report (subsidy, hiring, deadline, batch
// notes) says the same way. Explanation steps and their citations, amounts in
// yuan, the assumption sentence, the --strict refusal, and the wording of
// mechanisms a policy parameterises (rounding mode, payable year). Conditions
// in words are the other half of the module: condition_text.hpp.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hdpolicy/citation.hpp"
#include "hdpolicy/condition.hpp"
#include "hdpolicy/input.hpp"
#include "hdpolicy/input_table.hpp"
#include "hdpolicy/lang.hpp"
#include "hdpolicy/money.hpp"

namespace hdpolicy {

inline bool zh(Lang l) { return l == Lang::Zh; }

// 1,234.50元 / 1,234.50 yuan.
std::string yuan(Money m, Lang lang);
std::string join(std::span<const std::string> parts, std::string_view sep);

// One step of an explanation, with the clause it rests on (if any).
struct ExplainStep {
  std::string text;
  const Citation* cite = nullptr;  // points into the PolicySet
};

// "海金融发〔2025〕4号第四条:「quote」" / "海金融发〔2025〕4号 第四条: 「quote」".
std::string format_citation(const Citation& c, Lang lang);
// {"document", "article", "quote"}: a citation in every JSON contract.
nlohmann::ordered_json citation_json(const Citation& c);
// [{"text", "cite": {"document", "article", "quote"}}]: the JSON contract of "steps".
nlohmann::ordered_json steps_json(std::span<const ExplainStep> steps);
// " 1. text\n    citation\n", numbered from 1.
std::string steps_text(std::span<const ExplainStep> steps, Lang lang);
// "Assumed: " / "假定:" before an assumption shown as a step.
std::string assumed_step(std::string_view assumption, Lang lang);

// "Assumptions:\n  - a\n  - b\n" / "假定:\n  - …", or "" when there are none.
std::string assumptions_text(std::span<const std::string> assumptions, Lang lang);

// The inputs not given below condition `id`, each once: "--industry" /
// "所属产业(--industry)", named in `style` (input_table.hpp: input_name). `schema`
// is the fact rows of the domain's input table `inputs`.
std::vector<std::string> missing_inputs(const ConditionTable& table, std::span<const InputDef> inputs,
                                        std::span<const InputDef> schema, std::uint32_t id,
                                        std::span<const FactValue> facts, FieldStyle style, Lang lang);
// The one assumption sentence: "not given: A, B; assumed WHAT (ARTICLE)" /
// "未提供A、B,假定WHAT(ARTICLE)".
std::string assumption_text(std::span<const std::string> missing, std::string_view what, std::string_view article,
                            Lang lang);

// --strict: the refusal listing every assumption the answer would rest on,
// one per line for a person, on one line ("; ") for a batch row's error cell.
enum class RefusalLayout : std::uint8_t { Lines, OneLine };
std::string strict_refusal(std::span<const std::string> assumptions, RefusalLayout layout);
// Throws InputError(strict_refusal(..., Lines)) when there is any assumption.
void refuse_assumptions(std::span<const std::string> assumptions);

// How an amount was rounded to the fen, per mode: "rounded half-up to the fen" / 四舍五入到分.
std::string rounding_text(Rounding rounding, Lang lang);
// A year counted from an event's year: 1 → "the year after the claim" /
// 申报下一年度; 0 → "the year of the claim" / 申报当年度; n → "n years after
// the claim" / 申报后第n年度. `event` as in year_before_text: {申报, claim}.
std::string years_after_text(int n, const Text& event, Lang lang);

}  // namespace hdpolicy
