# --explain in English when the all-levels limit cuts: three-firsts 20% of
# 100,000 = 20,000, but 85,000 from other levels leaves room for 15,000.
run: subsidy --type three-firsts --premium 100000 --date 2026-03-01 --industry new-materials --specialized yes --upper-subsidy 85000 --explain
exit: 0
stdout-contains:
第四条: rate 20% (on top of the national or municipal 80% subsidy): 100,000.00 yuan × 20% = 20,000.00 yuan (rounded half-up to the fen)
第四条: all levels together at most the premium 100,000.00 yuan; national and municipal 85,000.00 yuan; district at most 15,000.00 yuan: cut to 15,000.00 yuan
Result: 15,000.00 yuan
