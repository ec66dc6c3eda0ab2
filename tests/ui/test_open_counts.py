"""The status bar and the screen reader count the open errors and warnings: the C-speed count
gives the plain one, acknowledged findings (an empty comment too) left out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.ui.findings.open_counts import open_errors_and_warnings

findings_strategy = st.lists(st.builds(
    Finding, rule=st.just("R"), severity=st.sampled_from(list(Severity)), message_sv=st.just("f"),
    message_en=st.just("f"), subjects=st.builds(Subjects, units=st.lists(st.sampled_from("abc"), max_size=2).map(tuple)),
    acknowledged=st.none() | st.sampled_from(["", "godtas"]),
), max_size=40)


@settings(max_examples=300, deadline=None)
@given(findings_strategy)
def test_open_errors_and_warnings_are_counted_as_plainly(findings):
    open_ones = [f for f in findings if f.acknowledged is None]
    plain = (sum(f.severity is Severity.ERROR for f in open_ones), sum(f.severity is Severity.WARNING for f in open_ones))
    assert open_errors_and_warnings(findings) == plain
