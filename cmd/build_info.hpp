// What `hdpolicy --version` says beyond the release number, fixed when the
// binary is built (cmake/build_info_script.cmake), so that --version stays as
// cheap as a program start: no policy is read for it.
#pragma once

#include <string>
#include <string_view>

namespace hdpolicy::cli {

struct BuildInfo {
  std::string_view commit;          // git commit, "-modified" when built with changes; "unknown" without git
  std::string_view documents;       // the built-in policy documents: 海金融发〔2025〕4号, ...
  std::string_view calendar_years;  // the built-in statutory calendars: 2004–2026
};
BuildInfo build_info();

// The text of --version: release, commit, built-in documents and calendar years.
std::string version_text();

}  // namespace hdpolicy::cli
