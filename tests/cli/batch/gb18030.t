# A GB18030 file as Excel on Chinese Windows saves it: decoded, and written
# back as UTF-8 with a BOM so that Excel reads it.
run: sh: hdpolicy batch subsidy --encoding gb18030 --input "$POLICIES/../tests/fixtures/batch/gb18030.csv" --output out.csv && cmp out.csv "$POLICIES/../tests/fixtures/batch/gb18030.expected.csv" && echo same
exit: 0
stdout:
same
stderr:
