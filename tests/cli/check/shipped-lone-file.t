# A shipped document checked on its own, from another directory: its source is
# found beside it (relative to the YAML file, not to the working directory)
run: sh: hdpolicy check "$POLICIES/tech-insurance.yaml"
exit: 0
stdout:
stderr:
ok: 1 file, no problems
