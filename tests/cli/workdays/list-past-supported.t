# A list range is bounded by the supported dates: 0000-01-01..9999-12-31 used
# to take 1.8 s and 164 MB; now it is refused at once, and with --format json
# the refusal is one JSON object on stdout.
run: workdays list 0000-01-01 9999-12-31 --provisional --format json
exit: 2
stdout:
{"error":{"message":"A: '0000-01-01' is not accepted: a date from 1900-01-01 to 2299-12-31 (the dates this tool handles)","option":"A","value":"0000-01-01","accepted":"a date from 1900-01-01 to 2299-12-31 (the dates this tool handles)"},"hdpolicy_version":"0.1.0"}
stderr:
