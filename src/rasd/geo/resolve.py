"""Stage ``find_places``: reads ``doc.tokens``/``doc.sentences`` (and the tagger's person names in
``doc.entities``: a name inside a longer one is no place), fills ``doc.places``.

A numbered cascade; each mention records the tier that answered (``PlaceMention.tier``):

1. ``exact``   — a GeoNames / countrystatecity Arabic name;
2. ``alias``   — Iraq admin names and hand press spellings (``lexicons/geo_aliases.json``);
3. ``fuzzy``   — generated spellings (ال dropped, سورية/سوريا, ديرالزور) and Persian/Kurdish-only names;
4. ``admin``   — a region: a province named alone (precision 3 at its capital), a district after
   مديرية/قضاء/ناحية (precision 2 at its seat, or at its province's capital), or a neighbourhood,
   facility, unknown town or unknown district attached to the nearest resolved place (``finer``);
5. ``country`` — a country name (precision 3, at its capital).

Same-name candidates are ranked by the article's country context (country names and adjectives,
co-mentioned places), the cue word before the name (مدينة → city, محافظة → region), population and
feature type.  Common words that are also villages need a cue or a country-context match.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasd.doc import Doc, PlaceMention
from rasd.geo.cues import (
    Cue,
    after_honorific,
    cue_before,
    cue_kind,
    in_nationality_list,
    nationality_name,
    relative_before,
)
from rasd.geo.gazetteer import Candidate, Gazetteer, GeoLexicon, Place, gazetteer, geo_lexicon, haversine_km
from rasd.geo.variants import name_variants
from rasd.text.dates import in_date
from rasd.text.match import Match, PhraseMatcher
from rasd.text.normalise import normalise_str
from rasd.text.segment import Token, attached, written_bare

_ADMIN = frozenset({"admin1", "admin2", "admin3"})
_DISTRICT = frozenset({"admin2", "admin3"})
_FEATURE = {"country": "country", "admin1": "admin1", "admin2": "admin2", "admin3": "admin2", "city": "city"}
_CITY_OF_QUARTERS = 50_000  # people: a name after a plural quarter word (أحياء) is a city, not a quarter
# people: a city this big is read behind a proclitic even where the article never names it (بدمشق)
_FAMOUS_CITY = 500_000
_SHORT_FOREIGN = 3  # letters: a bare one-word city of a non-Arab country not in context is read no shorter
_ARAB = frozenset("IQ SY YE LY LB JO EG SA AE KW QA BH OM PS SO SD DZ TN MA MR DJ".split())


def _foreign_quarter(name: str, tok: int, cands: Sequence[Candidate], ctx: _Context, lex: GeoLexicon) -> bool:
    """A region named by a compass point alone (المنطقة الشرقية) whose every reading lies in a country the article
    gives no other evidence of (its own vote left out), while it gives evidence of another: that other country's
    east, which the gazetteer does not hold."""
    if name not in lex.compass_regions:
        return False
    evidence = Counter(ctx.countries)
    if (own := ctx.self_vote.get(tok)) is not None:
        evidence[own] -= 1
    named = {cc for cc, n in evidence.items() if n > 0}
    return bool(named) and all(c.place.country_code not in named for c in cands)


_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "داخل", "خارج", "نحو", "بين", "و", ""})
_HOST_SPAN = 90  # characters: a facility or neighbourhood lies in a place named near it
_TOWN_GAP = 40  # characters between an unknown town and the place it is said to lie in
_PLURAL_CUES = frozenset({"مدن", "قري", "بلدات", "محافظات", "مناطق", "مخيمات", "سجون"})
_STATE_WORDS = frozenset({"دوله", "جمهوريه", "سلطنه", "مملكه", "اماره"})
# ... and the words before it that make a country name that is also a common word a place ("في مالي",
# "شمال مالي", "وسط مالي"; "دعم مالي" is financial support)
_LOCATIVE_LEADS = frozenset(
    normalise_str(w)
    for w in (
        "في", "وفي", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "بشمال", "بجنوب",
        "بشرق", "بغرب", "بوسط",
    )
)  # fmt: skip
_FI = normalise_str("في")
_CAPITAL = normalise_str("العاصمة")  # after a country name: its capital ("تونس العاصمة")
_FINER_KIND = {
    "local": "district", "facility": "facility", "settlement": "city", "region": "region", "district": "admin2"
}  # fmt: skip
_FINER_CUES = frozenset({"local", "facility", "settlement", "district"})


@dataclass(slots=True)
class _Context:
    countries: Counter[str]
    adjective_at: dict[int, str]  # token index → ISO code of a country adjective there
    self_vote: dict[
        int, str
    ]  # token index → country that big unambiguous name voted for (not its own evidence)
    sent_of: list[int]  # token index → sentence index
    sent_starts: list[int]  # original start offset of each sentence


@cache
def _matcher() -> PhraseMatcher[str]:
    """Place names and country adjectives in one matcher (one pass over the tokens)."""
    lex = geo_lexicon()
    names = set(gazetteer().index) | set(lex.adjectives) | set(lex.idioms)
    return PhraseMatcher((n, n) for n in sorted(names))


def _sentence_index(doc: Doc) -> list[int]:
    out = [0] * len(doc.tokens)
    for k, s in enumerate(doc.sentences):
        for i in range(s.tok_start, s.tok_end):
            out[i] = k
    return out


@cache
def _names() -> dict[str, tuple[Candidate, ...]]:
    """Normalised name → candidates, only the Arabic spellings where a name has any (built once)."""
    out: dict[str, tuple[Candidate, ...]] = {}
    for norm, cands in gazetteer().index.items():
        arabic = tuple(c for c in cands if c.script == "ar")
        out[norm] = arabic or cands
    return out


def _candidates(norm: str) -> tuple[Candidate, ...]:
    return _names().get(norm, ())


@cache
def _country_names() -> frozenset[str]:
    """Names one of whose candidates is a country (built once)."""
    return frozenset(
        norm for norm, cands in _names().items() if any(c.place.kind == "country" for c in cands)
    )


@cache
def direction_words() -> frozenset[str]:
    """Every word of the direction phrases (شمال, غرب, جنوبي ...), normalised."""
    return frozenset(normalise_str(w) for d in geo_lexicon().direction for w in d.split())


@cache
def _placing_words() -> frozenset[str]:
    """Words that say where a town lies by the place after them: directions, and 'that belongs to' (العين التابعة
    لمديرية مودية)."""
    return direction_words() | geo_lexicon().belongs


@cache
def _gap_words() -> frozenset[str]:
    """Words that may stand between a town and the direction that places it: cue words (مدينة, بلدة) and من/إلى."""
    return geo_lexicon().cue_forms | _GAP_PREPOSITIONS


@cache
def _stop_forms() -> frozenset[str]:
    """Names refused without a cue: a stop word, with or without ال."""
    stop = geo_lexicon().stop
    return stop | {"ال" + w for w in stop} | {w[2:] for w in stop if w.startswith("ال")}


@cache
def _votes() -> dict[str, tuple[str, int]]:
    """Name → (country, weight) it adds to the article's country context (built once).

    A country name (not an ambiguous one) counts 2; a name whose places all lie in one country counts 1
    when one of them is a region or a place of 100,000 people.
    """
    gz, lex = gazetteer(), geo_lexicon()
    stopped = _stop_forms()
    out: dict[str, tuple[str, int]] = {}
    for norm in sorted(gz.index):
        if norm in lex.never or norm in stopped:
            continue
        cands = _candidates(norm)
        ccs = {c.place.country_code for c in cands}
        if any(c.place.kind == "country" for c in cands) and norm not in lex.ambiguous:
            out[norm] = (next(c.place.country_code for c in cands if c.place.kind == "country"), 2)
        elif len(ccs) == 1 and any(c.place.kind == "admin1" or _pop(c.place, gz) >= 100_000 for c in cands):
            out[norm] = (next(iter(ccs)), 1)
    return out


def _context(doc: Doc, lex: GeoLexicon, matches: list[Match[str]]) -> _Context:
    countries: Counter[str] = Counter()
    adjective_at: dict[int, str] = {}
    self_vote: dict[int, str] = {}
    adjectives, votes = lex.adjectives, _votes()
    for m in matches:
        adj = adjectives.get(m.payload)
        if adj is not None and in_nationality_list(doc.tokens, m.tok_start, lex):
            continue  # "يحمل الجنسية السورية": a nationality, no evidence of where anything is
        if adj is not None:
            countries[adj] += 1
            adjective_at[m.tok_start] = adj
        vote = votes.get(m.payload) or _district_vote(doc.tokens, m, lex)
        if vote is not None:
            countries[vote[0]] += vote[1]
            if vote[1] == 1:
                self_vote[m.tok_start] = vote[0]
    return _Context(
        countries, adjective_at, self_vote, _sentence_index(doc), [s.start for s in doc.sentences]
    )


def _district_vote(tokens: Sequence[Token], m: Match[str], lex: GeoLexicon) -> tuple[str, int] | None:
    """'مديرية ردمان': a name right after a district cue whose district records all lie in one country votes 1."""
    if m.tok_start == 0 or lex.district.isdisjoint(tokens[m.tok_start - 1].forms):
        return None
    ccs = {c.place.country_code for c in _candidates(m.payload) if c.place.kind in _DISTRICT}
    return (ccs.pop(), 1) if len(ccs) == 1 else None


def _pop(p: Place, gz: Gazetteer) -> int:
    if p.kind == "admin1" and p.seat and p.seat in gz.places:
        return gz.places[p.seat].population
    return p.population


FOREIGN_PENALTY = 6.0  # a place in a country the article never names, when it clearly names another


def _score(
    c: Candidate, cue: str | None, ctx: _Context, local_cc: str | None, near_a1: set[str], gz: Gazetteer
) -> float:
    p = c.place
    s = math.log10(_pop(p, gz) + 10)
    if p.kind == "country":
        s = 10.0 if cue is None else 0.0  # الكويت, جيبوتي: the country unless a cue says the city
    elif cue in ("admin", "region"):
        s += 6.0 if p.kind in _ADMIN else 0.0
    elif cue == "settlement":
        s += 6.0 if p.kind == "city" else 0.0
    elif p.kind == "city":
        s += 1.0  # a bare name is the town rather than the province of the same name
    s += {"exact": 0.0, "alias": 0.5, "fuzzy": -1.0}[c.tier]
    s += 1.0 if p.feature_code == "PPLC" else 0.5 if p.feature_code == "PPLA" else 0.0
    s += min(ctx.countries.get(p.country_code, 0), 3) * 1.0
    if (
        p.kind != "country"
        and not ctx.countries.get(p.country_code)
        and max(ctx.countries.values(), default=0) >= 3
    ):
        s -= FOREIGN_PENALTY  # منطقة الرقة in a Kuwaiti story: Kuwait's Ar Riqqah, not Syria's province
    if local_cc is not None:
        s += 10.0 if p.country_code == local_cc else -3.0
    if p.admin1 and p.admin1 in near_a1:
        s += 2.0
    return s


def _among_countries(matches: list[Match[str]], i: int) -> bool:
    """The match stands in a list with another country's name next to it (one word at most between)."""
    names = _country_names()
    m = matches[i]
    before = matches[i - 1] if i > 0 else None
    after = matches[i + 1] if i + 1 < len(matches) else None
    return (before is not None and before.payload in names and m.tok_start - before.tok_end <= 1) or (
        after is not None and after.payload in names and after.tok_start - m.tok_end <= 1
    )


_AIRPORT_PLACE_GAP = 3  # words between an airport's name and a place that says where the airport is
_HOMONYM_CITY_POP = 100_000  # a city this big may be meant by a country's name in a story about its country


def _homonym_city_first(
    ranked: list[Candidate], ctx: _Context, gz: Gazetteer, own: tuple[str, int] | None
) -> list[Candidate]:
    """A country's name that is also a big city of another country the article is about, while the article gives
    no evidence of the country itself beyond this name (``own``: the vote it cast) ("اعتقلت الشرطة الأردنية
    ثلاثة مطلوبين في عمان": Amman, not Oman): the city."""
    if not ranked or ranked[0].place.kind != "country":
        return ranked
    cc = ranked[0].place.country_code
    if ctx.countries.get(cc, 0) - (own[1] if own is not None and own[0] == cc else 0) > 0:
        return ranked
    city = next(
        (
            c
            for c in ranked
            if c.place.kind == "city"
            and c.place.country_code
            != cc  # (تونس, الجزائر, الكويت: the country, whose capital shares its name)
            and _pop(c.place, gz) >= _HOMONYM_CITY_POP
            and ctx.countries.get(c.place.country_code)
        ),
        None,
    )
    return ranked if city is None else [city] + [c for c in ranked if c is not city]


def _name_len(norm: str) -> int:
    bare = norm[2:] if norm.startswith("ال") else norm
    return len(bare.replace(" ", ""))


def _mention(
    doc: Doc,
    gz: Gazetteer,
    p: Place,
    start: int,
    end: int,
    precision: int,
    tier: str,
    feature: str | None = None,
    finer: str | None = None,
) -> PlaceMention:
    return PlaceMention(
        start=start, end=end, text=doc.text[start:end], name=p.name,
        country=gz.country_names.get(p.country_code), country_code=p.country_code, lat=p.lat, lon=p.lon,
        geo_precision=precision, tier=tier, feature=feature or _FEATURE[p.kind], admin1=p.admin1,
        admin2=p.admin2, geonameid=p.geonameid, finer=finer, population=_pop(p, gz),
    )  # fmt: skip


def _tier(c: Candidate) -> str:
    if c.place.kind == "country":
        return "country"
    if c.place.kind in _ADMIN:
        return "admin"
    return "fuzzy" if c.script != "ar" else c.tier


def _has_digit(name: str) -> bool:
    return any(ch.isdigit() for ch in name)


def _is_adjective_use(
    tokens: Sequence[Token], m: Match[str], names_country: bool, number_ends: set[int]
) -> bool:
    """السورية in 'الحسكة السورية' is an adjective, not Syria (``names_country``: one reading is a country); so is
    تركيا in "18 عاملا تركيا"."""
    if not names_country:
        return False
    tok = tokens[m.tok_start]
    if nationality_name(tokens, m.tok_start, m.tok_end, number_ends):
        return True
    first = m.payload.split(" ")[0]
    if first.startswith("ال"):  # السعودية: an adjective after a definite noun (القوات السعودية)
        prev = tokens[m.tok_start - 1].norm if m.tok_start > 0 else ""
        return (
            m.tok_end - m.tok_start == 1
            and tok.norm in (first, "و" + first)  # (after ب it is a place: "حزب العمال الكردستاني بالعراق")
            and prev.startswith(("ال", "وال"))
            and not prev.endswith("يه")
        )
    return (("ال" + first) in tok.forms and not tok.norm.endswith(first)) or tok.norm.startswith("ال" + first)


