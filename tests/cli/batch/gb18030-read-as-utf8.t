# A GB18030 file read as UTF-8 is refused at its first Chinese character (the
# header, line 1), and the message says what to do.
run: batch subsidy --input $POLICIES/../tests/fixtures/batch/gb18030.csv --output -
exit: 2
stdout:
stderr-contains:
line 1: not valid UTF-8 (byte 0xC6)
use --encoding gb18030
