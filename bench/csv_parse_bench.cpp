// Which CSV reader for the batch path? Parses the same file with each
// candidate and reports MB/s and rows/s: the project's own streaming reader
// (lib/src/csv/csv_reader.cpp), libcsv 3.0.3 (Debian libcsv-dev) and
// fast-cpp-csv-parser (Debian libfccp-dev). Each run touches every field
// (sums their lengths) so that nothing is optimised away.
//
// Build and run: bench/csv_choice.sh FILE.csv
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <csv.h>          // libcsv
#include <libfccp/csv.h>  // fast-cpp-csv-parser

#include "hdpolicy/csv.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Count {
  std::uint64_t rows = 0, fields = 0, bytes = 0;
};

Count run_own(const char* path) {
  int fd = ::open(path, O_RDONLY);
  hdpolicy::csv::Reader reader(hdpolicy::csv::fd_source(fd));
  hdpolicy::csv::Cells fields;
  Count c;
  while (reader.next(fields)) {
    ++c.rows;
    c.fields += fields.size();
    for (auto f : fields) c.bytes += f.size();
  }
  ::close(fd);
  return c;
}

void on_field(void* s, size_t len, void* data) {
  auto* c = static_cast<Count*>(data);
  ++c->fields;
  c->bytes += len;
  (void)s;
}
void on_row(int, void* data) { ++static_cast<Count*>(data)->rows; }

Count run_libcsv(const char* path) {
  struct csv_parser p;
  csv_init(&p, CSV_APPEND_NULL);
  Count c;
  int fd = ::open(path, O_RDONLY);
  std::vector<char> buf(1 << 20);
  ssize_t n;
  while ((n = ::read(fd, buf.data(), buf.size())) > 0)
    csv_parse(&p, buf.data(), static_cast<size_t>(n), on_field, on_row, &c);
  csv_fini(&p, on_field, on_row, &c);
  csv_free(&p);
  ::close(fd);
  return c;
}

Count run_fccp(const char* path) {
  io::CSVReader<12, io::trim_chars<>, io::double_quote_escape<',', '"'>> in(path);
  in.read_header(io::ignore_extra_column, "id", "enterprise_id", "date", "type", "premium", "industry", "employees",
                 "revenue", "high_tech_year", "specialized", "upper_subsidy", "support_years_used");
  char* f[12];
  Count c;
  while (in.read_row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11])) {
    ++c.rows;
    for (char* x : f) {
      ++c.fields;
      c.bytes += std::char_traits<char>::length(x);
    }
  }
  return c;
}

template <typename F>
void measure(const char* name, F f, const char* path, std::uint64_t file_bytes) {
  double best = 1e30;
  Count c;
  for (int i = 0; i < 3; ++i) {
    auto t0 = Clock::now();
    c = f(path);
    double s = std::chrono::duration<double>(Clock::now() - t0).count();
    if (s < best) best = s;
  }
  std::printf("%-22s %8.0f MB/s %10.0f rows/s  (%llu rows, %llu fields)\n", name, file_bytes / best / 1e6,
              c.rows / best, static_cast<unsigned long long>(c.rows), static_cast<unsigned long long>(c.fields));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: csv_parse_bench FILE.csv\n");
    return 2;
  }
  FILE* f = std::fopen(argv[1], "rb");
  std::fseek(f, 0, SEEK_END);
  auto size = static_cast<std::uint64_t>(std::ftell(f));
  std::fclose(f);
  measure("hdpolicy csv::Reader", run_own, argv[1], size);
  measure("libcsv 3.0.3", run_libcsv, argv[1], size);
  measure("fast-cpp-csv-parser", run_fccp, argv[1], size);
}
