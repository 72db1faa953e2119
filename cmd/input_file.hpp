// Where `--input` reads a CSV from (hdpolicy batch, hdpolicy plan): a file,
// or "-" for standard input, decoded from GB18030 when --encoding says so.
#pragma once

#include <memory>
#include <string>

#include "hdpolicy/csv.hpp"

namespace hdpolicy::cli {

class InputFile {
 public:
  explicit InputFile(const std::string& path);  // throws InputError naming --input
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
  bool owned_ = false;
};

// The bytes of `input` as UTF-8: as read for utf-8, decoded for gb18030.
std::unique_ptr<csv::ByteSource> csv_source(const InputFile& input, const std::string& encoding);

}  // namespace hdpolicy::cli
