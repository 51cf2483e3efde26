"""Score the entity tagger on a gold file ("token LABEL" lines, IOB2, blank line between sentences).

``evaluate_ner(gold_path)`` scores the shipped model; ``model_path`` scores another one (its name list
``<model>.names.json`` must lie beside it, as :mod:`rasd.entities.train` writes it).  Scores are CoNLL
spans: a prediction counts only with exact boundaries and type.  Gold tokens are re-tokenised the way Rasd
tokenises (:func:`rasd.entities.train.retokenise`), so punctuation tokens are not scored.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from rasd.entities.tagger import MODEL_FILE
from rasd.entities.train import PRF, evaluate_model, load_sentences


@dataclass(frozen=True, slots=True)
class NerReport:
    gold: str
    gold_sha256: str
    model: str
    sentences: int
    tokens: int
    per_type: dict[str, PRF]
    micro: PRF  # PER, LOC, ORG, MISC
    micro_plo: PRF  # PER, LOC, ORG

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def evaluate_ner(gold_path: str | Path, model_path: str | Path | None = None) -> NerReport:
    sents = load_sentences(gold_path)
    if model_path is None:
        with resources.as_file(resources.files("rasd.data").joinpath(MODEL_FILE)) as shipped:
            scores = evaluate_model(shipped, sents)
            model = str(shipped)
    else:
        scores = evaluate_model(model_path, sents)
        model = str(model_path)
    return NerReport(
        gold=str(gold_path),
        gold_sha256=file_sha256(gold_path),
        model=model,
        sentences=len(sents),
        tokens=sum(len(s.words) for s in sents),
        per_type=scores.per_type,
        micro=scores.micro,
        micro_plo=scores.micro_plo,
    )
