"""Writing an import a few hundred items at a time, each batch its own short transaction, so the check-in desk on the
same SQLite file (or another laptop on the shared server) never waits behind it for more than a fraction of a second.

The run of every import (attendees, volunteers, donations) goes through `write_in_batches`:

- the items are written in file order, a batch per transaction; each batch re-reads which of its items are
  already in the database (their external references), so a batch a crash or Cancel cut off, or another laptop
  importing the same file at the same moment, is never written twice: running the import again finishes the job;
- **audit**: every batch's transaction carries one audit entry, so whatever the database holds is accounted for even
  after a crash. The last batch's entry is the import's summary (the area's own action, "households imported");
  each earlier batch writes an "import batch" entry (which items, which file lines). An import stopped by Cancel
  writes its summary ("households import stopped: 3,000 of 20,000") in one short transaction of its own;
- a batch is sized to hold the write lock about `HOLD_S` (it starts at `BATCH_ITEMS` items and follows how long
  the last one took, between `MIN_BATCH` and `MAX_BATCH`), and is prepared (read, rows built, values converted)
  before its write transaction begins, so the lock is held for the inserts and the commit only;
- between batches the run asks `should_stop()` (the dialog's Cancel) and reports `progress(done, total)`; on SQLite
  the lock then stays free for `give_way()` (50 ms after a short batch, the time preparing the next one included),
  long enough for a check-in that was waiting to take it (SQLite's busy handler polls a waiting writer every 1–25 ms
  during its first 100 ms);
- a batch that collides with another laptop's import (a unique reference) is tried once more after re-reading;
- when a batch fails after others were written, `ImportInterrupted` says how far the import got (its `result`) and
  why it stopped; when the first batch fails nothing was written and the error is raised as it is.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nightout_desk.db.bulk import Checkpointer, batch_transaction
from nightout_desk.services import audit
from nightout_desk.services.context import Desk
from nightout_desk.services.errors import Conflict, UserError
from nightout_desk.services.explain import explain
from nightout_desk.services.importing.plan import ImportResult, PlannedItem

BATCH_ITEMS = 250  # the first batch's items; then each batch is sized to hold the write lock about HOLD_S
MIN_BATCH, MAX_BATCH = 50, 2_000
HOLD_S = 0.08  # a waiting check-in waits this, plus GIVE_WAY_S at most, plus its own few milliseconds
GIVE_WAY_S = 0.05  # after a short batch on SQLite: a waiting writer's next poll, and time to wake (see give_way)
BATCH_ACTION = "import batch"

Progress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]


@dataclass
class BatchRun:
    """How far an import's writing got: items whose batch committed, and what the area counted in them."""

    total: int
    done: int = 0
    batches: int = 0
    stopped: bool = False  # Cancel was pressed: the items after `done` were not written
    counts: Counter = field(default_factory=Counter)


Write = Callable[[Session], tuple[Counter, dict]]  # writes a prepared batch: (what it counted, details to audit)


@dataclass(frozen=True)
class BatchWriter:
    """What one kind of import does inside the batch loop.

    `prepare(r, items)` reads what it needs in the read transaction `r` (which items are already there, fresh codes)
    and builds the rows, so that the write transaction holds the lock for little more than the inserts; it returns
    `write(s)`, which writes them in the transaction `s` and returns what it counted ({"created": 250, "codes": 610})
    and details for the batch's audit entry ({"receipts": "NNO-2026-0001 to NNO-2026-0250"}).
    A unique reference or code taken in between (another laptop) fails the insert: the batch is prepared again.
    `summary(run)` is the import's audit summary and details, for the finished or stopped run; `result(run)` the
    `ImportResult` the caller gets; `committed()`, if given, is called after each batch's transaction committed."""

    action: str  # the audit action of a finished import: "households imported"
    entity: str  # "household"
    prepare: Callable[[Session, Sequence[PlannedItem]], Write]
    summary: Callable[[BatchRun], tuple[str, dict]]
    result: Callable[[BatchRun], ImportResult]
    committed: Callable[[], None] | None = None


class ImportInterrupted(UserError):
    """A batch failed after earlier batches were written: they stay; `result` says how many, the message why."""

    def __init__(self, result: ImportResult, reason: str) -> None:
        self.result = result
        super().__init__(f"Imported {result.created:,} of {result.planned:,} {result.noun} from {result.file_name}, "
                         f"then the import stopped: {reason} Run the import again to finish: what is already there "
                         "is not added twice.")


