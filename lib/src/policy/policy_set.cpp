#include "hdpolicy/policy_set.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
#include "hdpolicy/hiring_contract.hpp"
#include "hdpolicy/subsidy_contract.hpp"
#include "policy/benefit_loader.hpp"
#include "policy/section_loaders.hpp"

namespace hdpolicy {
namespace {

std::string file_stem(const std::string& path) {
  auto slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return name.substr(0, name.rfind('.'));
}

// document.source: the published text the document's quotes come from, a
// path relative to the YAML file so that a policies directory can be moved.
// A path refused keeps its place with no text: it was named, and is reported.
WrittenText read_source(LoadContext& ctx, const YAML::Node& n) {
  WrittenText source{"", n.Mark().line + 1, n.Mark().column + 1};
  auto path = scalar_text(ctx, n, "document.source");
  if (!path) return source;
  if (path->empty() || std::filesystem::path(*path).is_absolute()) {
    ctx.error(n, fmt::format("document.source: '{}' is not accepted: a path relative to this file "
                             "(e.g. sources/haidian-gazette-2025-03.txt)",
                             *path));
    return source;
  }
  source.text = *path;
  return source;
}

// `contract: hiring` (`subsidy`) answers with that command's options: the
// document must declare its facts (rules, and every fact those options fill).
void check_contract(LoadContext& ctx, const YAML::Node& at, int index, const PolicySet& set) {
  const std::string& contract = set.documents[static_cast<std::size_t>(index)].contract;
  const auto own = std::find_if(set.benefits.begin(), set.benefits.end(),
                                [index](const BenefitPolicy& p) { return p.document == index; });
  if (own == set.benefits.end()) {
    ctx.error(
        at, fmt::format("document.contract: {} is for a document of declared shape (facts:, caps:, rules:)", contract));
    return;
  }
  if (std::string misfit = contract == "hiring" ? hiring_contract_misfit(*own) : subsidy_contract_misfit(*own);
      !misfit.empty()) {
    ctx.error(at, "document.contract: " + misfit);
    return;
  }
  // `hdpolicy hiring` answers one policy: another document saying so must
  // be a version of it (the same id), not a second policy.
  for (const BenefitPolicy& other : set.benefits) {
    const Document& d = set.documents[static_cast<std::size_t>(other.document)];
    if (other.document == index || d.contract != contract || other.id == own->id) continue;
    ctx.error(at, fmt::format("document.contract: {} is said already by {} ({}, policy id {}): one policy "
                              "answers hdpolicy {}, and a later version of it keeps its id",
                              contract, d.number, d.file, other.id, contract));
    break;
  }
}

void load_document_file(LoadContext& ctx, const YAML::Node& root, PolicySet& set) {
  MapReader top(ctx, root, "policy file");
  if (!top.ok()) return;
  YAML::Node doc_node = top.get("document", true);
  if (!doc_node.IsDefined()) return;

  Document doc;
  doc.id = file_stem(ctx.file.path);
  doc.file = ctx.file.display;
  {
    MapReader d(ctx, doc_node, "document");
    if (!d.ok()) return;
    if (auto id = d.text("id")) doc.id = *id;  // `hdpolicy eval ID`; else the file's stem
    doc.number = d.text("number", true).value_or("");
    ctx.document = doc.number;
    doc.title = d.text("title", true).value_or("");
    doc.short_title = d.label("short_title").value_or(Text{doc.title, doc.title});
    doc.issuer = d.text("issuer", true).value_or("");
    doc.issued = d.date("issued", true).value_or(Date{});
    d.allow({"gazette", "notes"});
    if (auto contract = d.text("contract")) {
      // The output contract of a command that had its own mechanism before
      // shapes were declared: the answer keeps that command's words byte for byte.
      if (*contract == "hiring" || *contract == "subsidy")
        doc.contract = *contract;
      else
        ctx.error(d.get("contract"),
                  fmt::format("document.contract: '{}' is not accepted: hiring (the answer of hdpolicy hiring) or "
                              "subsidy (of hdpolicy subsidy)",
                              *contract));
    }
    if (YAML::Node source = d.get("source"); source.IsDefined()) doc.source = read_source(ctx, source);
    YAML::Node eff = d.get("effective", true);
    if (eff.IsDefined()) {
      MapReader e(ctx, eff, "document.effective");
      doc.effective_line = eff.Mark().line + 1;
      doc.effective_column = eff.Mark().column + 1;
      auto from = e.date("from", true);
      auto to = e.date("to", true);
      if (auto c = e.cite()) doc.effective_cite = *c;
      if (auto note = e.label("note")) doc.effective_note = *note;
      if (from && to) {
        doc.effective_from = *from;
        doc.effective_to = *to;
        if (*to < *from)
          ctx.error(e.get("to"), fmt::format("document.effective: ends ({}) before it starts ({})", format_date(*to),
                                             format_date(*from)));
      }
    }
  }
  for (const auto& other : set.documents)
    if (other.number == doc.number && !doc.number.empty())
      ctx.error(doc_node, fmt::format("document {} is already defined in {}", doc.number, other.file));
  set.documents.push_back(doc);
  int index = static_cast<int>(set.documents.size() - 1);

  if (auto n = top.get("subsidy"); n.IsDefined()) load_subsidy_section(ctx, n, index, set);
  if (auto n = top.get("deadlines"); n.IsDefined()) load_deadlines_section(ctx, n, index, set);
  if (auto n = top.get("hiring"); n.IsDefined())
    ctx.error(n,
              "hiring: a hiring: section is no longer read: write the subsidy as a document of declared shape "
              "(facts:, caps:, rules:) with document.contract: hiring, as policies/hiring-subsidy.yaml does");
  load_benefit_sections(ctx, top, index, doc.id, set);
  if (!doc.contract.empty()) check_contract(ctx, doc_node["contract"], index, set);
  set.documents[static_cast<std::size_t>(index)].quotes = std::move(ctx.quotes);
}

// The year a calendars/cn/YYYY.yaml file holds, by its name (the loader
// checks that `year:` agrees), or nullopt for another name.
std::optional<int> calendar_file_year(const PolicyFile& f) {
  std::string stem = file_stem(f.path);
  if (stem.size() != 4 || stem.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoi(stem);
}

// False only when `text` certainly has no top-level key `section`: every
// line at column 0 is a comment or a plain `key:` (a block mapping, whose
// other lines are indented), and none is `section:`. Anything else (flow
// style, quoted keys, document markers) may hold it, and so may a document
// of declared shape that answers as that section's command (`contract: section`).
bool may_hold_section(std::string_view text, std::string_view section) {
  auto plain = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  };
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t end = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line[0] == ' ') {
      std::string_view rest = line.substr(std::min(line.find_first_not_of(' '), line.size()));
      if (rest.starts_with("contract:") && rest.find(section) != std::string_view::npos) return true;
      continue;
    }
    if (line.empty() || line[0] == '#' || line[0] == '\r') continue;
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return true;
    std::string_view key = line.substr(0, colon);
    if (!std::all_of(key.begin(), key.end(), plain) || key == section) return true;
    if (colon + 1 < line.size() && line[colon + 1] != ' ' && line[colon + 1] != '\r') return true;
  }
  return false;
}

