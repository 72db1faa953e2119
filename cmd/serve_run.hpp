// `hdpolicy serve`'s options, and the one function that serves them, which
// has two definitions: serve_run.cpp, the server, linked into the program
// hdpolicy-serve with cpp-httplib; and serve_exec.cpp, in hdpolicy itself,
// which becomes hdpolicy-serve (exec, same process, same arguments). Debian's
// cpp-httplib is a shared library built with TLS and compression, and
// loading it with libssl, libcrypto, zlib and brotli doubled the start-up
// of every one-shot command; only `serve` needs it now.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "cli.hpp"

namespace hdpolicy::cli {

inline constexpr std::size_t kDefaultServeThreads = 64;
// Connections open at once, those waiting for a worker included, per worker:
// 512 by default, well inside the 1,024 descriptors a process gets on Debian.
inline constexpr std::size_t kServeConnectionsPerThread = 8;

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::size_t threads = kDefaultServeThreads;
  std::size_t client_connections = 0;  // 0: half of threads
  std::size_t max_connections = 0;     // 0: kServeConnectionsPerThread x threads
  std::vector<std::string> cors;       // origins whose pages may call the API
  bool hello = false;
};

void run_serve(const Cli& cli, const ServeOptions& o, int& exit_code);

}  // namespace hdpolicy::cli
