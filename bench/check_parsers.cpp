// The batch's fast subsidy row parser against the general parser on every
// row of a CSV file (lib/src/batch/subsidy_row_check.hpp): exit 0 when they
// agree on every row, 1 with the first mismatches when not. Built and run by
// bench/check_parsers.sh; the ctest-sized version is
// tests/unit/test_batch_parsers.cpp.
//
// Usage: check_parsers INPUT
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>

#include "batch/subsidy_row_check.hpp"
#include "hdpolicy/batch.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: check_parsers INPUT\n");
    return 2;
  }
  try {
    const hdpolicy::PolicySet set = hdpolicy::load_policy_set(hdpolicy::embedded_policies());
    const int in = ::open(argv[1], O_RDONLY | O_CLOEXEC);
    if (in < 0) throw std::runtime_error(std::string("cannot open ") + argv[1]);
    hdpolicy::csv::Reader reader(hdpolicy::csv::fd_source(in));
    const hdpolicy::batch_detail::RowCheck r = hdpolicy::batch_detail::check_subsidy_rows(set, reader);
    ::close(in);
    for (const std::string& m : r.first) std::printf("%s\n", m.c_str());
    std::printf("%s: %llu rows, %llu accepted by the general parser, %llu mismatches\n", argv[1],
                static_cast<unsigned long long>(r.rows), static_cast<unsigned long long>(r.accepted),
                static_cast<unsigned long long>(r.mismatches));
    return r.mismatches == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "check_parsers: %s\n", e.what());
    return 2;
  }
}
