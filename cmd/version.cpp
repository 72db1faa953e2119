// hdpolicy --version: the release, the commit and what is built in.
#include <fmt/format.h>

#include "build_info.hpp"
#include "hdpolicy/version.hpp"

namespace hdpolicy::cli {

std::string version_text() {
  const BuildInfo info = build_info();
  return fmt::format(
      "hdpolicy {}\n"
      "commit: {}\n"
      "built-in documents: {}\n"
      "built-in calendar years: {}",
      kVersion, info.commit, info.documents, info.calendar_years);
}

}  // namespace hdpolicy::cli
