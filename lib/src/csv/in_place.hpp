// Writing a whole CSV row in place in a csv::Writer's buffer: the batch's
// hot path, which formats a row's cells straight into the output instead of
// cell by cell. `row_room(out, n)` gives space for n bytes at the end of the
// output, the caller writes the row's cells and its '\n' there, and
// `commit_row(out, end)` takes them. Private to the library: a caller that
// gets the byte count wrong writes past the buffer.
#pragma once

#include <cstddef>
#include <string_view>

#include "hdpolicy/csv.hpp"

namespace hdpolicy::csv {

struct InPlaceAccess {  // Writer's friend: the one door to its buffer
  static char* room(Writer& out, std::size_t n) { return out.room(n); }
  static void commit(Writer& out, char* end) { out.end_in_place_row(end); }
};
inline char* row_room(Writer& out, std::size_t n) { return InPlaceAccess::room(out, n); }
inline void commit_row(Writer& out, char* end) { InPlaceAccess::commit(out, end); }

// Writes `cell` at `out` as a CSV text cell (neutralised, quoted when it
// needs it) and returns where it ends; it needs max_text(cell.size()) bytes.
char* put_text(char* out, std::string_view cell);
constexpr std::size_t max_text(std::size_t n) { return 2 * n + 3; }

}  // namespace hdpolicy::csv
