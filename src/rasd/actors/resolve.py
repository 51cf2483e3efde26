"""Actor resolution: fills ``doc.actors`` with :class:`~rasd.doc.ActorMention` records.

Reads ``doc.tokens``, ``doc.sentences``, ``doc.places`` and ``doc.entities``; writes ``doc.actors``.

1. One :class:`~rasd.text.match.PhraseMatcher` over every registry alias, generic phrase and blocked phrase
   finds candidates (clitics stripped: لداعش, وداعش).  Generic phrases and ``strict`` aliases must match
   with proclitics only (so المدنيين is not مدني, حماسة is not حماس); a name without ال never matches a token
   carrying ال.  Longest match wins; a blocked phrase (مجلس الأمن, القاعدة الجوية) wins and yields nothing.
2. The *context country* of a generic mention is, in order: a country adjective right after it
   (الجيش العراقي, مدنيين سوريين); the countries named in its sentence (places, country names, cities,
   adjectives; for victims a tie goes to the country named nearest before them); the article's dominant
   country (earlier evidence weighs more).
3. Each generic kind resolves as the registry's ``_doc`` says.  Anaphors (المسلحين, التنظيم, الميليشيات)
   take the most recently named armed non-state actor (inter 2-4) earlier in the article and stay
   ``generic=True``; ``مسلحون`` followed within three tokens by a named group takes that group, an anaphor
   right before a name takes it (المجموعة الإرهابية حزب العمال).  An air phrase (القوات الجوية) is the air
   force resolved or named last in the article.  A force
   phrase followed by a loyalty word and a named actor is that actor (القوات الموالية لصالح); a bare
   ``الجيش`` in a sentence with no country evidence refers back to the state force named in the last two
   sentences before it falls back on the article's country; ``التنظيم`` followed by a definite adjective that
   makes no phrase (التنظيم الوحدوي) names another organisation and is skipped.  Country-keyed phrases
   (``by_country``) try the mention's own country, then the antecedent, then the article's country.
4. A state force (inter 1) whose context country is another country is recoded 8 (external forces).
5. A bare alias that is also a common noun (registry ``ambiguous``: القاعدة "the base") is dropped in an
   article that uses the noun (قاعدة العند) and names the actor by no other alias.
6. Rule flags: a ``counted`` phrase (أشخاص, قتلى) needs a number or quantifier in front (مقتل 67 شخصا) and
   passes the registry's ``counted_guard`` (:mod:`rasd.actors.counted`: no running totals, suspects or
   mixed counts); a
   ``closed`` one-word phrase (النظام, المعارضة) followed by a definite word that is no country adjective
   names another body (النظام الدولي); an ``anywhere`` phrase (المعارضة المعتدلة) is its one actor in any
   article that names that actor's country.  A one-word country name that is also the adjective (السعودية)
   counts as the adjective after a force noun (قوات النخبة السعودية).
   Dropped before resolution: a name inside a longer person name (خليفة حفتر, محمد علي الحوثي), class nouns
   after a campaign word (ضد الإرهابيين), civilians after a speech verb (قال سكان), one aircraft with a
   nationality in a sentence with no strike cue (الطائرة الماليزية: an airliner).
7. A country or capital named as the doer of strikes (الغارات التي تشنها أنقرة) is its military (``agents``).
   :mod:`rasd.actors.reference` then adds possessive member nouns (قواته, عناصرها) and definite head nouns
   (الجبهة after جبهة النصرة) on the tokens no mention covers.
8. ``link_entities`` looks up ORG spans from the tagger that overlap no mention; an ORG that matches no
   alias is left unresolved (no mention).
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from rasd.actors.clitics import ART_PREFIXES, PREFIXES, prefix_ok
from rasd.actors.counted import adjectival, counted, sentence_has
from rasd.actors.reference import head_mentions, is_head, latter_mentions, possessive_mentions
from rasd.actors.registry import ActorEntry, GenericRule, Registry, registry, template_kind
from rasd.doc import ActorMention, Doc
from rasd.geo.cues import after_honorific, at_seat, in_nationality_list, nationality_name, not_event_place
from rasd.text.dates import in_date
from rasd.text.match import Match, PhraseMatcher, longest_matches, phrase_tokens
from rasd.text.normalise import normalise_str
from rasd.text.segment import Token, pronoun_suffixed

ARMED_NON_STATE = (2, 3, 4)
_ADJ_SKIP = frozenset(
    {
        normalise_str(w)
        for w in (
            "الحكومية",
            "النظامية",
            "المسلحة",
            "الخاصة",
            "الأمنية",
            "الجوية",
            "البرية",
            "التابعة",
            "الحكومي",
            "النخبة",
            "البحرية",
            "العسكرية",
            "الحربية",
            "عسكرية",
            "حربية",
            "المقاتلة",
            "مقاتلة",
        )
    }
)
_STRIKE_WORDS = frozenset(
    normalise_str(w)
    for w in ("غارة", "الغارة", "غارات", "الغارات", "ضربة", "الضربة", "ضربات", "الضربات", "طائرة", "الطائرة",
              "طائرات", "الطائرات", "مقاتلات", "المقاتلات", "مقاتلة")
)  # fmt: skip  # forces nouns whose nationality names the air force of the strikes that follow
_ADJ_WINDOW = 2
_FOLLOW_WINDOW = 3
_AFTER_WINDOW = 3
_LEAD_CHARS = 400  # evidence in the lead counts double
_RECENT_STATE_SENTENCES = 2  # how far back a bare الجيش looks for the army it refers to
# what may stand before a country name that opens its clause (أن تركيا تشن); "" is the text's start or punctuation
_AGENT_LEADS = frozenset(
    normalise_str(w) for w in ("", *"و أن إن ان بأن وأن فيما بينما حيث كما لكن ولكن قد وقد ثم بعدما".split())
)
_FEMININE = (normalise_str("ية"), normalise_str("يات"))
_TO_PRONOUNS = frozenset(normalise_str(w) for w in ("لها", "له", "لهم", "لهما"))
_VICTIM_KINDS = frozenset({"civilians", "protesters"})
_STATE_KINDS = frozenset({"military", "police", "security"})
# "يعتقد أنها": a hedge that may stand between a force noun and its loyalty word
_HEDGES = frozenset(normalise_str(w) for w in ("يعتقد", "يرجح", "يشتبه", "يبدو", "يظن"))
_THAT = frozenset(normalise_str(w) for w in ("أنها", "أنهم", "أنه", "انها", "انهم", "انه"))
_NEW_GROUP = frozenset(
    normalise_str(w) for w in ("مجموعة", "مجموعات", "جماعة", "جماعات", "عصابة", "عصابات", "خلية", "خلايا")
)  # an indefinite group noun: a new group, not the armed actor named before
_MADE = frozenset(normalise_str(w) for w in ("الصنع", "صنع"))  # after a nationality: where a thing was made
_LOYAL_KINDS = frozenset({"military", "police", "security", "forces", "contextual", "air", "drone"})
_RELATIVES = frozenset(
    normalise_str(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي")
)


@dataclass(frozen=True, slots=True)
class _Pay:
    kind: str  # 'actor' | 'generic' | 'blocked'
    first: str  # the phrase's first normalised token
    rest: tuple[str, ...]
    actor: ActorEntry | None = None
    rule: GenericRule | None = None
    strict: bool = False
    ta_marbuta: bool = False  # the phrase ends in ة, which normalises to ه like the pronoun (رعاة / ورعاه)


_CountryPay = tuple[str, str, str, tuple[str, ...]]  # (cc, 'name' | 'adj', first word, the other words)


@dataclass(frozen=True, slots=True)
class _Resources:
    reg: Registry
    matcher: PhraseMatcher[_Pay]
    countries: PhraseMatcher[_CountryPay]
    alias_index: dict[str, ActorEntry]  # normalised alias text -> actor (for ORG entities)


def _pay(kind: str, phrase: str, **kw: object) -> tuple[str, _Pay] | None:
    toks = phrase_tokens(phrase)
    if not toks:
        return None
    return phrase, _Pay(kind, toks[0], toks[1:], ta_marbuta=phrase.endswith("ة"), **kw)  # type: ignore[arg-type]


@cache
def resources() -> _Resources:
    reg = registry()
    items: list[tuple[str, _Pay]] = []
    index: dict[str, ActorEntry] = {}
    for a in reg.actors.values():
        for alias in a.aliases:
            norm = normalise_str(alias)
            p = _pay("actor", alias, actor=a, strict=norm in a.strict)
            if p:
                items.append(p)
                index[" ".join(phrase_tokens(alias))] = a
    for rule in reg.generic:
        for phrase in rule.phrases:
            p = _pay("generic", phrase, rule=rule, strict=True)
            if p:
                items.append(p)
    for phrase in reg.blocked:
        p = _pay("blocked", phrase, strict=True)
        if p:
            items.append(p)
    citems: list[tuple[str, tuple[str, str, str, tuple[str, ...]]]] = []
    for c in reg.countries.values():
        for kind, words in (("name", c.names), ("adj", c.adjectives)):
            for w in words:
                toks = phrase_tokens(w)
                if toks:
                    citems.append((w, (c.code, kind, toks[0], toks[1:])))
    return _Resources(reg, PhraseMatcher(items), PhraseMatcher(citems), index)


def _accept(tokens: list[Token], m: Match[_Pay]) -> bool:
    pay = m.payload
    norm = tokens[m.tok_start].norm
    if pay.strict:
        if not prefix_ok(norm, pay.first, PREFIXES):
            return False
        return all(tokens[m.tok_start + 1 + k].norm == w for k, w in enumerate(pay.rest))
    if not pay.first.startswith("ال"):
        at = norm.find(pay.first)
        if at >= 2 and norm[:at].endswith(("ال", "لل")):
            return False  # الحماس is not حماس
    return True


class _Context:
    """Country evidence of one article: per token (adjectives) and per sentence/article (votes)."""

    def __init__(
        self, doc: Doc, res: _Resources, inside: set[int], country_hits: list[Match[_CountryPay]]
    ) -> None:
        self.doc = doc
        self.adj_at: dict[int, str] = {}
        self.name_at: dict[int, str] = {}
        # registry country and capital names: start token -> (end token, country)
        self.country_names: dict[int, tuple[int, str]] = {}
        self.sent_votes: dict[int, Counter[str]] = {}
        self.sent_evidence: dict[int, list[tuple[int, str]]] = {}  # (token, country) of each vote
        self.sent_named: set[int] = set()  # sentences with a place name, not only nationality adjectives
        article: Counter[str] = Counter()
        toks = doc.tokens
        number_ends = {doc.token_at(n.end - 1) + 1 for n in doc.numbers}
        # the country the places stage resolved a city name to, by its first token: "رفح بشمال سيناء" is Egypt's
        resolved = {
            doc.token_at(p.start): p.country_code.upper()
            for p in doc.places
            if p.country_code and p.feature != "country"
        }
        for m in country_hits:
            cc, kind, first, rest = m.payload
            if kind == "name" and resolved.get(m.tok_start, cc) != cc:
                continue  # a city of the registry's list the gazetteer read as another country's town
            prefixes = ART_PREFIXES if kind == "adj" else PREFIXES
            if not prefix_ok(toks[m.tok_start].norm, first, prefixes):
                continue
            if any(toks[m.tok_start + 1 + k].norm != w for k, w in enumerate(rest)):
                continue
            if m.tok_start in inside and kind == "name":
                continue  # العراق in جهاز مكافحة الإرهاب بالعراق says nothing about where
            if kind == "name" and at_seat(toks, m.tok_start, m.tok_end):
                continue  # المرصد السوري ومقره بريطانيا: where the source sits
            if kind == "name" and (not_event_place(toks, m.tok_start) or after_honorific(toks, m.tok_start)):
                # على الحدود مع العراق وسورية, المدعومين من إيران: where nothing of the story is; الشيخ صلاح الدين:
                # a man
                continue
            if kind == "name" and nationality_name(toks, m.tok_start, m.tok_end, number_ends):
                kind = "adj"  # "18 عاملا تركيا": Turkish workers, not Turkey
            weight = 1 if kind == "adj" else 2  # a name counts twice an adjective
            if kind == "adj" and m.tok_end - m.tok_start == 1:
                self.adj_at[m.tok_start] = cc
            elif kind == "name":
                self.name_at[m.tok_start] = cc
                self.country_names[m.tok_start] = (m.tok_end, cc)
                if m.tok_end - m.tok_start == 1 and _name_is_adjective(toks[m.tok_start].norm, cc, res.reg):
                    self.adj_at[m.tok_start] = cc  # قوات النخبة السعودية: the name السعودية is the adjective
            self._vote(article, m.tok_start, m.start, cc, weight)
        starts = [t.start for t in toks]
        for p in doc.places:
            if p.country_code:
                ti = bisect.bisect_left(starts, p.start)
                if ti in inside:
                    continue  # a "place" inside an actor's name (المخلوع صالح) says nothing about where
                if at_seat(toks, ti, doc.token_at(p.end - 1) + 1) or not_event_place(toks, ti):
                    continue  # المرصد السوري ومقره بريطانيا
                self.name_at.setdefault(ti, p.country_code.upper())
                self._vote(article, ti, p.start, p.country_code.upper(), 2)
        self._kingdom_votes(article, res.reg)
        self.article = _top(article)
        self.named = frozenset(article)  # every country the article gives evidence of

    def _kingdom_votes(self, article: Counter[str], reg: Registry) -> None:
        """The bare المملكة ('the Kingdom', the Saudi press's own country) votes once for its country, as an
        adjective would, where the article gives no evidence of another kingdom (Jordan, Morocco, Bahrain ...)."""
        if reg.kingdom is None:
            return
        word, cc, others = reg.kingdom
        if not others.isdisjoint(article):
            return
        toks = self.doc.tokens
        for k, t in enumerate(toks):
            if word not in t.forms:
                continue
            nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
            if nxt.startswith("ال") or k in self.name_at:
                continue  # "المملكة المتحدة", "المملكة الأردنية": a kingdom named
            self._vote(article, k, t.start, cc, 1)

    def _vote(self, article: Counter[str], ti: int, start: int, cc: str, weight: int) -> None:
        si = self.sentence_of(ti)
        self.sent_votes.setdefault(si, Counter())[cc] += weight
        self.sent_evidence.setdefault(si, []).append((ti, cc))
        if weight > 1:
            self.sent_named.add(si)
        article[cc] += weight * (2 if start < _LEAD_CHARS else 1)

    def sentence_of(self, ti: int) -> int:
        return self.doc.sentence_of(ti)

    def adjective_after(self, tok_end: int) -> str | None:
        toks = self.doc.tokens
        for k in range(tok_end, min(tok_end + _ADJ_WINDOW, len(toks))):
            cc = self.adj_at.get(k)
            if cc:
                # "مروحيات أباتشي أمريكية الصنع": the maker, not whose they are
                return None if k + 1 < len(toks) and toks[k + 1].norm in _MADE else cc
            if toks[k].norm not in _ADJ_SKIP:
                return None
        return None

    def local(self, ti: int, cc: str) -> bool:
        """Whether the sentence of token ``ti`` names country ``cc``."""
        votes = self.sent_votes.get(self.sentence_of(ti))
        return bool(votes and votes.get(cc))

    def place(
        self, ti: int, tok_end: int | None = None, recent: str | None = None, *, nearest: bool = False
    ) -> str | None:
        """Where a mention at token ``ti`` is: a place right after it (رجال الأمن في السعودية), else the
        sentence's evidence, else ``recent`` (a state force named just before), else the article's.
        ``nearest`` (victims): a tie in the sentence goes to the country named nearest before them."""
        if tok_end is not None:
            for k in range(tok_end, tok_end + _AFTER_WINDOW):
                if k in self.name_at:
                    return self.name_at[k]
        si = self.sentence_of(ti)
        votes = self.sent_votes.get(si)
        if votes and (si in self.sent_named or not self.article):
            return _top(votes) or (self._nearest(si, ti, votes) if nearest else None) or self.article
        return recent or self.article  # none, or only nationalities (victims from four countries)

    def _nearest(self, si: int, ti: int, votes: Counter[str]) -> str | None:
        """On a tie in the sentence, the tied country named nearest before token ``ti`` (في مروة بشمال الكاميرون،
        اسفر عن مقتل 11 شخصا ... في غومبيه بشمال شرق نيجيريا), else nearest after it."""
        most = max(votes.values())
        tied = {cc for cc, n in votes.items() if n == most}
        evidence = [(k, cc) for k, cc in self.sent_evidence.get(si, ()) if cc in tied]
        before = [(k, cc) for k, cc in evidence if k < ti]
        if before:
            return max(before)[1]
        return min(evidence)[1] if evidence else None


def _top(votes: Counter[str]) -> str | None:
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _mention(
    doc: Doc, ctx: _Context, tok_start: int, tok_end: int, start: int, end: int, a: ActorEntry, generic: bool
) -> ActorMention:
    inter = a.inter
    place = ctx.place(tok_start, tok_end)
    if inter == 1 and a.country and place and place != a.country and not ctx.local(tok_start, a.country):
        inter = 8  # a state force acting abroad
    return a.mention(doc.text, start, end, generic=generic, inter=inter)


def _by_country(reg: Registry, rule: GenericRule, cc: str | None) -> ActorEntry | None:
    aid = rule.by_country.get(cc) if cc else None
    return reg.actors[aid] if aid else None


def _resolve_generic(
    reg: Registry,
    rule: GenericRule,
    cc: str | None,
    last_armed: ActorEntry | None,
    last: dict[str, ActorEntry],
    article: str | None = None,
    named: frozenset[str] = frozenset(),
    own_adj: bool = False,
) -> ActorEntry | None:
    """The actor a generic phrase stands for; ``cc`` is the mention's country (``own_adj``: read off an
    adjective right after it), ``article`` the article's, ``named`` every country the article names."""
    kind = rule.kind
    if kind in ("military", "police", "civilians", "protesters", "unidentified"):
        return reg.template(kind, cc)
    if kind == "gunmen":
        return reg.template("unidentified", cc)
    if kind == "forces":
        return None  # only with a country adjective, handled by the caller
    if kind == "security":
        return reg.template(reg.security_kind_of(cc), cc)
    # a drone: the US campaigns (Yemen, Somalia ...), as ACLED codes them
    if kind == "drone" and cc in reg.drone_default:
        return reg.actors[reg.drone_default[cc]]
    if kind in ("air", "drone"):
        if "air" in last:
            return last["air"]
        if cc in reg.air_default:
            return reg.actors[reg.air_default[cc]]
        return reg.template("military", cc) if cc else None
    if kind == "coalition":
        return _by_country(reg, rule, cc) or last.get("coalition") or _by_country(reg, rule, article)
    own = _by_country(reg, rule, cc)  # الميليشيات in a Yemen story are the Houthis whoever was named last
    if own is not None:
        return own
    if kind == "anaphor" and last_armed is not None:
        return last_armed
    if rule.by_country and (outer := _by_country(reg, rule, article)) is not None:
        return outer  # القوات الكردية in a sentence about a British paper, in an Iraq story
    if rule.anywhere and not own_adj:
        anywhere = sorted(c for c in rule.by_country if c in named)
        if anywhere:
            return reg.actors[rule.by_country[anywhere[0]]]  # المعارضة المعتدلة: one actor wherever it is
    if rule.fallback:
        return reg.template(rule.fallback, cc)
    return None


