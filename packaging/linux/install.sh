#!/usr/bin/env bash
# Install the built bundle for the current user and put it in the applications menu.
#   packaging/linux/install.sh [BUNDLE_DIR]     (default: build/dist/ops-desktop)
# The user's database (in ~/.local/share/ops-desktop) is never touched; uninstall with
#   rm -r ~/.local/opt/ops-desktop ~/.local/bin/ops-desktop \
#         ~/.local/share/applications/ops-desktop.desktop \
#         ~/.local/share/icons/hicolor/256x256/apps/ops-desktop.png
set -euo pipefail
here="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd -- "$here/../.." && pwd)"
bundle="${1:-$root/build/dist/ops-desktop}"
[[ -x "$bundle/ops-desktop" ]] || { echo "no bundle at $bundle: build it first (see README)" >&2; exit 1; }
mkdir -p ~/.local/opt ~/.local/bin ~/.local/share/applications ~/.local/share/icons/hicolor/256x256/apps
rm -rf ~/.local/opt/ops-desktop
cp -a "$bundle" ~/.local/opt/ops-desktop
ln -sf ~/.local/opt/ops-desktop/ops-desktop ~/.local/bin/ops-desktop
sed "s|^Exec=.*|Exec=$HOME/.local/opt/ops-desktop/ops-desktop|" "$here/ops-desktop.desktop" \
    > ~/.local/share/applications/ops-desktop.desktop
cp "$root/resources/icons/ops-desktop.png" ~/.local/share/icons/hicolor/256x256/apps/ops-desktop.png
echo "installed: start ops-desktop from the applications menu"
