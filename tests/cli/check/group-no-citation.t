# check: a compound condition (all:/any:) must cite the clause it encodes as a
# whole, or --explain would print an empty citation for it.
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check group-no-citation.yaml
exit: 1
stdout:
group-no-citation.yaml: note: 9 quotes not checked: no document.source names the text they come from
group-no-citation.yaml:39:9: error: rule 'catalogue' eligible: no citation: add cite: {article: ..., quote: "..."}
stderr:
1 problem in 1 file
