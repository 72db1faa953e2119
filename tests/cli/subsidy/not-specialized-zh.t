# A yes/no condition reads as its label with what was given, in Chinese and English alike:
# 第四条 is for "专精特新" enterprises only (支持对象), and this one is not.
run: subsidy --type rd --premium 80000 --date 2026-03-01 --industry ai --specialized no --lang zh
exit: 0
stdout:
不符合补贴条件
原因:第四条:不符合条件:"专精特新"企业[实际:否],第四条不适用
政策:海金融发〔2025〕4号
