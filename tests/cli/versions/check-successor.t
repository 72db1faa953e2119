# A successor to 海金融发〔2025〕4号 (a draft, in force 2028-01-01 to 2030-12-31, catalogue cap
# 600,000) beside it: two versions of the subsidy policy in force one after the other pass check.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" && hdpolicy check "$CASE_TMP/policies" 2>&1 | sed "s|$CASE_TMP|TMP|g"
exit: 0
stdout:
TMP/policies/tech-insurance-2028.yaml: note: 30 quotes not checked: no document.source names the text they come from
ok: 31 files, no problems
