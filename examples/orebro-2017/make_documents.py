"""Write the governing documents of the Örebro 2017 example workspace.

The workspace models the state that Stadsrevisionen's follow-up audit of Örebro kommun's IT
operations describes (2017-03-15, seed file ``000_27c04061fd38552b.txt``):

- Övergripande strategier och budget (ÖSB) 2017, adopted by kommunfullmäktige, where the
  political goals for digitalisation stand: digital information as a strategic resource, an
  information map, regional and national cooperation, effect realisation, the investment in
  efficiency and digitalisation, and the move of IT (with its budget) to kommunstyrelsen;
- the digitalisation strategy "Örebro – den digitala kommunen", which exists only as a
  working draft ("arbetsmaterial") that kommunstyrelsen has not adopted;
- the model for management of IT support (selected parts of pm3), decided in the
  kommundirektör's steering group on 2016-12-07 (Ks 1474/2016) and applied from January 2017,
  so far implemented in two pilot administrations only;
- MIBA, the model for introducing business support systems, developed by the IT-direktör,
  known in the organisation but not yet applied;
- the reglemente of kommunstyrelsen and an extract of its delegationsordning for IT and
  digitalisation.

There is deliberately no IT architecture document (the audit found only a sketch in
progress) and no project documentation (no central system was bought in 2016).

The facts come from the audit report; every sentence in the documents is written for this
example. Dates, § numbers and diarienummer that the report does not give are illustrative
(see README.md). Run from anywhere::

    python examples/orebro-2017/make_documents.py

The output is deterministic: fixed core properties, fixed zip timestamps and a sorted member
order, so re-running gives byte-identical files (with the same Python and zlib).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docgen import (  # noqa: E402
    Builder, DocxDocument, add_bullets, add_grid_table, add_label_lines, add_label_table, add_paragraphs, main,
    new_document, set_header,
)

OUTPUT_DIR = Path(__file__).resolve().parent / "documents"
AUTHOR = "Örebro kommun"






# --------------------------------------------------------------------------- documents


def build_osb_2017() -> DocxDocument:
    """ÖSB 2017 (abridged to the parts that concern governance, IT and digitalisation)."""
    title = "Övergripande strategier och budget 2017 med plan för 2018–2019"
    doc = new_document(title, dt.datetime(2016, 6, 27, 8, 0, 0), AUTHOR)
    doc.add_paragraph(title, style="Title")
    add_label_table(doc, [
        ("Beslutad av", "Kommunfullmäktige"),
        ("Beslutsdatum", "2016-06-21"),
        ("Paragraf", "§ 116"),
        ("Diarienummer", "Ks 312/2016"),
        ("Dokumentansvarig", "Kommundirektören"),
        ("Gäller för", "Kommunstyrelsen och samtliga nämnder"),
    ])
    doc.add_paragraph(
        "Denna version är förkortad och innehåller de avsnitt som rör styrning, "
        "effektivisering och IT. Bilagorna med nämndernas ramar är inte medtagna."
    )

    doc.add_heading("1 Inledning", level=1)
    add_paragraphs(doc, [
        "Örebro växer. Fler invånare ställer större krav på förskola, skola, omsorg och "
        "samhällsbyggande, samtidigt som kostnaderna ökar snabbare än skatteintäkterna. I "
        "Övergripande strategier och budget, ÖSB, lägger kommunfullmäktige fast kommunens "
        "politiska mål och hur resurserna fördelas mellan nämnderna.",
        "ÖSB är kommunens övergripande styrdokument. Nämnderna bryter ner målen i sina "
        "verksamhetsplaner och redovisar hur de har nått dem.",
    ])

    doc.add_heading("2 Strategiska områden", level=1)
    add_bullets(doc, [
        "Hållbar tillväxt, god livsmiljö och ett tryggt Örebro",
        "Goda förutsättningar för barn och unga",
        "Stärkt välfärd och egenmakt",
        "En effektiv organisation med god ekonomisk hushållning",
    ])

    doc.add_heading("3 Digitalisering och effektivisering", level=1)
    doc.add_heading("3.1 Information som strategisk resurs", level=2)
    add_paragraphs(doc, [
        "Den digitala informationen är en av kommunens viktigaste tillgångar och ska förvaltas "
        "med samma omsorg som andra tillgångar. Kommunen ska kunna hantera både sin egen "
        "information och information från invånare, företag och andra organisationer.",
        "Kommunen ska göra mer av sin information tillgänglig i öppna former, så att invånare, "
        "föreningar och företag kan använda den. Mobilitet, sociala nätverk och ny teknik "
        "ställer nya krav på hur information delas och skyddas.",
    ])
    doc.add_heading("3.2 Mål för digitaliseringen", level=2)
    doc.add_paragraph("Kommunfullmäktige har beslutat följande mål för digitaliseringen:")
    add_bullets(doc, [
        "Varje investering i IT ska leda till effekthemtagning i form av lägre "
        "driftkostnader, bättre service eller en bättre arbetsmiljö.",
        "Utvecklingen av IT-stöd ska utgå från verksamhetens behov och ske verksamhetsnära, där "
        "organisation, arbetssätt och teknik utvecklas tillsammans.",
        "Antalet parallella system ska minska och kommunens IT-miljö ska förnyas.",
        "Kommunen ska delta i regional och nationell samverkan när gemensamma tjänster ger "
        "fördelar för invånare och näringsliv.",
    ])
    doc.add_heading("3.3 Satsning på effektivisering och digitalisering", level=2)
    add_paragraphs(doc, [
        "Kommunens IT-miljö har byggts upp bit för bit efter behov som uppstått i olika "
        "verksamheter. Resultatet är många parallella system, höga driftkostnader och "
        "dubbelarbete, samtidigt som verksamheterna saknar verktyg som skulle underlätta för "
        "medarbetare och invånare.",
        "Kommunen avsätter därför 120 miljoner kronor vid årsskiftet 2016/2017 till "
        "investeringar som effektiviserar verksamheten. Till och med 2018 avsätts ytterligare "
        "80 miljoner kronor, sammanlagt 200 miljoner kronor. Medlen får bara användas till "
        "investeringar som sänker verksamhetens driftkostnader.",
    ])

    doc.add_heading("4 Särskilda uppdrag", level=1)
    add_paragraphs(doc, [
        "Kommunstyrelsen ansvarar sedan 2016 för kommunens IT-verksamhet, inklusive dess "
        "budget.",
        "Kommunstyrelsen får i uppdrag att ta fram en strategi för kommunens digitalisering och "
        "lägga fram den för beslut.",
        "Kommunstyrelsen får i uppdrag att färdigställa informationskartan för hela kommunen.",
        "Nämnderna ansvarar för att digitaliseringen i den egna verksamheten drivs utifrån "
        "verksamhetens behov och för att effekterna av IT-investeringar tas hem.",
    ])

    doc.add_heading("5 Uppföljning", level=1)
    doc.add_paragraph(
        "Målen i ÖSB följs upp i delårsrapporten per den 31 augusti och i årsredovisningen, "
        "som kommunstyrelsen lämnar till kommunfullmäktige."
    )
    return doc


def build_digitaliseringsstrategi() -> DocxDocument:
    """The digitalisation strategy, a working draft kommunstyrelsen has not adopted."""
    doc = new_document("Örebro – den digitala kommunen. Digitaliseringsstrategi för Örebro kommun",
                       dt.datetime(2017, 1, 30, 15, 0, 0), AUTHOR)
    set_header(doc, "ARBETSMATERIAL – ej beslutat")
    doc.add_paragraph("Örebro – den digitala kommunen", style="Title")
    add_paragraphs(doc, [
        "Digitaliseringsstrategi för Örebro kommun",
        "Arbetsmaterial",
    ])
    add_label_lines(doc, [
        ("Status", "Arbetsmaterial, version 0.8"),
        ("Beslutas av", "Kommunstyrelsen"),
        ("Dokumentansvarig", "IT-direktören"),
        ("Gäller för", "Kommunstyrelsen och samtliga nämnder med förvaltningar"),
    ])

    doc.add_heading("Varför en digitaliseringsstrategi", level=1)
    add_paragraphs(doc, [
        "Strategin ska samordna kommunens arbete med digitalisering och förnyelse. Den ska vara "
        "ett stöd för nämnderna och förvaltningarna och visa vägen mot de mål för "
        "digitaliseringen som kommunfullmäktige har lagt fast i Övergripande strategier och "
        "budget.",
        "Digitaliseringen är ett medel för att utveckla verksamheten, inte ett mål i sig. Det är "
        "verksamheternas behov som driver utvecklingen.",
    ])

    doc.add_heading("Utgångspunkter", level=1)
    doc.add_paragraph(
        "Strategin utgår från kommunens informationsintressenter och deras behov av att kunna "
        "ta del av, lämna och dela information:"
    )
    add_bullets(doc, [
        "invånare, brukare och deras närstående,",
        "företag och föreningar,",
        "medarbetare och förtroendevalda,",
        "andra myndigheter och organisationer.",
    ])

    doc.add_heading("Mål", level=1)
    add_bullets(doc, [
        "Senast 2019 ska invånare och företag kunna sköta de vanligaste ärendena med kommunen "
        "digitalt, när det passar dem.",
        "Varje digitaliseringsinitiativ ska ha effektmål som följs upp efter genomförandet.",
        "Information ska samlas in en gång och sedan kunna återanvändas i kommunens "
        "verksamheter.",
        "Kommunens medarbetare ska ha de digitala verktyg och den kompetens som arbetet kräver.",
    ])

    doc.add_heading("Roller och ansvar", level=1)
    add_paragraphs(doc, [
        "Kommunstyrelsen ansvarar för att leda och samordna kommunens digitalisering och för "
        "den gemensamma IT-verksamheten.",
        "Nämnderna ansvarar för digitaliseringen i den egna verksamheten och för att "
        "effekterna av investeringarna tas hem.",
        "Förvaltningscheferna ansvarar för att fånga verksamhetens utvecklingsbehov och driva "
        "förändringen av arbetssätt och processer.",
        "Avdelning digitalisering ansvarar för kommunens gemensamma IT-stöd, för "
        "IT-strategiska frågor och för stöd till förvaltningarna.",
        "Verksamhetsutvecklarna på kommunledningsförvaltningen ska vara en brygga mellan "
        "verksamheternas behov och de möjligheter som digitaliseringen ger.",
    ])

    doc.add_heading("Så genomförs strategin", level=1)
    add_paragraphs(doc, [
        "Behov av nya verksamhetsstöd prövas enligt MIBA, kommunens modell för införande av "
        "verksamhetsstöd. Befintliga IT-stöd förvaltas enligt kommunens förvaltningsmodell, som "
        "bygger på pm3.",
        "Informationskartan för hela kommunen är grunden för hur information ska lagras, delas "
        "och göras tillgänglig.",
    ])

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Strategin följs upp årligen och redovisas för kommunstyrelsen i samband med "
        "årsredovisningen."
    )
    return doc


def build_forvaltningsmodell() -> DocxDocument:
    """The management model for IT support (parts of pm3), decided 2016-12-07."""
    title = "Örebro kommuns modell för förvaltningsstyrning av IT-stöd"
    doc = new_document(title, dt.datetime(2016, 12, 8, 9, 0, 0), AUTHOR)
    doc.add_paragraph(title, style="Title")
    add_paragraphs(doc, [
        "Beslutad av kommundirektörens styrgrupp den 7 december 2016",
        "Dnr Ks 1474/2016",
    ])
    add_label_lines(doc, [
        ("Gäller från", "1 januari 2017"),
        ("Dokumentansvarig", "IT-direktören"),
        ("Gäller för", "Samtliga förvaltningar"),
    ])

    doc.add_heading("1. Bakgrund", level=1)
    add_paragraphs(doc, [
        "Kommunen beslutade 2014 att pm3 skulle bli modell för förvaltning och utveckling av "
        "IT-stöd. Sedan 2015 har modellen prövats i två pilotförvaltningar, Social välfärd och "
        "Förskola och skola.",
        "Erfarenheterna från piloterna har lett till att kommunen har valt de delar av pm3 som "
        "passar kommunens organisation. Den modell som beskrivs här gäller från och med "
        "januari 2017.",
    ])

    doc.add_heading("2. Förvaltningsobjekt", level=1)
    doc.add_paragraph(
        "IT-stöden delas in i förvaltningsobjekt efter den verksamhet de stödjer. Ett "
        "förvaltningsobjekt kan omfatta ett eller flera system och den information, de "
        "arbetssätt och de avtal som hör till dem."
    )

    doc.add_heading("3. Roller", level=1)
    add_grid_table(doc, ["Roll", "Ansvar"], [
        ["Objektägare", "Chef i verksamheten. Beslutar om objektets förvaltningsplan och "
                        "budget och prioriterar förändringar."],
        ["Förvaltningsledare", "Leder det löpande förvaltningsarbetet på verksamhetssidan."],
        ["Objektspecialist", "Företräder användarna och verksamhetens behov."],
        ["IT-förvaltningsledare", "Leder förvaltningen på IT-sidan inom Avdelning digitalisering."],
    ])

    doc.add_heading("4. Förvaltningsplan", level=1)
    doc.add_paragraph(
        "För varje förvaltningsobjekt upprättas en förvaltningsplan per år med mål, "
        "aktiviteter och budget. Objektägaren följer upp planen vid årets slut."
    )

    doc.add_heading("5. Införande i övriga förvaltningar", level=1)
    add_paragraphs(doc, [
        "Modellen ska införas i de förvaltningar som inte har varit piloter. En preliminär "
        "tidplan har tagits fram. Avdelning digitalisering tar fram handböcker och ger stöd "
        "till förvaltningarna under införandet.",
        "Piloterna har ännu inte utvärderats. En utvärdering görs innan modellen införs i "
        "övriga förvaltningar.",
    ])
    return doc


def build_miba() -> DocxDocument:
    """MIBA, the IT-direktör's model for deciding on new business support."""
    title = "MIBA – Modell för införande av verksamhetsstöd"
    doc = new_document(title, dt.datetime(2016, 10, 3, 11, 0, 0), AUTHOR)
    doc.add_paragraph(title, style="Title")
    add_label_table(doc, [
        ("Framtagen av", "IT-direktören"),
        ("Dokumentansvarig", "IT-direktören"),
        ("Version", "1.0"),
        ("Datum", "2016-10-03"),
        ("Gäller för", "Samtliga förvaltningar"),
    ])

    doc.add_heading("Syfte", level=1)
    add_paragraphs(doc, [
        "MIBA beskriver hur kommunen går från ett behov i verksamheten till ett beslut om ett "
        "nytt verksamhetsstöd. Modellen ska se till att varje investering bygger på "
        "verksamhetens behov, att informationsintressenternas krav tillgodoses och att "
        "investeringen leder till effekthemtagning, det vill säga att den nytta som den ska ge "
        "faktiskt tas hem.",
        "Modellen används för alla nya verksamhetsstöd och för större förändringar av "
        "befintliga.",
    ])

    doc.add_heading("Modellens steg", level=1)
    add_grid_table(doc, ["Steg", "Innehåll", "Verktyg"], [
        ["1. Behov", "Verksamheten beskriver sitt utvecklingsbehov.", "Behovsbeskrivning"],
        ["2. Användare och nytta", "Vilka användare berörs och vilken nytta ska de få?",
         "Intressentanalys"],
        ["3. Ramverk", "Informationssäkerhet, juridik och kommunens styrdokument.",
         "Informationsklassning, checklista"],
        ["4. Lösningsalternativ", "Möjliga tekniska lösningar och deras konsekvenser.",
         "Alternativanalys"],
        ["5. Kalkyl och effektmål", "Kostnader, effektmål och hur effekterna ska hemtas.",
         "Nyttokalkyl, effektkedja"],
        ["6. Inriktningsbeslut", "Beslut om investeringen fattas i den ordning som "
         "delegationsordningen anger.", "Beslutsunderlag"],
        ["7. Genomförande", "Införandet genomförs som projekt.", "Projektplan"],
        ["8. Effekthemtagning", "Effekterna följs upp mot effektmålen.", "Effektuppföljning"],
    ])

    doc.add_heading("Roller", level=1)
    add_paragraphs(doc, [
        "Förvaltningschefen äger behovet och ansvarar för att effekterna tas hem.",
        "Verksamhetsutvecklaren leder arbetet genom modellens steg tillsammans med "
        "verksamheten och ser till att underlagen blir kompletta.",
        "IT-strategen på Avdelning digitalisering bedömer lösningsalternativen och hur de "
        "passar kommunens IT-miljö.",
    ])

    doc.add_heading("Uppföljning av effekter", level=1)
    doc.add_paragraph(
        "Effekterna av varje investering följs upp ett år efter att verksamhetsstödet har "
        "tagits i drift. Resultatet redovisas för förvaltningens ledningsgrupp."
    )
    return doc


