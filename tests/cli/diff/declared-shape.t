# A document of declared shape (tests/shapes: the rent subsidy, 第三条) is
# compared like any other: the copy changes 第三条's "单家企业每年补贴金额不超过100万元"
# to 80万元, "实际支付租金的50%" to 40%, "每平方米每天补贴不超过3元" to 2.50元,
# "补贴面积不超过1000平方米" to 800, and "享受租金补贴不超过3年" (不满3 received so far) to 2.
run: sh: cp -r $CASE_DIR/../../shapes/policies old && cp -r old new && sed -i 's/amount: 1000000.00/amount: 800000.00/; s/rate: 50%/rate: 40%/; s/per_unit: 3.00/per_unit: 2.50/; s/at_most: 1000,/at_most: 800,/; s/less_than: 3/less_than: 2/' new/rent-subsidy.yaml && hdpolicy diff old new; hdpolicy diff old new --lang zh
exit: 1
stdout:
示例租〔2026〕1号 第三条: cap annual (annual limit per enterprise): 1,000,000.00 → 800,000.00 yuan
示例租〔2026〕1号 第三条: condition of rent (office rent subsidy): received the subsidy for fewer than 3 years so far (years of rent subsidy received so far is less than 3 (不满)) → received the subsidy for fewer than 3 years so far (years of rent subsidy received so far is less than 2 (不满))
示例租〔2026〕1号 第三条: rate rent (office rent subsidy): 50% → 40%
示例租〔2026〕1号 第三条: figure of rent/per-m2-day (at most 3 yuan per m² per day): 3.00 → 2.50 yuan
示例租〔2026〕1号 第三条: figure of rent/per-m2-day/area (at most 3 yuan per m² per day): 1,000 m² → 800 m²
5 differences
示例租〔2026〕1号第三条:补贴上限 annual(单家企业年度租金补贴上限):1,000,000.00元 → 800,000.00元
示例租〔2026〕1号第三条:条件 rent(办公用房租金补贴):已享受租金补贴不满3年(已享受租金补贴年数不满3年) → 已享受租金补贴不满3年(已享受租金补贴年数不满2年)
示例租〔2026〕1号第三条:补贴比例 rent(办公用房租金补贴):50% → 40%
示例租〔2026〕1号第三条:数额 rent/per-m2-day(每平方米每天不超过3元):3.00元 → 2.50元
示例租〔2026〕1号第三条:数额 rent/per-m2-day/area(每平方米每天不超过3元):1,000平方米 → 800平方米
共5处差异
stderr:
