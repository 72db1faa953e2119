// A published policy document: number, title, issuer and effective window.
#pragma once

#include <string>

#include "hdpolicy/citation.hpp"
#include "hdpolicy/dates.hpp"

namespace hdpolicy {

struct Document {
  std::string id;      // tech-insurance (the file's stem)
  std::string number;  // 海金融发〔2025〕4号
  std::string title;
  Text short_title;    // for listings
  std::string issuer;
  Date issued{};
  Date effective_from{};
  Date effective_to{};
  Citation effective_cite;
  std::string file;    // policies/tech-insurance.yaml
};

}  // namespace hdpolicy
