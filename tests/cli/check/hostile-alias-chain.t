# 100,000 anchors each wrapping the one before: shallow as written, 100,000 deep once expanded
run: sh: { echo 'a0: &a0 [x]'; for i in $(seq 1 99999); do echo "a$i: &a$i [*a$((i-1))]"; done; } > chain.yaml && hdpolicy check chain.yaml
exit: 1
stdout:
chain.yaml:64:12: error: nested deeper than 64 levels once aliases are expanded
stderr:
1 problem in 1 file
