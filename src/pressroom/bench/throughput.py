"""Throughput: parse many files in-process and time the parse alone (`parse_files`, used by
the accuracy benchmark); and the whole pipeline end to end (`run_throughput`)."""

from __future__ import annotations

import codecs
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressroom import progress


@dataclass
class ParseRun:
    """The contract objects of each file's releases, and how long parsing took."""

    predictions: dict[str, list[dict]]  # file stem -> releases (to_contract objects)
    seconds: float
    files: int
    releases: int  # releases the parser returned


def parse_files(paths: list[Path], boilerplate: frozenset[str] = frozenset()) -> ParseRun:
    """Run `pressroom.parsing.parse_bytes` on every file, timing only the parse calls.

    `boilerplate`: the corpus's learned lines, passed to every parse as the pipeline does.
    """
    from pressroom.parsing import parse_bytes

    blobs = [(p.stem, p.name, p.read_bytes()) for p in paths]
    predictions: dict[str, list[dict]] = {}
    releases = 0
    if blobs:  # one untimed parse loads the language models once, outside the measure
        parse_bytes(blobs[0][2], source=blobs[0][1], boilerplate=boilerplate)
    start = time.perf_counter()
    for done, (stem, name, data) in enumerate(blobs, start=1):
        parsed = parse_bytes(data, source=name, boilerplate=boilerplate)
        predictions[stem] = [r.to_contract(name) for r in parsed.releases]
        releases += len(parsed.releases)
        progress.advance("parsing", done, len(blobs))
    seconds = time.perf_counter() - start
    return ParseRun(predictions, seconds, len(blobs), releases)


# --- End-to-end throughput: `pressroom bench throughput` -----------------------------------

#: The steps of a pipeline run, as the run summary names them (warehouse/last_run.json).
STAGES = ("land", "validate landing", "parse", "validate staging", "transform",
          "validate marts", "publish")

#: Time outside the stages' work (the summary's `overhead`, pressroom.overhead): the first
#: five are start-up, before the first stage (`preload`: GX and dbt, imported while Prefect's
#: server boots, and the parser's warm-up when the run parses in-process; `database check`:
#: what is left of reading the working database whole, which runs during the preload;
#: `prefect server`: what is left of its boot after the imports); the Dask
#: cluster is inside `parse`, dbt's import inside `transform`.
OVERHEAD = ("imports", "flow imports", "preload", "database check", "prefect server",
            "dask cluster", "dbt import")


@dataclass
class RunFigures:
    """One `pressroom run` measured from outside: wall time, peak memory, per-stage seconds."""

    label: str
    files: int  # files in the inbox this run
    wall: float
    peak_rss_mb: float  # largest resident set of any ONE of the run's processes (wait4)
    releases: int  # releases parsed in this run
    seconds: dict[str, float]
    status: str
    overhead: dict[str, float] = field(default_factory=dict)  # pressroom.overhead's pieces
    memory: dict[str, StageMemory] = field(default_factory=dict)  # sampled, per stage
    cpu: dict[str, dict[str, float]] = field(default_factory=dict)  # stage -> role -> CPU s

    @property
    def startup(self) -> float | None:
        """Process start to the first stage (imports, Prefect's server, the flow run)."""
        return self.overhead.get("startup")

    @property
    def orchestration(self) -> float | None:
        """The rest of the wall time outside the stages: between stages, the end of the flow
        run, the process's exit."""
        if self.startup is None:
            return None
        return max(0.0, self.wall - self.startup - sum(self.seconds.values()))

    @property
    def releases_per_s(self) -> float:
        return self.releases / self.wall if self.wall else 0.0

    @property
    def parse_releases_per_s(self) -> float:
        parse = self.seconds.get("parse") or 0.0
        return self.releases / parse if parse else 0.0


@dataclass
class StageMemory:
    """Peak resident sets (MB) sampled during one stage of a run: the `pressroom run` process,
    its largest child (Dask worker, Prefect server...), and the whole process tree at once."""

    run: float = 0.0
    child: float = 0.0
    child_name: str = ""
    tree: float = 0.0

    def add(self, run: float, children: dict[str, float], tree: float) -> None:
        self.run = max(self.run, run)
        self.tree = max(self.tree, tree)
        for name, rss in children.items():
            if rss > self.child:
                self.child, self.child_name = rss, name


#: Stage names as the sampler reports them: `land` includes the start-up before it (the run's
#: log names a stage when it is done), `end` is what follows publish (docs, summary, exit).
MEMORY_STAGES = (*STAGES, "end")


