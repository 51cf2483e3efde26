"""Distributional word clusters for the entity tagger, built from raw Arabic news.

A word's cluster says which words share its neighbours ("Ghwayran" sits where other prison and town names
sit), so the CRF generalises to names it never saw in ANERcorp.  The recipe is deliberately plain and
deterministic: normalised tokens (:mod:`rasd.text.normalise`, :data:`rasd.text.segment._TOKEN`), counts of
the words up to ``window`` places left and right of each frequent word, positive-PMI weighting, a seeded randomized SVD to
``dims`` dimensions and spherical k-means at several granularities.

    python -m rasd.entities.clusters --corpus ../shared/data/saudinewsnet/articles.jsonl.gz \
        --out src/rasd/data/ner_clusters.tsv.gz

The output is a gzipped TSV: ``word<TAB>c1<TAB>c2<TAB>c3`` (cluster ids, coarse to fine).  It is loaded by
:func:`rasd.entities.features.clusters`.  Needs numpy only.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from rasd.text.normalise import normalise_str
from rasd.text.segment import _TOKEN

DEFAULT_KS = (64, 256, 1024)


def corpus_tokens(path: Path, limit: int | None = None) -> Iterator[list[str]]:
    """Normalised tokens of each article's title and text in a JSONL(.gz) corpus."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            rec = json.loads(line)
            text = normalise_str((rec.get("title") or "") + "\n" + (rec.get("text") or ""))
            yield _TOKEN.findall(text)


def _kmeans(x: np.ndarray, k: int, seed: int, iterations: int = 25) -> np.ndarray:
    """Spherical k-means (rows of ``x`` are unit vectors); returns a label per row."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        labels = np.concatenate(
            [np.argmax(x[i : i + 8192] @ centres.T, axis=1) for i in range(0, len(x), 8192)]
        )
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) or 1.0)
    return labels


def build_clusters(
    corpus: Path,
    *,
    vocab: int = 50_000,
    contexts: int = 2_000,
    window: int = 1,
    dims: int = 120,
    ks: tuple[int, ...] = DEFAULT_KS,
    min_count: int = 5,
    seed: int = 13,
    limit: int | None = None,
) -> dict[str, tuple[int, ...]]:
    counts: Counter[str] = Counter()
    docs: list[list[str]] = []
    for toks in corpus_tokens(corpus, limit):
        counts.update(toks)
        docs.append(toks)
    ranked = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    words = ranked[:vocab]
    ids = {w: i for i, w in enumerate(words)}
    n_ctx = min(contexts, len(words))
    blocks = {d: np.zeros((len(words), n_ctx), dtype=np.float32) for d in range(-window, window + 1) if d}
    for toks in docs:
        seq = np.fromiter((ids.get(t, -1) for t in toks), dtype=np.int64, count=len(toks))
        for d, block in blocks.items():  # block[w, c]: c stands d places from w
            if len(seq) <= abs(d):
                continue
            w, c = (seq[:-d], seq[d:]) if d > 0 else (seq[-d:], seq[:d])
            ok = (w >= 0) & (c >= 0) & (c < n_ctx)
            np.add.at(block, (w[ok], c[ok]), 1.0)
    m = np.hstack([blocks[d] for d in sorted(blocks)])
    del blocks
    total = m.sum()
    expected = m.sum(axis=1, keepdims=True) @ m.sum(axis=0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        m = np.maximum(np.log(m / expected), 0.0).astype(np.float32)  # positive PMI
    m[~np.isfinite(m)] = 0.0
    m /= np.linalg.norm(m, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(m @ rng.standard_normal((m.shape[1], dims + 20)).astype(np.float32))
    u, s, _ = np.linalg.svd(q.T @ m, full_matrices=False)
    x = (q @ u[:, :dims]) * s[:dims]
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    labels = [_kmeans(x, k, seed + k) for k in ks]
    return {w: tuple(int(lab[i]) for lab in labels) for i, w in enumerate(words)}


def write_clusters(table: dict[str, tuple[int, ...]], out: Path) -> None:
    lines = ["\t".join([w, *map(str, cs)]) for w, cs in sorted(table.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(out, "wb") as fh:  # mtime=0: the same table gives the same bytes
        fh.write(gzip.compress(data, compresslevel=9, mtime=0))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--vocab", type=int, default=50_000)
    ap.add_argument("--contexts", type=int, default=2_000)
    ap.add_argument("--window", type=int, default=1)
    ap.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    args = ap.parse_args(argv)
    write_clusters(
        build_clusters(
            args.corpus, vocab=args.vocab, contexts=args.contexts, window=args.window, limit=args.limit
        ),
        args.out,
    )


if __name__ == "__main__":
    main()
