"""docs/rules.md lists every registered rule exactly as tools/gen_rules_doc.py writes it."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

from orgdesigner.analysis import engine  # noqa: F401  (registers every rule)
from orgdesigner.analysis.findings import RULES


def _generator():
    spec = importlib.util.spec_from_file_location("gen_rules_doc", ROOT / "tools" / "gen_rules_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_doc_is_up_to_date():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == _generator().render(), "run `python tools/gen_rules_doc.py`"


def test_rules_doc_has_a_section_per_rule():
    text = _generator().render()
    for rule_id in RULES:
        assert f"\n## {rule_id}\n" in text
