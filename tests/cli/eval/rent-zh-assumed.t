# 第三条 in Chinese: years of support not given is assumed (不超过3年), and said.
run: --policies $CASE_DIR/../../shapes/policies eval rent-subsidy --rent-paid 200000 --area 500 --days 365 --date 2026-03-01 --lang zh
exit: 0
stdout:
租金补贴办法(示例) (示例租〔2026〕1号)
是否符合条件:是
金额:100,000.00元
规则:rent (办公用房租金补贴)
条款:第三条
收款方:applicant
兑现年度:2026
假定:
  - 未提供已享受租金补贴年数(--support-years-used),假定已享受租金补贴不满3年(第三条)
stderr:
