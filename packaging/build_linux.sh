#!/usr/bin/env bash
# Build KalixPlan's Linux bundle from this checkout: dist/kalixplan/ (one folder).
#
#   bash packaging/build_linux.sh [--tar]
#
# Needs the installed application and PyInstaller (pip install -e ".[bundle]"). The folder
# holds the program (dist/kalixplan/kalixplan: the window and every command), _internal/
# (Python, Qt with QtWebEngine, GDAL and PROJ with their data, Leaflet, resources/), and the
# desktop files install.sh places. --tar also packs dist/kalixplan-VERSION-linux-ARCH.tar.gz
# for handing out. See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python}
"$python" packaging/make_icons.py build/icons >/dev/null
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/kalixplan.spec

bundle=dist/kalixplan
# QtWebEngine makes this empty folder beside its resources at its first start (in a pip
# install too); made here, the installed folder is never written to, even when read-only.
mkdir -p "$bundle/_internal/PySide6/Qt/resources/locales"
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$bundle/"
install -D -m 644 packaging/linux/kalixplan.desktop "$bundle/share/applications/kalixplan.desktop"
install -D -m 644 packaging/linux/kalixplan-geopackage.xml \
  "$bundle/share/mime/packages/kalixplan-geopackage.xml"
mkdir -p "$bundle/share/icons"
cp -r build/icons/hicolor "$bundle/share/icons/"

version=$("$bundle/kalixplan" --version | awk '{print $2}')
echo "Built $bundle (KalixPlan $version, $(du -sm "$bundle" | cut -f1) MiB)."
if [ "${1:-}" = "--tar" ]; then
  archive=dist/kalixplan-$version-linux-$(uname -m).tar.gz
  tar -czf "$archive" -C dist kalixplan
  echo "Packed $archive ($(du -sm "$archive" | cut -f1) MiB)."
fi