def _extend_left(doc: Doc, reg: Registry, m: Match[_Pay], taken: set[int]) -> int:
    """Start of a named mention widened over a head noun: عناصر داعش, مسلحين من تنظيم الدولة."""
    toks = doc.tokens
    i = m.tok_start - 1
    if i >= 0 and toks[i].norm == "من" and i - 1 not in taken:
        i -= 1
    if i < 0 or i in taken:
        return m.start
    norm = toks[i].norm
    for p in ("", "و", "ف", "ل", "ب"):
        if norm.startswith(p) and norm[len(p) :] in reg.member_nouns:
            return toks[i].start
    return m.start


def _definite(tok: Token) -> bool:
    """The word carries the article (الشعبيه, والشعبيه, للشعبيه)."""
    norm = tok.norm
    return norm.startswith(("ال", "لل")) or (norm[:1] in "وفبك" and norm[1:].startswith(("ال", "لل")))


def find_actors(doc: Doc) -> Doc:
    """Fill ``doc.actors``: every actor mention, named or generic, resolved to a registry actor."""
    res = resources()
    reg = res.reg
    toks = doc.tokens
    found = [
        m
        for m in res.matcher.find(toks, overlapping=True)
        if _accept(toks, m)
        and not (
            m.payload.ta_marbuta
            and pronoun_suffixed(doc.text, toks[m.tok_end - 1])
            and not _definite(toks[m.tok_end - 1])
        )
    ]  # "ورعاه" ('and protect him') is no رعاة (shepherds): the original letter decides; a definite word takes
    # no pronoun, so "المقاومه الشعبيه" is a writer's ه for ة
    hits = longest_matches([m for m in found if not _blocks_a_name(m, found, reg)])
    # read twice: adjectives here, votes in _Context; an adjective naming a nationality is neither, nor is a
    # name inside a date ("الاثنين 10 آب": August, not Ibb)
    country_hits = [
        m
        for m in res.countries.find(toks, overlapping=True)
        if not in_nationality_list(toks, m.tok_start)
        and not in_date(doc, toks[m.tok_start].start, toks[m.tok_end - 1].end)
    ]
    adjectives = _adjective_tokens(toks, res, country_hits)
    kinds = {m.tok_start: m.payload.rule.kind if m.payload.rule else m.payload.kind for m in hits}
    hits = [
        m
        for m in hits
        if m.payload.kind != "blocked"
        and not (m.payload.kind == "generic" and adjectival(doc, m.tok_start, m.tok_end, adjectives))
        and not (m.payload.kind == "generic" and _class_noun(toks, reg, m.tok_start, m.tok_end))
        and not _source(toks, reg, m)
        and not _airliner(doc, reg, m)
        and not (
            m.payload.rule is not None
            and m.payload.rule.counted
            and not counted(doc, reg, m.tok_start, m.tok_end, m.payload.rule.kind, kinds)
        )
    ]
    hits = _drop_ambiguous(toks, hits, reg)
    persons = [(e.start, e.end) for e in doc.entities if e.type == "PER"]
    if persons:  # محمد علي الحوثي, خليفة حفتر: a family name inside a person's name is that person
        hits = [
            m
            for m in hits
            if m.payload.kind != "actor" or not any(s < m.start and m.end <= e for s, e in persons)
        ]
    taken = {t for m in hits for t in range(m.tok_start, m.tok_end)}
    ctx = _Context(doc, res, taken, country_hits)
    out: list[ActorMention] = []
    last_armed: ActorEntry | None = None
    last_armed_sent = -2
    named: list[ActorEntry] = []  # armed non-state actors named so far
    last: dict[str, ActorEntry] = {}
    state: tuple[str, int] | None = None  # (country, sentence) of the last explicitly named state force
    for k, m in enumerate(hits):
        pay = m.payload
        sent = ctx.sentence_of(m.tok_start)
        if pay.kind == "actor" and pay.actor is not None:
            a = pay.actor
            start = _extend_left(doc, reg, m, taken)
            out.append(_mention(doc, ctx, m.tok_start, m.tok_end, start, m.end, a, False))
            if a.inter == 1 and a.country:
                state = (a.country, sent)
            if a.inter in ARMED_NON_STATE:
                last_armed, last_armed_sent = a, ctx.sentence_of(m.tok_start)
                named.append(a)
            if a.air:
                last["air"] = a
            if a.id in ("us-coalition", "saudi-coalition"):
                last["coalition"] = a
            continue
        rule = pay.rule
        if rule is None:
            continue
        if (rule.antecedent == "salient" or rule.closed) and _names_other(
            toks, m.tok_start, m.tok_end, reg, ctx.adj_at
        ):
            continue  # التنظيم الوحدوي, المقاومة الإسلامية: another organisation, not the one meant here
        adj = ctx.adjective_after(m.tok_end)
        recent = (
            state[0]
            if state and rule.kind in _STATE_KINDS and sent - state[1] <= _RECENT_STATE_SENTENCES
            else None
        )
        place = ctx.place(m.tok_start, m.tok_end, recent, nearest=rule.kind in _VICTIM_KINDS)
        resolved: ActorEntry | None
        owner = last_armed if sent - last_armed_sent <= 1 else None
        loyal = _loyal_to(toks, reg, m, hits, k, owner) if rule.kind in _LOYAL_KINDS else None
        if loyal is not None:
            resolved = loyal
        elif rule.kind == "gunmen" and k + 1 < len(hits) and _named_follows(m, hits[k + 1]):
            resolved = hits[k + 1].payload.actor
        elif rule.kind == "anaphor" and k + 1 < len(hits) and _named_follows(m, hits[k + 1], 0):
            resolved = hits[k + 1].payload.actor  # «المجموعة الإرهابية» حزب العمال: the name in apposition
        elif (
            rule.kind == "gunmen"
            and last_armed is not None
            and ctx.sentence_of(m.tok_start) - last_armed_sent <= 1
            and toks[m.tok_start].norm not in _NEW_GROUP  # (not "مجموعة مسلحة": a group not named before)
        ):
            resolved = last_armed
        elif rule.kind == "forces" and not adj and _bare_loyal(toks, reg, m.tok_end) and place:
            resolved = reg.template("military", place)  # القوات الموالية with no one named: the government's
        elif rule.kind == "forces" or (rule.kind in ("air", "drone") and adj):
            resolved = (
                reg.template("military", adj) if adj else None
            )  # مقاتلات تركية: the adjective's air force
        else:
            antecedent = _salient(named, reg) if rule.antecedent == "salient" else last_armed
            antecedent = (
                _named_with_head(doc, reg, out, pay.first, sent)
                or (_named_just_before(doc, out, m.tok_start) if rule.antecedent == "salient" else None)
                or antecedent
            )
            resolved = _resolve_generic(
                reg, rule, adj or place, antecedent, last, ctx.article, ctx.named, adj is not None
            )
        if resolved is None:
            continue
        end = m.end
        if adj and rule.kind in ("military", "police", "security", "forces", "civilians", "protesters"):
            end = toks[_adj_index(ctx, m.tok_end)].end
        out.append(_mention(doc, ctx, m.tok_start, m.tok_end, m.start, end, resolved, True))
        if rule.kind == "air" or (rule.kind == "forces" and adj and pay.first in _STRIKE_WORDS):
            # طائرات حربية ... القوات الجوية, ضربة إسرائيلية ... طائرة بلا طيار: the same air force until another
            # is named
            last["air"] = resolved
        if adj and resolved.inter == 1 and resolved.country:
            state = (resolved.country, sent)
        if resolved is last_armed:
            last_armed_sent = ctx.sentence_of(m.tok_start)  # the group is still being talked about
    taken |= {t for a in out for t in range(doc.token_at(a.start), doc.token_at(a.end - 1) + 1)}
    # a generic force word (قوات, طائرات) that a country in construct names is dropped for the country's force
    one_word = {m.tok_start for m in hits if m.tok_end - m.tok_start == 1 and m.payload.kind == "generic"}
    agents = _agents(doc, reg, ctx, taken - one_word)
    spans = [(a.start, a.end) for a in agents]
    out = [a for a in out if not any(s <= a.start and a.end <= e for s, e in spans)]
    taken |= {t for a in agents for t in range(doc.token_at(a.start), doc.token_at(a.end - 1) + 1)}
    out += agents
    nationals = _nationals(doc, reg, ctx, taken, kinds)
    taken |= {doc.token_at(a.start) for a in nationals}
    out += nationals
    out += possessive_mentions(doc, reg, out, taken, ctx.sentence_of, ctx.article, ctx.name_at)
    out += _conjoined_allies(doc, reg, out, taken)
    out += _second_nationality(doc, reg, ctx, out, taken)
    out += head_mentions(doc, reg, out, taken, lambda ti: _names_other(toks, ti, ti + 1, reg, ctx.adj_at))
    out += latter_mentions(doc, reg, out, taken, ctx.sentence_of)
    doc.actors = _members_of(doc, sorted(out, key=lambda a: a.start))
    return link_entities(doc)


