"""The findings dock's fast cause grouping gives exactly the plain one: analysis.findings.by_cause,
each group keyed by its cause and with its acknowledged findings last (as the dock showed it)."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.analysis.findings import Finding, Severity, Subjects, by_cause, cause_key
from orgdesigner.model.enums import Responsibility
from orgdesigner.ui.findings.causes import acknowledged_last, cause_groups


def plain(findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    """What the dock grouped by before: by_cause, keyed, acknowledged findings last."""
    return [(cause_key(g[0]), acknowledged_last(g)) for g in by_cause(findings)]


# ids are any text in a project file: the key's separators (',' and '|') included
ids = st.text(alphabet="ab,|", min_size=1, max_size=3)
subjects = st.builds(
    Subjects,
    units=st.lists(ids, max_size=3).map(tuple),
    functions=st.lists(st.sampled_from(["a", "b", "a,b", "a|b"]), max_size=2).map(tuple),
    responsibility=st.none() | st.sampled_from(list(Responsibility)[:3]),
    decisions=st.lists(ids, max_size=1).map(tuple),
)
findings_strategy = st.builds(
    Finding,
    rule=st.sampled_from(["R1", "R10", "R2-x", "R02"]),
    severity=st.sampled_from(list(Severity)),
    message_sv=st.just("fynd"),
    message_en=st.just("finding"),
    subjects=subjects,
    acknowledged=st.none() | st.sampled_from(["", "godtas"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(findings_strategy, max_size=40), st.booleans(), st.randoms(use_true_random=False))
def test_cause_groups_are_by_cause_groups(findings, analysis_order, rnd):
    """In any order (the analysis sorts its findings by severity, rule and key; a filter keeps
    that order; other callers may not), duplicates and empty comments included."""
    findings = findings + rnd.sample(findings, len(findings) // 3)  # the same finding twice
    if analysis_order:
        findings.sort(key=lambda f: (["error", "warning", "info"].index(f.severity.value), f.rule, f.key))
    else:
        rnd.shuffle(findings)
    assert cause_groups(findings) == plain(findings)


def test_at_region_size_too():
    """A region's shape: many one-finding causes, some causes seen from four rules' sides."""
    rnd = random.Random(34)
    responsibilities = list(Responsibility)
    findings = []
    for i in range(5000):
        if i % 3:
            function = f"f{rnd.randrange(400)}"
            subject = Subjects((f"u{rnd.randrange(2000)}",), (function,), rnd.choice(responsibilities))
        else:
            subject = Subjects((f"u{i}", f"u{i + 1}"))
        findings.append(Finding(rnd.choice(["R02-double", "R04-split", "R06-authority", "R11-vardval"]),
                                rnd.choice(list(Severity)), "fynd", "finding", subject,
                                "godtas" if rnd.random() < 0.01 else None))
    findings.sort(key=lambda f: (["error", "warning", "info"].index(f.severity.value), f.rule, f.key))
    groups = cause_groups(findings)
    assert groups == plain(findings)
    assert len(groups) < len(findings) and max(len(items) for _, items in groups) > 4


def test_two_causes_whose_first_findings_share_a_key_keep_by_causes_order():
    """Ids holding the key's separator: two causes' first findings have one key ('R1:u|x|y|…'),
    and by_cause orders such causes by where each is first seen."""
    resp = list(Responsibility)[0]
    one, other = Subjects(("u|x",), ("y",), resp), Subjects(("u",), ("x|y",), resp)
    a, a2 = (Finding(rule, Severity.ERROR, "a", "a", one) for rule in ("R1", "R2"))
    b, b2 = (Finding(rule, Severity.ERROR, "b", "b", other) for rule in ("R1", "R2"))
    assert a.key == b.key and cause_key(a) != cause_key(b)
    findings = [a2, b2, b, a]  # a's cause is seen first, b's first finding comes before a's
    assert [key for key, _ in cause_groups(findings)] == [cause_key(a), cause_key(b)]
    assert cause_groups(findings) == plain(findings)
