"""Work spread over processes that load once: the parent loads the dictionaries and tables,
then forks its workers, which share them (copy on write) instead of loading them again."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """Processes to use when none are asked for: one per core (at most 8)."""
    return max(1, min(8, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def workers(jobs: int, tasks: int) -> int:
    """How many worker processes to use for `tasks` tasks when `jobs` are asked for."""
    return max(1, min(jobs, tasks, (os.cpu_count() or 1) * 2))


def run(fn: Callable[[T], R], tasks: list[T], jobs: int, warm: Callable[[], Any] | None = None,
        size: Callable[[T], int] | None = None) -> Iterator[R]:
    """fn(task) for every task, in this process when one job is asked for, else in forked workers
    (largest tasks first, so that the last ones to finish are short); results as they finish."""
    n = workers(jobs, len(tasks))
    if n == 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(fn, tasks)
        return
    if warm is not None:
        warm()
    order: Iterable[T] = sorted(tasks, key=size, reverse=True) if size else tasks
    with ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(fn, t) for t in order]
        for f in as_completed(futures):
            yield f.result()


class WarmPool:
    """Worker processes forked now and warmed up by `warm` (imports, tables) in the background;
    tasks sent later run there. The tasks and their results travel by pickle."""

    def __init__(self, n: int, warm: Callable[[], Any]) -> None:
        self.pool = multiprocessing.get_context("fork").Pool(n, initializer=warm)

    def run(self, fn: Callable[[T], R], tasks: list[T]) -> Iterator[R]:
        """fn(task) for every task, results as they finish."""
        yield from self.pool.imap_unordered(fn, tasks)

    @staticmethod
    def available() -> bool:
        return "fork" in multiprocessing.get_all_start_methods()

    def close(self) -> None:
        self.pool.close()
        self.pool.join()

    def terminate(self) -> None:
        self.pool.terminate()
        self.pool.join()
