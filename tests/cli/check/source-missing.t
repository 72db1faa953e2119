# check: a document.source that names no file is an error at the source: line
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check source-missing.yaml
exit: 1
stdout:
source-missing.yaml:7:11: error: document.source: no file sources/no-such-gazette.txt (the path is relative to this YAML file)
stderr:
1 problem in 1 file
