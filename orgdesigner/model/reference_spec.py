"""Reference structures for the omvärldsanalys, as plain data (read from
resources/references/*.json by `orgdesigner.io.bundled.reference_file`).

A reference is either an *archetype* (a way of running the region's own primary care, with a
structure template that can be applied to a scenario), a *region* (sourced facts about how one
other region does it, placed under the archetype its facts fit, or under none), or *national*
facts. Every fact names its sources; a fact without a source is refused when the file is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.template_spec import Template, Text

ReferenceKind = Literal["archetype", "region", "national"]
#: What a fact is about; the omvärld view groups facts by it.
FactTopic = Literal["form", "board", "purchaser", "units", "intraprenad", "trade"]


@dataclass(frozen=True, slots=True)
class Source:
    address: str  # the page's address as recorded (may be shortened with "…")
    year: str | None  # "2019" or "2016–2019"; None: the page carries no date
    approximate: bool = False  # the year is the source's approximate period


@dataclass(frozen=True, slots=True)
class Fact:
    topic: FactTopic
    text: Text
    sources: tuple[Source, ...]  # never empty
    #: the kind of unit a fact about intraprenad experience concerns (own primary care is
    #: own_provider); None: not such a fact
    activity: UnitCategory | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    id: str
    kind: ReferenceKind
    name: Text
    gathered: str  # when the facts were gathered, "YYYY-MM"
    summary: Text = Text("", "")
    archetype: str | None = None  # a region: the archetype its facts place it under (None: none)
    facts: tuple[Fact, ...] = ()
    template: Template | None = None  # an archetype: the structure it stands for
    source: str = ""  # the file it came from, for messages
