# --strict refuses the answer that rests on --graduate not given.
run: hiring --hire-date 2025-07-15 --birth-date 2000-07-15 --registered-unemployed yes --contract yes --strict
exit: 2
stdout:
stderr:
hdpolicy: error: strict: the answer would rest on facts not given:
  - not given: --graduate; assumed a college graduate (第7项)
  - not given: --graduation-date; assumed hired in the graduation year (第7项)
