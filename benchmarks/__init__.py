"""Timed runs (`make bench`), never inside the tests. Figures go to build/bench.json."""