class MemorySampler:
    """Samples the RSS of a process and of its children every `interval` seconds in a thread,
    and files each sample under the stage running then: the stage after the last one whose
    line ("✓ land (3.2 s)") the run's log shows.

    It also sums the CPU seconds (user + system) each process used since the previous sample
    under that stage, by role (`cpu`: "run process", "dask worker" for all workers together,
    "prefect server", ...): where the cores went during, say, the parse stage. A process is
    counted from its start; the CPU of a child's last `interval` before it exits is lost."""

    def __init__(self, pid: int, log: Path, interval: float = 0.2) -> None:
        import threading

        self.pid, self.log, self.interval = pid, log, interval
        self.stages: dict[str, StageMemory] = {}
        self.cpu: dict[str, dict[str, float]] = {}
        self._cpu_seen: dict[int, float] = {}  # each process's CPU seconds at its last sample
        # The sampler shares the machine it measures: it reads only the log's new bytes and
        # each child's command line once.
        self._read_up_to, self._tail, self._done = 0, "", -1
        self._decode = codecs.getincrementaldecoder("utf-8")(errors="replace").decode
        self._roles: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _stage(self) -> str:
        try:
            with self.log.open("rb") as f:
                f.seek(self._read_up_to)
                new = f.read()
        except OSError:
            new = b""
        self._read_up_to += len(new)
        # Keep a line's worth of the previous read: a stage line may arrive in two reads.
        text = self._tail + self._decode(new)
        self._tail = text[-200:]
        for k, stage in enumerate(STAGES):
            if k > self._done and f"✓ {stage} (" in text:
                self._done = k
        return MEMORY_STAGES[self._done + 1]

    def _sample(self) -> None:
        import psutil  # type: ignore[import-untyped]  # no stubs in the lock

        mb = 1024 * 1024
        try:
            process = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.wait(self.interval):
            try:
                run = process.memory_info().rss / mb
                children = process.children(recursive=True)
                used = {"run process": self._cpu_since(process)}
            except psutil.Error:
                return
            sizes: dict[str, float] = {}
            for child in children:
                try:
                    if child.pid not in self._roles:
                        self._roles[child.pid] = _role(child.cmdline())
                    name, rss = self._roles[child.pid], child.memory_info().rss / mb
                    used[name] = used.get(name, 0.0) + self._cpu_since(child)
                except psutil.Error:
                    continue
                sizes[name] = max(sizes.get(name, 0.0), rss)
                sizes.setdefault("_sum", 0.0)
                sizes["_sum"] += rss
            tree = run + sizes.pop("_sum", 0.0)
            stage = self._stage()
            self.stages.setdefault(stage, StageMemory()).add(run, sizes, tree)
            cpu = self.cpu.setdefault(stage, {})
            for name, seconds in used.items():
                cpu[name] = cpu.get(name, 0.0) + seconds

    def _cpu_since(self, process: Any) -> float:
        """CPU seconds `process` (a psutil.Process) used since its previous sample."""
        times = process.cpu_times()
        total = times.user + times.system
        before = self._cpu_seen.get(process.pid, 0.0)
        self._cpu_seen[process.pid] = total
        return total - before


def _role(cmdline: list[str]) -> str:
    """What a child of `pressroom run` is, from its command line."""
    text = " ".join(cmdline)
    if "uvicorn" in text:
        return "prefect server"
    if "multiprocessing" in text:
        return "dask worker"
    return Path(cmdline[0]).name if cmdline else "?"


