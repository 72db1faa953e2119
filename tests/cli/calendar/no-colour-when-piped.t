# Colour only on a terminal: piped output has no escape codes even without NO_COLOR.
run: sh: env -u NO_COLOR hdpolicy calendar 2025-10 | grep -c "$(printf '\033')" || true
exit: 0
stdout:
0
