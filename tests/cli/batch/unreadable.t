run: batch subsidy --input no-such-file.csv --output out.csv
exit: 2
stderr:
hdpolicy: error: --input: 'no-such-file.csv' is not accepted: a readable CSV file (No such file or directory)
