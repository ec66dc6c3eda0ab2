"""One JSON language: `check`, `compare`, `diff` and `merge` give a scenario the same `metrics`
object (same key paths, same values), documented once in docs/json-output.md."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from orgdesigner.model.commands import MoveUnit, SetUnitField
from tests.cli.test_diff_merge_git import edited
from tests.cli.test_export import run_cli
from tests.conftest import EXAMPLE

DOC = Path(__file__).resolve().parents[2] / "docs" / "json-output.md"
BASE, OTHER = "nulage-2017", "koncern-2018"


def leaves(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"findings": {"error": 7}} -> {"findings.error": 7}."""
    out: dict[str, Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(leaves(value, f"{prefix}{key}."))
        else:
            out[prefix + key] = value
    return out


def cli_json(*args: str) -> dict[str, Any]:
    done = run_cli(*args, "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def check_metrics(path: Path) -> dict[str, dict[str, Any]]:
    return {s["id"]: s["metrics"] for s in cli_json("check", str(path))["scenarios"]}


def test_check_compare_diff_and_merge_give_a_scenario_the_same_metrics(tmp_path):
    checked = check_metrics(EXAMPLE)
    # the example's scenarios have dotted lines and internal trade: every group is exercised
    assert {"findings", "split", "dotted", "trade", "units_by_category"} <= checked[BASE].keys()
    compared = cli_json("compare", str(EXAMPLE), "--scenarios", BASE, OTHER)
    for scenario in compared["scenarios"]:
        assert scenario["metrics"] == checked[scenario["id"]]
    deltas = leaves(compared["comparisons"][0]["metric_deltas"])
    before, after = leaves(checked[BASE]), leaves(checked[OTHER])
    assert deltas.keys() == before.keys() | after.keys()
    for path, delta in deltas.items():
        assert delta == round(after.get(path, 0) - before.get(path, 0), 6), path

    new = edited(tmp_path, "new.orgd", SetUnitField(BASE, ["best"], "name", "Beställarenheten"), MoveUnit(BASE, "digi", "best"))
    diffed = {s["id"]: s for s in cli_json("diff", str(EXAMPLE), str(new))["scenarios"]}
    assert diffed.keys() == checked.keys()
    checked_new = check_metrics(new)
    for sid, scenario in diffed.items():
        assert scenario["old_metrics"] == checked[sid] and scenario["metrics"] == checked_new[sid]
        assert leaves(scenario["metric_deltas"]) == {
            p: round(v - leaves(checked[sid])[p], 6) for p, v in leaves(checked_new[sid]).items()
        }

    out = tmp_path / "merged.orgd"
    merged = cli_json("merge", str(EXAMPLE), str(EXAMPLE), str(new), "-o", str(out))
    assert {s["id"]: s["metrics"] for s in merged["scenarios"]} == check_metrics(out)


def documented_paths() -> set[str]:
    """The metric paths in docs/json-output.md's table (`<…>` stands for each listed value)."""
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index("## Metrics\n"):].split("\n## ")[0]
    paths = set()
    for row in table.splitlines():
        if row.startswith("| `"):
            paths.update(re.findall(r"`([a-z_.<>]+)`", row.split("|")[1]))
    return paths


def test_every_metric_path_is_documented_and_every_documented_path_exists():
    checked = leaves(check_metrics(EXAMPLE)[BASE])
    patterns = documented_paths()
    expand = {"<severity>": "(error|warning|info)", "<responsibility>": "(development|ordering|delivery)",
              "<side>": "(purchaser|own_provider|other)", "<category>": "[a-z_]+", "<form>": "[a-z_]+",
              "<kind>": "(professional|functional|agreement)"}

    def regex(pattern: str) -> str:
        out = re.escape(pattern)
        for name, alternative in expand.items():
            out = out.replace(re.escape(name), alternative)
        return out

    compiled = [re.compile(regex(p) + "$") for p in patterns]
    undocumented = [p for p in checked if not any(c.match(p) for c in compiled)]
    assert not undocumented
    unused = [p for p, c in zip(patterns, compiled, strict=True) if not any(c.match(k) for k in checked)]
    assert not unused


def test_compare_and_diff_count_changes_and_give_findings_in_one_shape(tmp_path):
    """The same edits, once as a second scenario (compare) and once as a second file (diff),
    are counted under the same `summary` keys; a finding is the same object in check and compare."""
    from orgdesigner.io.project.project_file import load_project, save_project
    from orgdesigner.model import AssignmentKey, Document, Responsibility, Role
    from orgdesigner.model.commands import SetRoles
    from orgdesigner.model.commands.scenarios import copied_scenario

    edits = [SetUnitField(BASE, ["best"], "name", "Beställarenheten"), MoveUnit(BASE, "digi", "best"),
             SetRoles(BASE, [(AssignmentKey("digi", "kvalitet", Responsibility.ORDERING), Role.ACCOUNTABLE)])]
    new = edited(tmp_path, "new.orgd", *edits)
    diffed = cli_json("diff", str(EXAMPLE), str(new))
    both = Document(load_project(EXAMPLE))
    both.project.scenarios["edited"] = copied_scenario(load_project(new).scenarios[BASE], "edited", "Redigerad")
    path = tmp_path / "both.orgd"
    save_project(both.project, path)
    compared = cli_json("compare", str(path), "--scenarios", BASE, "edited", "--lang", "sv")
    [comparison] = compared["comparisons"]
    assert comparison["summary"] == {k: diffed["summary"][k] for k in ("unit", "role")}
    assert comparison["summary"] == {"unit": {"changed": 1, "moved": 1}, "role": {"added": 1}}

    checked = {s["id"]: s for s in cli_json("check", str(path), "--lang", "sv")["scenarios"]}
    introduced = comparison["findings_introduced"]
    assert introduced
    by_key = {f["key"]: f for f in checked["edited"]["findings"]}
    for finding in introduced:
        assert finding == by_key[finding["key"]]
    by_key = {f["key"]: f for f in checked[BASE]["findings"]}
    for finding in comparison["findings_resolved"]:
        assert finding == by_key[finding["key"]]