def write_in_batches(desk: Desk, file_name: str, noun: str, items: Sequence[PlannedItem], writer: BatchWriter, *,
                     progress: Progress | None = None, should_stop: ShouldStop | None = None,
                     batch_items: int | None = None) -> ImportResult:
    """Write `items` in batches (see the module's docstring); returns the finished or stopped import's result."""
    run = BatchRun(total=len(items))
    size = _clamp(batch_items or BATCH_ITEMS)
    free_until = 0.0  # on SQLite, the next batch takes the write lock no earlier (see give_way)
    try:
        with Checkpointer(desk.db) as log_copy:  # the log copied while the next batch is prepared (db/bulk.py)
            if progress:
                progress(0, run.total)
            while run.done < run.total or run.batches == 0:
                if should_stop is not None and should_stop():
                    run.stopped = True
                    break
                batch = items[run.done:run.done + size]
                last = run.done + len(batch) >= run.total
                counts, held = _write_batch(desk, writer, run, batch, last=last, not_before=free_until, entry=(
                    f"{noun} {run.done + 1:,}–{run.done + len(batch):,} of {run.total:,} from {file_name}"
                    + (f" (lines {batch[0].line:,}–{batch[-1].line:,})" if batch else "")))
                if desk.db.is_sqlite:  # preparing the next batch counts towards the pause: the lock is free then
                    free_until = time.perf_counter() + give_way(held)
                    log_copy.request()  # not in the commit of a check-in at the desk
                run.counts += counts
                run.done += len(batch)
                run.batches += 1
                if writer.committed is not None:
                    writer.committed()
                if progress:
                    progress(run.done, run.total)
                if batch_items is None:  # the next batch holds the lock about HOLD_S, whatever the rows and machine
                    size = _clamp(size * min(2.0, max(0.5, HOLD_S / max(held, 1e-3))))
    except (Exception, KeyboardInterrupt) as exc:  # Ctrl+C on a terminal, a full disk...: the batches written stay
        if run.done == 0:
            raise
        run.stopped = True
        raise ImportInterrupted(writer.result(run), explain(exc)) from exc
    if run.stopped and run.counts:
        summary, after = writer.summary(run)
        with desk.db.write() as s:
            audit.record(s, desk, f"{noun} import stopped", entity=writer.entity,
                         summary=summary, after=after)
    return writer.result(run)


def _write_batch(desk: Desk, writer: BatchWriter, run: BatchRun, batch: Sequence[PlannedItem], *, last: bool,
                 not_before: float, entry: str) -> tuple[Counter, float]:
    """Prepare and write one batch, the write not before `not_before` (perf_counter); (what it counted, how long it
    held the write transaction)."""
    for attempt in (1, 2):
        with desk.db.read() as r:
            write = writer.prepare(r, batch)
        if (wait := not_before - time.perf_counter()) > 0:
            time.sleep(wait)
        began = time.perf_counter()
        try:
            with batch_transaction(desk.db) as s:
                counted, details = write(s)
                counts = Counter({k: n for k, n in counted.items() if n})
                if last:  # the import's summary, in the same transaction as its last batch
                    so_far = BatchRun(run.total, run.done + len(batch), run.batches + 1, False, run.counts + counts)
                    summary, after = writer.summary(so_far)
                    if so_far.counts:
                        audit.record(s, desk, writer.action, entity=writer.entity, summary=summary,
                                     after={**after, **details})
                elif counts:
                    audit.record(s, desk, BATCH_ACTION, entity=writer.entity, summary=entry,
                                 after={**counts, **details})
            return counts, time.perf_counter() - began
        except IntegrityError:  # another laptop imported some of the same rows at this moment: read again, once
            if attempt == 2:
                raise Conflict("Another laptop is importing the same rows at this moment. Wait until it has "
                               "finished, then import the file again: the rows already there are left as they "
                               "are.") from None
    raise AssertionError("unreachable")


def _clamp(size: float) -> int:
    return int(min(MAX_BATCH, max(MIN_BATCH, size)))


def give_way(held_s: float) -> float:
    """How long to leave SQLite's write lock free after holding it `held_s`: a writer that waited that long polls
    again within 25 ms while it has waited under ~130 ms, within 50 ms up to ~230 ms, then every 100 ms (SQLite's
    busy handler), so the pause covers its next poll, with 25 ms more for a busy machine to wake it."""
    return GIVE_WAY_S if held_s < 0.1 else 0.075 if held_s < 0.2 else 0.125
