#!/usr/bin/env bash
# Before `make run`: Qt's xcb plugin aborts ("could not load the Qt platform plugin xcb") on a
# fresh Debian/Ubuntu without these libraries; say what to install instead of crashing.
set -u
if [ "${QT_QPA_PLATFORM:-}" = "offscreen" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then exit 0; fi
ldconfig_bin=$(command -v ldconfig || ls /sbin/ldconfig /usr/sbin/ldconfig 2>/dev/null | head -n 1)
if [ -n "$ldconfig_bin" ]; then
  known=$("$ldconfig_bin" -p 2>/dev/null)
  missing=()
  for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1; do
    grep -q "$lib" <<<"$known" || missing+=("$lib")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Qt needs X11 libraries that are missing (${missing[*]}). Install them with:" >&2
    echo "  sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" >&2
    echo "(and 'xvfb xauth' to run under a virtual display: xvfb-run -a make run)" >&2
    exit 1
  fi
fi
if [ -z "${DISPLAY:-}" ]; then
  echo "No display found (DISPLAY is empty). Run under a virtual display: xvfb-run -a make run" >&2
  echo "  (install it with: sudo apt-get install xvfb xauth)" >&2
  exit 1
fi
