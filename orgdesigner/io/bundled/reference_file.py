"""Omvärld reference structures as data files (resources/references/*.json; format in
docs/references.md).

`load_references()` reads the bundled folder and checks every file: the shape, that every fact
names at least one of the file's sources, that a region's archetype exists and that an
archetype's template is a bundled template id or a template body (as in a template file). A broken
file raises `ReferenceFileError` naming the file and the JSON path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import orjson
from pydantic import Field, ValidationError

from orgdesigner.io.bundled.template_file import (
    FORMAT_NAME as TEMPLATE_FORMAT,
)
from orgdesigner.io.bundled.template_file import (
    FORMAT_VERSION as TEMPLATE_VERSION,
)
from orgdesigner.io.bundled.template_file import (
    Key,
    StrictModel,
    TemplateFileError,
    TextModel,
    load_templates,
    parse_template,
    read_data_file,
)
from orgdesigner.io.errors import Problem, ProjectFileError
from orgdesigner.io.project.project_file import json_path
from orgdesigner.model.enums import UnitCategory
from orgdesigner.model.reference_spec import Fact, FactTopic, Reference, ReferenceKind, Source
from orgdesigner.model.template_spec import Template, Text
from orgdesigner.resources import resource_path

FORMAT_NAME = "orgdesigner-reference"

Long = Annotated[str, Field(min_length=1, max_length=5000)]


class ReferenceFileError(ProjectFileError):
    """A reference file that cannot be used; names the file and every problem."""


class SourceModel(StrictModel):
    address: Long
    year: Annotated[str, Field(pattern=r"^\d{4}(–\d{4})?$")] | None
    approximate: bool = False


class FactModel(StrictModel):
    topic: FactTopic
    sv: Long
    en: Long
    sources: Annotated[list[Annotated[int, Field(ge=0)]], Field(min_length=1)]
    activity: UnitCategory | None = None


class ReferenceFileModel(StrictModel):
    format: Literal["orgdesigner-reference"]
    format_version: Literal[1]
    kind: ReferenceKind
    id: Key
    name: TextModel
    gathered: Annotated[str, Field(pattern=r"^\d{4}-\d{2}$")]
    summary: TextModel | None = None
    archetype: Key | None = None
    sources: list[SourceModel] = []
    facts: list[FactModel] = []
    template: Key | dict[str, object] | None = None


def _problems(exc: ValidationError) -> list[Problem]:
    return [Problem(json_path(tuple(item["loc"])), item["msg"]) for item in exc.errors(include_url=False)[:20]]


def _template(model: ReferenceFileModel, templates: dict[str, Template], path: Path | str | None) -> Template | None:
    if model.template is None:
        return None
    if isinstance(model.template, str):
        if model.template not in templates:
            raise ReferenceFileError(path, [Problem("$.template", f"no bundled template has the id '{model.template}'")])
        return templates[model.template]
    body = {"format": TEMPLATE_FORMAT, "format_version": TEMPLATE_VERSION, **model.template}
    try:
        return parse_template(orjson.dumps(body), path)
    except TemplateFileError as exc:
        raise ReferenceFileError(path, [Problem(f"$.template{p.where.removeprefix('$')}", p.message) for p in exc.problems]) from None


def parse_reference(data: bytes, path: Path | str | None = None, templates: dict[str, Template] | None = None) -> Reference:
    """One reference file; `templates` are the bundled templates an archetype may name by id."""
    document = read_data_file(data, path, kind="reference", format_name=FORMAT_NAME, error=ReferenceFileError)
    try:
        model = ReferenceFileModel.model_validate(document)
    except ValidationError as exc:
        raise ReferenceFileError(path, _problems(exc)) from None
    problems = [
        Problem(f"$.facts[{i}].sources[{j}]", f"no source {n} in $.sources (it has {len(model.sources)})")
        for i, fact in enumerate(model.facts)
        for j, n in enumerate(fact.sources)
        if n >= len(model.sources)
    ]
    if model.kind == "archetype" and model.template is None:
        problems.append(Problem("$.template", "an archetype must name the structure it stands for"))
    if model.kind != "archetype" and model.template is not None:
        problems.append(Problem("$.template", "only an archetype carries a structure"))
    if model.kind != "archetype" and not model.facts:
        problems.append(Problem("$.facts", "a region or national reference needs at least one fact"))
    if problems:
        raise ReferenceFileError(path, problems)
    sources = [Source(s.address, s.year, s.approximate) for s in model.sources]
    return Reference(
        id=model.id,
        kind=model.kind,
        name=model.name.spec(),
        gathered=model.gathered,
        summary=model.summary.spec() if model.summary is not None else Text("", ""),
        archetype=model.archetype,
        facts=tuple(Fact(f.topic, Text(f.sv, f.en), tuple(sources[n] for n in f.sources), f.activity) for f in model.facts),
        template=_template(model, templates or {}, path),
        source=str(path) if path is not None else "",
    )


def bundled_reference_dir() -> Path:
    return resource_path("references")


def load_references(folder: Path | None = None) -> list[Reference]:
    """Every reference in `folder` (default: the bundled one), archetypes first, then regions by
    name, then national facts. Raises `ReferenceFileError` on the first broken file, or when a
    region names an archetype that does not exist."""
    templates = {t.id: t for t in load_templates()[0]}
    found: list[Reference] = []
    for path in sorted(Path(folder or bundled_reference_dir()).glob("*.json")):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReferenceFileError(path, [Problem("", exc.strerror or str(exc))]) from None
        found.append(parse_reference(data, path, templates))
    archetypes = {r.id for r in found if r.kind == "archetype"}
    for ref in found:
        if ref.archetype is not None and ref.archetype not in archetypes:
            raise ReferenceFileError(ref.source, [Problem("$.archetype", f"no archetype has the id '{ref.archetype}'")])
    order = {"archetype": 0, "region": 1, "national": 2}
    return sorted(found, key=lambda r: (order[r.kind], r.name.sv if r.kind != "archetype" else "", found.index(r)))
