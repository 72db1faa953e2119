# --strict refuses to assume the labour contract and the registration.
run: hiring --hire-date 2025-07-15 --birth-date 2001-07-16 --graduate no --strict
exit: 2
stdout:
stderr:
hdpolicy: error: strict: the answer would rest on facts not given:
  - not given: --contract; assumed the enterprise signed a labour contract with the person (第7项)
  - not given: --registered-unemployed; assumed registered as unemployed (第7项)
