# Two YAML documents in one file: only the first would be read, so refuse
run: sh: printf 'a: 1\n---\nb: 2\n' > two.yaml && hdpolicy check two.yaml
exit: 1
stdout:
two.yaml: error: the file holds 2 YAML documents (separated by ---): keep one document per file
stderr:
1 problem in 1 file
