#!/bin/sh
# Remove KalixPlan for this user: what install.sh placed, and nothing else.
#
#   ~/.local/share/kalixplan/uninstall.sh
#
# Removes the files listed in the program folder's .installed (menu entry, icons, the
# GeoPackage type, the ~/.local/bin link) and the program folder itself. Projects (.gpkg files),
# the demo and an installed Boverket catalogue (~/.local/share/KalixPlan), the settings
# (~/.config/KalixPlan), the map's tile cache (~/.cache/KalixPlan) and the log stay.
set -eu

data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$data/kalixplan
marker=$prefix/.installed

if [ ! -f "$marker" ]; then
  echo "uninstall.sh: no KalixPlan installation in $prefix (no $marker)." >&2
  exit 2
fi

while IFS= read -r path; do
  case $path in
    "$data"/applications/kalixplan.desktop | "$data"/icons/hicolor/*/apps/kalixplan.* | \
    "$data"/mime/packages/kalixplan-geopackage.xml)
      rm -f "$path" ;;
    "$HOME"/.local/bin/kalixplan)
      # Only our link: a kalixplan placed there since by something else stays.
      if [ "$(readlink "$path" 2>/dev/null || true)" = "$prefix/kalixplan" ]; then
        rm -f "$path"
      fi ;;
    "") ;;
    *)
      echo "uninstall.sh: left $path alone (not a file install.sh places)." >&2 ;;
  esac
done < "$marker"

rm -rf "$prefix"

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data/mime" ]; then
  update-mime-database "$data/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$data/applications" ]; then
  update-desktop-database "$data/applications" >/dev/null 2>&1 || true
fi

echo "KalixPlan is removed. Your projects and data are where they were:"
echo "  $data/KalixPlan (the demo, an installed catalogue), ~/.config/KalixPlan (settings),"
echo "  ~/.cache/KalixPlan (map tiles); delete them yourself if you no longer want them."
