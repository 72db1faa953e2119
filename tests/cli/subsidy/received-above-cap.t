# --received above the cap's own amount is impossible (第四条: 单家企业年度补贴上限50万元):
# refused naming the option, the value and the cap, instead of quietly paying 0.00.
run: subsidy --type rd --premium 80000 --date 2026-03-01 --received catalogue=600000
exit: 2
stdout:
stderr:
hdpolicy: error: --received: 'catalogue=600000' is not accepted: at most 500,000.00 yuan, the amount of cap catalogue (第四条: catalogue products, annual limit per enterprise)
