# The successor moved to start 2027-06-01, while 海金融发〔2025〕4号 runs to 2027-12-31: two versions
# in force on the same 214 days (June to December 2027) make check fail, naming both files; the
# deadline rule the document also holds is another version in force twice.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" 2027-06-01 && hdpolicy check "$CASE_TMP/policies" 2>&1 | sed "s|$CASE_TMP|TMP|g"
exit: 0
stdout:
TMP/policies/tech-insurance-2028.yaml: note: 30 quotes not checked: no document.source names the text they come from
TMP/policies/tech-insurance-2028.yaml:13:5: error: subsidy: 海金融发〔2027〕1号 (TMP/policies/tech-insurance-2028.yaml) is in force from 2027-06-01 to 2030-12-31, overlapping 海金融发〔2025〕4号 (TMP/policies/tech-insurance.yaml, in force from 2025-09-16 to 2027-12-31) on 2027-06-01 to 2027-12-31 (214 days): successive versions of a policy must not overlap
TMP/policies/tech-insurance-2028.yaml:13:5: error: deadline rule insurance.inclusive-support: 海金融发〔2027〕1号 (TMP/policies/tech-insurance-2028.yaml) is in force from 2027-06-01 to 2030-12-31, overlapping 海金融发〔2025〕4号 (TMP/policies/tech-insurance.yaml, in force from 2025-09-16 to 2027-12-31) on 2027-06-01 to 2027-12-31 (214 days): successive versions of a policy must not overlap
2 problems in 31 files
