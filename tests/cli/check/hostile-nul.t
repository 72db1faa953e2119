# A NUL byte is binary, reported at its line and column
run: sh: printf 'document:\n  number: ab\000cd\n' > nul.yaml && hdpolicy check nul.yaml
exit: 1
stdout:
nul.yaml:2:13: error: byte 0x00 is not text: a policy file must be UTF-8 YAML (is this a binary file?)
stderr:
1 problem in 1 file
