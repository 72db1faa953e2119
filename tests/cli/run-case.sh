#!/usr/bin/env bash
# Runs one CLI test case (a .t file) against the built binary.
# Usage: run-case.sh PATH/TO/hdpolicy CASE.t
#
# A case file:
#   # comment lines
#   run: subsidy --type rd --premium 80000      (a shell command line; `hdpolicy`
#                                                is prepended unless the line
#                                                starts with "sh:")
#   exit: 0
#   stdout:            exact expected stdout follows, up to the next section
#   stdout-contains:   each following line must occur in stdout
#   stderr:            exact expected stderr
#   stderr-contains:   each following line must occur in stderr
# In `run:`, $CASE_TMP is a fresh temporary directory, $POLICIES the source
# policies/ directory, $EXAMPLES the examples/ directory and $TEST_DATA tests/data/.
# With CASE_POLICIES set, that directory stands for policies/, both as
# $POLICIES and as the policies the binary reads when not told (the same
# cases then run against another form of the shipped documents).
set -u
bin=$1
case_file=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
# $CASE_DIR, the case file's directory, for a case that runs a script kept beside it.
export CASE_DIR=$(cd "$(dirname "$case_file")" && pwd)

CASE_TMP=$(mktemp -d)
trap 'rm -rf "$CASE_TMP"' EXIT
export CASE_TMP POLICIES="${CASE_POLICIES:-$root/policies}" EXAMPLES="$root/examples" TEST_DATA="$root/tests/data"
export NO_COLOR=1 HDPOLICY_POLICIES="${CASE_POLICIES:-}"

run="" want_exit="" section=""
exp_out="" exp_err="" has_out=0 has_err=0
contains_out=() contains_err=()
while IFS= read -r line || [ -n "$line" ]; do
  if [ -z "$section" ] && [[ "$line" == \#* ]]; then continue; fi
  case "$line" in
    run:*) run=${line#run: }; section=""; continue ;;
    exit:*) want_exit=${line#exit: }; section=""; continue ;;
    stdout:) section=out; has_out=1; continue ;;
    stderr:) section=err; has_err=1; continue ;;
    stdout-contains:) section=cout; continue ;;
    stderr-contains:) section=cerr; continue ;;
  esac
  case "$section" in
    out) exp_out+="$line"$'\n' ;;
    err) exp_err+="$line"$'\n' ;;
    cout) [ -n "$line" ] && contains_out+=("$line") ;;
    cerr) [ -n "$line" ] && contains_err+=("$line") ;;
  esac
done < "$case_file"

if [ -z "$run" ]; then echo "case has no run: line"; exit 1; fi
hdpolicy() { "$bin" "$@"; }
export -f hdpolicy
export bin
if [[ "$run" == sh:* ]]; then cmd=${run#sh: }; else cmd="hdpolicy $run"; fi
(cd "$CASE_TMP" && bash -c "$cmd") >"$CASE_TMP/.out" 2>"$CASE_TMP/.err"
got_exit=$?

fail=0
if [ -n "$want_exit" ] && [ "$got_exit" != "$want_exit" ]; then
  echo "exit code: expected $want_exit, got $got_exit"; fail=1
fi
if [ $has_out = 1 ] && ! diff -u <(printf '%s' "$exp_out") "$CASE_TMP/.out" >"$CASE_TMP/.diff"; then
  echo "stdout differs (- expected, + actual):"; cat "$CASE_TMP/.diff"; fail=1
fi
if [ $has_err = 1 ] && ! diff -u <(printf '%s' "$exp_err") "$CASE_TMP/.err" >"$CASE_TMP/.diff"; then
  echo "stderr differs (- expected, + actual):"; cat "$CASE_TMP/.diff"; fail=1
fi
for s in "${contains_out[@]+"${contains_out[@]}"}"; do
  grep -qF -- "$s" "$CASE_TMP/.out" || { echo "stdout lacks: $s"; fail=1; }
done
for s in "${contains_err[@]+"${contains_err[@]}"}"; do
  grep -qF -- "$s" "$CASE_TMP/.err" || { echo "stderr lacks: $s"; fail=1; }
done
if [ $fail = 1 ]; then
  echo "--- command: $cmd"; echo "--- stdout:"; cat "$CASE_TMP/.out"; echo "--- stderr:"; cat "$CASE_TMP/.err"
fi
exit $fail
