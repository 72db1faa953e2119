// The policies `hdpolicy serve` answers from: loaded whole once, never
// changed, shared by every request. A request takes a snapshot (a
// shared_ptr) and keeps it to its end; SIGHUP's reload checks a new set
// fully and swaps it in under a mutex, or keeps the old one and says why.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "hdpolicy/policy_set.hpp"

namespace hdpolicy::cli {

class ServedPolicies {
 public:
  // `source`: --policies DIR ("" for $HDPOLICY_POLICIES or the embedded set).
  // Throws PolicyLoadError or InputError when the first load fails.
  explicit ServedPolicies(std::string source);

  std::shared_ptr<const PolicySet> current() const;

  // Reads the source again and runs `check` on it; swaps the new set in when
  // it passes. Returns what happened, one or more lines for the log.
  std::string reload();

 private:
  std::string source_;
  mutable std::mutex mutex_;
  std::shared_ptr<const PolicySet> set_;
};

}  // namespace hdpolicy::cli
