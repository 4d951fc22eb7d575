#!/usr/bin/env bash
# The long run of the import fuzzer (nightly): many more damaged files per format than
# CI's 25. Usage: bash bench/fuzz.sh [EXAMPLES]   (default 2000 per format)
set -euo pipefail
cd "$(dirname "$0")/.."
KALIXPLAN_FUZZ_EXAMPLES="${1:-2000}" python -m pytest -q -p no:cacheprovider \
  tests/core/test_fuzz_imports.py
