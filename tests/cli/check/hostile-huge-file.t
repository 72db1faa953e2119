# A 5,000,000-byte file is refused before it is parsed
run: sh: head -c 5000000 /dev/zero | tr '\0' x > huge.yaml && hdpolicy check huge.yaml
exit: 1
stdout:
huge.yaml: error: the file is 5000000 bytes, more than the 4194304 accepted for a policy file
stderr:
1 problem in 1 file
