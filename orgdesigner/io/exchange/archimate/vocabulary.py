"""Names the export writes and the import reads: namespaces, element types, property names.

Property names are Swedish, the language of the project; the import also accepts the English
names, so a model an architect annotated in English is read too.
"""

from __future__ import annotations

NS = "http://www.opengroup.org/xsd/archimate/3.0/"  # ArchiMate 3.1 keeps the 3.0 namespace
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SCHEMA_LOCATION = f"{NS} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"
LANG = "sv"

ACTOR = "BusinessActor"
FUNCTION = "BusinessFunction"
COMPOSITION = "Composition"
AGGREGATION = "Aggregation"
ASSIGNMENT = "Assignment"

# key -> (Swedish name, English name, ArchiMate data type)
PROPERTIES: dict[str, tuple[str, str, str]] = {
    "scenario": ("Scenario", "Scenario", "string"),
    "category": ("Kategori", "Category", "string"),
    "form": ("Form", "Form", "string"),
    "budget": ("Budget (kr)", "Budget (SEK)", "number"),
    "staff": ("Årsarbetare", "Staff (FTE)", "number"),
    "listed": ("Listade patienter", "Listed patients", "number"),
    "authorities": ("Befogenheter", "Authorities", "string"),
    "decisions": ("Beslut", "Decisions", "string"),
    "function_category": ("Funktionskategori", "Function category", "string"),
    "vardval": ("Vårdval", "Vårdval", "boolean"),
    "responsibility": ("Ansvar", "Responsibility", "string"),
    "role": ("Roll", "Role", "string"),
}
PROPERTY_KEYS = {name.casefold(): key for key, (sv, en, _t) in PROPERTIES.items() for name in (sv, en)}

LIST_SEPARATOR = "; "  # between values of one list property (decisions, authorities)


def q(tag: str) -> str:
    """A tag in the ArchiMate namespace, in lxml's {namespace}tag form."""
    return f"{{{NS}}}{tag}"
