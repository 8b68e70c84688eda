"""Check many drafts: one pipeline per process, an optional analysis cache, `--jobs N` processes.

With one job the drafts are checked in this process. With more, each worker process loads its
own pipeline once (torch threads = cores ÷ jobs, so the workers never oversubscribe the CPU) and
results come back in input order, so the report is the same whatever the number of jobs.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from .cache import AnalysisCache
from .engine import Analyser, CheckResult, check_document
from .io import Document
from .knowledge import Knowledge
from .models import ModelSource
from .sources import SourceText

Item = TypeVar("Item")
Result = TypeVar("Result")


@dataclass(frozen=True)
class RunOptions:
    """How to analyse: which models, where the cache lives (None: no cache), how many processes."""

    source: ModelSource
    cache_dir: str | None = None
    jobs: int = 1
    parse_all: bool = False
    timeout: int | None = None  # seconds one draft may take; None: no limit


@dataclass(frozen=True)
class Task:
    """One draft with its own rule severities (they depend on the draft's path)."""

    doc: Document
    severities: dict[str, str] | None = None


@dataclass(frozen=True)
class Failure:
    """A draft that could not be checked (it exhausted memory); the others still are."""

    path: str
    message: str


@dataclass
class Worker:
    """What one process needs to check drafts: its analyser (pipeline loaded once) and settings."""

    analyser: Analyser
    kb: Knowledge
    sources: list[SourceText] | None
    parse_all: bool
    timeout: int | None = None

    def check(self, task: Task) -> CheckResult | Failure:
        try:
            with _deadline(self.timeout) as deadline:
                self.analyser.while_loading = deadline.paused
                return check_document(task.doc, self.analyser, self.kb, task.severities, self.sources,
                                      self.parse_all)
        except DraftTimeout:
            return Failure(task.doc.path, f"{task.doc.path}: gave up after {self.timeout} s (the time limit: "
                                          "--timeout or timeout in the config); the draft is not checked")
        except MemoryError:
            return _out_of_memory(task.doc.path)
        except RuntimeError as exc:  # torch's allocator says it this way
            if "allocate memory" not in str(exc):
                raise
            return _out_of_memory(task.doc.path)


class DraftTimeout(Exception):
    """One draft took longer than the time limit."""


class _deadline:
    """Raise DraftTimeout in this thread after `seconds` (a SIGALRM timer), not counting model loads.

    Only in a process's main thread (the CLI, its worker processes); elsewhere, e.g. inside a Dask
    worker's thread pool, there is no limit. Torch returns to Python between operations, so the
    alarm lands within a fraction of a second even in the middle of the parser.
    """

    def __init__(self, seconds: int | None):
        self.seconds = seconds if seconds and threading.current_thread() is threading.main_thread() else None

    def __enter__(self) -> _deadline:
        if self.seconds:
            self.previous = signal.signal(signal.SIGALRM, self._expired)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Stop the clock (the first draft should not pay for loading the models)."""
        left = signal.setitimer(signal.ITIMER_REAL, 0)[0] if self.seconds else 0.0
        try:
            yield
        finally:
            if left:
                signal.setitimer(signal.ITIMER_REAL, left)

    @staticmethod
    def _expired(signum: int, frame: object) -> None:
        raise DraftTimeout


def _out_of_memory(path: str) -> Failure:
    return Failure(path, f"{path}: ran out of memory analysing the draft (the parser's memory grows with the "
                         "square of a sentence's length: look for a very long sentence)")


def make_worker(options: RunOptions, kb: Knowledge, sources: list[SourceText] | None = None) -> Worker:
    cache = AnalysisCache(options.cache_dir, options.source) if options.cache_dir else None
    return Worker(Analyser(options.source, cache=cache, jobs=options.jobs), kb, sources, options.parse_all,
                  options.timeout)


_WORKER: list[Worker] = []  # the worker of this process, in pool processes


def _start_worker(options: RunOptions, kb: Knowledge, sources: list[SourceText] | None) -> None:
    _WORKER[:] = [make_worker(options, kb, sources)]


def _check_in_worker(task: Task) -> CheckResult | Failure:
    return _WORKER[0].check(task)


def ordered_map(submit: Callable[[Item], Future], items: Iterable[Item], window: int) -> Iterator[Any]:
    """Results of `submit(item)` in input order, with at most `window` items in flight.

    Works with any executor whose futures have `.result()` (concurrent.futures, dask.distributed),
    and never holds a whole archive in memory.
    """
    pending: deque[Future] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def process_pool(jobs: int, initializer: Callable[..., None] | None = None,
                 initargs: tuple = ()) -> ProcessPoolExecutor:
    """A pool of `jobs` processes; spawned, because a forked torch process can deadlock."""
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer, initargs=initargs)


def check_all(tasks: Iterable[Task], kb: Knowledge, options: RunOptions,
              sources: list[SourceText] | None = None) -> Iterator[CheckResult | Failure]:
    """Results in the order of `tasks`, lazily, so a caller can show progress."""
    if options.jobs <= 1:
        worker = make_worker(options, kb, sources)
        for task in tasks:
            yield worker.check(task)
        return
    with process_pool(options.jobs, _start_worker, (options, kb, sources)) as pool:
        yield from ordered_map(lambda task: pool.submit(_check_in_worker, task), tasks, options.jobs * 4)
