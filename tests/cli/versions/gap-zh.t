# The same gap, in Chinese, and the batch note of such a row.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" 2028-03-01 && hdpolicy subsidy --policies "$CASE_TMP/policies" --type rd --premium 80000 --date 2028-01-15 --lang zh && printf 'id,enterprise_id,date,type,premium\nG1,E1,2028-01-15,rd,80000\n' | hdpolicy batch subsidy --policies "$CASE_TMP/policies" --input - --output - 2>/dev/null
exit: 0
stdout:
不符合补贴条件
原因:2028-01-15没有施行中的政策版本;最近的版本:海金融发〔2025〕4号(第十五条:2025-09-16至2027-12-31施行)、海金融发〔2027〕1号(第十五条:2028-03-01至2030-12-31施行)
id,enterprise_id,date,type,premium,eligible,subsidy,article,capped_by,payee,payable_year,note,error
G1,E1,2028-01-15,rd,80000,no,0.00,,,,,not eligible: no version of the policy in force on 2028-01-15 (nearest: 海金融发〔2025〕4号 2025-09-16..2027-12-31 第十五条; 海金融发〔2027〕1号 2028-03-01..2030-12-31 第十五条),
