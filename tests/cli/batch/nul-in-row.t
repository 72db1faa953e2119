# A NUL byte inside a quoted cell on physical line 4 (the quoted line break of
# row 1 counts as a line), in GB18030 input too, where iconv passes it through.
run: sh: printf 'from,days\n"2025-01-01\n",1\n2025-01-01,"2\0"\n' > in.csv && hdpolicy batch deadline --input in.csv --output -; echo "exit $?"; hdpolicy batch deadline --input in.csv --output - --encoding gb18030; echo "exit $?"
stdout:
exit 2
exit 2
stderr:
hdpolicy: error: in.csv: line 4: a NUL byte (0x00), which CSV text never holds; if the file is UTF-16, save it as UTF-8 (CSV UTF-8 in Excel)
hdpolicy: error: in.csv: line 4: a NUL byte (0x00), which CSV text never holds; if the file is UTF-16, save it as UTF-8 (CSV UTF-8 in Excel)
