# A copy of the shipped policies without policies/sources/: each of the three
# documents is refused at its source: line (so the shipped quotes are checked,
# not skipped)
run: sh: cp -r "$POLICIES" p && rm -r p/sources && hdpolicy check p
exit: 1
stdout:
p/hiring-subsidy.yaml:36:11: error: document.source: no file p/sources/haidian-gazette-2025-03.txt (the path is relative to this YAML file)
p/tech-insurance.yaml:12:11: error: document.source: no file p/sources/haidian-gazette-2025-03.txt (the path is relative to this YAML file)
p/urban-renewal.yaml:21:11: error: document.source: no file p/sources/haidian-gazette-2025-03.txt (the path is relative to this YAML file)
stderr:
3 problems in 30 files