_OF = normalise_str("من")


def _members_of(doc: Doc, actors: list[ActorMention]) -> list[ActorMention]:
    """A generic member noun right before من and a named state force ("جندي من القوات الإماراتية", "ثلاثة جنود
    من الجيش التركي") is a member of that force, not of the article's country's."""
    starts = {doc.token_at(a.start): a for a in actors}
    out: list[ActorMention] = []
    for a in actors:
        k = doc.token_at(a.end - 1) + 1
        force = starts.get(k + 1) if a.generic and k < len(doc.tokens) and doc.tokens[k].norm == _OF else None
        if force is not None and force.inter == 1 and not force.generic and force.actor_id != a.actor_id:
            a = replace(a, actor_id=force.actor_id, name=force.name, inter=force.inter, country=force.country)
        out.append(a)
    return out


def _nationals(
    doc: Doc, reg: Registry, ctx: _Context, taken: set[int], kinds: dict[int, str]
) -> list[ActorMention]:
    """A counted nationality noun is people of that country, civilians unless the words say otherwise: "قتل
    ثلاثة فلسطينيين", "12 سوريا قتلوا", "تظاهر آلاف العراقيين".  Counted as the registry's counted civilians
    phrases are (a number or quantifier before it; not suspects, not a battle's dead)."""
    out: list[ActorMention] = []
    # ctx.adj_at holds the one-word adjectives, and the country names read as nationalities ("12 سوريا")
    for ti, cc in sorted(ctx.adj_at.items()):
        if ti in taken or doc.tokens[ti].norm.endswith(_FEMININE):
            continue  # "مقاتلات إف-16 تركية": a feminine form is an adjective of what comes before
        if not counted(doc, reg, ti, ti + 1, "civilians", kinds):
            continue
        tok = doc.tokens[ti]
        out.append(reg.template("civilians", cc).mention(doc.text, tok.start, tok.end, generic=True))
    return out