def _agrees_as_adjective(text: str, tokens: Sequence[Token], m: Match[str], lo: int) -> bool:
    """An indefinite one-word name in ة, written bare, right after an indefinite feminine or plural word
    (مدرعات عسكرية حديثة, عملية جديدة): an adjective agreeing with that word, not a town (the caller keeps
    names of places of 100,000 people or more)."""
    tok = tokens[m.tok_start]
    if m.tok_end - m.tok_start != 1 or m.tok_start <= lo or tok.norm != m.payload:
        return False
    if m.payload.startswith("ال") or not m.payload.endswith("ه"):
        return False
    prev = tokens[m.tok_start - 1].norm
    # (definite as written: آليات, normalised اليات, is indefinite)
    return (
        not written_bare(text, tokens[m.tok_start - 1]).startswith("ال")
        and prev.isalpha()
        and ((prev.endswith("ه") and len(prev) >= 4) or (prev.endswith("ات") and len(prev) >= 5))
    )  # not بدأت (a verb) before أنقرة


def _nationality_after_word(tokens: Sequence[Token], m: Match[str], lo: int, lex: GeoLexicon) -> bool:
    """A town whose name is a country adjective with the article (الهندية, السويدية), written bare after a word
    that is no preposition or near word: the adjective of that word ("رانشي الهندية"), not the town ("في الهندية",
    "قرب الهندية")."""
    tok = tokens[m.tok_start]
    if m.tok_end - m.tok_start != 1 or m.tok_start <= lo or tok.norm != m.payload:
        return False
    if not m.payload.startswith("ال") or m.payload[2:] not in lex.adjectives or m.payload in _country_names():
        return False  # (السعودية is the country too, read by _is_adjective_use)
    prev = tokens[m.tok_start - 1].norm
    return prev not in _PREPOSITIONS and prev not in lex.near


def _definite_cue(tokens: Sequence[Token], cue: Cue, m: Match[str]) -> bool:
    """A one-word cue with the article right before a name with it (المحافظة الجديد, المدينة القديمة)."""
    return (
        cue.tok_start == m.tok_start - 1
        and tokens[cue.tok_start].norm.startswith(("ال", "وال"))
        and tokens[m.tok_start].norm.startswith(("ال", "وال"))
    )


def _definite_adjective(tokens: Sequence[Token], m: Match[str], lo: int) -> bool:
    """A one-word name that takes no article (حديثة), read off a word that has it (الحديثة), right after a
    definite noun: an adjective agreeing with that noun (الآليات الحديثة), not the town."""
    tok = tokens[m.tok_start]
    if m.tok_end - m.tok_start != 1 or m.tok_start <= lo or m.payload.startswith("ال"):
        return False
    return tok.norm.startswith(("ال", "وال")) and tokens[m.tok_start - 1].norm.startswith(("ال", "وال"))


_TALK_NEXT = frozenset({"عن", "مع", "الي", "ان", "انه", "لها", "له"})
_TALK_TO = ("لل", "لوكاله", "لصحيفه", "لقناه", "لموقع", "لمراسل", "لـ")
# verbs that open or close a talk, right before "حديثه" (his talk): استهل حديثه, ختم حديثه
_TALK_OPENED = frozenset(
    normalise_str(w) for w in ("استهل", "بدأ", "ابتدأ", "ختم", "اختتم", "أنهى", "مستهلا", "مختتما", "واصل")
)


def _noun_with_pronoun(doc: Doc, tokens: Sequence[Token], m: Match[str]) -> bool:
    """A bare one-word name written with ه where its ة would stand, followed by what a noun with the pronoun
    'his' is followed by (حديثه عن, حديثه لوكالة), or after a verb that opens or closes a talk (استهل حديثه):
    the noun, not the town."""
    tok = tokens[m.tok_start]
    if m.tok_end - m.tok_start != 1 or tok.norm != m.payload or m.payload.startswith("ال"):
        return False
    if not doc.text[tok.start : tok.end].endswith("ه") or m.tok_end >= len(tokens):
        return False
    if m.tok_start > 0 and not _TALK_OPENED.isdisjoint(tokens[m.tok_start - 1].forms):
        return True  # "استهل حديثه بقوله": he began his talk
    nxt = tokens[m.tok_end]
    raw = doc.text[nxt.start : nxt.end]
    return nxt.norm in _TALK_NEXT or nxt.norm.startswith(_TALK_TO) or raw.startswith("لـ")


def _clean_match(tokens: Sequence[Token], m: Match[str]) -> bool:
    """Only proclitics may be stripped from a place name (بالموصل), never suffixes (عراقي is not عراق)."""
    tok = tokens[m.tok_start]
    form = tok.forms[m.strip]
    if tok.norm.endswith(form):
        prefix = tok.norm[: len(tok.norm) - len(form)]
    elif form.startswith("ال") and tok.norm.endswith(form[1:]):
        prefix = tok.norm[: len(tok.norm) - len(form) + 1]
    else:
        return False
    # the future prefix never comes before a noun (سكوت is not س + الكوت); ك ('like') is a verb's first letter far
    # more often than it is a bare name's proclitic (كسرت is no ك + سرت)
    return "س" not in prefix and not ("ك" in prefix and not form.startswith("ال"))


_TANWEEN_FATH = "\u064b"


def _tanween(text: str, m: Match[str]) -> bool:
    """The name ends in tanween fath, before or after its last letters (دوماً, روسيًّا): an adverb or a nisba
    ("a Russian"), never a place name."""
    return _TANWEEN_FATH in text[max(m.start, m.end - 3) : m.end]


def _country_votes(ctx: _Context, cc: str, tok: int) -> int:
    """How often the article names country ``cc``, not counting the place mention at token ``tok`` itself."""
    return ctx.countries.get(cc, 0) - (ctx.self_vote.get(tok) == cc)


def _plausible(
    tokens: Sequence[Token], m: Match[str], best: Candidate, ctx: _Context, local_cc: str | None, lo: int
) -> bool:
    """A name with no cue word before it: is it a place or a common word that is also a village?"""
    p = best.place
    if p.kind == "country":
        return True
    pop = p.population if p.kind == "city" else max(p.population, 100_000)
    tok = tokens[m.tok_start]
    single = m.tok_end - m.tok_start == 1
    bare = m.payload[2:] if m.payload.startswith("ال") else m.payload
    if (
        single
        and pop < 1_000_000
        and m.payload.startswith("ال")
        and m.tok_start > lo
        and tok.norm == m.payload
    ):
        prev = tokens[m.tok_start - 1].norm
        if prev.startswith(("ال", "وال")):
            return False  # an adjective after a definite noun: الأسلحة البيضاء (not بالقدس: no adjective takes ب)
    dominant = ctx.countries.most_common(1)[0][1] if ctx.countries else 0
    votes = _country_votes(ctx, p.country_code, m.tok_start)
    in_context = local_cc == p.country_code or (votes > 0 and votes * 2 >= dominant)
    prefix = len(tok.norm) - len(m.payload.split(" ")[0])
    stripped = prefix > 0
    conj = prefix == 1 and tok.norm.startswith("و")
    conjunction = conj and (in_context or pop >= 20_000)  # عدن ولحج ومأرب
    known = in_context and pop >= 100_000  # لدمشق، بتعز
    city = m.payload.startswith("ال") and pop >= 100_000  # بالدمام، بالرياض: the article stays with the name
    # بدمشق، بالقدس: no common word is read behind ب; but ف + a word is everyday (فرقة is no ف + رقة, Raqqa)
    famous = p.kind == "city" and pop >= _FAMOUS_CITY and "ف" not in tok.norm[:prefix]
    if single and len(bare) < 5 and stripped and not (conjunction or known or city or famous):
        return False  # a proclitic stripped off a short word: بوجه، بابا، بأنه
    if p.kind != "city":
        return True
    if best.script != "ar" or best.tier == "fuzzy":
        return in_context and pop >= 100_000 and not stripped
    if p.country_code not in _ARAB:
        if in_context:
            return pop >= 100_000
        if famous and p.feature_code == "PPLC":
            return True  # بالقدس, بطهران: a capital this big is no common word, whatever stands before it
        # a three-letter name of a far city is a common word more often than the city (خفي 'hidden', Hefei)
        return pop >= 1_000_000 and (not stripped or conj) and not (single and len(bare) <= _SHORT_FOREIGN)
    if pop >= 100_000:
        return True
    if not in_context or (pop < 1000 and p.feature_code == "PPL" and not m.payload.startswith("ال")):
        return False
    return pop >= 20_000 or len(bare) >= 5 or m.payload.startswith("ال") or not single


def find_places(doc: Doc) -> Doc:
    """Fill ``doc.places`` with every place mention, resolved and coded."""
    gz, lex = gazetteer(), geo_lexicon()
    tokens = doc.tokens
    if not tokens:
        return doc
    # a name inside a date is the date's: "الاثنين 10 آب" is August, not Ibb
    matches = [
        m
        for m in _matcher().find(tokens)
        if not in_date(doc, tokens[m.tok_start].start, tokens[m.tok_end - 1].end)
    ]
    stopped = _stop_forms()
    ctx = _context(doc, lex, matches)
    ntext = doc.view.text
    number_ends = {doc.token_at(n.end - 1) + 1 for n in doc.numbers}  # "ثلاثون بريطانيا": Britons
    out: list[PlaceMention] = []
    taken: set[int] = set()  # token indices consumed (road X-Y)
    sent_a1: dict[int, set[str]] = {}
    sent_cc: dict[int, set[str]] = {}  # countries of the provinces its sentence named so far
    emitted: set[int] = set()
    listed: tuple[int, int, str | None, bool] | None = None  # last mention: (sentence, end, cue, relative)
    # a name inside a longer person name the tagger found (صلاح الدين دمرتاش, a Turkish politician) is no place
    persons = [(e.start, e.end) for e in doc.entities if e.type == "PER"]
    for i, m in enumerate(matches):
        if m.tok_start in taken:
            continue
        if any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in persons):
            continue
        if m.payload not in gz.index or not _clean_match(tokens, m) or m.payload in lex.never:
            continue  # adjectives and idioms (مسقط رأسه) were matched only to keep them out
        reading = _conjunction_reading(tokens[m.tok_start], m, gz, ctx)
        cands = _candidates(reading)
        sent = doc.sentences[ctx.sent_of[m.tok_start]] if doc.sentences else None
        lo = sent.tok_start if sent else 0
        if (
            _is_adjective_use(tokens, m, reading in _country_names(), number_ends)
            or _tanween(doc.text, m)
            or (_quoted(doc.text, m) and not _named_by_cue(tokens, m.tok_start, lo, lex))
            or (reading in _country_names() and in_nationality_list(tokens, m.tok_start, lex))
        ):
            continue  # السورية after a noun; «الرياض» (a newspaper, but محافظة «مأرب»); الجنسية السورية
        cue = cue_before(tokens, m.tok_start, lo, lex)
        cue = cue or _dual_cue(tokens, m.tok_start, lo, lex)
        if cue is None and tokens[m.tok_start].norm in lex.attached_words:
            continue  # "بحجة أن": on the pretext, not in Hajjah
        if cue is None and m.tok_start > lo and after_honorific(tokens, m.tok_start, lex):
            continue  # "اعتقلت الشيخ صلاح الدين", "الباحثة بدرة قعلول": a person's name, not Saladin or Badrah
        cue_type = cue.kind if cue else None
        if (
            cue is not None
            and cue_type == "local"
            and not lex.local_plural.isdisjoint(tokens[cue.tok_start].forms)
            and any(_pop(c.place, gz) >= _CITY_OF_QUARTERS for c in cands)
        ):
            # "غارة على أحياء درعا": Daraa's quarters, so Daraa; not a quarter named درعا
            cue_type = "settlement"
        if (
            cue is None
            and listed is not None
            and listed[2]
            and listed[0] == lo
            and _separated(doc.text, listed[1], m.start)
        ):
            cue_type = listed[2]  # محافظات دمشق، ريف دمشق، حلب وحماة: the cue runs through the list
        if (
            cue is None
            and _in_quarter_list(doc.text, tokens, m.tok_start, lo, lex, out)
            and all(_pop(c.place, gz) < _CITY_OF_QUARTERS for c in cands)
        ):
            # "أحياء كلابة والروضة والتحرير": quarters of the city told, not the town Ar Rawd
            cue_type = "local"
        too_short = _name_len(m.payload) < lex.min_len and not (
            m.tok_end - m.tok_start == 1
            and written_bare(doc.text, tokens[m.tok_start]) in lex.short_as_written
        )
        if too_short and (cue is None or len(tokens[m.tok_start].norm) > len(m.payload)):
            continue  # بيد is not ب + يد
        if (
            m.payload in stopped
            and m.payload not in lex.ambiguous
            and (cue is None or _definite_cue(tokens, cue, m))
        ):
            # (a country name that is a common word, مالي, has its own test below); a definite cue word before a
            # definite common word is a noun and its adjective: "مبنى المحافظة الجديد" is no town Al Jadid
            continue
        if (
            cue is None
            and _agrees_as_adjective(doc.text, tokens, m, lo)
            and all(_pop(c.place, gz) < 100_000 for c in cands)
        ):
            continue  # مدرعات عسكرية حديثة: "modern", not Haditha
        if cue is None and _definite_adjective(tokens, m, lo):
            continue  # "الآليات الحديثة": "modern", not Haditha (whose name takes no article)
        if _foreign_quarter(m.payload, m.tok_start, cands, ctx, lex):
            continue  # "المنطقة الشرقية" in a story about Libya: Libya's east, not Saudi Arabia's province
        if cue is None and _nationality_after_word(tokens, m, lo, lex):
            continue  # "منطقة رانشي الهندية": Indian, not the Iraqi town Al Hindiyah
        if cue is None and _noun_with_pronoun(doc, tokens, m):
            continue  # "بعد حديثه عن انتمائه", "في حديثه لـ«الشرق الأوسط»": his talk, not Haditha
        if cue_type == "local":
            continue  # a neighbourhood attaches to its city below: حي الوعر في حمص
        local_cc = ctx.adjective_at.get(m.tok_end)
        near = sent_a1.get(ctx.sent_of[m.tok_start], set())
        told = sent_cc.get(ctx.sent_of[m.tok_start], set())
        if (
            cue_type == "region"
            and cue is not None
            and told
            and told.isdisjoint(c.place.country_code for c in cands)
        ):
            # "تمكنت المقاومة في محافظة مأرب من السيطرة على مواقع في منطقة الفاو": an area of the country its
            # sentence is in, which the gazetteer lacks, not Iraq's Al-Faw (attached to its place below)
            continue
        ranked = sorted(cands, key=lambda c: (-_score(c, cue_type, ctx, local_cc, near, gz), c.place.key))
        if not _among_countries(matches, i):  # "الكويت وعمان والبحرين": the Gulf states, Oman among them
            ranked = _homonym_city_first(ranked, ctx, gz, _votes().get(m.payload))
        nxt = matches[i + 1] if i + 1 < len(matches) else None  # matches are sorted and do not overlap
        in_province = False
        if (province := _province_after(tokens, m, nxt, lex)) is not None:
            # "ناحية بني سعد بمحافظة ديالى": only a place of that province (or its country) can be meant
            ranked = [c for c in ranked if c.place.country_code in {c2.place.country_code for c2 in province}]
            if not ranked:
                continue  # the province itself is a mention of its own right after
            # "في لودر بمحافظة أبين": a town of the province named after it is that town, however small
            names = {c2.place.name for c2 in province}
            inside = [c for c in ranked if c.place.kind == "city" and c.place.admin1 in names]
            if inside:
                ranked, in_province = inside + [c for c in ranked if c not in inside], True
            else:
                # "بلدة الحصن في محافظة مأرب": a district of that name in another province is not it (an unknown
                # town of the province, attached below)
                ranked = [c for c in ranked if not _elsewhere(c, names)]
                if not ranked:
                    continue
        elif nxt is not None and nxt.tok_start == m.tok_end and attached(tokens[nxt.tok_start], ("ب",)):
            # "في رفح بشمال سيناء": a region right after with ب alone picks a town of that name inside it (Egypt's
            # Rafah, not Gaza's); a region with no such town (سروج بجنوب ...) changes nothing
            names = {c2.place.name for c2 in _candidates(nxt.payload) if c2.place.kind == "admin1"}
            inside = [c for c in ranked if c.place.kind == "city" and c.place.admin1 in names]
            if inside:
                ranked, in_province = inside + [c for c in ranked if c not in inside], True
        anchor = _anchor_after(tokens, m, matches[i + 1 : i + 4], lex, ctx, gz, doc.text)
        if anchor is not None:
            # "مدينة العين، جنوب مدينة لودر", "حصيبة شرقي الرمادي": the town lies near the place it is placed
            # by; one of its name the gazetteer puts far from there is another town (unknown: attached below);
            # a name that is also a region or a country is the near town where there is one ("بلدة الإسكندرية
            # جنوب بغداد": Iraq's Iskandariya, not Egypt's Alexandria city or governorate)
            close = [c for c in ranked if haversine_km(c.place.lat, c.place.lon, *anchor) <= ANCHOR_KM]
            towns = [c for c in close if c.place.kind == "city"]
            if towns and len(towns) == len(close):
                ranked = towns  # (a province near the anchor, في لحج شمال عدن, keeps its own rules)
            elif _all_towns(ranked) and not towns:
                continue
        capital_of = ctx.adjective_at.get(m.tok_start - 1)
        if capital_of and m.tok_start >= 2 and _CAPITAL in tokens[m.tok_start - 2].forms:
            # "العاصمة الأردنية عمان": the capital of the country the adjective names, not the country Oman
            own = [c for c in ranked if c.place.kind == "city" and c.place.country_code == capital_of]
            ranked = own + [c for c in ranked if c not in own]
        best = ranked[0]
        if cue_type in (None, "facility", "region") and len(ranked) > 1 and not in_province:
            # the cascade: a town that fails the common-word test falls back to the region of that name
            best = next(
                (c for c in ranked if c.tier == "alias" or _plausible(tokens, m, c, ctx, local_cc, lo)), best
            )
        p = best.place
        if p.kind == "country":
            prev = tokens[m.tok_start - 1].norm if m.tok_start > lo else ""
            if (
                m.payload in lex.ambiguous
                and prev not in _STATE_WORDS | _LOCATIVE_LEADS
                and ctx.countries[p.country_code] < 3
            ):
                continue
            if cue_type in ("facility", "local", "settlement"):
                continue  # ثكنة تركية: a Turkish barracks
            if best.tier == "fuzzy" and m.payload in lex.adjectives and prev not in _PREPOSITIONS:
                continue  # تركية/ليبية as adjectives; سورية stays a country through its lexicon entry
        elif (
            cue_type in ("admin", "settlement")
            and p.country_code not in ctx.countries
            and max(ctx.countries.values(), default=0) >= 2
            and (_pop(p, gz) < 100_000 or _small_cue(tokens, cue, lex))
        ):
            # بلدة الكرك بريف درعا is not Kerak in Jordan, بلدة العين في أبين not Al Ain in the Emirates (no
            # city that big is called a village or a small town): an unknown town, attached below
            continue
        elif (
            cue_type == "region"
            and m.tok_end - m.tok_start == 1
            and p.country_code not in ctx.countries
            and max(ctx.countries.values(), default=0) >= 3
        ):
            # جبل الزاوية in Idlib is no Az Zawiyah in Libya, وادي الحجر by Mosul no Hadhramaut: a mountain, valley
            # or area named like a place of a country the article never names is unknown: attached below
            continue
        elif (
            cue is None
            and p.kind == "admin1"
            and m.tok_end - m.tok_start == 1
            and _country_votes(ctx, p.country_code, m.tok_start) <= 0
            and max(ctx.countries.values(), default=0) >= 2
            and tokens[m.tok_start].norm == m.payload
            and (m.tok_start <= lo or tokens[m.tok_start - 1].norm not in _PREPOSITIONS)
        ):
            # "قتل مدنين اثنين" in a Yemen story: a bare one-word province of a country the article never names,
            # with no preposition or cue before it, is a word (a misspelt مدنيين), not Tunisia's Medenine
            continue
        elif cue_type == "facility" and (p.kind != "city" or p.population < lex.low_population):
            continue  # مستشفى الثورة is a hospital, not the hamlet الثورة: attach it to its city below
        elif (
            p.kind in ("admin2", "admin3")
            and cue is None
            and (
                m.tok_end - m.tok_start < 2
                or _has_digit(m.payload)
                or _country_votes(ctx, p.country_code, m.tok_start) <= 0
            )
        ):
            # Iraqi district names without coordinates of their own (منصور، الدورة): need قضاء/ناحية; a name of
            # two words or more (بغداد الجديدة, عامرية الفلوجة) is no common word in a story about its country,
            # but 9 نيسان is a date and بني سعد of Diyala is no Yemeni district
            continue
        elif (
            cue_type in (None, "facility", "region")
            and best.tier != "alias"
            and not in_province
            and not _airport_city(tokens, cue, m, nxt, p, lex)
            and not _plausible(tokens, m, best, ctx, local_cc, lo)
        ):
            # (an airport is named after its city: مطار جلال آباد is Jalalabad in a story naming no country)
            continue
        capital_end = None
        if p.kind == "country" and p.seat in gz.places and m.tok_end < len(tokens):
            if tokens[m.tok_end].norm == _CAPITAL:  # "تونس العاصمة", "الكويت العاصمة": the capital city
                p, capital_end = gz.places[p.seat], tokens[m.tok_end].end
        start_tok = cue.tok_start if cue and cue_type in ("admin", "settlement", "region") else m.tok_start
        nfloor = sent.nstart if sent else 0
        rel = None
        if (
            start_tok > lo
            and not lex.relative_tail.isdisjoint(tokens[start_tok - 1].forms)
            and not tokens[start_tok].norm.startswith(("و", "ف"))  # الجنوب وتعز is a list
        ):
            rel = relative_before(ntext, tokens[start_tok].nstart, nfloor)
        start = doc.view.orig(rel.nstart) if rel else tokens[start_tok].start
        end = capital_end or m.end
        if (
            rel is None
            and listed is not None
            and listed[3]
            and listed[0] == lo
            and _separated(doc.text, listed[1], m.start)
        ):
            rel_listed = True  # بالقرب من مدن الحبانية وحديثة ومخمور: 'near' runs through the list
        else:
            rel_listed = False
        district = p.kind == "city" and _is_district(tokens, cue, m, lex)
        if p.kind == "country":
            precision = 3
        elif rel is not None or rel_listed or district:
            precision = 2
        elif p.kind in ("admin2", "admin3"):
            precision = 2  # a district: part of a region
        elif p.kind == "city" and p.feature_code == "PPLL":
            precision = 2  # a locality GeoNames lacks (قاعدة العند), coded at the town it lies near
        elif p.kind == "city" and cue_type == "admin" and p.feature_code == "PPLA" and p.admin1 == p.name:
            # "في ولاية هكاري": the province its capital names, coded at the capital as ACLED does
            precision = 3
        elif p.kind == "city":
            precision = 1
        else:
            precision = 3
        if rel is not None and rel.kind == "road":
            end = _road_end(doc, gz, m, matches, taken)
        if cue is not None and cue_type == "facility":
            start = tokens[cue.tok_start].start
            finer = doc.text[start:end]
            out.append(_mention(doc, gz, p, start, end, precision, _tier(best), "facility", finer))
        else:
            feature = "admin2" if district else None  # مديرية المحفد: the district, coded at its seat
            out.append(_mention(doc, gz, p, start, end, precision, _tier(best), feature))
        emitted.update(range(m.tok_start, m.tok_end))
        listed = (
            lo,
            end,
            cue_type if cue_type in ("admin", "settlement") else None,
            rel is not None or rel_listed,
        )
        if p.admin1:
            sent_a1.setdefault(ctx.sent_of[m.tok_start], set()).add(p.admin1)
        if p.kind == "admin1":
            sent_cc.setdefault(ctx.sent_of[m.tok_start], set()).add(p.country_code)
    out.extend(_finer(doc, lex, out, ctx, emitted))
    out.extend(_country_sides(doc, lex, out))
    out.extend(_capitals(doc, lex, out))
    out.sort(key=lambda x: (x.start, x.end))
    doc.places = out
    return doc


