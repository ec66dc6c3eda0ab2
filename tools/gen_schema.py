"""Write orgdesigner/data/schema/orgd.schema.json from the validator's models (`make schema`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from orgdesigner.io.file_models import FORMAT_VERSION, ProjectFileModel  # noqa: E402

TARGET = ROOT / "orgdesigner" / "data" / "schema" / "orgd.schema.json"


def current_schema_text() -> str:
    schema = ProjectFileModel.model_json_schema()
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://orgdesigner.example/schema/orgd-v{FORMAT_VERSION}.schema.json",
        **schema,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    TARGET.write_text(current_schema_text(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
