# Every JSON output ends with the release that wrote it, errors included
# (the error's own fields are the json-errors cases').
run: sh: hdpolicy workdays is 2025-10-11 --format json | tail -n 2; hdpolicy subsidy --premium 1 --format json | grep -o ',"hdpolicy_version":"0.1.0"}$'; echo "exit ${PIPESTATUS[0]}"
exit: 0
stdout:
  "hdpolicy_version": "0.1.0"
}
,"hdpolicy_version":"0.1.0"}
exit 2
stderr:
