// Runs a fuzz harness once on each input given, without libFuzzer, so that
// every build (gcc included) replays the seed corpus and the inputs that
// once crashed (regressions/<harness>/). Arguments are files or directories
// (every regular file below them, in sorted order). Exit 0 when all ran;
// a failing input aborts, as it would under the fuzzer.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_of(const fs::path& arg) {
  std::vector<fs::path> found;
  if (fs::is_directory(arg)) {
    for (const auto& e : fs::recursive_directory_iterator(arg))
      if (e.is_regular_file()) found.push_back(e.path());
    std::sort(found.begin(), found.end());
  } else {
    found.push_back(arg);
  }
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
    return 2;
  }
  std::size_t ran = 0;
  for (int i = 1; i < argc; ++i) {
    for (const auto& path : inputs_of(argv[i])) {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "%s: cannot read\n", path.c_str());
        return 2;
      }
      std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      // A buffer of exactly the input's size, as libFuzzer gives: the
      // address sanitizer then catches a read one byte past the end.
      auto copy = std::make_unique<std::uint8_t[]>(bytes.size());
      std::copy(bytes.begin(), bytes.end(), copy.get());
      std::printf("%s\n", path.c_str());
      std::fflush(stdout);  // the last name printed is the input that failed
      LLVMFuzzerTestOneInput(copy.get(), bytes.size());
      ++ran;
    }
  }
  // An empty run proves nothing: a glob that matched no file is a failure.
  if (ran == 0) {
    std::fprintf(stderr, "no inputs found\n");
    return 1;
  }
  std::printf("%zu inputs ran\n", ran);
  return 0;
}