def _conjoined_allies(
    doc: Doc, reg: Registry, found: list[ActorMention], taken: set[int]
) -> list[ActorMention]:
    """An ally's short name joined by و right after its ally's mention: "ميليشيا الحوثي وصالح" is the Houthis
    and Saleh's forces (registry ``ally_words``); "صالح" anywhere else is a given name or a word."""
    out: list[ActorMention] = []
    toks = doc.tokens
    for a in found:
        ally = reg.allies.get(a.actor_id)
        words = reg.ally_words.get(ally) if ally is not None else None
        ti = doc.token_at(a.end - 1) + 1
        if (
            ally is None
            or not words
            or ti >= len(toks)
            or ti in taken
            or doc.text[a.end : toks[ti].start].strip()
        ):
            continue
        norm = toks[ti].norm
        if norm.startswith("و") and norm[1:] in words:
            out.append(reg.actors[ally].mention(doc.text, toks[ti].start, toks[ti].end, generic=False))
            taken.add(ti)
    return out


_SHARED_NOUN_KINDS = ("military", "police", "civilians", "protesters")


def _second_nationality(
    doc: Doc, reg: Registry, ctx: _Context, found: list[ActorMention], taken: set[int]
) -> list[ActorMention]:
    """A second country adjective joined by و right after a state force or a people named by the first
    ("القوات الهندية والباكستانية"): the same noun of that country, the Pakistani forces."""
    out: list[ActorMention] = []
    toks = doc.tokens
    for a in found:
        kind = template_kind(a.actor_id)
        ti = doc.token_at(a.end - 1) + 1
        if (
            kind not in _SHARED_NOUN_KINDS
            or ti >= len(toks)
            or ti in taken
            or ctx.adj_at.get(ti - 1) != a.country
        ):
            continue  # (the first named by its adjective too: القوات العراقية, not الجيش)
        cc = ctx.adj_at.get(ti)
        if cc is None or cc == a.country or not toks[ti].norm.startswith("وال"):
            continue
        if doc.text[a.end : toks[ti].start].strip():
            continue  # "القوات الهندية، والباكستانية" is a list of its own
        out.append(reg.template(kind, cc).mention(doc.text, toks[ti].start, toks[ti].end, generic=True))
        taken.add(ti)
    return out


