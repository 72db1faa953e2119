#include "policy/yaml_reader.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

namespace hdpolicy {

void LoadContext::error(const YAML::Mark& at, std::string message) {
  if (at.is_null()) {
    diagnostics.push_back({file.display, 0, 0, std::move(message)});
  } else {
    diagnostics.push_back({file.display, at.line + 1, at.column + 1, std::move(message)});
  }
}

std::string LoadContext::where(const YAML::Node& at) const {
  return at.Mark().is_null() ? file.display : fmt::format("{}:{}", file.display, at.Mark().line + 1);
}

MapReader::MapReader(LoadContext& ctx, const YAML::Node& node, std::string what)
    : ctx_(ctx), node_(node), what_(std::move(what)) {
  if (!node_.IsMap()) {
    ok_ = false;
    finished_ = true;
    ctx_.error(node_, fmt::format("{} must be a mapping of keys to values", what_));
  }
}

bool MapReader::has(std::string_view key) {
  allow({key});
  if (!ok_) return false;
  const YAML::Node& cnode = node_;  // const: lookup must not insert the key
  YAML::Node v = cnode[std::string(key)];
  return v.IsDefined() && !v.IsNull();
}

void MapReader::allow(std::initializer_list<std::string_view> keys) {
  for (auto k : keys)
    if (std::find(asked_.begin(), asked_.end(), k) == asked_.end()) asked_.emplace_back(k);
}

YAML::Node MapReader::get(std::string_view key, bool required) {
  allow({key});
  if (!ok_) return YAML::Node(YAML::NodeType::Undefined);
  // Look up without inserting: operator[] on a const node never creates keys.
  const YAML::Node& cnode = node_;
  YAML::Node v = cnode[std::string(key)];
  if (!v.IsDefined() || v.IsNull()) {
    if (required) ctx_.error(node_, fmt::format("{}: missing required key '{}'", what_, key));
    return YAML::Node(YAML::NodeType::Undefined);
  }
  return v;
}

void MapReader::finish() {
  if (finished_) return;
  finished_ = true;
  for (const auto& kv : node_) {
    std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string("?");
    if (std::find(asked_.begin(), asked_.end(), key) != asked_.end()) continue;
    std::string accepted;
    for (const auto& a : asked_) accepted += (accepted.empty() ? "" : ", ") + a;
    ctx_.error(kv.first, fmt::format("{}: unknown key '{}' (accepted: {})", what_, key, accepted));
  }
}

std::optional<std::string> scalar_text(LoadContext& ctx, const YAML::Node& n, const std::string& what) {
  if (!n.IsScalar()) {
    ctx.error(n, fmt::format("{} must be text", what));
    return std::nullopt;
  }
  return n.Scalar();
}

std::optional<Money> scalar_money(LoadContext& ctx, const YAML::Node& n, const std::string& what) {
  auto s = scalar_text(ctx, n, what);
  if (!s) return std::nullopt;
  auto m = parse_money(*s);
  if (!m || m->fen <= 0) {
    ctx.error(n, fmt::format("{}: '{}' is not a positive amount in yuan with at most two decimals", what, *s));
    return std::nullopt;
  }
  return m;
}

std::optional<Rate> scalar_rate(LoadContext& ctx, const YAML::Node& n, const std::string& what) {
  auto s = scalar_text(ctx, n, what);
  if (!s) return std::nullopt;
  auto r = parse_rate(*s);
  if (!r || r->nano <= 0 || r->nano > Rate::kScale) {
    ctx.error(n, fmt::format("{}: '{}' is not a rate in (0, 1]: write 50% or 0.5", what, *s));
    return std::nullopt;
  }
  return r;
}

std::optional<Date> scalar_date(LoadContext& ctx, const YAML::Node& n, const std::string& what) {
  auto s = scalar_text(ctx, n, what);
  if (!s) return std::nullopt;
  auto d = parse_policy_date(*s);
  if (!d) ctx.error(n, fmt::format("{}: '{}' is not a date: write YYYY-MM-DD", what, *s));
  return d;
}

std::optional<Citation> read_cite(LoadContext& ctx, const YAML::Node& n, const std::string& what) {
  MapReader r(ctx, n, what + " cite");
  if (!r.ok()) return std::nullopt;
  auto article = r.text("article", true);
  auto quote = r.text("quote", true);
  auto document = r.text("document");
  if (!article || !quote) return std::nullopt;
  if (quote->empty()) {
    ctx.error(n, fmt::format("{}: the citation must quote the clause", what));
    return std::nullopt;
  }
  // This document's quotes, for `check` to find in its source; a cite naming
  // another document quotes that one's text instead.
  if (!document || *document == ctx.document) {
    const YAML::Mark at = r.get("quote").Mark();
    ctx.quotes.push_back({*quote, at.line + 1, at.column + 1});
  }
  return Citation{document.value_or(ctx.document), *article, *quote, ctx.where(n)};
}

std::optional<std::string> MapReader::text(std::string_view key, bool required) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return std::nullopt;
  return scalar_text(ctx_, n, fmt::format("{}.{}", what_, key));
}

