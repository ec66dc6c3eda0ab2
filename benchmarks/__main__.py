"""Run every benchmarks/bench_*.py in its own process and write build/bench.json.

`python -m benchmarks [bench_x ...]` runs the named modules only; their records replace that
module's in build/bench.json and the others' stay. Each target is printed with its own verdict
(time, ratio to the reference, peak memory). The exit status is 1 when any record misses a
target or a module fails, 0 only when every target holds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "bench.json"


def verdicts(record: dict[str, Any]) -> str:
    """Each target with its own verdict: "0.0930 s (target 0.3 s: ok) · 1.9x … (target 6x: MISSED)"."""

    def mark(ok: bool | None) -> str:
        return "ok" if ok else "MISSED"

    parts = [f"{record['median_s']:.4f} s" + (f" (target {record['target_s']} s: {mark(record.get('meets_time'))})"
                                               if record.get("target_s") is not None else "")]
    if record.get("ratio") is not None:
        parts.append(f"{record['ratio']}x the reference (target {record['target_ratio']}x: {mark(record.get('meets_ratio'))})")
    memory = f"peak {record['peak_mb']} MB ({record.get('peak_of', 'bench process')})"
    if record.get("target_mb") is not None:
        memory += f" (target {record['target_mb']:.0f} MB: {mark(record.get('meets_memory'))})"
    parts.append(memory)
    if record.get("cpu_s") is not None:
        parts.append(f"CPU {record['cpu_s']:.3f} s")
    parts.append(f"load {record.get('load_avg', '?')}")
    return " · ".join(parts)


def _previous() -> list[dict[str, Any]]:
    try:
        records = json.loads(OUT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return records if isinstance(records, list) else []


def main() -> int:
    only = sys.argv[1:]
    modules = [m for m in sorted(HERE.glob("bench_*.py")) if not only or m.stem in only]
    ran = {m.stem for m in modules}
    records = [r for r in _previous() if only and r.get("module") not in ran]
    failed: list[str] = []
    for module in modules:
        print(f"running {module.stem} …", flush=True)
        out = subprocess.run(
            [sys.executable, "-m", f"benchmarks.{module.stem}"],
            capture_output=True,
            text=True,
            cwd=HERE.parent,
        )
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            failed.append(module.stem)
            continue
        for record in json.loads(out.stdout):
            record["module"] = module.stem
            records.append(record)
            print(f"  {record['name']}: {verdicts(record)}", flush=True)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    missed = [r["name"] for r in records if r.get("module") in ran and r.get("meets_target") is False]
    for name in missed:
        print(f"MISSED: {name}")
    for name in failed:
        print(f"FAILED: {name} (no figures)")
    return 1 if missed or failed else 0


if __name__ == "__main__":
    sys.exit(main())
