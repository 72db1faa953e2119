// `batch hiring` end to end on fuzzed CSV: see batch_check.hpp.
#include "batch_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hdpolicy::fuzz::check_batch(hdpolicy::fuzz::as_text(data, size), hdpolicy::run_hiring_batch);
  return 0;
}
