// The language of explanations and messages meant for people.
#pragma once

#include <optional>
#include <string_view>

namespace hdpolicy {

enum class Lang { En, Zh };

inline std::optional<Lang> parse_lang(std::string_view s) {
  if (s == "en") return Lang::En;
  if (s == "zh") return Lang::Zh;
  return std::nullopt;
}

}  // namespace hdpolicy
