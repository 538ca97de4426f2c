"""Pausing the cyclic garbage collector while a corpus or a report is built.

Loading a corpus and evaluating it create hundreds of thousands of model objects that form
no reference cycles and live as long as the corpus. Python's cyclic collector does not know
that: each time enough new objects have been made it walks all of them again, and on a
300-document workspace those walks were three quarters of a warm-cache load and half of an
evaluation (benchmarks/bench.py, stages e and g). Reference counting still frees everything
that is not in a cycle, and building a corpus leaves almost no cyclic garbage (a few dozen
objects for 300 documents), so the collector is paused for the call and restored after it,
with what the call made moved to the oldest generation (see ``_promote_young``).
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
            _promote_young()
            gc.enable()


# Young objects from which a block's are moved to the oldest generation: a walk of this many
# takes some 10 ms. load_corpus on 300 documents leaves about 650,000, evaluate about 40,000,
# parse_document of one document some thousands.
PROMOTE_AT = 20_000


def _promote_young() -> None:
    """Move every object the collector tracks into its oldest generation, without walking them,
    when the block made many.

    Paused or not, the collector would walk the objects made in the block once it runs again:
    they are all young, and the next collection of the young generation walks every young
    object (on a warm 300-document corpus, 0.28 s: a third of ``load_corpus`` for an importer,
    whose collector runs; the CLI's does not, see cli.main). Objects in the oldest generation
    are walked only by a full collection, which runs when the survivors of younger ones have
    grown by a quarter. So the few cycles made in the block, and the caller's young ones, are
    collected by the next full collection, not by the next young one: later, never lost. Only
    a block that made at least ``PROMOTE_AT`` objects does this, so that a caller reading
    thousands of documents one by one does not have its own young cycles put off each time.

    ``freeze`` moves every tracked object into the permanent generation and ``unfreeze`` moves
    them all into the oldest, each by joining two lists. A caller that has frozen objects of
    its own (a server before it forks) must keep them frozen, so then nothing is moved.
    """
    if gc.get_count()[0] >= PROMOTE_AT and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
