#!/usr/bin/env bash
# Screenshot of the frozen application on its bundled example under Xvfb (a real X server, as a
# user's desktop is): docs/screenshots/frozen-app.png. Needs xvfb-run and ImageMagick's `import`.
# Usage: tools/app-screenshot.sh [dist/orgdesigner] [out.png]
set -euo pipefail
folder="${1:-dist/orgdesigner}"
out="${2:-docs/screenshots/frozen-app.png}"
app="$folder/orgdesigner"
[ -x "$app" ] || { echo "app-screenshot: no frozen application at $app (run make app first)" >&2; exit 2; }
for tool in xvfb-run import convert; do
    command -v "$tool" >/dev/null || { echo "app-screenshot: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 2; }
done
home=$(mktemp -d)  # fresh settings: the window as a new user first sees it
trap 'rm -rf "$home"' EXIT
shot="$home/screen.png"
# The window opens at 1400×860; without a window manager it sits at the screen's top left corner.
HOME="$home" timeout 120 xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    "$1" "$("$1" --example)" & pid=$!
    sleep "${APP_SCREENSHOT_WAIT:-8}"
    import -window root "$2"
    kill "$pid"' _ "$app" "$shot"
convert "$shot" -crop 1400x860+0+0 +repage "$out"
echo "wrote $out"
