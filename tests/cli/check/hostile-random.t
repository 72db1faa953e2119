# 64 KiB of random bytes: an error, never a crash or a hang
run: sh: head -c 65536 /dev/urandom > random.yaml && hdpolicy check random.yaml
exit: 1
stdout-contains:
random.yaml:
error: byte 0x
stderr:
1 problem in 1 file
