# A document of a shape hdpolicy does not ship (tests/shapes/policies/rent-subsidy.yaml),
# evaluated with no C++ of its own. 第三条: 2,000,000 x 50% = 1,000,000; at most
# 3 yuan x 500 m² x 365 days = 547,500.00, which cuts it; under the 1,000,000 annual cap.
run: --policies $CASE_DIR/../../shapes/policies eval rent-subsidy --rent-paid 2000000 --area 500 --days 365 --support-years-used 0 --date 2026-03-01
exit: 0
stdout:
office rent subsidy (example) (示例租〔2026〕1号)
Eligible: yes
Amount: 547,500.00 yuan
Rule: rent (office rent subsidy)
Article: 第三条
Capped by: per-m2-day
Payee: applicant
Payable year: 2026
stderr:
