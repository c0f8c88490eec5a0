"""Entities: quality on the hand-annotated dev set and speed on baomoi, vs underthesea.ner.

Quality (tests/resources/entities_dev/dev.jsonl, 4,150 real excerpts): people (exact span),
initiatives (exact span), title + organisation attached to people that have one, and
organisations and places (exact span) on the excerpts annotated for them (heldout4 onwards).
underthesea.ner's PER spans are the people baseline (it has no notion of initiatives or
titles). Speed: syllables per second over the first N baomoi-5000 articles, both tools on
the same texts in the same run; underthesea.ner is called sentence by sentence (its
sent_tokenize, timed with it), its fastest use: on a whole article it is several times
slower. Long texts: one text of up to the default limit of characters (1,000,000) against
the same text in pieces. Audit (tests/resources/entities_dev/audit.jsonl): precision of
mentions found in articles never read while rules were written, as annotators judged
them, at the rules of the sampling (blind) and now. Constructed paragraphs
(tests/resources/entities_probe/probe.jsonl, written and annotated in the style of
provincial press; no real articles): the same scores, in a table of their own.

    python -m benchmarks entities --limit=300      # speed on 300 articles
    python -m benchmarks entities --quick          # 100 articles
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from benchmarks._common import shared, table, timer
from corpus_tool.settings import load_settings

DEV = Path(__file__).resolve().parent.parent / "tests" / "resources" / "entities_dev" / "dev.jsonl"
AUDIT = DEV.with_name("audit.jsonl")
PROBE = DEV.parent.parent / "entities_probe" / "probe.jsonl"
_SYLLABLE = re.compile(r"[^\W_]+")


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _sentences(text: str) -> list[str]:
    """underthesea's sentences of each line: ner is meant for sentences (and slows down
    more than linearly on a whole article)."""
    from corpus_tool.nlp import underthesea

    out: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            out.extend(underthesea().sent_tokenize(line))
    return out


def _ner(text: str) -> list[tuple[str, str, str, str]]:
    from corpus_tool.nlp import underthesea

    tagged: list[tuple[str, str, str, str]] = []
    for sentence in _sentences(text):
        tagged.extend(underthesea().ner(sentence))
    return tagged


def _underthesea_people(text: str) -> list[tuple[int, int]]:
    """PER spans of underthesea.ner (sentence by sentence) mapped back to offsets."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    current: list[int] | None = None
    for word, _pos, _chunk, tag in _ner(text):
        at = text.find(word, cursor)
        if at < 0:
            at = cursor
        end = at + len(word)
        cursor = end
        if tag == "B-PER" or (tag == "I-PER" and current is None):
            if current is not None:
                spans.append((current[0], current[1]))
            current = [at, end]
        elif tag == "I-PER" and current is not None:
            current[1] = end
        else:
            if current is not None:
                spans.append((current[0], current[1]))
            current = None
    if current is not None:
        spans.append((current[0], current[1]))
    return spans


def _norm(value: str | None) -> str:
    return " ".join((value or "").lower().split())


_BASELINE_CACHE: dict[str, list[tuple[int, int]]] = {}


