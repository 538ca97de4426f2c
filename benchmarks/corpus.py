"""A synthetic municipality's governing documents, for benchmarks/bench.py: seeded, cached.

Every document is drawn from its own random generator, seeded by (seed, index), so document
42 is the same whatever the corpus size, and a larger run reuses the files of a smaller one.
Files are written once into a pool folder keyed by a hash of this generator's source (and of
tests/pdfgen.py) and the seed (default ``$TMPDIR/govcheck-bench-corpus/<KEY>-seed<SEED>/``)
and linked into workspaces.

What a document looks like (from shared/research/swedish-styrdokument.md):

- types in a municipality's usual mix: riktlinjer, handlingsplaner, projektplaner, IT-policy,
  informationssäkerhetspolicy, digitaliseringsstrategi, reglementen, delegationsordningar,
  förvaltningsmodeller;
- 1 to 80 pages (450–500 words a page), drawn per type from a log-normal distribution: most
  documents 2–15 pages, reglementen and delegationsordningar longer, a few up to 80;
- a cover block of metadata lines or a label table, in the phrasings seen in real documents
  ("Antagen av kommunfullmäktige 2019-04-23, § 57", "Fastställd av Kommunfullmäktige den 25
  juni 2018, § 129.", "Dnr KS 2019/123", "Dokumentansvarig: …", "Giltighetstid: Tillsvidare",
  "Revideras varje mandatperiod" …); a few drafts and documents without adoption lines;
- a table of contents in longer documents, numbered headings (Inledning, Syfte, Omfattning,
  Ansvar och roller, Mål, Uppföljning, Definitioner …), prose drawn from a bank of Swedish
  sentences of which only some carry responsibilities, goals, follow-up or decisions, bullet
  lists, tables; delegation tables (Nr | Ärende | Delegat | Lagrum | Anmärkning) in
  delegationsordningar, "N §" paragraphs in reglementen;
- Word's own markup: runs split with rsid attributes, language tags, a header and a
  "Sida N (M)" footer, styles.xml, numbering.xml and theme as Word writes them.

The .docx is written directly (zipfile), from python-docx's default template parts; the
PDF, for a subset, with reportlab through tests/pdfgen.py, from the same content.

    python benchmarks/corpus.py -n 20 --out /tmp/vastby    # write a workspace to look at
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import random
import re
import shutil
import sys
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.sax.saxutils import escape

DEFAULT_SEED = 20240630
PDF_EVERY = 5  # documents with index % PDF_EVERY == 2 also exist as PDF
MUNICIPALITY = "Västby kommun"
AS_OF = "2024-06-30"
ROOT = Path(__file__).resolve().parent.parent

WORKSPACE_YAML = f"""\
# Synthetic municipality for benchmarks/bench.py (benchmarks/corpus.py); not a real one.
municipality: {MUNICIPALITY}
as_of: {AS_OF}
organisation:
  - {{id: kf, name: Kommunfullmäktige, kind: fullmaktige, political: true, aliases: [KF, fullmäktige]}}
  - {{id: ks, name: Kommunstyrelsen, kind: styrelse, political: true, aliases: [KS, styrelsen]}}
  - {{id: ksau, name: Kommunstyrelsens arbetsutskott, kind: utskott, political: true, parent: ks, aliases: [KSAU, arbetsutskottet]}}
  - {{id: bun, name: Barn- och utbildningsnämnden, kind: namnd, political: true}}
  - {{id: socn, name: Socialnämnden, kind: namnd, political: true}}
  - {{id: von, name: Vård- och omsorgsnämnden, kind: namnd, political: true}}
  - {{id: sbn, name: Samhällsbyggnadsnämnden, kind: namnd, political: true}}
  - {{id: kfn, name: Kultur- och fritidsnämnden, kind: namnd, political: true}}
  - {{id: klf, name: Kommunledningsförvaltningen, kind: forvaltning, political: false, parent: ks}}
  - {{id: digit, name: Digitaliseringsavdelningen, kind: avdelning, political: false, parent: klf,
     former_names: [{{name: IT-avdelningen, until: 2019-01-01}}]}}
  - {{id: ekon, name: Ekonomiavdelningen, kind: avdelning, political: false, parent: klf}}
  - {{id: hr, name: HR-avdelningen, kind: avdelning, political: false, parent: klf}}
  - {{id: kansli, name: Kansliavdelningen, kind: avdelning, political: false, parent: klf}}
  - {{id: utbf, name: Utbildningsförvaltningen, kind: forvaltning, political: false, parent: bun}}
  - {{id: socf, name: Socialförvaltningen, kind: forvaltning, political: false, parent: socn}}
  - {{id: sbf, name: Samhällsbyggnadsförvaltningen, kind: forvaltning, political: false, parent: sbn}}
  - {{id: digitaliseringsradet, name: Digitaliseringsrådet, kind: rad, political: false, parent: klf}}
  - {{id: it-styrgrupp, name: IT-styrgruppen, kind: rad, political: false, parent: klf, aliases: [styrgruppen för IT]}}
  - {{id: kommundirektor, name: Kommundirektör, kind: befattning, political: false, parent: klf, aliases: [kommundirektören]}}
  - {{id: digitaliseringschef, name: Digitaliseringschef, kind: befattning, political: false, parent: digit, aliases: [digitaliseringschefen]}}
  - {{id: it-chef, name: IT-chef, kind: befattning, political: false, parent: digit, aliases: [IT-chefen]}}
  - {{id: iss, name: Informationssäkerhetssamordnare, kind: befattning, political: false, parent: digit, aliases: [informationssäkerhetssamordnaren]}}
  - {{id: kommunjurist, name: Kommunjurist, kind: befattning, political: false, parent: kansli, aliases: [kommunjuristen]}}
  - {{id: kanslichef, name: Kanslichef, kind: befattning, political: false, parent: kansli}}
  - {{id: ekonomichef, name: Ekonomichef, kind: befattning, political: false, parent: ekon}}
  - {{id: hr-chef, name: HR-chef, kind: befattning, political: false, parent: hr}}
  - {{id: arkivarie, name: Kommunarkivarie, kind: befattning, political: false, parent: kansli, aliases: [kommunarkivarien]}}
  - {{id: dso, name: Dataskyddsombud, kind: befattning, political: false, parent: kansli, aliases: [dataskyddsombudet]}}