_AND = ("و", "ف")
_LAUNCH_GAP = 3  # words (a time: أمس, في الأيام الأخيرة) between a launching country and its strike noun


def _agents(doc: Doc, reg: Registry, ctx: _Context, taken: set[int]) -> list[ActorMention]:
    """A country or its capital as the doer of strikes is its army: الغارات التي تشنها أنقرة, تركيا تشن
    غارات (registry ``agents``).  A name before the verb must open its clause (أن تركيا تشن): after a
    preposition or a noun it is a place (وفي ريف دمشق شن طيران النظام)."""
    if not reg.agent_verbs:
        return []
    toks = doc.tokens
    text = doc.text
    out: list[ActorMention] = []
    for k, (end, cc) in ctx.country_names.items():
        if k in taken or reg.agent_names.get(" ".join(t.norm for t in toks[k:end])) != cc:
            continue
        before = toks[k - 1].norm if k > 0 and not text[toks[k - 1].end : toks[k].start].strip() else ""
        nxt = end + (
            end + 1 < len(toks) and toks[end].norm in reg.agent_allies
        )  # "الولايات المتحدة وحلفاؤها نفذوا"
        after = (
            toks[nxt].norm
            if nxt < len(toks) and not text[toks[nxt - 1].end : toks[nxt].start].strip()
            else ""
        )
        verb_before = before in reg.agent_verbs or (before[:1] in _AND and before[1:] in reg.agent_verbs)
        # "وبدأت تركيا قصف معسكرات", "كثفت روسيا غاراتها": a launch verb before, a strike noun after
        launched = (
            before in reg.agent_launch or (before[:1] in _AND and before[1:] in reg.agent_launch)
        ) and any(
            f in reg.agent_strikes
            for t in toks[
                end : min(len(toks), end + _LAUNCH_GAP + 1)
            ]  # "بدأت تركيا في الأيام الأخيرة باستهداف"
            for f in t.forms
        )
        verb_before = (
            verb_before or launched or (before in reg.agent_speech and _said_it_strikes(doc, reg, end))
        )
        if verb_before or (after in reg.agent_verbs and before in _AGENT_LEADS):  # وشنت الولايات المتحدة
            a = reg.template("military", cc)
            out.append(_mention(doc, ctx, k, end, toks[k].start, toks[end - 1].end, a, True))
        elif (
            k > 0
            and k - 1 not in taken
            and not text[toks[k - 1].end : toks[k].start].strip()
            and (kind := _force_of(toks[k - 1], reg)) is not None
            and not (end < len(toks) and toks[end].norm in _AIRLINE_AFTER)
        ):
            # "طائرات الولايات المتحدة", "جيش مصر": a force noun in construct with the country
            a = reg.template(kind, cc)
            out.append(_mention(doc, ctx, k - 1, end, toks[k - 1].start, toks[end - 1].end, a, True))
    return out


