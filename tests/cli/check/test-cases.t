# check: problems in test-case files: keys, command, undefined rule/type/cap/deadline rule/hiring category, a name twice, nothing to check
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check cases
exit: 1
stdout:
cases/policy.yaml: note: 7 quotes not checked: no document.source names the text they come from
cases/tests/bad.yaml:7:5: error: case 'misspelt expect': nothing to check: add expect: {field: value} or error: "..."
cases/tests/bad.yaml:10:5: error: case: unknown key 'expct' (accepted: name, command, notes, lang, input, error, expect)
cases/tests/bad.yaml:12:14: error: case.command: 'subsidyy' is not accepted: subsidy, hiring, deadline, workdays or eval
cases/tests/bad.yaml:18:20: error: case 'a rule that is not defined': unknown subsidy rule 'innovative'
cases/tests/bad.yaml:21:19: error: case 'a type that is not defined': unknown type 'pet' (defined: rd)
cases/tests/bad.yaml:25:63: error: case 'a cap that is not defined': unknown cap 'innovative' (defined: catalogue)
cases/tests/bad.yaml:29:19: error: case 'a deadline rule that is not defined': unknown deadline rule 'renewal.nope' (no deadline rules are defined)
cases/tests/bad.yaml:31:5: error: case 'a good case' is defined twice (first at cases/tests/bad.yaml:3)
cases/tests/bad.yaml:38:24: error: case 'a hiring category that is not defined': unknown hiring category 'graduates' (no hiring categories are defined)
cases/tests/bad.yaml:39:5: error: case 'nothing to check': nothing to check: add expect: {field: value} or error: "..."
stderr:
10 problems in 2 files
