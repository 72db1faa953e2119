# An encoding other than utf-8 or gb18030 is a usage error.
run: batch subsidy --input x.csv --output - --encoding latin1
exit: 2
stderr-contains:
--encoding