_SAID_IT_REACH = 8  # tokens from a country after a speech verb to the أنها of what it said
_SAID_IT_GAP = 3  # tokens from أنها to the strike verb, or to the launch verb of a strike noun


def _said_it_strikes(doc: Doc, reg: Registry, end: int) -> bool:
    """After a country named after a speech verb, its clause goes on with أنها and a strike ("أبلغت تركيا الأمم
    المتحدة يوم الجمعة أنها بدأت في شن غارات جوية"): the country says it strikes, so it is the doer."""
    toks = doc.tokens
    sent = doc.sentences[doc.sentence_of(end - 1)]
    for k in range(end, min(sent.tok_end, end + _SAID_IT_REACH)):
        if toks[k].norm not in reg.agent_said_it:
            continue
        window = toks[k + 1 : min(sent.tok_end, k + 1 + _SAID_IT_GAP)]
        if any(t.norm in reg.agent_verbs for t in window):
            return True
        launch = next((i for i, t in enumerate(window) if t.norm in reg.agent_launch), None)
        return launch is not None and any(
            f in reg.agent_strikes
            for t in toks[k + 2 + launch : min(sent.tok_end, k + 2 + launch + _LAUNCH_GAP + 1)]
            for f in t.forms
        )
    return False


_AIRLINE_AFTER = frozenset({normalise_str("للطيران")})  # "طائرات مصر للطيران": the airline's planes


