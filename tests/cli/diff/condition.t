# 第三条: 小微科技企业需满足从业人员不超过100人; the copy says 200. Only the
# part of the condition that changed is shown, in its legal wording (the
# term 不超过 as the clause has it), before and after.
run: sh: cp -r "$POLICIES" new && sed -i 's/at_most: 100$/at_most: 200/' new/tech-insurance.yaml && hdpolicy diff "$POLICIES" new --lang zh; hdpolicy diff "$POLICIES" new
exit: 1
stdout:
海金融发〔2025〕4号第三条:条件 inclusive(普惠型综合科技保险统保):从业人员不超过100人 → 从业人员不超过200人
共1处差异
海金融发〔2025〕4号 第三条: condition of inclusive (inclusive comprehensive tech insurance group policy): number of employees is at most 100 (不超过) → number of employees is at most 200 (不超过)
1 difference
stderr:
