# A value outside an option's choices (checked while CLI11 parses), as JSON.
run: batch subsidy --input in.csv --output out.csv --format json --encoding latin1
exit: 2
stdout:
{"error":{"message":"--encoding: 'latin1' is not accepted: one of utf-8, gb18030","option":"--encoding","value":"latin1","accepted":"one of utf-8, gb18030"},"hdpolicy_version":"0.1.0"}
stderr:
