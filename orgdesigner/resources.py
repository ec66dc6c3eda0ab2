"""Where the bundled resources (schema, templates, translations, icons) live."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
