"""Briefing on a Dask distributed cluster: the client reads inputs, workers brief them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from briefcli.batch import BatchResult, brief_one, read_bytes
from briefcli.errors import BriefError, OptionError

# Tasks in flight per worker thread: enough to keep every thread busy, few enough that
# memory stays flat over any number of inputs (results are Briefs held by the cluster
# until gathered).
IN_FLIGHT_PER_THREAD = 2

EXTRA_HINT = "--scheduler needs Dask: pip install 'briefcli[dask]'"


def connect(scheduler: str) -> Any:
    """A distributed.Client connected to `scheduler`: OptionError (a usage error) naming the
    extra when Dask is not installed, BriefError when nothing answers at that address."""
    try:
        from distributed import Client
    except ImportError:
        raise OptionError(EXTRA_HINT) from None
    try:
        return Client(scheduler, timeout="10s", set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as e:
        raise BriefError(f"--scheduler {scheduler}: cannot connect ({e})") from None


def read_all(sources: Iterable[str]) -> Iterator[tuple[str, bytes] | BatchResult]:
    """Each source's bytes, read here (cluster workers may not see our files or stdin)."""
    for source in sources:
        data = read_bytes(source)
        yield data if isinstance(data, BatchResult) else (source, data)


def iter_on_cluster(
    inputs: Iterable[tuple[str, bytes] | BatchResult],
    scheduler: str,
    *,
    ordered: bool = False,
    **brief_options: Any,
) -> Iterator[BatchResult]:
    """Brief each (source, bytes) on the cluster at `scheduler`, yielding BatchResults as
    they finish (in input order when `ordered`); a BatchResult given as input (a read that
    failed) passes through. Only this process writes anything."""
    from briefcli.batch import _check_options

    _check_options(brief_options)
    client = connect(scheduler)
    try:
        yield from _run(client, inputs, ordered, brief_options)
    finally:
        client.close()


def _run(
    client: Any,
    inputs: Iterable[tuple[str, bytes] | BatchResult],
    ordered: bool,
    options: dict[str, Any],
) -> Iterator[BatchResult]:
    from distributed import as_completed

    threads = max(1, sum(client.nthreads().values()))
    limit = threads * IN_FLIGHT_PER_THREAD
    running = as_completed(loop=client.loop)  # type: ignore[no-untyped-call]
    index_of: dict[str, int] = {}  # future key -> input position
    ready: dict[int, BatchResult] = {}
    next_index = 0

    def release() -> Iterator[BatchResult]:
        nonlocal next_index
        if not ordered:
            for i in sorted(ready):
                yield ready.pop(i)
            return
        while next_index in ready:
            yield ready.pop(next_index)
            next_index += 1

    def collect_one() -> None:
        future = next(running)
        position = index_of.pop(future.key)
        try:
            ready[position] = future.result()
        except Exception as e:  # a worker lost or killed: report the input, go on
            source = future.key.split("|", 1)[-1]
            ready[position] = BatchResult(source, None, f"{source}: the cluster failed: {e!r}")
        future.release()

    for position, item in enumerate(inputs):
        while len(index_of) + len(ready) >= limit and index_of:
            collect_one()
            yield from release()
        if isinstance(item, BatchResult):
            ready[position] = item
        else:
            source, data = item
            # pure=False: the same bytes given twice are two tasks, never a cached result.
            future = client.submit(
                brief_one, source, data, options, key=f"brief-{position}|{source}", pure=False
            )
            index_of[future.key] = position
            running.add(future)  # type: ignore[no-untyped-call]
        yield from release()
    while index_of:
        collect_one()
        yield from release()
    yield from (ready.pop(i) for i in sorted(ready))
