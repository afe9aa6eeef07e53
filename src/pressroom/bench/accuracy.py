"""`pressroom bench accuracy`: score the parser on the seeds, a generated corpus and the dev set."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from pressroom.bench.scoring import figures, load_labels, new_totals, score_file
from pressroom.bench.throughput import ParseRun, parse_files
from pressroom.corpus import generate_document, write_corpus
from pressroom.parsing import learn_boilerplate, parse_bytes
from pressroom.settings import PROJECT_DIR
from pressroom.staging import BOILERPLATE_SAMPLE

DEFAULT_SEED = 20160512
DEFAULT_N = 2000
#: The 41 hand-labelled real releases, beside the checkout (shared/dev), when present.
DEFAULT_DEV = PROJECT_DIR.parent / "shared" / "dev"

Labels = list[tuple[str, dict | list[dict]]]


@dataclass
class DatasetScore:
    """One data set's totals, figures, misses and parse speed."""

    name: str
    files: int
    releases: int
    seconds: float
    totals: dict[str, int]
    misses: dict[str, list[str]] = field(default_factory=dict)  # file stem -> misses
    boilerplate: int = 0  # lines learned from the data set, as the pipeline learns them

    @property
    def figures(self) -> dict[str, float]:
        return figures(self.totals)

    @property
    def releases_per_second(self) -> float:
        return self.releases / self.seconds if self.seconds > 0 else float("inf")


