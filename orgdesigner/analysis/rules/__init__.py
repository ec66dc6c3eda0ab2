"""Every rule module; importing this package registers all rules in `findings.RULES`."""

from orgdesigner.analysis.rules import (  # noqa: F401
    accountability,
    authority,
    categories,
    decisions,
    dotted,
    economy,
    intraprenad_candidates,
    purchaser,
    structure,
    trade,
    unused,
    vardval,
)
