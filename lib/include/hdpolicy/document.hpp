// A published policy document: number, title, issuer and effective window.
#pragma once

#include <string>
#include <vector>

#include "hdpolicy/citation.hpp"
#include "hdpolicy/dates.hpp"

namespace hdpolicy {

// A value as written in a policy file and where (1-based), for diagnostics
// found after loading.
struct WrittenText {
  std::string text;
  int line = 0;
  int column = 0;
};

struct Document {
  std::string id;      // tech-insurance (the file's stem)
  std::string number;  // 海金融发〔2025〕4号
  std::string title;
  Text short_title;  // for listings
  std::string issuer;
  Date issued{};
  Date effective_from{};
  Date effective_to{};
  Citation effective_cite;
  Text effective_note;  // why these dates, when they are an interpretation (effective.note)
  // document.contract: the command whose answer this document keeps, word
  // for word ("hiring"); empty: the answer of `hdpolicy eval`.
  std::string contract;
  int effective_line = 0, effective_column = 0;  // where `effective:` is written, for check
  std::string file;                              // policies/tech-insurance.yaml
  // document.source: the published text quoted, a path relative to `file`.
  // Not named: empty, line 0; named but refused by the loader: empty, with its place.
  WrittenText source;
  std::vector<WrittenText> quotes;  // its quotes, for `hdpolicy check` to find in the source (not
                                    // those of a cite naming another document)
};

}  // namespace hdpolicy
