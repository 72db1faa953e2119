# 2027-12-31, the last day of 海金融发〔2025〕4号 (第十五条): 2,000,000 × 50% = 1,000,000, cut to its
# 第四条 catalogue cap of 500,000; the successor (from 2028-01-01) does not apply yet.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" && hdpolicy subsidy --policies "$CASE_TMP/policies" --type rd --premium 2000000 --date 2027-12-31 --industry ai --specialized yes --upper-subsidy 0
exit: 0
stdout:
Subsidy: 500,000.00 yuan
Under: 第四条 (Art. 4) premium subsidy for catalogue insurance products, at 50%
Limited: 1,000,000.00 yuan by rate, cut by 第四条 (annual-cap)
Paid to: the applicant, in 2028
Policy: 海金融发〔2025〕4号
