#include "policy/quote_check.hpp"

#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace hdpolicy {

namespace {

constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000, in UTF-8
constexpr std::size_t kQuoteShown = 40;                         // characters of a quote a message shows
constexpr std::size_t kContextShown = 8;  // characters shown before where a quote departs from the source

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Byte offsets where the UTF-8 characters of `s` begin, and its end.
std::vector<std::size_t> character_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (starts_character(s[i])) starts.push_back(i);
  starts.push_back(s.size());
  return starts;
}

// The first `max` characters, with … when there were more.
std::string first_characters(std::string_view s, std::size_t max) {
  auto starts = character_starts(s);
  if (starts.size() - 1 <= max) return std::string(s);
  return std::string(s.substr(0, starts[max])) + "…";
}

// The last `max` characters, with … when there were more.
std::string last_characters(std::string_view s, std::size_t max) {
  auto starts = character_starts(s);
  if (starts.size() - 1 <= max) return std::string(s);
  return "…" + std::string(s.substr(starts[starts.size() - 1 - max]));
}

// The longest beginning of `quote` (whole characters) that `source` has: the
// quote departs from the source right after it. A beginning found implies
// every shorter one is, so a binary search over lengths suffices.
std::string_view found_beginning(std::string_view source, std::string_view quote) {
  auto starts = character_starts(quote);
  std::size_t lo = 0, hi = starts.size() - 1;  // beginnings of lo characters are found; of hi + 1, not known
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo + 1) / 2;
    if (source.find(quote.substr(0, starts[mid])) != std::string_view::npos) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return quote.substr(0, starts[lo]);
}

const PolicyFile* file_of(const Document& doc, const std::vector<PolicyFile>& files) {
  for (const auto& f : files)
    if (f.display == doc.file) return &f;
  return nullptr;
}

Diagnostic at(const Document& doc, const WrittenText& where, std::string message) {
  return {doc.file, where.line, where.column, std::move(message)};
}

}  // namespace

std::string without_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_ascii_space(text[i])) continue;
    // In valid UTF-8 the lead byte E3 only ever starts a character, so this
    // cannot match inside another one.
    if (text.substr(i, kIdeographicSpace.size()) == kIdeographicSpace) {
      i += kIdeographicSpace.size() - 1;
      continue;
    }
    out.push_back(text[i]);
  }
  return out;
}

void check_quotes(const PolicySet& set, const std::vector<PolicyFile>& files, Diagnostics& diagnostics) {
  // Each source normalised once per run, however many documents quote it;
  // nullopt when there is no such file. Keyed by where it was looked for.
  std::map<std::pair<bool, std::string>, std::optional<std::string>> sources;
  for (const auto& doc : set.documents) {
    if (doc.source.text.empty()) {  // a source refused by the loader is reported already
      if (doc.source.line == 0 && !doc.quotes.empty())
        diagnostics.push_back({doc.file, 0, 0,
                               fmt::format("{} quote{} not checked: no document.source names the text they come from",
                                           doc.quotes.size(), doc.quotes.size() == 1 ? "" : "s"),
                               true});
      continue;
    }
    const PolicyFile* file = file_of(doc, files);
    if (!file) continue;
    std::string display = referenced_display(*file, doc.source.text);
    auto [it, added] = sources.try_emplace({file->embedded, display});
    if (added) {
      if (auto text = read_referenced_text(*file, doc.source.text)) it->second = without_whitespace(*text);
    }
    if (!it->second) {
      diagnostics.push_back(at(doc, doc.source,
                               file->embedded ? fmt::format("document.source: no file {} among the texts compiled into "
                                                            "hdpolicy (the *.txt files under policies/)",
                                                            display)
                                              : fmt::format("document.source: no file {} (the path is relative to "
                                                            "this YAML file)",
                                                            display)));
      continue;
    }
    const std::string& source = *it->second;
    for (const auto& quote : doc.quotes) {
      std::string wanted = without_whitespace(quote.text);
      if (source.find(wanted) != std::string::npos) continue;
      std::string message = fmt::format("quote not found in {} (whitespace aside): \"{}\"", display,
                                        first_characters(quote.text, kQuoteShown));
      if (auto found = found_beginning(source, wanted); !found.empty())
        message += fmt::format("; found only as far as \"{}\"", last_characters(found, kContextShown));
      diagnostics.push_back(at(doc, quote, std::move(message)));
    }
  }
}

}  // namespace hdpolicy