def build_reglemente_kommunstyrelsen() -> DocxDocument:
    """Reglemente för kommunstyrelsen, revised after IT moved to kommunstyrelsen in 2016."""
    doc = new_document("Reglemente för kommunstyrelsen", dt.datetime(2016, 10, 3, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Reglemente för kommunstyrelsen", style="Title")
    add_paragraphs(doc, [
        "Antaget av kommunfullmäktige den 16 december 2014, § 262",
        "Reviderat av kommunfullmäktige den 27 september 2016, § 188",
        "Dnr Ks 645/2016",
    ])
    add_label_lines(doc, [
        ("Dokumentansvarig", "Kommundirektören"),
        ("Gäller för", "Kommunstyrelsen"),
    ])
    doc.add_paragraph(
        "För kommunstyrelsen gäller, utöver vad som föreskrivs i kommunallagen (1991:900), "
        "bestämmelserna i detta reglemente."
    )

    doc.add_heading("Styrelsens ledningsfunktion", level=1)
    doc.add_heading("§ 1 Ledning och samordning", level=2)
    add_paragraphs(doc, [
        "Kommunstyrelsen leder och samordnar förvaltningen av kommunens angelägenheter och har "
        "uppsikt över övriga nämnders verksamhet.",
        "Kommunstyrelsen ska leda arbetet med Övergripande strategier och budget och följa "
        "upp att nämnderna når de mål som kommunfullmäktige har beslutat.",
    ])
    doc.add_heading("§ 2 IT och digitalisering", level=2)
    add_paragraphs(doc, [
        "Kommunstyrelsen ansvarar för kommunens IT-verksamhet. I ansvaret ingår den "
        "gemensamma IT-infrastrukturen, drift och förvaltning av kommungemensamma system och "
        "den budget som hör till verksamheten.",
        "Kommunstyrelsen ska leda och samordna kommunens digitalisering och den strategiska "
        "utvecklingen av informationsförsörjningen.",
    ])
    doc.add_heading("§ 3 Ekonomi", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen ansvarar för kommunens medelsförvaltning och upprättar delårsrapport "
        "och årsredovisning."
    )
    doc.add_heading("§ 4 Personal", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen är kommunens personalorgan och ansvarar för frågor om "
        "arbetsgivarpolitik, förhandlingar och kollektivavtal."
    )

    doc.add_heading("Arbetsformer", level=1)
    doc.add_heading("§ 5 Delegering", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen får uppdra åt ett utskott, en ledamot eller ersättare eller en "
        "anställd att besluta på styrelsens vägnar. Delegeringen framgår av styrelsens "
        "delegationsordning."
    )
    return doc


def build_delegationsordning() -> DocxDocument:
    """Kommunstyrelsens delegationsordning, the section on IT and digitalisation."""
    title = "Delegationsordning för kommunstyrelsen"
    doc = new_document(title, dt.datetime(2016, 11, 30, 9, 0, 0), AUTHOR)
    doc.add_paragraph(title, style="Title")
    add_label_table(doc, [
        ("Beslutad av", "Kommunstyrelsen"),
        ("Beslutsdatum", "2016-11-29"),
        ("Paragraf", "§ 341"),
        ("Diarienummer", "Ks 1302/2016"),
        ("Dokumentansvarig", "Kommundirektören"),
        ("Gäller för", "Kommunstyrelsen"),
    ])
    doc.add_paragraph(
        "Detta utdrag innehåller de allmänna bestämmelserna och avsnitt 7, IT och "
        "digitalisering. Övriga avsnitt är inte medtagna."
    )

    doc.add_heading("Allmänna bestämmelser", level=1)
    add_paragraphs(doc, [
        "Delegationsbeslut fattas på kommunstyrelsens vägnar och anmäls till styrelsen vid "
        "nästa sammanträde.",
        "En chef har samma beslutanderätt som de medarbetare som är underställda chefen. Är en "
        "delegat förhindrad beslutar närmast överordnad chef.",
    ])

    doc.add_heading("7 IT och digitalisering", level=1)
    add_grid_table(doc, ["Nr", "Ärende", "Delegat", "Anmärkning"], [
        ["7.1", "Beslut om kommungemensamma riktlinjer och modeller för förvaltning och "
                "utveckling av IT-stöd", "Kommundirektören", ""],
        ["7.2", "Beslut om riktlinjer för informationssäkerhet", "Kommundirektören",
         "Inom ramen för informationssäkerhetspolicyn"],
        ["7.3", "Investering i IT-stöd inom beslutad budget upp till 5 miljoner kronor",
         "IT-direktören", ""],
        ["7.4", "Tilldelningsbeslut och avtal vid upphandling av IT-tjänster inom beslutad "
                "budget", "IT-direktören", ""],
    ])
    return doc


DOCUMENTS: tuple[tuple[str, Builder], ...] = (
    ("osb-2017.docx", build_osb_2017),
    ("digitaliseringsstrategi-arbetsmaterial.docx", build_digitaliseringsstrategi),
    ("forvaltningsmodell-it-stod.docx", build_forvaltningsmodell),
    ("miba.docx", build_miba),
    ("reglemente-kommunstyrelsen.docx", build_reglemente_kommunstyrelsen),
    ("delegationsordning-kommunstyrelsen.docx", build_delegationsordning),
)


if __name__ == "__main__":
    main(OUTPUT_DIR, DOCUMENTS)
