"""The actor evaluation harness on a tiny hand-made dev file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from rasd.evaluate.actors import evaluate_actors


def _write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_actors_evaluate_counts_correct_missed_and_wrong(tmp_path: Path) -> None:
    text = "هاجم تنظيم داعش قرية في الأنبار وقتل خمسة مدنيين بينما فر أبو محمد"

    def span(s: str) -> dict[str, object]:
        i = text.index(s)
        return {"start": i, "end": i + len(s), "text": s}

    path = _write(tmp_path, [
        {"_doc": "header"},
        {"id": "a", "text": text, "mentions": [
            {**span("تنظيم داعش"), "actor_id": "isis"},
            {**span("مدنيين"), "actor_id": "civilians-sy"},
            {**span("أبو محمد"), "actor_id": "isis"},
        ]},
    ])  # fmt: skip
    report = evaluate_actors(path)
    assert (report.gold, report.correct) == (3, 1)
    assert report.errors == {"wrong_country": 1, "missed": 1}
    assert report.precision == 1.0
    assert report.as_dict()["accuracy"] == round(1 / 3, 4)


def test_actors_evaluate_dev_set_meets_floor() -> None:
    dev = Path(__file__).resolve().parents[2] / "dev" / "actors.jsonl"
    report = evaluate_actors(dev)
    assert report.gold >= 150
    assert report.accuracy >= 0.9


# The blind sets: each was labelled before the resolver ran on it. A floor is lowered on purpose, never by
# accident, and a changed file fails until its sha256 is re-pinned.
#   actors_blind.jsonl  (177 mentions): 72.9% when blind, 89.8% after the fixes it prompted, 97.2% after blind2's.
#   actors_blind2.jsonl (241 mentions, 45 articles, seed 20261125): 72.2% when blind, 87.6% after its fixes.
#   actors_blind3.jsonl (110 mentions, 25 articles, seed 20261126), labelled after blind2's fixes: 65.5% with the
#   code before them, 72.7% with them (the honest figure), 80.9% after the small fixes it prompted.
#   actors_blind4.jsonl (119 mentions, 25 articles, seed 20261127), labelled at the end of the second session:
#   74.8% when blind (precision 87.2%); 91.6% (precision 94.1%) after the fixes it prompted (killed counts,
#   pronoun agreement, strike doers, nisba forms, airliners and buildings, allies), which also moved blind2
#   to 90.0% (90.7%) and blind3 to 82.7% (91.3%).  dev/actors.jsonl, labelled under the first rules (no
#   killed counts, no allies), fell to 96.0% (precision 91.2%) with them.
#   actors_blind5.jsonl (115 mentions, 30 articles, seed 20261128), labelled in the third session while blind4's
#   fixes were being written, scored only at the end: 70.4% (precision 84.9%) on the code before those fixes and
#   70.4% (85.7%) after them: the honest figure, and the sign that they did not carry over.
#   actors_blind6.jsonl (155 mentions, 30 articles, seed 20261204, scripts/draw_actor_set.py), labelled in the
#   fourth session before the resolver was scored on it: 75.5% (precision 84.0%) on the code of that session's
#   start and after its actor fixes alike (the honest figure); 82.6% (85.4%) after the generic fixes it prompted
#   (الثوار in Yemen, rebel militias, a dual that counts itself, counted tourists/students/employees).
#   actors_blind7.jsonl (177 mentions, 30 articles, seed 20261205), labelled in the fifth session before the
#   resolver was scored on it: 75.1% (precision 91.7%), the honest figure; 87.6% (92.1%) after the generic fixes
#   it prompted (an ally's short name joined to its ally, الحوثي وصالح; ه/ها not owned by a plural of people;
#   أتباعه, جماعته, أعضائه; forces loyal to the president; AQ branches by country; families, women and
#   journalists hit; شهداء الواجب; Kurdish gunmen by country), which also moved blind6 to 85.2% (84.3%) and
#   blind5, never looked at, from 70.4% (85.7%) to 73.9% (82.1%): five more spurious mentions there, so its
#   precision floor went 0.85 -> 0.80 on purpose (in the other sets the new spurious ones are mostly labelling
#   conventions: "وصالح" and "أتباعه" were not labelled before).
#   actors_blind8.jsonl (142 mentions, 30 articles, seed 20261206), labelled at the end of the fifth session and
#   scored once before any error was looked at: 76.8% (precision 87.9%) on that session's final actor code and
#   76.1% (87.8%) on its starting code: the session's fixes carried over by one mention.
#   actors_blind9.jsonl (147 mentions, 30 articles, seed 20261207), labelled in the sixth session by a helper who
#   never ran Rasd, committed, then scored once before any error was looked at: 68.7% (precision 85.8%), the same
#   on that session's starting code (its event work left actors alone): the honest figure.  76.9% (86.8%) after
#   the generic fixes it prompted (police officers counted, Saiqa special forces and the Omar Mukhtar operations
#   room as LNA, Anbar tribal volunteers, Nigerian self-defence militias, a strike noun with a nationality
#   (ضربة إسرائيلية) and the drone after it, foreign advisers with a nationality); the other sets did not move.
#   actors_blind10.jsonl (156 mentions, 30 articles, seed 20261208), labelled in the seventh session by a helper
#   who never ran Rasd on them, committed, then scored once before any error was looked at: 76.3% (precision
#   88.7%), the honest figure.  82.7% (89.3%) after the generic fixes it prompted (موصول "connected" is no Mosul,
#   Morocco's police bodies, the coalition's joint task force, state security and intelligence services as
#   police, أمنيين as security men, a demonstrative before التنظيم points back whatever follows it, and insults
#   after it); the other sets did not move.
#   actors_blind11.jsonl (180 mentions, 30 articles, seed 20261209), labelled in the seventh session by a helper
#   who never ran Rasd on them, committed, then scored once on that session's late code before any error was
#   read: 76.7% (precision 92.7%), the honest figure (blind10 gave 76.3% the same way earlier that session).
#   82.8% (92.9%) after the generic fixes it prompted (PJAK, riot police, the military institution, Iraq's Shia
#   militias, "قائد الجيش اللبناني" names the army, حماة الوطن is no Hama); the other sets did not move.
#   actors_blind12.jsonl (123 mentions, 30 articles, seed 20261210), labelled in the fourteenth session by a
#   helper who never ran Rasd on them, committed, then scored once before any error was read: 75.6% (precision
#   81.2%), the honest figure.  80.5% (83.3%) after the generic fixes it prompted (a ta marbuta phrase is not read
#   in a word ending in the pronoun ه: ورعاه is no رعاة; هجوم مسلح is no gunman; Kurdish fighters by country,
#   أتباع صالح, فصائل المقاومة الشعبية, LIFG, GICM, the Euphrates Volcano room); the other sets did not move.
#   actors_blind13.jsonl (131 mentions, 30 articles, seed 20261217), labelled in the seventeenth session by a
#   helper who never ran Rasd on them, committed, then scored once before any error was read: 78.6% (precision
#   83.9%), the honest figure.
#   actors_blind14.jsonl (126 mentions, 30 articles, seed 20261224), labelled in the eighteenth session by a
#   helper who never ran Rasd on them, committed, then scored once before any error was read: 82.5% (precision
#   82.7%), the honest figure.
#   actors_blind15.jsonl (144 mentions, 30 articles, seed 20261231), labelled in the nineteenth session by a
#   helper who never ran Rasd on them, committed, then scored once before any error was read: 83.3% (precision
#   90.0%), the honest figure; 85.4% (90.1%) after the generic fixes it prompted (a second nationality sharing the
#   noun before it, القوات الهندية والباكستانية; Scotland Yard; the Houthis' forerunner الشباب المؤمن).
BLIND_SETS = [
    (
        "actors_blind.jsonl",
        "087d76d68f7b4766c1f65607f3d2df5fc58f431cf736382ca9062ef4a94ff613",
        177,
        0.95,
        # 0.95 until 2026-12-06: "بالأخير" / "رد الأخير" (the latter: the Syrian regime) are read since, rightly,
        # and the labeller did not mark that anaphor; the two count as spurious (precision 0.957 -> 0.947)
        0.94,
    ),
    (
        "actors_blind2.jsonl",
        "58d2afe7f4f9827ed0e01cf0e0a712993d068ee67b07de39f35f119cb82501f7",
        241,
        0.88,
        0.89,
    ),
    (
        "actors_blind3.jsonl",
        "7519bb5b44cb1e8abd0531c32b0fbab7108a955863280af97030a6d4ebad4bff",
        110,
        0.81,
        0.89,
    ),
    (
        "actors_blind4.jsonl",
        "7775a29da5cefa7ed32f46dc6e64d1aa6caef4402d29792bc54a445c7a2a653b",
        119,
        0.9,
        0.92,
    ),
    (
        "actors_blind5.jsonl",
        "4674a9e1e7ec4d786b50e41d2a9c7d2df611adf9099246139e8f107364900ff0",
        115,
        0.72,
        0.8,
    ),
    (
        "actors_blind6.jsonl",
        "30b62fa67518f371b07251a0c97473991af102118f88d8f9ca10738d479588d1",
        155,
        0.83,
        0.82,
    ),
    (
        "actors_blind8.jsonl",
        "bc71b6d1329f8180f5ac0e675cf61cbc2250f8bf49a886eb80b07a047fbe8f5f",
        142,
        0.74,
        0.85,
    ),
    (
        "actors_blind7.jsonl",
        "44e741d778ce47f4c3debe00417b5a74090b630dea6310639f3c56ca084b074a",
        177,
        0.85,
        0.9,
    ),
    (
        "actors_blind9.jsonl",
        "e58defce07c712c8147de2c657a2f2b42be832e5d84d845e5cb6f6269b662c2e",
        147,
        0.79,  # 0.75 until 2026-12-06: 76.9 % -> 81.0 % when neighbours across a border stopped voting
        0.85,
    ),
    (
        "actors_blind10.jsonl",
        "71acfa0178d003789a6b19093a9d4b4e00e5dd32b6e7697a39703918f5096228",
        156,
        0.8,
        0.87,
    ),
    (
        "actors_blind11.jsonl",
        "cd8a20c625b24a9aec89c966b4e8c261cae5c909e8e685d79bfd85a4f6460bb4",
        180,
        0.8,
        0.9,
    ),
    (
        "actors_blind12.jsonl",
        "c56b7b9cf1c42bbf3a6f6eee2d4d7cc0a4c19a91b83f336b90d2ee49342053f4",
        123,
        0.8,  # 0.75 (the honest figure) until its generic fixes: 80.5 %
        0.83,
    ),
    (
        "actors_blind13.jsonl",
        "2845528b17226c3fd4be96e015a0bdc260e73f6b2e8c10f8219e9dc92a20711b",
        131,
        0.78,
        0.83,
    ),
    (
        "actors_blind14.jsonl",
        "4b7f031caadb0ea47a37aba42cd0f691c05895c93efcd423318643ec308ceed3",
        126,
        0.82,
        0.82,
    ),
    (
        "actors_blind15.jsonl",
        "3e7ad55ab20d8ad6b52830a69c8e85ce17dd82134268247b746384a4b3448f51",
        144,
        0.85,  # 0.83 (the honest figure) until its generic fixes: 85.4 %
        0.89,
    ),
    (
        "actors_blind16.jsonl",
        "36a0ec2b29f75b5883290b2a7d2bc87f3c3fa49b3bcd06c286aa07c8b71fe27a",
        201,
        0.80,
        0.87,
    ),
    (
        "actors_blind17.jsonl",
        "c634210a14f8b89cef4bfe82536b14cf2775f550be625340fcc4e6491c737a9b",
        133,
        0.81,  # 0.797 (precision 83.9 %) when blind, the honest figure; 82.0 % after its generic fixes
        0.84,
    ),
    (
        "actors_blind18.jsonl",
        "59e9f3937538c2b5c9ddde5c21e25173429ddad88d9ee0f0252fd9173bc6bbb0",
        145,
        0.90,  # 0.876 (precision 78.0 %) when blind, the honest figure; 90.3 % after its generic fixes
        0.78,
    ),
    (
        "actors_blind19.jsonl",
        "e6e454c646a0c61f1a5ffadc0176a0b13ea329844110ec94f760e9e4e2797a26",
        129,
        0.82,  # 0.744 (precision 81.1 %) when blind, the honest figure; 82.2 % after its generic fixes
        0.81,
    ),
    (
        "actors_blind20.jsonl",
        "e3ec17eb01977bac2fbe33f9b96df90e6e43ce6c205a20a2496e9f13c7e1c517",
        146,
        0.88,  # 0.849 (precision 84.9 %) when blind, the honest figure; 88.4 % after the session's fixes
        0.85,
    ),
    (
        "actors_blind21.jsonl",
        "cbca8959d976c53222882e2c373ba1b90db2396574c311167722ebe62d73cc08",
        181,
        0.83,  # 0.840 (precision 91.2 %) when blind (c1ade2b), the honest figure
        0.91,
    ),
]


@pytest.mark.parametrize(("name", "sha256", "gold", "accuracy", "precision"), BLIND_SETS)
def test_actors_evaluate_blind_set_meets_floor(
    name: str, sha256: str, gold: int, accuracy: float, precision: float
) -> None:
    blind = Path(__file__).resolve().parents[2] / "dev" / name
    assert hashlib.sha256(blind.read_bytes()).hexdigest() == sha256, f"{name} changed: re-pin on purpose"
    report = evaluate_actors(blind)
    assert report.gold == gold  # the file is pinned: every mention it holds is scored
    assert report.accuracy >= accuracy
    assert report.precision >= precision
