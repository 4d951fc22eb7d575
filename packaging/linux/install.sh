#!/bin/sh
# Install KalixPlan for this user, without administrator rights.
#
#   ./kalixplan/install.sh        (from the unpacked bundle folder)
#
# Copies the bundle to ~/.local/share/kalixplan, the menu entry to
# ~/.local/share/applications, the icon to ~/.local/share/icons/hicolor, the GeoPackage type
# to ~/.local/share/mime (so "Open with KalixPlan" is offered for .gpkg files), and links
# ~/.local/bin/kalixplan for the command line ($XDG_DATA_HOME replaces ~/.local/share when set).
# Every file it places outside the program folder is listed in the program folder's
# .installed, which uninstall.sh removes and nothing else. Running it again updates in place.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$data/kalixplan
bin=$HOME/.local/bin
marker=.installed

if [ ! -x "$here/kalixplan" ] || [ ! -d "$here/_internal" ]; then
  echo "install.sh: run it from the KalixPlan bundle folder (kalixplan and _internal/ beside it)." >&2
  exit 2
fi
case $prefix in
  *[\"\$\`\\]*)
    echo "install.sh: the folder $prefix holds a character a menu entry cannot name (\" \$ \` \\)." >&2
    exit 2 ;;
esac

# The program folder: a fresh copy (an older KalixPlan is replaced; anything else is left alone).
if [ "$here" != "$prefix" ]; then
  if [ -e "$prefix" ] && [ ! -f "$prefix/$marker" ]; then
    echo "install.sh: $prefix exists and is not a KalixPlan installation; move it away first." >&2
    exit 2
  fi
  mkdir -p "$data"
  rm -rf "$prefix.new"
  cp -a "$here" "$prefix.new"
  rm -rf "$prefix"
  mv "$prefix.new" "$prefix"
fi

placed=""
place() {  # place SOURCE TARGET: copy one file and remember it for uninstall.sh
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2"
  placed="$placed$2
"
}

# The menu entry, naming the installed program (quoted: the home folder may have spaces).
mkdir -p "$data/applications"
desktop=$data/applications/kalixplan.desktop
{
  grep -v -e '^Exec=' -e '^# install.sh writes' "$prefix/share/applications/kalixplan.desktop"
  printf 'TryExec=%s\nExec="%s" %%f\n' "$prefix/kalixplan" "$prefix/kalixplan"
} > "$desktop"
placed="$placed$desktop
"

# The icon, at every size the build rendered, and as SVG.
for png in "$prefix"/share/icons/hicolor/*/apps/kalixplan.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  place "$png" "$data/icons/hicolor/$size/apps/kalixplan.png"
done
place "$prefix/_internal/resources/icons/kalixplan.svg" "$data/icons/hicolor/scalable/apps/kalixplan.svg"

# The GeoPackage type, for desktops that do not know it yet.
place "$prefix/share/mime/packages/kalixplan-geopackage.xml" "$data/mime/packages/kalixplan-geopackage.xml"

# The command line: ~/.local/bin is on PATH in most distributions' default profile.
link=$bin/kalixplan
if [ ! -e "$link" ] || [ "$(readlink "$link" 2>/dev/null || true)" = "$prefix/kalixplan" ]; then
  mkdir -p "$bin"
  ln -sfn "$prefix/kalixplan" "$link"
  placed="$placed$link
"
else
  echo "install.sh: $link exists and is not ours; the command line is $prefix/kalixplan." >&2
fi

printf '%s' "$placed" > "$prefix/$marker"

# The desktop's caches; each tool is optional (a minimal system works without them).
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$data/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$data/applications" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data/icons/hicolor/index.theme" ]; then
  gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
fi

echo "KalixPlan is installed in $prefix."
echo "Start it from the applications menu, or run: $prefix/kalixplan (kalixplan --help for the commands)."
echo "To remove it: $prefix/uninstall.sh (your projects and data stay)."
