// Where a value comes from: the document, the article, the clause quoted.
#pragma once

#include <string>

namespace hdpolicy {

struct Citation {
  std::string document;  // 海金融发〔2025〕4号
  std::string article;   // 第四条, or an item such as 七、7
  std::string quote;     // the clause, in Chinese, as printed in the gazette
  std::string file;      // policy file and line, for maintainers: policies/tech-insurance.yaml:42
};

// A label in both languages of the output.
struct Text {
  std::string zh;
  std::string en;
  const std::string& in(bool chinese) const { return chinese || en.empty() ? zh : en; }
};

}  // namespace hdpolicy
