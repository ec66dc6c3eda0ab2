"""docs/rules.md lists every registered rule exactly as tools/gen_rules_doc.py writes it."""

from __future__ import annotations

import importlib.util

from orgdesigner.analysis import engine  # noqa: F401  (registers every rule)
from orgdesigner.analysis.findings import RULES
from tests.conftest import ROOT


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


def test_no_rule_explains_itself_with_the_bundled_examples_case():
    """Why and how-to-fix hold for any region: no name, case number, decision or year of the
    example's case (Jämtland, RS/1039/2017, 2017 …) in any rule's text."""
    from orgdesigner.analysis.findings import RULES
    from orgdesigner.io.project.project_file import project_bytes
    from tests.case_words import case_words, words
    from tests.conftest import EXAMPLE
    from tests.other_region import other_region_project

    # what another region's project has too (Region, Regionstyrelsen …) is no case fact
    other = words(project_bytes(other_region_project()).decode("utf-8"))
    case = case_words(EXAMPLE.read_text(encoding="utf-8")) - other
    assert {"jämtland", "2017", "1039", "131"} <= case
    for rule in RULES.values():
        text = " ".join([rule.title_sv, rule.title_en, rule.explanation("sv"), rule.explanation("en")])
        assert not words(text) & case, (rule.id, sorted(words(text) & case))
