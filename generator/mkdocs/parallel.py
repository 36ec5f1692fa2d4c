"""One MkDocs build on several cores: forked copies of the build render a share of the pages.

MkDocs renders pages one after another: first every page's Markdown (``_populate_page``),
then every page's template (``_build_page``). Both loops are pure per page once the build
has read its configuration, files and navigation, and together they are most of a build.
The briefgen plugin therefore forks the build process twice (POSIX only, not under
``mkdocs serve`` or ``--dirty``):

- at the first page's Markdown, each worker converts every N-th page exactly as MkDocs
  would (``_populate_page``: the plugins' page events, then ``Page.render``) and sends back
  what rendering sets on the page (its HTML, table of contents, title, anchors and links
  to anchors); this process renders the other pages and takes the workers' results in
  place of rendering theirs;
- at the first page's template, when every page is rendered, each worker renders the
  template of every N-th page (the context, the plugins' ``on_page_context``, the
  template), and this process takes the HTML in place of rendering it; everything after
  (``on_post_page``, writing the file) stays here, in MkDocs' order.

What a worker logs while it renders a page (a broken link, say) is sent with the page and
logged here when the page's turn comes, so ``--strict`` counts it and the messages appear
in the same order as in a build on one core. A page whose result does not arrive (the
worker failed or died) is rendered here, as MkDocs would, so an error is reported by the
same code and in the same words as without workers. The site is the same byte for byte
(``tests/test_parallel.py`` builds it both ways).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

LOGGER = "mkdocs"
"""The logger MkDocs counts warnings on (``--strict``); plugins log under it."""
IN_WORKER = False
"""True in a worker: the plugin's hooks leave the work to the process that forked it."""
_capture: _Capture | None = None


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Forking a build is safe where ``fork`` is the platform's own way to start a process
    (not on Windows, which has none, nor on macOS, where system libraries forbid it)."""
    return hasattr(os, "fork") and sys.platform != "darwin"


class _Capture(logging.Handler):
    """In a worker: what the build logs while one page is rendered."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(
            {
                "name": record.name,
                "levelno": record.levelno,
                "levelname": record.levelname,
                "msg": record.getMessage(),
                "pathname": record.pathname,
                "lineno": record.lineno,
                "funcName": record.funcName,
            }
        )


def forget_logs() -> None:
    """In a worker: drop what was logged for the current page so far (what the parent
    logs itself too, such as the plugins' page events before rendering)."""
    if _capture is not None:
        _capture.records = []


def relog(records: Sequence[dict[str, Any]]) -> None:
    """Log here what a worker logged, through this process's handlers (and counters)."""
    for fields in records:
        record = logging.makeLogRecord(fields)
        logging.getLogger(record.name).handle(record)


class Workers:
    """``count`` forked copies of this process, which share the work on ``keys`` with it:
    this process keeps every ``keep``-th key (by default ``count + 1``: an equal share),
    the workers take the others in turn. A worker calls ``work(key)`` for each of its
    keys and sends each result back as soon as it has it.

    ``take(key)`` waits for that key's result: ``(result, records)``, or ``None`` when the
    worker failed on it or ended without it (the caller then does the work itself).
    """

    def __init__(
        self, keys: Sequence[str], work: Callable[[str], Any], count: int, keep: int = 0
    ) -> None:
        self.total = len(keys)
        """How many keys are shared out (this process's included)."""
        self.mine: dict[str, int] = {}
        self.taken = 0
        """How many results were taken from the workers."""
        self.results: dict[str, tuple[Any, list[dict[str, Any]]] | None] = {}
        self.done: set[int] = set()
        self.pids: list[int] = []
        self.readers: list[threading.Thread] = []
        self.ready = threading.Condition()
        keep = keep or count + 1
        given = 0
        for position, key in enumerate(keys):
            if position % keep:
                self.mine[key] = given % count
                given += 1
        sys.stdout.flush()
        sys.stderr.flush()
        reads: list[int] = []
        for worker in range(count):  # every fork before any thread starts here
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # pragma: no cover - the worker; its results are tested through take()
                for fd in (read, *reads):
                    os.close(fd)
                self._serve([k for k in keys if self.mine.get(k) == worker], work, write)
            os.close(write)
            self.pids.append(pid)
            reads.append(read)
        for worker, read in enumerate(reads):
            reader = threading.Thread(
                target=self._receive, args=(worker, os.fdopen(read, "rb")), daemon=True
            )
            reader.start()
            self.readers.append(reader)

    def __contains__(self, key: str) -> bool:
        return key in self.mine

    @staticmethod
    def _serve(keys: list[str], work: Callable[[str], Any], fd: int) -> None:  # pragma: no cover
        """The worker's life: work through its keys, send each result, exit."""
        global IN_WORKER, _capture
        IN_WORKER = True
        status = 0
        try:
            logger = logging.getLogger(LOGGER)
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
            capture = _capture = _Capture()
            logger.addHandler(capture)
            logger.propagate = False
            with os.fdopen(fd, "wb") as out:
                for key in keys:
                    capture.records = []
                    try:
                        result = (True, work(key))
                    except BaseException:  # the parent does this key itself
                        result = (False, None)
                    try:
                        payload = pickle.dumps((key, result, capture.records), protocol=5)
                    except Exception:  # an unpicklable result: the same
                        payload = pickle.dumps((key, (False, None), []), protocol=5)
                    out.write(len(payload).to_bytes(8, "big"))
                    out.write(payload)
                    out.flush()
        except BaseException:  # the parent renders what it did not get
            status = 1
        finally:
            os._exit(status)

    def _receive(self, worker: int, stream: BinaryIO) -> None:
        try:
            with stream:
                while header := stream.read(8):
                    payload = stream.read(int.from_bytes(header, "big"))
                    key, (ok, result), records = pickle.loads(payload)
                    with self.ready:
                        self.results[key] = (result, records) if ok else None
                        self.ready.notify_all()
        except Exception:  # a broken pipe is a worker that ended early
            pass
        finally:
            with self.ready:
                self.done.add(worker)
                self.ready.notify_all()

    def take(self, key: str) -> tuple[Any, list[dict[str, Any]]] | None:
        worker = self.mine.get(key)
        if worker is None:
            return None
        with self.ready:
            while key not in self.results and worker not in self.done:
                self.ready.wait()
            got = self.results.pop(key, None)
        self.taken += got is not None
        return got

    def close(self) -> None:
        """Stop the workers (if they are still working) and reap them."""
        for pid in self.pids:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        for pid in self.pids:
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
        for reader in self.readers:
            reader.join()
        self.pids = []
