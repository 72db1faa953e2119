# check: the same document number in two files (their windows overlap: two versions in force at once),
# and an industry, type, cap and rule each defined twice within one file
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check defined-twice
exit: 1
stdout:
defined-twice/a.yaml: note: 7 quotes not checked: no document.source names the text they come from
defined-twice/b.yaml: note: 10 quotes not checked: no document.source names the text they come from
defined-twice/b.yaml:6:3: error: document 测试〔2025〕1号 is already defined in defined-twice/a.yaml
defined-twice/b.yaml:11:5: error: subsidy: 测试〔2025〕1号 (defined-twice/b.yaml) is in force from 2025-09-16 to 2027-12-31, overlapping 测试〔2025〕1号 (defined-twice/a.yaml, in force from 2025-09-16 to 2027-12-31) on 2025-09-16 to 2027-12-31 (837 days): successive versions of a policy must not overlap
defined-twice/b.yaml:22:7: error: industry 'ai' is defined twice
defined-twice/b.yaml:29:7: error: type 'rd' is defined twice
defined-twice/b.yaml:37:7: error: cap 'catalogue' is defined twice
defined-twice/b.yaml:57:7: error: rule 'catalogue' is defined twice
stderr:
6 problems in 2 files
