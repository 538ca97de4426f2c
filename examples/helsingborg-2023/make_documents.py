"""Write the governing documents of the Helsingborg 2023 example workspace.

The workspace models the state that KPMG's audit of Helsingborgs stad's IT and digitalisation
governance (2023-11-27, seed file ``002_b5b17ebf99716bb4.txt``) describes: an IT policy adopted
by kommunfullmäktige in 2008 that still names the unit that became Digitaliseringsavdelningen,
digital principles decided by the digitaliseringsdirektör in September 2023, the
kommunstyrelse's reglemente, and kommunfullmäktige's Plan för mål och ekonomi 2023, which
mentions IT and digitalisation only as budget changes and investments. No digitalisation
strategy or programme, prioritisation model or follow-up report exists.

The facts come from the audit report; every sentence in the documents is written for this
example. Run from anywhere::

    python examples/helsingborg-2023/make_documents.py

The output is deterministic: fixed core properties, fixed zip timestamps and a sorted member
order, so re-running gives byte-identical files (with the same Python and zlib).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docgen import (  # noqa: E402
    Builder, DocxDocument, add_bullets, add_label_lines, add_label_table, add_paragraphs, main, new_document,
)

OUTPUT_DIR = Path(__file__).resolve().parent / "documents"
AUTHOR = "Helsingborgs stad"


# --------------------------------------------------------------------------- documents


def build_it_policy() -> DocxDocument:
    """IT-policy för Helsingborgs stad, adopted by kommunfullmäktige 2008-09-12."""
    doc = new_document("IT-policy för Helsingborgs stad", dt.datetime(2008, 9, 15, 9, 0, 0), AUTHOR)
    doc.add_paragraph("IT-policy för Helsingborgs stad", style="Title")
    add_label_table(doc, [
        ("Beslutad av", "Kommunfullmäktige"),
        ("Beslutsdatum", "2008-09-12"),
        ("Paragraf", "§ 187"),
        ("Diarienummer", "KS 2008/0412"),
        ("Dokumentansvarig", "IT-chef"),
    ])
    doc.add_paragraph("Antagen av kommunfullmäktige 2008-09-12, § 187")

    doc.add_heading("1 Syfte", level=1)
    add_paragraphs(doc, [
        "Informationstekniken ska användas så att den ger nytta för stadens invånare, företag "
        "och medarbetare. Policyn anger de grundläggande principerna för hur IT används, "
        "utvecklas och förvaltas i Helsingborgs stad och hur ansvaret fördelas mellan "
        "kommunstyrelsen och nämnderna.",
        "Målet är ett samordnat, kostnadseffektivt och säkert IT-stöd som underlättar "
        "verksamhetsutveckling och ger invånarna god service.",
    ])

    doc.add_heading("2 Omfattning", level=1)
    add_paragraphs(doc, [
        "Policyn gäller för samtliga nämnder, styrelser och förvaltningar i Helsingborgs stad.",
        "Den omfattar all utrustning, alla system och alla tjänster som används i stadens "
        "verksamhet, oavsett om de drivs av staden själv eller av en extern leverantör.",
    ])

    doc.add_heading("3 Ansvar och roller", level=1)
    doc.add_paragraph(
        "Ansvaret för IT är delat. Kommunstyrelsen svarar för det som är gemensamt för staden "
        "och nämnderna svarar för det IT-stöd som bara används i den egna verksamheten."
    )
    doc.add_heading("3.1 Kommunstyrelsen", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen, genom kommunikations- och utvecklingsavdelningen, ansvarar för"
    )
    add_bullets(doc, [
        "att bygga upp, driva och förvalta stadens gemensamma IT-infrastruktur med nät, "
        "servrar, lagring och kommunikationstjänster,",
        "att besluta i frågor om de system som är gemensamma för flera förvaltningar och att "
        "förvalta dessa system,",
        "att utfärda regler och anvisningar för IT-säkerheten och följa att de tillämpas,",
        "att samordna upphandlingen av IT-stöd, datorer, programvaror och IT-tjänster för "
        "stadens räkning,",
        "att samordna stadens IT-frågor och stödja förvaltningarnas verksamhetsutveckling med "
        "kompetens inom IT.",
    ])
    doc.add_paragraph(
        "Kommunikations- och utvecklingsavdelningen är stadens samordnande funktion för IT och "
        "nämndernas kontaktpunkt i frågor som rör den gemensamma IT-miljön."
    )
    doc.add_heading("3.2 Nämnderna", level=2)
    doc.add_paragraph("Nämnderna och deras förvaltningar ansvarar för")
    add_bullets(doc, [
        "att de verksamhetssystem som bara används i den egna verksamheten anskaffas, "
        "förvaltas och används på ett ändamålsenligt sätt,",
        "att policyn och de anvisningar som följer av den är kända och följs av medarbetarna,",
        "att IT-utrustning, gemensamma tjänster och nya system beställs via kommunikations- "
        "och utvecklingsavdelningen,",
        "att medarbetare och förtroendevalda får den utbildning som behövs för att använda "
        "stadens IT-stöd.",
    ])
    doc.add_paragraph(
        "Varje förvaltning utser en kontaktperson för IT-frågor gentemot kommunikations- och "
        "utvecklingsavdelningen."
    )

    doc.add_heading("4 IT-säkerhet", level=1)
    doc.add_paragraph(
        "Stadens information ska skyddas så att den är tillgänglig för dem som behöver den, "
        "är korrekt och inte kommer obehöriga till del. Alla som använder stadens IT-stöd har "
        "ett eget ansvar för att följa gällande säkerhetsanvisningar."
    )
    doc.add_heading("Behörigheter", level=2)
    doc.add_paragraph(
        "Behörighet till stadens system ges utifrån medarbetarens arbetsuppgifter och tas bort "
        "när anställningen eller uppdraget upphör. Närmaste chef ansvarar för att "
        "behörigheterna hålls aktuella. Lösenord är personliga och får inte lämnas ut."
    )
    doc.add_heading("Säkerhetskopiering", level=2)
    doc.add_paragraph(
        "Information i gemensamma system säkerhetskopieras regelbundet. Den som ansvarar för "
        "ett verksamhetssystem ska se till att det finns rutiner för säkerhetskopiering och "
        "återläsning."
    )

    doc.add_heading("5 Uppföljning", level=1)
    doc.add_paragraph(
        "Hur policyn efterlevs följs upp inom ramen för den ordinarie verksamheten. Policyn "
        "ses över vid behov."
    )
    return doc


def build_digitala_principer() -> DocxDocument:
    """Digitala principer, decided by the digitaliseringsdirektör 2023-09-28."""
    doc = new_document("Digitala principer", dt.datetime(2023, 9, 28, 14, 0, 0), AUTHOR)
    doc.add_paragraph("Digitala principer", style="Title")
    doc.add_paragraph("Beslutad av digitaliseringsdirektören 2023-09-28")
    add_label_lines(doc, [
        ("Dokumenttyp", "Riktlinje"),
        ("Dokumentansvarig", "Digitaliseringsavdelningen"),
        ("Gäller för", "Samtliga förvaltningar"),
    ])

    doc.add_heading("Bakgrund och syfte", level=1)
    add_paragraphs(doc, [
        "De digitala principerna ska vägleda stadens förvaltningar när digitala tjänster och "
        "IT-stöd tas fram, upphandlas, utvecklas och förvaltas. De ska bidra till att "
        "digitaliseringen stödjer verksamheterna i deras uppdrag och hjälper dem att nå sina "
        "mål.",
        "Principerna är ett stöd i det dagliga arbetet. De ersätter inte de beslut som "
        "kommunfullmäktige, kommunstyrelsen eller nämnderna fattar.",
    ])

    doc.add_heading("Så används principerna", level=1)
    add_paragraphs(doc, [
        "Principerna används när ett nytt behov utreds, när ett initiativ ska prövas, vid "
        "upphandling och när befintliga lösningar vidareutvecklas. Digitaliseringsavdelningen "
        "ger stöd i hur de tillämpas.",
        "Digitaliseringsrådet, där förvaltningarnas digitaliseringsstrateger ingår, är ett "
        "rådgivande forum till digitaliseringsdirektören och kan lämna synpunkter på hur "
        "principerna fungerar i praktiken. Rådet har inget eget beslutsmandat.",
    ])

    doc.add_heading("Principer", level=1)
    principles = [
        ("Användarens behov först",
         "Vi utgår från behoven hos invånare, företag och medarbetare. Nya lösningar prövas "
         "tillsammans med dem som ska använda dem och utvecklas stegvis utifrån deras "
         "erfarenheter."),
        ("Digitalt först",
         "När en tjänst tas fram eller ses över är den digitala vägen förstahandsvalet, så "
         "länge den gör det enklare för användaren. Den som inte kan eller vill använda "
         "digitala kanaler ska ändå få hjälp på annat sätt."),
        ("Återanvänd innan du köper, köp innan du bygger",
         "Innan något nytt anskaffas undersöker vi om behovet kan mötas med en lösning som "
         "staden redan har. Finns ingen sådan väljer vi i första hand en standardprodukt och "
         "bygger egna lösningar bara när det är motiverat."),
        ("Gemensamma plattformar",
         "Stadens gemensamma plattformar för digital service, ärendehantering och data "
         "används när de kan möta behovet. Det sänker kostnaderna, förenklar förvaltningen "
         "och gör det lättare att dela information mellan förvaltningarna."),
        ("Öppna standarder och öppna data",
         "Vi väljer lösningar som bygger på öppna standarder och har dokumenterade "
         "gränssnitt, så att information kan flyttas och system kan bytas ut. Information som "
         "inte omfattas av sekretess eller annat skydd görs tillgänglig som öppna data när "
         "det är möjligt."),
        ("Informationssäkerhet och dataskydd från början",
         "Informationssäkerhet och skydd av personuppgifter beaktas redan när ett behov "
         "utreds. Informationen klassas och riskerna bedöms innan en lösning tas i drift, och "
         "det ska vara tydligt vem som ansvarar för systemet och informationen."),
        ("Tillgängligt för alla",
         "Digitala tjänster ska kunna användas av alla, oavsett funktionsförmåga, och "
         "uppfylla de krav på digital tillgänglighet som gäller för offentlig sektor."),
    ]
    for heading, text in principles:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)

    doc.add_heading("Ansvar", level=1)
    doc.add_paragraph(
        "Varje förvaltning ansvarar för att principerna tillämpas i det egna arbetet. "
        "Digitaliseringsavdelningen ansvarar för att principerna hålls aktuella och för att "
        "informera om dem."
    )
    return doc


def build_reglemente_kommunstyrelsen() -> DocxDocument:
    """Reglemente för kommunstyrelsen, adopted by kommunfullmäktige 2020-04-21."""
    doc = new_document("Reglemente för kommunstyrelsen", dt.datetime(2020, 4, 27, 10, 0, 0), AUTHOR)
    doc.add_paragraph("Reglemente för kommunstyrelsen", style="Title")
    add_paragraphs(doc, [
        "Antaget av kommunfullmäktige den 21 april 2020, § 54",
        "Dnr KS 2020/0311",
    ])
    add_label_lines(doc, [
        ("Gäller för", "Kommunstyrelsen"),
        ("Dokumentansvarig", "Stadsdirektören"),
    ])
    doc.add_paragraph(
        "Utöver det som föreskrivs i kommunallagen (2017:725) och i annan lagstiftning gäller "
        "bestämmelserna i detta reglemente för kommunstyrelsen."
    )

    doc.add_heading("Kommunstyrelsens uppgifter", level=1)

    doc.add_heading("§ 1 Styrelsens roll", level=2)
    add_paragraphs(doc, [
        "Kommunstyrelsen är stadens ledande politiska förvaltningsorgan och har det samlade "
        "ansvaret för att leda och samordna stadens utveckling och ekonomiska ställning.",
        "Styrelsen ska verka för att de mål och riktlinjer som kommunfullmäktige har beslutat "
        "genomförs och följs upp. Stadsledningsförvaltningen är kommunstyrelsens förvaltning "
        "och leds av stadsdirektören.",
    ])

    doc.add_heading("§ 2 Ledning och samordning", level=2)
    doc.add_paragraph("Kommunstyrelsen ska leda och samordna")
    add_bullets(doc, [
        "planeringen av stadens verksamhet och ekonomi,",
        "utvecklingen av stadens organisation och styrmodell,",
        "stadens övergripande och strategiska processer för digitalisering och kommunikation, "
        "vilket innefattar att utveckla dessa processer och att svara för drift och underhåll "
        "av stadens digitala system och verksamhetssystem,",
        "arbetet med att effektivisera och utveckla stadens verksamhet,",
        "stadens arbete med säkerhet och krisberedskap.",
    ])

    doc.add_heading("§ 3 Uppsiktsplikt", level=2)
    add_paragraphs(doc, [
        "Kommunstyrelsen ska ha uppsikt över nämndernas verksamhet och över den verksamhet "
        "som staden bedriver i andra former. Styrelsen ska särskilt följa att verksamheten "
        "bedrivs i enlighet med de mål och riktlinjer som kommunfullmäktige har bestämt, att "
        "den är ändamålsenlig och att den ekonomiska förvaltningen är tillfredsställande.",
        "Styrelsen får begära de upplysningar och yttranden från nämnderna som behövs för "
        "uppsikten. Finner styrelsen att en nämnd inte följer kommunfullmäktiges beslut ska "
        "styrelsen lämna förslag till kommunfullmäktige om de åtgärder som behövs.",
        "Nämnderna rapporterar minst två gånger per år till kommunstyrelsen hur verksamheten "
        "utvecklas och hur den ekonomiska ställningen är under budgetåret.",
    ])

    doc.add_heading("§ 4 Ekonomisk förvaltning", level=2)
    add_paragraphs(doc, [
        "Kommunstyrelsen bereder förslag till budget och ansvarar för stadens "
        "medelsförvaltning. Styrelsen ska se till att stadens medel förvaltas så att krav på "
        "god avkastning och betryggande säkerhet kan tillgodoses.",
        "Styrelsen upprättar stadens årsredovisning och delårsrapporter, svarar för "
        "upplåning inom de ramar som kommunfullmäktige har beslutat och följer upp att "
        "nämnderna håller sina budgetramar.",
    ])

    doc.add_heading("§ 5 Personalpolitik", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen har det övergripande ansvaret för stadens arbetsgivarpolitik och "
        "personalpolitik. Styrelsen företräder staden som arbetsgivare, förhandlar med "
        "arbetstagarorganisationerna och sluter kollektivavtal. Styrelsen ansvarar också för "
        "frågor om lönepolitik, kompetensförsörjning och arbetsmiljö som berör hela staden."
    )

    doc.add_heading("Arbetsformer", level=1)

    doc.add_heading("§ 6 Delegering och anmälan av beslut", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen får uppdra åt ledamot, ersättare eller anställd att besluta på "
        "styrelsens vägnar i en viss grupp av ärenden enligt 6 kap. 37 § och 7 kap. 5 § "
        "kommunallagen. Beslut som fattas med stöd av delegering ska anmälas till styrelsen "
        "vid nästa sammanträde."
    )

    doc.add_heading("§ 7 Sammanträden", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen sammanträder på dag och tid som styrelsen bestämmer. Sammanträde "
        "ska också hållas om minst en tredjedel av ledamöterna begär det eller om ordföranden "
        "anser att det behövs."
    )
    return doc


def build_plan_mal_och_ekonomi() -> DocxDocument:
    """Plan för mål och ekonomi 2023, adopted by kommunfullmäktige in November 2022.

    The audit read this plan for goals on IT and digitalisation and found only general mentions:
    budget changes (the new price and cost model for the common digitalisation work from
    2023-01-01) and city-wide investments (the platform for digital service, case and data
    management, 23 mkr over the plan period, following a KF decision of June 2021). It sets no
    goals or strategies for IT or digitalisation. The decision date, § and diarienummer are
    illustrative; the report does not give them.
    """
    doc = new_document("Plan för mål och ekonomi 2023", dt.datetime(2022, 11, 28, 8, 30, 0), AUTHOR)
    doc.add_paragraph("Plan för mål och ekonomi 2023", style="Title")
    doc.add_paragraph("Budget 2023 med plan för åren 2024 och 2025")
    add_label_table(doc, [
        ("Beslutad av", "Kommunfullmäktige"),
        ("Beslutsdatum", "2022-11-23"),
        ("Paragraf", "§ 176"),
        ("Diarienummer", "KS 2022/0698"),
        ("Dokumentansvarig", "Stadsledningsförvaltningen"),
        ("Gäller för", "Kommunstyrelsen och samtliga nämnder"),
    ])

    doc.add_heading("1 Inledning", level=1)
    add_paragraphs(doc, [
        "I planen lägger kommunfullmäktige fast den ekonomiska ramen för budgetåret 2023 och "
        "inriktningen för de två år som följer. Här framgår nämndernas kommunbidrag, stadens "
        "investeringar och de uppdrag som fullmäktige lämnar till kommunstyrelsen och "
        "nämnderna.",
        "Helsingborg styrs med tillit till medarbetarnas kunskap och omdöme. Fullmäktige "
        "anger därför ett fåtal övergripande inriktningar och överlåter åt nämnderna att "
        "avgöra hur de bäst genomförs i den egna verksamheten.",
    ])

    doc.add_heading("2 Styrmodell", level=1)
    add_paragraphs(doc, [
        "Stadens vision är den långsiktiga riktningen för alla verksamheter. Kommunfullmäktige "
        "styr i första hand genom ramar och uppdrag i denna plan. Nämnderna beslutar själva om "
        "sina verksamhetsplaner och om hur de använder sina ramar.",
        "Invånarnas förväntningar på service förändras snabbt. Nya digitala arbetssätt ger "
        "möjligheter att förenkla kontakten med staden och att använda resurserna bättre, och "
        "nämnderna förutsätts ta vara på dem i sin verksamhetsutveckling.",
    ])

    doc.add_heading("3 God ekonomisk hushållning", level=1)
    doc.add_paragraph(
        "För god ekonomisk hushållning gäller följande finansiella mål för planperioden:"
    )
    add_bullets(doc, [
        "Stadens resultat ska varje år uppgå till minst 1 procent av skatteintäkter och "
        "generella statsbidrag.",
        "Under planperioden ska minst 70 procent av de skattefinansierade investeringarna "
        "betalas med egna medel.",
    ])

    doc.add_heading("4 Förändringar i budgeten", level=1)
    doc.add_heading("4.1 Ny pris- och kostnadsmodell för den gemensamma digitaliseringen", level=2)
    add_paragraphs(doc, [
        "Från och med den 1 januari 2023 finansieras stadens gemensamma digitaliseringsarbete "
        "enligt en ny pris- och kostnadsmodell. Modellen ska göra det lättare att hålla "
        "förändringstakten uppe i stadens arbete med innovation och digitalisering och ge "
        "verksamheterna skäl att samverka med varandra.",
        "Nämndernas kommunbidrag minskas därför från 2023. Kommunstyrelsens kommunbidrag ökas "
        "med motsvarande belopp, som är avsett för Digitaliseringsavdelningen på "
        "stadsledningsförvaltningen.",
    ])
    doc.add_heading("4.2 Övriga förändringar", level=2)
    doc.add_paragraph(
        "Nämndernas ramar räknas upp med hänsyn till löne- och prisutvecklingen och till "
        "förändringar i antalet invånare i olika åldrar."
    )

    doc.add_heading("5 Investeringar", level=1)
    add_paragraphs(doc, [
        "Investeringarna redovisas per nämnd. Utöver dessa finns stadsgemensamma investeringar "
        "som kommunstyrelsen ansvarar för.",
        "Den största stadsgemensamma investeringen gäller en gemensam plattform för digital "
        "service och för hantering av ärenden och data. Arbetet bygger på det beslut som "
        "kommunfullmäktige fattade i juni 2021, då Digitaliseringsavdelningen fick i uppdrag "
        "att bygga upp plattformen för hela staden. Utgiften för plattformen beräknas till "
        "sammanlagt 23 mkr under planperioden.",
    ])

    doc.add_heading("6 Uppföljning", level=1)
    doc.add_paragraph(
        "Nämnderna redovisar utfallet av sin verksamhet och ekonomi till kommunfullmäktige i "
        "delårsrapporten per den 31 augusti och i årsredovisningen."
    )
    return doc


DOCUMENTS: tuple[tuple[str, Builder], ...] = (
    ("it-policy.docx", build_it_policy),
    ("digitala-principer.docx", build_digitala_principer),
    ("reglemente-kommunstyrelsen.docx", build_reglemente_kommunstyrelsen),
    ("plan-mal-och-ekonomi-2023.docx", build_plan_mal_och_ekonomi),
)


if __name__ == "__main__":
    main(OUTPUT_DIR, DOCUMENTS)