def format_memory(figures: list[RunFigures]) -> str:
    """A markdown table of the sampled peak RSS (MB) per stage of each run: the run process,
    its largest child and the process tree (every process at once)."""
    head = ["run", "stage", "run process", "largest child", "tree"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for f in figures:
        for stage in MEMORY_STAGES:
            if m := f.memory.get(stage):
                child = f"{m.child:.0f} ({m.child_name})" if m.child_name else "-"
                lines.append(f"| {f.label} | {stage} | {m.run:.0f} | {child} | {m.tree:.0f} |")
    return "\n".join(lines)


#: Roles of `format_cpu`'s columns; any other process is summed under "other".
CPU_ROLES = ("run process", "dask worker", "prefect server")


def format_cpu(figures: list[RunFigures]) -> str:
    """A markdown table of the CPU seconds sampled per stage of each run: the run process
    (the flow, its writer, Dask's scheduler and client), the Dask workers together, Prefect's
    temporary server and any other child."""
    head = ["run", "stage", *CPU_ROLES, "other"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for f in figures:
        for stage in MEMORY_STAGES:
            if (used := f.cpu.get(stage)) is None:
                continue
            other = sum(s for name, s in used.items() if name not in CPU_ROLES)
            cells = [f"{used.get(role, 0.0):.1f}" for role in CPU_ROLES] + [f"{other:.1f}"]
            lines.append(f"| {f.label} | {stage} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run_throughput(n: int, workdir: Path, corpus: Path | None = None,
                   seed: int = 20160512) -> list[RunFigures]:
    """Run the whole pipeline in a scratch root on `n` files (or `corpus`): a first run on 99 %
    of them, a no-op rerun, then a run with the last 1 % added. Each run is a fresh
    `pressroom run` process, as a user or a deployment runs it."""
    import shutil

    raw = corpus_files(n, workdir, corpus, seed)
    held = max(1, len(raw) // 100)
    first, added = raw[:-held], raw[-held:]
    root, inbox = workdir / "root", workdir / "inbox"
    shutil.rmtree(root, ignore_errors=True)
    shutil.rmtree(inbox, ignore_errors=True)
    inbox.mkdir(parents=True)
    link_files(first, inbox)
    figures = [_measure("first run", len(first), root, inbox),
               _measure("no-op rerun", len(first), root, inbox)]
    link_files(added, inbox)
    figures.append(_measure(f"+{len(added)} new files (1 %)", len(raw), root, inbox))
    return figures


def format_throughput(figures: list[RunFigures]) -> str:
    """A markdown table of the runs: wall, releases/s, peak RSS, seconds per stage, then where
    the time outside the stages goes: start-up (process start to the first stage: see
    OVERHEAD),
    orchestration (the rest of the wall time outside the stages), and inside two stages the
    `dask cluster`'s start and stop and the `dbt import`."""
    head = ["run", "files", "wall s", "releases", "releases/s", "parse rel/s", "peak RSS MB",
            *STAGES, "startup", "orchestration", *OVERHEAD]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for f in figures:
        cells = [f.label + ("" if f.status == "completed" else f" ({f.status})"), str(f.files),
                 f"{f.wall:.1f}", str(f.releases), f"{f.releases_per_s:.0f}",
                 f"{f.parse_releases_per_s:.0f}" if f.releases else "-", f"{f.peak_rss_mb:.0f}"]
        cells += [f"{f.seconds[s]:.1f}" if s in f.seconds else "-" for s in STAGES]
        cells += ["-" if v is None else f"{v:.1f}" for v in (f.startup, f.orchestration)]
        cells += [f"{f.overhead[o]:.1f}" if o in f.overhead else "-" for o in OVERHEAD]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def corpus_files(n: int, workdir: Path, corpus: Path | None, seed: int) -> list[Path]:
    if corpus is None:
        from pressroom.corpus import write_corpus

        corpus = workdir / f"corpus-{n}-{seed}"
        if not (corpus / "raw").is_dir() or len(list((corpus / "raw").iterdir())) != n:
            write_corpus(n, seed, corpus)
    folder = corpus / "raw" if (corpus / "raw").is_dir() else corpus
    return sorted(p for p in folder.iterdir() if p.is_file())


def link_files(files: list[Path], inbox: Path) -> None:
    """Put files in the inbox without copying their bytes when the file system allows."""
    import os
    import shutil

    for f in files:
        try:
            os.link(f, inbox / f.name)
        except OSError:
            shutil.copy2(f, inbox / f.name)


def _measure(label: str, files: int, root: Path, inbox: Path) -> RunFigures:
    """Time one `pressroom run` process. Its peak RSS comes from the kernel (wait4): the
    largest resident set of any ONE process of the run, the run process itself or a child it
    waited for (Dask worker, Prefect's temporary server), not their sum. The sampler adds, per
    stage, the run process, its largest child and the sum over the process tree."""
    import json
    import os
    import subprocess
    import sys

    exe = Path(sys.executable).with_name("pressroom")
    env = os.environ | {"PRESSROOM_ROOT": str(root)}
    summary_file = root / "warehouse" / "last_run.json"
    summary_file.unlink(missing_ok=True)
    log = root.parent / f"run-{label.split()[0].strip('+')}.log"
    start = time.perf_counter()
    with log.open("wb") as out:
        process = subprocess.Popen([str(exe), "run", "--inbox", str(inbox)], env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
        with MemorySampler(process.pid, log) as sampler:
            _, code, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    summary = json.loads(summary_file.read_text("utf-8")) if summary_file.is_file() else {}
    parse = summary.get("stages", {}).get("parse", {})
    if summary:
        status = summary.get("status", "?")
    elif code == 0 and b"Nothing new" in log.read_bytes():
        status = "completed"  # the command found nothing to do, without a Prefect run
    else:
        status = f"failed, see {log}"
    return RunFigures(label, files, wall, usage.ru_maxrss / 1024, int(parse.get("releases", 0)),
                      summary.get("seconds", {}), status, summary.get("overhead", {}),
                      sampler.stages, sampler.cpu)
