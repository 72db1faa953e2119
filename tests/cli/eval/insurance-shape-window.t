# A claim the day before 海金融发〔2025〕4号 took effect (第十五条: 自发布之日起实施,
# issued 2025-09-16), under its generic form: nothing is paid, and the
# first reason names the window and the article that sets it.
run: eval tech-insurance --policies $CASE_DIR/../../shapes/insurance --type 首台套 --premium 100000 --date 2025-09-15 --industry ai --lang zh
exit: 0
stdout:
科技保险实施细则 (海金融发〔2025〕4号)
是否符合条件:否
金额:0.00元
原因:
  - 海金融发〔2025〕4号执行期2025-09-16至2027-12-31(第十五条),申报日期2025-09-15不在执行期内
  - 第三条 普惠型综合科技保险统保:申报日期不在政策执行期内
  - 第四条 科技保险产品目录内保险保费补贴:申报日期不在政策执行期内
  - 第五条 创新型科技保险保费补贴:申报日期不在政策执行期内
stderr:
