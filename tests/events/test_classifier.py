import datetime

import numpy as np
import pytest

from rasd.doc import Doc
from rasd.events.classifier import (
    LABELS,
    N_BUCKETS,
    SentenceClassifier,
    hashed_features,
    load,
    rule_feature_names,
    rule_features,
)
from rasd.events.train_classifier import (
    DEV_GOLD,
    TRAIN_GOLD,
    cues,
    expected_calibration_error,
    fit_temperature,
    is_dev_article,
    read_gold,
    weak_label,
    weak_votes,
)


def _doc(text: str) -> Doc:
    return Doc(id="t", text=text, published=datetime.date(2015, 8, 1))


def _whole(doc: Doc):  # type: ignore[no-untyped-def]
    return doc.sentences[0]


def test_classifier_labels_order() -> None:
    assert LABELS == ("NONE", "ASSAULT", "PROTEST", "COERCE")


@pytest.mark.parametrize(
    "text",
    ["قتل 5 أشخاص في انفجار", "وقتل خمسة أشخاص في الانفجار", "تظاهر الآلاف في بغداد ٢٠١٥"],
)
def test_classifier_hashed_features_in_range_and_stable(text: str) -> None:
    a = hashed_features(text)
    assert len(a) > 0 and a.min() >= 0 and a.max() < N_BUCKETS
    assert set(a.tolist()) == set(hashed_features(text).tolist())


def test_classifier_hashed_features_ignore_diacritics_and_digit_script() -> None:
    assert set(hashed_features("قُتِلَ ٣").tolist()) == set(hashed_features("قتل 3").tolist())


def test_classifier_load_is_cached() -> None:
    assert load() is load()


@pytest.mark.parametrize(
    "text",
    [
        "قتل ستة أشخاص على الأقل في انفجار قوي استهدف فندقا في العاصمة الصومالية مقديشو اليوم.",
        "وتظاهر آلاف العراقيين، الجمعة، في بغداد للاحتجاج على الفساد ونقص الخدمات.",
        "أعلنت الشرطة عن توقيف شخصين في لندن بتهمة الترويج لتنظيم داعش.",
        "وقعت الشركة اتفاقية تعاون مع وزارة التعليم.",
    ],
)
def test_classifier_probabilities_are_distributions(text: str) -> None:
    model = load()
    for probs in (model.predict_proba([text]), model.predict_proba_fast([text])):
        assert probs.shape == (1, len(LABELS))
        assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
        assert (probs >= 0).all()


def test_classifier_cache_returns_same_answer() -> None:
    model = load()
    text = "شنت طائرات التحالف غارات على مواقع الحوثيين في تعز أمس."
    first = model.predict_proba([text, text])
    again = model.predict_proba([text])
    assert np.allclose(first[0], first[1]) and np.allclose(first[0], again[0])


def test_classifier_batch_order_is_kept() -> None:
    model = load()
    texts = ["وقعت الشركة اتفاقية تعاون.", "قتل 19 من جماعة بوكو حرام في تشاد."]
    both = model.predict_proba_fast(texts)
    assert np.allclose(both[1], model.predict_proba_fast(texts[1:])[0])


