# check: a document naming its source text (document.source, relative to the
# YAML file) whose quotes are all in it: no problem, and no note
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check quoted-source.yaml
exit: 0
stdout:
stderr:
ok: 1 file, no problems
