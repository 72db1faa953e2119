# Latin-1 (not UTF-8) text is refused at the first bad byte
run: sh: printf 'document:\n  title: caf\351\n' > latin1.yaml && hdpolicy check latin1.yaml
exit: 1
stdout:
latin1.yaml:2:13: error: byte 0xE9 is not text: a policy file must be UTF-8 YAML (is this a binary file?)
stderr:
1 problem in 1 file
