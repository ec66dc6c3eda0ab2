"""orgdesigner: design how a Swedish region organises its own primary care."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """The installed package's version (its metadata: wheel, checkout or frozen app alike)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("orgdesigner")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    # `orgdesigner.__version__` reads the metadata only when asked: start-up does not pay for it.
    if name == "__version__":
        return version()
    raise AttributeError(name)
