# A cap made cumulative (per: enterprise, 累计) with the same amount changes
# what is paid (eval/batch-caps-per-enterprise.t): diff names it.
run: sh: cp -r "$CASE_DIR/../../shapes/policies" p && sed -i 's/    per: enterprise-year/    per: enterprise/' p/rent-subsidy.yaml && hdpolicy diff "$CASE_DIR/../../shapes/policies" p; echo "exit $?"; hdpolicy diff --lang zh "$CASE_DIR/../../shapes/policies" p
exit: 1
stdout:
示例租〔2026〕1号 第三条: cap annual/per (annual limit per enterprise): per enterprise and year → per enterprise, every year together
1 difference
exit 1
示例租〔2026〕1号第三条:补贴上限 annual/per(单家企业年度租金补贴上限):单家企业每年度 → 单家企业累计
共1处差异
stderr:
