# A ',' outside [ ] or { } made yaml-cpp start empty documents at the same
# place forever, and `check` hang (found by fuzzing): now refused where it is.
run: sh: printf -- '- a\n, b\n' > comma.yaml && timeout 20 "$bin" check comma.yaml
exit: 1
stdout:
comma.yaml:2:1: error: YAML syntax: a ',' outside [ ] or { }
stderr:
1 problem in 1 file
