"""How many errors and warnings are open (not acknowledged): the status bar's and the screen
reader's figures, counted once a file's findings show and again after each action."""

from __future__ import annotations

from operator import attrgetter

from orgdesigner.analysis.findings import Finding, Severity

_SEVERITY = attrgetter("severity")
_ACKNOWLEDGED = attrgetter("acknowledged")


def open_errors_and_warnings(findings: list[Finding]) -> tuple[int, int]:
    """The errors and warnings not acknowledged (an acknowledgement's comment may be empty),
    counted at C speed: 120,000 findings at 50,000 units took 0.1 s in a Python loop."""
    severities = list(map(_SEVERITY, findings))
    errors, warnings = severities.count(Severity.ERROR), severities.count(Severity.WARNING)
    if list(map(_ACKNOWLEDGED, findings)).count(None) != len(findings):  # some acknowledged
        for finding in findings:
            if finding.acknowledged is not None:
                errors -= finding.severity is Severity.ERROR
                warnings -= finding.severity is Severity.WARNING
    return errors, warnings
