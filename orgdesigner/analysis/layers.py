"""The layer of every unit in the reporting tree (1 for a root), shared by the context and R09.

Its own module so the context can compute layers without importing a rule module (which imports
the context): no import cycle inside the analysis package.
"""

from __future__ import annotations

from orgdesigner.model.entities import Unit


def unit_depths(units: dict[str, Unit], children: dict[str | None, set[str]] | None = None) -> dict[str, int]:
    """Layer of every unit not in or under a cycle: 1 for a root (or a unit whose parent is missing).

    `children`: each unit's direct reports, matching the units' parents (ScenarioIndex.children);
    with it the layers come from one walk down from the roots.
    """
    if children is not None:
        depth: dict[str, int] = {uid: 1 for uid, unit in units.items() if unit.parent_id is None or unit.parent_id not in units}
        level = list(depth)
        d = 1
        while level:  # units in or under a cycle are never reached from a root
            d += 1
            level = [kid for uid in level for kid in children.get(uid, ())]
            depth.update(dict.fromkeys(level, d))
        return depth
    depth = {}
    broken: set[str] = set()
    for start in units:
        path: list[str] = []
        on_path: set[str] = set()
        x = start
        base: int | None = 0
        while x not in depth:
            if x in broken or x in on_path:
                base = None
                break
            path.append(x)
            on_path.add(x)
            parent = units[x].parent_id
            if parent is None or parent not in units:
                break
            x = parent
        else:
            base = depth[x]
        if base is None:
            broken.update(path)
            continue
        for offset, y in enumerate(reversed(path), start=1):
            depth[y] = base + offset
    return depth
