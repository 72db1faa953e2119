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

inline std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  std::uint64_t w = 0;
  std::memcpy(&w, p, n);
  return mix(h ^ w);
}

// Text → uint32 value. Keys up to kInline bytes (enterprise ids, 18-character
// credit codes) live in the slot itself, so a lookup touches one cache line.
class TextMap {
 public:
  TextMap() : slots_(64) {}

  // The value stored for `key`, or -1.
  std::int64_t find(std::string_view key) const {
    std::uint64_t h = hash_text(key);
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& s = slots_[i];
      if (s.length == kEmpty) return -1;
      if (s.hash == h && equal(s, key)) return s.value;
    }
  }

  // The value stored for `key`; stores `value` first when the key is new.
  std::uint32_t find_or_insert(std::string_view key, std::uint32_t value) {
    if ((count_ + 1) * 4 > slots_.size() * 3) grow();  // at most 3/4 full: short probes, little waste
    std::uint64_t h = hash_text(key);
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (s.length == kEmpty) {
        s.hash = h;
        s.length = static_cast<std::uint32_t>(key.size());
        s.value = value;
        if (key.size() <= kInline) {
          std::memcpy(s.text, key.data(), key.size());
        } else {
          std::uint64_t offset = arena_.size();
          std::memcpy(s.text, &offset, sizeof offset);
          arena_.append(key);
        }
        ++count_;
        return value;
      }
      if (s.hash == h && equal(s, key)) return s.value;
    }
  }

  std::size_t size() const { return count_; }

  // Starts loading the slot where `key` would be, so that the lookup of the
  // next row's key does not wait for memory.
  void prefetch(std::string_view key) const {
    const Slot* s = &slots_[hash_text(key) & (slots_.size() - 1)];
    __builtin_prefetch(s);
    __builtin_prefetch(reinterpret_cast<const char*>(s + 1) - 1);  // a slot may straddle two cache lines
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  static constexpr std::size_t kInline = 24;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t length = kEmpty;
    std::uint32_t value = 0;
    char text[kInline];  // the key, or its offset in the arena when longer
  };
  bool equal(const Slot& s, std::string_view key) const {
    if (s.length != key.size()) return false;
    if (key.size() <= kInline) return std::memcmp(s.text, key.data(), key.size()) == 0;
    std::uint64_t offset;
    std::memcpy(&offset, s.text, sizeof offset);
    return std::memcmp(arena_.data() + offset, key.data(), key.size()) == 0;
  }
  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.length == kEmpty) continue;
      std::size_t i = s.hash & (slots_.size() - 1);
      while (slots_[i].length != kEmpty) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
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
