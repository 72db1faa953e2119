// Problems found in policy files, reported as `file:line:col: error: message`
// so that editors and CI annotate the right line (and notes, as `note:`).
#pragma once

#include <string>
#include <vector>

namespace hdpolicy {

struct Diagnostic {
  std::string file;
  int line = 0;    // 1-based; 0 when the problem is the whole file
  int column = 0;  // 1-based
  std::string message;
  bool note = false;  // information, not a problem: printed as `note:`, and check still passes
};

std::string format_diagnostic(const Diagnostic& d);

using Diagnostics = std::vector<Diagnostic>;

}  // namespace hdpolicy
