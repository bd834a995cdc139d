"""Lint on a Dask cluster: the same findings as a serial run, from workers that need not see the client's files.

Two ways in:

- ``DaskRunner`` plugs into ``lint_paths(..., runner=...)`` (``factlint --dask ADDRESS``): the client
  finds the files and their configurations as in a serial run, and the workers lint them in
  batches of a few hundred;
- ``lint_bag`` maps a ``dask.bag`` of ``(name, text)`` pairs (articles held in Parquet or a database)
  to a bag of ``Diagnostic``.

Rule packs travel with the work as their files' bytes and are unpacked once per worker, so a
worker needs factlint installed but not the client's folders. Needs the ``dask`` extra
(``pip install 'factlint[dask]'``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from math import ceil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factlint.config import Config
from factlint.diagnostic import Diagnostic
from factlint.engine import WorkItem, lint_item
from factlint.errors import FactlintError
from factlint.inputs import InputError, read_article

if TYPE_CHECKING:
    import dask.bag

# A task lints this many articles at most: enough that the scheduler's overhead per task (a few ms)
# stays small beside the linting (about 5-20 ms an article), few enough that work spreads over workers.
BATCH_SIZE = 200
# Work is cut into at least this many batches per worker, so a slow batch does not leave workers idle.
BATCHES_PER_WORKER = 4
# Batches queued or running per worker at any time: enough to keep every worker busy between results.
IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True)
class PackSnapshot:
    """A rule pack's files as bytes, so that it can be rebuilt on a worker that cannot see the client's disk."""

    name: str
    files: tuple[tuple[str, bytes], ...]  # (path relative to the pack, content), sorted

    @classmethod
    def of(cls, pack: Path) -> "PackSnapshot":
        files = []
        for path in sorted(pack.rglob("*")):
            relative = path.relative_to(pack)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                files.append((relative.as_posix(), path.read_bytes()))
        return cls(pack.name, tuple(files))

    @property
    def digest(self) -> str:
        hasher = hashlib.sha256(self.name.encode())
        for relative, content in self.files:
            hasher.update(b"\0" + relative.encode() + b"\0" + hashlib.sha256(content).digest())
        return hasher.hexdigest()[:20]

    def unpack(self) -> Path:
        """The pack rebuilt under the worker's temporary folder (once per content: the folder is named by digest)."""
        folder = Path(tempfile.gettempdir()) / "factlint-dask-packs" / self.digest / self.name
        if not (folder.parent / "complete").exists():
            for relative, content in self.files:
                target = folder / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                temporary = target.with_name(f".{target.name}.{os.getpid()}")
                temporary.write_bytes(content)
                os.replace(temporary, target)
            folder.mkdir(parents=True, exist_ok=True)  # a pack of no files is still a folder
            (folder.parent / "complete").touch()
        return folder


@dataclass(frozen=True)
class PortableConfig:
    """A file's configuration as a worker needs it: its rule packs as snapshots, its ignores worked out."""

    config: Config
    packs: tuple[PackSnapshot, ...]

    @classmethod
    def of(cls, config: Config, path: str) -> "PortableConfig":
        # per-file-ignores match paths relative to the config's root on the client: resolve them here.
        local = config.override(ignore=config.ignored_for(path), per_file_ignores=(), rule_dirs=())
        return cls(local, tuple(_snapshot(Path(pack).resolve()) for pack in config.rule_dirs))

    def on_worker(self) -> Config:
        return replace(self.config, rule_dirs=tuple(_unpacked(pack) for pack in self.packs))


@cache
def _snapshot(pack: Path) -> PackSnapshot:
    return PackSnapshot.of(pack)


@cache
def _unpacked(pack: PackSnapshot) -> Path:
    return pack.unpack()


@dataclass(frozen=True)
class Task:
    """One article for a worker: its name in the report, its text or a path the worker reads, its configuration."""

    path: str
    text: str | None
    source_file: str | None
    config: PortableConfig


def lint_task(task: Task) -> tuple[list[Diagnostic], str | None]:
    """Diagnostics of one article on a worker, or an error line as a serial run would give."""
    text = task.text
    if text is None:
        try:
            text = read_article(task.source_file or task.path).text
        except InputError as error:
            return [], f"{error}; the Dask worker could not read it (--dask-send-text sends the text instead)"
    return lint_item((task.path, text, task.config.on_worker()))


def lint_batch(tasks: Sequence[Task]) -> list[tuple[list[Diagnostic], str | None]]:
    """A worker's task: a batch of articles. The rule set compiles once per worker process and is kept."""
    return [lint_task(task) for task in tasks]