std::optional<Money> MapReader::money(std::string_view key, bool required) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return std::nullopt;
  return scalar_money(ctx_, n, fmt::format("{}.{}", what_, key));
}

std::optional<Rate> MapReader::rate(std::string_view key, bool required) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return std::nullopt;
  return scalar_rate(ctx_, n, fmt::format("{}.{}", what_, key));
}

std::optional<Date> MapReader::date(std::string_view key, bool required) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return std::nullopt;
  return scalar_date(ctx_, n, fmt::format("{}.{}", what_, key));
}

std::optional<std::int64_t> MapReader::integer(std::string_view key, bool required) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return std::nullopt;
  auto s = scalar_text(ctx_, n, fmt::format("{}.{}", what_, key));
  if (!s) return std::nullopt;
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
  if (ec != std::errc() || p != s->data() + s->size()) {
    ctx_.error(n, fmt::format("{}.{}: '{}' is not a whole number", what_, key, *s));
    return std::nullopt;
  }
  return v;
}

std::optional<bool> MapReader::boolean(std::string_view key, bool required) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return std::nullopt;
  auto s = scalar_text(ctx_, n, fmt::format("{}.{}", what_, key));
  if (!s) return std::nullopt;
  if (*s == "true") return true;
  if (*s == "false") return false;
  ctx_.error(n, fmt::format("{}.{}: '{}' is not true or false", what_, key, *s));
  return std::nullopt;
}

std::optional<Text> MapReader::label(std::string_view key, bool required) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return std::nullopt;
  MapReader r(ctx_, n, fmt::format("{}.{}", what_, key));
  if (!r.ok()) return std::nullopt;
  auto zh = r.text("zh", true);
  auto en = r.text("en", true);
  if (!zh || !en) return std::nullopt;
  return Text{*zh, *en};
}

std::optional<Citation> MapReader::cite(std::string_view key, bool required) {
  YAML::Node n = get(key, false);
  if (!n.IsDefined()) {
    if (required && ok_)
      ctx_.error(node_, fmt::format("{}: no citation: add {}: {{article: ..., quote: \"...\"}}", what_, key));
    return std::nullopt;
  }
  return read_cite(ctx_, n, what_);
}

std::vector<std::string> MapReader::text_list(std::string_view key, bool required) {
  std::vector<std::string> out;
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return out;
  if (!n.IsSequence()) {
    ctx_.error(n, fmt::format("{}.{} must be a list", what_, key));
    return out;
  }
  for (const auto& item : n)
    if (auto s = scalar_text(ctx_, item, fmt::format("{}.{} item", what_, key))) out.push_back(*s);
  return out;
}

}  // namespace hdpolicy
