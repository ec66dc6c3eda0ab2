#!/usr/bin/env bash
# `make app-test`: start the frozen application on its own bundled example and wait for the first
# paint of the window with the project (a real X server through xvfb-run when installed, else Qt's
# offscreen platform), then run every subcommand of the frozen command line. A crash (a Python
# traceback, a PyInstaller error, an unexpected exit code) fails the test; `check` ending with 1
# because the example has findings does not. Prints the start-up time and the application's size.
set -euo pipefail
folder="${1:-dist/orgdesigner}"
app="$folder/orgdesigner"
[ -x "$app" ] || { echo "app-test: no frozen application at $app (run make app first)" >&2; exit 2; }
example=$("$app" --example)
[ -f "$example" ] || { echo "app-test: the bundled example is missing from $folder" >&2; exit 1; }
# A fresh home, as on a new user's machine: the developer's own settings and recovery copies
# (a "restore unsaved changes?" question) must not decide whether the test passes.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run=(env ORGDESIGNER_EXIT_AFTER_FIRST_PAINT=1 HOME="$home" XDG_CONFIG_HOME="$home/config"
     XDG_STATE_HOME="$home/state" ORGDESIGNER_RECOVERY_DIR="$home/recovery" "$app" "$example")
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

# The command line inside the bundle. Lazily imported modules (subcommands, the fast loader, the
# PDF writer) are where a frozen app misses a hidden import, so every subcommand runs once.
cli="$folder/orgdesigner-cli"
[ -x "$cli" ] || cli="$app"
cli=$(realpath "$cli")  # the subcommands run inside the fresh home
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/share" QT_QPA_PLATFORM=offscreen
ran=()
# expect CODE SUBCOMMAND ARGS...: run the subcommand; a crash or another exit code fails the test.
expect() {
    local want=$1 rc=0 said; shift
    said=$(cd "$home" && "$cli" "$@" 2>&1) || rc=$?
    # A traceback or a PyInstaller boot error is a crash whatever the exit code says.
    if grep -qE 'Traceback \(most recent call last\)|ModuleNotFoundError|ImportError|Failed to execute script|\[PYI-[0-9]+:ERROR\]' <<<"$said"; then
        echo "$said" >&2
        echo "app-test: orgdesigner-cli $1 crashed (exit $rc)" >&2
        exit 1
    fi
    if [ "$rc" -ne "$want" ]; then
        echo "$said" >&2
        echo "app-test: orgdesigner-cli $* ended with $rc (expected $want)" >&2
        exit 1
    fi
    ran+=("$1")
    printf '%-16s exit %s: %s\n' "$1" "$rc" "$(grep -v '^$' <<<"$said" | tail -1)"
}
mapfile -t scenarios < <("$cli" info "$example" | sed -n 's/^  - \([^:]*\):.*/\1/p')
[ "${#scenarios[@]}" -ge 2 ] || { echo "app-test: info did not list the example's scenarios" >&2; exit 1; }
cp "$example" "$home/a.orgd"
printf 'id,parent,name\nr,,Region\nhc,r,Hälsocentral\n' >"$home/units.csv"
expect 0 info "$example"
expect 1 check "$example"  # 1: the example has error-level findings, as intended
expect 0 compare "$example" --scenarios "${scenarios[0]}" "${scenarios[1]}"
expect 0 omvarld "$example" --scenario "${scenarios[1]}"
expect 0 trade "$example" --scenario "${scenarios[0]}"
expect 0 diff "$example" "$home/a.orgd"
expect 0 merge "$home/a.orgd" "$home/a.orgd" "$example" -o "$home/merged.orgd"
expect 0 export "$example" --to "$home/beslutsunderlag.pdf"
[ "$(head -c 4 "$home/beslutsunderlag.pdf")" = "%PDF" ] || { echo "app-test: the PDF export did not write a PDF" >&2; exit 1; }
expect 0 import "$home/units.csv" --id-column id --parent-column parent --name-column name -o "$home/imported.orgd"
printf 'Period;Beställare;Tjänst;Volym;Pris\n2016-01;HC Åre;CRP;10;42,5\n' >"$home/volumes.csv"
expect 0 import-history "$home/a.orgd" "$home/volumes.csv" --replace -o "$home/history.orgd"
expect 0 install-desktop --data-home "$home/share"
expect 0 install-desktop --data-home "$home/share" --uninstall
if command -v git >/dev/null 2>&1; then
    git init -q "$home/repo"
    expect 0 git-setup --repo "$home/repo"
    # the program git will run as the driver must start (not, e.g., "orgdesigner-cli -m orgdesigner")
    driver=$(git -C "$home/repo" config merge.orgdesigner.driver)
    eval "${driver%% merge *} --version" >/dev/null 2>&1 || { echo "app-test: git-setup wrote a driver that does not run: $driver" >&2; exit 1; }
fi
# Every subcommand the frozen CLI offers must have run above: a new one cannot go untested.
offered=$(COLUMNS=1000 "$cli" --help | tr -s ' \n' '  ' | sed -n 's/.*Subcommands (no display needed): \([^;]*\);.*/\1/p' | tr -d ' ' | tr ',' '\n')
[ -n "$offered" ] || { echo "app-test: --help lists no subcommands" >&2; exit 1; }
for sub in $offered; do
    if ! printf '%s\n' "${ran[@]}" | grep -qx -- "$sub"; then
        [ "$sub" = git-setup ] && ! command -v git >/dev/null 2>&1 && continue
        echo "app-test: subcommand $sub is not run by tools/app-test.sh" >&2
        exit 1
    fi
done
echo "export: $(du -h "$home/beslutsunderlag.pdf" | cut -f1) PDF"
echo "app size: $(du -sh "$folder" | cut -f1)"
