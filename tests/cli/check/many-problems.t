# check: several problems in one file: all reported in one run, in line order
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check many-problems.yaml
exit: 1
stdout:
many-problems.yaml: note: 7 quotes not checked: no document.source names the text they come from
many-problems.yaml:9:9: error: document.effective: ends (2024-12-31) before it starts (2025-09-16)
many-problems.yaml:27:15: error: cap.amount: '0' is not a positive amount in yuan with at most two decimals
many-problems.yaml:40:17: error: rule 'catalogue' product 1.rate: '500%' is not a rate in (0, 1]: write 50% or 0.5
many-problems.yaml:43:16: error: rule 'catalogue': unknown cap 'catalog' (defined: catalogue)
many-problems.yaml:45:7: error: rule: unknown key 'paye' (accepted: id, article, article_number, zh, en, eligible, products, limits, rounding, payee, payee_cite)
stderr:
5 problems in 1 file
