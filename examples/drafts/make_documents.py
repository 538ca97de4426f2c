"""Write the example drafts: a draft digitalisation strategy for Örebro kommun, and its fixed copy.

``digitaliseringsstrategi-utkast.docx`` is the draft of a new strategy for 2019–2022, to be
checked before adoption against the Örebro 2018 workspace (``examples/orebro-2018``), with one
deliberate defect of every kind the ``utkast`` checklist looks for:

- DR-1: it never says which body is to adopt it;
- DR-2: its goals are not measurable (no indicator, target value or date);
- DR-3: it gives a duty to "Digitaliseringsnämnden", which Örebro kommun does not have;
- DR-4: "Strategin ska följas upp." says neither how often nor to whom;
- DR-5: it has no validity or review date;
- DR-6: it builds on the "IT-strategi för Örebro kommun 2012–2015", which is not among the
  municipality's documents in force;
- DR-7: it says nothing about resources or financing;
- DR-8: it lets the Digitaliseringskommittén (a forum of officials) decide on the priority of
  projects, a power no reglemente or delegationsordning gives it.

``digitaliseringsstrategi-atgardad.docx`` is the same draft with each defect fixed. The two
builders share everything else, so the difference is exactly the defects. Run from anywhere::

    python examples/drafts/make_documents.py

The output is deterministic (see ``examples/docgen.py``).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docgen import Builder, DocxDocument, add_bullets, add_label_table, add_paragraphs, main, new_document  # noqa: E402

OUTPUT_DIR = Path(__file__).resolve().parent
AUTHOR = "Örebro kommun"
TITLE = "Digitaliseringsstrategi för Örebro kommun 2019–2022"


def build(fixed: bool) -> DocxDocument:
    doc = new_document(TITLE, dt.datetime(2018, 11, 20, 9, 0, 0), AUTHOR)
    doc.add_paragraph(TITLE, style="Title")
    rows = [
        ("Dokumenttyp", "Strategi"),
        ("Status", "Förslag"),
        ("Dokumentansvarig", "Kommundirektör"),
        ("Gäller för", "Samtliga nämnder och förvaltningar"),
    ]
    if fixed:  # DR-1, DR-5
        rows[2:2] = [("Beslutsinstans", "Kommunfullmäktige")]
        rows.append(("Giltig till", "2022-12-31"))
    add_label_table(doc, rows)

    doc.add_heading("1. Inledning", level=1)
    add_paragraphs(doc, [
        "Digitaliseringen förändrar hur invånare, företag och föreningar vill möta kommunen. "
        "Strategin visar hur digitaliseringen ska hjälpa nämnderna att nå kommunens mål under "
        "åren 2019–2022.",
        # DR-6: an overarching document that is not in force, or one that is.
        "Strategin bygger på Kommunstyrelsens plan med budget 2018."
        if fixed else
        "Strategin bygger på IT-strategi för Örebro kommun 2012–2015.",
    ])

    doc.add_heading("2. Mål", level=1)
    if fixed:  # DR-2
        add_bullets(doc, [
            "Senast 2021 ska andelen ärenden som invånarna kan påbörja digitalt öka till 80 procent.",
            "Senast 2022 ska minst 90 procent av kommunens administrativa flöden vara digitala, "
            "mätt som andel av de flöden som kartlades 2018.",
        ])
    else:
        add_bullets(doc, [
            "Målet är att fler tjänster ska bli digitala.",
            "Målet är att administrationen ska bli effektivare.",
        ])

    doc.add_heading("3. Ansvar", level=1)
    add_paragraphs(doc, [
        "Kommunstyrelsen ansvarar för att strategin genomförs.",
        "Nämnderna ansvarar för att digitaliseringen blir en del av verksamhetsplaneringen.",
        # DR-3: a body that does not exist, or the one that does.
        "IT-chefen ansvarar för kommunens gemensamma tekniska plattformar."
        if fixed else
        "Digitaliseringsnämnden ansvarar för kommunens gemensamma tekniska plattformar.",
        # DR-8: a forum that decides without a mandate, or one that prepares.
        "Digitaliseringskommittén bereder kommunstyrelsens beslut om prioritering av digitaliseringsprojekt."
        if fixed else
        "Digitaliseringskommittén beslutar om prioritering av digitaliseringsprojekt.",
    ])

    if fixed:  # DR-7
        doc.add_heading("4. Resurser och finansiering", level=1)
        doc.add_paragraph(
            "Genomförandet finansieras med de 200 miljoner kronor för 2017–2019 som kommunstyrelsen har "
            "avsatt i den kommungemensamma utvecklingsportföljen, och därefter inom kommunstyrelsens budget."
        )

    doc.add_heading("5. Uppföljning" if fixed else "4. Uppföljning", level=1)
    doc.add_paragraph(  # DR-4
        "Strategin följs upp två gånger per år i en statusrapport som kommundirektören redovisar för "
        "kommunstyrelsen."
        if fixed else
        "Strategin ska följas upp."
    )
    return doc


def build_draft() -> DocxDocument:
    return build(fixed=False)


def build_fixed() -> DocxDocument:
    return build(fixed=True)


DOCUMENTS: tuple[tuple[str, Builder], ...] = (
    ("digitaliseringsstrategi-utkast.docx", build_draft),
    ("digitaliseringsstrategi-atgardad.docx", build_fixed),
)

if __name__ == "__main__":
    main(OUTPUT_DIR, DOCUMENTS)
