# Without --format json the same mistake is one line on stderr, naming the
# option, the value and the choices.
run: calendar 2026-02 --format xml
exit: 2
stdout:
stderr:
hdpolicy: error: --format: 'xml' is not accepted: one of text, json, ics
