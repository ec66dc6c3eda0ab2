#!/usr/bin/env bash
# `make app-test`: start the frozen application on its own bundled example and wait for the first
# paint of the window with the project (a real X server through xvfb-run when installed, else Qt's
# offscreen platform). Prints the start-up time and the application's size.
set -euo pipefail
folder="${1:-dist/orgdesigner}"
app="$folder/orgdesigner"
[ -x "$app" ] || { echo "app-test: no frozen application at $app (run make app first)" >&2; exit 2; }
example=$("$app" --example)
[ -f "$example" ] || { echo "app-test: the bundled example is missing from $folder" >&2; exit 1; }
run=(env ORGDESIGNER_EXIT_AFTER_FIRST_PAINT=1 "$app" "$example")
if command -v xvfb-run >/dev/null 2>&1; then
    out=$(timeout 120 xvfb-run -a "${run[@]}" 2>&1) || true
else
    out=$(QT_QPA_PLATFORM=offscreen timeout 120 "${run[@]}" 2>&1) || true
fi
if ! grep "first paint with project" <<<"$out"; then
    echo "$out" >&2
    echo "app-test: the application did not reach its first paint" >&2
    exit 1
fi
echo "app size: $(du -sh "$folder" | cut -f1)"
