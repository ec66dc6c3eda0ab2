"""Make every import after PySide6 cheap again (about 0.1 s of the start-up).

PySide6 hooks `__import__`: for each newly imported module, shibokensupport.feature decides
whether the module may use `from __feature__ import ...` by searching its source text for
"PySide6", and it gets that text with `inspect.getsource`, which tokenises the whole file. At
start the GUI imports a few hundred modules after PySide6 (our own, pydantic on the first file
read), so this costs about as much as showing a bare window. We replace that one check by a
plain read of the file with the same answer for every module with a `.py` file (no source:
False, as before). PySide6 internals may change: when the hook is not where we expect, nothing
is touched.
"""

from __future__ import annotations

import sys


def _uses_pyside(module: object) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as handle:
            return b"PySide6" in handle.read()
    except OSError:
        return False


def speed_up_imports() -> bool:
    """Install the cheaper check; True when it was installed."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]  # a private hook, checked above
    return True
