# Where the rules stack (叠加享受), each claim is paid every rule or is left
# unclaimed: claim 1 takes 500,000 + 480,000 = 980,000; claim 2's settling
# reward was used (限享受一次): 0.00. Leaving claim 1 out would pay claim 2
# 500,000 only, so the plan is the one-by-one claiming: no gain.
run: --policies $CASE_DIR/../../shapes/stacked plan landing-support --input $CASE_DIR/../../shapes/stacked/plan-claims.csv --lang zh
exit: 0
stdout:
方案:示例落〔2026〕3号 新落户企业支持办法(示例),2026年共2笔申报
  第2行:按第二条+第三条 settling+equipment 980,000.00元;逐笔申报:按第二条+第三条 settling+equipment 980,000.00元
  第3行:按第二条+第三条 settling+equipment 0.00元;逐笔申报:按第二条+第三条 settling+equipment 0.00元
合计:980,000.00元
逐笔申报(按顺序):980,000.00元;本方案多得0.00元
stderr:
