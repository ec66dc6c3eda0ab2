"""Write docs/rules.md from the rule registry (`python tools/gen_rules_doc.py`).

tests/analysis/test_rules_doc.py fails when the committed file differs from what this writes, so
the list of rules in the documentation cannot drift from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "rules.md"

HEADER = """# Analysis rules

`orgdesigner check` and the findings panel report what these rules find. Every rule has a stable
id (used in `check` output, JSON and a project's analysis settings), a default severity, and an
explanation in Swedish and English. A project can switch a rule off, change its severity, or
acknowledge a single finding with a comment (acknowledged findings stay in the list, marked).

Severities: **error** makes `orgdesigner check` exit 1; **warning** and **info** do not.
Thresholds (span of control, layers) are project settings, defaults 12 and 6.

*This file is generated from the rule registry by `tools/gen_rules_doc.py`; do not edit it by hand.*

| id | severity | title |
| --- | --- | --- |
"""


def render() -> str:
    from orgdesigner.analysis import engine  # noqa: F401  (registers every rule)
    from orgdesigner.analysis.findings import RULES

    rules = sorted(RULES.values(), key=lambda r: r.id)
    lines = [HEADER.rstrip("\n")]
    for rule in rules:
        lines.append(f"| [`{rule.id}`](#{rule.id.lower()}) | {rule.severity.value} | {rule.title_en} |")
    for rule in rules:
        lines += [
            "",
            f"## {rule.id}",
            "",
            f"**{rule.title_en}** (*{rule.title_sv}*) — default severity **{rule.severity.value}**.",
            "",
            f"What it checks{_checks(rule)}",
            "",
            f"Why it matters: {rule.why_en}",
            "",
            f"How to fix: {rule.fix_en}",
            "",
            f"> Varför: {rule.why_sv}",
            ">",
            f"> Så åtgärdar du: {rule.fix_sv}",
        ]
    return "\n".join(lines) + "\n"


def _checks(rule) -> str:
    doc = (rule.check.__doc__ or "").strip()
    return f": {' '.join(doc.split())}" if doc else f": {rule.title_en.rstrip('.')}."


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
