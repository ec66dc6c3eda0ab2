"""Write resources/schema/orgd.schema.json from the file's msgspec structs (`make schema`)."""

from __future__ import annotations

import enum
import json
import re
import sys
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import msgspec  # noqa: E402

from orgdesigner.io.project import fast_file  # noqa: E402
from orgdesigner.io.project.fast_file import ProjectFile  # noqa: E402
from orgdesigner.io.project.file_format import FORMAT_VERSION  # noqa: E402

TARGET = ROOT / "resources" / "schema" / "orgd.schema.json"


def _name_enum_keys(tp: Any, node: dict[str, Any]) -> None:
    """msgspec leaves out what an object's keys may be when they are an enum (a responsibility,
    a unit form): name them, as the schema did before, so an unknown key is refused."""
    if get_origin(tp) is not dict:
        return
    key, value = get_args(tp)
    if isinstance(key, type) and issubclass(key, enum.Enum):
        node["propertyNames"] = {"$ref": f"#/$defs/{key.__name__}"}
    _name_enum_keys(value, node.get("additionalProperties", {}))


def _plain_descriptions(node: Any) -> None:
    """Word every description as one line per paragraph: msgspec versions differ in how they
    dedent a docstring's continuation lines, and the published text must not depend on that."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                paragraphs = re.split(r"\n\s*\n", value.strip())
                node[key] = "\n\n".join(" ".join(p.split()) for p in paragraphs)
            else:
                _plain_descriptions(value)
    elif isinstance(node, list):
        for item in node:
            _plain_descriptions(item)


def current_schema_text() -> str:
    schema = msgspec.json.schema(ProjectFile)
    _plain_descriptions(schema)
    for name, definition in schema["$defs"].items():
        struct = getattr(fast_file, name, None)
        if isinstance(struct, type) and issubclass(struct, msgspec.Struct):
            for field, tp in get_type_hints(struct).items():
                _name_enum_keys(tp, definition["properties"][field])
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://orgdesigner.example/schema/orgd-v{FORMAT_VERSION}.schema.json",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    TARGET.write_text(current_schema_text(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