"""

# --- the sentence bank --------------------------------------------------------------------
# {name} slots: the document's own forms (doc, Doc, topic, kommun, kommuns) or a random
# choice from SLOTS. Only the responsibility, goal, followup, decision and review pools
# carry what the extractors look for; the rest is ordinary prose.

SLOTS = {
    "namnd": ["kommunstyrelsen", "barn- och utbildningsnämnden", "socialnämnden", "vård- och omsorgsnämnden",
              "samhällsbyggnadsnämnden", "kultur- och fritidsnämnden"],
    "Namnd": ["Barn- och utbildningsnämnden", "Socialnämnden", "Vård- och omsorgsnämnden",
              "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"],
    "role": ["kommundirektören", "digitaliseringschefen", "IT-chefen", "informationssäkerhetssamordnaren",
             "kanslichefen", "ekonomichefen", "HR-chefen", "kommunjuristen", "förvaltningschefen",
             "dataskyddsombudet", "kommunarkivarien"],
    "Role": ["Kommundirektören", "Digitaliseringschefen", "IT-chefen", "Informationssäkerhetssamordnaren",
             "Förvaltningschefen", "Kanslichefen", "Dataskyddsombudet"],
    "unit": ["Digitaliseringsavdelningen", "Kommunledningsförvaltningen", "Kansliavdelningen", "Ekonomiavdelningen",
             "HR-avdelningen", "Samhällsbyggnadsförvaltningen", "Utbildningsförvaltningen", "Socialförvaltningen",
             "IT-avdelningen"],
    "unit_l": ["digitaliseringsavdelningen", "kommunledningsförvaltningen", "kansliavdelningen",
               "ekonomiavdelningen", "HR-avdelningen", "IT-avdelningen"],
    "system": ["ekonomisystemet", "ärendehanteringssystemet", "verksamhetssystemet för socialtjänsten",
               "lönesystemet", "e-arkivet", "skolplattformen", "journalsystemet", "intranätet",
               "systemet för bygglovshantering", "e-tjänsteplattformen"],
    "area": ["vård och omsorg", "skola och förskola", "samhällsbyggnad", "individ- och familjeomsorg",
             "kultur och fritid", "kommunens administration", "miljö och hälsoskydd"],
    "year": [str(y) for y in range(2022, 2029)],
    "oldyear": [str(y) for y in range(2008, 2020)],
    "pct": [str(p) for p in range(20, 96, 5)],
    "n": ["två", "tre", "fyra", "fem", "sex", "tio", "20", "25", "50"],
    "people": ["12 400", "18 900", "24 700", "31 200", "43 500", "58 000", "9 800"],
    "staff": ["1 100", "1 650", "2 300", "3 100", "4 200", "850"],
    "nsys": ["120", "150", "180", "230", "260", "310"],
    "month": ["januari", "februari", "mars", "april", "maj", "juni", "augusti", "september", "oktober",
              "november", "december"],
    "day": [str(d) for d in range(1, 29)],
}

BANK: dict[str, list[str]] = {
    "background": [
        "Digitaliseringen förändrar förutsättningarna för hur {kommun} bedriver sin verksamhet och hur invånare, företag och besökare möter kommunen.",
        "Allt fler tjänster erbjuds i dag digitalt, och förväntningarna på att kunna uträtta sina ärenden när som helst på dygnet ökar.",
        "Kommunens verksamheter är i hög grad beroende av fungerande informationssystem för att kunna leverera service till invånarna.",
        "Informationen är en av kommunens viktigaste tillgångar och ska hanteras med samma omsorg som andra värden.",
        "Arbetet utgår från Sveriges Kommuner och Regioners strategi Utveckling i en digital tid och dess fyra målområden.",
        "Under de senaste åren har antalet verksamhetssystem ökat kraftigt, vilket ställer högre krav på samordning och förvaltning.",
        "Den tekniska utvecklingen går snabbt och det är svårt att förutse vilka lösningar som kommer att finnas om fem år.",
        "Många av kommunens e-tjänster har tagits fram i samverkan med andra kommuner i länet.",
        "Samhällets digitalisering innebär både möjligheter och risker som behöver hanteras på ett strukturerat sätt.",
        "Dokumentet bygger på MSB:s metodstöd för systematiskt informationssäkerhetsarbete och standarderna ISO/IEC 27001 och 27002.",
        "Kommunen har cirka {staff} medarbetare fördelade på sex förvaltningar.",
        "I {kommun} bor drygt {people} invånare, och befolkningen väntas växa under planperioden.",
        "Behovet av digitala lösningar är särskilt stort inom {area}, där kompetensförsörjningen är en växande utmaning.",
        "Tidigare har varje förvaltning i stor utsträckning upphandlat och förvaltat sina egna system.",
        "En kartläggning som genomfördes {oldyear} visade att kommunen har drygt {nsys} verksamhetssystem i drift.",
        "Det finns i dag ingen samlad bild av kommunens informationstillgångar och hur de hänger ihop.",
        "Pandemin påskyndade övergången till digitala möten och distansarbete i hela organisationen.",
        "Genom att återanvända lösningar och data kan kommunen frigöra resurser till kärnverksamheten.",
        "Invånarna ska uppleva att det är enkelt att komma i kontakt med kommunen, oavsett kanal.",
        "Tekniken är ett medel och inte ett mål i sig; nyttan för verksamheten och invånarna står i centrum.",
        "Flera av de system som används inom {area} är gamla och svåra att integrera med nyare lösningar.",
        "Kostnaderna för licenser och drift har ökat under flera år utan att nyttan har följts upp systematiskt.",
        "Medarbetarnas digitala kompetens varierar mellan verksamheterna och behöver stärkas.",
        "Kommunen deltar i det regionala samarbetet kring e-arkiv och gemensamma e-tjänster.",
        "Lagen om offentlig upphandling styr hur kommunen får anskaffa system och tjänster.",
        "Nationella initiativ som Ena och den förvaltningsgemensamma digitala infrastrukturen påverkar kommunens vägval.",
        "Användningen av molntjänster väcker frågor om sekretess, dataskydd och var informationen lagras.",
        "Hotbilden mot offentlig sektor har skärpts, och flera kommuner har drabbats av allvarliga it-angrepp.",
        "Ett gemensamt arbetssätt minskar sårbarheten när nyckelpersoner slutar eller är frånvarande.",
        "Erfarenheterna från tidigare projekt visar att förändringsledning är minst lika viktig som tekniken.",
        "Informationssäkerhet handlar om att skydda informationens konfidentialitet, riktighet och tillgänglighet.",
        "Spårbarhet innebär att det i efterhand ska gå att se vem som har gjort vad i ett system.",
        "Kommunens geografi med långa avstånd gör digitala tjänster särskilt värdefulla för invånarna.",
        "Både förtroendevalda och tjänstepersoner efterfrågar bättre underlag för beslut om digitala investeringar.",
        "Verksamheterna har i dag olika rutiner för hur nya system beställs, införs och avvecklas.",
        "Det pågående arbetet med {system} visar vikten av tydliga roller och en realistisk tidplan.",
        "Kommunens invånarundersökning visar att många vill kunna följa sina ärenden digitalt.",
        "En stor del av kommunens handlingar skapas i dag digitalt men bevaras fortfarande på papper.",
    ],
    "purpose": [
        "Syftet med {doc} är att tydliggöra kommunens gemensamma inriktning för {topic}.",
        "{Doc} ska ge förtroendevalda, chefer och medarbetare en gemensam grund för arbetet med {topic}.",
        "Dokumentet syftar till att skapa förutsättningar för en effektiv, säker och kostnadsmedveten användning av it.",
        "{Doc} ska bidra till att kommunens resurser används där de gör störst nytta för invånarna.",
        "Avsikten är att arbetet med {topic} ska bedrivas systematiskt och på likartat sätt i hela organisationen.",
        "{Doc} beskriver hur arbetet ska organiseras och vem som gör vad.",
        "Genom {doc} vill kommunen säkerställa att rätt information finns tillgänglig för rätt person vid rätt tidpunkt.",
        "{Doc} är ett stöd för verksamheterna när de planerar och prioriterar sina insatser.",
    ],
    "scope": [
        "{Doc} gäller för samtliga nämnder och förvaltningar i {kommun}.",
        "{Doc} omfattar all information som hanteras i kommunens verksamheter, oavsett form och medium.",
        "Dokumentet gäller även för konsulter, praktikanter och andra som utför uppdrag åt kommunen.",
        "Kommunens helägda bolag rekommenderas att anta motsvarande styrdokument.",
        "{Doc} omfattar inte de delar av verksamheten som regleras av säkerhetsskyddslagen.",
        "Dokumentet omfattar både den gemensamma it-miljön och de verksamhetsspecifika systemen.",
        "Skolornas pedagogiska it-miljö omfattas i de delar som rör administration och elevuppgifter.",
    ],
    "responsibility": [
        "Kommunstyrelsen har det övergripande ansvaret för kommunens informationssäkerhetsarbete.",
        "Varje nämnd ansvarar för informationssäkerheten inom sitt verksamhetsområde.",
        "{Role} ansvarar för att samordna arbetet med digitalisering i hela kommunen.",
        "{unit} ansvarar för drift, support och förvaltning av den gemensamma it-infrastrukturen.",
        "Systemägaren ansvarar för att systemet har en förvaltningsplan och att behörigheterna följs upp minst en gång per år.",
        "Informationsägaren ansvarar för att informationen klassas enligt kommunens klassningsmodell.",
        "Förvaltningschefen ansvarar för att {doc} är känd och tillämpas inom förvaltningen.",
        "Varje medarbetare ansvarar för att följa gällande regler och att rapportera incidenter till närmaste chef.",
        "Kommundirektören ansvarar för att ta fram riktlinjer och rutiner som kompletterar {doc}.",
        "Informationssäkerhetssamordnaren stödjer verksamheterna i arbetet med risk- och sårbarhetsanalyser.",
        "Det åligger {namnd} att säkerställa att personuppgifter behandlas i enlighet med dataskyddsförordningen.",
        "Digitaliseringsrådet är ett rådgivande forum och har inget eget beslutsmandat.",
        "Chefer på alla nivåer ansvarar för att medarbetarna har den kunskap som krävs för att hantera information säkert.",
        "{Namnd} ansvarar för att digitaliseringen inom nämndens område sker i enlighet med kommunens gemensamma inriktning.",
        "IT-chefen ansvarar för att kommunens gemensamma system har en fungerande säkerhetskopiering.",
        "Dataskyddsombudet övervakar att kommunen följer dataskyddsförordningen och ger råd till verksamheterna.",
        "{Role} har ett samordnande ansvar men beslutar inte i frågor som tillhör nämnderna.",
        "Kommunarkivarien ansvarar för att digitala handlingar som ska bevaras förs över till e-arkivet.",
        "Ansvaret för att beställa och prioritera utveckling ligger hos den verksamhet som äger behovet.",
        "IT-styrgruppen bereder frågor om gemensamma investeringar inför beslut i kommunstyrelsen.",
    ],
    "goal": [
        "Senast {year} ska minst {pct} procent av kommunens ärenden kunna påbörjas digitalt.",
        "Målet är att samtliga verksamhetssystem ska ha en utsedd systemägare och en aktuell förvaltningsplan före utgången av {year}.",
        "Andelen invånare som är nöjda med kommunens e-tjänster ska öka till minst {pct} procent till {year}.",
        "Kommunen ska ha ett fungerande ledningssystem för informationssäkerhet senast {year}.",
        "Alla medarbetare ska ha genomgått den grundläggande utbildningen i informationssäkerhet inom ett år från anställningen.",
        "Tiden från ansökan till beslut i bygglovsärenden ska halveras genom digitala arbetssätt.",
        "Antalet pappersutskick ska minska med {pct} procent under planperioden.",
        "Kommunen ska vara en av de tio kommuner i länet som har kommit längst i SKR:s mätning av digital mognad.",
        "Minst {pct} procent av fakturorna ska tas emot elektroniskt senast {year}.",
        "Alla nya system ska vara klassade och riskbedömda innan de tas i drift.",
        "Invånarna ska kunna följa sina ärenden digitalt inom samtliga förvaltningar till {year}.",
    ],
    "followup": [
        "{Doc} följs upp årligen och resultatet redovisas för kommunstyrelsen i samband med årsredovisningen.",
        "Uppföljning sker två gånger per år i delårsrapporten och i verksamhetsberättelsen.",
        "{Role} rapporterar arbetets status till kommunstyrelsens arbetsutskott varje kvartal.",
        "Nämnderna ska i sin internkontrollplan följa upp att riktlinjerna efterlevs.",
        "Resultatet av uppföljningen ska ligga till grund för prioriteringarna i nästa års budget.",
        "En samlad lägesrapport om informationssäkerheten lämnas till kommunstyrelsen en gång per år.",
        "Effekterna av genomförda insatser följs upp med hjälp av kommunens modell för nyttorealisering.",
        "Uppföljningen ska visa både hur aktiviteterna har genomförts och vilken nytta de har gett.",
    ],
    "decision": [
        "Beslut om anskaffning av nya verksamhetssystem fattas av respektive nämnd efter samråd med {unit_l}.",
        "Investeringar över {n} prisbasbelopp ska beslutas av kommunstyrelsen.",
        "Beslut om avsteg från riktlinjerna fattas av kommundirektören.",
        "Nämnden beslutar om den egna verksamhetens handlingsplan inom ramen för strategin.",
        "Ändringar av mindre omfattning får beslutas av kommundirektören.",
        "Beslut om att avveckla ett gemensamt system fattas av kommunstyrelsen efter beredning i IT-styrgruppen.",
    ],
    "review": [
        "{Doc} ska ses över varje mandatperiod.",
        "Revidering av detta dokument beslutas av kommunfullmäktige.",
        "Dokumentet beslutas av kommunfullmäktige och förvaltas av kommunstyrelsen.",
        "Översyn sker vid behov, dock minst vart fjärde år.",
        "{Doc} ska revideras senast {year}.",
        "{Role} ansvarar för att {doc} hålls aktuell och föreslår ändringar vid behov.",
    ],
    "reference": [
        "{Doc} kompletteras av riktlinjer för informationssäkerhet och rutiner för incidenthantering.",
        "Se även kommunens arkivreglemente och nämndernas dokumenthanteringsplaner.",
        "{Doc} ska läsas tillsammans med kommunens IT-policy och digitaliseringsstrategi.",
        "Närmare bestämmelser finns i kommunstyrelsens delegationsordning.",
        "{Doc} ersätter tidigare gällande IT-strategi, antagen av kommunfullmäktige {oldyear}.",
    ],
    "security": [
        "Behörigheter ska tilldelas utifrån arbetsuppgifter och tas bort när de inte längre behövs.",
        "Lösenord får inte lämnas ut till någon annan, inte heller till IT-supporten.",
        "Inloggning till system med känsliga personuppgifter ska ske med tvåfaktorsautentisering.",
        "Incidenter ska rapporteras så snart som möjligt, och allvarliga incidenter ska rapporteras till MSB.",
        "Säkerhetskopior ska tas dagligen och återläsning ska provas minst en gång per år.",
        "Loggar ska sparas så länge som krävs för att kunna utreda incidenter, dock högst två år.",
        "Bärbara datorer och mobila enheter ska vara krypterade och låsas när de lämnas obevakade.",
        "Information som klassats som känslig får inte skickas med vanlig e-post.",
        "Vid upphandling ska krav på informationssäkerhet och dataskydd ställas utifrån informationens klassning.",
        "Server- och kommunikationsutrymmen ska vara låsta och endast tillgängliga för behörig personal.",
        "Kontinuitetsplaner ska finnas för de system som är kritiska för verksamheten.",
        "Fjärråtkomst till kommunens nät får endast ske via godkänd lösning.",
        "Privata enheter får inte anslutas till kommunens interna nät.",
        "Informationen i {system} ska kunna återställas inom åtta timmar efter ett avbrott.",
        "Utskrifter med sekretessbelagd information ska hämtas direkt och förvaras inlåst.",
    ],
    "digital": [
        "Nya e-tjänster ska utformas utifrån invånarnas behov och testas med användare innan de lanseras.",
        "Kommunen ska i första hand välja standardiserade lösningar och undvika egenutveckling.",
        "Data som kommunen samlar in ska kunna återanvändas, och öppna data ska publiceras där det är möjligt.",
        "Digitala lösningar ska uppfylla lagen om tillgänglighet till digital offentlig service.",
        "Automatiserade beslut får bara införas när rättssäkerheten och spårbarheten är säkerställd.",
        "Verksamheterna ska ta fram en nyttokalkyl innan ett digitaliseringsprojekt startar.",
        "Integrationer mellan system ska byggas via kommunens gemensamma integrationsplattform.",
        "Digital signering ska användas för avtal och beslut där lagen tillåter det.",
        "Kommunen ska samverka med andra kommuner och regionen där det ger bättre kvalitet eller lägre kostnader.",
        "Medarbetarna ska erbjudas stöd och utbildning när nya arbetssätt införs.",
        "Arkitekturprinciperna ska tillämpas vid all anskaffning och utveckling av system.",
        "Välfärdsteknik som digital tillsyn och läkemedelsrobotar ska prövas inom {area}.",
    ],
    "project": [
        "Projektet startade i {month} {year} efter beslut i styrgruppen.",
        "Projektets budget omfattar både externa konsulttjänster och verksamhetens egen arbetstid.",
        "Avgränsningen innebär att integrationen med {system} hanteras i ett separat projekt.",
        "Projektet ska lämna över lösningen till ordinarie förvaltning när införandet är klart.",
        "En referensgrupp med representanter från verksamheterna följer arbetet.",
        "Risker bedöms löpande och rapporteras till styrgruppen vid varje möte.",
        "Slutrapporten ska beskriva uppnådda resultat, avvikelser och lärdomar.",
        "Projektledaren har mandat att omprioritera inom projektets budget och tidplan.",
        "Leverantören ansvarar för konfiguration och utbildning av superanvändare.",
        "Projektet följer kommunens projektmodell med beslutspunkter mellan faserna.",
    ],
    "model": [
        "Förvaltningsmodellen bygger på pm3 och delar in ansvaret i en verksamhetssida och en it-sida.",
        "Varje förvaltningsobjekt har en objektägare, en förvaltningsledare och en eller flera objektspecialister.",
        "Förvaltningsplanen beskriver objektets mål, aktiviteter och budget för det kommande året.",
        "Objektägaren fastställer förvaltningsplanen och beslutar om prioriteringar inom objektets budget.",
        "Förvaltningsledaren leder det löpande förvaltningsarbetet och rapporterar till objektägaren.",
        "Ändringsbehov samlas i en gemensam lista och prioriteras i förvaltningsgruppen.",
        "Kostnaderna för förvaltningen fördelas på de verksamheter som använder objektet.",
        "Förvaltningsgruppen träffas minst en gång i månaden.",
        "Större förändringar som inte ryms inom förvaltningen genomförs som projekt.",
        "Objektspecialisten är verksamhetens expert och deltar i tester av nya versioner.",
    ],
}

DEFINITIONS = [
    ("Informationssäkerhet", "skydd av informationens konfidentialitet, riktighet och tillgänglighet"),
    ("Konfidentialitet", "att information inte görs tillgänglig för obehöriga"),
    ("Riktighet", "att information är korrekt, aktuell och fullständig"),
    ("Tillgänglighet", "att information kan nyttjas i förväntad utsträckning och inom önskad tid"),
    ("Informationsägare", "den som ansvarar för en viss informationsmängd och dess klassning"),
    ("Systemägare", "den chef som ansvarar för ett systems finansiering, förvaltning och säkerhet"),
    ("Systemförvaltare", "den som på systemägarens uppdrag sköter den löpande förvaltningen"),
    ("Förvaltningsobjekt", "en samling system och tjänster som förvaltas tillsammans"),
    ("Digitalisering", "att använda digital teknik för att förändra och förbättra verksamheten"),
    ("E-tjänst", "en tjänst som invånare eller företag kan använda via internet"),
    ("Incident", "en händelse som har påverkat eller kan påverka informationens säkerhet"),
    ("Personuppgift", "all slags information som direkt eller indirekt kan hänföras till en fysisk person"),
    ("Molntjänst", "en it-tjänst som levereras över internet från en extern leverantör"),
    ("Nyttorealisering", "att planera, genomföra och följa upp förändringar så att nyttan faktiskt uppstår"),
    ("Delegat", "den som har fått rätt att besluta på nämndens vägnar"),
    ("Ren verkställighet", "beslut som inte innebär något självständigt ställningstagande"),
]

# delegation tables: areas, their matters, delegates (abbreviated), laws, notes
DELEGATION_AREAS = {
    "Administrativa ärenden": [
        "Beslut att avslå begäran om utlämnande av allmän handling", "Beslut att lämna ut allmän handling med förbehåll",
        "Avvisning av överklagande som kommit in för sent", "Yttrande i ärende där kommunstyrelsen ska höras",
        "Beslut i brådskande ärenden", "Utse ombud att föra kommunens talan", "Beslut om ändrade öppettider",
        "Godkännande av attestanter", "Beslut om användning av kommunens vapen", "Yttrande över remisser av mindre vikt",
    ],
    "Ekonomi och upphandling": [
        "Beslut att genomföra upphandling upp till {n} prisbasbelopp", "Tilldelningsbeslut i upphandling",
        "Teckna avtal inom ramen för beslutad budget", "Avskrivning av fordran upp till 50 000 kronor",
        "Placering av likvida medel enligt finanspolicyn", "Försäljning av lös egendom upp till {n} prisbasbelopp",
        "Upptagande av lån inom av fullmäktige beslutad ram", "Beslut om avbrytande av upphandling",
        "Omfördelning av medel inom nämndens budget",
    ],
    "Personalärenden": [
        "Anställning av förvaltningschef", "Anställning av övrig personal", "Lönesättning vid nyanställning",
        "Beslut om disciplinpåföljd", "Beslut om förbud mot bisyssla", "Uppsägning på grund av arbetsbrist",
        "Beviljande av tjänstledighet upp till sex månader", "Beslut om avstängning", "Tecknande av lokala kollektivavtal",
    ],
    "IT och informationssäkerhet": [
        "Beslut om anskaffning av verksamhetssystem inom budgetram", "Fastställande av förvaltningsplan för förvaltningsobjekt",
        "Fastställande av informationsklassning", "Beslut om behörigheter till gemensamma system",
        "Beslut om avveckling av it-system", "Godkännande av driftsättning av nytt system",
        "Beslut om avsteg från riktlinjer för informationssäkerhet", "Beslut om standard för klientdatorer",
        "Tecknande av avtal om molntjänster",
    ],
    "Dataskydd": [
        "Beslut att avslå begäran om registerutdrag", "Tecknande av personuppgiftsbiträdesavtal",
        "Anmälan av personuppgiftsincident till Integritetsskyddsmyndigheten", "Beslut om rättelse, radering eller begränsning",
        "Beslut om konsekvensbedömning avseende dataskydd",
    ],
    "Arkiv och informationshantering": [
        "Beslut om gallring av allmänna handlingar", "Fastställande av dokumenthanteringsplan",
        "Beslut om överlämnande av arkiv till arkivmyndigheten", "Beslut om digitalisering av pappershandlingar med efterföljande gallring",
    ],
    "Fastighetsärenden": [
        "Tecknande av hyresavtal med högst fem års löptid", "Upplåtelse av mark för tillfälligt bruk",
        "Försäljning av småhustomt enligt fastställd prislista", "Beslut om servitut och ledningsrätt",
        "Yttrande i lantmäteriförrättning",
    ],
    "Krisledning och säkerhet": [
        "Beslut om att aktivera krisledningsorganisationen", "Beslut om kameraövervakning",
        "Tecknande av avtal om bevakningstjänster", "Beslut om säkerhetsprövning",
    ],
}
DELEGATES = ["KSO", "KSAU", "KD", "Kanslichef", "Ekonomichef", "HR-chef", "Digitaliseringschef", "IT-chef",
             "Kommunjurist", "Förvaltningschef", "Registrator", "Kommunarkivarie", "Dataskyddsombud",
             "Upphandlingschef", "Enhetschef"]
ABBREVIATIONS = [("KS", "Kommunstyrelsen"), ("KSAU", "Kommunstyrelsens arbetsutskott"),
                 ("KSO", "Kommunstyrelsens ordförande"), ("KD", "Kommundirektör"), ("KL", "Kommunallagen (2017:725)"),
                 ("OSL", "Offentlighets- och sekretesslagen (2009:400)"), ("LOU", "Lagen (2016:1145) om offentlig upphandling"),
                 ("FL", "Förvaltningslagen (2017:900)"), ("GDPR", "Dataskyddsförordningen (EU) 2016/679"),
                 ("LAS", "Lagen (1982:80) om anställningsskydd"), ("pbb", "prisbasbelopp")]
LAWS = ["6 kap. 39 § KL", "7 kap. 5 § KL", "2 kap. 14 § OSL", "6 kap. 3 § OSL", "19 kap. 4 § LOU",
        "Art. 15 GDPR", "Art. 28.3 GDPR", "Art. 33 GDPR", "10 § arkivlagen", "7 § LAS", "42 § FL", "45 § FL",
        "6 kap 37 KL", "6 kap. 36 § KL (1991:900)", "", "", "Finanspolicyn", "AB § 10"]
NOTES = ["", "", "", "Anmäls till KS", "Efter samråd med kommunjurist", "Inom budgetram", "Upp till 5 pbb",
         "Vidaredelegering medges", "Gäller ej anställning av förvaltningschef",
         "Beslutet anmäls vid nästkommande sammanträde", "Ersättare: ekonomichef"]

DELEGATION_INTRO = [
    ("Allmänt om delegation", ["Delegering innebär att nämnden överlåter sin beslutanderätt till ett utskott, en ledamot eller ersättare eller till en anställd.",
                               "Ett beslut som fattas med stöd av delegering gäller som nämndens beslut och kan överklagas på samma sätt.",
                               "Nämnden kan när som helst återkalla en delegering eller ta över ett enskilt ärende."]),
    ("Beslutanderätt som inte får delegeras", ["Enligt 6 kap. 38 § kommunallagen får beslutanderätten inte delegeras i ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet.",
                                               "Inte heller framställningar eller yttranden till fullmäktige eller ärenden av principiell beskaffenhet får delegeras."]),
    ("Jäv", ["Den som är jävig får inte delta i handläggningen av ett ärende.", "Ett jävigt ärende lämnas över till närmast överordnad chef."]),
    ("Delegering och ren verkställighet", ["Beslut som är ren verkställighet omfattas inte av delegationsordningen.",
                                           "Gränsdragningen mellan delegationsbeslut och verkställighet ska göras i varje enskilt fall."]),
    ("Anmälan av delegationsbeslut", ["Delegationsbeslut ska anmälas till kommunstyrelsen vid nästkommande sammanträde.",
                                      "Anmälan sker genom förteckning i ärendehanteringssystemet."]),
    ("Vidaredelegering", ["Kommundirektören får enligt 7 kap. 6 § kommunallagen vidaredelegera beslutanderätt till annan anställd.",
                          "Beslut som fattas med stöd av vidaredelegering ska anmälas till kommundirektören."]),
    ("Brådskande ärenden", ["Ordföranden får besluta i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas.",
                            "Sådana beslut ska anmälas vid nämndens nästa sammanträde."]),
]

REGLEMENTE_CHAPTERS = [
    "Styrelsens uppgifter", "Ledningsfunktionen", "Styrfunktionen", "Uppsiktsplikten", "Ekonomisk förvaltning",
    "Personalpolitiken", "Informationssäkerhet och dataskydd", "Arkivmyndighet", "Krisledning och civilt försvar",
    "Delegering från fullmäktige", "Arbetsformer", "Sammansättning", "Ordföranden", "Sammanträden",
    "Justering av protokoll", "Delgivning och undertecknande av handlingar",
]
REGLEMENTE_TASKS = [
    "leda och samordna planeringen och uppföljningen av kommunens ekonomi och verksamhet",
    "ha uppsikt över övriga nämnders och de kommunala bolagens verksamhet",
    "ansvara för kommunens övergripande informationssäkerhetsarbete",
    "vara kommunens arkivmyndighet",
    "samordna kommunens digitaliseringsarbete och ansvara för den gemensamma it-infrastrukturen",
    "besluta om riktlinjer för systemförvaltning inom ramen för fullmäktiges beslut",
    "ansvara för kommunens medelsförvaltning enligt fullmäktiges finanspolicy",
    "vara kommunens centrala personalorgan",
    "ansvara för kommunens krisberedskap och fullgöra uppgifterna enligt lagen om extraordinära händelser",
    "bereda ärenden som ska behandlas av fullmäktige",
    "följa frågor som rör kommunens utveckling och ekonomiska ställning",
    "årligen pröva om de kommunala bolagens verksamhet har varit förenlig med det kommunala ändamålet",
    "ansvara för kommunens övergripande dataskyddsarbete och utse dataskyddsombud",
    "fastställa kommunens gemensamma arkitekturprinciper",
    "ansvara för upphandling av gemensamma ramavtal",
    "verka för att kommunens e-tjänster utvecklas i samverkan med nämnderna",
]
REGLEMENTE_RULES = [
    "Styrelsen sammanträder på dag och tid som styrelsen bestämmer.",
    "Sammanträde ska hållas också om minst en tredjedel av ledamöterna begär det.",
    "Ordföranden ska leda styrelsens arbete och bevaka att ärendena bereds på ett tillfredsställande sätt.",
    "Protokollet justeras av ordföranden och en ledamot.",
    "Ärenden som ska behandlas vid sammanträdet ska anges i kallelsen.",
    "Ersättare som inte tjänstgör har rätt att närvara vid sammanträdena och delta i överläggningarna men inte i besluten.",
    "Styrelsen får besluta att en ledamot får delta i sammanträdet på distans.",
    "Avtal och andra handlingar som beslutats av styrelsen undertecknas av ordföranden och kontrasigneras av anställd som styrelsen bestämmer.",
    "Styrelsen ska redovisa till fullmäktige hur uppdrag som fullmäktige har lämnat har fullgjorts.",
    "Styrelsen får inrätta de utskott som behövs för att fullgöra uppgifterna.",
    "Delgivning med styrelsen sker genom ordföranden, kommundirektören eller annan anställd som styrelsen bestämmer.",
    "Om ordföranden inte kan fullgöra sitt uppdrag under en längre tid får styrelsen utse en annan ledamot att vara ersättare.",
]

ACTIVITIES = [
    "Inventera samtliga verksamhetssystem", "Införa e-arkiv", "Ta fram en modell för informationsklassning",
    "Utbilda chefer i informationssäkerhet", "Införa digital signering av avtal", "Upphandla nytt ärendehanteringssystem",
    "Införa tvåfaktorsautentisering", "Ta fram kontinuitetsplaner för kritiska system", "Publicera öppna data",
    "Införa digitala nämndhandlingar", "Utreda gemensam integrationsplattform", "Genomföra tillgänglighetsgranskning av webben",
    "Införa e-tjänst för ekonomiskt bistånd", "Ta fram arkitekturprinciper", "Utvärdera molntjänster för kontorsstöd",
    "Införa digital tillsyn inom hemtjänsten", "Genomföra risk- och sårbarhetsanalys", "Revidera dokumenthanteringsplaner",
    "Inför nyttokalkyl i beslutsunderlag", "Samordna licenshantering",
]
STATUSES = ["Pågår", "Ej påbörjad", "Klar", "Försenad", "Pågår enligt plan", "Planerad"]
RISKS = [("Leverantören levererar inte i tid", "Medel", "Hög", "Täta avstämningar och vite i avtalet"),
         ("Verksamheten saknar tid att delta", "Hög", "Hög", "Avsätt resurser i verksamhetsplanen"),
         ("Integrationen med befintliga system fungerar inte", "Medel", "Medel", "Tidiga tester i testmiljö"),
         ("Budgeten överskrids", "Låg", "Hög", "Månatlig ekonomisk uppföljning"),
         ("Låg acceptans bland användarna", "Medel", "Medel", "Involvera superanvändare tidigt"),
         ("Brister i dataskydd upptäcks sent", "Låg", "Hög", "Konsekvensbedömning före upphandling")]
SECURITY_AREAS = ["Behörighetshantering", "Lösenord och autentisering", "Incidenthantering", "Säkerhetskopiering",
                  "Loggning och spårbarhet", "Fysisk säkerhet", "Mobila enheter och distansarbete", "E-post och meddelanden",
                  "Molntjänster", "Leverantörer och avtal", "Kontinuitetsplanering", "Utbildning och medvetenhet",
                  "Informationsklassning", "Utveckling och anskaffning av system"]
DIGITAL_AREAS = ["Invånare och företag i centrum", "Effektiv och innovativ verksamhet", "Digital kompetens",
                 "Styrning och samverkan", "Arkitektur och infrastruktur", "Data som resurs", "Välfärdsteknik",
                 "Digital delaktighet", "Säker och hållbar digitalisering"]
MODEL_AREAS = ["Förvaltningsobjekt", "Roller på verksamhetssidan", "Roller på it-sidan", "Förvaltningsplan",
               "Budget och finansiering", "Ändringshantering", "Releasehantering", "Avveckling av system",
               "Samverkan mellan objekt"]


@dataclass(frozen=True)
class Kind:
    titles: tuple[str, ...]
    doc: str  # the document's definite form, as prose refers to it
    topic: str
    weight: int
    median_pages: float
    sigma: float
    min_pages: int
    max_pages: int
    adopters: tuple[tuple[str, int], ...]


KINDS: dict[str, Kind] = {
    "riktlinjer": Kind(("Riktlinjer för informationssäkerhet", "Riktlinjer för IT-säkerhet i {kommun}",
                        "Riktlinjer för användning av IT", "Riktlinjer för systemförvaltning",
                        "Riktlinjer för digitala möten", "Riktlinjer för hantering av personuppgifter"),
                       "riktlinjerna", "informationssäkerhet och IT", 20, 6.5, 0.6, 2, 35,
                       (("kommunstyrelsen", 5), ("kommundirektören", 3), ("namnd", 2))),
    "handlingsplan": Kind(("Handlingsplan för digitalisering {year}–{year2}", "Handlingsplan för informationssäkerhet",
                           "Handlingsplan för e-tjänster", "Digital handlingsplan för {namnd_g}"),
                          "handlingsplanen", "digitalisering", 13, 4.0, 0.6, 1, 20,
                          (("kommunstyrelsen", 3), ("förvaltningschefen", 3), ("namnd", 2), ("kommundirektören", 1))),
    "projektplan": Kind(("Projektplan: Införande av e-arkiv", "Projektplan för nytt ärendehanteringssystem",
                         "Projektplan Digital nämndadministration", "Projektplan: Byte av ekonomisystem",
                         "Projektplan för välfärdsteknik i hemtjänsten"),
                        "projektplanen", "projektet", 14, 5.5, 0.5, 2, 20,
                        (("styrgruppen", 5), ("förvaltningschefen", 2), ("kommundirektören", 1))),
    "it-policy": Kind(("IT-policy för {kommun}", "IT-policy", "Policy för IT och digitalisering"),
                      "policyn", "IT och digitalisering", 8, 4.0, 0.5, 1, 12,
                      (("kommunfullmäktige", 6), ("kommunstyrelsen", 3))),
    "informationssakerhetspolicy": Kind(("Informationssäkerhetspolicy för {kommun}", "Informationssäkerhetspolicy",
                                         "Policy för informationssäkerhet"),
                                        "policyn", "informationssäkerhet", 8, 5.0, 0.5, 2, 14,
                                        (("kommunfullmäktige", 6), ("kommunstyrelsen", 3))),
    "digitaliseringsstrategi": Kind(("Digitaliseringsstrategi för {kommun}", "Digitaliseringsstrategi {year}–{year2}",
                                     "Strategi för digital utveckling"),
                                    "strategin", "digitalisering", 8, 9.0, 0.5, 3, 30,
                                    (("kommunfullmäktige", 5), ("kommunstyrelsen", 4))),
    "reglemente": Kind(("Reglemente för kommunstyrelsen", "Reglemente för {namnd_r}", "Reglemente för kommunstyrelsen i {kommun}"),
                       "reglementet", "nämndens uppgifter", 12, 12.0, 0.75, 4, 80,
                       (("kommunfullmäktige", 10),)),
    "delegationsordning": Kind(("Delegationsordning för kommunstyrelsen", "Delegationsordning för {namnd_r}",
                                "Kommunstyrelsens delegationsordning"),
                               "delegationsordningen", "delegering", 9, 22.0, 0.75, 6, 80,
                               (("kommunstyrelsen", 7), ("namnd", 3))),
    "forvaltningsmodell": Kind(("Förvaltningsmodell för digitala tjänster", "Modell för systemförvaltning (pm3)",
                                "Förvaltningsmodell för IT-stöd"),
                               "förvaltningsmodellen", "systemförvaltning", 8, 9.0, 0.5, 3, 40,
                               (("kommunstyrelsen", 4), ("kommundirektören", 4))),
}
TYPE_NAMES = {"riktlinjer": "Riktlinje", "handlingsplan": "Handlingsplan", "projektplan": "Projektplan",
              "it-policy": "Policy", "informationssakerhetspolicy": "Policy", "digitaliseringsstrategi": "Strategi",
              "reglemente": "Reglemente", "delegationsordning": "Delegationsordning",
              "forvaltningsmodell": "Förvaltningsmodell"}
NAMNDER_R = ["barn- och utbildningsnämnden", "socialnämnden", "vård- och omsorgsnämnden", "samhällsbyggnadsnämnden"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
OWNERS = ["IT-chef", "Digitaliseringschef", "Informationssäkerhetssamordnare", "Kanslichef",
          "Chef, kommunledningsförvaltningen", "Kommunsekreteraren, kansliavdelningen", "Kommundirektör",
          "Administrativ chef", "Förvaltningschef"]


# --- one document's content ---------------------------------------------------------------

@dataclass
class DocInfo:
    index: int
    name: str  # file name without suffix
    kind: str
    title: str
    pages: int
    words: int
    pdf: bool


class _Slots(dict):
    def __init__(self, rng: random.Random, fixed: dict[str, str]):
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        return self.rng.choice(SLOTS[key])


class Writer:
    """Builds one document as items: ("title"|"meta"|"h1"|"h2"|"p"|"bullet", text), ("table", rows,
    header: bool), ("labels", rows), ("toc", [(level, text)]). Counts words as it goes."""

    def __init__(self, rng: random.Random, kind: Kind):
        self.rng = rng
        self.items: list[tuple] = []
        self.words = 0
        self.numbered = rng.random() < 0.75  # "3 Omfattning" typed, or Word's numbering only
        self.h1 = 0
        self.h2 = 0
        definite = kind.doc
        self.slots = _Slots(rng, {"doc": definite, "Doc": definite[0].upper() + definite[1:], "topic": kind.topic,
                                  "kommun": MUNICIPALITY, "kommuns": MUNICIPALITY.replace(" kommun", " kommuns")})

    def add(self, item: tuple) -> None:
        self.items.append(item)
        if item[0] in ("table", "labels"):
            self.words += sum(len(c.split()) for row in item[1] for c in row)
        elif item[0] != "toc":
            self.words += len(item[1].split())

    def fill(self, template: str) -> str:
        return template.format_map(self.slots)

    def sentence(self, pool: str) -> str:
        return self.fill(self.rng.choice(BANK[pool]))

    def paragraph(self, pools: dict[str, float], sentences: tuple[int, int] = (2, 5)) -> str:
        names, weights = zip(*pools.items())
        chosen = [self.sentence(self.rng.choices(names, weights)[0]) for _ in range(self.rng.randint(*sentences))]
        return " ".join(dict.fromkeys(chosen))  # no sentence twice in a row of text

    def heading(self, text: str, level: int = 1) -> None:
        if level == 1:
            self.h1, self.h2 = self.h1 + 1, 0
            number = f"{self.h1}"
        else:
            self.h2 += 1
            number = f"{self.h1}.{self.h2}"
        self.add((f"h{level}", f"{number} {text}" if self.numbered else text))

    def prose(self, pools: dict[str, float], count: int) -> None:
        for _ in range(count):
            self.add(("p", self.paragraph(pools)))

    def bullets(self, pool: str, count: int) -> None:
        for text in dict.fromkeys(self.sentence(pool) for _ in range(count)):
            self.add(("bullet", text))


def _pages(rng: random.Random, kind: Kind) -> int:
    pages = round(rng.lognormvariate(math.log(kind.median_pages), kind.sigma))
    return max(kind.min_pages, min(kind.max_pages, pages))


def _date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return year, rng.randint(1, 12), rng.randint(1, 28)


def _adopter(rng: random.Random, kind: Kind) -> str:
    names, weights = zip(*kind.adopters)
    body = rng.choices(names, weights)[0]
    return rng.choice(NAMNDER_R) if body == "namnd" else body


def _metadata(rng: random.Random, w: Writer, kind_name: str, kind: Kind) -> None:
    """The cover block: lines or a label table, in phrasings from real documents."""
    status = rng.choices(["adopted", "draft", "missing"], [92, 3, 5])[0]
    year = rng.choices(range(2008, 2025), [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 5, 5, 4, 3])[0]
    y, m, d = _date(rng, year)
    body = _adopter(rng, kind)
    Body = body[0].upper() + body[1:]
    par = rng.randint(1, 290)
    dnr = rng.choice([f"KS {y}/{rng.randint(10, 999)}", f"KS {y}/{rng.randint(1, 1500):04d}",
                      f"KS{y}/{rng.randint(10, 999)}/01", f"ks {y % 100:02d}/{rng.randint(1, 99)}",
                      f"{y}/{rng.randint(10, 999)} KS.023", f"KS/{y}:{rng.randint(10, 400)}"])
    iso = f"{y}-{m:02d}-{d:02d}"
    long = f"{d} {MONTHS[m - 1]} {y}"
    owner = rng.choice(OWNERS)
    review_year = y + rng.choice([2, 3, 4])
    validity = rng.choice([f"Gäller till och med {review_year}-12-31", "Giltighetstid: Tillsvidare",
                           f"Dokumentet gäller till och med: 31 december {review_year}", "Gäller: Tillsvidare",
                           None, None])
    review = rng.choice(["Revideras varje mandatperiod", f"Revideras senast {review_year}",
                         f"Tidpunkt för aktualitetsprövning: {review_year}", "Översyn varje mandatperiod",
                         "Ska ses över årligen", None])
    if status == "draft":
        w.add(("meta", rng.choice(["Förslag", "Utkast", "Remissversion"]) + f" {iso}"))
    if rng.random() < 0.4 and status != "draft":
        rows = [("Dokumenttyp", TYPE_NAMES[kind_name])]
        if status == "adopted":
            rows += [("Beslutad av", Body), ("Beslutsdatum", iso), ("Paragraf", f"§ {par}")]
        rows += [("Diarienummer", dnr), ("Dokumentansvarig", owner)]
        if validity:
            value = validity.split(":")[-1].replace("Gäller till och med", "").strip()
            rows.append(("Gäller till och med" if any(c.isdigit() for c in value) else "Giltighetstid", value))
        if review:
            rows.append(("Revidering", review))
        w.add(("labels", rows))
        return
    lines = []
    if status == "adopted":
        lines.append(rng.choice([
            f"Antagen av {body} {iso}, § {par}", f"Antaget av {Body} den {long} § {par}",
            f"Fastställd av {Body} den {long}, § {par}.", f"Antaget av {body} {d}/{m} {y}, § {par}",
            f"Beslutad av {body} {iso}, § {par}", f"Antagen av {body} {long}.",
            f"Beslutad av: {Body}\nBeslutsdatum: {iso}", f"Beslutsinstans: {Body} {long}, § {par}",
        ]))
        if rng.random() < 0.25:
            ry = min(y + rng.randint(1, 4), 2024)
            lines.append(f"Reviderad {ry}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}, § {rng.randint(1, 290)}")
    lines.append(rng.choice([f"Dnr {dnr}", f"Diarienummer: {dnr}", f"Dnr: {dnr}"]))
    lines.append(rng.choice(["Dokumentansvarig", "Dokumentägare", "Ansvarig tjänsteman"]) + f": {owner}")
    for line in (validity, review):
        if line:
            lines.append(line)
    if rng.random() < 0.3:
        lines.append("Gäller för: " + rng.choice(["Samtliga nämnder och förvaltningar", "Kommunstyrelsens förvaltning",
                                                  "Alla medarbetare i kommunen"]))
    if rng.random() < 0.15:
        lines.append(f"Ersätter: {rng.choice(['IT-policy', 'IT-strategi', 'Riktlinjer för IT'])} antagen "
                     f"{rng.randint(2003, max(2004, y - 1))}")
    for line in lines:
        for part in line.split("\n"):
            w.add(("meta", part))


def _definitions(w: Writer, count: int) -> None:
    for term, meaning in w.rng.sample(DEFINITIONS, min(count, len(DEFINITIONS))):
        w.add(("p", f"{term}: {meaning}." if w.rng.random() < 0.5 else f"Med {term.lower()} avses {meaning}."))


def _grow(w: Writer, target: int, areas: list[str], unit, level: int = 1) -> None:
    """Append areas (headings) with units of content round-robin until ``target`` words."""
    count = max(1, min(len(areas), (target - w.words) // 350 + 1))
    chosen = areas[:count] if count == len(areas) else w.rng.sample(areas, count)
    bodies: list[list[tuple]] = [[] for _ in chosen]
    k = 0
    while w.words < target or k < count:
        before = len(w.items)
        unit(w, chosen[k % count], k // count)
        bodies[k % count].extend(w.items[before:])
        del w.items[before:]
        k += 1
        if k > 20000:
            break
    for area, body in zip(chosen, bodies):  # emit in order, headings numbered as they come
        w.heading(area, level)
        w.items.extend(body)


def _prose_unit(pools: dict[str, float], table=None):
    def unit(w: Writer, area: str, n: int) -> None:
        r = w.rng.random()
        if n and r < 0.12:
            w.bullets(max(pools, key=pools.get), w.rng.randint(3, 5))
        elif n and table and r < 0.2:
            w.add(table(w, area))
        else:
            w.add(("p", w.paragraph(pools)))
    return unit


def _classification_table(w: Writer, area: str) -> tuple:
    rows = [["Nivå", "Konfidentialitet", "Riktighet", "Tillgänglighet"]]
    for level, text in (("1", "Försumbar"), ("2", "Måttlig"), ("3", "Betydande"), ("4", "Allvarlig")):
        rows.append([level, f"{text} skada vid röjande", f"{text} skada vid felaktig information",
                     f"{text} skada vid avbrott längre än {w.rng.choice(['en timme', 'en dag', 'en vecka'])}"])
    return ("table", rows, True)


def _roles_table(w: Writer, area: str) -> tuple:
    rows = [["Roll", "Ansvar"]]
    for role in w.rng.sample(["Objektägare", "Förvaltningsledare", "Objektspecialist", "Systemägare",
                              "Systemförvaltare", "Informationsägare", "Teknisk förvaltare", "Superanvändare"], 5):
        rows.append([role, w.sentence("model" if w.rng.random() < 0.5 else "responsibility")])
    return ("table", rows, True)


def build(index: int, seed: int) -> tuple[DocInfo, list[tuple], dict]:
    """The content of document ``index``: its info, its items and its page header text."""
    rng = random.Random(f"govcheck-bench:{seed}:{index}")
    names, weights = zip(*((k, v.weight) for k, v in KINDS.items()))
    kind_name = rng.choices(names, weights)[0]
    kind = KINDS[kind_name]
    pages = _pages(rng, kind)
    target = pages * rng.randint(450, 500)
    year = rng.randint(2019, 2024)
    title = rng.choice(kind.titles).format(kommun=MUNICIPALITY, year=year, year2=year + rng.choice([2, 3, 4]),
                                           namnd_r=rng.choice(NAMNDER_R),
                                           namnd_g=rng.choice(["socialnämnden", "barn- och utbildningsnämnden"]))
    w = Writer(rng, kind)
    w.add(("title", title))
    _metadata(rng, w, kind_name, kind)
    intro = 1 if target < 1500 else rng.randint(1, 3)
    toc_at = len(w.items)
    BUILDERS[kind_name](w, target, intro)
    if pages >= 10:  # a table of contents from the headings, with estimated page numbers
        entries, seen = [], 0
        for item in w.items[toc_at:]:
            seen += len(item[1].split()) if isinstance(item[1], str) else 40
            if item[0] in ("h1", "h2"):
                entries.append((int(item[0][1]), f"{item[1]}\t{2 + seen // 475}"))
        w.items.insert(toc_at, ("toc", entries))
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower().translate(str.maketrans("åäöé–", "aaoe-"))).strip("-")[:48]
    info = DocInfo(index=index, name=f"{index:05d}-{slug}", kind=kind_name, title=title, pages=pages,
                   words=w.words, pdf=index % PDF_EVERY == 2)
    return info, w.items, {"header": f"{MUNICIPALITY}\t{TYPE_NAMES[kind_name]}", "author": rng.choice(OWNERS),
                           "year": year}


# --- per type: the sections after the cover ------------------------------------------------

def _policy(w: Writer, target: int, intro: int) -> None:
    w.heading("Inledning")
    w.prose({"background": 1}, intro)
    w.heading("Syfte")
    w.prose({"purpose": 3, "background": 1}, max(1, intro - 1))
    w.heading("Omfattning")
    w.prose({"scope": 3, "background": 1}, 1)
    if w.rng.random() < 0.7:
        w.heading("Mål")
        w.prose({"goal": 2, "background": 2, "digital": 1}, intro)
    closing = 4 * 90 + 120
    pools = {"security": 4, "background": 2, "digital": 1} if "säkerhet" in w.slots["topic"] else \
        {"digital": 4, "background": 2, "security": 1}
    areas = SECURITY_AREAS if "säkerhet" in w.slots["topic"] else DIGITAL_AREAS
    w.heading("Principer")
    w.prose(pools, 1)
    _grow(w, target - closing, areas, _prose_unit(pools), level=2)
    _roles(w, intro)
    w.heading("Uppföljning och revidering")
    w.prose({"followup": 3, "review": 2, "background": 1}, 1)
    w.heading("Relaterade styrdokument")
    w.prose({"reference": 3}, 1)


def _roles(w: Writer, intro: int) -> None:
    w.heading(w.rng.choice(["Ansvar och roller", "Organisation, roller och ansvar", "Roller och ansvarsområden"]))
    if intro > 1:
        for role in w.rng.sample(["Kommunfullmäktige", "Kommunstyrelsen", "Nämnderna", "Kommundirektören",
                                  "Förvaltningschefer", "Systemägare", "Informationsägare", "IT-chefen",
                                  "Medarbetare"], 4):
            w.heading(role, 2)
            w.prose({"responsibility": 3, "background": 1}, 1)
    else:
        w.prose({"responsibility": 3, "background": 1}, 2)


def _strategy(w: Writer, target: int, intro: int) -> None:
    w.heading("Inledning")
    w.prose({"background": 3, "purpose": 1}, intro + 1)
    w.heading("Bakgrund")
    w.prose({"background": 1}, intro)
    w.heading("Vision")
    w.prose({"digital": 2, "purpose": 1}, 1)
    w.heading(w.rng.choice(["Strategiska mål", "Målområden", "Inriktning och mål"]))
    _grow(w, target - 600, DIGITAL_AREAS, _prose_unit({"digital": 4, "goal": 2, "background": 3}), level=2)
    _roles(w, intro)
    w.heading("Genomförande och uppföljning")
    w.prose({"followup": 3, "decision": 1, "background": 1}, 2)


def _guidelines(w: Writer, target: int, intro: int) -> None:
    w.heading("Inledning")
    w.prose({"background": 2, "purpose": 1}, intro)
    w.heading("Syfte och omfattning")
    w.prose({"purpose": 2, "scope": 2}, 1)
    w.heading("Ansvar")
    w.prose({"responsibility": 3, "background": 1}, intro)
    pools = {"security": 5, "background": 2, "responsibility": 1, "decision": 0.5}
    _grow(w, target - 450, SECURITY_AREAS, _prose_unit(pools, _classification_table))
    w.heading("Uppföljning")
    w.prose({"followup": 3, "review": 1}, 1)
    w.heading("Definitioner")
    _definitions(w, 4)


def _action_plan(w: Writer, target: int, intro: int) -> None:
    w.heading("Inledning")
    w.prose({"background": 3, "purpose": 1}, intro)
    w.heading("Mål")
    w.prose({"goal": 3, "digital": 1}, 1)
    w.heading("Aktiviteter")
    rows = [["Nr", "Aktivitet", "Ansvarig", "Klart", "Status"]]
    acts = w.rng.sample(ACTIVITIES, min(len(ACTIVITIES), 4 + (target - w.words) // 400))
    for n, act in enumerate(acts, 1):
        rows.append([str(n), act, w.rng.choice(SLOTS["unit"]), f"{w.rng.choice(['Q1', 'Q2', 'Q3', 'Q4'])} "
                     f"{w.rng.choice(SLOTS['year'])}", w.rng.choice(STATUSES)])
    w.add(("table", rows, True))
    _grow(w, target - 200, acts, _prose_unit({"digital": 3, "background": 2, "responsibility": 1, "goal": 1}), 2)
    w.heading("Uppföljning")
    w.prose({"followup": 3}, 1)


def _project_plan(w: Writer, target: int, intro: int) -> None:
    w.heading("Bakgrund")
    w.prose({"background": 3, "project": 1}, intro)
    w.heading("Syfte och mål")
    w.prose({"goal": 2, "purpose": 2, "project": 1}, 1)
    w.heading("Projektorganisation")
    rows = [["Roll", "Funktion"], ["Projektägare", w.rng.choice(["Förvaltningschef", "Kommundirektör"])],
            ["Projektledare", w.rng.choice(["Digitaliseringsstrateg", "IT-projektledare"])],
            ["Styrgrupp", "Förvaltningschefer och digitaliseringschef"],
            ["Referensgrupp", "Representanter för verksamheterna"]]
    w.add(("table", rows, True))
    w.prose({"project": 3, "responsibility": 2}, 1)
    w.heading("Avgränsningar")
    w.prose({"project": 2, "scope": 1}, 1)
    w.heading("Tidplan")
    w.add(("table", [["Aktivitet", "Start", "Klart"]] +
           [[a, f"{w.rng.choice(MONTHS)} {w.rng.choice(SLOTS['year'])}", f"{w.rng.choice(MONTHS)}"]
            for a in w.rng.sample(ACTIVITIES, 5)], True))
    w.heading("Risker")
    w.add(("table", [["Risk", "Sannolikhet", "Konsekvens", "Åtgärd"]] + [list(r) for r in w.rng.sample(RISKS, 4)], True))
    _grow(w, target - 250, ["Genomförande", "Kommunikation", "Utbildning", "Budget", "Överlämning till förvaltning",
                            "Kvalitet och test"], _prose_unit({"project": 4, "background": 2, "digital": 1}))
    w.heading("Uppföljning och avslut")
    w.prose({"followup": 2, "project": 2}, 1)


def _model(w: Writer, target: int, intro: int) -> None:
    w.heading("Inledning")
    w.prose({"background": 2, "model": 1}, intro)
    w.heading("Syfte")
    w.prose({"purpose": 3}, 1)
    w.heading("Begrepp")
    _definitions(w, 5)
    _grow(w, target - 400, MODEL_AREAS, _prose_unit({"model": 5, "responsibility": 1, "background": 1}, _roles_table))
    w.heading("Uppföljning")
    w.prose({"followup": 3, "model": 1, "review": 1}, 1)


def _rules(w: Writer, target: int, intro: int) -> None:
    def unit(w: Writer, area: str, n: int) -> None:
        who = "Styrelsen" if "kommunstyrelsen" in w.items[0][1].lower() else "Nämnden"
        if n == 0 or w.rng.random() < 0.5:
            text = f"0 § {who} ska {w.rng.choice(REGLEMENTE_TASKS)}."
            if w.rng.random() < 0.5:
                text += " " + w.sentence(w.rng.choice(["responsibility", "decision", "background"]))
        else:
            text = f"0 § {w.rng.choice(REGLEMENTE_RULES).replace('Styrelsen', who)}"
        w.add(("p", text))

    w.add(("p", "Utöver det som föreskrivs om styrelser och nämnder i kommunallagen gäller bestämmelserna i detta reglemente."))
    _grow(w, target, REGLEMENTE_CHAPTERS, unit)
    number = 0
    for k, item in enumerate(w.items):  # number the paragraphs in reading order: 1 §, 2 § …
        if item[0] == "p" and re.match(r"\d+ § ", item[1]):
            number += 1
            w.items[k] = ("p", re.sub(r"^\d+", str(number), item[1]))


def _delegation(w: Writer, target: int, intro: int) -> None:
    w.heading("Inledning")
    w.prose({"background": 1, "purpose": 1}, 1)
    for heading, sentences in DELEGATION_INTRO[: 3 + intro + (2 if target > 6000 else 0)]:
        w.heading(heading)
        w.add(("p", " ".join(sentences)))
    w.heading("Förkortningar")
    w.add(("table", [["Förkortning", "Betydelse"]] + [list(a) for a in ABBREVIATIONS], True))
    letters = iter("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    tables: dict[str, list[list[str]]] = {}

    def unit(w: Writer, area: str, n: int) -> None:
        rows = tables.setdefault(area, [])
        matter = w.fill(w.rng.choice(DELEGATION_AREAS[area]))
        rows.append(["", matter, w.rng.choice(DELEGATES), w.rng.choice(LAWS), w.rng.choice(NOTES)])
        w.add(("p", ""))  # placeholder: counts the row below, replaced when emitted
        w.words += sum(len(c.split()) for c in rows[-1])

    _grow(w, target, list(DELEGATION_AREAS), unit)
    # replace each area's placeholders by its table, rows numbered A.1, A.2 …
    out, area_rows = [], None
    for item in w.items:
        if item[0] == "h1" and any(item[1].endswith(a) for a in DELEGATION_AREAS):
            out.append(item)
            area = next(a for a in DELEGATION_AREAS if item[1].endswith(a))
            letter = next(letters)
            area_rows = tables.pop(area)
            for k, row in enumerate(area_rows, 1):
                row[0] = f"{letter}.{k}"
            out.append(("p", w.sentence("decision") if w.rng.random() < 0.3 else
                        f"Delegationen avser ärenden inom området {area.lower()}."))
            out.append(("table", [["Nr", "Ärende", "Delegat", "Lagrum", "Anmärkning"]] + area_rows, True))
        elif item == ("p", ""):
            continue
        else:
            out.append(item)
    w.items[:] = out


BUILDERS = {
    "it-policy": _policy, "informationssakerhetspolicy": _policy, "digitaliseringsstrategi": _strategy,
    "riktlinjer": _guidelines, "handlingsplan": _action_plan, "projektplan": _project_plan,
    "forvaltningsmodell": _model, "reglemente": _rules, "delegationsordning": _delegation,
}


# --- .docx ----------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOC_NS = (f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
KEEP_STYLES = {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Title", "TitleChar", "Heading1",
               "Heading1Char", "Heading2", "Heading2Char", "Heading3", "Heading3Char", "ListBullet",
               "ListParagraph", "TableGrid", "Header", "HeaderChar", "Footer", "FooterChar", "TOCHeading",
               "Subtitle", "SubtitleChar", "NoSpacing", "Strong"}
TOC_STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="TOC{k}"><w:name w:val="toc {k}"/><w:basedOn w:val="Normal"/>'
    f'<w:next w:val="Normal"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
    f'<w:pPr><w:spacing w:after="100"/><w:ind w:left="{(k - 1) * 220}"/></w:pPr></w:style>' for k in (1, 2))
_template: dict[str, bytes] = {}


def _template_parts() -> dict[str, bytes]:
    """python-docx's default template: styles cut to what Word keeps for such a document."""
    if not _template:
        import docx
        from lxml import etree

        buf = io.BytesIO()
        docx.Document().save(buf)
        with zipfile.ZipFile(buf) as zf:
            for name in ("word/settings.xml", "word/webSettings.xml", "word/fontTable.xml", "word/theme/theme1.xml",
                         "word/numbering.xml", "docProps/app.xml"):
                _template[name] = zf.read(name)
            styles = etree.fromstring(zf.read("word/styles.xml"))
        for style in styles.findall(f"{{{W_NS}}}style"):
            if style.get(f"{{{W_NS}}}styleId") not in KEEP_STYLES:
                styles.remove(style)
        text = etree.tostring(styles, xml_declaration=True, encoding="UTF-8", standalone=True).decode()
        _template["word/styles.xml"] = text.replace("</w:styles>", TOC_STYLES + "</w:styles>").encode()
    return _template


