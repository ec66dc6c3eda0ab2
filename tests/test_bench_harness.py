"""How a bench record is judged: every target it names on its own, and the run's exit status."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import benchmarks.__main__ as runner
from benchmarks._harness import Bench, Record, relative_to


def _judged(median_s: float) -> Record:
    reference = Record("bare window", median_s=0.1, runs=5, peak_mb=50.0)
    record = Record("start-up", median_s=median_s, runs=7, peak_mb=90.0, target_s=0.6)
    relative_to(record, reference, 2.5, "issue 20")
    return record


@pytest.mark.parametrize(("median_s", "time_ok", "ratio_ok"), [
    (0.20, True, True),   # 0.2 s and 2.0x: both hold
    (0.26, True, False),  # 0.26 s holds, 2.6x does not
    (0.80, False, False),  # neither
])
def test_time_and_ratio_are_judged_each_on_its_own(median_s, time_ok, ratio_ok):
    record = _judged(median_s)
    assert (record.meets_time, record.meets_ratio) == (time_ok, ratio_ok)
    assert record.meets_target is (time_ok and ratio_ok)


def test_a_slow_save_with_a_good_ratio_is_a_miss():
    """The case that printed "ok": 0.30 s against a 0.2 s target, well within its ratio."""
    reference = Record("orjson.loads", median_s=0.1, runs=5, peak_mb=50.0)
    save = Record("save", median_s=0.30, runs=5, peak_mb=90.0, target_s=0.2)
    relative_to(save, reference, 4.0, "basis")
    assert save.meets_ratio is True and save.meets_time is False
    assert save.meets_target is False


def test_memory_is_judged_beside_the_time():
    bench = Bench()
    within = bench.measure("quick but big", lambda: None, repeat=1, target_s=10.0, target_mb=0.001)
    assert (within.meets_time, within.meets_memory, within.meets_target) == (True, False, False)
    untargeted = bench.measure("no target", lambda: None, repeat=1)
    assert untargeted.meets_target is None


def test_the_run_exits_non_zero_on_a_miss_and_keeps_other_modules_figures(tmp_path, monkeypatch, capsys):
    out = tmp_path / "bench.json"
    out.write_text(json.dumps([{"name": "kept", "module": "bench_other", "meets_target": True}]))
    monkeypatch.setattr(runner, "OUT", out)
    monkeypatch.setattr(runner, "HERE", tmp_path)
    (tmp_path / "bench_fake.py").write_text("")

    def fake_run(args, **_kwargs):
        records = [
            Record("fine", median_s=0.1, runs=1, peak_mb=1.0, target_s=0.2),
            Record("slow", median_s=0.3, runs=1, peak_mb=1.0, target_s=0.2),
        ]
        for record in records:
            record.judge()
        from dataclasses import asdict

        return type("Done", (), {"returncode": 0, "stdout": json.dumps([asdict(r) for r in records]), "stderr": ""})()

    monkeypatch.setattr(runner.subprocess, "run", fake_run)
    monkeypatch.setattr(sys, "argv", ["benchmarks", "bench_fake"])
    assert runner.main() == 1
    printed = capsys.readouterr().out
    assert "0.3000 s (target 0.2 s: MISSED)" in printed and "MISSED: slow" in printed
    assert [r["name"] for r in json.loads(out.read_text())] == ["kept", "fine", "slow"]


def test_the_readme_table_comes_from_the_records_with_each_verdict_and_the_load():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import bench_table

    assert bench_table.split_shape("chart [tidy, no dotted lines]: one move") == ("chart [no dotted lines]: one move", "tidy")
    assert bench_table.split_shape("file [wide]: save 10k units") == ("file: save 10k units", "wide")
    fast = Record("file [tidy]: save 10k units", median_s=0.15, runs=5, peak_mb=90.0, target_s=0.2, load_avg="1.20 1.0 0.9")
    slow = Record("file [wide]: save 10k units", median_s=0.30, runs=5, peak_mb=90.0, target_s=0.2, load_avg="3.40 2.0 1.0")
    reference = Record("file: orjson.loads", median_s=0.1, runs=5, peak_mb=50.0, load_avg="1.00 1.0 1.0")
    for record in (fast, slow):
        relative_to(record, reference, 4.0, "basis")
    from dataclasses import asdict

    text = bench_table.table([asdict(r) for r in (reference, fast, slow)])
    row = next(line for line in text.splitlines() if line.startswith("| file: save 10k units"))
    assert "0.15 s ✓, 1.5× ✓" in row and "0.30 s ✗ missed, 3.0× ✓" in row and "1.20 / 3.40" in row
    assert "1 of 2 figures with targets meet every one of them" in text
    readme = f"a\n{bench_table.START}\nold\n{bench_table.END}\nb"
    assert bench_table.replace_between(readme, "new") == f"a\n{bench_table.START}\nnew\n{bench_table.END}\nb"
