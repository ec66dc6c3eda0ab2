"""The collector held while a large project opens, then what is alive frozen until the project
is replaced (orgdesigner/_gc.py; used by ui/files.open_path and the controller)."""

from __future__ import annotations

import gc

import pytest

from orgdesigner._gc import gc_paused, hold_collector, release_frozen


@pytest.fixture(autouse=True)
def _restore_collector():
    enabled = gc.isenabled()
    yield
    release_frozen()
    if enabled:
        gc.enable()


def test_held_until_the_views_are_built_then_frozen_and_released_with_the_project():
    release_frozen()
    keep = hold_collector()
    assert not gc.isenabled()
    with gc_paused():  # a large run inside the hold neither re-enables nor promotes
        pass
    assert not gc.isenabled() and gc.get_freeze_count() == 0
    alive = [object() for _ in range(1000)]
    keep()
    assert gc.isenabled() and gc.get_freeze_count() >= len(alive)
    keep()  # a second call (a second settled signal) changes nothing
    assert gc.isenabled()
    release_frozen()
    assert gc.get_freeze_count() == 0


def test_a_hold_started_with_the_collector_off_leaves_it_off():
    gc.disable()
    keep = hold_collector()
    keep()
    assert not gc.isenabled()
