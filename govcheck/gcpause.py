"""Pausing the cyclic garbage collector while a corpus or a report is built.

Loading a corpus and evaluating it create hundreds of thousands of model objects that form
no reference cycles and live as long as the corpus. Python's cyclic collector does not know
that: each time enough new objects have been made it walks all of them again, and on a
300-document workspace those walks were three quarters of a warm-cache load and half of an
evaluation (benchmarks/bench.py, stages e and g). Reference counting still frees everything
that is not in a cycle, and building a corpus leaves almost no cyclic garbage (a few dozen
objects for 300 documents), so the collector is paused for the call and restored after it.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; leave it as it was found afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
