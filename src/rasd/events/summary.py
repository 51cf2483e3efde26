"""One English sentence per event, built only from its coded fields (never translated free text)."""

from __future__ import annotations

_VERB = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Chemical weapon": "used chemical weapons against",
    "Air/drone strike": "carried out an air/drone strike on",
    "Suicide bomb": "carried out a suicide bombing against",
    "Shelling/artillery/missile attack": "shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device against",
    "Grenade": "threw a grenade at",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "protested",
    "Protest with intervention": "protested and were dispersed by",
    "Excessive force against protesters": "were met with lethal force by",
    "Violent demonstration": "rioted",
    "Mob violence": "carried out mob violence against",
    "Agreement": "reached an agreement with",
    "Arrests": "arrested",
    "Change to group/activity": "changed activity",
    "Disrupted weapons use": "disrupted weapons use by",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property of",
    "Non-violent transfer of territory": "took over territory from",
    "Other": "carried out an operation",
}
_NO_OBJECT = {
    "Peaceful protest",
    "Violent demonstration",
    "Change to group/activity",
    "Headquarters or base established",
    "Other",
}
_STATUS = {"historical": "Background: ", "aggregate": "Aggregate: "}


def summarise(
    *,
    sub_event_type: str,
    status: str,
    actor1: str | None,
    actor2: str | None,
    place: str | None,
    country: str | None,
    date: str | None,
    fatalities: int | None,
    injured: int | None,
    abducted: int | None,
) -> str:
    who = actor1 or "Unidentified actors"
    verb = _VERB.get(sub_event_type, "attacked")
    if sub_event_type in _NO_OBJECT or not actor2:
        obj = ""
        if verb.endswith((" with", " from", " on", " against", " at", " by", " of")):
            verb = verb.rsplit(" ", 1)[0]
    else:
        obj = f" {actor2}"
    where = ""
    if place and country and place != country:
        where = f" in {place}, {country}"
    elif place or country:
        where = f" in {place or country}"
    when = f" on {date}" if date and len(date) == 10 else (f" in {date}" if date else "")
    tail = []
    if fatalities:
        tail.append(f"{fatalities} killed")
    if injured:
        tail.append(f"{injured} injured")
    if abducted:
        tail.append(f"{abducted} abducted")
    extra = f" ({', '.join(tail)})" if tail else ""
    return f"{_STATUS.get(status, '')}{who} {verb}{obj}{where}{when}{extra}."