def _force_of(tok: Token, reg: Registry) -> str | None:
    """The template kind of a force noun without the article (جيش, قوات, وطائرات), or None."""
    for f in (tok.norm, *tok.forms):
        if f in reg.agent_forces and tok.norm.endswith(f) and "ال" not in tok.norm[: len(tok.norm) - len(f)]:
            return reg.agent_forces[f]  # proclitics stripped (وطائرات), never an article (دخلت القوات العراق)
    return None


def _class_noun(toks: list[Token], reg: Registry, tok_start: int, tok_end: int) -> bool:
    """A one-word class noun after a campaign word (معركتها ضد الإرهابيين, التبليغ عن الإرهابيين) or بعض
    (فبعض المتشددين يرفضون) names a kind of people, not a group in the news (registry ``class_nouns``)."""
    if tok_end - tok_start != 1 or tok_start == 0 or not reg.class_nouns:
        return False
    return (toks[tok_start].norm, toks[tok_start - 1].norm) in reg.class_nouns


def _airliner(doc: Doc, reg: Registry, m: Match[_Pay]) -> bool:
    """One aircraft with a nationality (الطائرة الماليزية, طائرة عمانية) is an airliner unless its sentence
    tells of a strike (registry ``aircraft``): ضربة جوية نفذتها طائرة إسرائيلية."""
    rule = m.payload.rule
    return (
        rule is not None
        and rule.kind == "forces"
        and not m.payload.rest
        and m.payload.first in reg.aircraft_nouns
        and not sentence_has(doc, m.tok_start, reg.aircraft_cues)
    )


def _blocks_a_name(m: Match[_Pay], found: list[Match[_Pay]], reg: Registry) -> bool:
    """A blocked title phrase that cuts into a named actor running past it: "قائد الجيش" (a person) blocks the
    bare army, not "قائد الجيش اللبناني", where the Lebanese army is named (a holiday, "عيدا للشرطة", still
    blocks)."""
    return (
        m.payload.kind == "blocked"
        and m.payload.first in reg.titles
        and any(
            o.payload.kind == "actor" and m.tok_start < o.tok_start < m.tok_end < o.tok_end for o in found
        )
    )


def _source(toks: list[Token], reg: Registry, m: Match[_Pay]) -> bool:
    """Civilians right after a speech verb are the source of the news (قال سكان إن, أكد مواطنون يمنيون),
    not its victims (registry ``source_verbs``)."""
    rule = m.payload.rule
    return (
        rule is not None
        and rule.kind in _VICTIM_KINDS
        and m.tok_start > 0
        and toks[m.tok_start - 1].norm in reg.source_verbs
    )


_HEAD_REACH = 3  # sentences back that "التنظيم" looks for the group last named "تنظيم ..."


def _named_with_head(
    doc: Doc, reg: Registry, found: list[ActorMention], word: str, sent: int
) -> ActorEntry | None:
    """A definite head noun that is an anaphor (التنظيم) points back to the armed group last named with that
    head (تنظيم داعش) in the last few sentences, even if another group was named more often: "وكان التنظيم
    سيطر على بلدة مهين" after "اشتباكات بين تنظيم داعش وقوات الأسد" in an article about جيش الفتح."""
    head = reg.head_anaphors.get(word)
    if head is None:
        return None
    for a in reversed(found):
        first = doc.token_at(a.start)
        if a.generic or a.inter not in ARMED_NON_STATE or sent - doc.sentence_of(first) > _HEAD_REACH:
            continue
        if is_head(doc.tokens[first].norm, head):
            return reg.actors.get(a.actor_id)
    return None


_JUST_BEFORE = 12  # tokens back from an anaphor to a group named in its sentence


def _named_just_before(doc: Doc, found: list[ActorMention], tok: int) -> ActorEntry | None:
    """The armed group named last, a few words before the anaphor in its sentence ("هجوم لداعش على الحدود،
    ورد الطيران التركي بمهاجمة اهداف للتنظيم"): what the anaphor names, not the article's most named group."""
    sent = doc.sentence_of(tok)
    for a in reversed(found):
        first = doc.token_at(a.start)
        if first >= tok:
            continue
        if doc.sentence_of(first) != sent or tok - first > _JUST_BEFORE:
            return None
        if not a.generic and a.inter in ARMED_NON_STATE:
            return registry().actors.get(a.actor_id)
    return None


def _salient(named: list[ActorEntry], reg: Registry) -> ActorEntry | None:
    """The latest member of the actor family (an actor and its parent) named most often so far."""
    if not named:
        return None
    family = Counter(a.parent or a.id for a in named)
    best = max(family.values())
    for a in reversed(named):
        if family[a.parent or a.id] == best:
            return a
    return None


