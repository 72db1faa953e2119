# libhdpolicy.so exports its facade (hdpolicy/hdpolicy.hpp) and nothing
# else of hdpolicy: every dynamic symbol in namespace hdpolicy is a member
# of hdpolicy::Policies, and evaluate, load and builtin are among them.
# (Instantiations of the standard library's templates stay visible, as the
# standard headers ask.) Skipped without nm (binutils).
set -euo pipefail
library=$1
command -v nm >/dev/null || { echo "SKIP: nm is not installed" >&2; exit 77; }
symbols=$(nm -D --defined-only -C "$library" | cut -d' ' -f3-)
ours=$(grep '^hdpolicy::' <<<"$symbols" || true)
others=$(grep -v '^hdpolicy::Policies::' <<<"$ours" || true)
if [[ -n $others ]]; then
  echo "FAIL: $library exports more than the facade:" >&2
  head -n 20 <<<"$others" >&2
  exit 1
fi
for member in builtin load evaluate call documents; do
  grep -q "^hdpolicy::Policies::$member" <<<"$ours" || { echo "FAIL: hdpolicy::Policies::$member is not exported" >&2; exit 1; }
done
echo "ok: $(wc -l <<<"$ours") symbols of hdpolicy exported, all of hdpolicy::Policies"
