# A NUL byte in the header used to cut the error message off mid-sentence (the
# header named in it was a C string). Now any NUL is refused with its line, the
# message whole, and no output file is left.
run: sh: printf 'id,enterprise_id,da\0te,type,premium\nA1,E1,2025-10-01,rd,80000\n' > in.csv && hdpolicy batch subsidy --input in.csv --output out.csv; echo "exit $?"; ls
stdout:
exit 2
in.csv
stderr:
hdpolicy: error: in.csv: line 1: a NUL byte (0x00), which CSV text never holds; if the file is UTF-16, save it as UTF-8 (CSV UTF-8 in Excel)
