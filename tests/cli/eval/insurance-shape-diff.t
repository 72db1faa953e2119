# diff of a rate_by formula, per value of the choice: 第四条's 财产类保险
# rate raised from 30% to 40%, and 集成电路首次流片险 (ic-tapeout) dropped from
# 第五条's list; exit 1 (differences found).
run: sh: mkdir new && cp "$CASE_DIR/../../shapes/insurance/tech-insurance.yaml" new/ && cp "$POLICIES/sources/haidian-gazette-2025-03.txt" new/gazette.txt && sed -i 's#^  source: .*#  source: gazette.txt#; /- values: \[property\]$/{n;s/rate: 30%/rate: 40%/}; s/- values: \[ai-content, data-damage, cybersecurity, ic-tapeout\]/- values: [ai-content, data-damage, cybersecurity]/' new/tech-insurance.yaml && hdpolicy diff "$CASE_DIR/../../shapes/insurance" new
exit: 1
stdout:
海金融发〔2025〕4号 第四条: rate catalogue/property (premium subsidy for catalogue insurance products): 30% → 40%
海金融发〔2025〕4号 第五条: rate innovative/ic-tapeout (premium subsidy for innovative tech insurance) removed: 50%
2 differences
stderr:
