// Open-addressing hash maps for the batch hot path: text keys stored once in
// an arena (enterprise ids, type and industry names), and integer keys
// (enterprise × year → ledger slot). Lookups allocate nothing; memory grows
// with the number of distinct keys only.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace hdpolicy::batch_detail {

inline std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 31;
  h *= 0x7fb5d329728ea185ULL;
  h ^= h >> 27;
  h *= 0x81dadef4bc2dd44dULL;
  h ^= h >> 33;
  return h;
}

// A text key ready for lookups: its hash and, when it is short, its bytes as
// three zero-padded words, computed once.
struct TextKey {
  static constexpr std::size_t kInline = 24;  // keys up to this long (enterprise ids, 18-character credit codes)
  std::string_view text;
  std::uint64_t word[3] = {0, 0, 0};
  std::uint64_t hash = 0;
};

// A key whose text is followed by at least 24 readable bytes (a cell of
// csv::Reader: see csv::kCellPadding): a short one is read in three word loads.
// The low n bytes of a word (n may be 8 or more: all of it).
inline std::uint64_t low_bytes(std::uint64_t w, std::size_t n) {
  return n >= 8 ? w : w & ((std::uint64_t{1} << (8 * n)) - 1);
}

[[gnu::always_inline]] inline TextKey padded_key(std::string_view s) {
  TextKey k;
  k.text = s;
  const std::size_t n = s.size();
  if (n == 0) {  // maybe no buffer behind it at all
    k.hash = mix(0x9E3779B97F4A7C15ULL);
    return k;
  }
  if (n <= TextKey::kInline) {
    // The key's own bytes of each word (little-endian: the low ones), zero past its end.
    std::uint64_t w[3];
    std::memcpy(w, s.data(), sizeof w);
    k.word[0] = low_bytes(w[0], n);
    k.word[1] = n > 8 ? low_bytes(w[1], n - 8) : 0;
    k.word[2] = n > 16 ? low_bytes(w[2], n - 16) : 0;
    // Multiplicative hashing: the tables index by the product's high bits,
    // which depend on every bit of the words; three independent multiplies
    // keep the lookup's dependency chain short (a row hashes three keys).
    k.hash = (k.word[0] * 0x9E3779B97F4A7C15ULL) ^ (k.word[1] * 0xC2B2AE3D27D4EB4FULL) ^
             (k.word[2] * 0x165667B19E3779F9ULL) ^ (n * 0x27D4EB2F165667C5ULL);
    return k;
  }
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
  const char* p = s.data();
  for (std::size_t left = n; left > 0;) {
    std::uint64_t w = 0;
    std::size_t take = left < 8 ? left : 8;
    std::memcpy(&w, p, take);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    p += take;
    left -= take;
  }
  k.hash = mix(h);
  return k;
}

// Any key: a short one is first copied where it can be read whole.
inline TextKey text_key(std::string_view s) {
  if (s.empty() || s.size() > TextKey::kInline) return padded_key(s);
  char padded[TextKey::kInline + 8] = {};
  std::memcpy(padded, s.data(), s.size());
  TextKey k = padded_key({padded, s.size()});
  k.text = s;
  return k;
}

// Text → uint32 value. Short keys live in the slot itself, so a lookup
// touches one cache line and compares three words.
class TextMap {
 public:
  TextMap() : slots_(64), shift_(64 - 6) {}

  // The value stored for the key, or -1.
  std::int64_t find(const TextKey& key) const {
    for (std::size_t i = home(key.hash);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.length == kEmpty) return -1;
      if (s.hash == key.hash && equal(s, key)) return s.value;
    }
  }
  std::int64_t find(std::string_view key) const { return find(text_key(key)); }

  // The value stored for the key; stores `value` first when the key is new.
  std::uint32_t find_or_insert(const TextKey& key, std::uint32_t value) {
    if ((count_ + 1) * 4 > slots_.size() * 3) grow();  // at most 3/4 full: short probes, little waste
    for (std::size_t i = home(key.hash);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (s.length == kEmpty) {
        s.hash = key.hash;
        s.length = static_cast<std::uint32_t>(key.text.size());
        s.value = value;
        if (key.text.size() <= TextKey::kInline) {
          std::memcpy(s.word, key.word, sizeof s.word);
        } else {
          s.word[0] = arena_.size();
          arena_.append(key.text);
        }
        ++count_;
        return value;
      }
      if (s.hash == key.hash && equal(s, key)) return s.value;
    }
  }
  std::uint32_t find_or_insert(std::string_view key, std::uint32_t value) {
    return find_or_insert(text_key(key), value);
  }

  std::size_t size() const { return count_; }

  // Starts loading the slot where the key would be, so that the lookup of
  // the next row's key does not wait for memory.
  void prefetch(const TextKey& key) const {
    const Slot* s = &slots_[home(key.hash)];
    __builtin_prefetch(s);
    __builtin_prefetch(reinterpret_cast<const char*>(s + 1) - 1);  // a slot may straddle two cache lines
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t length = kEmpty;
    std::uint32_t value = 0;
    std::uint64_t word[3] = {0, 0, 0};  // the key zero-padded, or word[0] its offset in the arena when longer
  };
  bool equal(const Slot& s, const TextKey& key) const {
    if (s.length != key.text.size()) return false;
    if (s.length <= TextKey::kInline)
      return ((s.word[0] ^ key.word[0]) | (s.word[1] ^ key.word[1]) | (s.word[2] ^ key.word[2])) == 0;
    return std::memcmp(arena_.data() + s.word[0], key.text.data(), key.text.size()) == 0;
  }
  // A key's first slot: the hash's high bits (see padded_key).
  std::size_t home(std::uint64_t hash) const { return static_cast<std::size_t>(hash >> shift_); }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    --shift_;
    for (const Slot& s : old) {
      if (s.length == kEmpty) continue;
      std::size_t i = home(s.hash);
      while (slots_[i].length != kEmpty) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  unsigned shift_;  // 64 - log2(slots_.size())
  std::string arena_;
  std::size_t count_ = 0;
};

// uint64 → uint32 value.
class IntMap {
 public:
  IntMap() : slots_(64) {}

  std::uint32_t find_or_insert(std::uint64_t key, std::uint32_t value) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    for (std::size_t i = mix(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (!s.used) {
        s = Slot{key, value, true};
        ++count_;
        return value;
      }
      if (s.key == key) return s.value;
    }
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t value = 0;
    bool used = false;
  };
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (!s.used) continue;
      std::size_t i = mix(s.key) & (slots_.size() - 1);
      while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

}  // namespace hdpolicy::batch_detail
