#!/usr/bin/env bash
# Before `make run`: Qt's xcb plugin aborts on a fresh Debian/Ubuntu without these libraries.
set -u
if [ "${QT_QPA_PLATFORM:-}" = "offscreen" ]; then exit 0; fi
missing=()
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || missing+=("$lib")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Qt needs X11 libraries that are missing (${missing[*]}). Install them with:" >&2
  echo "  sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" >&2
  echo "(and 'xvfb xauth' to run under a virtual display: xvfb-run make run)" >&2
  exit 1
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found (DISPLAY is empty). Run under a virtual display: xvfb-run -a make run" >&2
  echo "  (install it with: sudo apt-get install xvfb xauth)" >&2
  exit 1
fi
