"""An incident: one real-world event, built from one or more trigger mentions (possibly across sentences).

Mentions of one sentence that belong to the same family (violence, protest, each strategic development) form one
incident; :mod:`rasd.events.coref` then merges incidents told over several sentences.  The ACLED type is decided
from all the roles an incident gathered, and from who its victims or targets are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.actors.registry import registry
from rasd.doc import ActorMention, DateMention, NumberMention, PlaceMention
from rasd.events.lexicon import ARMED_INTERS, ARMED_VIOLENCE_TYPES, HARM_ROLES, event_lexicon
from rasd.events.mentions import Mention

VIOLENT_TYPES = (*ARMED_VIOLENCE_TYPES, "Riots")
# what is done to a crowd: in a protest's sentence it is the protest's, excessive force against protesters
CROWD_VIOLENCE = frozenset({"kill", "shoot", "injure", "beat"})

# The most specific weapon or form decides the sub-type; a battle absorbs explosions reported inside it.
_ROLE_PRIORITY = (
    "territory_gain", "territory_regain", "territory_loss", "execute", "clash", "suicide", "airstrike", "shelling",
    "ied", "grenade", "chemical", "prison_break", "attack", "assassinate", "kill", "shoot", "beat",
    "abduct", "sexual", "injure", "mob", "riot", "protest",
)  # fmt: skip
_RAID_ROLES = ("attack", "beat", "shoot")  # how an abduction is done: storming, beating, shooting to scare
_REBELS = 2  # ACLED inter code of rebel groups
STATE_SIDE = (1, 8)  # state forces and the external forces beside them (coalitions): who regains

FIXED_TYPE = {
    "execute": ("Violence against civilians", "Attack"),  # captives, soldiers too, are defenceless (ACLED)
    "clash": ("Battles", "Armed clash"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance"),
    "sexual": ("Violence against civilians", "Sexual violence"),
    "territory_gain": ("Battles", "Non-state actor overtakes territory"),
    "territory_regain": ("Battles", "Government regains territory"),
    "territory_loss": ("Battles", "Government regains territory"),
    "mob": ("Riots", "Mob violence"),
    "riot": ("Riots", "Violent demonstration"),
}
_AIR_ROLES = frozenset({"shelling", "attack"})  # what a doer named by its aircraft does from the air
_TARGETED = ("prison_break", "attack", "assassinate", "kill", "shoot", "beat", "injure")


def family(m: Mention) -> str:
    s = m.sense
    if s.event_type in VIOLENT_TYPES:
        return "violence"
    if s.event_type == "Protests":
        return "protest"
    return "sd:" + s.sub_event_type


@dataclass
class Incident:
    family: str
    mentions: list[Mention]
    sents: list[int]
    status: str = "reported"
    event_type: str = ""
    sub_event_type: str = ""
    plover: str = ""
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    victim_kind: str | None = None  # 'armed' | 'civilian' | 'protester'
    victim_object: bool = False  # the victims are a verb's object after its armed subject (قتل مسلحون مدنيا)
    victim_span: tuple[int, int] | None = None
    place: PlaceMention | None = None
    place_inherited: bool = False
    date: DateMention | None = None
    fatalities: NumberMention | None = None
    # a casualty count was found and each one is implied by one word (قتيلا, جريحين, a named dead man)
    implied_toll: bool = False
    injured: NumberMention | None = None
    abducted: NumberMention | None = None
    arrested: NumberMention | None = None  # not an ACLED field: only anchors an arrest ("القبض على 431 شخصا")
    attribution: tuple[int, int] | None = None
    claimed_by: ActorMention | None = None
    # Named with actor1 as one side (المقاومة والجيش).
    allies: list[ActorMention] = field(default_factory=list)
    # Dated only by "منذ …": a state going on since then (معارك متواصلة منذ صيف 2012).
    ongoing: bool = False
    anaphors: list[str] = field(default_factory=list)  # definite nouns referring back, without ال
    intervention: bool = False
    # actor1 is named by its aircraft (طائرات تركية): its strike or attack is from the air
    by_air: bool = False
    # guns, rockets or ships are named in the incident's clauses (بالمدفعية, البوارج): its bombing is not from the air
    by_gun: bool = False
    single_in_sentence: bool = True
    # weapon roles of the act a toll is told of in a relative clause, the act itself a reference ("يقف وراء
    # الاعتداء الانتحاري الذي ... وأوقع ثلاثين قتيلا"): they type a toll that has no act of its own
    told_of: frozenset[str] = frozenset()
    # actor1 is the named subject of an act verb ("وكانت جبهة النصرة قد هاجمت"): no later strike noun moves it
    doer_is_subject: bool = False
    # the sentence was cut at a contrast word (فيما, بينما): the clause where the next part opens
    part_end: int | None = None
    model_p: float | None = None  # the sentence model's probability of this incident's label
    extra_spans: list[tuple[str, int, int]] = field(default_factory=list)
    listed: bool = False  # a copy for another place of a list its incident was told of (events.split)

    @property
    def roles(self) -> list[str]:
        return [m.sense.role for m in self.mentions]

    @property
    def first_sent(self) -> int:
        return self.sents[0]

    @property
    def last_sent(self) -> int:
        return self.sents[-1]

    @property
    def weight(self) -> float:
        return max(m.sense.weight for m in self.mentions)

    def decide_type(self) -> None:
        roles = set(self.roles)
        if self.family == "protest" or (self.family == "violence" and roles <= {"protest"}):
            self._protest_type(roles)
            return
        if self.family.startswith("sd:"):
            m = self.mentions[0].sense
            self.event_type, self.sub_event_type, self.plover = m.event_type, m.sub_event_type, m.plover
            if m.sub_event_type == "Arrests" and self.actor1 is not None and self.actor1.inter in (2, 3, 4):
                # ACLED: an "arrest" by a non-state group is an abduction.
                self.event_type, self.sub_event_type = (
                    "Violence against civilians",
                    "Abduction/forced disappearance",
                )
                self.plover = "ASSAULT"
                if self.abducted is None:
                    self.abducted = self.arrested  # "اعتقل تنظيم داعش 15 خياطا": the 15 held are the abducted
            if (
                m.sub_event_type == "Disrupted weapons use"
                and self.actor1 is not None
                and self.actor1.inter != 1
                and self.actor2 is not None
                and self.actor2.inter == 1
            ):
                # "أكدت قيادة العمليات ... تفكيك 15 عبوة ناسفة": the state force defuses, the group's devices
                self.actor1, self.actor2 = self.actor2, self.actor1
            return
        if roles <= HARM_ROLES and self.told_of:
            roles |= self.told_of
        role = next(r for r in _ROLE_PRIORITY if r in roles)
        if (
            "abduct" in roles
            and role in _RAID_ROLES
            and not roles & {"kill", "execute", "assassinate", "injure"}
            and (self.actor2 is None or self.actor2.inter not in ARMED_INTERS)
        ):
            # "اقتحموا منزل الجنيد واعتدوا عليه واخذوه": a raid to take someone is the abduction
            role = "abduct"
        bare = event_lexicon().words["bare_blasts"]
        blasts_only = all(m.sense.phrase in bare for m in self.mentions if m.sense.role == "ied")
        if role in ("suicide", "ied") and "airstrike" in roles:
            lead = min(self.mentions, key=lambda m: m.match.start)
            if lead.sense.role == "airstrike" or blasts_only:
                # "فجرت الطائرات الدولية سيارة مفخخة يقودها انتحاري": the bomb was what it hit; "هزت انفجارات
                # المدينة عقب غارات شنتها مقاتلات التحالف": blasts that name no device are the strikes'
                role = "airstrike"
        if self.by_air and (role in _AIR_ROLES or (role == "ied" and blasts_only)):
            # "قصفت الطائرات التركية مواقع", "استهدفت طائرات تركية ثلاثة مواقع"; "أصابت طائرات التحالف مستودعا
            # مما أدى إلى انفجارات": the blasts the aircraft caused
            role = "airstrike"
        if role == "shelling" and self._bombed_by_air_power():
            role = "airstrike"  # "قصفت قوات التحالف العربي مواقع الحوثيين": the coalition bombs from the air
        if role == "territory_loss":
            # the rules put the loser second (link: "فقد تنظيم داعش السيطرة على ..."): the side that took the
            # ground decides, else the side that lost it
            state_won = (
                self.actor1.inter in STATE_SIDE
                if self.actor1 is not None
                else (self.actor2 is not None and self.actor2.inter not in STATE_SIDE)
            )
            role = "territory_regain" if state_won else "territory_gain"
        if role == "territory_gain" and any(
            a.inter == 1 for a in (self.actor1, *self.allies) if a is not None
        ):
            role = (
                "territory_regain"  # the side decides: state forces (or their ally) taking ground regain it
            )
        elif (
            role == "territory_regain"
            and self.actor1 is not None
            and self.actor1.inter == _REBELS
            and any(
                m.sense.role == role and m.sense.pos == "verb" and 0 < self.actor1.start - m.match.end <= 2
                for m in self.mentions
            )
            and not any(a.inter in STATE_SIDE for a in self.allies)
        ):
            # "استعاد جيش الفتح قرية المشيك": rebels named right after the verb that regain ground overtake it (a
            # militia on the state's side, such as Yemen's Popular Resistance, is the government's affiliate and
            # regains it, as ACLED codes; a liberation noun, تحرير, is left to the side the rules found)
            role = "territory_gain"
        if role in FIXED_TYPE:
            self.event_type, self.sub_event_type = FIXED_TYPE[role]
            if role == "abduct" and "clash" in roles:
                self.event_type, self.sub_event_type = "Battles", "Armed clash"
        else:
            armed_target = self.victim_kind == "armed" or (
                self.actor2 is not None and self.actor2.inter in ARMED_INTERS
            )
            if (
                armed_target
                or (role == "prison_break")
                or (role == "attack" and self.victim_kind != "civilian" and not self._civilians_hit())
            ):
                self.event_type, self.sub_event_type = "Battles", "Armed clash"
            else:
                self.event_type, self.sub_event_type = "Violence against civilians", "Attack"
        self.plover = (
            "PROTEST" if self.event_type == "Riots" and self.sub_event_type != "Mob violence" else "ASSAULT"
        )

    def _bombed_by_air_power(self) -> bool:
        """The doer strikes by air (registry ``air_powers``) and the bombing is told with a bare قصف, no gun,
        rocket or ship named."""
        if self.by_gun or self.actor1 is None or self.actor1.actor_id not in registry().air_powers:
            return False
        bombing = event_lexicon().words["bombing"]
        return all(m.sense.phrase in bombing for m in self.mentions if m.sense.role == "shelling")

    def _civilians_hit(self) -> bool:
        """The second actor is civilians: an attack on them is violence against civilians, not a battle."""
        return self.actor2 is not None and self.actor2.inter == 7

    def _protest_type(self, roles: set[str]) -> None:
        self.event_type, self.plover = "Protests", "PROTEST"
        violent = roles & CROWD_VIOLENCE
        if violent and self.victim_kind == "protester":
            self.sub_event_type = "Excessive force against protesters"
        elif roles - CROWD_VIOLENCE - {"protest", "arrest"}:
            # the crowd rioted or attacked (extract._crowd_does); arrests at a protest are its intervention
            self.event_type, self.sub_event_type = "Riots", "Violent demonstration"
        elif self.intervention or "arrest" in roles:  # arrests at the protest (extract._held_at)
            self.sub_event_type = "Protest with intervention"
        else:
            self.sub_event_type = "Peaceful protest"
