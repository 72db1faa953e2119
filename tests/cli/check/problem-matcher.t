# The GitHub problem matcher's pattern matches what check prints (file, line, column, message)
run: sh: cd "$POLICIES/../tests/fixtures/check" && hdpolicy check unknown-cap.yaml | grep -E "$(sed -n 's/.*"regexp": "\(.*\)",$/\1/p' "$EXAMPLES/ci/hdpolicy-problem-matcher.json" | sed 's/\\\\/\\/g; s/+?/+/; s/\\d/[0-9]/g')"
exit: 0
stdout:
unknown-cap.yaml:43:16: error: rule 'catalogue': unknown cap 'catalog' (defined: catalogue)
