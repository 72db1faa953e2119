// Runs `batch subsidy` twice on one input: as the command does (the common
// row written in place) and with every row written cell by cell
// (BatchOptions::cell_by_cell), to two files that must be byte-identical.
// Built and run by bench/writer_check.sh.
//
// Usage: writer_check INPUT OUT_IN_PLACE OUT_CELL_BY_CELL [--strict]
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <string>

#include "hdpolicy/batch.hpp"

namespace {

void run(const hdpolicy::PolicySet& set, const char* input, const char* output, hdpolicy::BatchOptions options) {
  const int in = ::open(input, O_RDONLY | O_CLOEXEC);
  const int out = ::open(output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (in < 0 || out < 0) throw std::runtime_error(std::string("cannot open ") + (in < 0 ? input : output));
  hdpolicy::csv::Reader reader(hdpolicy::csv::fd_source(in));
  hdpolicy::csv::Writer writer(out);
  hdpolicy::BatchSummary summary = hdpolicy::run_subsidy_batch(set, reader, writer, options);
  writer.flush();
  ::close(in);
  ::close(out);
  std::printf("%s: %llu rows, %llu failed, %llu eligible\n", output, static_cast<unsigned long long>(summary.rows),
              static_cast<unsigned long long>(summary.failed), static_cast<unsigned long long>(summary.paid));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4 || (argc == 5 && std::strcmp(argv[4], "--strict") != 0) || argc > 5) {
    std::fprintf(stderr, "usage: writer_check INPUT OUT_IN_PLACE OUT_CELL_BY_CELL [--strict]\n");
    return 2;
  }
  try {
    const hdpolicy::PolicySet set = hdpolicy::load_policy_set(hdpolicy::embedded_policies());
    hdpolicy::BatchOptions options;
    options.strict = argc == 5;
    run(set, argv[1], argv[2], options);
    options.cell_by_cell = true;
    run(set, argv[1], argv[3], options);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "writer_check: %s\n", e.what());
    return 2;
  }
  return 0;
}
