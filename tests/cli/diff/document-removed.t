# The hiring plan (海政办发〔2025〕7号) left out of the copy: one line for the
# document, not one per category; the other way round it is added.
run: sh: cp -r "$POLICIES" new && rm new/hiring-subsidy.yaml && hdpolicy diff "$POLICIES" new; hdpolicy diff new "$POLICIES" --lang zh
exit: 1
stdout:
海政办发〔2025〕7号 印发通知: document removed: 2025年海淀区进一步优化营商环境、促进企业"降本增效"工作方案, in force 2025-01-01 to 2025-12-31
1 difference
海政办发〔2025〕7号印发通知:新增文件:2025年海淀区进一步优化营商环境、促进企业"降本增效"工作方案,执行期2025-01-01至2025-12-31
共1处差异
stderr:
