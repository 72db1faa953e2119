// The CSV reader behind the GB18030 decoder (--encoding gb18030), and the
// writer on what it read: see csv_check.hpp for the properties checked.
// Reading in small pieces cuts multi-byte characters between reads.
#include "csv_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hdpolicy;
  fuzz::check_csv(fuzz::as_text(data, size), [](std::string_view bytes, std::span<const std::size_t> pieces) {
    return csv::Reader(csv::gb18030_source(fuzz::memory_source(bytes, pieces)));
  });
  return 0;
}
