"""A project document (the JSON a save writes) as a flat map of entities, and back.

Diff and merge work on entities and fields, never on JSON text: every function, decision,
scenario, unit, role cell, trade service, trade flow and acknowledgement becomes one entry keyed
by a tuple such as `("unit", scenario_id, unit_id)`. Most entries map field names to JSON values;
role cells, flows and acknowledgements hold their single value directly (they are 100,000 of a
large project, and a plain value compares fastest). The map keeps document order, so
`unflatten(flatten(doc))` writes the same file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from orgdesigner.io.project.fast_file import ProjectFile as ProjectFileModel
    from orgdesigner.model.entities import Project

Key = tuple[str, ...]
Entity = Any  # dict[str, JSON value] for most kinds; a plain value for the SCALAR kinds
Flat = dict[Key, Entity]

#: kinds whose entry is one value, and the name that value has in words and conflict records
SCALAR_FIELD = {"role": "role", "flow": "volume", "ack": "comment"}
#: scenario fields held under these prefixes are the economic rules and the trade assumptions
ECONOMY = "economy."
TRADE_ASSUMPTIONS = "trade_assumptions"
_SCENARIO_PLAIN = ("name", "description", "effective_date", "structure", "proposal", "paper")
HISTORY: Key = ("history",)
HISTORY_FIELDS = ("note", "buyers", "records", "events")


def flatten(doc: dict[str, Any]) -> Flat:
    """The entities of a project document (as `project_to_json` writes it), in document order."""
    flat: Flat = {
        ("project",): dict(doc.get("project", {})),
        ("case",): dict(doc.get("case", {})),
        ("settings",): dict(doc.get("settings", {})),
    }
    for f in doc.get("functions", []):
        flat[("function", f["id"])] = {k: v for k, v in f.items() if k != "id"}
    for d in doc.get("decisions", []):
        flat[("decision", d["id"])] = {k: v for k, v in d.items() if k != "id"}
    for s in doc.get("scenarios", []):
        sid = s["id"]
        fields = {k: s.get(k) for k in _SCENARIO_PLAIN}
        for k, v in s.get("economy", {}).items():
            fields[ECONOMY + k] = v
        trade = s.get("trade") or {}
        fields[TRADE_ASSUMPTIONS] = trade.get("assumptions")
        flat[("scenario", sid)] = fields
        for u in s.get("units", []):
            flat[("unit", sid, u["id"])] = {k: v for k, v in u.items() if k != "id"}
        for fid, by_resp in s.get("assignments", {}).items():
            for resp, by_unit in by_resp.items():
                for uid, role in by_unit.items():
                    flat[("role", sid, fid, resp, uid)] = role
        for svc in trade.get("services", []):
            flat[("service", sid, svc["id"])] = {k: v for k, v in svc.items() if k != "id"}
        for flow in trade.get("flows", []):
            flat[("flow", sid, flow["buyer"], flow["service"])] = flow["volume"]
    for a in doc.get("acknowledgements", []):
        flat[("ack", a["scenario"], a["finding"])] = a["comment"]
    _flatten_history(flat, doc.get("trade_history") or {})
    return flat


def _flatten_history(flat: Flat, history: dict[str, Any]) -> None:
    """The volume history is one entity: its note, buyers, records and events are its fields
    (merged as wholes: two edits of the records conflict rather than mix two imports)."""
    if history:
        flat[HISTORY] = {k: history.get(k) for k in HISTORY_FIELDS}


def unflatten(flat: Flat, head: dict[str, Any]) -> dict[str, Any]:
    """A project document from entities (in the map's order); `head` gives format fields and
    anything not flattened (the conflict records)."""
    doc: dict[str, Any] = dict(head)
    doc["project"] = flat.get(("project",), {})
    doc["case"] = flat.get(("case",), {})
    doc["settings"] = flat.get(("settings",), {})
    functions: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    scenarios: dict[str, dict[str, Any]] = {}
    acks: list[dict[str, Any]] = []

    def scenario(sid: str) -> dict[str, Any]:
        # entries of a scenario that is gone are dropped here; merge never leaves any
        return scenarios.get(sid) or {"units": [], "assignments": {}, "_services": [], "_flows": []}

    for key, value in flat.items():
        kind = key[0]
        if kind == "function":
            functions.append({"id": key[1], **value})
        elif kind == "decision":
            decisions.append({"id": key[1], **value})
        elif kind == "scenario":
            economy: dict[str, Any] = {}
            s: dict[str, Any] = {"id": key[1], "economy": economy, "units": [], "assignments": {}, "_services": [], "_flows": []}
            for k, v in value.items():
                if k.startswith(ECONOMY):
                    economy[k[len(ECONOMY):]] = v
                elif k == TRADE_ASSUMPTIONS:
                    s["_assumptions"] = v
                else:
                    s[k] = v
            scenarios[key[1]] = s
        elif kind == "unit":
            scenario(key[1])["units"].append({"id": key[2], **value})
        elif kind == "role":
            _, sid, fid, resp, uid = key
            scenario(sid)["assignments"].setdefault(fid, {}).setdefault(resp, {})[uid] = value
        elif kind == "service":
            scenario(key[1])["_services"].append({"id": key[2], **value})
        elif kind == "flow":
            scenario(key[1])["_flows"].append({"buyer": key[2], "service": key[3], "volume": value})
        elif kind == "ack":
            acks.append({"scenario": key[1], "finding": key[2], "comment": value})
        elif kind == HISTORY[0]:
            doc["trade_history"] = {k: v for k, v in value.items() if v is not None}
    out = []
    for s in scenarios.values():
        services, flows, assumptions = s.pop("_services"), s.pop("_flows"), s.pop("_assumptions", None)
        trade: dict[str, Any] = {}
        if services or flows or assumptions is not None:
            trade = {"services": services, "flows": flows}
            if assumptions is not None:
                trade["assumptions"] = assumptions
        s["trade"] = trade
        out.append(s)
    doc["functions"], doc["decisions"], doc["scenarios"], doc["acknowledgements"] = functions, decisions, out, acks
    return doc


def references(key: Key, value: Entity) -> list[Key]:
    """The entities `key` points at: what must exist for the file to pass the reference checks."""
    kind = key[0]
    if kind == "unit":
        sid = key[1]
        refs: list[Key] = [("scenario", sid)]
        if value.get("parent") is not None:
            refs.append(("unit", sid, value["parent"]))
        refs += [("decision", d) for d in value.get("decisions", ())]
        refs += [("unit", sid, line["to"]) for line in value.get("dotted", ())]  # dotted lines' targets
        return refs
    if kind == "role":
        _, sid, fid, _resp, uid = key
        return [("scenario", sid), ("function", fid), ("unit", sid, uid)]
    if kind == "scenario":
        return [("decision", d) for d in value.get(ECONOMY + "decisions") or ()]
    if kind == "service":
        sid = key[1]
        refs = [("scenario", sid), ("unit", sid, value["supplier"])]
        if value.get("pna_alternative") is not None:
            refs.append(("service", sid, value["pna_alternative"]))
        return refs
    if kind == "flow":
        return [("scenario", key[1]), ("unit", key[1], key[2]), ("service", key[1], key[3])]
    if kind == "ack":
        return [("scenario", key[1])]
    return []


def flatten_project(project: Project) -> Flat:
    """`flatten(project_to_json(project))` without building the document first: the merge of two
    100,000-role projects reads each role once here instead of sorting it into JSON and back."""
    from orgdesigner.io.project.codec import case_to_json, paper_to_json, project_head
    from orgdesigner.io.project.economy_codec import economy_to_json
    from orgdesigner.io.project.trade_codec import trade_to_json
    from orgdesigner.io.project.unit_codec import unit_to_json

    head = project_head(project)
    flat: Flat = {("project",): head["project"], ("case",): case_to_json(project.case), ("settings",): head["settings"]}
    for f in head["functions"]:
        flat[("function", f.pop("id"))] = f
    for d in head["decisions"]:
        flat[("decision", d.pop("id"))] = d
    for s in project.scenarios.values():
        sid = s.id
        fields: dict[str, Any] = {
            "name": s.name, "description": s.description,
            "effective_date": None if s.effective_date is None else s.effective_date.isoformat(),
            "structure": s.structure.value, "proposal": s.proposal, "paper": paper_to_json(s.paper),
        }
        for k, v in economy_to_json(s.economy).items():
            fields[ECONOMY + k] = v
        trade = trade_to_json(s.trade)
        fields[TRADE_ASSUMPTIONS] = trade.get("assumptions")
        flat[("scenario", sid)] = fields
        for u in s.units.values():
            unit = unit_to_json(u)
            del unit["id"]
            flat[("unit", sid, u.id)] = unit
        for (uid, fid, resp), role in s.assignments.items():
            flat[("role", sid, fid, str(resp), uid)] = str(role)
        for svc in trade.get("services", []):
            flat[("service", sid, svc.pop("id"))] = svc
        for flow in trade.get("flows", []):
            flat[("flow", sid, flow["buyer"], flow["service"])] = flow["volume"]
    for (sid, finding), a in sorted(project.acknowledgements.items()):
        flat[("ack", sid, finding)] = a.comment
    from orgdesigner.io.project.history_codec import history_to_json

    _flatten_history(flat, history_to_json(project.trade_history))
    return flat


def flatten_model(model: ProjectFileModel) -> Flat:
    """`flatten_project(project_from_model(model))` straight from the validated file model:
    diff and merge skip building the domain project (two thirds of a large file's load)."""
    from orgdesigner.io.project.codec import (
        _date,
        case_from_model,
        case_to_json,
        paper_from_model,
        paper_to_json,
    )
    from orgdesigner.io.project.economy_codec import economy_from_model, economy_to_json
    from orgdesigner.io.project.trade_codec import trade_from_model, trade_to_json
    from orgdesigner.io.project.unit_codec import entry_to_json

    info, settings = model.project, model.settings
    flat: Flat = {
        ("project",): {"name": info.name, "organisation": info.organisation, "reference": info.reference,
                       "description": info.description, "created": _date(info.created), "modified": _date(info.modified)},
        ("case",): case_to_json(case_from_model(model.case)),
        ("settings",): {"span_of_control_max": settings.span_of_control_max, "layers_max": settings.layers_max,
                        "disabled_rules": sorted(set(settings.disabled_rules)),
                        "severity_overrides": dict(sorted(settings.severity_overrides.items())),
                        "top_management": settings.top_management},
    }
    for f in model.functions:
        flat[("function", f.id)] = {"name": f.name, "category": f.category.value, "vardval": f.vardval,
                                    "description": f.description, "follows_up": f.follows_up}
    for d in model.decisions:
        flat[("decision", d.id)] = {"title": d.title, "valid_from": _date(d.valid_from), "valid_until": _date(d.valid_until),
                                    "description": d.description}
    for s in model.scenarios:
        sid = s.id
        fields: dict[str, Any] = {
            "name": s.name, "description": s.description, "effective_date": _date(s.effective_date),
            "structure": s.structure.value, "proposal": s.proposal, "paper": paper_to_json(paper_from_model(s.paper)),
        }
        for k, v in economy_to_json(economy_from_model(s.economy)).items():
            fields[ECONOMY + k] = v
        trade = trade_to_json(trade_from_model(s.trade))
        fields[TRADE_ASSUMPTIONS] = trade.get("assumptions")
        flat[("scenario", sid)] = fields
        for u in s.units:
            unit = entry_to_json(u)
            del unit["id"]
            flat[("unit", sid, u.id)] = unit
        for fid, by_resp in s.assignments.items():
            for resp, by_unit in by_resp.items():
                r = str(resp)
                for uid, role in by_unit.items():
                    flat[("role", sid, fid, r, uid)] = str(role)
        for svc in trade.get("services", []):
            flat[("service", sid, svc.pop("id"))] = svc
        for flow in trade.get("flows", []):
            flat[("flow", sid, flow["buyer"], flow["service"])] = flow["volume"]
    comments = {(a.scenario, a.finding): a.comment for a in model.acknowledgements}
    for (sid, finding), comment in sorted(comments.items()):
        flat[("ack", sid, finding)] = comment
    from orgdesigner.io.project.history_codec import history_from_model, history_to_json

    _flatten_history(flat, history_to_json(history_from_model(model.trade_history)))
    return flat
