"""Import shim so the schema test uses the same generator as `make schema`."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "gen_schema", Path(__file__).resolve().parents[3] / "tools" / "gen_schema.py"
)
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
current_schema_text = _module.current_schema_text
