# check: an effective window that ends before it starts, reported at its end
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check effective-backwards.yaml
exit: 1
stdout:
effective-backwards.yaml: note: 7 quotes not checked: no document.source names the text they come from
effective-backwards.yaml:9:9: error: document.effective: ends (2025-09-15) before it starts (2025-09-16)
stderr:
1 problem in 1 file
