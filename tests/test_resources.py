"""Bundled files are found where importlib.resources finds them, whether read from a package's
folder directly (plain files: checkout, wheel; no importlib.resources at start-up) or through
importlib.resources (any other loader: a zip here, a frozen app)."""

from __future__ import annotations

import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

from orgdesigner.resources import EXAMPLES_PACKAGE, _package_folder, example_path, resource_path


def _by_importlib(package: str, *parts: str) -> Path:
    found = files(package)
    for part in parts:
        found = found / part
    return Path(str(found))


@pytest.mark.parametrize(("package", "parts"), [
    ("orgdesigner.data", ()),
    ("orgdesigner.data", ("icons", "orgdesigner.svg")),
    ("orgdesigner.data", ("translations", "orgdesigner_sv.qm")),
    ("orgdesigner.data", ("templates",)),
    (EXAMPLES_PACKAGE, ()),
])
def test_a_plain_package_is_read_from_its_folder_as_importlib_would(package, parts):
    assert _package_folder(package) is not None  # the direct way is the one taken here
    assert resource_path(*parts, package=package) == _by_importlib(package, *parts)
    assert resource_path(*parts, package=package).exists()


def test_the_example_is_where_importlib_finds_it():
    assert example_path() == _by_importlib(EXAMPLES_PACKAGE, "jamtland-primarvard-2017.orgd")


def test_a_package_another_loader_reads_goes_through_importlib(tmp_path, monkeypatch):
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped_data/__init__.py", "")
        zipped.writestr("zipped_data/icons/app.svg", "<svg/>")
    monkeypatch.syspath_prepend(str(archive))
    monkeypatch.delitem(sys.modules, "zipped_data", raising=False)
    assert _package_folder("zipped_data") is None
    assert resource_path("icons", "app.svg", package="zipped_data") == _by_importlib("zipped_data", "icons", "app.svg")
