# The same batch's summary counts each version's articles and caps apart, named by document:
# 950,000 (M1 + M4) under 海金融发〔2025〕4号, 250,000 (M2 + M3 + M5) under its successor.
run: sh: bash "$POLICIES/../tests/versions/add-successor.sh" 2027-07-01 2027-06-30 && hdpolicy batch subsidy --policies "$CASE_TMP/policies" --input "$POLICIES/../tests/fixtures/versions/mid-year.csv" --output out.csv --summary 2>&1 | grep -E 'total|catalogue'
exit: 0
stdout:
total: 1,200,000.00
  第四条 (catalogue, 海金融发〔2027〕1号): 3 rows, 250,000.00
  第四条 (catalogue, 海金融发〔2025〕4号): 2 rows, 950,000.00
  catalogue (海金融发〔2027〕1号): 3 rows, 250,000.00
  catalogue (海金融发〔2025〕4号): 2 rows, 950,000.00
