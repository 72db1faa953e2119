// Refuses hostile or broken YAML before it reaches yaml-cpp's node loader:
// binary data, an empty file, duplicate keys (yaml-cpp keeps one silently),
// nesting too deep, scalars too long, alias bombs, aliases forming a cycle. The text is pre-scanned
// byte by byte, then parsed once as an event stream: the event handler throws
// as soon as a budget is exceeded, so yaml-cpp's recursive parser never
// descends further than kMaxDepth and an alias bomb is never expanded.
#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "policy/section_loaders.hpp"

namespace hdpolicy {
namespace {

// Far above what any policy file needs, far below what could hurt.
constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;
constexpr std::size_t kMaxScalarBytes = 16 * 1024;
constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxExpandedNodes = 200'000;

struct Position {
  int line = 1, column = 1;
};

Position position_of(const std::string& text, std::size_t offset) {
  Position p;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
  }
  return p;
}

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not
// well-formed (overlong forms, surrogates and code points above U+10FFFF too).
std::size_t utf8_length(const std::string& text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return 1;
  std::size_t n = 0;
  unsigned min = 0;
  unsigned cp = 0;
  if (b >= 0xC2 && b <= 0xDF) {
    n = 2;
    cp = b & 0x1Fu;
    min = 0x80;
  } else if (b >= 0xE0 && b <= 0xEF) {
    n = 3;
    cp = b & 0x0Fu;
    min = 0x800;
  } else if (b >= 0xF0 && b <= 0xF4) {
    n = 4;
    cp = b & 0x07u;
    min = 0x10000;
  } else
    return 0;
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0u) != 0x80u) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// The first byte that cannot be in a YAML text file, reported with its position.
bool scan_bytes(const PolicyFile& file, Diagnostics& diagnostics) {
  const std::string& t = file.text;
  std::size_t i = t.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // a UTF-8 byte-order mark is allowed
  while (i < t.size()) {
    unsigned char b = static_cast<unsigned char>(t[i]);
    bool control = (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F;
    std::size_t n = control ? 0 : utf8_length(t, i);
    if (n == 0) {
      Position p = position_of(t, i);
      diagnostics.push_back({file.display, p.line, p.column,
                             fmt::format("byte 0x{:02X} is not text: a policy file must be UTF-8 YAML "
                                         "(is this a binary file?)",
                                         b)});
      return false;
    }
    i += n;
  }
  return true;
}

// Thrown by the event handler to stop the parser at the first fatal problem.
struct Abort {
  YAML::Mark mark;
  std::string message;
};

class GuardHandler : public YAML::EventHandler {
 public:
  GuardHandler(const PolicyFile& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

  int documents = 0;
  bool content = false;  // any node other than a null document

  void OnDocumentStart(const YAML::Mark& mark) override {
    // yaml-cpp 0.7 cannot get past a ',' outside [ ] or { }: it starts an
    // empty document there, and the next, forever. A document starting where
    // the last one started is that loop.
    if (documents > 0 && mark.pos == last_start_) {
      const auto at = static_cast<std::size_t>(mark.pos);
      bool comma = at < file_.text.size() && file_.text[at] == ',';
      throw Abort{mark, comma ? "YAML syntax: a ',' outside [ ] or { }"
                              : "YAML syntax: the parser cannot read past this point"};
    }
    last_start_ = mark.pos;
    ++documents;
  }
  void OnDocumentEnd() override { stack_.clear(); }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (!stack_.empty()) content = true;
    key_event(mark, nullptr);
    leaf(anchor, {1, 0});
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    content = true;
    key_event(mark, nullptr);
    // An anchor is sized when its node closes; one not sized yet is an
    // ancestor of this alias, and yaml-cpp would build a cycle that loaders
    // would follow forever.
    auto it = anchored_.find(anchor);
    if (it == anchored_.end()) throw Abort{mark, "an alias refers to a node that contains it (a cycle)"};
    // Loaders recurse through the expanded tree, so depth counts it expanded.
    if (static_cast<int>(stack_.size()) + it->second.height > kMaxDepth)
      throw Abort{mark, fmt::format("nested deeper than {} levels once aliases are expanded", kMaxDepth)};
    leaf(YAML::NullAnchor, it->second, &mark);
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    content = true;
    if (value.size() > kMaxScalarBytes)
      throw Abort{mark,
                  fmt::format("a value of {} bytes is longer than the {} accepted", value.size(), kMaxScalarBytes)};
    key_event(mark, &value);
    leaf(anchor, {1, 0});
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, anchor, false);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, anchor, true);
  }
  void OnMapEnd() override { close(); }

 private:
  // A complete node, aliases expanded: how many values, how many levels of containers.
  struct Extent {
    std::size_t nodes = 1;
    int height = 0;
  };

  struct Frame {
    bool is_map = false;
    bool expect_key = true;
    YAML::anchor_t anchor = YAML::NullAnchor;
    YAML::Mark mark;
    Extent extent{1, 1};              // this node and, expanded, everything below it
    std::map<std::string, int> keys;  // key -> line of its first occurrence
  };

  // A scalar (or null/alias/container) begins; when it is a mapping key, check it.
  void key_event(const YAML::Mark& mark, const std::string* key) {
    if (stack_.empty() || !stack_.back().is_map || !stack_.back().expect_key || key == nullptr) return;
    auto [it, inserted] = stack_.back().keys.emplace(*key, mark.line + 1);
    if (!inserted)
      diagnostics_.push_back(
          {file_.display, mark.line + 1, mark.column + 1,
           fmt::format("duplicate key '{}' (first at line {}): only one of them would be used", *key, it->second)});
  }

  // A complete node was read: count it in its parent.
  void leaf(YAML::anchor_t anchor, Extent extent, const YAML::Mark* alias_mark = nullptr) {
    if (anchor != YAML::NullAnchor) anchored_[anchor] = extent;
    if (stack_.empty()) return;
    Frame& parent = stack_.back();
    parent.extent.nodes += extent.nodes;
    parent.extent.height = std::max(parent.extent.height, extent.height + 1);
    if (parent.extent.nodes > kMaxExpandedNodes)
      throw Abort{
          alias_mark ? *alias_mark : parent.mark,
          fmt::format("aliases expand this document to more than {} values (an alias bomb?)", kMaxExpandedNodes)};
    if (parent.is_map) parent.expect_key = !parent.expect_key;
  }

  void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool is_map) {
    content = true;
    if (static_cast<int>(stack_.size()) >= kMaxDepth)
      throw Abort{mark, fmt::format("nested deeper than {} levels", kMaxDepth)};
    Frame f;
    f.is_map = is_map;
    f.anchor = anchor;
    f.mark = mark;
    stack_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    leaf(f.anchor, f.extent);
  }

  const PolicyFile& file_;
  Diagnostics& diagnostics_;
  int last_start_ = -1;  // where the last document started
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, Extent> anchored_;  // anchor -> its node, expanded
};

Diagnostic at(const PolicyFile& file, const YAML::Mark& mark, std::string message) {
  if (mark.is_null()) return {file.display, 0, 0, std::move(message)};
  return {file.display, mark.line + 1, mark.column + 1, std::move(message)};
}

}  // namespace

bool guard_yaml(const PolicyFile& file, Diagnostics& diagnostics) {
  if (file.text.size() > kMaxFileBytes) {
    diagnostics.push_back({file.display, 0, 0,
                           fmt::format("the file is {} bytes, more than the {} accepted for a policy file",
                                       file.text.size(), kMaxFileBytes)});
    return false;
  }
  if (!scan_bytes(file, diagnostics)) return false;

  std::istringstream in(file.text);
  GuardHandler handler(file, diagnostics);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(handler)) {}
  } catch (const Abort& a) {
    diagnostics.push_back(at(file, a.mark, a.message));
    return false;
  } catch (const YAML::Exception& e) {
    diagnostics.push_back(at(file, e.mark, fmt::format("YAML syntax: {}", e.msg)));
    return false;
  }
  if (handler.documents == 0 || !handler.content) {
    diagnostics.push_back({file.display, 0, 0, "the file is empty"});
    return false;
  }
  if (handler.documents > 1) {
    diagnostics.push_back({file.display, 0, 0,
                           fmt::format("the file holds {} YAML documents (separated by ---): "
                                       "keep one document per file",
                                       handler.documents)});
    return false;
  }
  // Duplicate keys are reported but the file is still loaded, so that its
  // other problems show in the same run.
  return true;
}

}  // namespace hdpolicy
