"""Score parses against labelled releases by the rules of shared/tools/score_parse.py.

Same matching: a reported statistic matches an unused expected one with the same value and unit;
optional ones neither count nor hurt; qualifier, period and subject are scored on matched pairs;
contacts match on e-mail, else on folded name; phones on e164. The totals carry the same keys as
score_parse.py (tests check they agree), plus `rel_extra` for releases a parse reported that no
label asks for (never scored, as score_parse.py keeps only the first object of a file).

A label file holds one object (one release) or a list (a page with several releases): the
predicted releases of such a page are paired with the labels by title, then in page order.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

TOTAL_KEYS = ("docs", "failed", "title_ok", "country_ok", "lang_ok",
              "st_exp", "st_rep", "st_match", "st_qual_ok", "st_period_ok", "st_subj_n",
              "st_subj_ok", "ct_exp", "ct_rep", "ct_match", "ph_exp", "ph_match", "em_exp",
              "em_match")


def new_totals() -> dict[str, int]:
    """Zeroed counters (score_parse.py's keys and `rel_extra`)."""
    return dict.fromkeys((*TOTAL_KEYS, "rel_extra"), 0)


def fold(text: str | None) -> str:
    """Accents, case and typographic apostrophes ignored."""
    s = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold() \
        .replace("’", "'").strip()


def num(value: object) -> float | None:
    try:
        return round(float(value), 6)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _key(stat: dict) -> tuple[float | None, str]:
    return num(stat.get("value")), (stat.get("unit") or "").lower()


def score_release(exp: dict, pred: dict | None, tot: dict[str, int]) -> list[str]:
    """Add one labelled release to the totals; returns what the parse missed or added."""
    tot["docs"] += 1
    exp_st = [s for s in exp.get("statistics", []) if not s.get("optional")]
    opt_st = [s for s in exp.get("statistics", []) if s.get("optional")]
    tot["st_exp"] += len(exp_st)
    tot["ct_exp"] += len(exp.get("contacts", []))
    for c in exp.get("contacts", []):
        tot["ph_exp"] += len(c.get("phones", []))
        tot["em_exp"] += len(c.get("emails", []))
    if pred is None:
        tot["failed"] += 1
        return ["FAILED no release parsed"]
    misses: list[str] = []
    _score_release_fields(exp.get("release", {}), pred.get("release", {}) or {}, tot, misses)
    _score_statistics(exp_st, opt_st, pred.get("statistics", []) or [], tot, misses)
    _score_contacts(exp.get("contacts", []), pred.get("contacts", []) or [], tot, misses)
    return misses


def _score_release_fields(er: dict, pr: dict, tot: dict[str, int], misses: list[str]) -> None:
    if fold(er.get("title")) == fold(pr.get("title")):
        tot["title_ok"] += 1
    else:
        misses.append(f"title {pr.get('title')!r}")
    if (er.get("country") or "").upper() == (pr.get("country") or "").upper():
        tot["country_ok"] += 1
    else:
        misses.append(f"country {pr.get('country')!r} != {er.get('country')!r}")
    if er.get("language") == pr.get("language"):
        tot["lang_ok"] += 1


def _score_statistics(expected: list[dict], optional: list[dict], reported: list[dict],
                      tot: dict[str, int], misses: list[str]) -> None:
    pool, opt_pool = list(expected), list(optional)
    for s in reported:
        key = _key(s)
        hit = next((e for e in pool if _key(e) == key), None)
        if hit is not None:
            pool.remove(hit)
            tot["st_rep"] += 1
            tot["st_match"] += 1
            _score_pair(s, hit, key, tot, misses)
            continue
        ohit = next((e for e in opt_pool if _key(e) == key), None)
        if ohit is not None:
            opt_pool.remove(ohit)
            continue
        tot["st_rep"] += 1
        misses.append(f"extra stat {key} {s.get('text')!r}")
    misses.extend(f"missed stat {e['value']} {e['unit']} {e.get('text')!r}" for e in pool)


def _score_pair(s: dict, hit: dict, key: tuple, tot: dict[str, int], misses: list[str]) -> None:
    if (s.get("qualifier") or "exact") == (hit.get("qualifier") or "exact"):
        tot["st_qual_ok"] += 1
    else:
        misses.append(f"qualifier {key} {s.get('qualifier')} != {hit.get('qualifier')}")
    got = (s.get("period_start"), s.get("period_end"))
    want = (hit.get("period_start"), hit.get("period_end"))
    if hit.get("period_skip") or got == want:
        tot["st_period_ok"] += 1
    else:
        misses.append(f"period {key} {got} != {want}")
    if hit.get("subject"):
        tot["st_subj_n"] += 1
        head = fold(hit["subject"]).split()[0]
        if head in fold(s.get("subject")).split():
            tot["st_subj_ok"] += 1
        else:
            misses.append(f"subject {key} {s.get('subject')!r} != {hit['subject']!r}")


def _score_contacts(expected: list[dict], reported: list[dict], tot: dict[str, int],
                    misses: list[str]) -> None:
    pcs = list(reported)
    tot["ct_rep"] += len(pcs)
    for c in expected:
        emails = {fold(x) for x in c.get("emails", [])}
        hit = next((p for p in pcs if emails & {fold(x) for x in p.get("emails", []) or []}),
                   None) or next((p for p in pcs if fold(p.get("name")) == fold(c.get("name"))),
                                 None)
        if hit is None:
            misses.append(f"missed contact {c.get('name')!r}")
            continue
        pcs.remove(hit)
        tot["ct_match"] += 1
        tot["em_match"] += len(emails & {fold(x) for x in hit.get("emails", []) or []})
        got = {p.get("e164") for p in hit.get("phones", []) or []}
        for p in c.get("phones", []):
            if p["e164"] in got:
                tot["ph_match"] += 1
            else:
                misses.append(f"missed phone {p['e164']} of {c.get('name')!r}")
    misses.extend(f"extra contact {p.get('name')!r}" for p in pcs)


def pair(expected: list[dict], predicted: list[dict]) -> tuple[list[dict | None], int]:
    """Predicted release for each expected one (by folded title, then page order); extras."""
    if len(expected) == 1:
        return [predicted[0] if predicted else None], max(len(predicted) - 1, 0)
    unused = list(predicted)
    out: list[dict | None] = [None] * len(expected)
    for i, e in enumerate(expected):
        title = fold(e.get("release", {}).get("title"))
        hit = next((p for p in unused if fold((p.get("release") or {}).get("title")) == title),
                   None)
        if hit is not None:
            unused.remove(hit)
            out[i] = hit
    for i in range(len(expected)):
        if out[i] is None and unused:
            out[i] = unused.pop(0)
    return out, len(unused)


def score_file(expected: dict | list[dict], predicted: list[dict] | None,
               tot: dict[str, int]) -> list[str]:
    """Score one page: its label(s) against the releases the parse returned."""
    labels = expected if isinstance(expected, list) else [expected]
    if predicted is None:
        return [m for e in labels for m in score_release(e, None, tot)]
    paired, extra = pair(labels, predicted)
    tot["rel_extra"] += extra
    misses = [m for e, p in zip(labels, paired, strict=True) for m in score_release(e, p, tot)]
    if extra:
        misses.append(f"{extra} extra release(s)")
    return misses


def load_labels(labels_dir: Path) -> Iterator[tuple[str, dict | list[dict]]]:
    """(stem, label) for LABELS/*.json (one release) and LABELS/multi/*.json (a list)."""
    files = sorted(labels_dir.glob("*.json")) + sorted((labels_dir / "multi").glob("*.json"))
    for path in files:
        yield path.stem, json.loads(path.read_text(encoding="utf-8"))


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def figures(tot: dict[str, int]) -> dict[str, float]:
    """The rates a person reads: statistics P/R/F1, pair accuracies, recalls."""
    p = ratio(tot["st_match"], tot["st_rep"])
    r = ratio(tot["st_match"], tot["st_exp"])
    return {
        "stat_precision": p, "stat_recall": r,
        "stat_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "qualifier": ratio(tot["st_qual_ok"], tot["st_match"]),
        "period": ratio(tot["st_period_ok"], tot["st_match"]),
        "subject": ratio(tot["st_subj_ok"], tot["st_subj_n"]),
        "contacts_recall": ratio(tot["ct_match"], tot["ct_exp"]),
        "contacts_precision": ratio(tot["ct_match"], tot["ct_rep"]),
        "phones_recall": ratio(tot["ph_match"], tot["ph_exp"]),
        "emails_recall": ratio(tot["em_match"], tot["em_exp"]),
        "title": ratio(tot["title_ok"], tot["docs"]),
        "country": ratio(tot["country_ok"], tot["docs"]),
        "language": ratio(tot["lang_ok"], tot["docs"]),
    }