def batch_size(items: int, workers: int) -> int:
    """Articles per task: at most ``BATCH_SIZE``, small enough to give every worker several batches."""
    return max(1, min(BATCH_SIZE, ceil(items / max(1, workers * BATCHES_PER_WORKER))))


class DaskRunner:
    """Runs ``lint_paths``' work on a Dask cluster: ``address`` is a scheduler (``tcp://host:port``) or
    ``"local"`` for a LocalCluster sized to this machine. Results come back in the order of the work."""

    def __init__(self, address: str, *, send_text: bool = False, batch: int | None = None) -> None:
        self.address = address
        self.send_text = send_text
        self.batch = batch

    def __call__(self, work: Sequence[WorkItem]) -> Iterator[tuple[list[Diagnostic], str | None]]:
        if not work:
            return
        tasks = [self._task(path, text, config) for path, text, config in work]
        with _client(self.address) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            size = self.batch or batch_size(len(tasks), workers)
            batches = [tasks[start:start + size] for start in range(0, len(tasks), size)]
            yield from _in_order(client, batches, window=workers * IN_FLIGHT_PER_WORKER)

    def _task(self, path: str, text: str, config: Config) -> Task:
        portable = PortableConfig.of(config, path)
        if self.send_text:
            return Task(path, text, None, portable)
        return Task(path, None, os.path.abspath(path), portable)


def _in_order(client: Any, batches: list[list[Task]], window: int) -> Iterator[tuple[list[Diagnostic], str | None]]:
    """Each batch's results in the order given, yielded as soon as every earlier batch is in (so progress
    moves). At most ``window`` batches are out at a time: the scheduler never holds a whole archive's
    text, and no submission is one huge graph."""
    from distributed import as_completed

    def submit(position: int) -> Any:
        # pure=False: two batches with equal articles are still two tasks, each with its own results.
        future = client.submit(lint_batch, batches[position], pure=False, retries=1)
        positions[future.key] = position
        return future

    positions: dict[str, int] = {}
    done: dict[int, list[tuple[list[Diagnostic], str | None]]] = {}
    submitted = min(window, len(batches))
    running = as_completed([submit(position) for position in range(submitted)])
    next_position = 0
    for future in running:
        done[positions.pop(future.key)] = future.result()
        if submitted < len(batches):
            running.add(submit(submitted))
            submitted += 1
        while next_position in done:
            yield from done.pop(next_position)
            next_position += 1


class _client:
    """A distributed Client for ``address``; ``"local"`` starts (and afterwards stops) a LocalCluster."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Any:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise FactlintError("--dask needs the dask extra: pip install 'factlint[dask]'") from None
        try:
            if self.address == "local":
                # Its workers' own log lines (a heartbeat that fails while the cluster shuts down on a
                # loaded machine, with a traceback) are not factlint's report: only critical ones show.
                self.cluster = LocalCluster(
                    processes=True, threads_per_worker=1, dashboard_address=":0", silence_logs=logging.CRITICAL
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address)  # waits distributed.comm.timeouts.connect (30 s)
        except (OSError, TimeoutError) as error:
            self.__exit__(None, None, None)
            raise FactlintError(f"--dask {self.address}: cannot reach the scheduler ({error})") from None
        return self.client

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def lint_bag(articles: "dask.bag.Bag", *, config: Config | None = None) -> "dask.bag.Bag":
    """A bag of ``Diagnostic`` for a bag of ``(name, text)`` pairs, linted as ``lint_text`` would lint each.

    ``config`` applies to every article (default: the built-in rules and settings); its rule packs
    travel to the workers. The linter is built once per worker process. A crash inside a rule on
    one article raises, as ``lint_text`` does, rather than hiding findings.

        >>> import dask.bag as db  # doctest: +SKIP
        >>> pairs = db.from_sequence([("a.txt", "Talks resume next a week.")])  # doctest: +SKIP
        >>> [d.rule for d in lint_bag(pairs).compute()]  # doctest: +SKIP
        ['grammar/translation-slip']
    """
    config = config or Config()
    portable = PortableConfig(config.override(rule_dirs=()), tuple(_snapshot(Path(p).resolve()) for p in config.rule_dirs))
    return articles.map_partitions(_lint_partition, portable)


def _lint_partition(pairs: Iterable[tuple[str, str]], portable: PortableConfig) -> list[Diagnostic]:
    from factlint.engine import Linter

    config = portable.on_worker()
    linter = Linter.for_config(config)
    diagnostics: list[Diagnostic] = []
    for name, text in pairs:
        document = linter.document(text, name, config.article_date)
        diagnostics.extend(linter.lint_document(document, linter.rules_for(config.select, config.ignored_for(name))))
    return diagnostics

