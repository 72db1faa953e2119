#include "input_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "hdpolicy/errors.hpp"

namespace hdpolicy::cli {

InputFile::InputFile(const std::string& path) {
  if (path == "-") {
    fd_ = STDIN_FILENO;
    return;
  }
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw bad_value("--input", path, fmt::format("a readable CSV file ({})", std::strerror(errno)));
  owned_ = true;
}

InputFile::~InputFile() {
  if (owned_) ::close(fd_);
}

std::unique_ptr<csv::ByteSource> csv_source(const InputFile& input, const std::string& encoding) {
  std::unique_ptr<csv::ByteSource> source = csv::fd_source(input.fd());
  if (encoding == "gb18030") source = csv::gb18030_source(std::move(source));
  return source;
}

}  // namespace hdpolicy::cli
