// The CSV reader on UTF-8 input (the batch's default), and the writer on
// what it read: see csv_check.hpp for the properties checked.
#include "csv_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace hdpolicy;
  fuzz::check_csv(fuzz::as_text(data, size), [](std::string_view bytes, std::span<const std::size_t> pieces) {
    return csv::Reader(fuzz::memory_source(bytes, pieces));
  });
  return 0;
}
