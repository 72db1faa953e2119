// Streaming CSV as spreadsheets write it (RFC 4180): quoted fields holding
// commas, quotes and line breaks; CRLF or LF; a UTF-8 byte-order mark; a last
// line with or without a newline. Input is read in large blocks and fields
// are views into the block, so reading a row allocates nothing; memory is
// bounded by the longest record, not the file.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace hdpolicy::csv {

// A file that cannot be read as CSV in the chosen encoding (exit 2): the
// message names the physical line (newlines inside quoted fields count).
class FormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where bytes come from: a file descriptor, or a decoder in front of one.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Fills up to `n` bytes; 0 at the end. Throws FormatError or std::system_error.
  virtual std::size_t read(char* out, std::size_t n) = 0;
};

// Raw bytes from a descriptor (file or pipe); does not own it.
std::unique_ptr<ByteSource> fd_source(int fd);
// GB18030 (Excel on Chinese Windows) decoded to UTF-8 with iconv; invalid
// bytes throw FormatError naming the line.
std::unique_ptr<ByteSource> gb18030_source(std::unique_ptr<ByteSource> raw);

// Bytes that are not UTF-8 at all: nullptr when valid, else the first bad byte.
const char* find_invalid_utf8(const char* begin, const char* end);
// The same, and a NUL byte is bad too (what a Reader refuses in its input).
const char* find_invalid_text(const char* begin, const char* end);

// Every cell a Reader returns is followed by at least this many readable
// bytes of its buffer, so that short cells can be loaded a whole word at a
// time (the batch's hash keys) without a bounds check.
inline constexpr std::size_t kCellPadding = 64;

// The cells of a record: views into the reader's buffer, valid until its
// next read. Reused from record to record, so that reading allocates nothing
// once the widest record has been seen.
class Cells {
 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view operator[](std::size_t i) const { return cells_[i]; }
  const std::string_view* begin() const { return cells_.data(); }
  const std::string_view* end() const { return cells_.data() + size_; }
  void clear() { size_ = 0; }
  void push_back(std::string_view cell) { *room(1) = cell, ++size_; }
  // Space for n more cells: write them at the pointer, then set_end.
  std::string_view* room(std::size_t n) {
    if (cells_.size() - size_ < n) cells_.resize(2 * (size_ + n));
    return cells_.data() + size_;
  }
  void set_end(const std::string_view* end) { size_ = static_cast<std::size_t>(end - cells_.data()); }

 private:
  std::vector<std::string_view> cells_;
  std::size_t size_ = 0;
};

// What a reader knows of a record besides its cells.
struct RecordInfo {
  std::uint64_t line = 0;      // physical line (1-based) where it starts
  std::string_view verbatim;   // its bytes as in the file when it holds no quote and no CR, else empty
  bool may_be_formula = true;  // false when no cell starts with = + - @ or tab
};

class Reader {
 public:
  // `validate_utf8`: refuse input that is not valid UTF-8 (FormatError,
  // raised when the block holding the bad byte is read). A NUL byte is
  // refused in any case, naming its physical line.
  explicit Reader(std::unique_ptr<ByteSource> source, bool validate_utf8 = true);

  // The next record, or false at the end. The views stay valid until the
  // next call. Blank lines are not records and are skipped.
  bool next(Cells& fields);

  // Physical line (1-based) where the last record returned starts.
  std::uint64_t line() const { return record_line_; }
  // The last record's bytes as they were in the file (without the line
  // end) when it holds no quote and no CR at all, else empty: lets a writer
  // copy the input's cells in one piece.
  std::string_view verbatim() const { return verbatim_; }
  // False when no cell of the last record starts with = + - @ or tab (so
  // none needs neutralising); true when one does or it was not looked at.
  bool cell_may_be_formula() const { return cell_may_be_formula_; }
  // The last record's line, verbatim bytes and formula flag together.
  RecordInfo info() const { return {record_line_, verbatim_, cell_may_be_formula_}; }

  // Up to `max` records at once, for a caller that looks ahead (the batch
  // prefetches each row's enterprise before it reads the first row): as
  // next(), but all of their views stay valid until the next call. Fewer
  // than `max` when the buffer ends or a record needs the general path; 0
  // at the end.
  std::size_t next_records(Cells* cells, RecordInfo* info, std::size_t max);

  // Whether the input began with a UTF-8 byte-order mark (removed from the data).
  bool had_bom() const { return had_bom_; }

 private:
  bool fill();  // moves the unread tail to the front and reads more; false at the end
  // Reads and splits the record at `rec` when it is plain (no quote, LF end)
  // and whole in [rec, end); false leaves it to the general path.
  bool split_whole_plain(char* rec, char* end, Cells& fields);
  // The byte classes of one 64-byte chunk of the buffer (at a multiple of
  // 64 from its start), as bit masks: kept from one record to the next,
  // which usually starts in the chunk where the last one ended.
  struct Chunk {
    const char* base = nullptr;           // nullptr: nothing cached
    std::uint64_t commas = 0, stops = 0;  // stops: LF, quote and CR
  };
  void classify(const char* base);
  Chunk chunk_;
  // Splits a record without quoted fields; true when it holds a quote or CR.
  bool split_plain(char* begin, char* end, Cells& fields);
  // Checks the bytes read since the last check, up to `upto` (FormatError).
  void check_utf8(const char* upto);
  void split_quoted(char* begin, char* end, Cells& fields);

  std::unique_ptr<ByteSource> source_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, end_ = 0;
  std::size_t checked_ = 0;  // bytes [0, checked_) of buf_ are valid UTF-8 (or not to be checked)
  bool eof_ = false, started_ = false, had_bom_ = false, validate_;
  std::uint64_t next_line_ = 1, record_line_ = 0;
  std::string_view verbatim_;
  bool cell_may_be_formula_ = true;
};

// What a cell is, for formula neutralisation: a text cell starting with
// = + - @ tab or CR gets a leading ' so a spreadsheet shows it instead of
// running it; a plain number such as -5 or +3.50 is left as it is.
bool needs_neutralising(std::string_view cell);

// How rows are written: CSV, or one JSON object per line (JSON Lines) with
// the header names as keys and every value a string.
enum class OutputFormat : std::uint8_t { Csv, JsonLines };

// Writes every byte to the descriptor, going on after a partial write or an
// interrupted one (EINTR): 0, or the errno of the write that failed.
int write_fully(int fd, std::string_view bytes);

// Buffers output and writes it to a descriptor in large blocks.
class Writer {
 public:
  Writer(int fd, OutputFormat format = OutputFormat::Csv);
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // The column names: the first CSV row, or the keys of each JSON object.
  void header(const std::vector<std::string>& names);
  // A text cell: in CSV neutralised, then quoted when it holds , " CR or LF.
  void text(std::string_view cell);
  // A cell the program formatted (amounts, years, fixed words): no neutralising needed.
  void raw(std::string_view cell);
  void end_row();
  // `count` cells at once, given as CSV text that needs no quoting or
  // neutralising (Reader::verbatim() of a row whose cells were all checked).
  void verbatim(std::string_view csv_cells, std::size_t count);
  // A UTF-8 byte-order mark, before the header (CSV only: Excel needs it to read UTF-8).
  void bom();

  OutputFormat format() const { return format_; }

  // Writes what is buffered; call once at the end (rows flush themselves in large blocks).
  void flush();
  // Where full blocks go instead of write(2), when set: the sink takes bytes
  // [0, used) of the block by swapping the string with one of its own (a
  // batch's output file is written on another thread, cmd/output_thread.hpp),
  // and throws std::system_error for a write that failed.
  using BlockSink = std::function<void(std::string& block, std::size_t used)>;
  void send_blocks_to(BlockSink sink) { sink_ = std::move(sink); }

 private:
  // The batch's hot path writes whole rows in place (csv/in_place.hpp, private to the library).
  friend struct InPlaceAccess;
  char* room(std::size_t n) { return buf_.size() - used_ >= n ? buf_.data() + used_ : grow(n); }
  void end_in_place_row(char* end);
  void begin_cell();
  char* grow(std::size_t n);  // flushes, and makes the buffer hold at least n bytes
  void put(std::string_view s);
  void put(char c);
  void json_string(std::string_view cell);
  int fd_;
  OutputFormat format_;
  std::string buf_;  // always its full size: bytes [0, used_) wait to be written
  std::size_t used_ = 0;
  BlockSink sink_;
  std::string json_;               // a JSON string being escaped
  std::vector<std::string> keys_;  // JSON Lines: "\"name\":" per column, escaped once
  std::size_t column_ = 0;
};

}  // namespace hdpolicy::csv
