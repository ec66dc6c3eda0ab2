"""Where the bundled files (schema, templates, translations, icons, the example) are.

They ship inside the package (`resources/`) and are found through importlib.resources,
so the same code works from a checkout, an installed wheel and a PyInstaller bundle. A package
installed as plain files is read from its folder directly, where importlib.resources would find
it too: importing that module cost the start-up a few milliseconds.
"""

from __future__ import annotations

import importlib
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path

EXAMPLE_NAME = "jamtland-primarvard-2017.orgd"
EXAMPLES_PACKAGE = "orgdesigner.data.examples"


def resource_path(*parts: str, package: str = "orgdesigner.data") -> Path:
    """A bundled file or folder, e.g. `resource_path("templates")`."""
    folder = _package_folder(package)
    if folder is not None:
        return folder.joinpath(*parts)
    from importlib.resources import files  # a frozen app's (the module costs the start-up a few ms)

    # One part at a time: a frozen app's package folder is a MultiplexedPath, whose joinpath()
    # takes a single name on Python 3.11. Installed as plain files, the result is a real path.
    found = files(package)
    for part in parts:
        found = found / part
    return Path(str(found))


def _package_folder(package: str) -> Path | None:
    """The folder of a package installed as plain files (checkout, wheel): what
    importlib.resources.files gives for it (the folder its file loader read `__init__` from).
    None for any other loader, which files() asks instead."""
    spec = importlib.import_module(package).__spec__
    if spec is None or type(spec.loader) not in (SourceFileLoader, SourcelessFileLoader) or spec.origin is None:
        return None
    return Path(spec.origin).parent


def example_path() -> Path:
    """The bundled example project."""
    return resource_path(EXAMPLE_NAME, package=EXAMPLES_PACKAGE)


def is_bundled_example(path: Path) -> bool:
    """True for a file in the installation's examples folder (however the path is spelled):
    those are opened as untitled copies and never written to."""
    try:
        return path.resolve().parent == resource_path(package=EXAMPLES_PACKAGE).resolve()
    except OSError:
        return False