def quality(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Return P/R/F1 for people, initiatives, and title/org accuracy, ours and baseline."""
    from corpus_tool.entities import extract_entities

    c = {"p_tp": 0, "p_pred": 0, "p_gold": 0, "i_tp": 0, "i_pred": 0, "i_gold": 0,
         "t_gold": 0, "t_ok": 0, "b_tp": 0, "b_pred": 0, "u_tp": 0, "u_pred": 0,
         "o_tp": 0, "o_pred": 0, "o_gold": 0, "l_tp": 0, "l_pred": 0, "l_gold": 0}
    misses: list[str] = []
    for item in items:
        text = item["text"]
        got = extract_entities(text)
        gold_p = {(p["start"], p["end"]): p for p in item["people"]}
        pred_p = {(p.start, p.end): p for p in got.people}
        c["p_gold"] += len(gold_p)
        c["p_pred"] += len(pred_p)
        c["p_tp"] += len(gold_p.keys() & pred_p.keys())
        for key, g in gold_p.items():
            if key not in pred_p:
                misses.append(f"{item['id']}: missed person {g['name']!r}")
            if g["title"] is None:
                continue
            c["t_gold"] += 1
            p = pred_p.get(key)
            if p is not None and _norm(p.title) == _norm(g["title"]) \
                    and _norm(p.organization) == _norm(g["organization"]):
                c["t_ok"] += 1
            else:
                seen = (p.title, p.organization) if p is not None else "not found"
                misses.append(f"{item['id']}: {g['name']!r} role {seen} != "
                              f"{(g['title'], g['organization'])}")
        for key, p in pred_p.items():
            if key not in gold_p:
                misses.append(f"{item['id']}: extra person {p.name!r}")
        gold_i = {(i["start"], i["end"]) for i in item["initiatives"]}
        pred_i = {(i.start, i.end): i for i in got.initiatives}
        c["i_gold"] += len(gold_i)
        c["i_pred"] += len(pred_i)
        c["i_tp"] += len(gold_i & pred_i.keys())
        for i in item["initiatives"]:
            if (i["start"], i["end"]) not in pred_i:
                misses.append(f"{item['id']}: missed initiative {i['name']!r}")
        for key, i in pred_i.items():
            if key not in gold_i:
                misses.append(f"{item['id']}: extra initiative {i.name!r}")
        for kind, gold_key, found in (("o", "organizations", got.organizations),
                                      ("l", "locations", got.locations)):
            if gold_key not in item:
                continue
            gold_s = {(o["start"], o["end"]) for o in item[gold_key]}
            pred_s = {(o.start, o.end) for o in found}
            c[f"{kind}_gold"] += len(gold_s)
            c[f"{kind}_pred"] += len(pred_s)
            c[f"{kind}_tp"] += len(gold_s & pred_s)
        if text not in _BASELINE_CACHE:
            _BASELINE_CACHE[text] = _underthesea_people(text)
        base = set(_BASELINE_CACHE[text])
        c["b_pred"] += len(base)
        c["b_tp"] += len(base & gold_p.keys())
        # Would underthesea help? Add its PER spans that overlap none of ours.
        union = set(pred_p) | {b for b in base
                               if not any(s < b[1] and b[0] < e for s, e in pred_p)}
        c["u_pred"] += len(union)
        c["u_tp"] += len(union & gold_p.keys())
    return {"counts": c, "misses": misses,
            "people": _prf(c["p_tp"], c["p_pred"], c["p_gold"]),
            "initiatives": _prf(c["i_tp"], c["i_pred"], c["i_gold"]),
            "roles": c["t_ok"] / c["t_gold"] if c["t_gold"] else 0.0,
            "organizations": _prf(c["o_tp"], c["o_pred"], c["o_gold"]),
            "locations": _prf(c["l_tp"], c["l_pred"], c["l_gold"]),
            "baseline_people": _prf(c["b_tp"], c["b_pred"], c["p_gold"]),
            "union_people": _prf(c["u_tp"], c["u_pred"], c["p_gold"])}


def _baomoi(limit: int) -> list[str]:
    from corpus_tool._text import clean_text

    texts = []
    with shared("baomoi", "baomoi-5000.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(clean_text(json.loads(line)["text"]))
            if len(texts) >= limit:
                break
    return texts


def speed(limit: int) -> tuple[int, float, float]:
    """Return (syllables, seconds ours, seconds underthesea.ner) over ``limit`` baomoi texts."""
    from corpus_tool.entities import extract_entities
    from corpus_tool.nlp import underthesea

    texts = _baomoi(limit)
    syllables = sum(len(_SYLLABLE.findall(t)) for t in texts)
    extract_entities("Ông Lê Thanh Long cho biết.")  # load the lexicon outside the timing
    underthesea().ner("Ông Lê Thanh Long cho biết.")
    with timer() as ours:
        for t in texts:
            extract_entities(t)
    with timer() as base:
        for t in texts:
            _ner(t)
    return syllables, ours["seconds"], base["seconds"]


# A paragraph naming people who recur (written for the benchmark), repeated into one long
# text: thousands of mentions of the same names, the worst case for linking them.
_RECURRING = ("Tổng thống Colombia Juan Manuel Santos cho biết hòa bình sẽ đến. Ông Juan nói "
              "thêm rằng ông Santos sẽ gặp bà Lê Thị Hoa, Giám đốc Sở Y tế. ")


def _generated(chars: int, unit: Callable[[random.Random, list[str]], str],
               words: list[str]) -> list[str]:
    """Paragraphs of about 2,500 characters (an article's length) made of ``unit``, up to
    ``chars`` characters in all, from a fixed seed."""
    rnd = random.Random(3)
    pieces: list[str] = []
    size = 0
    while True:
        piece = ""
        while len(piece) < 2500:
            piece += unit(rnd, words)
        size += len(piece) + 1
        if size > chars:
            return pieces
        pieces.append(piece)


def _titled_person(rnd: random.Random, words: list[str]) -> str:
    return (f"Ông {rnd.choice(('Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'))} {rnd.choice(words)} "
            f"{rnd.choice(words)}, Giám đốc Sở {rnd.choice(words)}, cho biết. ")


def _bodies(rnd: random.Random, words: list[str]) -> str:
    return (f"UBND xã {rnd.choice(words)} {rnd.choice(words)} và Công ty TNHH "
            f"{rnd.choice(words)} ")


def long_texts(chars: int) -> list[tuple[str, int, float, float]]:
    """Extraction on one long text against the same text cut into its articles (or
    paragraphs), in syllables per second: a long text should not be read more slowly.
    Return (label, syllables, seconds in pieces, seconds whole) for the first baomoi
    articles joined (up to ``chars`` characters), a paragraph repeated, and paragraphs
    generated from capitalised words of those articles: thousands of different titled
    people, or of bodies."""
    from corpus_tool.entities import extract_entities

    joined: list[str] = []
    size = 0
    for t in _baomoi(5000):
        size += len(t) + 1
        if size > chars:
            break
        joined.append(t)
    repeated = [_RECURRING] * (chars // (len(_RECURRING) + 1))
    capitals = sorted({w for t in joined for w in t.split() if w[:1].isupper() and w.isalpha()})
    out = []
    for label, pieces in ((f"{len(joined)} baomoi articles joined", joined),
                          ("one paragraph naming the same people, repeated", repeated),
                          ("generated: different people with titles",
                           _generated(chars, _titled_person, capitals)),
                          ("generated: different bodies", _generated(chars, _bodies, capitals))):
        whole = "\n".join(pieces)
        syllables = len(_SYLLABLE.findall(whole))
        with timer() as apart:
            for t in pieces:
                extract_entities(t)
        with timer() as together:
            extract_entities(whole)
        out.append((f"{label} ({len(whole):,} characters)", syllables, apart["seconds"],
                    together["seconds"]))
    return out


def audit(items: list[dict[str, Any]],
          answers: list[dict[str, Any] | None]) -> dict[str, Any]:
    """Precision on the audit's sampled mentions, given the extractor's answer for each:
    now (``_answers_now``: extracted again from their articles in ``../shared/data``; the
    excerpt kept with each item is what the annotator read), or stored when the items were
    sampled (``item["system"]``: the blind figures).

    Each item is one mention the extractor found (at the commit in ``rules``) in an article
    never read while rules were written, judged by an annotator who saw only the excerpt,
    the mention and the guideline. Returns, per kind: mentions found, of them those the
    annotator judged right with the exact span (``exact``), and for people the titled ones
    (annotator's title) with the same title and organisation; mentions no longer found are
    counted apart, with how many of them were right.
    """
    c = {"p_found": 0, "p_exact": 0, "p_dropped": 0, "p_dropped_true": 0, "t_gold": 0,
         "t_ok": 0, "i_found": 0, "i_exact": 0, "i_dropped": 0, "i_dropped_true": 0}
    for item, answer in zip(items, answers, strict=True):
        judged = item["judged"]
        k = "p" if item["kind"] == "person" else "i"
        right = bool(judged["is_person" if k == "p" else "is_initiative"])
        if answer is None:
            c[f"{k}_dropped"] += 1
            c[f"{k}_dropped_true"] += right
            continue
        c[f"{k}_found"] += 1
        if right and judged["name"] == answer["name"]:
            c[f"{k}_exact"] += 1
            if k == "p" and judged["title"]:
                c["t_gold"] += 1
                c["t_ok"] += _same_role(answer, judged)
    return c


def _same_role(x: dict[str, Any], y: dict[str, Any]) -> bool:
    """True when two answers give the same title and organisation (case and spacing aside)."""
    return _norm(x["title"]) == _norm(y["title"]) \
        and _norm(x["organization"]) == _norm(y["organization"])


def agreement(items: list[dict[str, Any]],
              answers: list[dict[str, Any] | None]) -> list[tuple[str, ...]]:
    """How far two annotators agree on title and organisation, beside the extractor.

    Items judged a second time (``judged_again``, by an annotator who saw neither the first
    judgement nor the extractor's) are counted when both call the mention the same titled
    person. Rows: all of them, scored against the first annotator; those where the two
    agree (the extractor against their shared answer). ``answers``: the extractor's answer
    now for each item.
    """
    def same(x: dict[str, Any] | None, y: dict[str, Any]) -> bool:
        return x is not None and x["name"] == y["name"] and _same_role(x, y)

    both = [(i, n) for i, n in zip(items, answers, strict=True)
            if "judged_again" in i
            and i["judged_again"]["is_person"] and i["judged_again"]["title"]
            and i["judged_again"]["name"] == i["judged"]["name"]]
    agreed = [(i, n) for i, n in both if same(i["judged_again"], i["judged"])]
    rows: list[tuple[str, ...]] = []
    for label, chosen in (("both call it a titled person", both),
                          ("... and give the same title and body", agreed)):
        k = len(chosen)
        rows.append((f"{label}: {k}",
                     f"{sum(same(i['judged_again'], i['judged']) for i, _ in chosen)}/{k}",
                     f"{sum(same(i['system'], i['judged']) for i, _ in chosen) / k:.3f}",
                     f"{sum(same(n, i['judged']) for i, n in chosen) / k:.3f}"))
    return rows


def _answers_now(items: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    """The extractor's answer now at each audit item's span (None when nothing is found)."""
    from corpus_tool._text import clean_text
    from corpus_tool.entities import extract_entities

    wanted = {(i["source"], i["id"]) for i in items}
    articles: dict[tuple[str, str], Any] = {}
    for source in sorted({s for s, _ in wanted}):
        with shared(*source.split("/")).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if (source, str(record["id"])) in wanted:
                    articles[source, str(record["id"])] = extract_entities(
                        clean_text(record["text"]))
    out: list[dict[str, Any] | None] = []
    for item in items:
        entities = articles[item["source"], item["id"]]
        mentions = entities.people if item["kind"] == "person" else entities.initiatives
        found = [m for m in mentions if m.start < item["end"] and item["start"] < m.end]
        out.append(None if not found else {
            "name": found[0].name, "title": getattr(found[0], "title", None),
            "organization": getattr(found[0], "organization", None)})
    return out


def _audit_row(label: str, a: Mapping[str, int], *, dropped: bool = False) -> tuple[str, ...]:
    """One row of the audit table; with ``dropped``, the mentions no longer found too."""
    def gone(k: str) -> str:
        return f" ({a[f'{k}_dropped']} gone, {a[f'{k}_dropped_true']} of them right)" \
            if dropped else ""

    return (label, f"{a['p_exact']}/{a['p_found']} = {a['p_exact'] / a['p_found']:.3f}"
            + gone("p"),
            f"{a['t_ok']}/{a['t_gold']} = {a['t_ok'] / max(1, a['t_gold']):.3f}",
            f"{a['i_exact']}/{a['i_found']} = {a['i_exact'] / a['i_found']:.3f}" + gone("i")
            if a["i_found"] else "-")


def _by_split(items: list[dict[str, Any]]
              ) -> Iterator[tuple[str, list[dict[str, Any]], dict[str, Any]]]:
    """(batch, its items, their quality) for each batch in the order the items give them
    (the order they were added), then for all of them together as "all"."""
    for split in [*dict.fromkeys(i["split"] for i in items), "all"]:
        chosen = [i for i in items if split == "all" or i["split"] == split]
        yield split, chosen, quality(chosen)


def probe_rows() -> None:
    """Print quality on the constructed provincial-press paragraphs (``PROBE``), batch by
    batch; they are no real articles and count in none of the dev set's figures."""
    items = [json.loads(line) for line in PROBE.read_text("utf-8").splitlines() if line.strip()]
    rows: list[tuple[str, ...]] = []
    for split, chosen, q in _by_split(items):
        c = q["counts"]
        rows.append((split, str(len(chosen)), _fmt(q["baseline_people"]), _fmt(q["people"]),
                     _fmt(q["initiatives"]) + f" ({c['i_gold']} gold)",
                     f"{q['roles']:.3f} ({c['t_ok']}/{c['t_gold']})",
                     _fmt(q["organizations"]), _fmt(q["locations"])))
    print()
    print(table(rows, ("constructed paragraphs", "items", "underthesea.ner PER P/R/F1",
                       "ours people P/R/F1", "ours initiatives P/R/F1", "title+org correct",
                       "organisations P/R/F1", "places P/R/F1")))
    print("\nerrors on the constructed paragraphs:")
    for line in q["misses"]:
        print("  " + line)


def _fmt(prf: tuple[float, float, float]) -> str:
    return " / ".join(f"{x:.3f}" for x in prf)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="bench_entities")
    parser.add_argument("--limit", type=int, default=300,
                        help="baomoi articles for the speed run (use --limit=N)")
    parser.add_argument("--quick", action="store_true", help="100 articles")
    args = parser.parse_args(argv)
    limit = 100 if args.quick else args.limit
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    items = [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    rows: list[tuple[str, ...]] = []
    for split, chosen, q in _by_split(items):
        c = q["counts"]
        rows.append((split, str(len(chosen)), _fmt(q["baseline_people"]), _fmt(q["people"]),
                     f"{q['people'][2] / q['baseline_people'][2]:.2f}x"
                     if q["baseline_people"][2] else "-",
                     _fmt(q["union_people"]),
                     _fmt(q["initiatives"]) + f" ({c['i_gold']} gold)",
                     f"{q['roles']:.3f} ({c['t_ok']}/{c['t_gold']})",
                     _fmt(q["organizations"]) if c["o_gold"] else "-",
                     _fmt(q["locations"]) if c["l_gold"] else "-"))
        if split == "all":
            misses = q["misses"]
    print(table(rows, ("split", "items", "underthesea.ner PER P/R/F1", "ours people P/R/F1",
                       "F1 ratio", "ours + underthesea PER P/R/F1", "ours initiatives P/R/F1",
                       "title+org correct", "organisations P/R/F1", "places P/R/F1")))
    print("\nerrors on the dev set:")
    for line in misses:
        print("  " + line)
    probe_rows()
    audited = [json.loads(line) for line in AUDIT.read_text("utf-8").splitlines()
               if line.strip()]
    # Every audited article is read and extracted once, for the "now" rows and the agreement.
    now = _answers_now(audited)
    rows = []
    pooled: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for name in dict.fromkeys(i["round"] for i in audited):
        chosen = [k for k, i in enumerate(audited) if i["round"] == name]
        items = [audited[k] for k in chosen]
        rules = items[0]["rules"]
        for label, at_sampling in ((f"{name}, rules {rules} (blind)", True),
                                   (f"{name}, rules now", False)):
            a = audit(items, [i["system"] for i in items] if at_sampling
                      else [now[k] for k in chosen])
            pooled[at_sampling].update(a)
            rows.append(_audit_row(label, a, dropped=True))
    rows += [_audit_row("all rounds pooled, each at its rules (blind)", pooled[True]),
             _audit_row("all rounds pooled, rules now", pooled[False])]
    print()
    print(table(rows, ("audit (mentions found in unread articles, judged)",
                       "people: exact and right", "title+org right (annotator's titled)",
                       "initiatives: exact and right")))
    print()
    print(table(agreement(audited, now), ("titled mentions judged twice (audit4, audit5)",
                                     "second annotator agrees", "extractor at sampling",
                                     "extractor now")))
    syllables, ours, base = speed(limit)
    print()
    print(table([(f"{limit} baomoi articles, {syllables} syllables",
                  f"{syllables / base:,.0f}", f"{syllables / ours:,.0f}",
                  f"{base / ours:.1f}x")],
                ("speed (syllables/s)", "underthesea.ner per sentence", "extract_entities",
                 "ratio")))
    print()
    print(table([(label, f"{syllables / apart:,.0f}", f"{syllables / whole:,.0f}",
                  f"{apart / whole:.2f}x")
                 for label, syllables, apart, whole in long_texts(
                     load_settings().entities.max_chars)],
                ("one long text (syllables/s)", "extract_entities, text in pieces",
                 "extract_entities, one text", "ratio")))
    return 0
