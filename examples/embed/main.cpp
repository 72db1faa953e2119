// Evaluates claims in-process with libhdpolicy's facade (hdpolicy/hdpolicy.hpp):
// the built-in policies, an R&D insurance premium of 80,000 yuan on
// 2025-10-01 (第四条: 50%, so 40,000.00), then a claim the policies refuse.
// Claims and answers are the JSON of `hdpolicy serve`'s API.
#include <iostream>

#include "hdpolicy/hdpolicy.hpp"

int main() {
  const hdpolicy::Policies policies = hdpolicy::Policies::builtin();

  const hdpolicy::Answer answer = policies.evaluate(
      "tech-insurance", R"({"type": "rd", "premium": "80000", "date": "2025-10-01"})", "en", /*explain=*/false);
  std::cout << answer.json << '\n';

  // Bad input is an answer too: 400, with the field, the value and what is accepted.
  const hdpolicy::Answer refused = policies.evaluate("tech-insurance", R"({"type": "rd", "premium": "-1"})");
  std::cout << refused.status << ' ' << refused.json << '\n';
  std::cout << "(libhdpolicy " << hdpolicy::kVersion << ")\n";
  return answer.ok() && !refused.ok() ? 0 : 1;
}