def _small_cue(tokens: Sequence[Token], cue: Cue | None, lex: GeoLexicon) -> bool:
    """The cue word names a village or a small town (بلدة, قرية), with or without proclitics."""
    return cue is not None and not lex.small_settlement.isdisjoint(tokens[cue.tok_start].forms)


ANCHOR_KM = 150.0  # how far a town may lie from the place a direction word sets it by ("العين جنوب لودر")
_GAP_PREPOSITIONS = frozenset(normalise_str(w) for w in ("من", "إلى", "الى"))  # "إلى الجنوب من"


def _all_towns(ranked: list[Candidate]) -> bool:
    """Every candidate is a town (a name that is also a country or a province keeps its own rules)."""
    return bool(ranked) and all(c.place.kind == "city" for c in ranked)


def _anchor_after(
    tokens: Sequence[Token],
    m: Match[str],
    following: list[Match[str]],
    lex: GeoLexicon,
    ctx: _Context,
    gz: Gazetteer,
    text: str,
) -> tuple[float, float] | None:
    """Where the next place lies when only direction or belonging words (and cue words) stand between it and
    this one ("العين، جنوب مدينة لودر", "العين التابعة لمديرية مودية"): the coordinates of its best candidate,
    else None."""
    directions, gap_words, placing = direction_words(), _gap_words(), _placing_words()
    nxt = next((x for x in following if x.payload not in directions and x.payload not in gap_words), None)
    if (
        nxt is None
        or nxt.tok_start - m.tok_end > 4
        or nxt.payload not in gz.index
        or nxt.payload in lex.never
        or nxt.payload in _stop_forms()
    ):
        return None  # "ديار بكر جنوب البلاد": البلاد is no place to set a town by
    between = tokens[m.tok_end : nxt.tok_start]
    if between and _bracketed(text, tokens, m.tok_end, nxt.tok_start):
        return None  # "في أضنة (جنوب) وقونية (وسط)": where in the country, each, not one set by the other
    if not any(t.norm in placing for t in between) or not all(
        t.norm in placing or not gap_words.isdisjoint(t.forms) for t in between
    ):
        return None
    cands = [c for c in _candidates(nxt.payload) if c.place.lat is not None and c.place.lon is not None]
    if not cands:
        return None
    top = max(cands, key=lambda c: (_score(c, None, ctx, None, set(), gz), c.place.key))
    if top.place.kind != "city":
        return None  # "أبها جنوب السعودية", "حيس، جنوب الحديدة": a country or a province is too wide
    return top.place.lat, top.place.lon  # type: ignore[return-value]


def _bracketed(text: str, tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """The words of tokens [lo, hi) stand in brackets of their own: "أضنة (جنوب) وقونية"."""
    gap = text[tokens[lo - 1].end : tokens[hi].start]
    return "(" in gap and ")" in gap


def _airport_city(
    tokens: Sequence[Token], cue: Cue | None, m: Match[str], nxt: Match[str] | None, p: Place, lex: GeoLexicon
) -> bool:
    """A city of 100,000 or more after an airport word, no place named right after ("مطار جلال آباد"): the city
    the airport is named after, however far.  Not a small town (مطار الضبعة العسكري في ريف حمص) nor one with its
    place told after it (مطار الشيخ زايد في أبوظبي: a person's name)."""
    return (
        cue is not None
        and p.kind == "city"
        and p.population >= _HOMONYM_CITY_POP
        and not lex.city_facilities.isdisjoint(tokens[cue.tok_start].forms)
        and (nxt is None or nxt.tok_start - m.tok_end > _AIRPORT_PLACE_GAP)
    )


def _elsewhere(c: Candidate, provinces: set[str]) -> bool:
    """A district record (named by its province) of another province than those named.  Towns stay: the press
    names provinces the gazetteer splits or draws otherwise (عرسال في محافظة البقاع, GeoNames' Baalbek-Hermel;
    حلبجة في محافظة السليمانية)."""
    return c.place.kind in _DISTRICT and c.place.name not in provinces


def _province_after(
    tokens: Sequence[Token], m: Match[str], nxt: Match[str] | None, lex: GeoLexicon
) -> tuple[Candidate, ...] | None:
    """The admin-1 region named right after a place with its cue ("بني سعد بمحافظة ديالى", "في ولاية X"),
    ``nxt`` being the next match: its candidates, or None."""
    if nxt is None or nxt.tok_start - m.tok_end > 2:
        return None
    after = tokens[m.tok_end]  # (nxt starts at or after it)
    if attached(after, ("و",)) and after.norm not in lex.cue_forms:  # (ولاية is a cue word of its own)
        return None  # ", ومحافظة الحديدة": the next item of a list, not where this one lies
    if nxt.tok_start == m.tok_end:  # the cue is part of the region's name: "بمحافظة ديالى"
        if cue_kind(tokens[nxt.tok_start], lex) != "admin":
            return None
    else:
        cue = cue_before(tokens, nxt.tok_start, m.tok_end, lex)
        # "بلدة الحصن في محافظة مأرب": في may stand before the cue
        first = m.tok_end + (tokens[m.tok_end].norm == _FI)
        if cue is None or cue.kind != "admin" or cue.tok_start != first:
            return None
    regions = tuple(c for c in _candidates(nxt.payload) if c.place.kind == "admin1")
    return regions or None


def _is_district(tokens: Sequence[Token], cue: Cue | None, m: Match[str], lex: GeoLexicon) -> bool:
    """مديرية X، بقضاء X، 'ناحية X' as one gazetteer name: X names a district, not only its seat."""
    if cue is not None and not lex.district.isdisjoint(tokens[cue.tok_start].forms):
        return True
    return m.payload.split(" ", 1)[0] in lex.district


def _dual_cue(tokens: Sequence[Token], i: int, lo: int, lex: GeoLexicon) -> Cue | None:
    """The second name after a dual cue word: "شارعي الثورة وبغداد", "بلدتي كفريا والفوعة" (the streets of
    Damascus, not Baghdad)."""
    if i - 2 < lo or not tokens[i].norm.startswith("و"):
        return None
    word = tokens[i - 2]
    kind = cue_kind(word, lex)
    return Cue(kind, i - 2) if kind and word.norm.endswith("ي") else None


def _conjunction_reading(tok: Token, m: Match[str], gz: Gazetteer, ctx: _Context) -> str:
    """وجدة: Oujda, or و + جدة (Jeddah)?  The name read: the one whose best place is bigger or in context."""
    if m.strip != 0 or m.tok_end - m.tok_start != 1 or not tok.norm.startswith("و"):
        return m.payload
    alt = _candidates(tok.norm[1:])
    if not alt:
        return m.payload
    cands = _candidates(m.payload)

    def weight(cs: tuple[Candidate, ...]) -> float:
        return max(
            math.log10(_pop(c.place, gz) + 10) + 2 * (c.place.country_code in ctx.countries) for c in cs
        )

    return tok.norm[1:] if weight(alt) > weight(cands) + 0.5 else m.payload


def _named_by_cue(tokens: Sequence[Token], i: int, lo: int, lex: GeoLexicon) -> bool:
    """A town or province word stands before the name ("محافظة «مأرب»", "بلدة «العين»"): quoted, still a place."""
    cue = cue_before(tokens, i, lo, lex)
    return cue is not None and cue.kind in ("settlement", "admin")


def _quoted(text: str, m: Match[str]) -> bool:
    """«الرياض»، "عكاظ": a quoted name is a newspaper or an organisation."""
    before = text[m.start - 1] if m.start > 0 else ""
    after = text[m.end] if m.end < len(text) else ""
    return before in '«"“' and after in '»"”' and before != ""


_QUARTER_LIST_REACH = 4  # words back from a listed name to the plural quarter word heading its list


def _in_quarter_list(
    text: str, tokens: Sequence[Token], k: int, lo: int, lex: GeoLexicon, found: list[PlaceMention]
) -> bool:
    """Token ``k`` goes on a list of unknown names that a plural quarter word heads ("أحياء كلابة والروضة
    والتحرير"): each is a quarter of the city told.  Not after a place found in the list (أحياء حلب ومارع: a
    city, then a town) nor past a preposition or a cue word (أحياء في تعز والتربة, أحياء مدينة عدن والضالع)."""
    if k <= lo or not _separated(text, tokens[k - 1].end, tokens[k].start):
        return False
    for j in range(k - 2, max(lo, k - _QUARTER_LIST_REACH) - 1, -1):
        if not lex.local_plural.isdisjoint(tokens[j].forms):
            head = tokens[j].end
            return not any(head <= pm.start < tokens[k].start for pm in found) and all(
                t.norm not in _PREPOSITIONS and cue_kind(t, lex) is None for t in tokens[j + 1 : k]
            )
    return False


def _separated(text: str, end: int, start: int) -> bool:
    """Only list separators between two mentions: '، '، ' و'."""
    gap = text[end:start]
    listed = any(ch in gap for ch in "،,") or text[start : start + 1] == "و"
    return listed and len(gap) <= 4 and not gap.strip(" ،,\u200f")


def _road_end(doc: Doc, gz: Gazetteer, m: Match[str], matches: list[Match[str]], taken: set[int]) -> int:
    """'طريق بغداد-كركوك': the span runs to the second place, which is not coded on its own."""
    for other in matches:
        if other.tok_start == m.tok_end and doc.text[m.end : other.start].strip() in (
            "-",
            "–",
            "—",
            "/",
            "و",
            "",
        ):
            taken.update(range(other.tok_start, other.tok_end))
            return other.end
    return m.end


def _finer(
    doc: Doc, lex: GeoLexicon, found: list[PlaceMention], ctx: _Context, emitted: set[int]
) -> list[PlaceMention]:
    """Neighbourhoods, facilities and unknown towns (حي غويران، سجن الصناعة، بلدته الشحيل) → nearest place."""
    tokens, gz = doc.tokens, gazetteer()
    out: list[PlaceMention] = []
    by_sent: dict[int, list[PlaceMention]] = {}
    for pm in found:
        if pm.feature in ("city", "admin1", "facility"):
            by_sent.setdefault(_sent_at(doc, ctx, pm.start), []).append(pm)
    triggers = _cue_spellings()
    for i in [i for i, tok in enumerate(tokens) if tok.norm in triggers]:  # a set test per token, no call
        tok = tokens[i]
        if i == len(tokens) - 1:
            break
        kind = cue_kind(tok, lex)
        if kind == "admin" and not lex.district.isdisjoint(tok.forms):
            kind = "district"  # مديرية X بمحافظة Y: an unknown district lies in the region named next to it
        if kind not in _FINER_CUES or any(f.startswith("ال") for f in tok.forms):
            continue  # a definite cue noun (الميناء، المنفذ) is not followed by a name
        k = ctx.sent_of[i]
        j = i + 1
        if ctx.sent_of[j] != k or tokens[j].norm[0].isdigit():
            continue
        if doc.view.text[tok.nend : tokens[j].nstart].strip():
            continue  # punctuation between the cue and the name
        name_end = j + 1
        if tokens[j].norm in lex.name_prefixes and name_end < len(tokens) and ctx.sent_of[name_end] == k:
            name_end += 1
        if j in emitted and kind != "local":
            continue
        name = tokens[j]
        if (
            name.norm in lex.stop
            or name.forms[-1] in lex.stop
            or name.norm in lex.never
            or _inside(found, name.start)
        ):
            continue
        if cue_kind(name, lex) is not None or name.norm in lex.adjectives or name.forms[-1] in lex.adjectives:
            continue  # عاصمة الإقليم، العاصمة اليمنية
        if tok.norm in _PLURAL_CUES or (not name.norm.startswith("ال") and name.norm.endswith(("يه", "ي"))):
            continue  # أحياء سكنية، قاعدة جوية: a description, not a name
        if not lex.local_plural.isdisjoint(tok.forms) and any(f in gz.index for f in name.forms):
            continue  # "أحياء التواهي": the quarters of a place the gazetteer knows, which is the place
        town = kind in ("settlement", "district")
        if town and not tokens[j].norm.startswith("ال") and len(tokens[j].norm) < 4:
            continue
        start, end = tok.start, tokens[name_end - 1].end
        finer = doc.text[(tokens[j].start if town else start) : end]
        host = _host(by_sent, k, start, end, kind)
        if host is None:
            continue
        if kind == "district":
            precision = 2
        elif kind == "settlement":
            precision = max(2, host.geo_precision)
        else:
            precision = 1 if host.feature in ("city", "facility") else host.geo_precision
        out.append(
            PlaceMention(
                start=start,
                end=end,
                text=doc.text[start:end],
                name=host.name,
                country=host.country,
                country_code=host.country_code,
                lat=host.lat,
                lon=host.lon,
                geo_precision=precision,
                tier="admin",
                feature=_FINER_KIND.get(kind, "facility"),
                admin1=host.admin1,
                admin2=host.admin2,
                geonameid=host.geonameid,
                finer=finer,
                population=host.population,
            )
        )
        if not town:
            by_sent.setdefault(k, []).append(out[-1])  # سجن الصناعة في حي غويران: the chain shares a host
    return out


@cache
def _cue_spellings() -> frozenset[str]:
    """Every written form a one-word cue can take (proclitics + cue, possessives): a cheap pre-filter.

    :func:`rasd.geo.cues.cue_kind` accepts a token only when its text is proclitics followed by a cue
    form, or a possessive (بلدته), so this set holds every token it can accept.
    """
    lex = geo_lexicon()
    firsts, seconds = ("", "و", "ف"), ("", "ب", "ل", "ك", "س", "ف", "وب", "ول", "فب", "فل")
    prefixes = {a + b for a in firsts for b in seconds}
    out: set[str] = set(lex.possessive)
    for form in lex.cue_forms:
        bare = form[2:] if form.startswith("ال") else form
        for p in prefixes:
            out.update((p + form, p + bare, p + "ال" + bare, p + "ل" + bare, p + "لل" + bare))
    return frozenset(out)


def _inside(found: list[PlaceMention], pos: int) -> bool:
    return any(pm.start <= pos < pm.end for pm in found)


def _sent_at(doc: Doc, ctx: _Context, start: int) -> int:
    """The sentence holding original offset ``start`` (0 between sentences, as before)."""
    k = bisect_right(ctx.sent_starts, start) - 1
    return k if k >= 0 and start < doc.sentences[k].end else 0


def _host(
    by_sent: dict[int, list[PlaceMention]], k: int, start: int, end: int, kind: str
) -> PlaceMention | None:
    """The place a finer name lies in.

    A neighbourhood or facility: the nearest city of the same sentence, else its region, else the nearest
    city of the previous sentence.  An unknown town: a place named after it (بلدة X في محافظة Y) or a
    region or 'near' phrase before it (بريف درعا … قرية X); never a town merely named before it.
    """
    same = [pm for pm in by_sent.get(k, []) if abs(pm.start - start) <= _HOST_SPAN]
    if kind in ("settlement", "district"):
        cands = [
            pm
            for pm in same
            if 0 <= pm.start - end <= _TOWN_GAP
            or (pm.geo_precision >= 2 and 0 <= start - pm.end <= _TOWN_GAP)
        ]
        return min(cands, key=lambda pm: abs(pm.start - start)) if cands else None
    previous = [pm for pm in by_sent.get(k - 1, []) if pm.feature != "admin1"] if kind == "local" else []
    for group in (
        [pm for pm in same if pm.feature != "admin1"],
        [pm for pm in same if pm.feature == "admin1"],
        previous,
    ):
        if group:
            return min(group, key=lambda pm: abs(pm.start - start))
    return None


_FROM = frozenset(normalise_str(w) for w in ("من", "ومن"))


def _country_sides(doc: Doc, lex: GeoLexicon, found: list[PlaceMention]) -> list[PlaceMention]:
    """A side or territory word and a country adjective (في الجانب السوري, داخل الأراضي العراقية): that country
    as a place (precision 3), as its name would be."""
    out: list[PlaceMention] = []
    tokens = doc.tokens
    for i in range(len(tokens) - 1):
        adjective = tokens[i + 1]
        if tokens[i].norm not in lex.sides or not adjective.norm.startswith("ال"):
            continue
        cc = lex.adjectives.get(adjective.norm[2:])
        if (
            cc is None
            or _inside(found, adjective.start)
            or _FROM & {t.norm for t in tokens[max(0, i - 2) : i]}
        ):
            continue  # "سقوط مقذوف ... من داخل الأراضي اليمنية": where it came from, not where it fell
        place = country_place(doc, cc, tokens[i].start, adjective.end)
        if place is not None:
            out.append(place)
    return out


_CAPITAL_MODIFIERS = frozenset(
    normalise_str(w) for w in ("المؤقتة", "السابقة", "الاقتصادية", "الثانية", "الجديدة")
)


def _capitals(doc: Doc, lex: GeoLexicon, found: list[PlaceMention]) -> list[PlaceMention]:
    """العاصمة and a country adjective with no name after them (في العاصمة الليبية): that country's capital, the
    city (precision 1); with a name after them (العاصمة اليمنية صنعاء) the name says it, and the gazetteer's
    capital may be a later one than the news meant, so only the adjective is read."""
    out: list[PlaceMention] = []
    tokens = doc.tokens
    gz = gazetteer()
    for i in range(len(tokens) - 1):
        adjective = tokens[i + 1]
        if _CAPITAL not in tokens[i].forms or not adjective.norm.startswith("ال"):
            continue
        cc = lex.adjectives.get(adjective.norm[2:])
        if cc is None or _inside(found, tokens[i].start) or _inside(found, adjective.start):
            continue
        if any(_inside(found, t.start) for t in tokens[i + 2 : i + 4]):
            continue  # "العاصمة الأردنية عمان", "العاصمة اليمنية المؤقتة عدن": the name is the place
        if i + 2 < len(tokens) and tokens[i + 2].norm in _CAPITAL_MODIFIERS:
            continue  # "العاصمة اليمنية المؤقتة": Aden in 2015, not the gazetteer's capital
        if i > 0 and not lex.relative_tail.isdisjoint(tokens[i - 1].forms):
            continue  # "ريف العاصمة السورية", "جنوب العاصمة العراقية": a region or a point near it, not the city
        country = gz.places.get("c:" + cc)
        capital = gz.places.get(country.seat) if country is not None and country.seat else None
        if capital is not None and capital.kind == "city":
            out.append(_mention(doc, gz, capital, tokens[i].start, adjective.end, 1, "country"))
    return out


def country_place(doc: Doc, country_code: str, start: int, end: int) -> PlaceMention | None:
    """The country ``country_code`` as a place of ``doc`` at precision 3 (tier ``country``), its evidence the span
    ``[start, end)`` (a place in that country, or the country's adjective); None for a code the gazetteer lacks."""
    gz = gazetteer()
    place = gz.places.get("c:" + country_code)
    if place is None:
        return None
    return _mention(doc, gz, place, start, end, 3, "country")


def resolve_name(name: str, country_code: str | None = None) -> list[PlaceMention]:
    """Candidates for one place name, best first (for other stages); offsets span ``name`` itself."""
    gz = gazetteer()
    norm = " ".join(normalise_str(name).replace("-", " ").split())
    keys = [norm, *name_variants(norm)]
    if not norm.startswith("ال"):
        keys.append("ال" + norm)
    cands: list[Candidate] = []
    for key in keys:
        cands.extend(_candidates(key))
    ctx = _Context(Counter({country_code: 3} if country_code else {}), {}, {}, [], [])
    ranked = sorted(set(cands), key=lambda c: (-_score(c, None, ctx, country_code, set(), gz), c.place.key))
    out: list[PlaceMention] = []
    seen: set[str] = set()
    doc = Doc(id="resolve_name", text=name)
    for c in ranked:
        if c.place.key in seen:
            continue
        seen.add(c.place.key)
        precision = 1 if c.place.kind == "city" else 3
        out.append(_mention(doc, gz, c.place, 0, len(name), precision, _tier(c)))
    return out
