"""Worker processes that may die under us.

A worker can be killed from outside (the kernel's OOM killer on a huge file, a user's
`kill`); concurrent.futures then fails every pending task with BrokenProcessPool and
the run would end with a traceback and no report. Here the work goes out in small
chunks, a few at a time; when the pool breaks, the chunks that were out are run again
one file at a time in a single worker, so the file whose worker dies twice is known
and reported as lost, and the rest of the run goes on in parallel."""

from __future__ import annotations

from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Optional, Sequence

ATTEMPTS = 2  # a worker killed once may have been a bystander; twice on one file is the file
MAX_LOST = 8  # past this, workers die whatever they do: give up on the rest
CHUNK_LIMIT = 16  # small chunks: fewer files to run again one by one after a death


def forks() -> bool:
    """Are the workers forked from this process (so that they inherit its imports)?"""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _context():
    import multiprocessing

    return multiprocessing.get_context("fork" if forks() else "spawn")


class Pool:
    """Runs `function(list_of_items) -> list_of_results` in worker processes started
    with `initializer(*initargs)`. `results` holds None for each lost item."""

    def __init__(self, function: Callable, initializer: Callable, initargs: tuple, jobs: int) -> None:
        self.function = function
        self.initializer = initializer
        self.initargs = initargs
        self.jobs = jobs

    def _executor(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=_context(), initializer=self.initializer, initargs=self.initargs
        )

    def run(self, items: Sequence, weights: Optional[Sequence[int]] = None) -> tuple[list, list[int]]:
        """The results in the items' order, and the indexes of the items lost. Items go
        out in their order; with `weights` (file sizes), a chunk also closes once it
        holds its share of the work, so a chunk of large files is not one worker's tail."""
        self.items = items
        self.results: list = [None] * len(items)
        self.lost: list[int] = []
        size = max(1, min(len(items) // (self.jobs * 8), CHUNK_LIMIT))
        queue = deque(_chunks(len(items), size, weights, self.jobs))
        while queue:
            failed = self._parallel(queue)
            if failed:
                self._one_by_one(failed)
            if len(self.lost) >= MAX_LOST:
                self.lost.extend(i for chunk in queue for i in chunk)
                break
        return self.results, sorted(self.lost)

    def _parallel(self, queue: deque) -> list[int]:
        """Run chunks from the queue until it is empty or the pool breaks; returns the
        items of the chunks that did not come back."""
        failed: list[int] = []
        with self._executor(self.jobs) as pool:
            out: dict = {}
            while queue or out:
                while queue and not failed and len(out) < self.jobs * 2:
                    chunk = queue.popleft()
                    try:
                        out[pool.submit(self.function, [self.items[i] for i in chunk])] = chunk
                    except BrokenProcessPool:
                        failed.extend(chunk)
                if not out:
                    break
                finished, _ = wait(out, return_when=FIRST_COMPLETED)
                for future in finished:
                    chunk = out.pop(future)
                    values = self._values(future)
                    if values is None or len(values) != len(chunk):
                        failed.extend(chunk)
                    else:
                        for index, value in zip(chunk, values):
                            self.results[index] = value
        return failed

    def _one_by_one(self, indexes: list[int]) -> None:
        pending = deque(indexes)
        attempts = dict.fromkeys(indexes, 0)
        while pending and len(self.lost) < MAX_LOST:
            with self._executor(1) as pool:
                while pending:
                    index = pending[0]
                    try:
                        values = self._values(pool.submit(self.function, [self.items[index]]))
                    except BrokenProcessPool:
                        values = None
                    if values is None or len(values) != 1:
                        attempts[index] += 1
                        if attempts[index] >= ATTEMPTS:
                            pending.popleft()
                            self.lost.append(index)
                        break  # a fresh worker for what is left
                    pending.popleft()
                    self.results[index] = values[0]
        self.lost.extend(pending)

    @staticmethod
    def _values(future) -> Optional[list]:
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - BrokenProcessPool, or a worker's MemoryError
            return None


def _chunks(count: int, size: int, weights: Optional[Sequence[int]], jobs: int) -> list[list[int]]:
    if weights is None:
        return [list(range(start, min(start + size, count))) for start in range(0, count, size)]
    share = max(1, sum(weights) // (jobs * 16))
    chunks: list[list[int]] = []
    chunk: list[int] = []
    held = 0
    for index in range(count):
        chunk.append(index)
        held += weights[index]
        if len(chunk) >= size or held >= share:
            chunks.append(chunk)
            chunk, held = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks
