# check: the valid fixture every other one is a copy of
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check base.yaml
exit: 0
stdout:
base.yaml: note: 7 quotes not checked: no document.source names the text they come from
stderr:
ok: 1 file, no problems
