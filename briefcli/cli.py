"""The briefcli command: parse options, call the library, render, map errors to exit codes."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from briefcli.errors import BriefError, InputError, OptionError
from briefcli.render import DEFAULT_MAX_QUOTES, FORMAT_BY_SUFFIX, Format, Part, View
from briefcli.status import ExitStatus

if TYPE_CHECKING:
    from briefcli.model import Brief

app = typer.Typer(
    name="briefcli",
    help=(
        "Brief a press briefing: summary, sections, key quotes with speakers, action items.\n\n"
        "INPUT is a file (text, Markdown, HTML), a directory of them, an http(s) URL, "
        "or - for standard input:\n\n"
        "    briefcli summarize briefing.txt\n\n"
        "    curl -s https://example.gov/briefing | briefcli summarize - --format json"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Inputs = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="INPUT",
        help="Files, directories, http(s) URLs, or - for standard input (the default "
        "when input is piped).",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output format. Default: rich on a terminal, markdown otherwise, or from -o's "
        "extension.",
        show_default=False,
    ),
]
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE (atomically; never over an input). Format from its extension "
        "(.md .json .jsonl .txt) unless --format says.",
        metavar="FILE",
        show_default=False,
    ),
]
SentencesOption = Annotated[
    int | None,
    typer.Option("--sentences", "-n", min=0, help="Summary length in sentences [default: 5]."),
]
RatioOption = Annotated[
    float | None,
    typer.Option("--ratio", min=0.0, max=1.0, help="Summary length as a share of the sentences."),
]
WordsOption = Annotated[
    int | None,
    typer.Option("--words", min=0, help="Summary length as a word budget (never exceeded)."),
]
MethodOption = Annotated[
    str,
    typer.Option(
        "--method",
        "-m",
        help="Ranking: default, lexrank, textrank, lsa, luhn, edmundson, kl, sumbasic, reduction.",
    ),
]
MaxQuotesOption = Annotated[
    int | None,
    typer.Option(
        "--max-quotes",
        min=0,
        help=f"Key quotes shown [default: {DEFAULT_MAX_QUOTES}]; given explicitly, also caps "
        "the quotes in JSON.",
        show_default=False,
    ),
]
JobsOption = Annotated[
    int,
    typer.Option("--jobs", "-j", min=1, help="Worker processes for several inputs."),
]
DebugOption = Annotated[
    bool, typer.Option("--debug", help="Show the traceback of an unexpected error.")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Brief on the Dask cluster at ADDRESS (tcp://host:8786) instead of local "
        "workers; needs: pip install 'briefcli[dask]'.",
        show_default=False,
    ),
]


@dataclass(frozen=True)
class Run:
    """One invocation's settings, gathered from the options."""

    part: Part
    inputs: list[str]
    format: Format | None = None
    output: str | None = None
    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None
    method: str = "default"
    max_quotes: int | None = None
    jobs: int = 1
    debug: bool = False
    speaker: str | None = None
    scheduler: str | None = None

    @property
    def brief_options(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "ratio": self.ratio,
            "words": self.words,
            "method": self.method,
        }

    @property
    def view(self) -> View:
        if self.max_quotes is None:
            return View(part=self.part)
        return View(part=self.part, max_quotes=self.max_quotes)


def _version(value: bool) -> None:
    if value:
        from briefcli import __version__

        typer.echo(f"briefcli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Brief a press briefing: summary, sections, key quotes with speakers, action items."""


@app.command()
def summarize(
    inputs: Inputs = None,
    format: FormatOption = None,
    output: OutputOption = None,
    sentences: SentencesOption = None,
    ratio: RatioOption = None,
    words: WordsOption = None,
    method: MethodOption = "default",
    max_quotes: MaxQuotesOption = None,
    jobs: JobsOption = 1,
    scheduler: SchedulerOption = None,
    debug: DebugOption = False,
) -> None:
    """The whole brief: summary, sections, key quotes and action items.

    \b
    Examples:
      briefcli summarize briefing.md
      briefcli summarize briefing.html -n 3 --format json -o brief.json
      cat briefing.txt | briefcli summarize -
      briefcli summarize briefings/ --format jsonl --jobs 2 > briefs.jsonl
    """
    _execute(
        Run(
            Part.BRIEF,
            inputs or [],
            format,
            output,
            sentences,
            ratio,
            words,
            method,
            max_quotes,
            jobs,
            debug,
            scheduler=scheduler,
        )
    )


@app.command()
def quotes(
    inputs: Inputs = None,
    format: FormatOption = None,
    output: OutputOption = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", "-s", help="Only quotes by this person (any part of the name)."),
    ] = None,
    max_quotes: MaxQuotesOption = None,
    jobs: JobsOption = 1,
    debug: DebugOption = False,
) -> None:
    """Just the key quotes, with their speakers."""
    _execute(
        Run(
            Part.QUOTES,
            inputs or [],
            format,
            output,
            max_quotes=max_quotes,
            jobs=jobs,
            debug=debug,
            speaker=speaker,
        )
    )


