# check: a rate without its citation
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check no-citation.yaml
exit: 1
stdout:
no-citation.yaml: note: 6 quotes not checked: no document.source names the text they come from
no-citation.yaml:39:11: error: rule 'catalogue' product 1: no citation: add cite: {article: ..., quote: "..."}
stderr:
1 problem in 1 file
