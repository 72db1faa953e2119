# 100,000 nested block sequences (- - - ...) on one line: refused at depth 64
run: sh: { yes -- '- ' | head -n 100000 | tr -d '\n'; echo x; } > deep.yaml && hdpolicy check deep.yaml
exit: 1
stdout:
deep.yaml:1:129: error: nested deeper than 64 levels
stderr:
1 problem in 1 file
