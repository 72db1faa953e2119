#include "hdpolicy/policy_set.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
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
    doc.number = d.text("number", true).value_or("");
    ctx.document = doc.number;
    doc.title = d.text("title", true).value_or("");
    doc.short_title = d.label("short_title").value_or(Text{doc.title, doc.title});
    doc.issuer = d.text("issuer", true).value_or("");
    doc.issued = d.date("issued", true).value_or(Date{});
    d.allow({"gazette", "notes"});
    if (YAML::Node source = d.get("source"); source.IsDefined()) doc.source = read_source(ctx, source);
    YAML::Node eff = d.get("effective", true);
    if (eff.IsDefined()) {
      MapReader e(ctx, eff, "document.effective");
      auto from = e.date("from", true);
      auto to = e.date("to", true);
      if (auto c = e.cite()) doc.effective_cite = *c;
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
  if (auto n = top.get("hiring"); n.IsDefined()) load_hiring_section(ctx, n, index, set);
  set.documents[static_cast<std::size_t>(index)].quotes = std::move(ctx.quotes);
}

}  // namespace

PolicySet load_policy_set(const std::vector<PolicyFile>& files, Diagnostics& diagnostics) {
  PolicySet set;
  for (const auto& file : files) {
    if (is_test_file(file)) continue;
    if (!guard_yaml(file, diagnostics)) continue;
    YAML::Node root;
    try {
      root = YAML::Load(file.text);
    } catch (const YAML::Exception& e) {
      diagnostics.push_back({file.display, e.mark.is_null() ? 0 : e.mark.line + 1,
                             e.mark.is_null() ? 0 : e.mark.column + 1, fmt::format("YAML syntax: {}", e.msg)});
      continue;
    }
    LoadContext ctx{file, diagnostics, {}};
    try {
      if (is_calendar_file(file)) {
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
  finish_subsidy(set, diagnostics);
  finish_calendar(set, diagnostics);
  finish_deadlines(set, diagnostics);
  finish_hiring(set, diagnostics);
  return set;
}

PolicySet load_policy_set(const std::vector<PolicyFile>& files) {
  Diagnostics diagnostics;
  PolicySet set = load_policy_set(files, diagnostics);
  if (!diagnostics.empty()) throw PolicyLoadError(std::move(diagnostics));
  return set;
}

}  // namespace hdpolicy
