# A value of 100,000 bytes is refused at its position
run: sh: { printf 'document:\n  title: '; head -c 100000 /dev/zero | tr '\0' x; echo; } > long.yaml && hdpolicy check long.yaml
exit: 1
stdout:
long.yaml:2:10: error: a value of 100000 bytes is longer than the 16384 accepted
stderr:
1 problem in 1 file