@app.command()
def actions(
    inputs: Inputs = None,
    format: FormatOption = None,
    output: OutputOption = None,
    jobs: JobsOption = 1,
    debug: DebugOption = False,
) -> None:
    """Just the action items: who will do what, and when."""
    _execute(Run(Part.ACTIONS, inputs or [], format, output, jobs=jobs, debug=debug))


@app.command()
def sections(
    inputs: Inputs = None,
    format: FormatOption = None,
    output: OutputOption = None,
    method: MethodOption = "default",
    jobs: JobsOption = 1,
    debug: DebugOption = False,
) -> None:
    """Just the topical sections, each with its title and summary."""
    _execute(
        Run(Part.SECTIONS, inputs or [], format, output, method=method, jobs=jobs, debug=debug)
    )


class UsageProblem(Exception):
    """A mistake in how the command was called (exit 2)."""


def _execute(run: Run, work: Callable[[], ExitStatus] | None = None) -> None:
    """Run one command (`work`, or briefing the inputs), turning every failure into one line
    on stderr and an exit status."""
    _report_skips(run.debug)
    try:
        status = work() if work is not None else _brief_all(run)
    except UsageProblem as e:
        _error(str(e))
        raise typer.Exit(ExitStatus.USAGE) from None
    except OptionError as e:
        _error(str(e))
        raise typer.Exit(ExitStatus.USAGE) from None
    except BriefError as e:
        _error(str(e))
        raise typer.Exit(ExitStatus.ERROR) from None
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(ExitStatus.INTERRUPTED) from None
    except BrokenPipeError:
        raise  # the reader went away (`| head`): main() ends quietly
    except Exception as e:
        if run.debug:
            raise
        _error(f"unexpected error: {type(e).__name__}: {e} (run with --debug for the traceback)")
        raise typer.Exit(ExitStatus.ERROR) from None
    if status is not ExitStatus.OK:
        raise typer.Exit(status)


def _error(message: str) -> None:
    line = " ".join(message.split())
    sys.stderr.write(f"briefcli: {line}\n")
    sys.stderr.flush()


