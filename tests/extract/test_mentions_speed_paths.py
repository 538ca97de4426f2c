"""The fast paths of bodies.py and responsibilities.py give what the plain computation gives."""

import datetime as dt

import pytest

from govcheck.extract import responsibilities as R
from govcheck.model import FormerName, Organisation, OrgUnit

ORG = Organisation(units=[
    OrgUnit(id="kf", name="Kommunfullmäktige", kind="fullmaktige", political=True),
    OrgUnit(id="ks", name="Kommunstyrelsen", kind="styrelse", political=True, aliases=["KS"]),
    OrgUnit(id="sfn", name="Skol- och fritidsnämnden", kind="namnd", political=True),
    OrgUnit(id="digit", name="Digitaliseringsavdelningen", kind="avdelning",
            former_names=[FormerName(name="Kommunikations- och utvecklingsavdelningen", until=dt.date(2019, 1, 1))]),
    OrgUnit(id="rad", name="Digitaliseringsrådet", kind="rad"),
    OrgUnit(id="itc", name="IT-chef", kind="befattning"),
])
ACTORS = [
    "Kommunstyrelsen", "KS", "KS:s", "kommunstyrelsens arbetsutskott", "Skol- och fritidsnämnden", "IT-chefen",
    "Kommunikations- och utvecklingsavdelningen", "Ekonomiavdelningen", "nämnden", "Socialnämndens ordförande",
    "Systemägaren", "Varje nämnd", "", "den",
]


@pytest.mark.parametrize("org", [ORG, None])
def test_head_mentions_kept_equal_those_found_anew(org):
    for _ in range(2):  # the second round reads what the first kept
        for actor in ACTORS:
            kept, anew = R._mention_for_head(actor, org), R._head_mention(actor, org)
            assert (kept.model_dump() if kept else None) == (anew.model_dump() if anew else None)


def test_head_mentions_are_kept_per_model():
    twin = Organisation(units=[OrgUnit(id="other", name="Kommunstyrelsen", kind="styrelse")])
    assert R._mention_for_head("Kommunstyrelsen", ORG).unit_id == "ks"
    assert R._mention_for_head("Kommunstyrelsen", twin).unit_id == "other"
