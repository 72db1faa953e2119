# The first problem in the file is the one reported: a NUL byte on line 3
# comes before a byte that is not GB18030 on line 5 in the same block (found
# by fuzz_csv_gb18030: the whole file then named line 5, small reads line 3).
run: sh: printf 'from,days\n2025-01-01,1\n2025-01-01,"2\0"\n2025-01-01,3\n2025-01-01,\377\n' > in.csv && hdpolicy batch deadline --input in.csv --output - --encoding gb18030; echo "exit $?"
stdout:
exit 2
stderr:
hdpolicy: error: in.csv: line 3: a NUL byte (0x00), which CSV text never holds; if the file is UTF-16, save it as UTF-8 (CSV UTF-8 in Excel)
