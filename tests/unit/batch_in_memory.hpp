// A batch run over text in memory, for the unit tests: the input written to
// a temporary file, the batch (run_subsidy_batch, run_hiring_batch, ...) run
// with `set` and `options`, and what it wrote returned.
#pragma once

#include <cstdio>
#include <string>

#include "hdpolicy/batch.hpp"

namespace hdpolicy::testing {

template <typename Run>
std::string run_batch(Run run, const PolicySet& set, const std::string& input, const BatchOptions& options,
                      BatchSummary& summary) {
  std::FILE* in = std::tmpfile();
  std::FILE* out = std::tmpfile();
  std::fwrite(input.data(), 1, input.size(), in);
  std::fflush(in);
  std::rewind(in);
  {
    csv::Reader reader(csv::fd_source(fileno(in)));
    csv::Writer writer(fileno(out));
    summary = run(set, reader, writer, options);
    writer.flush();
  }
  std::rewind(out);
  std::string written;
  for (int c; (c = std::fgetc(out)) != EOF;) written.push_back(static_cast<char>(c));
  std::fclose(in);
  std::fclose(out);
  return written;
}

}  // namespace hdpolicy::testing
