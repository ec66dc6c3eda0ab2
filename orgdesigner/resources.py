"""Where the bundled files (schema, templates, translations, icons, the example) are.

They ship inside the package (`resources/`) and are found through importlib.resources,
so the same code works from a checkout, an installed wheel and a PyInstaller bundle.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

EXAMPLE_NAME = "jamtland-primarvard-2017.orgd"
EXAMPLES_PACKAGE = "orgdesigner.data.examples"


def resource_path(*parts: str, package: str = "orgdesigner.data") -> Path:
    """A bundled file or folder, e.g. `resource_path("templates")`."""
    # One part at a time: a frozen app's package folder is a MultiplexedPath, whose joinpath()
    # takes a single name on Python 3.11. Installed as plain files, the result is a real path.
    found = files(package)
    for part in parts:
        found = found / part
    return Path(str(found))


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