def _drop_ambiguous(toks: list[Token], hits: list[Match[_Pay]], reg: Registry) -> list[Match[_Pay]]:
    """Drop bare ambiguous aliases (القاعدة) where the article uses the common noun and no other alias."""
    if not reg.ambiguous:
        return hits
    bare = [
        m for m in hits if m.payload.kind == "actor" and (m.payload.first, *m.payload.rest) in reg.ambiguous
    ]
    if not bare:
        return hits
    drop: set[int] = set()
    for m in bare:
        a = m.payload.actor
        if any(h.payload.actor is a and h not in bare for h in hits):
            continue  # تنظيم القاعدة named elsewhere: the bare form is the group too
        cues = reg.ambiguous[(m.payload.first, *m.payload.rest)]
        if any(prefix_ok(t.norm, cue, PREFIXES) for t in toks for cue in cues):
            drop.add(id(m))
    return [m for m in hits if id(m) not in drop] if drop else hits


def _names_other(
    toks: list[Token], tok_start: int, tok_end: int, reg: Registry, adj_at: dict[int, str]
) -> bool:
    """A one-word anaphor (التنظيم) followed by a definite word that makes no phrase: a name.  A country
    adjective (المعارضة السورية), a relative pronoun or a listed modifier (الجماعة المتحالفة مع إيران) is not."""
    if tok_end - tok_start != 1 or tok_end >= len(toks):
        return False
    if tok_start > 0 and toks[tok_start - 1].norm in reg.demonstratives:
        return False  # "هذا التنظيم البربري": a pointer back, whatever follows
    nxt = toks[tok_end].norm
    if tok_end in adj_at or nxt in reg.anaphor_modifiers or nxt in reg.loyal_words:
        return False
    return nxt.startswith("ال") and len(nxt) > 3 and nxt not in _RELATIVES


def _adjective_tokens(toks: list[Token], res: _Resources, country_hits: list[Match[_CountryPay]]) -> set[int]:
    """Indices of one-word country adjectives (التركية, سوريين), with or without the article."""
    out: set[int] = set()
    for m in country_hits:
        cc, kind, first, rest = m.payload
        norm = toks[m.tok_start].norm
        if rest:
            continue
        if (kind == "adj" and prefix_ok(norm, first, ART_PREFIXES)) or (
            kind == "name" and _name_is_adjective(norm, cc, res.reg)
        ):
            out.add(m.tok_start)
    return out


def _name_is_adjective(norm: str, cc: str, reg: Registry) -> bool:
    """A one-word country name that is also the feminine adjective (السعودية): definite, in the adjective list."""
    country = reg.countries.get(cc)
    return country is not None and norm.startswith("ال") and norm[2:] in country.adjectives


def _loyal_to(
    toks: list[Token],
    reg: Registry,
    m: Match[_Pay],
    hits: list[Match[_Pay]],
    k: int,
    owner: ActorEntry | None,
) -> ActorEntry | None:
    """القوات العسكرية الموالية للرئيس السابق علي عبد الله صالح: the named actor after a loyalty word.
    Loyal to a pronoun (المليشيات الحوثية والقوات الموالية لها): the registry ally of ``owner``, the armed
    group named last in this sentence or the one before."""
    at = m.tok_end
    if at + 2 < len(toks) and toks[at].norm in _HEDGES and toks[at + 1].norm in _THAT:
        at += 2  # "طائرات حربية يعتقد أنها تابعة للتحالف"
    if at >= len(toks) or toks[at].norm not in reg.loyal_words:
        return None
    if at + 1 < len(toks) and toks[at + 1].norm in _TO_PRONOUNS:
        ally = reg.allies.get(owner.id) if owner is not None else None
        return reg.actors[ally] if ally is not None else None
    for nxt in hits[k + 1 : k + 3]:
        if nxt.tok_start - at - 1 > _FOLLOW_WINDOW:
            break
        between = toks[at + 1 : nxt.tok_start]
        if any(not t.norm.startswith(("ل", "ال")) and t.norm not in reg.titles for t in between):
            break  # "ووحدات الجيش الموالية لهادي طردوا أيضا الحوثيين": a verb ends the complement
        if nxt.payload.kind == "actor" and nxt.payload.actor is not None:
            return nxt.payload.actor
    return None


def _bare_loyal(toks: list[Token], reg: Registry, end: int) -> bool:
    """A force noun followed by a loyalty word and no one it is loyal to (توجهت القوات الموالية الى مدينة
    شقرة): forces loyal to the government, as the press uses the phrase.  A complement with ل (الموالية
    لصالح, لها) names the side even when it is unknown."""
    if end >= len(toks) or toks[end].norm not in reg.loyal_words:
        return False
    return end + 1 >= len(toks) or not toks[end + 1].norm.startswith("ل")


def _named_follows(m: Match[_Pay], nxt: Match[_Pay], window: int = _FOLLOW_WINDOW) -> bool:
    a = nxt.payload.actor
    return a is not None and a.inter in ARMED_NON_STATE and 0 <= nxt.tok_start - m.tok_end <= window


def _adj_index(ctx: _Context, tok_end: int) -> int:
    for k in range(tok_end, tok_end + _ADJ_WINDOW):
        if k in ctx.adj_at:
            return k
    return tok_end - 1


def link_entities(doc: Doc) -> Doc:
    """Resolve ORG spans from the tagger that no alias matched, when their text is a known alias.

    An ORG that is no registry alias is left unresolved: it stays in ``doc.entities`` only.
    """
    orgs = [e for e in doc.entities if e.type == "ORG"]
    if not orgs:
        return doc
    index = resources().alias_index
    spans = [(a.start, a.end) for a in doc.actors]
    added: list[ActorMention] = []
    for e in orgs:
        if any(s < e.end and e.start < t for s, t in spans):
            continue
        words = phrase_tokens(e.text)
        key = " ".join(words)
        a = index.get(key)
        if a is None and words and words[0][:1] in ("و", "ف", "ل", "ب"):
            a = index.get(" ".join((words[0][1:], *words[1:])))
        if a is not None:
            added.append(a.mention(doc.text, e.start, e.end, generic=False))
    if added:
        doc.actors = sorted([*doc.actors, *added], key=lambda x: x.start)
    return doc


__all__ = ["find_actors", "link_entities", "resources"]
