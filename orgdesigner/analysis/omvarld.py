"""Where a scenario stands on the questions an omvärldsanalys asks, and the same for each
archetype of how other regions run their own primary care, applied to a copy of the scenario.

The questions (the review of a region's own primary care asks them): who orders vårdval and who
runs the own units, and where in the hierarchy the two meet; whether the own units have a board
or a director of their own; their form, result responsibility and authority; and what the
clarity analysis finds. `stance` answers them from the structure alone, so the planner's scenario
and every reference are measured by one rule.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from orgdesigner.analysis.engine import AnalysisResult, analyze_scenario
from orgdesigner.analysis.findings import Severity
from orgdesigner.analysis.top import top_management
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.entities import Decision, Project, Scenario
from orgdesigner.model.enums import Authority, Responsibility, Role, UnitCategory, UnitForm
from orgdesigner.model.template_spec import Template
from orgdesigner.model.templates import TemplateError, TemplateParams, applied_scenario

#: Where ordering and own delivery first meet going up the reporting lines: at the region's top
#: management, lower down in a shared line, inside egenregi (the purchaser under its head), in no
#: common unit, or unknown (no purchaser or no own units).
Meeting = Literal["top", "line", "inside", "apart", "unknown"]

CANDIDATE_RULE = "R13-intraprenad-candidate"  # the rule naming candidates for intraprenad terms
_RESULT_FORMS = frozenset({UnitForm.INTRAPRENAD, UnitForm.RESULT, UnitForm.GROUP_MANAGEMENT})


@dataclass(frozen=True)
class Stance:
    purchasers: tuple[str, ...]  # units accountable for ordering vårdval (else: purchaser units)
    provider_head: str | None  # the unit heading the own providers
    own_units: int  # own-provider units in the scenario
    headed_units: int  # of those: inside the provider head's subtree
    meeting_point: str | None  # lowest unit above both the purchaser and the provider head
    meeting: Meeting
    boards: tuple[str, ...]  # governance units over the own units alone (a board of their own)
    head_form: UnitForm | None
    head_authorities: frozenset[Authority]
    intraprenader: int  # own units run as intraprenad
    result_units: int  # own units with result responsibility (form or authority)
    errors: int
    warnings: int
    infos: int
    clarity_index: float
    candidates: tuple[str, ...] = ()  # units the analysis names as candidates for intraprenad terms

    @property
    def own_director(self) -> bool:
        """One unit heads every own provider: the own units have a director of their own."""
        return self.provider_head is not None and self.headed_units == self.own_units


def provider_head(scenario: Scenario) -> str | None:
    """The top own-provider unit over the most own providers (the head of egenregi)."""
    units = scenario.units
    own = {uid for uid, u in units.items() if u.category is UnitCategory.OWN_PROVIDER}
    tops = [uid for uid in own if units[uid].parent_id not in own]
    if not tops:
        return None
    size = {uid: sum(1 for d in scenario.subtree(uid) if d in own) for uid in tops}
    order = {uid: i for i, uid in enumerate(units)}
    return min(tops, key=lambda uid: (-size[uid], order[uid]))


def _purchasers(project: Project, scenario: Scenario) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for key, role in scenario.assignments.items():
        function = project.functions.get(key.function_id)
        if (role is Role.ACCOUNTABLE and key.responsibility is Responsibility.ORDERING
                and function is not None and function.vardval and key.unit_id in scenario.units):
            counts[key.unit_id] = counts.get(key.unit_id, 0) + 1
    if not counts:
        counts = {uid: 1 for uid, u in scenario.units.items() if u.category is UnitCategory.PURCHASER}
    order = {uid: i for i, uid in enumerate(scenario.units)}
    return tuple(sorted(counts, key=lambda uid: (-counts[uid], order[uid])))


def _governs_only(scenario: Scenario, board: str, headed: set[str]) -> bool:
    """`board` governs the own units and nothing else: every unit below it that is not itself
    governance lies in the provider head's subtree (a hälso- och sjukvårdsdirektör who also heads
    the hospitals is not a board of the own units)."""
    units = scenario.units
    return all(uid in headed or units[uid].category is UnitCategory.GOVERNANCE for uid in scenario.subtree(board))


def _meeting(project: Project, scenario: Scenario, purchaser: str | None, head: str | None) -> tuple[str | None, Meeting, tuple[str, ...]]:
    if purchaser is None or head is None:
        return None, "unknown", ()
    if purchaser == head or head in scenario.ancestors(purchaser):
        return head, "inside", ()
    head_line = [head, *scenario.ancestors(head)]
    purchaser_line = set(scenario.ancestors(purchaser))
    headed = set(scenario.subtree(head))
    for i, uid in enumerate(head_line):
        if uid in purchaser_line:
            boards = tuple(b for b in head_line[1:i]
                           if scenario.units[b].category is UnitCategory.GOVERNANCE and _governs_only(scenario, b, headed))
            top = top_management(scenario, project.settings.top_management).units
            return uid, "top" if uid in top else "line", boards
    return None, "apart", ()


def stance(project: Project, scenario: Scenario, result: AnalysisResult | None = None) -> Stance:
    """`result`: the scenario's analysis when the caller has it already (the window's live one)."""
    units = scenario.units
    purchasers = _purchasers(project, scenario)
    head = provider_head(scenario)
    meeting_point, meeting, boards = _meeting(project, scenario, purchasers[0] if purchasers else None, head)
    own = [u for u in units.values() if u.category is UnitCategory.OWN_PROVIDER]
    headed = set(scenario.subtree(head)) if head is not None else set()
    if result is None:
        result = analyze_scenario(project, scenario)
    by_severity = {s: 0 for s in Severity}
    candidates: list[str] = []
    for finding in result.findings:
        if finding.acknowledged is None:  # an acknowledgement may carry no comment
            by_severity[finding.severity] += 1
        if finding.rule == CANDIDATE_RULE:
            candidates.extend(u for u in finding.subjects.units if u not in candidates)
    return Stance(
        purchasers=purchasers,
        provider_head=head,
        own_units=len(own),
        headed_units=sum(1 for u in own if u.id in headed),
        meeting_point=meeting_point,
        meeting=meeting,
        boards=boards,
        head_form=units[head].form if head is not None else None,
        head_authorities=units[head].authorities if head is not None else frozenset(),
        intraprenader=sum(1 for u in own if u.form is UnitForm.INTRAPRENAD),
        result_units=sum(1 for u in own if u.form in _RESULT_FORMS or Authority.RESULT_RESPONSIBILITY in u.authorities),
        errors=by_severity[Severity.ERROR],
        warnings=by_severity[Severity.WARNING],
        infos=by_severity[Severity.INFO],
        clarity_index=result.metrics.clarity_index,
        candidates=tuple(candidates),
    )


@dataclass(frozen=True)
class Standing:
    """One column of the comparison: a scenario as it is, or an archetype applied to its copy."""

    reference_id: str | None  # None: the planner's own scenario
    scenario: Scenario  # the scenario measured (a scratch copy for a reference)
    stance: Stance | None  # None when the archetype cannot be applied here
    problem: str = ""  # why it cannot be applied (the template's own message)


def apply_archetype(project: Project, scenario_id: str, template: Template, lang: str = "sv") -> tuple[Scenario, dict[str, Decision]]:
    """`template` applied at the head of egenregi of a copy of the scenario; nothing changes."""
    source = project.scenarios[scenario_id]
    head = provider_head(source)
    if head is None:
        raise TemplateError(Refusal.NO_OWN_PROVIDER)
    return applied_scenario(project, scenario_id, template, TemplateParams(root_id=head, lang=lang))


def compare_with_archetypes(project: Project, scenario_id: str, archetypes: Sequence[tuple[str, Template]], lang: str = "sv",
                            result: AnalysisResult | None = None) -> list[Standing]:
    """The scenario's standing, then each archetype's (id, template) applied to a copy of it;
    `result`: the scenario's own analysis when the caller has it."""
    scenario = project.scenarios[scenario_id]
    out = [Standing(None, scenario, stance(project, scenario, result))]
    for ref_id, template in archetypes:
        try:
            applied, decisions = apply_archetype(project, scenario_id, template, lang)
        except TemplateError as exc:
            out.append(Standing(ref_id, scenario, None, exc.words(lang)))
            continue
        scratch = dataclasses.replace(project, decisions=decisions, scenarios={applied.id: applied}, acknowledgements={})
        out.append(Standing(ref_id, applied, stance(scratch, applied)))
    return out
