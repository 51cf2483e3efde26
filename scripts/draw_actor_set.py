"""Draw the articles of a blind actor dev set: ``python scripts/draw_actor_set.py --seed S --n N --out FILE``.

The pool is the rows of ``security_subset.jsonl.gz`` in file order whose id is in no earlier actor set
(``dev/actors*.jsonl``) nor in ``dev/articles_gold.jsonl``, and whose text contains no sentence of
``dev/places.jsonl``; ``random.seed(S); random.sample(pool, N)`` picks the articles, in draw order.  Each is cut
to its lead: the text up to the first sentence end (. ! ? ؟) at or after 600 characters, or the whole text if
none (``labelled_until``).  This is how ``dev/actors_blind4.jsonl`` and ``dev/actors_blind5.jsonl`` were drawn
(``--seed 20261128 --n 30 --check dev/actors_blind5.jsonl`` reproduces the latter).

The rows are written unlabelled (``mentions: []``) for hand labelling; run nothing of Rasd on them before they
are labelled, or the set is no longer blind.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SUBSET = Path("../shared/data/saudinewsnet/security_subset.jsonl.gz")
LEAD_CHARS = 600
_END = re.compile(r"[.!?؟]")


def _ids(path: Path, key: str) -> set[str]:
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if key in row:
            out.add(str(row[key]))
    return out


def lead_end(text: str) -> int:
    """Where the lead ends: after the first sentence end at or after LEAD_CHARS, else the whole text."""
    m = _END.search(text, LEAD_CHARS - 1)
    return m.end() if m else len(text)


def pool(dev: Path, subset: Path, skip: set[Path]) -> list[dict[str, str]]:
    seen: set[str] = set()
    for path in sorted(dev.glob("actors*.jsonl")):
        if path not in skip:
            seen |= _ids(path, "id")
    seen |= _ids(dev / "articles_gold.jsonl", "article_id") | _ids(dev / "articles_gold.jsonl", "id")
    place_texts = [
        str(json.loads(line)["text"]) for line in (dev / "places.jsonl").read_text("utf-8").splitlines()
    ]
    with gzip.open(subset, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [r for r in rows if r["id"] not in seen and not any(t in r["text"] for t in place_texts)]


def draw(seed: int, n: int, dev: Path, subset: Path, skip: set[Path]) -> list[dict[str, object]]:
    articles = pool(dev, subset, skip)
    random.seed(seed)
    out: list[dict[str, object]] = []
    for r in random.sample(articles, n):
        end = lead_end(r["text"])
        out.append(
            {"id": r["id"], "source": r.get("source"), "published": r.get("published"), "labelled_until": end,
             "text": r["text"][:end], "mentions": []}
        )  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--out", type=Path, help="write the unlabelled draw here")
    ap.add_argument("--check", type=Path, help="compare the draw's ids and leads with this labelled set")
    ap.add_argument("--dev", type=Path, default=Path("dev"))
    ap.add_argument("--subset", type=Path, default=SUBSET)
    args = ap.parse_args()
    skip = {args.check} if args.check else set()
    rows = draw(args.seed, args.n, args.dev, args.subset, skip)
    if args.check:
        gold = [json.loads(line) for line in args.check.read_text("utf-8").splitlines()]
        gold = [g for g in gold if "mentions" in g]
        same = [(g["id"], g["text"]) for g in gold] == [(r["id"], r["text"]) for r in rows]
        print(f"{args.check}: {'reproduced' if same else 'NOT reproduced'} ({len(gold)} articles)")
    if args.out:
        with args.out.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
