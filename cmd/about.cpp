#include "about.hpp"

#include <span>

#include <fmt/format.h>

namespace hdpolicy::cli {

namespace {
std::string items(std::string_view title, std::span<const AboutItem> list) {
  std::string out = fmt::format("{}:\n", title);
  for (const auto& item : list) out += fmt::format("  {:<28}{}\n", item.term, item.text);
  return out;
}
}  // namespace

std::string help_footer() {
  return items("Exit codes", kExitCodes) + "\n" + items("Environment", kEnvironment) +
         "\nMore: man hdpolicy, man 5 hdpolicy-policies";
}

}  // namespace hdpolicy::cli
