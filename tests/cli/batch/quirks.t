# UTF-8 BOM (kept in the output), CRLF, quoted comma, quote and line break,
# a blank line (not a row), and a last line without a newline.
run: sh: hdpolicy batch subsidy --input "$POLICIES/../tests/fixtures/batch/quirks.csv" --output out.csv && cmp out.csv "$POLICIES/../tests/fixtures/batch/quirks.expected.csv" && echo same
exit: 0
stdout:
same
stderr:
