"""Merge conflicts in words (for the command line and the conflict dock) and as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from orgdesigner.io.merging.diff import ProjectDiff, entity_label, say
from orgdesigner.io.merging.flat import ECONOMY, SCALAR_FIELD, flatten
from orgdesigner.io.words.wording import field_name
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.entities import Project

if TYPE_CHECKING:
    from orgdesigner.io.merging.merge import MergeResult

MERGE_FORMAT = "orgdesigner-merge"
MERGE_VERSION = 2  # 2: the merged scenarios' metrics, nested as in every JSON output

_W = {
    "sv": {"field": "ändrat på två sätt", "deleted": "borttaget på ena sidan, ändrat på den andra",
           "cycle": "flyttarna ger tillsammans en rapporteringsslinga", "reference": "borttaget men behövs",
           "absent": "finns inte", "present": "finns", "kept": "filen har", "needed_by": "behövs av",
           "base": "gemensam bas"},
    "en": {"field": "changed two ways", "deleted": "deleted on one side, changed on the other",
           "cycle": "the two moves together make a reporting loop", "reference": "deleted but needed",
           "absent": "absent", "present": "present", "kept": "the file holds", "needed_by": "needed by",
           "base": "common base"},
}


class Names:
    """Display names of a project's entities, for labels of conflicting entries."""

    def __init__(self, project: Project) -> None:
        from orgdesigner.io.merging.diff import diff_flat
        from orgdesigner.io.project.codec import project_to_json

        flat = flatten(project_to_json(project))
        self.diff: ProjectDiff = diff_flat(flat, flat)
        for c in project.conflicts:  # entities that exist only in a conflict record still get names
            for side in (c.ours, c.theirs, c.base):
                if isinstance(side, dict) and "name" in side:
                    self.diff.old_names.setdefault(c.entity, side["name"])


def side_value(c: MergeConflict, raw: Any, lang: str) -> str:
    if c.field is None:
        return _W[lang]["absent"] if raw is None else _W[lang]["present"]
    if c.field == "parent" and c.entity[0] == "unit":
        return "–" if raw is None else str(raw)
    name = c.field[len(ECONOMY):] if c.field.startswith(ECONOMY) else c.field
    return say(c.entity[0], name, raw, lang)


def what(c: MergeConflict, names: Names, lang: str = "en") -> str:
    """"Hälsocentral Åre [hc-are] – name", the entity and field the conflict is about."""
    label = entity_label(names.diff, c.entity, lang)
    if c.field is None or c.field == SCALAR_FIELD.get(c.entity[0]):
        return label
    shown = c.field[len(ECONOMY):] if c.field.startswith(ECONOMY) else c.field
    return f"{label} – {field_name('parent_id' if shown == 'parent' else shown, lang)}"


def describe(c: MergeConflict, names: Names, lang: str = "en") -> str:
    """One line: what, why, and each side's value."""
    w = _W[lang]
    parent = c.field == "parent" and c.entity[0] == "unit"

    def show(raw: Any) -> str:
        if parent and raw is not None:
            return names.diff.name(("unit", c.entity[1], raw))
        if c.field == "dotted" and c.entity[0] == "unit" and isinstance(raw, list):
            return _lines(raw, c.entity[1], names, lang)
        return side_value(c, raw, lang)

    text = (f"{what(c, names, lang)}: {w[c.kind]}; {c.ours_label}: {show(c.ours)}, "
            f"{c.theirs_label}: {show(c.theirs)} ({w['base']}: {show(c.base)})")
    if c.referrer:
        text += f"; {w['needed_by']} {entity_label(names.diff, c.referrer, lang)}"
    return text


def _lines(lines: list[Any], sid: str, names: Names, lang: str) -> str:
    """Dotted lines in words: "→ Beställarenheten (funktionell, note)", or "–" for none."""
    from orgdesigner.io.words._dotted import kind_word
    from orgdesigner.model.dotted import DottedKind

    shown = []
    for line in lines:
        extra = ", ".join(x for x in (kind_word(DottedKind(line.get("kind", "functional")), lang), line.get("note"),
                                      line.get("decision")) if x)
        shown.append(f"→ {names.diff.name(('unit', sid, line['to']))} ({extra})")
    return "; ".join(shown) or "–"


def render_conflicts(project: Project, conflicts: list[MergeConflict], lang: str = "en") -> str:
    names = Names(project)
    return "\n".join(f"  {describe(c, names, lang)}" for c in conflicts)


def merge_report(result: MergeResult, output: str, base: Project) -> dict[str, Any]:
    """The JSON of `orgdesigner merge`: `summary` counts what the merged file changed from the
    base as `diff` counts changes; the conflicts as written into the file; each scenario's metrics."""
    from orgdesigner.analysis.metric_paths import scenarios_json
    from orgdesigner.io.merging.diff import diff_flat, summary
    from orgdesigner.io.merging.flat import flatten_project
    from orgdesigner.io.project.codec import conflict_to_json

    return {
        "format": MERGE_FORMAT,
        "format_version": MERGE_VERSION,
        "output": output,
        "clean": result.clean,
        "summary": summary(diff_flat(flatten_project(base), flatten_project(result.project))),
        "conflicts": [conflict_to_json(c) for c in result.new_conflicts],
        # what the merged file holds (ours where a conflict is left), analysed as `check` does
        "scenarios": scenarios_json(result.project),
    }