class _Xml:
    """document.xml as Word writes it: runs split at edit sessions, each with rsid and language."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.rsids = [f"00{rng.randrange(16 ** 6):06X}" for _ in range(12)]

    def rsid(self) -> str:
        return self.rng.choice(self.rsids)

    def runs(self, text: str, bold: bool = False) -> str:
        words = text.split(" ")
        cuts = sorted(self.rng.sample(range(1, len(words)), min(len(words) - 1, self.rng.choice([0, 0, 1, 1, 2, 3]))))
        pieces = [" ".join(words[a:b]) for a, b in zip([0] + cuts, cuts + [len(words)])]
        out = []
        for k, piece in enumerate(pieces):
            if k < len(pieces) - 1:
                piece += " "
            rpr = ("<w:b/>" if bold else "") + '<w:lang w:val="sv-SE"/>'
            if self.rng.random() < 0.05:
                out.append('<w:proofErr w:type="spellStart"/>')
            out.append(f'<w:r w:rsidRPr="{self.rsid()}"><w:rPr>{rpr}</w:rPr>'
                       f'<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
        return "".join(out)

    def p(self, text: str, style: str | None = None, bold: bool = False, extra: str = "") -> str:
        ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + extra
        lines = text.split("\t")
        body = '<w:r><w:tab/></w:r>'.join(self.runs(line, bold) for line in lines)
        return (f'<w:p w:rsidR="{self.rsid()}" w:rsidRDefault="{self.rsid()}" w:rsidP="{self.rsid()}">'
                f'{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{body}</w:p>')

    def table(self, rows: list[list[str]], header: bool, label: bool = False) -> str:
        cols = max(len(r) for r in rows)
        width = 9000 // cols
        grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols))
        out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
               f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               f'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for r, row in enumerate(rows):
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header and r == 0 else ""
            cells = "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                f'{self.p(cell, bold=(header and r == 0) or (label and c == 0))}</w:tc>' for c, cell in enumerate(row))
            out.append(f'<w:tr w:rsidR="{self.rsid()}" w:rsidTr="{self.rsid()}">{trpr}{cells}</w:tr>')
        out.append("</w:tbl>")
        return "".join(out)


def write_docx(path: Path, info: DocInfo, items: list[tuple], extra: dict) -> None:
    rng = random.Random(f"docx:{info.index}")
    x = _Xml(rng)
    body = []
    for item in items:
        kind = item[0]
        if kind == "title":
            body.append(x.p(item[1], "Title"))
        elif kind == "meta":
            body.append(x.p(item[1], None, bold=item[1].startswith(("Antagen", "Antaget", "Fastställd"))))
        elif kind in ("h1", "h2"):
            body.append(x.p(item[1], "Heading" + kind[1]))
        elif kind == "p":
            body.append(x.p(item[1]))
        elif kind == "bullet":
            body.append(x.p(item[1], "ListBullet"))
        elif kind == "table":
            body.append(x.table(item[1], item[2]))
            body.append(x.p(""))  # Word keeps a paragraph between a table and what follows
        elif kind == "labels":
            body.append(x.table([list(r) for r in item[1]], False, label=True))
            body.append(x.p(""))
        elif kind == "toc":
            entries = "".join(x.p(text, f"TOC{level}") for level, text in item[1])
            body.append('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                        '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
                        f'{x.p("Innehåll", "TOCHeading")}{entries}</w:sdtContent></w:sdt>')
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId20"/>'
            '<w:footerReference w:type="default" r:id="rId21"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" '
            'w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {DOC_NS}><w:body>'
                f'{"".join(body)}{sect}</w:body></w:document>')
    header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {DOC_NS}>'
              f'{x.p(extra["header"], "Header")}</w:hdr>')
    footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {DOC_NS}><w:p><w:pPr>'
              '<w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">Sida </w:t></w:r>'
              '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> ('
              f'</w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>{info.pages}</w:t></w:r></w:fldSimple>'
              '<w:r><w:t>)</w:t></w:r></w:p></w:ftr>')
    created = f"{extra['year']}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T09:{rng.randint(10, 59)}:00Z"
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(info.title)}</dc:title><dc:creator>{escape(extra["author"])}</dc:creator>'
            f'<cp:lastModifiedBy>{escape(extra["author"])}</cp:lastModifiedBy><cp:revision>{rng.randint(2, 40)}</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified></cp:coreProperties>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.{t}"/>'
                    for part, t in (("word/document.xml", "wordprocessingml.document.main+xml"),
                                    ("word/styles.xml", "wordprocessingml.styles+xml"),
                                    ("word/settings.xml", "wordprocessingml.settings+xml"),
                                    ("word/webSettings.xml", "wordprocessingml.webSettings+xml"),
                                    ("word/fontTable.xml", "wordprocessingml.fontTable+xml"),
                                    ("word/numbering.xml", "wordprocessingml.numbering+xml"),
                                    ("word/theme/theme1.xml", "theme+xml"),
                                    ("word/header1.xml", "wordprocessingml.header+xml"),
                                    ("word/footer1.xml", "wordprocessingml.footer+xml"),
                                    ("docProps/app.xml", "extended-properties+xml")))
          + '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}extended-properties" Target="docProps/app.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(f'<Relationship Id="{rid}" Type="{rel}{t}" Target="{target}"/>'
                          for rid, t, target in (("rId1", "numbering", "numbering.xml"), ("rId2", "styles", "styles.xml"),
                                                 ("rId3", "settings", "settings.xml"),
                                                 ("rId4", "webSettings", "webSettings.xml"),
                                                 ("rId5", "fontTable", "fontTable.xml"),
                                                 ("rId6", "theme", "theme/theme1.xml"),
                                                 ("rId20", "header", "header1.xml"), ("rId21", "footer", "footer1.xml")))
                + "</Relationships>")
    parts = {"[Content_Types].xml": ct, "_rels/.rels": rels, "word/document.xml": document,
             "word/_rels/document.xml.rels": doc_rels, "word/header1.xml": header, "word/footer1.xml": footer,
             "docProps/core.xml": core, **_template_parts()}
    _atomic_zip(path, parts)


def _atomic_zip(path: Path, parts: dict[str, str | bytes]) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, compress_type=zipfile.ZIP_DEFLATED)
    os.replace(tmp, path)


# --- .pdf -----------------------------------------------------------------------------------

def write_pdf(path: Path, info: DocInfo, items: list[tuple], extra: dict) -> None:
    """The same text through tests/pdfgen.py (reportlab): headings, paragraphs, tables, a header
    and a "Sida N (M)" footer; every other PDF embeds a TrueType subset, as Word does."""
    if str(ROOT / "tests") not in sys.path:
        sys.path.insert(0, str(ROOT / "tests"))
    import datetime as dt

    from pdfgen import make_pdf

    content: list[tuple] = []
    for item in items:
        kind = item[0]
        if kind in ("title", "h1", "h2", "p"):
            if item[1]:
                content.append((kind, item[1]))
        elif kind == "meta":
            content.append(("p", item[1]))
        elif kind == "bullet":
            content.append(("p", "• " + item[1]))
        elif kind == "table":
            content.append(("table", item[1]))
        elif kind == "labels":
            content.append(("table", [list(r) for r in item[1]]))
        elif kind == "toc":
            content.append(("h2", "Innehåll"))
            content.extend(("p", text.replace("\t", " ... ")) for _, text in item[1])
            content.append(("pagebreak",))
    tmp = path.with_name(f".{path.name}.tmp")
    make_pdf(tmp, content, header=f"{MUNICIPALITY} – {info.title}", footer="Sida {page} ({pages})",
             info={"title": info.title, "author": extra["author"], "creator": "Microsoft® Word för Microsoft 365",
                   "created": dt.datetime(extra["year"], 3, 1, 9, 0)},
             font="dejavu" if info.index % 2 else "helvetica")
    os.replace(tmp, path)


# --- the pool and workspaces ------------------------------------------------------------------

def generator_key() -> str:
    """Changes whenever this generator or tests/pdfgen.py changes, so a cached pool never mixes
    documents from two versions of the generator."""
    import hashlib

    digest = hashlib.sha256()
    for source in (Path(__file__), ROOT / "tests" / "pdfgen.py"):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def default_pool(seed: int = DEFAULT_SEED) -> Path:
    import tempfile

    return Path(tempfile.gettempdir()) / "govcheck-bench-corpus" / f"{generator_key()}-seed{seed}"


def _make(args: tuple[Path, int, int, bool]) -> dict:
    pool, index, seed, want_pdf = args
    info, items, extra = build(index, seed)
    docx_path = pool / f"{info.name}.docx"
    if not docx_path.exists():
        write_docx(docx_path, info, items, extra)
    if want_pdf and info.pdf and not (pool / f"{info.name}.pdf").exists():
        write_pdf(pool / f"{info.name}.pdf", info, items, extra)
    return asdict(info)


def ensure(count: int, seed: int = DEFAULT_SEED, pool: Path | None = None, *, pdf: bool = True,
           jobs: int | None = None, log=print) -> list[DocInfo]:
    """Documents 0 … count-1 in the pool (written when missing), with their info."""
    pool = Path(pool or default_pool(seed))
    pool.mkdir(parents=True, exist_ok=True)
    index_file = pool / "index.json"
    known = json.loads(index_file.read_text()) if index_file.is_file() else {}
    missing = [i for i in range(count)
               if str(i) not in known or not (pool / f"{known[str(i)]['name']}.docx").exists()
               or (pdf and known[str(i)]["pdf"] and not (pool / f"{known[str(i)]['name']}.pdf").exists())]
    if missing:
        log(f"generating {len(missing)} documents in {pool} (once; later runs reuse them) …")
        tasks = [(pool, i, seed, pdf) for i in missing]
        if len(tasks) > 4 and (jobs or os.cpu_count() or 1) > 1:
            with ProcessPoolExecutor(jobs or os.cpu_count()) as ex:
                made = list(ex.map(_make, tasks, chunksize=4))
        else:
            made = [_make(t) for t in tasks]
        for info in made:
            known[str(info["index"])] = info
        tmp = index_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(known, ensure_ascii=False, indent=0))
        os.replace(tmp, index_file)
    return [DocInfo(**known[str(i)]) for i in range(count)]


def make_workspace(dest: Path, docs: list[DocInfo], pool: Path, *, pdf: bool = True) -> Path:
    """A workspace with govcheck.yaml and documents/: each document once, as PDF when it has
    one (``pdf``), else as .docx; files are hard links into the pool (copies across devices)."""
    documents = dest / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    (dest / "govcheck.yaml").write_text(WORKSPACE_YAML, encoding="utf-8")
    for info in docs:
        suffix = ".pdf" if pdf and info.pdf else ".docx"
        source, target = pool / f"{info.name}{suffix}", documents / f"{info.name}{suffix}"
        if target.exists():
            continue
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
    return dest


def main() -> int:
    ap = argparse.ArgumentParser(description="Write a synthetic municipality workspace (benchmarks/corpus.py).")
    ap.add_argument("-n", type=int, default=20, help="number of documents")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", required=True, help="workspace folder to write")
    ap.add_argument("--no-pdf", action="store_true", help="every document as .docx")
    args = ap.parse_args()
    pool = default_pool(args.seed)
    docs = ensure(args.n, args.seed, pool, pdf=not args.no_pdf)
    make_workspace(Path(args.out), docs, pool, pdf=not args.no_pdf)
    print(f"{args.out}: {len(docs)} documents, {sum(d.pages for d in docs)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
