"""Write the governing documents of the Lund 2021 example workspace.

The workspace models what EY's audit of Lunds kommun's digitalisation work (2021-12-08,
seed file ``004_1dc9e9876cd69866.txt``) found:

- the municipality-wide "Digitaliserings- och systemförvaltningsmodellen", with the
  overall goals of the digitalisation work, decided by an official (the
  digitaliseringschef) and never adopted by kommunstyrelsen or a nämnd; in it the
  digitaliseringsforum of each förvaltning prioritises and decides, the
  digitaliseringsråd prepares joint initiatives;
- the handbook for the model, written by the IT and digitalisation department, with
  templates for benefit calculations and risk and vulnerability analyses;
- kommunstyrelsens reglemente (responsible for developing the municipality's IT systems)
  and its delegationsordning, which delegates IT matters to named officials and to no
  forum, råd or group;
- the digital road map of socialförvaltningen, decided in its digitaliseringsforum;
- vård- och omsorgsförvaltningen's own model, in which the management team acts as a
  steering group that decides which changes are made;
- the project documents the auditors received: plan and final report for Digitalt
  bygglov and for Wellbee (complete), and a simplified plan for phasing out Meraki without
  benefit calculation or evaluation. For the socialnämnd's project (digital signing of
  decisions) there is no documentation, so no document is written for it.

The facts come from the audit report; every sentence is written for this example. Values the
report does not give (dates and paragraph numbers of the model, handbook, reglemente and
delegationsordning, diarienummer, the delegation rows, the contents of the risk tables)
are illustrative. Run from anywhere::

    python examples/lund-2021/make_documents.py

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
AUTHOR = "Lunds kommun"






# ----------------------------------------------------------------- municipality-wide model


def build_modell() -> DocxDocument:
    """Digitaliserings- och systemförvaltningsmodellen, decided by the digitaliseringschef."""
    doc = new_document("Digitaliserings- och systemförvaltningsmodellen", dt.datetime(2019, 11, 18, 10, 0, 0), AUTHOR)
    set_header(doc, "Lunds kommun – Kommunkontoret – IT- och digitaliseringsavdelningen")
    doc.add_paragraph("Digitaliserings- och systemförvaltningsmodellen", style="Title")
    add_label_table(doc, [
        ("Dokumenttyp", "Modell"),
        ("Version", "3.0"),
        ("Beslutad av", "Digitaliseringschef"),
        ("Beslutsdatum", "2019-11-18"),
        ("Dokumentägare", "IT- och digitaliseringsavdelningen"),
        ("Gäller för", "Samtliga förvaltningar och de kommunala bolagen"),
    ])
    doc.add_paragraph(
        "Modellen togs fram 2015 som en heltäckande modell för systemförvaltning och har "
        "införts i förvaltningarna sedan 2016. Version 3.0 är anpassad till "
        "IT- och digitaliseringsavdelningens organisation och omfattar nu även "
        "digitaliseringsarbetet."
    )

    doc.add_heading("1 Syfte och övergripande mål", level=1)
    add_paragraphs(doc, [
        "Kommunen gör stora investeringar i digital teknik. De ska ge en effektivare verksamhet, "
        "lägre kostnader och bättre tjänster för invånarna. För att det ska ske måste tjänster, "
        "system och lösningar utvecklas och förvaltas över tid, och digitaliseringen måste "
        "bedrivas strukturerat.",
        "Modellens övergripande mål är att",
    ])
    add_bullets(doc, [
        "ge förvaltningarna en gemensam struktur för att planera, genomföra och följa upp sitt "
        "digitaliseringsarbete,",
        "möjliggöra långsiktig och strategisk planering och budgetering, så att det går att "
        "uppskatta vad ett förvaltningsobjekt kostar,",
        "ta till vara lösningar som kan användas av fler än en förvaltning.",
    ])
    doc.add_paragraph(
        "Modellen vilar på fyra byggstenar: digitala färdplaner, strategiska forum, "
        "förvaltningsobjekt och förvaltningsplaner."
    )

    doc.add_heading("2 Digitala färdplaner", level=1)
    add_paragraphs(doc, [
        "Varje nämnd har en digital färdplan som styr förvaltningens digitaliseringsarbete. "
        "Färdplanen pekar ut områden där digitala lösningar kan lösa svåra problem och möta "
        "verksamhetens utmaningar.",
        "Färdplanen tas fram i workshops med stöd av IT- och digitaliseringsavdelningen. "
        "Områdena prioriteras utifrån en nyttovärdering, där förväntad nytta vägs mot hur "
        "komplext genomförandet är. Därefter planeras aktiviteter, som förs in i förvaltningens "
        "verksamhetsplan och ger underlag till kommunens ekonomi- och verksamhetsplan.",
        "Färdplanen, initiativen och aktiviteterna dokumenteras och följs upp i Stratsys.",
    ])

    doc.add_heading("3 Strategiska forum", level=1)
    doc.add_heading("3.1 Digitaliseringsforum", level=2)
    add_paragraphs(doc, [
        "Varje förvaltning har ett digitaliseringsforum. Forumet består av förvaltningens "
        "ledningsgrupp och leds av en IT-strateg från IT- och digitaliseringsavdelningen. Även "
        "andra funktioner i förvaltningen kan ingå.",
        "Digitaliseringsforumet ansvarar för den långsiktiga, strategiska verksamhetsplaneringen "
        "och för förvaltningens digitala utveckling.",
        "Digitaliseringsforumet beslutar om förvaltningens digitala färdplan och prioriterar de "
        "digitala initiativ som kommer från verksamheten eller som har identifierats som viktiga "
        "framtidsutmaningar.",
        "Behov och möjligheter bereds till digitaliseringsforumet, som fattar beslut om vilka "
        "initiativ som ska genomföras. Forumet uppskattar nyttan och effekten av "
        "förvaltningsobjekten och av kommande och pågående initiativ.",
        "Forumet sammanträder minst en gång per kvartal.",
    ])
    doc.add_heading("3.2 Digitaliseringsrådet", level=2)
    add_paragraphs(doc, [
        "Digitaliseringsrådet är kommunens gemensamma forum för frågor som berör fler än en "
        "förvaltning. Rådet leds av digitaliseringschefen. I rådet ingår utvecklingschefen, "
        "enhetscheferna på IT- och digitaliseringsavdelningen och representanter för samtliga "
        "förvaltningar och bolag.",
        "Digitaliseringsrådet bereder investeringar i och prioriteringar av digitala projekt som "
        "föreslås bli gemensamma för kommunen. Frågor och idéer lyfts till rådet från "
        "digitaliseringsforumen.",
        "Varje förvaltningsrepresentant ansvarar för att återkoppla rådets arbete till sin "
        "förvaltningsledning.",
    ])

    doc.add_heading("4 Förvaltningsobjekt och roller", level=1)
    add_paragraphs(doc, [
        "Tjänster och system som hör till samma verksamhetsområde samlas i ett "
        "förvaltningsobjekt. Ett objekt ska helst omfatta ett större verksamhetsområde; system "
        "som inte kan knytas till ett sådant kan bilda ett mindre objekt.",
    ])
    add_grid_table(doc, ["Roll", "Ansvar"], [
        ["Objektförvaltare", "Har ett sammanhållande ansvar för att objektets tjänster utvecklas "
                             "och förvaltas och ser till att planerade och beslutade aktiviteter "
                             "genomförs."],
        ["Systemägare", "Ansvarar för ett system inom objektet."],
        ["Systemförvaltare", "Ansvarar för att ett system eller en del av ett system fungerar."],
        ["Driftansvarig", "Ansvarar för systemets IT-drift."],
        ["IT-strateg", "Leder förvaltningens digitaliseringsforum och stödjer förvaltningen i "
                       "dess digitaliseringsarbete."],
    ])

    doc.add_heading("5 Förvaltningsplan", level=1)
    add_paragraphs(doc, [
        "För varje objekt fastställs årligen en förvaltningsplan. Den anger vilka processer och "
        "aktiviteter som ska genomföras för att förbättra befintliga IT-stöd och styr den "
        "verksamhetsutveckling som objektet ansvarar för. I förvaltningsplanen ingår objektets "
        "budget, och varje process och aktivitet ska ha uppskattade fasta kostnader och tid för "
        "den ansvariga rollen.",
        "Risk- och sårbarhetsanalys ska göras årligen för varje objekt. I analysen identifieras "
        "tänkbara störningar, allvarliga händelser och extraordinära händelser som kan påverka "
        "objektet.",
    ])

    doc.add_heading("6 Uppföljning", level=1)
    add_paragraphs(doc, [
        "Objekten följer löpande upp beslutad budget och aktiviteter i Stratsys.",
        "Nämnderna redovisar sitt digitaliseringsarbete i delårsrapporterna och i årsanalysen. "
        "Kommunstyrelsen följer upp digitaliseringsarbetet genom kommunens årsredovisning.",
    ])

    doc.add_heading("7 Stöd", level=1)
    doc.add_paragraph(
        "IT- och digitaliseringsavdelningen ger stöd med kunskap och metoder. Handboken för "
        "digitaliseringsmodellen beskriver hur modellen tillämpas och innehåller mallar för den "
        "dokumentation som modellen kräver."
    )
    return doc


def build_handbok() -> DocxDocument:
    """Handbok för digitaliseringsmodellen, written by the IT and digitalisation department."""
    doc = new_document("Handbok för digitaliseringsmodellen", dt.datetime(2020, 3, 2, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Handbok för digitaliseringsmodellen", style="Title")
    add_paragraphs(doc, [
        "Fastställd av digitaliseringschefen 2020-03-02",
        "Framtagen av IT- och digitaliseringsavdelningen, strategienheten",
    ])
    add_label_lines(doc, [
        ("Dokumentansvarig", "Enhetschef, strategienheten"),
        ("Målgrupp", "Förvaltningsledningar, objektförvaltare, systemägare och projektledare"),
    ])

    doc.add_heading("Om handboken", level=1)
    add_paragraphs(doc, [
        "Handboken är ett stöd för att arbeta enligt Digitaliserings- och "
        "systemförvaltningsmodellen och för att upprätta den dokumentation som modellen kräver. "
        "Den som ska arbeta enligt modellen kan gå IT- och digitaliseringsavdelningens "
        "utbildning för att få de förkunskaper som behövs.",
    ])

    doc.add_heading("Så införs modellen i en förvaltning", level=1)
    add_bullets(doc, [
        "Förvaltningsledningen utser sitt digitaliseringsforum tillsammans med IT-strategen.",
        "Forumet tar fram förvaltningens första digitala färdplan.",
        "Förvaltningsobjekten etableras med stöd av checklistan i bilaga 1.",
        "Objektförvaltarna upprättar förvaltningsplaner för sina objekt.",
    ])

    doc.add_heading("Dokumentation i Stratsys", level=1)
    doc.add_paragraph(
        "Nämndernas och förvaltningarnas digitala färdplaner, förvaltningsplaner, objekt och "
        "förvaltningsaktiviteter dokumenteras i Stratsys, liksom uppskattade resurser och "
        "budget. Projektdokumentation hanteras i Antura, och behov och förändringsärenden i "
        "Stratsys."
    )

    doc.add_heading("Nyttokalkyl och risk- och sårbarhetsanalys", level=1)
    add_paragraphs(doc, [
        "Innan ett initiativ prioriteras ska den förväntade nyttan uppskattas i mallen för "
        "nyttokalkyl (bilaga 2). Kalkylen visar vilka effekter initiativet väntas ge, för vem, "
        "när de uppstår och hur de ska mätas, och ställer dem mot kostnaderna för att införa "
        "och förvalta lösningen.",
        "För varje objekt görs en risk- och sårbarhetsanalys enligt mallen i bilaga 3.",
        "Projekt som drivs enligt kommunens projektmodell dokumenteras med projektplan och "
        "slutrapport. Projektplanen ska beskriva syfte och mål, nyttokalkyl och riskanalys; "
        "slutrapporten redovisar hur projektet har utvärderats och vilken nytta det har gett.",
    ])

    doc.add_heading("Information och arkivdokumentation", level=1)
    doc.add_paragraph(
        "Information som skapas i förvaltningsobjekten ska bevaras så att kommunen håller god "
        "ordning på sina allmänna handlingar. Stadsarkivets riktlinjer beskriver hur arkivkrav "
        "ställs och hur informations- och arkivdokumentation upprättas."
    )

    doc.add_heading("Bilagor", level=1)
    add_bullets(doc, [
        "Bilaga 1. Checklista för etablering av förvaltningsobjekt",
        "Bilaga 2. Mall för nyttokalkyl",
        "Bilaga 3. Mall för risk- och sårbarhetsanalys för objekt",
    ])
    return doc


# ------------------------------------------------------------- reglemente, delegationsordning


def build_reglemente() -> DocxDocument:
    """Reglemente för kommunstyrelsen (excerpt), adopted by kommunfullmäktige."""
    doc = new_document("Reglemente för kommunstyrelsen", dt.datetime(2019, 3, 1, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Reglemente för kommunstyrelsen", style="Title")
    add_paragraphs(doc, [
        "Antaget av kommunfullmäktige den 28 februari 2019, § 31",
        "Dnr KS 2018/0877",
    ])
    add_label_lines(doc, [
        ("Dokumentansvarig", "Kommundirektör"),
        ("Gäller för", "Kommunstyrelsen"),
    ])
    doc.add_paragraph(
        "Utöver det som föreskrivs i kommunallagen och i annan lagstiftning gäller "
        "bestämmelserna i detta reglemente för kommunstyrelsen. Utdrag."
    )

    doc.add_heading("§ 1 Ledningsfunktionen", level=1)
    doc.add_paragraph(
        "Kommunstyrelsen leder och samordnar förvaltningen av kommunens angelägenheter och har "
        "uppsikt över övriga nämnders och de kommunala bolagens verksamhet."
    )
    doc.add_heading("§ 2 Uppsikt", level=1)
    doc.add_paragraph(
        "I uppsiktsplikten ingår att följa att nämnderna bedriver sin verksamhet enligt de mål "
        "och riktlinjer som kommunfullmäktige har bestämt. Styrelsen får begära de upplysningar "
        "som behövs från nämnderna."
    )
    doc.add_heading("§ 7 Övriga uppgifter", level=1)
    doc.add_paragraph("Kommunstyrelsen ansvarar även för")
    add_bullets(doc, [
        "utvecklingen av kommunens IT-system,",
        "kommunens informationssäkerhetsarbete,",
        "kommunens arkiv, i egenskap av arkivmyndighet.",
    ])
    doc.add_heading("§ 12 Delegering", level=1)
    doc.add_paragraph(
        "Kommunstyrelsen får uppdra åt ett utskott, en ledamot, en ersättare eller en anställd "
        "att besluta på styrelsens vägnar i en viss grupp av ärenden. Uppdragen anges i "
        "styrelsens delegationsordning."
    )
    return doc


def build_delegationsordning() -> DocxDocument:
    """Delegationsordning för kommunstyrelsen (excerpt), adopted by kommunstyrelsen."""
    doc = new_document("Delegationsordning för kommunstyrelsen", dt.datetime(2021, 2, 5, 9, 0, 0), AUTHOR)
    set_header(doc, "Lunds kommun – Kommunstyrelsen")
    doc.add_paragraph("Delegationsordning för kommunstyrelsen", style="Title")
    add_label_table(doc, [
        ("Antagen av", "Kommunstyrelsen"),
        ("Datum", "2021-02-03"),
        ("Paragraf", "§ 21"),
        ("Diarienummer", "KS 2020/1043"),
        ("Dokumentansvarig", "Kommunsekreterare"),
        ("Gäller för", "Kommunstyrelsen och kommunkontoret"),
    ])

    doc.add_heading("1 Allmänt om delegering", level=1)
    add_paragraphs(doc, [
        "Kommunstyrelsen får enligt 6 kap. 37 § och 7 kap. 5 § kommunallagen uppdra åt ett "
        "utskott, en ledamot eller ersättare eller en anställd att besluta på styrelsens vägnar. "
        "Den som fattar beslut med stöd av delegering gör det i styrelsens ställe.",
        "Delegering kan inte ske till en grupp av anställda, till exempel en ledningsgrupp, ett "
        "forum eller ett råd. Beslut som fattas i sådana grupper fattas av den i gruppen som har "
        "delegation i frågan.",
        "Ärenden av principiell beskaffenhet eller annars av större vikt beslutas av "
        "kommunstyrelsen.",
    ])
    doc.add_heading("2 Anmälan av delegationsbeslut", level=1)
    doc.add_paragraph(
        "Beslut som fattas med stöd av delegering anmäls till kommunstyrelsen vid nästa "
        "sammanträde."
    )
    doc.add_heading("3 Vidaredelegering", level=1)
    doc.add_paragraph(
        "Kommundirektören får vidaredelegera sin beslutanderätt till annan anställd enligt "
        "7 kap. 6 § kommunallagen. Beslut om vidaredelegering anmäls till kommunstyrelsen."
    )
    doc.add_heading("4 Förkortningar", level=1)
    doc.add_paragraph(
        "KL – kommunallagen (2017:725). LOU – lagen (2016:1145) om offentlig upphandling. "
        "OSL – offentlighets- och sekretesslagen (2009:400)."
    )

    columns = ["Ärende", "Delegat", "Lagrum", "Anmärkning"]
    doc.add_heading("5 Delegationer", level=1)
    doc.add_heading("5.1 Allmänna ärenden", level=2)
    add_grid_table(doc, columns, [
        ["Beslut i brådskande ärenden där styrelsens avgörande inte kan avvaktas",
         "Ordförande", "6 kap. 39 § KL", "Anmäls vid nästa sammanträde"],
        ["Avslag på begäran om att lämna ut allmän handling", "Kommunjurist", "6 kap. 3 § OSL", ""],
        ["Yttrande i remisser som inte är av principiell beskaffenhet", "Kommundirektör", "", ""],
    ])
    doc.add_heading("5.2 Ekonomi och upphandling", level=2)
    add_grid_table(doc, columns, [
        ["Beslut om upphandling och tilldelning inom budget, upp till 5 mnkr", "Kommundirektör", "LOU",
         "Över 5 mnkr beslutar kommunstyrelsen"],
        ["Beslut om upphandling och tilldelning inom budget, upp till 1 mnkr", "Avdelningschef", "LOU",
         "Inom egen avdelning"],
    ])
    doc.add_heading("5.3 IT och digitalisering", level=2)
    add_grid_table(doc, columns, [
        ["Beslut om anskaffning av kommungemensamma IT-system och digitala tjänster inom budget",
         "Digitaliseringschef", "7 kap. 5 § KL", "Upp till 2 mnkr per anskaffning"],
        ["Beslut om att avveckla ett kommungemensamt IT-system", "Digitaliseringschef", "",
         "Efter samråd med berörda förvaltningschefer"],
        ["Beslut om gemensamma tekniska standarder och säkerhetskrav för IT-miljön",
         "Digitaliseringschef", "", ""],
        ["Beslut om behörighet till kommungemensamma system", "Enhetschef, förvaltningsenheten", "", ""],
        ["Beslut om kommungemensamt digitaliseringsprojekt som finansieras av flera nämnder",
         "Kommundirektör", "", "Efter överenskommelse med berörda förvaltningschefer"],
    ])
    return doc


# -------------------------------------------------------------- förvaltning documents


def build_fardplan_social() -> DocxDocument:
    """Digital färdplan för socialnämnden, decided in the förvaltning's digitaliseringsforum."""
    doc = new_document("Digital färdplan för socialnämnden 2021–2023", dt.datetime(2021, 3, 18, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Digital färdplan för socialnämnden 2021–2023", style="Title")
    add_paragraphs(doc, [
        "Beslutad i digitaliseringsforum för socialförvaltningen 2021-03-16",
        "Ansvarig: Utvecklingschef, socialförvaltningen",
    ])

    doc.add_heading("Inledning", level=1)
    add_paragraphs(doc, [
        "Färdplanen beskriver vilka digitala förändringar socialförvaltningen vill åstadkomma "
        "under de kommande tre åren. Den har tagits fram i workshops med förvaltningens "
        "ledningsgrupp och verksamheterna, med stöd av förvaltningens IT-strateg.",
        "Digitaliseringsforumet beslutar om färdplanen och om prioriteringen av initiativen. "
        "Initiativ som kan vara till nytta för fler förvaltningar lyfts till "
        "digitaliseringsrådet.",
    ])

    doc.add_heading("Prioriterade initiativ", level=1)
    add_grid_table(doc, ["Initiativ", "Förväntad nytta", "Komplexitet", "Prioritet"], [
        ["Digital ansökan om ekonomiskt bistånd, även vid fortsatt bistånd",
         "Kortare väntetid för den sökande och mindre manuell registrering", "Medel", "1"],
        ["Digital signering av myndighetsbeslut", "Snabbare beslut och mindre papper", "Låg", "1"],
        ["Gemensam struktur för dokumentation i Stratsys", "Överblick över initiativ och projekt",
         "Låg", "2"],
        ["Digitala möten med klienter", "Färre inställda möten", "Medel", "3"],
    ])

    doc.add_heading("Resurser", level=1)
    doc.add_paragraph(
        "Initiativen finansieras inom nämndens budget. Förvaltningen prioriterar initiativ där "
        "nyttan är tydlig innan arbetet startar, eftersom utrymmet för nya satsningar är litet."
    )
    return doc


def build_vard_och_omsorg_modell() -> DocxDocument:
    """Beskrivning av modell för digitalisering, vård- och omsorgsförvaltningen (revised 2021-06-07)."""
    doc = new_document("Beskrivning av modell för digitalisering", dt.datetime(2021, 6, 7, 15, 0, 0), AUTHOR)
    set_header(doc, "Lunds kommun – Vård- och omsorgsförvaltningen")
    doc.add_paragraph("Beskrivning av modell för digitalisering", style="Title")
    add_label_table(doc, [
        ("Fastställd av", "Förvaltningschef"),
        ("Senast reviderad", "2021-06-07"),
        ("Gäller för", "Vård- och omsorgsförvaltningen"),
        ("Dokumentägare", "Utvecklingsledare digitalisering"),
    ])

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Förvaltningen använder kommunens digitaliserings- och systemförvaltningsmodell, men den "
        "beskriver inte hur identifierade behov ska utredas vidare eller hur digitala "
        "förändringar ska genomföras och utvärderas. Den här beskrivningen kompletterar därför "
        "kommunens modell för vård och omsorg."
    )

    doc.add_heading("Styrgrupp för digitalisering", level=1)
    add_paragraphs(doc, [
        "Förvaltningens ledningsgrupp är styrgrupp för digitaliseringen.",
        "Styrgruppen ska",
    ])
    add_bullets(doc, [
        "fatta beslut om långsiktiga mål och strategier för digitaliseringen och se till att de "
        "följs,",
        "besluta om vilka förändringsåtgärder som ska genomföras,",
        "bidra med kompetens och råd,",
        "se till att utveckling och förvaltning bidrar till att verksamhetens mål nås,",
        "säkerställa att utveckling och förvaltning sker enligt riktlinjer och andra "
        "styrdokument,",
        "se till att det finns förutsättningar att genomföra de åtgärder som har beslutats.",
    ])

    doc.add_heading("Roller", level=1)
    add_grid_table(doc, ["Roll", "Uppgift"], [
        ["Utvecklingsledare", "Leder förvaltningens digitaliseringsarbete och bereder ärenden "
                              "till styrgruppen."],
        ["Projektledare", "Planerar och leder piloter och införanden."],
        ["Digiutvecklare", "Stödjer verksamheterna i att använda och förbättra digitala "
                           "lösningar."],
    ])

    doc.add_heading("Arbetsprocess", level=1)
    add_paragraphs(doc, [
        "Arbetet sker i tre faser: pilot, införande och förvaltning. Varje fas har fyra steg som "
        "upprepas i en cirkel: planera, genomföra, pröva och lära. När en fas är klar går "
        "arbetet vidare till första steget i nästa fas. Förvaltningsfasen upprepas så länge "
        "lösningen används, som ett ständigt förbättringsarbete.",
        "Innan en pilot startar görs en riskanalys.",
    ])
    return doc


# ------------------------------------------------------------------- project documents


def build_projektplan_bygglov() -> DocxDocument:
    """Projektplan: Digitalt bygglov (stadsbyggnadskontoret)."""
    doc = new_document("Projektplan: Digitalt bygglov", dt.datetime(2017, 9, 25, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Projektplan: Digitalt bygglov", style="Title")
    add_label_table(doc, [
        ("Projektägare", "Stadsbyggnadsdirektör"),
        ("Projektledare", "Bygglovsenheten, stadsbyggnadskontoret"),
        ("Godkänd av", "Stadsbyggnadskontorets ledningsgrupp"),
        ("Datum", "2017-09-25"),
        ("Budget", "596 600 kr"),
    ])

    doc.add_heading("1. Bakgrund", level=1)
    doc.add_paragraph(
        "Ansökningar om bygglov kommer i dag till största delen in på papper. Handlingarna "
        "skannas och registreras manuellt, och kompletteringar begärs och skickas med post. "
        "Stadsbyggnadskontoret vill ersätta detta med en digital bygglovsprocess från ansökan "
        "till beslut."
    )
    doc.add_heading("2. Syfte och mål", level=1)
    doc.add_paragraph("Projektet ska införa en digital bygglovsprocess. Målen är att")
    add_bullets(doc, [
        "göra det enklare för sökande att ansöka,",
        "minska den administrativa bördan för medarbetarna på bygglovsenheten,",
        "korta handläggningstiderna för bygglovsbeslut,",
        "ge sökande snabbare service och support,",
        "öka motivationen för fortsatt digitalisering i förvaltningen.",
    ])
    doc.add_heading("3. Nyttokalkyl", level=1)
    doc.add_paragraph(
        "Nyttan beräknas främst som minskad tid för registrering, skanning och utskick, uppskattad "
        "till motsvarande en halv årsarbetskraft, och som kortare väntetid för sökande. "
        "Kostnaderna är projektets budget och årliga licenskostnader för e-tjänsten."
    )
    doc.add_heading("4. Riskanalys", level=1)
    add_grid_table(doc, ["Risk", "Sannolikhet", "Konsekvens", "Åtgärd"], [
        ["Sökande fortsätter att lämna in på papper", "Medel", "Medel",
         "Information till återkommande sökande och hjälp i kundtjänst"],
        ["Integrationen med ärendesystemet försenas", "Medel", "Hög", "Tidig test med leverantören"],
        ["Medarbetare hinner inte lära sig det nya arbetssättet", "Låg", "Medel",
         "Utbildning före start och stöd första månaderna"],
    ])
    doc.add_heading("5. Tidplan och budget", level=1)
    doc.add_paragraph(
        "Projektet startar hösten 2017 och avslutas hösten 2018. Budgeten är 596 600 kronor."
    )
    doc.add_heading("6. Uppföljning och utvärdering", level=1)
    doc.add_paragraph(
        "Projektet utvärderas i en slutrapport där måluppfyllelsen redovisas för "
        "stadsbyggnadskontorets ledningsgrupp."
    )
    return doc


def build_slutrapport_bygglov() -> DocxDocument:
    """Slutrapport Digitalt bygglov, 2018-11-06."""
    doc = new_document("Slutrapport Digitalt bygglov", dt.datetime(2018, 11, 6, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Slutrapport Digitalt bygglov", style="Title")
    add_label_lines(doc, [
        ("Datum", "2018-11-06"),
        ("Projektägare", "Stadsbyggnadsdirektör"),
        ("Godkänd av", "Stadsbyggnadskontorets ledningsgrupp"),
    ])

    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph(
        "Den digitala bygglovsprocessen är införd. Sökande kan ansöka, komplettera och följa sitt "
        "ärende digitalt, och handläggningen sker helt i det digitala flödet."
    )
    doc.add_heading("Syfte och mål – måluppfyllelse", level=1)
    add_grid_table(doc, ["Mål", "Uppnått"], [
        ["Enklare ansökan för sökande", "Ja"],
        ["Mindre administration för bygglovsenheten", "Ja"],
        ["Kortare handläggningstider", "Delvis, mätningen fortsätter under 2019"],
        ["Snabbare service och support", "Ja"],
        ["Ökad motivation för fortsatt digitalisering", "Ja"],
    ])
    doc.add_heading("Nyttokalkyl – utfall", level=1)
    doc.add_paragraph(
        "Den manuella registreringen och skanningen har i stort sett upphört. Utfallet motsvarar "
        "den nytta som beräknades i projektplanen. Projektet höll budgeten."
    )
    doc.add_heading("Riskanalys – hur riskerna hanterades", level=1)
    doc.add_paragraph(
        "Integrationen med ärendesystemet blev försenad men kunde lösas inom tidplanen. Andelen "
        "pappersansökningar minskade snabbare än väntat."
    )
    doc.add_heading("Utvärdering", level=1)
    doc.add_paragraph(
        "Medarbetare och ett urval av sökande har intervjuats. Båda grupperna uppfattar den "
        "digitala processen som enklare och snabbare. Lärdomarna tas till vara i "
        "förvaltningens projekt om digital planproduktion."
    )
    return doc


def build_projektplan_wellbee() -> DocxDocument:
    """Projektplan Wellbee (vård- och omsorgsförvaltningen), dated 2019-06-05."""
    doc = new_document("Projektplan Wellbee", dt.datetime(2019, 6, 5, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Projektplan Wellbee", style="Title")
    add_paragraphs(doc, [
        "Vård- och omsorgsförvaltningen, 2019-06-05",
        "Projekttid: 2019-08-12 – 2020-09-15",
    ])

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Personer med behov av kognitivt stöd behöver ofta hjälp av personal för att planera "
        "dagen, komma i tid och komma ihåg vad som ska med. Wellbee är en app för "
        "dagsplanering med checklistor som kan göra dem mer självständiga."
    )
    doc.add_heading("Syfte och mål", level=1)
    doc.add_paragraph(
        "Syftet är att brukaren ska bli mindre beroende av personal. Målet är att brukaren med "
        "stöd av appen kommer till rätt plats i rätt tid, får med sig rätt saker till sina "
        "aktiviteter och klarar till exempel inköp mer självständigt."
    )
    doc.add_heading("Ekonomi och nyttokalkyl", level=1)
    doc.add_paragraph(
        "Projektets kostnad är 45 000 kronor för licenser, utbildning och projektledning. "
        "Nyttan beräknas som färre insatser av personal för påminnelser och följeslagning och "
        "som ökad självständighet för brukaren."
    )
    doc.add_heading("Risker", level=1)
    doc.add_paragraph(
        "Riskanalysen visar två huvudsakliga risker: att brukare inte vill eller kan använda "
        "appen, och att personalen inte hinner stödja införandet. Projektet hanterar dem genom "
        "att starta med frivilliga brukare och avsätta tid för personalen."
    )
    doc.add_heading("Arbetssätt och organisering", level=1)
    doc.add_paragraph(
        "Projektet leds av en projektledare från förvaltningens utvecklingsenhet. "
        "Förvaltningens styrgrupp för digitalisering är beställare."
    )
    doc.add_heading("Uppföljning och utvärdering", level=1)
    doc.add_paragraph(
        "Projektet utvärderas när det avslutas. Brukare och personal intervjuas och nyttan "
        "jämförs med nyttokalkylen."
    )
    return doc


def build_slutrapport_wellbee() -> DocxDocument:
    """Slutrapport Wellbee, 2020-09-11."""
    doc = new_document("Slutrapport Wellbee", dt.datetime(2020, 9, 11, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Slutrapport Wellbee", style="Title")
    doc.add_paragraph("Vård- och omsorgsförvaltningen, 2020-09-11")

    doc.add_heading("1 Syfte och mål", level=1)
    doc.add_paragraph(
        "Projektets syfte var att göra brukare med behov av kognitivt stöd mindre beroende av "
        "personal i vardagen."
    )
    doc.add_heading("2 Uppföljning och uppnådd nytta", level=1)
    add_paragraphs(doc, [
        "Tolv brukare har använt appen under projekttiden. Tio av dem använder den fortfarande "
        "dagligen. Personalen uppger att behovet av påminnelser har minskat.",
        "Den uppnådda nyttan motsvarar nyttokalkylen i projektplanen.",
    ])
    doc.add_heading("3 Risker", level=1)
    doc.add_paragraph(
        "Den största risken, att brukare inte skulle vilja använda appen, inträffade för två av "
        "brukarna. Övriga risker inträffade inte."
    )
    doc.add_heading("4 Utvärdering och fortsättning", level=1)
    doc.add_paragraph(
        "Utvärderingen visar att appen ökar brukarnas självständighet. Förvaltningen inför "
        "Wellbee i fler verksamheter inom ordinarie budget."
    )
    return doc


def build_projektplan_meraki() -> DocxDocument:
    """Projektplan: Avveckling av Meraki, a simplified plan without benefit calculation or evaluation."""
    doc = new_document("Projektplan: Avveckling av Meraki", dt.datetime(2019, 11, 20, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Projektplan: Avveckling av Meraki", style="Title")
    add_label_lines(doc, [
        ("Förvaltning", "Kommunkontoret, IT- och digitaliseringsavdelningen"),
        ("Start", "2019-11-24"),
        ("Slut", "2021-02-28"),
    ])
    doc.add_paragraph(
        "Förenklad plan. Avvecklingen är ett mindre förändringsarbete och drivs inte enligt "
        "kommunens projektmall."
    )

    doc.add_heading("Bakgrund och syfte", level=1)
    doc.add_paragraph(
        "Skolorna har gått över till MobileIron och JAMF för att hantera sina mobila enheter. "
        "Meraki får inte längre support. Omkring 11 000 enheter har redan flyttats till JAMF, "
        "och det återstår att planera och genomföra avvecklingen av Meraki."
    )
    doc.add_heading("Konsekvens- och riskanalys", level=1)
    add_grid_table(doc, ["Konsekvens eller risk", "Hantering"], [
        ["Enheter som inte kan flyttas måste ersättas", "Inventering och inköp av nya enheter"],
        ["Skolor förlorar tillfälligt åtkomst till appar", "Flytt under lov, skola för skola"],
        ["Specialanpassade paket fungerar inte i den nya lösningen", "Paketeras om av leverantören"],
    ])
    doc.add_heading("Kostnader", level=1)
    add_bullets(doc, [
        "Nya enheter där de gamla inte kan flyttas (kostnaden är inte beräknad).",
        "MobileIron: 58 kronor per enhet och månad.",
        "Specialanpassade paket: 600 kronor per timme.",
    ])
    doc.add_heading("Handlingsplan", level=1)
    add_bullets(doc, [
        "Inventera de enheter som finns kvar i Meraki.",
        "Flytta de enheter som går att flytta.",
        "Beställ ersättning för övriga enheter.",
        "Säg upp avtalet för Meraki.",
    ])
    return doc


DOCUMENTS: tuple[tuple[str, Builder], ...] = (
    ("digitaliserings-och-systemforvaltningsmodellen.docx", build_modell),
    ("handbok-digitaliseringsmodellen.docx", build_handbok),
    ("reglemente-kommunstyrelsen.docx", build_reglemente),
    ("delegationsordning-kommunstyrelsen.docx", build_delegationsordning),
    ("digital-fardplan-socialnamnden.docx", build_fardplan_social),
    ("modell-digitalisering-vard-och-omsorg.docx", build_vard_och_omsorg_modell),
    ("projektplan-digitalt-bygglov.docx", build_projektplan_bygglov),
    ("slutrapport-digitalt-bygglov.docx", build_slutrapport_bygglov),
    ("projektplan-wellbee.docx", build_projektplan_wellbee),
    ("slutrapport-wellbee.docx", build_slutrapport_wellbee),
    ("projektplan-avveckling-meraki.docx", build_projektplan_meraki),
)


if __name__ == "__main__":
    main(OUTPUT_DIR, DOCUMENTS)
