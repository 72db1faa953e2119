# A successor from 2028-03-01 leaves January and February 2028 covered by no version: a claim then
# is not eligible, naming the nearest version on each side.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" 2028-03-01 && hdpolicy subsidy --policies "$CASE_TMP/policies" --type rd --premium 2000000 --date 2028-02-29 --industry ai --specialized yes --upper-subsidy 0
exit: 0
stdout:
Not eligible
Reason: no version of the policy in force on 2028-02-29; nearest: 海金融发〔2025〕4号 (第十五条: in force 2025-09-16 to 2027-12-31), 海金融发〔2027〕1号 (第十五条: in force 2028-03-01 to 2030-12-31)
