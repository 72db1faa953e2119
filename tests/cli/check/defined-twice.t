# check: IDs defined twice across two files: document, industry, type, cap, rule
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check defined-twice
exit: 1
stdout:
defined-twice/a.yaml: note: 7 quotes not checked: no document.source names the text they come from
defined-twice/b.yaml: note: 7 quotes not checked: no document.source names the text they come from
defined-twice/b.yaml:3:3: error: document 测试〔2025〕1号 is already defined in defined-twice/a.yaml
defined-twice/b.yaml:18:7: error: industry 'ai' is defined twice
defined-twice/b.yaml:24:7: error: type 'rd' is defined twice
defined-twice/b.yaml:26:7: error: cap 'catalogue' is defined twice
defined-twice/b.yaml:33:7: error: rule 'catalogue' is defined twice
stderr:
5 problems in 2 files
