# SIGHUP reloads the policies: a good set is checked and swapped in; a
# broken one is refused with its problems in the log, and the old set keeps
# answering.
set -euo pipefail  # before lib.sh: a test that cannot load its helpers fails
source "${0%/*}/lib.sh"
cp -r "$SOURCE_DIR/policies" "$WORK/policies"
start_server --policies "$WORK/policies"

# 2,000,000 x 50% = 1,000,000, cut to 第四条's 「单家企业年度补贴上限50万元」.
claim='{"type": "rd", "premium": "2000000", "date": "2025-10-01", "industry": "ai", "specialized": "yes", "upper_subsidy": "0"}'
curl -s --json "$claim" "$BASE/v1/subsidy" >"$WORK/before"
expect_in "before reload" "$WORK/before" '"subsidy": "500000.00"'

# A good set: the cap raised to 600,000 (as tests/cli/diff/catalogue-cap.t).
sed -i 's/amount: 500000.00/amount: 600000.00/' "$WORK/policies/tech-insurance.yaml"
kill -HUP "$SERVER_PID"
wait_log "policies reloaded"
curl -s --json "$claim" "$BASE/v1/subsidy" >"$WORK/good"
expect_in "after a good reload" "$WORK/good" '"subsidy": "600000.00"'

# A broken set: a cap without its amount fails `check`; the 600,000 set stays.
sed -i 's/amount: 600000.00/amount: lots/' "$WORK/policies/tech-insurance.yaml"
kill -HUP "$SERVER_PID"
wait_log "reload refused"
expect_in "refused reload" "$LOG" "tech-insurance.yaml:"
expect_in "refused reload" "$LOG" "still serving the previous policies"
curl -s --json "$claim" "$BASE/v1/subsidy" >"$WORK/broken"
expect_in "after a refused reload" "$WORK/broken" '"subsidy": "600000.00"'

# A set that is not there at all is refused the same way.
mv "$WORK/policies" "$WORK/gone"
kill -HUP "$SERVER_PID"
wait_log "reload refused: --policies"
curl -s --json "$claim" "$BASE/v1/subsidy" >"$WORK/gone.out"
expect_in "after the directory went" "$WORK/gone.out" '"subsidy": "600000.00"'

stop_server TERM
echo "ok: a good set reloaded, a broken one refused with its problems, the old one still served"