class _OneLine(logging.Formatter):
    """A skipped sentence as one line: `briefcli: action items: sentence 40 skipped …`."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 (logging's name)
        return ""

    def format(self, record: logging.LogRecord) -> str:
        record.exc_text = ""
        return " ".join(super().format(record).split())


def _report_skips(debug: bool) -> None:
    """What the library skipped after an internal error goes to stderr: one line each, the
    traceback too with --debug."""
    log = logging.getLogger("briefcli")
    handler = logging.StreamHandler(sys.stderr)
    text = "briefcli: %(message)s"
    handler.setFormatter(logging.Formatter(text) if debug else _OneLine(text))
    log.handlers[:] = [handler]
    log.propagate = False


def _choose_format(run: Run) -> Format:
    if run.format is not None:
        return run.format
    if run.output is not None:
        suffix = os.path.splitext(run.output)[1].lower()
        return FORMAT_BY_SUFFIX.get(suffix, Format.MARKDOWN)
    return Format.RICH if sys.stdout.isatty() else Format.MARKDOWN


def _sources(run: Run) -> list[str]:
    if not run.inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageProblem(
                "no input: give a file, a directory, a URL, or - to read standard input "
                "(e.g. cat briefing.txt | briefcli summarize -)"
            )
        return ["-"]
    if run.inputs.count("-") > 1:
        raise UsageProblem("standard input (-) can be read only once")
    if len(run.inputs) == 1 and not os.path.isdir(run.inputs[0]):
        return list(run.inputs)
    from briefcli.batch import expand_inputs

    sources = expand_inputs(run.inputs)
    if not sources:
        raise InputError(f"{', '.join(run.inputs)}: no briefing files (.txt, .md, .html) found")
    return sources


def _check_output(run: Run, sources: Sequence[str]) -> None:
    if run.output is None:
        return
    if run.output == "-":
        raise UsageProblem("-o - is not needed: output goes to standard output by default")
    if os.path.isdir(run.output):
        raise UsageProblem(f"-o {run.output}: is a directory")
    if os.path.exists(run.output):
        for source in sources:
            if source != "-" and os.path.exists(source) and os.path.samefile(source, run.output):
                raise UsageProblem(f"-o {run.output}: refusing to overwrite an input")


def _brief_all(run: Run) -> ExitStatus:
    fmt = _choose_format(run)
    if fmt is Format.RICH and run.output is not None:
        raise UsageProblem(
            "--format rich is for the terminal; write files as markdown, json, jsonl or text"
        )
    from briefcli.summary import Length

    Length(sentences=run.sentences, ratio=run.ratio, words=run.words)  # raises OptionError
    sources = _sources(run)
    _check_output(run, sources)
    if len(sources) == 1 and run.scheduler is None:
        brief = _brief_one(sources[0], run)
        with _destination(run.output) as out:
            _write(out, fmt, [brief], run)
        return ExitStatus.OK
    return _brief_many(sources, fmt, run)


def _brief_one(source: str, run: Run) -> Brief:
    import gc

    from briefcli.pipeline import brief_file

    # The modules just imported are long-lived: keep the garbage collector from scanning
    # them again and again while the brief is made (a full pass costs tens of ms).
    gc.freeze()
    return _filtered(brief_file(source, **run.brief_options), run)


def _filtered(brief: Brief, run: Run) -> Brief:
    """The brief with only the quotes of --speaker, when given."""
    if run.speaker is None:
        return brief
    from dataclasses import replace

    from briefcli.quotes import by_speaker

    return replace(brief, quotes=tuple(by_speaker(brief.quotes, run.speaker)))


def _brief_many(sources: list[str], fmt: Format, run: Run) -> ExitStatus:
    """Brief several inputs (in parallel with --jobs), streaming jsonl as each finishes."""
    from briefcli.batch import iter_briefs

    started = time.monotonic()
    failed = 0
    done = 0
    ordered = fmt is not Format.JSONL
    results = iter_briefs(
        sources, jobs=run.jobs, ordered=ordered, scheduler=run.scheduler, **run.brief_options
    )
    with _progress(len(sources)) as advance, _destination(run.output) as out:

        def briefs() -> Iterator[Brief]:
            nonlocal failed, done
            for result in results:
                done += 1
                advance()
                if result.brief is None:
                    failed += 1
                    _error(result.error or f"{result.source}: failed")
                    continue
                yield _filtered(result.brief, run)

        _write(out, fmt, briefs(), run)
    elapsed = time.monotonic() - started
    noun = "input" if len(sources) == 1 else "inputs"
    sys.stderr.write(
        f"briefcli: {done - failed} of {len(sources)} {noun} briefed"
        + (f", {failed} failed" if failed else "")
        + f" in {elapsed:.1f} s\n"
    )
    return ExitStatus.ERROR if failed else ExitStatus.OK


def _write(out: IO[str], fmt: Format, briefs: Iterable[Brief], run: Run) -> None:
    """Render each brief to `out` in `fmt`; several briefs are separated per format."""
    view = run.view
    if fmt is Format.RICH:
        from rich.console import Console

        from briefcli.render.rich import render as render_rich

        console = Console(file=out)
        for i, brief in enumerate(briefs):
            if i:
                console.rule(style="dim")
            console.print(render_rich(brief, view))
        return
    if fmt is Format.JSON:
        from briefcli.render.json import document, dumps

        docs = [document(b, view, limit_quotes=run.max_quotes) for b in briefs]
        if len(docs) == 1 and len(run.inputs) <= 1:
            out.write(dumps(docs[0]))
        else:
            out.write(dumps(docs))
        return
    if fmt is Format.JSONL:
        from briefcli.render.json import document, dumps

        for brief in briefs:
            out.write(dumps(document(brief, view, limit_quotes=run.max_quotes), indent=None))
            out.flush()
        return
    from briefcli.render import TEXT_RENDERERS

    render = TEXT_RENDERERS[fmt]
    separator = "\n---\n\n" if fmt is Format.MARKDOWN else "\n" + "=" * 78 + "\n\n"
    for i, brief in enumerate(briefs):
        if i:
            out.write(separator)
        out.write(render(brief, view))


class _destination:
    """stdout, or a temporary file beside -o FILE renamed over it only on success."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._tmp: str | None = None
        self._file: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None:
            return sys.stdout
        directory = os.path.dirname(os.path.abspath(self.path))
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=".briefcli-", suffix=".tmp", dir=directory)
        except OSError as e:
            raise InputError(f"-o {self.path}: cannot write ({e.strerror or e})") from None
        self._file = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self._file

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self._file is None or self._tmp is None or self.path is None:
            return
        self._file.close()
        if exc_type is not None:
            os.unlink(self._tmp)
            return
        try:
            if os.path.exists(self.path):
                os.chmod(self._tmp, os.stat(self.path).st_mode & 0o777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(self._tmp, 0o666 & ~umask)
            os.replace(self._tmp, self.path)
        except OSError as e:
            os.unlink(self._tmp)
            raise InputError(f"-o {self.path}: cannot write ({e.strerror or e})") from None


class _progress:
    """A progress bar on stderr while several inputs are briefed, when stderr is a terminal."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Any:
        if self.total > 1 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("Briefing", total=self.total)
            return lambda: self._bar.advance(self._task)
        return lambda: None

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


# --- The archive: index, search, digest (the work is in briefcli/archive/) ------------------

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="FILE",
        help="The archive, an SQLite file. Default: $BRIEFCLI_DB, else briefcli.db here.",
        show_default=False,
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option("--since", metavar="DATE", help="Only briefings dated on or after DATE "
                 "(YYYY-MM-DD, YYYY-MM or YYYY).", show_default=False),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", metavar="DATE", help="Only briefings dated on or before DATE.",
                 show_default=False),
]


class Within(StrEnum):
    """The parts of the archive a search looks in."""

    SENTENCES = "sentences"
    QUOTES = "quotes"
    ACTIONS = "actions"


@app.command()
def index(
    inputs: Inputs = None,
    db: DbOption = None,
    jobs: JobsOption = 1,
    scheduler: SchedulerOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Brief every input again, even unchanged ones.")
    ] = False,
    debug: DebugOption = False,
) -> None:
    """Brief inputs and store them in the archive; unchanged inputs are skipped.

    \b
    Examples:
      briefcli index briefings/ --jobs 2
      briefcli index https://example.gov/briefing --db archive.db
    """
    run = Run(Part.BRIEF, inputs or [], jobs=jobs, debug=debug)
    _execute(run, lambda: _index(run, db, scheduler, force))


def _index(run: Run, db: str | None, scheduler: str | None, force: bool) -> ExitStatus:
    from collections import Counter
    from functools import partial

    from briefcli import archive
    from briefcli.batch import iter_read_briefs

    sources = list(dict.fromkeys(_sources(run)))
    started = time.monotonic()
    counts: Counter[str] = Counter()
    brief_all = partial(iter_read_briefs, jobs=run.jobs, scheduler=scheduler)
    conn = archive.connect(archive.database_path(db), create=True)
    try:
        with _progress(len(sources)) as advance:
            for event in archive.index(conn, sources, brief_all, force=force):
                advance()
                counts[event.outcome] += 1
                if event.error is not None:
                    _error(event.error)
    finally:
        conn.close()
    sys.stderr.write(
        f"briefcli: indexed {counts['indexed']}, unchanged {counts['unchanged']}, "
        f"failed {counts['failed']} in {time.monotonic() - started:.1f} s\n"
    )
    return ExitStatus.ERROR if counts["failed"] else ExitStatus.OK


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            metavar="QUERY", help='What to find: words, or an FTS5 query ("a phrase", OR, NEAR).'
        ),
    ],
    db: DbOption = None,
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", "-s", metavar="NAME", help="Only this person's sentences and "
                     "quotes (full name or surname).", show_default=False),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    within: Annotated[
        list[Within] | None,
        typer.Option("--in", case_sensitive=False, metavar="sentences|quotes|actions",
                     help="Look only in these parts (repeatable).", show_default=False),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, metavar="N", help="At most N hits.")
    ] = 20,
    format: FormatOption = None,
    debug: DebugOption = False,
) -> None:
    """Full-text search of the archive, best hits first.

    \b
    Examples:
      briefcli search "accession protocol"
      briefcli search Sweden --speaker Sullivan --since 2022-01 --format json
    """
    run = Run(Part.BRIEF, [], format, debug=debug)

    def work() -> ExitStatus:
        from briefcli import archive
        from briefcli.archive import hits_view

        parts = tuple(dict.fromkeys(w.value for w in within)) if within else None
        first = archive.date_bound(since, "--since") if since is not None else None
        last = archive.date_bound(until, "--until") if until is not None else None
        conn = archive.connect(archive.database_path(db))
        try:
            result = archive.search(
                conn, query, speaker=speaker, since=first, until=last,
                parts=parts, limit=limit,  # type: ignore[arg-type]
            )
        finally:
            conn.close()
        _write_view(_choose_format(run), None, hits_view, result)
        return ExitStatus.OK

    _execute(run, work)


@app.command()
def digest(
    inputs: Inputs = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    format: FormatOption = None,
    output: OutputOption = None,
    jobs: JobsOption = 1,
    debug: DebugOption = False,
) -> None:
    """One brief across many briefings: each in a line, action items by actor, people,
    recurring topics. From INPUT... (briefed now) or from the archive (--db).

    \b
    Examples:
      briefcli digest --since 2022-03-01 --until 2022-05-31
      briefcli digest briefings/ --format json -o digest.json
    """
    run = Run(Part.BRIEF, inputs or [], format, output, jobs=jobs, debug=debug)
    _execute(run, lambda: _digest(run, db, since, until))


def _digest(run: Run, db: str | None, since: str | None, until: str | None) -> ExitStatus:
    from briefcli import archive
    from briefcli.archive import digest_view
    from briefcli.archive.digest import digest as make_digest

    if run.inputs and db is not None:
        raise UsageProblem("digest reads INPUT... or an archive (--db), not both")
    fmt = _choose_format(run)
    if fmt is Format.RICH and run.output is not None:
        raise UsageProblem("--format rich is for the terminal; write files as markdown, json, "
                           "jsonl or text")
    first = archive.date_bound(since, "--since") if since is not None else None
    last = archive.date_bound(until, "--until") if until is not None else None
    status = ExitStatus.OK
    if run.inputs:
        sources = _sources(run)
        _check_output(run, sources)
        briefs, failed = _brief_list(sources, run)
        briefs = [b for b in briefs if _dated_within(b.date, first, last)]
        status = ExitStatus.ERROR if failed else ExitStatus.OK
    else:
        conn = archive.connect(archive.database_path(db))
        try:
            briefs = archive.load_briefs(conn, since=first, until=last)
        finally:
            conn.close()
    _write_view(fmt, run.output, digest_view, make_digest(briefs))
    return status


def _dated_within(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    return date is not None and date >= (since or "") and date < (until or "~") + "~"


def _brief_list(sources: list[str], run: Run) -> tuple[list[Brief], int]:
    """Every input's brief (failures reported and skipped), and how many failed."""
    from briefcli.batch import iter_briefs

    briefs: list[Brief] = []
    failed = 0
    with _progress(len(sources)) as advance:
        for result in iter_briefs(sources, jobs=run.jobs, ordered=True):
            advance()
            if result.brief is None:
                failed += 1
                _error(result.error or f"{result.source}: failed")
            else:
                briefs.append(result.brief)
    return briefs, failed


def _write_view(fmt: Format, output: str | None, renderer: Any, data: Any) -> None:
    """Write `data` (search hits or a digest) with the renderer module's function for `fmt`."""
    with _destination(output) as out:
        if fmt is Format.RICH:
            from rich.console import Console

            Console(file=out).print(renderer.rich(data))
        else:
            out.write(getattr(renderer, fmt.value)(data))


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point: run the app; usage errors are one line and exit 2."""
    command = typer.main.get_command(app)
    try:
        status = command.main(
            args=list(argv) if argv is not None else None,
            prog_name="briefcli",
            standalone_mode=False,
        )
    except (typer.Abort, KeyboardInterrupt):
        _error("interrupted")
        sys.exit(ExitStatus.INTERRUPTED)
    except typer.TyperException as e:
        ctx = getattr(e, "ctx", None)
        if type(e).__name__ == "NoArgsIsHelpError" and ctx is not None:
            sys.stdout.write(ctx.get_help() + "\n")
            sys.exit(ExitStatus.USAGE)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        format_message = getattr(e, "format_message", None)
        message = format_message() if callable(format_message) else str(e)
        _error(f"{message}{hint}")
        sys.exit(getattr(e, "exit_code", ExitStatus.USAGE))
    except BrokenPipeError:
        # The reader of our output went away (`briefcli … | head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitStatus.OK)
    sys.exit(status if isinstance(status, int) else ExitStatus.OK)