def test_classifier_empty_batch() -> None:
    model = SentenceClassifier(
        {
            "enc_w": np.zeros((512, 4)), "enc_b": np.zeros(4), "enc_t": np.float32(1.0),
            "fast_w": np.zeros((N_BUCKETS, 4)), "fast_b": np.zeros(4), "fast_t": np.float32(1.0),
        }
    )  # fmt: skip
    assert model.predict_proba([]).shape == (0, 4)
    assert np.allclose(model.predict_proba_fast(["نص"]), 0.25)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("وقعت الشركة اتفاقية تعاون مع وزارة التعليم في الرياض.", "NONE"),
        ("وقالت مصادر محلية اليوم إن غارات جوية استهدفت معسكرا للحوثيين وقتلت عناصر منهم.", "ASSAULT"),
        ("وتظاهر آلاف العراقيين الجمعة في بغداد للاحتجاج على الفساد، بحسب مصادر.", "PROTEST"),
        ("وأعلنت الشرطة اليوم عن القبض على مواطن بحوزته حبوب مخدرة، وفقا لمصدر أمني.", "COERCE"),
        ("وتظاهر آلاف العراقيين الجمعة في ساحة التحرير للمطالبة بالإصلاح.", "PROTEST"),
    ],
)
def test_classifier_weak_votes_pick_the_type(text: str, label: str) -> None:
    doc = _doc(text)
    assert LABELS[weak_label(weak_votes(doc, _whole(doc)))] == label  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        "ونفت الوزارة اليوم مقتل أي من الجنود في الهجوم، بحسب مصدر.",  # denial
        "ويعتزم التنظيم شن هجوم على المدينة، وفقا لمصادر اليوم.",  # plan
        "وهدد الحوثيون بقصف المدن السعودية، بحسب ما قال المتحدث اليوم.",  # threat
        "وقدم الأمير اليوم التعازي لأسر الشهداء الذين قتلوا في الهجوم، بحسب مصادر.",  # condolence
        "وأصدرت المحكمة اليوم حكما بالإعدام على المتهم بقتل خمسة أشخاص، وفقا لمصادر.",  # trial
        "وتعرض المهاجم لإصابة في المباراة أمس، بحسب ما قال المدرب.",  # sport
        "لقي شخص مصرعه وأصيب آخران في حادث مروري صباح أمس، بحسب مصدر.",  # accident
    ],
)
def test_classifier_weak_votes_veto_non_reports(text: str) -> None:
    doc = _doc(text)
    assert weak_label(weak_votes(doc, _whole(doc))) != LABELS.index("ASSAULT")


def test_classifier_rule_features_mark_cue_kinds() -> None:
    names = rule_feature_names()
    assert "trigger:ASSAULT" in names and "veto:condole" in names and names[-1] == "digit"
    feats = rule_features(["قتل 5 أشخاص في انفجار", "وقعت الشركة اتفاقية تعاون."], names)
    assert feats.shape == (2, len(names))
    on = {names[j] for j in np.flatnonzero(feats[0])}
    assert {"trigger:ASSAULT", "digit"} <= on and not feats[1, names.index("trigger:ASSAULT")]


def test_classifier_shipped_encoder_uses_current_rule_features() -> None:
    # editing the cue lists of weak_labels.json changes the encoder head's input: retrain the model
    model = load()
    assert model.rule_names == rule_feature_names()
    assert model.w.shape[0] == 512 + len(model.rule_names)


def test_classifier_weak_cues_load() -> None:
    c = cues()
    assert "قتل" in c.triggers and c.windows["negation"] == 3


def test_classifier_temperature_and_ece() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 4, 400)
    logits = np.eye(4)[y] * 3.0 + rng.normal(0, 1.0, (400, 4))
    base = fit_temperature(logits, y)
    assert fit_temperature(logits * 4.0, y) == pytest.approx(4.0 * base, rel=0.1)  # over-confidence is undone
    perfect = np.eye(4)[y]
    assert expected_calibration_error(perfect, y) == pytest.approx(0.0)


_STATUSES = {None, "reference", "historical", "aggregate", "plan", "denial"}


def test_classifier_hand_labels_are_well_formed() -> None:
    train, dev = read_gold(TRAIN_GOLD), read_gold(DEV_GOLD)
    for row in train + dev:
        assert row["label"] in LABELS and row["status"] in _STATUSES, row["id"]
        assert row["status"] is None or row["label"] == "NONE", row["id"]
        assert float(row["weight"]) >= 1.0, row["id"]
    assert len({r["id"] for r in train + dev}) == len(train) + len(dev)


def test_classifier_train_labels_never_touch_dev_articles() -> None:
    train, dev = read_gold(TRAIN_GOLD), read_gold(DEV_GOLD)
    dev_articles = {r["article_id"] for r in dev}
    dev_texts = {r["text"] for r in dev}
    assert all(is_dev_article(str(a)) for a in dev_articles)
    for row in train:
        assert row["article_id"] not in dev_articles and row["text"] not in dev_texts, row["id"]
        assert not is_dev_article(str(row["article_id"])), row["id"]
