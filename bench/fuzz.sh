#!/usr/bin/env bash
# The long run of the import fuzzer (nightly): many more damaged files per format than
# CI's 25, then a table per format: files tried, imported, refused in one sentence.
# Every case already asserts no traceback, exit 0 or 2, one line, the database unchanged
# when refused. Usage: bash bench/fuzz.sh [EXAMPLES]   (default 2000 per format)
set -euo pipefail
cd "$(dirname "$0")/.."
tally=$(mktemp)
KALIXPLAN_FUZZ_EXAMPLES="${1:-2000}" KALIXPLAN_FUZZ_TALLY="$tally" python -m pytest -q \
  -p no:cacheprovider tests/core/test_fuzz_imports.py
python - "$tally" <<'PY'
import collections, sys
counts = collections.Counter(tuple(line.split()) for line in open(sys.argv[1]))
formats = sorted({fmt for fmt, _ in counts})
print(f"{'format':<8} {'tried':>6} {'imported':>9} {'refused':>8}")
for fmt in formats:
    ok, refused = counts[(fmt, "0")], counts[(fmt, "2")]
    print(f"{fmt:<8} {ok + refused:>6} {ok:>9} {refused:>8}")
total_ok = sum(v for (f, c), v in counts.items() if c == "0")
total_refused = sum(v for (f, c), v in counts.items() if c == "2")
print(f"{'all':<8} {total_ok + total_refused:>6} {total_ok:>9} {total_refused:>8}")
PY
rm -f "$tally"
