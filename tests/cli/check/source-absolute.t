# check: document.source must be relative to the YAML file, so that a
# policies directory can be copied or moved with its sources
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check source-absolute.yaml
exit: 1
stdout:
source-absolute.yaml:7:11: error: document.source: '/srv/gazette.txt' is not accepted: a path relative to this file (e.g. sources/haidian-gazette-2025-03.txt)
stderr:
1 problem in 1 file
