# 100,000 nested [ never reach yaml-cpp's recursive parser: refused at depth 64
run: sh: { printf 'a: '; head -c 100000 /dev/zero | tr '\0' '['; } > deep.yaml && hdpolicy check deep.yaml
exit: 1
stdout:
deep.yaml:1:36: error: nested deeper than 64 levels
stderr:
1 problem in 1 file