bool document_in_scope(const PolicyFile& f, const LoadScope& scope) {
  if (!f.embedded) return true;
  return scope.documents && (!scope.section || may_hold_section(f.text, scope.section));
}

// The files `scope` asks for, in their order. Calendar years are chosen
// only when every calendar file is embedded and named by its year;
// otherwise every year is read.
std::vector<const PolicyFile*> files_in_scope(const std::vector<PolicyFile>& files, const LoadScope& scope,
                                              WorkCalendar& calendar) {
  std::optional<YearSpan> held;
  bool by_year = scope.calendar_years.has_value();
  for (const auto& f : files) {
    if (!is_calendar_file(f) || is_test_file(f)) continue;
    auto year = calendar_file_year(f);
    by_year = by_year && f.embedded && year;
    if (year)
      held = held ? YearSpan{std::min(held->first, *year), std::max(held->last, *year)} : YearSpan{*year, *year};
  }
  by_year = by_year && held;
  YearSpan want{};
  if (by_year) {
    want.first = std::clamp(scope.calendar_years->first, held->first, held->last);
    want.last = std::clamp(scope.calendar_years->last, want.first, held->last);
    calendar.set_available_years(*held);
  }
  std::vector<const PolicyFile*> out;
  for (const auto& f : files) {
    if (is_test_file(f)) continue;
    if (!is_calendar_file(f)) {
      if (document_in_scope(f, scope)) out.push_back(&f);
      continue;
    }
    int year = by_year ? *calendar_file_year(f) : 0;
    if (!by_year || (year >= want.first && year <= want.last)) out.push_back(&f);
  }
  return out;
}

}  // namespace

PolicySet load_policy_set(const std::vector<PolicyFile>& files, Diagnostics& diagnostics, const LoadScope& scope) {
  PolicySet set;
  // Parsed first, then loaded: the vocabulary files before the documents
  // that `use:` their facts, whatever the files' order.
  std::vector<std::pair<const PolicyFile*, YAML::Node>> parsed;
  for (const PolicyFile* in_scope : files_in_scope(files, scope, set.calendar)) {
    const PolicyFile& file = *in_scope;
    if (!(file.embedded && !scope.guard_embedded) && !guard_yaml(file, diagnostics)) continue;
    try {
      parsed.emplace_back(&file, YAML::Load(file.text));
    } catch (const YAML::Exception& e) {
      diagnostics.push_back({file.display, e.mark.is_null() ? 0 : e.mark.line + 1,
                             e.mark.is_null() ? 0 : e.mark.column + 1, fmt::format("YAML syntax: {}", e.msg)});
    }
  }
  auto is_vocabulary = [](const PolicyFile& file, const YAML::Node& root) {
    return !is_calendar_file(file) && root.IsMap() && root["vocabulary"].IsDefined() && !root["document"].IsDefined();
  };
  FactVocabulary vocabulary;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [file_ptr, root] : parsed) {
      const PolicyFile& file = *file_ptr;
      if (is_vocabulary(file, root) != (pass == 0)) continue;
      LoadContext ctx{file, diagnostics, {}};
      ctx.vocabulary = &vocabulary;
      try {
        if (pass == 0) {
          load_vocabulary_file(ctx, root, vocabulary);
        } else if (is_calendar_file(file)) {
          load_calendar_file(ctx, root, set);
        } else {
          load_document_file(ctx, root, set);
        }
      } catch (const YAML::Exception& e) {
        // A node of an unexpected shape that a loader did not anticipate.
        diagnostics.push_back(
            {file.display, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1, e.msg});
      }
    }
  }
  finish_subsidy(set, diagnostics);
  finish_calendar(set, diagnostics);
  finish_deadlines(set, diagnostics);
  finish_benefits(set, diagnostics);
  return set;
}

PolicySet load_policy_set(const std::vector<PolicyFile>& files, const LoadScope& scope) {
  Diagnostics diagnostics;
  PolicySet set = load_policy_set(files, diagnostics, scope);
  if (!diagnostics.empty()) throw PolicyLoadError(std::move(diagnostics));
  return set;
}

}  // namespace hdpolicy
