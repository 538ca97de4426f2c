"""Write the governing documents of the Örebro 2018 example workspace.

The workspace models what PwC's audit of Örebro kommun's work with digitalisation
(2018-12-13, seed file ``001_e05483586d3d5c5d.txt``) found in the documents it studied:

- a digitalisation strategy that kommunstyrelsen adopted on 9 May 2017, with four
  perspectives, four strategies and sub-goals, and an annual theme report to the board;
- an information item to kommunstyrelsen on the same day about how the work is organised
  (kommundirektören and the styrgrupp decide on priorities, a digitaliseringskommitté
  prepares, a project office values proposals);
- a method handbook for benefit realisation (nyttorealisering och effekthemtagning) that
  kommunstyrelsen decided on 20 October 2017;
- kommundirektörens action plan, and the spring 2018 status report: the committee reports
  to kommunstyrelsen twice a year, which replaced the annual theme report;
- kommunstyrelsens plan med budget 2018 (16 January 2018), which names digitalisation and
  benefit realisation as priorities and the strategy as a priority governing document.

The facts come from the audit report; every sentence is written for this example. Values the
report does not give (paragraph numbers, diarienummer, the wording of the sub-goals, the
action plan's dates and rows) are illustrative. Run from anywhere::

    python examples/orebro-2018/make_documents.py

The output is deterministic (see ``examples/docgen.py``).
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


def build_strategi() -> DocxDocument:
    """Digitaliseringsstrategi för Örebro kommun, adopted by kommunstyrelsen 2017-05-09."""
    doc = new_document("Digitaliseringsstrategi för Örebro kommun", dt.datetime(2017, 5, 12, 9, 0, 0), AUTHOR)
    set_header(doc, "Örebro kommun – Kommunstyrelseförvaltningen")
    doc.add_paragraph("Digitaliseringsstrategi för Örebro kommun", style="Title")
    add_label_table(doc, [
        ("Dokumenttyp", "Strategi"),
        ("Beslutad av", "Kommunstyrelsen"),
        ("Beslutsdatum", "2017-05-09"),
        ("Paragraf", "§ 112"),
        ("Diarienummer", "Ks 583/2017"),
        ("Dokumentansvarig", "Kommundirektör"),
        ("Gäller för", "Samtliga nämnder och förvaltningar"),
    ])

    doc.add_heading("1. Inledning", level=1)
    add_paragraphs(doc, [
        "Digitaliseringen förändrar hur invånare, företag och föreningar vill möta kommunen, och "
        "den ger oss nya möjligheter att klara välfärdens uppdrag när behoven växer snabbare än "
        "resurserna. Strategin ska vara ett stöd för nämnderna och verksamheterna och visa hur "
        "digitaliseringen kan hjälpa oss att nå kommunens mål.",
        "Digitalisering handlar i första hand om att utveckla verksamheten och arbetssätten. "
        "Tekniken är ett medel. Förändringen sker när medarbetare och chefer börjar arbeta på "
        "nya sätt, och det är där nyttan för invånarna uppstår.",
    ])

    doc.add_heading("2. Vision", level=1)
    doc.add_paragraph(
        "Örebro kommun ska vara en effektiv, modern och digital kommun, där digitala lösningar "
        "gör det enklare för dem vi finns till för och frigör tid för det som kräver mänskliga "
        "möten."
    )

    doc.add_heading("3. Styrning", level=1)
    add_paragraphs(doc, [
        "Ledningen och styrningen av IT och digitalisering ska vara en del av kommunens ordinarie "
        "styrning och inte leva ett eget liv vid sidan av den. Digitaliseringen planeras i "
        "kommunstyrelsens plan med budget och i nämndernas verksamhetsplaner och följs upp i "
        "samma ordning som övrig verksamhet.",
        "En samlad styrning motverkar att verksamheterna väljer olika vägar och bygger lösningar "
        "i stuprör. Den ger förutsättningar att arbeta strukturerat och samtidigt pröva nya "
        "idéer.",
    ])

    doc.add_heading("4. Fyra digitala perspektiv", level=1)
    doc.add_paragraph(
        "Kommunens digitala förnyelse utgår från kommunens strategiska områden och samlas i fyra "
        "perspektiv:"
    )
    add_bullets(doc, [
        "digital service och tillgänglighet,",
        "den digitala staden,",
        "digital välfärd med individen i centrum,",
        "den digitala skolan.",
    ])

    doc.add_heading("5. Strategier och mål", level=1)
    doc.add_paragraph(
        "Till perspektiven hör fyra strategier. Varje strategi har delmål som visar vart vi ska "
        "vara på väg under strategiperioden."
    )
    strategies = [
        ("5.1 Utgå från medborgarnas behov och livshändelser", [
            "Målet är att invånare och företag ska kunna sköta sina vanligaste ärenden med "
            "kommunen digitalt, när och var det passar dem.",
            "Tjänsterna ska utformas kring den enskildes livshändelser, inte kring kommunens "
            "förvaltningsgränser.",
            "Senast 2019 ska den som har ett ärende hos kommunen kunna följa det digitalt.",
        ]),
        ("5.2 Digital samverkan för en effektivare förvaltning", [
            "Målet är att verksamheterna använder gemensamma plattformar och delar information "
            "i stället för att bygga egna lösningar för samma behov.",
            "Manuella och pappersbaserade flöden i administrationen ska ersättas med digitala "
            "flöden.",
            "Kommunen ska samverka med andra kommuner och myndigheter där det ger invånarna en "
            "enklare kontakt med det offentliga.",
        ]),
        ("5.3 Säkra digitala tjänster som skapar tillit", [
            "Målet är att invånarna ska kunna lita på att kommunen hanterar deras uppgifter "
            "säkert och korrekt.",
            "Informationssäkerhet och skydd av personuppgifter ska vara inbyggt i nya tjänster "
            "från början.",
            "Kommunens tekniska plattformar ska vara moderna, stabila och säkra.",
        ]),
        ("5.4 Digitala tjänster för ökad delaktighet och innovation", [
            "Målet är att digitala kanaler ska göra det lättare för invånarna att påverka och "
            "delta i kommunens utveckling.",
            "Kommunen ska göra öppna data tillgängliga så att andra kan skapa nya tjänster.",
            "Medarbetare ska ges utrymme att pröva nya digitala arbetssätt.",
        ]),
    ]
    for heading, goals in strategies:
        doc.add_heading(heading, level=2)
        add_bullets(doc, goals)

    doc.add_heading("6. Ansvar och genomförande", level=1)
    add_paragraphs(doc, [
        "Kommunstyrelsen har det övergripande ansvaret för att strategin genomförs och följs upp.",
        "Kommundirektören ansvarar för att varje år ta fram en handlingsplan utifrån strategin och "
        "för att leda det kommungemensamma utvecklingsarbetet.",
        "Nämnderna ansvarar för att strategin får genomslag i den egna verksamheten och att "
        "digitaliseringen blir en del av verksamhetsplaneringen.",
        "Förvaltningscheferna ska se till att medarbetare och chefer känner till strategin och "
        "ges förutsättningar att utveckla sina arbetssätt.",
    ])

    doc.add_heading("7. Uppföljning", level=1)
    doc.add_paragraph(
        "Digitaliseringsarbetet följs upp årligen i en temarapport som kommundirektören redovisar "
        "för kommunstyrelsen. Arbetet redovisas därutöver i kommunens delårsrapport och "
        "årsredovisning."
    )
    return doc


def build_informationsarende() -> DocxDocument:
    """Information to kommunstyrelsen 2017-05-09 on how the digitalisation work is organised."""
    doc = new_document("Organisation för kommungemensam digitalisering", dt.datetime(2017, 4, 24, 14, 0, 0), AUTHOR)
    set_header(doc, "Örebro kommun – Kommunstyrelseförvaltningen – Tjänsteskrivelse")
    doc.add_paragraph("Organisation för kommungemensam digitalisering", style="Title")
    add_label_lines(doc, [
        ("Ärendetyp", "Informationsärende"),
        ("Till", "Kommunstyrelsen, sammanträdet den 9 maj 2017"),
        ("Handläggare", "Kommundirektörens stab"),
        ("Dnr", "Ks 584/2017"),
    ])

    doc.add_heading("Sammanfattning", level=1)
    add_paragraphs(doc, [
        "I samband med att digitaliseringsstrategin behandlas informeras kommunstyrelsen om hur "
        "kommunledningen organiserar det kommungemensamma digitaliseringsarbetet.",
        "Kommunstyrelsen gav i december 2016 kommundirektören i uppdrag att starta en "
        "kommungemensam utvecklingssatsning för en effektiv, modern och digital kommun. "
        "Satsningen finansieras med de 200 miljoner kronor för 2017–2019 som avsatts i en "
        "kommungemensam utvecklingsportfölj.",
    ])

    doc.add_heading("Kommundirektören och styrgruppen", level=1)
    add_paragraphs(doc, [
        "Kommundirektören leder satsningen. Till sin hjälp har kommundirektören en styrgrupp där "
        "samtliga direktörer ingår.",
        "Kommundirektören beslutar, med stöd av styrgruppen, om vilka utvecklingsprojekt som ska "
        "prioriteras och i vilken takt de ska genomföras.",
    ])

    doc.add_heading("Digitaliseringskommittén", level=1)
    add_paragraphs(doc, [
        "En digitaliseringskommitté inrättas med kvalitetsdirektören, förnyelsedirektören, "
        "kommunikationsdirektören och IT-chefen. Kommittén arbetar till och med den 31 december "
        "2019.",
        "Digitaliseringskommittén har till uppgift att",
    ])
    add_bullets(doc, [
        "ta fram och kvalitetssäkra ett gemensamt arbetssätt, med process och kompetens, för att "
        "driva utvecklingen,",
        "klargöra vilka frågor som hör till det ordinarie utvecklingsarbetet och vilka som ska "
        "prövas inom satsningen,",
        "utifrån strategin ta fram en handlingsplan med kriterier och prioriterade åtgärder och "
        "pröva verksamheternas utvecklingsbehov mot den,",
        "bereda underlag för beslut till styrgruppen och, när det behövs, till kommunstyrelsen,",
        "stödja förvaltningsledningarna och direktörerna i deras uppdrag att utveckla "
        "verksamheten,",
        "beskriva de roller, det ansvar och de kompetenser som processen kräver.",
    ])

    doc.add_heading("Digitaliseringsportföljen", level=1)
    doc.add_paragraph(
        "Alla satsningar som finansieras ur utvecklingsportföljen samlas i en "
        "digitaliseringsportfölj. En koordinator för digitaliseringsportföljen ansvarar för att "
        "ärendena löper från det att en idé kommer in till dess att den är beviljad och "
        "genomförd."
    )

    doc.add_heading("Förnyelsedirektören", level=1)
    doc.add_paragraph(
        "Förnyelsedirektören ansvarar för att stödja cheferna i att förändra arbetssätt och "
        "motivera medarbetare, och arbetar tillsammans med förvaltningarna med den förändring som "
        "krävs för att effekterna ska tas hem. Förnyelsedirektören ingår i "
        "digitaliseringskommittén."
    )

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Kommundirektören följer upp satsningen i den årliga temarapporten till "
        "kommunstyrelsen."
    )

    doc.add_heading("Förslag till kommunstyrelsen", level=1)
    doc.add_paragraph(
        "Kommunstyrelsen föreslås lägga informationen till handlingarna."
    )
    return doc


def build_metodhandbok() -> DocxDocument:
    """Metodhandbok för nyttorealisering och effekthemtagning, decided by kommunstyrelsen 2017-10-20."""
    doc = new_document("Metodhandbok för nyttorealisering och effekthemtagning",
                       dt.datetime(2017, 10, 23, 8, 30, 0), AUTHOR)
    doc.add_paragraph("Metodhandbok för nyttorealisering och effekthemtagning", style="Title")
    add_paragraphs(doc, [
        "Beslutad av kommunstyrelsen den 20 oktober 2017, § 231",
        "Diarienummer Ks 1102/2017",
        "Handboken gäller för samtliga förvaltningar och för alla utvecklingssatsningar som "
        "finansieras ur den kommungemensamma utvecklingsportföljen.",
    ])
    add_label_lines(doc, [("Dokumentansvarig", "Projektkontoret, Kommunstyrelseförvaltningen")])

    doc.add_heading("1 Varför nyttorealisering", level=1)
    add_paragraphs(doc, [
        "Varje förändring som genomförs, som projekt eller som uppdrag beroende på hur stor den "
        "är, ska leda till effekter som går att realisera och som i sin tur ger nytta för dem "
        "kommunen finns till för. Handboken beskriver hur en satsning värderas innan den "
        "beviljas och hur effekterna tas hem efteråt.",
        "Metoden har tagits fram av projektkontoret och stämts av mot statens metodstöd för "
        "nyttorealisering.",
    ])

    doc.add_heading("2 Begrepp", level=1)
    add_grid_table(doc, ["Begrepp", "Innebörd"], [
        ["Effekt", "En förändring i den egna organisationen som följer av en genomförd "
                   "förändring. En effekt kan vara positiv eller negativ och kvalitativ eller "
                   "ekonomisk."],
        ["Nytta", "Det värde som uppstår för invånare, brukare och företag när effekterna "
                  "av en förändring kommer dem till del."],
        ["Business case", "Ett samlat beslutsunderlag som visar varför en satsning bör "
                          "genomföras: kostnader, nyttor, risker och genomförbarhet."],
    ])

    doc.add_heading("3 Från idé till beslut", level=1)
    add_paragraphs(doc, [
        "Processen är densamma för alla förslag, och varje steg har en ansvarig.",
    ])
    add_grid_table(doc, ["Steg", "Innehåll", "Ansvarig"], [
        ["1. Utvecklingsbehov", "Behovet beskrivs i mallen för utvecklingsbehov och lämnas till "
                                "digitaliseringsportföljen.", "Förvaltningen"],
        ["2. Förstudie", "Behovet utreds i en förstudie enligt mallen i bilaga 2.", "Förvaltningen "
                         "med stöd av projektkontoret"],
        ["3. Värdering", "Den föreslagna lösningen värderas utifrån förstudien.", "Värderingsteamet"],
        ["4. Beredning", "Förstudie och värdering prövas mot handlingsplanen och kriterierna.",
         "Digitaliseringskommittén"],
        ["5. Beslut", "Beslut om satsningen ska genomföras och finansieras ur portföljen.",
         "Kommundirektören"],
        ["6. Effekthemtagning", "Effekterna följs upp och tas hem enligt effekthemtagningsplanen.",
         "Effekthemtagningsansvarig"],
    ])

    doc.add_heading("4 Förstudie", level=1)
    doc.add_paragraph(
        "Förstudien ska beskriva problemet, målgruppen och de förväntade effekterna. Följande "
        "metoder och verktyg kan användas för att ta fram underlaget:"
    )
    add_bullets(doc, [
        "orsaksanalys,",
        "målgruppsanalys,",
        "intressentanalys,",
        "beskrivning av arbetsflöden,",
        "inventering av information,",
        "logikmodell.",
    ])

    doc.add_heading("5 Värdering och nyttokalkyl", level=1)
    add_paragraphs(doc, [
        "Värderingsteamet värderar den föreslagna lösningen för att pröva om den har potential och "
        "förutsättningar att ge de förväntade effekterna. Värderingen sammanfattas i en "
        "värderingssammanställning, som tillsammans med förstudien är underlaget för beslutet om "
        "satsningen ska genomföras.",
        "Värderingssammanställningen innehåller:",
    ])
    add_bullets(doc, [
        "tidplan för genomförandet,",
        "hur satsningen ska finansieras,",
        "total kostnad, fördelad per nämnd,",
        "nettoeffekter i kronor per år (nyttokalkyl),",
        "total ekonomisk effekt per nämnd, uppdelad på frigjort ramutrymme och ramjustering och "
        "per kostnadsslag,",
        "kvalitativa effekter, både positiva och negativa,",
        "angelägenhet: organisatoriska, tekniska och lagmässiga skäl samt strategiskt värde för "
        "kommunens övergripande strategier och mål,",
        "genomförbarhet och möjlighet att realisera effekterna,",
        "övergripande förutsättningar för genomförandet,",
        "en sammanvägd prioritering,",
        "konsekvenser som behöver beaktas, bland annat risker.",
    ])

    doc.add_heading("6 Effekthemtagning", level=1)
    add_paragraphs(doc, [
        "När en satsning har beviljats utses en effekthemtagningsansvarig. Den "
        "effekthemtagningsansvarige ansvarar för att det arbete som genomförs leder till de "
        "effekter som beslutet bygger på.",
        "Den effekthemtagningsansvarige tar fram en effekthemtagningsplan som sammanfattar och "
        "åskådliggör vilka effekter satsningen förväntas ge, när de ska uppstå och hur de ska "
        "mätas. Effekterna följs upp mot planen och redovisas till digitaliseringskommittén.",
    ])

    doc.add_heading("Bilagor", level=1)
    add_bullets(doc, [
        "Bilaga 1. Mall för utvecklingsbehov",
        "Bilaga 2. Mall för förstudierapport",
        "Bilaga 3. Mall för värderingssammanställning",
        "Bilaga 4. Mall för effekthemtagningsplan",
    ])
    return doc


def build_handlingsplan() -> DocxDocument:
    """Handlingsplan för digitalisering, decided by kommundirektören."""
    doc = new_document("Handlingsplan för digitalisering 2017–2018", dt.datetime(2017, 9, 28, 10, 0, 0), AUTHOR)
    doc.add_paragraph("Handlingsplan för digitalisering 2017–2018", style="Title")
    add_label_table(doc, [
        ("Fastställd av", "Kommundirektören"),
        ("Datum", "2017-09-26"),
        ("Reviderad", "2018-03-20"),
        ("Dokumentansvarig", "Digitaliseringskommittén"),
        ("Omfattning", "Kommungemensamma aktiviteter för samtliga förvaltningar"),
    ])

    doc.add_heading("Syfte", level=1)
    add_paragraphs(doc, [
        "Handlingsplanen konkretiserar digitaliseringsstrategin. Den utgår från den nationella "
        "handlingsplanen för digital utveckling i kommuner och landsting och växer fram stegvis: "
        "nya aktiviteter läggs till när verksamheternas utvecklingsbehov har prövats.",
        "Planen omfattar nu 66 aktiviteter. Under den första perioden prioriteras att förbättra "
        "styrningen och organisationen, att stärka de juridiska, upphandlingsmässiga och "
        "ekonomiska förutsättningarna och att bygga upp och strukturera den tekniska "
        "infrastrukturen.",
    ])

    doc.add_heading("Aktiviteter i urval", level=1)
    add_grid_table(doc, ["Nr", "Aktivitet", "Strategi", "Ansvarig", "Klart"], [
        ["1", "Införa en gemensam process för digitaliseringsprojekt från idé till beslut",
         "Digital samverkan", "Digitaliseringskommittén", "2017"],
        ["2", "Inrätta projektkontor och värderingsteam", "Digital samverkan", "Kommundirektören", "2017"],
        ["3", "Ta fram metod för nyttorealisering och effekthemtagning", "Digital samverkan",
         "Projektkontoret", "2017"],
        ["4", "Uppgradera och ställa om de tekniska plattformarna", "Säkra digitala tjänster",
         "IT-chefen", "2019"],
        ["5", "Gemensam e-legitimering och e-underskrift", "Säkra digitala tjänster", "IT-chefen", "2018"],
        ["6", "Juridisk vägledning för automatiserad ärendehantering", "Digital samverkan",
         "Kvalitetsdirektören", "2018"],
        ["7", "Översyn av innehållet på kommunens webbplats", "Medborgarnas behov",
         "Kommunikationsdirektören", "2018"],
        ["8", "Workshops med förvaltningscheferna om digitaliseringens betydelse för verksamheten",
         "Digital samverkan", "Förnyelsedirektören", "2018"],
        ["9", "Pilot med digital assistent på webbplatsen", "Medborgarnas behov",
         "Kommunikationsdirektören", "2018"],
        ["10", "Öppna data: publicera ett första urval av datamängder", "Delaktighet och innovation",
         "Kvalitetsdirektören", "2019"],
    ])

    doc.add_heading("Uppföljning", level=1)
    add_paragraphs(doc, [
        "Kommundirektören har uppdragit åt digitaliseringskommittén att följa upp strategin och "
        "handlingsplanen.",
        "Handlingsplanens aktiviteter följs upp två gånger per år, vår och höst, och redovisas "
        "för kommunstyrelsen i en statusrapport. Statusrapporterna ersätter den årliga "
        "temarapporten.",
    ])
    return doc


def build_statusrapport() -> DocxDocument:
    """Statusrapport digitalisering, våren 2018, to kommunstyrelsen."""
    doc = new_document("Statusrapport digitalisering våren 2018", dt.datetime(2018, 5, 2, 13, 0, 0), AUTHOR)
    set_header(doc, "Örebro kommun – Digitaliseringskommittén")
    doc.add_heading("Statusrapport digitalisering – våren 2018", level=1)
    add_label_lines(doc, [
        ("Mottagare", "Kommunstyrelsen"),
        ("Från", "Digitaliseringskommittén"),
        ("Datum", "2018-04-27"),
    ])

    doc.add_heading("Om rapporten", level=2)
    add_paragraphs(doc, [
        "Digitaliseringskommittén lämnar en statusrapport till kommunstyrelsen två gånger per år, "
        "på våren och på hösten. Det här är den andra rapporten; den första lämnades hösten "
        "2017.",
        "Rapporten ger en överblick över det kommungemensamma digitaliseringsarbetet och över "
        "hur långt handlingsplanens aktiviteter har kommit.",
    ])

    doc.add_heading("Handlingsplanens genomförande", level=2)
    add_paragraphs(doc, [
        "Av handlingsplanens 66 aktiviteter är 37, eller 56 procent, pågående eller genomförda.",
        "Det första årets arbete har i huvudsak gällt två av strategierna: digital samverkan för "
        "en effektivare förvaltning och säkra digitala tjänster som skapar tillit. Att uppgradera "
        "och ställa om de tekniska plattformarna har varit en förutsättning för att resten av "
        "utvecklingen ska kunna ske systematiskt, samlat och säkert.",
        "De kommande åren kommer utvecklingen i allt högre grad att utgå från de två andra "
        "strategierna: att utgå från medborgarnas behov och livshändelser och digitala tjänster "
        "för ökad delaktighet och innovation.",
    ])

    doc.add_heading("Portföljen", level=2)
    add_paragraphs(doc, [
        "Kommittén följer löpande upp sitt arbete och sin beredning till styrgruppen med två "
        "sammanställningar: en över status för inkomna utvecklingsbehov och en över portföljens "
        "ekonomiska läge.",
        "De flesta satsningar som hittills har beviljats eller fått klartecken för fortsatt "
        "utredning skapar förutsättningar för att verksamheterna ska kunna arbeta på nya sätt. "
        "Effekterna uppstår först när verksamheterna börjar använda de nya möjligheterna och "
        "ändrar sina arbetssätt.",
    ])

    doc.add_heading("Förändringsledning", level=2)
    doc.add_paragraph(
        "Förnyelsedirektören har under våren hållit workshops med samtliga förvaltningschefer "
        "för att samla in deras syn på digitaliseringen i kommunen. Frågan har också tagits upp i "
        "chefsforumen, där chefer ner till första linjen deltar."
    )

    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Kommunstyrelsen lägger statusrapporten till handlingarna.")
    return doc


def build_plan_med_budget() -> DocxDocument:
    """Kommunstyrelsens plan med budget 2018 (excerpt), decided 2018-01-16."""
    doc = new_document("Kommunstyrelsens plan med budget 2018", dt.datetime(2018, 1, 19, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Kommunstyrelsens plan med budget 2018", style="Title")
    add_paragraphs(doc, [
        "Antagen av kommunstyrelsen 16 januari 2018, § 8",
        "Dnr Ks 1290/2017",
        "Utdrag: avsnitten om prioriteringar, kommungemensam utveckling och förväntningar på "
        "nämnderna.",
    ])
    add_label_lines(doc, [
        ("Dokumentansvarig", "Ekonomidirektör"),
        ("Gäller för", "Kommunstyrelsen och kommunstyrelseförvaltningen"),
    ])

    doc.add_heading("Prioriterade områden 2018", level=1)
    doc.add_paragraph("Kommunstyrelsen prioriterar under 2018 särskilt")
    add_bullets(doc, [
        "digitalisering och verksamhetsutveckling,",
        "nyttorealisering och effekthemtagning,",
        "kommungemensam utveckling som skapar förutsättningar för kommunens samlade och "
        "strategiska utveckling.",
    ])

    doc.add_heading("Kommungemensamma objekt", level=1)
    doc.add_heading("Extern serviceyta", level=2)
    add_paragraphs(doc, [
        "Den externa serviceytan är kommunens samlade ingång för invånare, företag och "
        "organisationer, oavsett vilken kanal de väljer. Den ska ge enkel, snabb och likvärdig "
        "service och driva utvecklingen av kommunens tjänstedesign tillsammans med "
        "verksamheterna.",
        "Prioriterad utveckling 2018:",
    ])
    add_bullets(doc, [
        "se över innehållet på kommunens webbplats, med början i de sidor som har flest besök "
        "och synpunkter,",
        "pröva en lösning med artificiell intelligens för stöd och digital dialog på "
        "webbplatsen,",
        "se över kommunens tillgänglighetsgaranti,",
        "samverka med andra myndigheter för att invånarna ska behöva färre ingångar.",
    ])
    doc.add_heading("Intern serviceyta och stöd för verksamhetsutveckling", level=2)
    add_paragraphs(doc, [
        "Den interna serviceytan ska ge medarbetare och chefer en enkel och effektiv vardag. I "
        "det strategiska stödet ingår stöd för verksamhetsutveckling och digitalisering och "
        "projektledning genom ett projektkontor med metod för nyttorealisering och "
        "effekthemtagning.",
        "Prioriterad utveckling 2018:",
    ])
    add_bullets(doc, [
        "utöka och vidareutveckla kommunsupportens områden,",
        "införa ett systematiskt sätt att följa upp och förbättra nöjdheten hos dem som tar emot "
        "tjänsterna,",
        "erbjuda mer stöd i analys, förändringsledning och effekthemtagning,",
        "erbjuda stöd i verksamhetsutveckling med digitala förtecken och börja ta fram en "
        "långsiktig strategi för kompetensförsörjning.",
    ])

    doc.add_heading("Förväntningar på nämnderna", level=1)
    add_paragraphs(doc, [
        "Kommunstyrelsen förväntar sig att hela kommunen arbetar tillsammans mot gemensamma mål "
        "och att nämnderna följer de styrdokument som kommunfullmäktige och kommunstyrelsen har "
        "fastställt. Digitaliseringsstrategin är ett av de styrdokument som ska prioriteras under "
        "2018.",
    ])

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Planen följs upp i delårsrapporterna per april och augusti och i årsredovisningen, som "
        "redovisas för kommunstyrelsen."
    )
    return doc


DOCUMENTS: tuple[tuple[str, Builder], ...] = (
    ("digitaliseringsstrategi.docx", build_strategi),
    ("organisation-digitalisering-informationsarende.docx", build_informationsarende),
    ("metodhandbok-nyttorealisering.docx", build_metodhandbok),
    ("handlingsplan-digitalisering.docx", build_handlingsplan),
    ("statusrapport-var-2018.docx", build_statusrapport),
    ("plan-med-budget-2018.docx", build_plan_med_budget),
)


if __name__ == "__main__":
    main(OUTPUT_DIR, DOCUMENTS)
