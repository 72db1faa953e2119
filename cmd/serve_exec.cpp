// `hdpolicy serve` in hdpolicy itself: becomes the server program,
// hdpolicy-serve, with the same arguments (exec: the same process, so its
// PID, signals and exit status are the server's). serve_run.hpp says why
// the server is another program. It is looked for beside this program (the
// build tree) and in ../libexec/hdpolicy/ (an installation).
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"
#include "serve_run.hpp"

namespace hdpolicy::cli {

namespace {
// This process's arguments as given, from /proc/self/cmdline (NUL-separated).
std::vector<std::string> own_arguments() {
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  const std::string all{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::vector<std::string> args;
  for (std::size_t pos = 0; pos < all.size();) {
    const std::size_t end = std::min(all.find('\0', pos), all.size());
    args.push_back(all.substr(pos, end - pos));
    pos = end + 1;
  }
  return args;
}
}  // namespace

void run_serve(const Cli&, const ServeOptions&, int&) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  const std::array<fs::path, 2> places = {self.parent_path() / "hdpolicy-serve",
                                          self.parent_path() / ".." / "libexec" / "hdpolicy" / "hdpolicy-serve"};
  std::vector<std::string> args = own_arguments();
  if (ec || args.empty()) throw InputError("serve: could not read this program's own path and arguments from /proc");
  for (const fs::path& server : places) {
    if (::access(server.c_str(), X_OK) != 0) continue;
    args[0] = server.string();
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(server.c_str(), argv.data());
    throw InputError(fmt::format("serve: could not start {}: {}", server.string(), std::strerror(errno)));
  }
  throw InputError(fmt::format("serve: the server program hdpolicy-serve is not installed (looked in {} and {})",
                               places[0].string(), places[1].lexically_normal().string()));
}

}  // namespace hdpolicy::cli
