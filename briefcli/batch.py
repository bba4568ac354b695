"""Batches: many inputs (files, directories, URLs) briefed one by one or in worker processes."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from briefcli.errors import BriefError
from briefcli.model import Brief

# What a directory contributes: the files that can hold a briefing.
BRIEFING_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

# Modules the pipeline imports lazily, at its first brief (about 2 s in all). The forkserver
# imports them once, and every worker forked from it starts with them loaded. A name that
# cannot be imported is skipped by multiprocessing.
WARM_MODULES = [
    "briefcli.pipeline",
    "numpy",
    "scipy.sparse",
    "Stemmer",
    "snowballstemmer",
    "punkt",
    "sumy",
    "yaml",
    "charset_normalizer",
    "trafilatura",
]

# Inputs submitted to the workers but not yet handed to the caller, per worker. Bounding it
# keeps memory flat over any number of inputs: results are pickled Briefs, and an unbounded
# queue of finished-but-unread ones (or of read-ahead inputs) grows with the batch.
IN_FLIGHT_PER_JOB = 2


@dataclass(frozen=True)
class BatchResult:
    """One input's outcome: its brief, or the one-line error that stopped it."""

    source: str
    brief: Brief | None
    error: str | None


def expand_inputs(args: Sequence[str]) -> list[str]:
    """The inputs named by `args`: files, `-` and URLs as given; directories replaced by the
    briefing files inside them (recursively, sorted, hidden ones skipped). A path that does
    not exist is kept, so that briefing it reports the error."""
    from briefcli.inputs.read import is_url

    inputs: list[str] = []
    for arg in args:
        if arg != "-" and not is_url(arg) and os.path.isdir(arg):
            inputs.extend(_briefing_files(arg))
        else:
            inputs.append(arg)
    return inputs


