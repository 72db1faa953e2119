# On a terminal (script(1) provides one) rest days are coloured; with NO_COLOR set, not.
run: sh: env -u NO_COLOR script -qec "$bin calendar 2025-10" /dev/null > tty.out; grep -c "$(printf '\033')\[1;31m  1\*" tty.out; NO_COLOR=1 script -qec "$bin calendar 2025-10" /dev/null | grep -c "$(printf '\033')" || true
exit: 0
stdout:
1
0
