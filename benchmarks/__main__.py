"""Run every benchmarks/bench_*.py in its own process and write build/bench.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "build" / "bench.json"


def main() -> int:
    only = sys.argv[1:]
    records = []
    for module in sorted(HERE.glob("bench_*.py")):
        if only and module.stem not in only:
            continue
        print(f"running {module.stem} …", flush=True)
        out = subprocess.run(
            [sys.executable, "-m", f"benchmarks.{module.stem}"],
            capture_output=True,
            text=True,
            cwd=HERE.parent,
        )
        if out.returncode != 0:
            print(out.stderr, file=sys.stderr)
            return out.returncode
        for record in json.loads(out.stdout):
            record["module"] = module.stem
            records.append(record)
            target = "" if record["target_s"] is None else f" (target {record['target_s']} s"
            if record.get("target_mb") is not None:
                target += f"{'; ' if target else ' ('}peak target {record['target_mb']:.0f} MB"
            if record.get("ratio") is not None:
                target += f"; {record['ratio']}x the reference, target {record['target_ratio']}x"
            if target:
                target += f": {'ok' if record['meets_target'] else 'MISSED'})"
            peak_of = record.get("peak_of", "bench process")
            if record.get("cpu_s") is not None:
                peak_of += f", CPU {record['cpu_s']:.3f} s"
            print(f"  {record['name']}: {record['median_s']:.4f} s, peak {record['peak_mb']} MB ({peak_of}){target}")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
