"""Write the governing documents of the Örebro 2015 example workspace.

The workspace models the state (2014) that KPMG's audit of Örebro kommun's IT operations
describes (report of 2015-02-17, seed file ``003_7f11b7d78ec69990.txt``):

- an information security policy adopted by kommunstyrelsen (ärende Ks 1064/2013), with goals
  and roles, which also delegates the guidelines to the kommundirektör;
- guidelines for information security decided by the kommundirektör, covering the areas the
  audit lists (roles, classification, equipment, personnel, physical security, communication,
  operations, access, logging, system development, continuity, internal control, internet,
  e-mail, fax and telephony), for every part of the municipality except the companies;
- the decision to introduce pm3 as the model for management and development of IT support,
  started in Social välfärd, with no implementation plan;
- the reglementen of kommunstyrelsen and tekniska nämnden, which split IT between them
  (strategic development and central systems with kommunstyrelsen, operation and management
  of the IT systems with tekniska nämnden) and give the other boards no IT role;
- the project model PROJEKTiL (kommunledningen, October 2012), which asks for a benefit
  calculation and benefit realisation but no profitability calculation.

There is deliberately no IT strategy, no IT architecture and no system inventory: the audit
found none.

The facts come from the audit report; every sentence in the documents is written for this
example. Dates, § numbers and diarienummer that the report does not give are illustrative
(see README.md). Run from anywhere::

    python examples/orebro-2015/make_documents.py

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
AUTHOR = "Örebro kommun"


# --------------------------------------------------------------------------- documents


def build_informationssakerhetspolicy() -> DocxDocument:
    """Informationssäkerhetspolicy, adopted by kommunstyrelsen in ärende Ks 1064/2013."""
    doc = new_document("Informationssäkerhetspolicy för Örebro kommun", dt.datetime(2014, 1, 20, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Informationssäkerhetspolicy för Örebro kommun", style="Title")
    add_label_table(doc, [
        ("Dokumenttyp", "Policy"),
        ("Beslutad av", "Kommunstyrelsen"),
        ("Beslutsdatum", "2014-01-14"),
        ("Paragraf", "§ 9"),
        ("Diarienummer", "Ks 1064/2013"),
        ("Dokumentansvarig", "Kommundirektören"),
        ("Gäller för", "Kommunstyrelsen och samtliga nämnder med deras förvaltningar"),
    ])

    doc.add_heading("1 Inledning", level=1)
    add_paragraphs(doc, [
        "Nästan all kommunal verksamhet är i dag beroende av information som hanteras i "
        "informationssystem. Invånare, företag och medarbetare måste kunna lita på att den "
        "informationen finns tillgänglig när den behövs, att den är riktig och att den inte "
        "kommer obehöriga till del.",
        "Informationssäkerhet omfattar skyddet av all information, oavsett om den hanteras "
        "digitalt, på papper eller muntligt. Arbetet utgår från de fyra aspekterna "
        "tillgänglighet, riktighet, konfidentialitet och spårbarhet.",
    ])

    doc.add_heading("2 Syfte", level=1)
    doc.add_paragraph(
        "Policyn uttrycker kommunstyrelsens viljeinriktning för informationssäkerheten i "
        "Örebro kommun. Den anger vilka mål som gäller för arbetet och hur ansvaret är "
        "fördelat, och den är grunden för de riktlinjer och rutiner som preciserar hur "
        "informationen ska skyddas."
    )

    doc.add_heading("3 Omfattning", level=1)
    doc.add_paragraph(
        "Policyn gäller för kommunstyrelsen och för samtliga nämnder med deras förvaltningar. "
        "Den omfattar alla medarbetare, förtroendevalda, praktikanter och konsulter som "
        "hanterar kommunens information. De kommunala bolagen beslutar själva om sitt "
        "informationssäkerhetsarbete."
    )

    doc.add_heading("4 Mål för informationssäkerhetsarbetet", level=1)
    doc.add_paragraph("Kommunens informationssäkerhetsarbete ska leda till att")
    add_bullets(doc, [
        "alla medarbetare känner till de regler för informationssäkerhet som gäller i deras "
        "arbete,",
        "kommunens informationsförsörjning är säker och effektiv och ger ett ökat skydd och "
        "stöd för medarbetare, samarbetspartner och andra som berörs,",
        "de lagar, förordningar och föreskrifter som rör informationshanteringen är kända "
        "och efterlevs,",
        "de avtal som kommunen har ingått är kända och efterlevs,",
        "kommunens förmåga att hantera kriser och allvarliga störningar upprätthålls,",
        "både information och teknisk utrustning har ett skydd som står i proportion till "
        "deras värde,",
        "det finns en gemensam, säker och väldefinierad infrastruktur för intern och extern "
        "datakommunikation,",
        "hotbilden mot varje informationssystem som är viktigt för verksamheten analyseras "
        "löpande,",
        "händelser i informationssystemen som kan få negativa konsekvenser förebyggs.",
    ])
    doc.add_paragraph(
        "Utöver de långsiktiga målen ska varje förvaltning sätta årliga mål för "
        "informationssäkerheten. Dessa ingår i den ordinarie verksamhetsplaneringen."
    )

    doc.add_heading("5 Roller och ansvar", level=1)
    doc.add_heading("5.1 Kommunstyrelsen", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen har det yttersta ansvaret för informationssäkerheten i Örebro "
        "kommun och beslutar om denna policy."
    )
    doc.add_heading("5.2 Kommundirektören", level=2)
    add_paragraphs(doc, [
        "Kommundirektören ansvarar för att kommunens informationssäkerhetsarbete bedrivs i "
        "enlighet med den policy som kommunstyrelsen har fastställt.",
        "Kommundirektören ansvarar också för att det utses en systemägare för varje "
        "informationssystem i kommunen.",
    ])
    doc.add_heading("5.3 Systemägare", level=2)
    doc.add_paragraph(
        "Systemägaren ansvarar för informationssäkerheten i sitt system. Systemägaren "
        "klassar informationen, beslutar om behörigheter och ger anvisningar om vilken "
        "tillgänglighet och vilket skydd systemet ska ha."
    )
    doc.add_heading("5.4 IT-chefen", level=2)
    doc.add_paragraph(
        "IT-chefen ansvarar för att driften av kommunens system sker med den säkerhet som "
        "systemägarens anvisningar kräver."
    )
    doc.add_heading("5.5 Chefer och medarbetare", level=2)
    doc.add_paragraph(
        "Varje chef ansvarar för att medarbetarna känner till policyn och de riktlinjer som "
        "gäller. Varje medarbetare ansvarar för att följa dem och för att rapportera "
        "säkerhetsincidenter."
    )

    doc.add_heading("6 Riktlinjer", level=1)
    doc.add_paragraph(
        "Kommunstyrelsen uppdrar åt kommundirektören att besluta om de riktlinjer för "
        "informationssäkerhet som behövs för att policyn ska kunna tillämpas i hela "
        "kommunen."
    )

    doc.add_heading("7 Översyn", level=1)
    doc.add_paragraph(
        "Policyn ska ses över en gång per mandatperiod eller tidigare om förutsättningarna "
        "ändras väsentligt."
    )
    return doc


def build_riktlinjer_informationssakerhet() -> DocxDocument:
    """Riktlinjer för informationssäkerhet, decided by the kommundirektör under the policy."""
    doc = new_document("Riktlinjer för informationssäkerhet", dt.datetime(2014, 4, 2, 13, 0, 0), AUTHOR)
    doc.add_paragraph("Riktlinjer för informationssäkerhet", style="Title")
    add_paragraphs(doc, [
        "Beslutade av kommundirektören den 1 april 2014",
        "Dnr Ks 1064/2013",
    ])
    add_label_lines(doc, [
        ("Dokumentansvarig", "Informationssäkerhetsansvarig, IT-strategiavdelningen"),
        ("Gäller för", "Samtliga verksamheter i Örebro kommun utom de kommunala bolagen"),
    ])
    add_paragraphs(doc, [
        "Riktlinjerna preciserar Informationssäkerhetspolicy för Örebro kommun. "
        "Kommunstyrelsen har i samband med att policyn antogs gett kommundirektören i uppdrag "
        "att besluta om dem.",
        "De kommunala bolagen omfattas inte. Varje bolag tar fram egna riktlinjer för sin "
        "informationssäkerhet.",
    ])

    doc.add_heading("1. Roller och ansvar", level=1)
    add_paragraphs(doc, [
        "Förvaltningschefen ansvarar för informationssäkerheten i sin förvaltning och för att "
        "det finns en systemägare för varje system som förvaltningen använder.",
        "Informationssäkerhetsansvarig ansvarar för att samordna kommunens "
        "informationssäkerhetsarbete, ge stöd till förvaltningarna och hålla riktlinjerna "
        "aktuella.",
        "Systemförvaltaren ansvarar på systemägarens uppdrag för den löpande förvaltningen av "
        "systemet och för att behörigheter och dokumentation hålls aktuella.",
    ])

    doc.add_heading("2. Informationsklassning", level=1)
    doc.add_paragraph(
        "All information ska klassas utifrån kraven på tillgänglighet, riktighet och "
        "konfidentialitet. Systemägaren gör klassningen när ett system anskaffas och ser "
        "över den när verksamheten eller systemet förändras väsentligt."
    )

    doc.add_heading("3. Användning av utrustning", level=1)
    doc.add_paragraph(
        "Datorer, surfplattor och mobiltelefoner som kommunen tillhandahåller används för "
        "arbetet. Utrustningen får inte lämnas obevakad utan att skärmen är låst, och privat "
        "utrustning får inte anslutas till kommunens interna nät."
    )

    doc.add_heading("4. Personal och säkerhet", level=1)
    doc.add_paragraph(
        "Nyanställda får introduktion i informationssäkerhet innan de får behörighet till "
        "kommunens system. När en anställning upphör ska närmaste chef se till att "
        "behörigheter avslutas och att utrustning lämnas tillbaka."
    )

    doc.add_heading("5. Fysisk säkerhet", level=1)
    doc.add_paragraph(
        "Serverhallar och teknikutrymmen ska vara låsta och skyddade mot brand, vatten och "
        "avbrott i elförsörjningen. Tillträde ges bara till den som behöver det i sitt arbete "
        "och registreras."
    )

    doc.add_heading("6. Styrning av kommunikation", level=1)
    doc.add_paragraph(
        "Kommunens nät är uppdelat i zoner efter skyddsbehov. Förbindelser till externa nät "
        "går via brandvägg och information som klassats som känslig krypteras när den sänds "
        "utanför kommunens nät."
    )

    doc.add_heading("7. Driftsäkerhet", level=1)
    doc.add_paragraph(
        "Driften ska vara dokumenterad. Säkerhetskopiering görs enligt en fastställd plan och "
        "återläsning provas regelbundet. Ändringar i driftmiljön görs planerat och "
        "dokumenteras."
    )

    doc.add_heading("8. Styrning av åtkomst", level=1)
    doc.add_paragraph(
        "Behörighet till ett system ges efter beslut av systemägaren och utifrån "
        "arbetsuppgifterna. Varje användare har en personlig inloggning. Behörigheterna "
        "stäms av minst en gång per år."
    )

    doc.add_heading("9. Loggning av IT-resurser", level=1)
    doc.add_paragraph(
        "Åtkomst till system med känslig information loggas så att det i efterhand går att "
        "se vem som har tagit del av eller ändrat informationen. Loggarna sparas och granskas "
        "enligt systemägarens anvisningar."
    )

    doc.add_heading("10. Säkerhet vid systemutveckling och anskaffning", level=1)
    doc.add_paragraph(
        "Krav på informationssäkerhet ställs redan när ett system utvecklas eller upphandlas. "
        "Ett nytt system får inte tas i drift innan informationen är klassad och systemägaren "
        "har godkänt säkerhetsnivån."
    )

    doc.add_heading("11. Kontinuitetsplanering", level=1)
    doc.add_paragraph(
        "För varje verksamhetskritiskt system ska det finnas en kontinuitetsplan med "
        "reservrutiner som gör att verksamheten kan fortsätta vid ett längre avbrott."
    )

    doc.add_heading("12. Internkontroll av informationssäkerhet", level=1)
    add_paragraphs(doc, [
        "Efterlevnaden av riktlinjerna kontrolleras inom ramen för den interna kontrollen. "
        "Varje förvaltning tar med informationssäkerheten i sin riskanalys och sin plan för "
        "intern kontroll.",
        "Informationssäkerhetsarbetet följs upp en gång per år. Förvaltningarna rapporterar "
        "resultatet till kommundirektören, som sammanställer det och redovisar det för "
        "kommunstyrelsen tillsammans med uppföljningen av den interna kontrollen.",
    ])

    doc.add_heading("13. Internet, e-post, fax och telefoni", level=1)
    add_paragraphs(doc, [
        "Internet och e-post används i första hand i arbetet. Sekretessbelagda uppgifter och "
        "känsliga personuppgifter får inte skickas med vanlig e-post eller fax.",
        "Den som tar emot samtal ska försäkra sig om vem den talar med innan uppgifter om "
        "enskilda lämnas ut per telefon.",
    ])
    return doc


def build_pm3_beslut() -> DocxDocument:
    """The decision to introduce pm3, taken by the kommundirektör in 2014."""
    doc = new_document("Förvaltningsmodell för IT-stöd – införande av pm3", dt.datetime(2014, 6, 11, 10, 0, 0),
                       AUTHOR)
    doc.add_paragraph("Förvaltningsmodell för IT-stöd – införande av pm3", style="Title")
    add_label_table(doc, [
        ("Beslutsinstans", "Kommundirektören"),
        ("Beslutsdatum", "2014-06-10"),
        ("Diarienummer", "Ks 512/2014"),
        ("Handläggare", "IT-strategiavdelningen"),
    ])

    doc.add_heading("Beslut", level=1)
    add_paragraphs(doc, [
        "pm3 införs som gemensam modell för förvaltning och utveckling av kommunens IT-stöd.",
        "Införandet börjar i förvaltningen Social välfärd och ska därefter omfatta samtliga "
        "förvaltningar.",
    ])

    doc.add_heading("Bakgrund", level=1)
    add_paragraphs(doc, [
        "Under 2013 delades kommunens IT-organisation upp. IT-avdelningen under tekniska "
        "nämnden svarar för den tekniska driften, och den nya IT-strategiavdelningen inom "
        "kommunledningsförvaltningen arbetar med strategiska frågor. Pengar för centrala "
        "system förs över till IT-strategiavdelningen och pengar för verksamhetsspecifika "
        "system till förvaltningarna.",
        "Med den nya ordningen ska det vara verksamheten och inte tekniken som styr hur "
        "IT-stödet förvaltas och utvecklas. Det kräver en gemensam modell för hur "
        "förvaltningen organiseras.",
    ])

    doc.add_heading("Om modellen", level=1)
    doc.add_paragraph(
        "pm3 är en etablerad modell för förvaltningsstyrning. I pm3 organiseras förvaltningen "
        "efter den verksamhet som IT-stödet ska stödja. Modellen svarar på fyra frågor:"
    )
    add_bullets(doc, [
        "vad som ska förvaltas (förvaltningsobjekten),",
        "vad förvaltningen ska åstadkomma (mål och förvaltningsplaner),",
        "vilka som förvaltar (roller på verksamhetssidan och IT-sidan),",
        "hur de samverkar (forum och beslutsvägar).",
    ])
    doc.add_paragraph(
        "För varje förvaltningsobjekt finns en objektägare i verksamheten och en "
        "förvaltningsledare. Objektägaren beslutar om objektets förvaltningsplan och budget."
    )

    doc.add_heading("Införande", level=1)
    add_paragraphs(doc, [
        "Förvaltningen Social välfärd är först ut och börjar arbeta enligt modellen under "
        "hösten 2014. Målet är att strukturen med förvaltningsobjekt och roller ska finnas på "
        "plats i hela kommunen under 2015.",
        "Arbetssätt och processer enligt modellen väntas ta längre tid att få på plats. "
        "IT-strategiavdelningen leder införandet.",
    ])
    return doc


def build_reglemente_kommunstyrelsen() -> DocxDocument:
    """Reglemente för kommunstyrelsen, adopted by kommunfullmäktige, revised 2013."""
    doc = new_document("Reglemente för kommunstyrelsen", dt.datetime(2013, 12, 2, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Reglemente för kommunstyrelsen", style="Title")
    add_paragraphs(doc, [
        "Antaget av kommunfullmäktige den 25 januari 2011, § 14",
        "Reviderat av kommunfullmäktige den 26 november 2013, § 231",
    ])
    add_label_lines(doc, [
        ("Dnr", "Ks 1210/2013"),
        ("Dokumentansvarig", "Kommundirektören"),
        ("Gäller för", "Kommunstyrelsen"),
    ])
    doc.add_paragraph(
        "Utöver det som sägs om styrelser i kommunallagen (1991:900) gäller bestämmelserna i "
        "detta reglemente."
    )

    doc.add_heading("Kommunstyrelsens roll", level=1)
    doc.add_heading("1 § Ledning och samordning", level=2)
    add_paragraphs(doc, [
        "Kommunstyrelsen är kommunens ledande politiska förvaltningsorgan. Styrelsen leder "
        "och samordnar förvaltningen av kommunens angelägenheter och har uppsikt över "
        "programnämndernas och driftsnämndernas verksamhet.",
        "Kommunstyrelsen ska leda arbetet med kommunens övergripande strategier och budget "
        "och se till att de mål som kommunfullmäktige har beslutat genomförs och följs upp.",
    ])

    doc.add_heading("2 § Informationsteknik och kommunikation", level=2)
    add_paragraphs(doc, [
        "Kommunstyrelsen ska, i samverkan med programnämnderna, leda och samordna kommunens "
        "utveckling inom informationssystem, informationsteknik och kommunikation.",
        "Kommunstyrelsen äger den gemensamma informationstekniken och kommunens centrala "
        "system och ansvarar för den strategiska utvecklingen av dem.",
    ])

    doc.add_heading("3 § Ekonomi och medelsförvaltning", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen bereder förslag till budget, ansvarar för kommunens "
        "medelsförvaltning och upprättar delårsrapport och årsredovisning."
    )

    doc.add_heading("4 § Personalpolitik", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen är kommunens anställningsmyndighet och ansvarar för "
        "arbetsgivarpolitiken, förhandlingar och kollektivavtal."
    )

    doc.add_heading("5 § Säkerhet och beredskap", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen ansvarar för kommunens krisberedskap och för samordningen av "
        "säkerhetsarbetet i kommunen."
    )

    doc.add_heading("Arbetsformer", level=1)
    doc.add_heading("6 § Delegering", level=2)
    doc.add_paragraph(
        "Kommunstyrelsen får uppdra åt ett utskott, en ledamot eller ersättare eller en "
        "anställd att besluta på styrelsens vägnar i en viss grupp av ärenden. Beslut som "
        "fattas med stöd av delegering anmäls till styrelsen."
    )
    return doc


def build_reglemente_tekniska_namnden() -> DocxDocument:
    """Reglemente för tekniska nämnden, a driftsnämnd that runs the IT systems."""
    doc = new_document("Reglemente för tekniska nämnden", dt.datetime(2012, 6, 25, 9, 0, 0), AUTHOR)
    doc.add_paragraph("Reglemente för tekniska nämnden", style="Title")
    add_label_table(doc, [
        ("Beslutad av", "Kommunfullmäktige"),
        ("Beslutsdatum", "2012-06-19"),
        ("Paragraf", "§ 118"),
        ("Diarienummer", "Ks 403/2012"),
        ("Gäller för", "Tekniska nämnden"),
    ])

    doc.add_heading("Nämndens uppgifter", level=1)
    add_paragraphs(doc, [
        "Tekniska nämnden är en driftsnämnd. Nämnden utför verksamhet på uppdrag av "
        "programnämnden samhällsbyggnad och av kommunstyrelsen och följer de "
        "överenskommelser som träffas med dem.",
        "Tekniska nämnden svarar för",
    ])
    add_bullets(doc, [
        "byggande, drift och underhåll av gator, vägar, torg och parker,",
        "kommunens verksamhet för avfall, vatten och avlopp i den mån den inte har lämnats "
        "över till ett bolag,",
        "drift och förvaltning av kommunens IT-system och den gemensamma IT-infrastrukturen,",
        "kommunens gemensamma service inom transporter, förråd och fordon.",
    ])

    doc.add_heading("Ansvar och rapportering", level=1)
    add_paragraphs(doc, [
        "Tekniska nämnden ansvarar för att verksamheten bedrivs i enlighet med de mål och "
        "riktlinjer som kommunfullmäktige har beslutat och inom de ekonomiska ramar som "
        "gäller.",
        "Nämnden rapporterar två gånger per år till kommunstyrelsen hur verksamheten och "
        "ekonomin utvecklas.",
    ])
    return doc


def build_projektmodell() -> DocxDocument:
    """PROJEKTiL, the project model decided by kommunledningen in October 2012."""
    doc = new_document("PROJEKTiL – projektmodell för Örebro kommun", dt.datetime(2012, 10, 17, 9, 0, 0), AUTHOR)
    doc.add_paragraph("PROJEKTiL – projektmodell för Örebro kommun", style="Title")
    add_paragraphs(doc, [
        "Fastställd av kommunledningsgruppen den 16 oktober 2012.",
        "Modellen förvaltas av utvecklingschefen på kommunledningsförvaltningen.",
    ])

    doc.add_heading("Varför en gemensam projektmodell", level=1)
    doc.add_paragraph(
        "PROJEKTiL ger kommunens förvaltningar ett gemensamt sätt att starta, genomföra och "
        "avsluta utvecklingsprojekt. Modellen används i alla projekt som berör mer än en "
        "förvaltning eller där en större investering ingår, till exempel när ett nytt "
        "IT-stöd införs."
    )

    doc.add_heading("Faser och beslutspunkter", level=1)
    doc.add_paragraph(
        "Ett projekt går igenom faserna idé, förstudie, planering, genomförande och "
        "avslut. Projektets beställare beslutar vid varje beslutspunkt om projektet ska gå "
        "vidare till nästa fas."
    )

    doc.add_heading("Nyttokalkyl", level=1)
    doc.add_paragraph(
        "Redan i förstudien ska projektet beskriva vilken nytta det ska ge. Nyttan kan vara "
        "bättre arbetssätt, högre kvalitet för invånare och brukare eller ökad produktivitet, "
        "och den behöver inte kunna räknas om i kronor. Nyttokalkylen stäms av vid varje "
        "beslutspunkt."
    )

    doc.add_heading("Nyttorealisering och effektbokslut", level=1)
    doc.add_paragraph(
        "Beställaren ansvarar för att den planerade nyttan tas hem när projektet har "
        "avslutats. Senast ett år efter avslut görs ett effektbokslut där utfallet jämförs med "
        "nyttokalkylen."
    )

    doc.add_heading("Roller", level=1)
    add_paragraphs(doc, [
        "Beställaren är den chef som äger behovet och tar emot resultatet. Projektledaren "
        "ansvarar för att projektet genomförs enligt projektplanen.",
        "Styrgruppen stödjer beställaren och följer projektets arbete.",
    ])
    return doc


DOCUMENTS: tuple[tuple[str, Builder], ...] = (
    ("informationssakerhetspolicy.docx", build_informationssakerhetspolicy),
    ("riktlinjer-informationssakerhet.docx", build_riktlinjer_informationssakerhet),
    ("forvaltningsmodell-pm3.docx", build_pm3_beslut),
    ("reglemente-kommunstyrelsen.docx", build_reglemente_kommunstyrelsen),
    ("reglemente-tekniska-namnden.docx", build_reglemente_tekniska_namnden),
    ("projektmodell-projektil.docx", build_projektmodell),
)


if __name__ == "__main__":
    main(OUTPUT_DIR, DOCUMENTS)