def _text(data: bytes) -> str:
    """A raw file as text for learning boilerplate: UTF-8, else charset-normalizer's guess.

    (The parser's own decoder is internal to `pressroom.parsing`; every labelled data set we
    score is UTF-8, so the fallback only keeps a stray legacy file from being skipped.)
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        return str(best) if best is not None else ""


def parse_dataset(root: Path) -> tuple[Labels, ParseRun, frozenset[str]]:
    """Labels of ROOT/expected (and expected/multi), the parse of their ROOT/raw files, and the
    boilerplate learned from the data set.

    Parsed as the pipeline parses: with the boilerplate learned from the data set on as many
    files as the pipeline samples (the first ones by name here, the latest landed there).
    Learning is not counted in the parse speed.
    """
    labels = list(load_labels(root / "expected"))
    raws = {p.stem: p for p in sorted((root / "raw").iterdir()) if p.is_file()}
    missing = [stem for stem, _ in labels if stem not in raws]
    if missing:
        raise FileNotFoundError(f"{root}: no raw file for label(s) {', '.join(missing[:5])}")
    sample = list(raws.values())[:BOILERPLATE_SAMPLE]
    learned = learn_boilerplate(_text(p.read_bytes()) for p in sample)
    run = parse_files([raws[stem] for stem, _ in labels], boilerplate=learned)
    return labels, run, learned


def score_dataset(name: str, root: Path) -> DatasetScore:
    """Parse ROOT/raw/* in-process and score against ROOT/expected (and expected/multi)."""
    labels, run, learned = parse_dataset(root)
    tot = new_totals()
    misses: dict[str, list[str]] = {}
    for stem, expected in labels:
        found = score_file(expected, run.predictions.get(stem), tot)
        if found:
            misses[stem] = found
    return DatasetScore(name, run.files, tot["docs"], run.seconds, tot, misses, len(learned))


def run_accuracy(seeds: Path, corpus: Path | None, n: int, seed: int,
                 dev: Path | None = None) -> list[DatasetScore]:
    """Score the seeds, a corpus (generated into a temporary folder when not given), and the
    real dev set when `dev` is given."""
    results = [score_dataset("seeds", seeds)]
    if corpus is not None:
        results.append(score_dataset(f"corpus {corpus}", corpus))
    else:
        with tempfile.TemporaryDirectory(prefix="pressroom-corpus-") as tmp:
            write_corpus(n, seed, Path(tmp))
            results.append(score_dataset(f"generated n={n} seed={seed}", Path(tmp)))
    if dev is not None:
        results.append(score_dataset("real dev", dev))
    return results


ROWS = (("statistics precision", "stat_precision"), ("statistics recall", "stat_recall"),
        ("statistics F1", "stat_f1"), ("qualifier accuracy", "qualifier"),
        ("period accuracy", "period"), ("subject accuracy", "subject"),
        ("contacts recall", "contacts_recall"), ("contacts precision", "contacts_precision"),
        ("phones recall", "phones_recall"),
        ("e-mails recall", "emails_recall"), ("titles recall", "title"),
        ("countries recall", "country"))


def format_report(results: list[DatasetScore]) -> str:
    """A fixed-width table: one column per data set."""
    width = max(22, *(len(r.name) + 2 for r in results))
    lines = ["figure".ljust(24) + "".join(r.name.rjust(width) for r in results)]
    lines.append("files / releases".ljust(24)
                 + "".join(f"{r.files} / {r.releases}".rjust(width) for r in results))
    for label, key in ROWS:
        lines.append(label.ljust(24) + "".join(f"{r.figures[key]:.3f}".rjust(width)
                                               for r in results))
    lines.append("boilerplate learned".ljust(24)
                 + "".join(f"{r.boilerplate} lines".rjust(width) for r in results))
    lines.append("parse releases/second".ljust(24)
                 + "".join(f"{r.releases_per_second:.1f}".rjust(width) for r in results))
    lines.append("failed / extra releases".ljust(24)
                 + "".join(f"{r.totals['failed']} / {r.totals['rel_extra']}".rjust(width)
                           for r in results))
    return "\n".join(lines)


def format_misses(result: DatasetScore, limit: int) -> str:
    """The first `limit` files with misses, one line each."""
    items = list(result.misses.items())[:limit]
    return "\n".join(f"{result.name} {stem}: " + "; ".join(m) for stem, m in items)


GROUP_COLUMNS = (("stat P", "stat_precision"), ("stat R", "stat_recall"), ("stat F1", "stat_f1"),
                 ("qualif", "qualifier"), ("contacts", "contacts_recall"),
                 ("phones", "phones_recall"), ("e-mails", "emails_recall"), ("titles", "title"),
                 ("country", "country"))


def score_by_layout(n: int, seed: int) -> dict[str, tuple[int, dict[str, int]]]:
    """Generate n documents in memory, parse them, and total the scores per language and, for
    fr/en/es, per layout: group -> (files, totals). Shows which layouts the parser still misses
    (Portuguese is its own row: one language the parser may not know would blur the layouts)."""
    docs = [generate_document(seed, i) for i in range(n)]
    learned = learn_boilerplate(d.text for d in docs[:BOILERPLATE_SAMPLE])
    groups: dict[str, tuple[int, dict[str, int]]] = {}
    for doc in docs:
        source = f"{doc.name}.txt"
        parsed = parse_bytes(doc.data, source=source, boilerplate=learned)
        predicted = [r.to_contract(source) for r in parsed.releases]
        label = doc.expected if doc.multi else doc.expected[0]
        language = doc.expected[0]["release"]["language"]
        keys = [f"language {language}"] + ([f"fr/en/es {doc.layout}"] if language != "pt" else [])
        for key in keys:
            files, tot = groups.get(key) or (0, new_totals())
            score_file(label, predicted, tot)
            groups[key] = (files + 1, tot)
    return dict(sorted(groups.items()))


def format_groups(groups: dict[str, tuple[int, dict[str, int]]]) -> str:
    """One row per group: files, then the main figures."""
    width = max(len(k) for k in groups) + 2
    lines = ["group".ljust(width) + "files".rjust(6)
             + "".join(name.rjust(9) for name, _ in GROUP_COLUMNS)]
    for key, (files, tot) in groups.items():
        values = figures(tot)
        lines.append(key.ljust(width) + str(files).rjust(6)
                     + "".join(f"{values[k]:.3f}".rjust(9) for _, k in GROUP_COLUMNS))
    return "\n".join(lines)