def _briefing_files(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and name.lower().endswith(BRIEFING_SUFFIXES):
                found.append(os.path.join(root, name))
    # Sorted by path parts, so "a/b.txt" comes before "a-b.txt" the way a reader expects.
    return sorted(found, key=lambda path: path.split(os.sep))


def iter_briefs(
    sources: Sequence[str],
    *,
    jobs: int = 1,
    ordered: bool = False,
    scheduler: str | None = None,
    **brief_options: Any,
) -> Iterator[BatchResult]:
    """Brief each source, yielding a BatchResult as each finishes (or in input order when
    `ordered`). With `jobs` > 1 the work runs in that many worker processes, with
    `scheduler` on the Dask cluster at that address; a failing input yields its error
    instead of raising. Options go to `briefcli.brief_file`.

    Workers start with multiprocessing's forkserver method, so a script calling this with
    jobs > 1 needs the usual `if __name__ == "__main__":` guard."""
    _check_options(brief_options)
    if scheduler is not None:
        # Cluster workers may not see our files or standard input: this process reads.
        read = (_read_or_failure(source) for source in sources)
        yield from _on_cluster(read, scheduler, ordered, brief_options)
        return
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            yield brief_one(source, None, brief_options)
        return
    yield from _parallel(
        ((s, None) for s in sources), min(jobs, len(sources)), ordered, brief_options
    )


def iter_read_briefs(
    inputs: Iterable[tuple[str, bytes]],
    *,
    jobs: int = 1,
    ordered: bool = False,
    scheduler: str | None = None,
    **brief_options: Any,
) -> Iterator[BatchResult]:
    """Like `iter_briefs`, for inputs whose bytes the caller has read already (the archive
    hashes an input before deciding to brief it). `inputs` is consumed lazily, as workers
    free up, so a generator over thousands of files never holds them all in memory."""
    _check_options(brief_options)
    if scheduler is not None:
        yield from _on_cluster(inputs, scheduler, ordered, brief_options)
        return
    if jobs <= 1:
        for source, data in inputs:
            yield brief_one(source, data, brief_options)
        return
    yield from _parallel(inputs, jobs, ordered, brief_options)


def _read_or_failure(source: str) -> tuple[str, bytes] | BatchResult:
    """One input's bytes, or the BatchResult of its failure to be read."""
    from briefcli.inputs.read import read_input

    try:
        return source, read_input(source).data
    except BriefError as e:
        return BatchResult(source, None, _one_line(str(e)))


def _check_options(options: dict[str, Any]) -> None:
    """Raise OptionError once, up front, rather than once per input."""
    from briefcli import summary

    unknown = set(options) - {"sentences", "ratio", "words", "method"}
    if unknown:
        raise TypeError(f"iter_briefs() got unexpected options: {', '.join(sorted(unknown))}")
    summary.Length(
        sentences=options.get("sentences"), ratio=options.get("ratio"), words=options.get("words")
    )
    method = options.get("method", "default")
    if method not in summary.METHODS:
        from briefcli.text.terms import vectorize

        summary.rank(method, [], vectorize([]))  # raises OptionError naming the choices


def brief_one(source: str, data: bytes | None, options: dict[str, Any]) -> BatchResult:
    """Brief one input (its bytes already read when `data` is given); never raises."""
    from briefcli.pipeline import brief_bytes, brief_file

    try:
        if data is None:
            result = brief_file(source, **options)
        else:
            result = brief_bytes(data, source=source, **options)
    except BriefError as e:
        return BatchResult(source, None, _one_line(str(e)))
    except RecursionError:
        return BatchResult(source, None, f"{source}: input is nested too deeply to brief")
    except MemoryError:
        return BatchResult(source, None, f"{source}: input is too large to brief in memory")
    except Exception as e:  # one bad input must not end a batch of thousands
        return BatchResult(source, None, _one_line(f"{source}: internal error: {e!r}"))
    return BatchResult(source, result, None)


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _worker_start(parent: int) -> None:
    """Workers never write to the terminal (stdout is the caller's JSON stream), leave
    Ctrl-C to the parent (which stops handing out work and lets the running inputs finish),
    and end when the parent is gone (killed outright, it cannot shut the pool down)."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    devnull = open(os.devnull, "w")  # open for as long as the worker lives
    sys.stdout = devnull
    sys.stderr = devnull
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    import time

    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass  # alive, as another user (cannot happen for our own parent, but harmless)


@dataclass
class _Task:
    index: int
    source: str
    data: bytes | None
    future: Future[BatchResult] | None = None


def _read_stdin() -> bytes | BatchResult:
    read = _read_or_failure("-")
    return read if isinstance(read, BatchResult) else read[1]


def _parallel(
    inputs: Iterable[tuple[str, bytes | None]], jobs: int, ordered: bool, options: dict[str, Any]
) -> Iterator[BatchResult]:
    import multiprocessing

    # forkserver, not fork: the caller may have threads running (a progress bar), and forking
    # a threaded process can deadlock. The server imports the pipeline once; workers fork
    # from it already warm.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WARM_MODULES)
    limit = jobs * IN_FLIGHT_PER_JOB
    pool = _Pool(context, jobs, options)
    # Finished results not yet handed out (in ordered mode they wait for the ones before).
    ready: dict[int, BatchResult] = {}
    next_index = 0
    try:
        for index, (source, given) in enumerate(inputs):
            # Results waiting for an earlier slow one count as in flight too, or ordered mode
            # would read ahead without bound behind one slow input.
            while pool.pending and len(pool.pending) + len(ready) >= limit:
                ready.update(pool.collect())
                next_index, out = _release(ready, next_index, ordered)
                yield from out
            # `-` is read here, in the parent: a worker has no standard input.
            data = _read_stdin() if given is None and source == "-" else given
            if isinstance(data, BatchResult):
                ready[index] = data
            else:
                pool.submit(_Task(index, source, data))
            next_index, out = _release(ready, next_index, ordered)
            yield from out
        while pool.pending:
            ready.update(pool.collect())
            next_index, out = _release(ready, next_index, ordered)
            yield from out
        yield from (ready[i] for i in sorted(ready))  # nothing is left here; never drop one
    finally:
        pool.close()


class _Pool:
    """A process pool that survives a worker dying: the inputs it held are retried alone."""

    def __init__(self, context: Any, jobs: int, options: dict[str, Any]) -> None:
        self.context = context
        self.jobs = jobs
        self.options = options
        self.pending: list[_Task] = []
        self.executor = self._new_executor(jobs)

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=self.context,
            initializer=_worker_start,
            initargs=(os.getpid(),),
        )

    def submit(self, task: _Task) -> None:
        task.future = self.executor.submit(brief_one, task.source, task.data, self.options)
        self.pending.append(task)

    def collect(self) -> dict[int, BatchResult]:
        """Wait until at least one pending input finishes; return every finished one.

        When a worker dies (killed, out of memory, a crash in native code) the pool breaks and
        every input in it fails; those are retried one at a time in a fresh pool, so only the
        input that kills a worker again is reported as failed."""
        wait([t.future for t in self.pending if t.future], return_when=FIRST_COMPLETED)
        finished: dict[int, BatchResult] = {}
        broken = False
        still: list[_Task] = []
        for task in self.pending:
            assert task.future is not None
            if not task.future.done():
                still.append(task)
                continue
            try:
                finished[task.index] = task.future.result()
            except BrokenProcessPool:
                broken = True
                still.append(task)
        self.pending = still
        if broken:
            self.executor.shutdown(wait=True, cancel_futures=True)
            for task in self.pending:
                finished[task.index] = self._retry_alone(task)
            self.pending = []
            self.executor = self._new_executor(self.jobs)
        return finished

    def _retry_alone(self, task: _Task) -> BatchResult:
        retry = self._new_executor(1)
        try:
            return retry.submit(brief_one, task.source, task.data, self.options).result()
        except BrokenProcessPool:
            return BatchResult(task.source, None, f"{task.source}: the worker briefing it died")
        finally:
            retry.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        for task in self.pending:
            if task.future is not None:
                task.future.cancel()
        self.executor.shutdown(wait=True, cancel_futures=True)


def _release(
    ready: dict[int, BatchResult], next_index: int, ordered: bool
) -> tuple[int, list[BatchResult]]:
    """The results to hand out now: all of them, or in order only the next consecutive ones."""
    if not ordered:
        out = [ready[i] for i in sorted(ready)]
        ready.clear()
        return next_index, out
    out = []
    while next_index in ready:
        out.append(ready.pop(next_index))
        next_index += 1
    return next_index, out


# --- On a Dask distributed cluster (the optional extra briefcli[dask]) ----------------------

# Tasks in flight per worker thread: enough to keep every thread busy, few enough that memory
# stays flat over any number of inputs (results are Briefs held by the cluster until gathered).
IN_FLIGHT_PER_THREAD = 2

DASK_HINT = "--scheduler needs Dask: pip install 'briefcli[dask]'"


def _connect(scheduler: str) -> Any:
    """A distributed.Client connected to `scheduler`: OptionError (a usage error) naming the
    extra when Dask is not installed, BriefError when nothing answers at that address."""
    from briefcli.errors import OptionError

    try:
        from distributed import Client
    except ImportError:
        raise OptionError(DASK_HINT) from None
    try:
        return Client(scheduler, timeout="10s", set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as e:
        raise BriefError(f"--scheduler {scheduler}: cannot connect ({e})") from None


def _on_cluster(
    inputs: Iterable[tuple[str, bytes] | BatchResult],
    scheduler: str,
    ordered: bool,
    options: dict[str, Any],
) -> Iterator[BatchResult]:
    """Brief each (source, bytes) on the cluster at `scheduler`, yielding BatchResults as they
    finish (in input order when `ordered`); a BatchResult given as input (a read that failed)
    passes through. Only this process writes anything: workers return Briefs."""
    client = _connect(scheduler)  # first: it names the extra when Dask is missing
    from distributed import as_completed

    try:
        threads = max(1, sum(client.nthreads().values()))
        limit = threads * IN_FLIGHT_PER_THREAD
        running = as_completed(loop=client.loop)  # type: ignore[no-untyped-call]
        position_of: dict[str, int] = {}  # future key -> input position
        ready: dict[int, BatchResult] = {}
        next_index = 0

        def collect_one() -> None:
            future = next(running)
            position = position_of.pop(future.key)
            try:
                ready[position] = future.result()
            except Exception as e:  # a worker lost or killed: report the input, go on
                source = future.key.split("|", 1)[-1]
                ready[position] = BatchResult(source, None, f"{source}: the cluster failed: {e!r}")
            future.release()

        for position, item in enumerate(inputs):
            while position_of and len(position_of) + len(ready) >= limit:
                collect_one()
                next_index, out = _release(ready, next_index, ordered)
                yield from out
            if isinstance(item, BatchResult):
                ready[position] = item
            else:
                source, data = item
                # pure=False: the same bytes given twice are two tasks, never a cached result.
                future = client.submit(
                    brief_one, source, data, options, key=f"brief-{position}|{source}", pure=False
                )
                position_of[future.key] = position
                running.add(future)  # type: ignore[no-untyped-call]
            next_index, out = _release(ready, next_index, ordered)
            yield from out
        while position_of:
            collect_one()
            next_index, out = _release(ready, next_index, ordered)
            yield from out
        yield from (ready.pop(i) for i in sorted(ready))
    finally:
        client.close()
