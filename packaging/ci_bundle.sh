#!/usr/bin/env bash
# CI step: build the Linux bundle from the checkout and run its tests outside the venv.
#
#   bash packaging/ci_bundle.sh
#
# Installs PyInstaller (the "bundle" extra) and Xvfb if missing, builds dist/kalixplan with
# packaging/build_linux.sh, then runs tests/bundle against it with KALIXPLAN_REQUIRE_BUNDLE
# set, so those tests cannot skip here. About 1 minute to build and 30 s to test on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBIAN_FRONTEND=noninteractive
need=()
for pkg in xvfb xauth; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
python -m pip install -q -e ".[test,bundle]"

start=$(date +%s)
bash packaging/build_linux.sh
echo "bundle built in $(( $(date +%s) - start )) s"

KALIXPLAN_BUNDLE="$PWD/dist/kalixplan" KALIXPLAN_REQUIRE_BUNDLE=1 \
  python -m pytest -q -p no:cacheprovider tests/bundle
