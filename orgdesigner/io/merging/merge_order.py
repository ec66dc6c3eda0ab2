"""The order of siblings after a three-way merge, decided parent by parent.

A unit's children are drawn in the order the file lists them, so the merge decides that order
for each parent on its own: the side that reordered that parent's children gives their order
(ours when both did); units either side put there anew follow the sibling they follow on their
own side, ours before theirs when both put units after the same sibling. Sibling order never
makes a conflict, and the same three files always give the same order.
"""

from __future__ import annotations

from collections.abc import Iterable

from orgdesigner.io.merging.flat import Flat, Key

Group = tuple[str, str | None]  # (scenario id, parent id)


def _by_parent(order: Iterable[Key], flat: Flat, merged: Flat) -> dict[Group, list[Key]]:
    """Units of `flat` that the merge keeps, grouped under the parent `flat` gives them, in its order."""
    out: dict[Group, list[Key]] = {}
    for key in order:
        if key[0] == "unit" and key in merged:
            out.setdefault((key[1], flat[key].get("parent")), []).append(key)
    return out


def _reordered(side: list[Key], base: list[Key]) -> bool:
    """Whether `side` changed the relative order of the siblings it shares with `base`."""
    in_base, in_side = set(base), set(side)
    return [k for k in side if k in in_base] != [k for k in base if k in in_side]


def merge_siblings(ours: list[Key], theirs: list[Key], base: list[Key]) -> list[Key]:
    """One parent's children: the reordering side's order of the siblings both sides have there,
    each side's own additions after the sibling they follow on that side, ours first."""
    primary, other = (theirs, ours) if _reordered(theirs, base) and not _reordered(ours, base) else (ours, theirs)
    in_other = set(other)
    skeleton = [k for k in primary if k in in_other]
    in_skeleton = set(skeleton)

    def anchored(seq: list[Key]) -> dict[Key | None, list[Key]]:
        after: dict[Key | None, list[Key]] = {}
        prev: Key | None = None
        for key in seq:
            if key in in_skeleton:
                prev = key
            else:
                after.setdefault(prev, []).append(key)
        return after

    mine, yours = anchored(ours), anchored(theirs)
    out: list[Key] = []
    for anchor in [None, *skeleton]:
        if anchor is not None:
            out.append(anchor)
        out += mine.get(anchor, ())
        out += yours.get(anchor, ())
    return out


def order_siblings(order: list[Key], merged: Flat, base: Flat, ours: Flat, theirs: Flat) -> list[Key]:
    """`order` (every merged key) with each parent's children put in their merged order; the
    children keep the places in `order` their parent's children had, so nothing else moves."""
    groups = _by_parent(order, merged, merged)
    if not groups:
        return order
    sides = [_by_parent(flat, flat, merged) for flat in (ours, theirs, base)]
    placed: dict[Key, Key] = {}  # key at a position -> key that goes there
    for group, members in groups.items():
        if len(members) < 2:
            continue
        here = set(members)
        o, t, b = ([k for k in side.get(group, ()) if k in here] for side in sides)
        wanted = merge_siblings(o, t, b)
        seen = set(wanted)
        wanted += [k for k in members if k not in seen]  # put here by neither side (restored)
        if wanted != members:
            placed.update(zip(members, wanted, strict=True))
    if not placed:
        return order
    return [placed.get(k, k) for k in order]
