"""Fill unfinished entries of the Qt catalogues from a table of Swedish wordings.

    python tools/translate.py            # after pyside6-lupdate; then pyside6-lrelease

English entries take the source text (the code is written in English); Swedish
ones come from ``SWEDISH`` below, which grows with each new ui string. An entry
without a wording stays unfinished, so the catalogue test names it.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

UNFINISHED = re.compile(
    r"(?P<head><source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    # empty, or pre-filled by lupdate's same-text heuristic (still to be confirmed)
    r'<translation type="unfinished">[^<]*</translation>',
    re.S,
)
CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "i18n"

SWEDISH = {
    "Remember the password in the system keyring": "Kom ihåg lösenordet i systemets nyckelring",
    "Kept by the operating system (Credential Manager, Keychain, Secret Service), never in "
    "KalixPlan's settings. Without it, the password is used for this session only (or comes "
    "from PGPASSWORD or ~/.pgpass).": (
        "Sparas av operativsystemet (Autentiseringshanteraren, Nyckelring, Secret Service), "
        "aldrig i KalixPlans inställningar. Utan det används lösenordet bara under den här "
        "sessionen (eller hämtas från PGPASSWORD eller ~/.pgpass)."
    ),
    "This computer has no system keyring; the password is used for this session only. "
    "Press OK again to connect.": (
        "Datorn har ingen nyckelring i systemet; lösenordet används bara under den här "
        "sessionen. Tryck OK igen för att ansluta."
    ),
    "Choose if the layer exists already": "Välj om lagret redan finns",
    "Replace the existing layer's features": "Ersätt det befintliga lagrets objekt",
    "Add to the existing layer's features": "Lägg till i det befintliga lagrets objekt",
    "Keep the existing layer (import nothing)": "Behåll det befintliga lagret (importera inget)",
    "Existing layer:": "Befintligt lager:",
    "As the existing layer (a new one: other)": "Som det befintliga lagret (ett nytt: övrigt)",
    "Open document": "Öppna dokument",
    "Only web addresses, e-mail addresses and files that exist can be opened.": (
        "Bara webbadresser, e-postadresser och filer som finns kan öppnas."
    ),
    "%1 ha — not recomputed yet: the boundary was changed outside KalixPlan (reopen the "
    "project)": "%1 ha – inte omräknad ännu: gränsen ändrades utanför KalixPlan (öppna "
    "projektet igen)",
    "{0} exists already. Replace it?": "{0} finns redan. Vill du ersätta den?",
    "Delete %1 parcels": "Ta bort %1 fastigheter",
    "Delete %1 plans": "Ta bort %1 planer",
    "No project open": "Inget projekt öppet",
    "CSV with WKT (.csv)": "CSV med WKT (.csv)",
    "Prospectus PDF…": "Objektblad som PDF…",
    "One A4 prospectus sheet (objektblad) per selected parcel, for investors": (
        "Ett objektblad i A4 per vald fastighet, att ge investerare"
    ),
    "Save prospectus": "Spara objektblad",
    "Writing the prospectus": "Objektbladen skrivs",
    "Saved %1 (%2 pages).": "Sparade %1 (%2 sidor).",
    "Prospectus": "Objektblad",
    "Name": "Namn",
    "Org. number": "Org.nummer",
    "Sector": "Bransch",
    "Furthest stage": "Längst kommet steg",
    "Next step due": "Nästa steg senast",
    "Role": "Roll",
    "E-mail": "E-post",
    "Phone": "Telefon",
    "yes": "ja",
    "Area (ha)": "Areal (ha)",
    "Power (MW)": "Effekt (MW)",
    "Water (m³/day)": "Vatten (m³/dygn)",
    "Rail": "Järnväg",
    "Port": "Hamn",
    "Timeframe": "Tidsram",
    "Notes": "Anteckningar",
    "Meeting": "Möte",
    "Call": "Samtal",
    "Mail": "E-post",
    "Site visit": "Platsbesök",
    "Other": "Övrigt",
    "Date": "Datum",
    "Kind": "Typ",
    "Next step": "Nästa steg",
    "Due": "Senast",
    "Done": "Klar",
    "expired": "har gått ut",
    "ends soon": "går snart ut",
    "Parcel": "Fastighet",
    "Stage": "Steg",
    "Stage since": "Steg sedan",
    "Parcel status": "Fastighetens status",
    "Reserved until": "Reserverad till",
    "Title": "Titel",
    "Location": "Plats",
    "area": "areal",
    "land use": "markanvändning",
    "power": "effekt",
    "rail": "järnväg",
    "port": "hamn",
    "water": "vatten",
    "constraints": "restriktioner",
    "Score": "Poäng",
    "Status": "Status",
    "Criteria": "Kriterier",
    "Actor": "Aktör",
    "%1 parcels, %2 ha shown": "%1 fastigheter, %2 ha visas",
    "Something unexpected went wrong: %1\n\nNothing was saved by this action. "
    "The details are in %2.": (
        "Något oväntat gick fel: %1\n\nInget sparades av den här åtgärden. Detaljerna finns i %2."
    ),
    "Nothing has been saved yet. NS Detaljplan 4.1: plans keep their identity; a plan edited "
    "in this project since the file was written is kept as it is.": (
        "Inget har sparats ännu. NS Detaljplan 4.1: planerna behåller sin identitet; en plan som "
        "ändrats i projektet sedan filen skrevs behålls som den är."
    ),
    "Exported {0} plans and {1} provisions to {2}. {3} findings would stop a delivery to the "
    "national platform, {4} are warnings:": (
        "{0} planer och {1} bestämmelser exporterades till {2}. {3} fynd skulle stoppa en "
        "leverans till den nationella plattformen, {4} är varningar:"
    ),
    "Exported {0} plans and {1} provisions to {2}; the national platform's rules find nothing "
    "to stop on.": (
        "{0} planer och {1} bestämmelser exporterades till {2}; den nationella plattformens "
        "regler hittar inget som stoppar leveransen."
    ),
    "The plan's beteckning as the archive writes it, e.g. 2514-P123, BN16/1724 or DP 2026:1": (
        "Planens beteckning som arkivet skriver den, t.ex. 2514-P123, BN16/1724 eller DP 2026:1"
    ),
    "Decision type": "Beslutstyp",
    "A new plan replaces the plans it names, a change amends them (PBL 4 kap. 38-39 §§), a "
    "repeal removes them (5 kap. 38 §)": (
        "En ny plan ersätter de planer den anger, en ändring ändrar dem (PBL 4 kap. 38–39 §§), "
        "ett upphävande tar bort dem (5 kap. 38 §)"
    ),
    "Plans this decision affects": "Planer som beslutet berör",
    "The plans it replaces, changes or repeals (föregående plans beteckning); separate several "
    "with ;": (
        "Planerna som beslutet ersätter, ändrar eller upphäver (föregående plans beteckning); "
        "skilj flera åt med ;"
    ),
    "change": "ändring",
    "laga kraft %1": "laga kraft %1",
    "%1 replaced by %2": "%1 ersatt av %2",
    "%1 repealed by %2": "%1 upphävd genom %2",
    "%1 repealed": "%1 upphävd",
    "%1 overlapped by the newer %2 (no decision links them)": (
        "%1 överlappas av den nyare %2 (inget beslut kopplar ihop dem)"
    ),
    "%1 not in force yet (laga kraft %2)": "%1 gäller inte ännu (laga kraft %2)",
    "Provisions (planbestämmelser)": "Planbestämmelser",
    "Reason: %1": "Motiv: %1",
    "No provisions registered": "Inga bestämmelser registrerade",
    "Catalogue reference: %1": "Katalogreferens: %1",
    "Boverket's planbestämmelsekatalog (in use: %1)": (
        "Boverkets planbestämmelsekatalog (används nu: %1)"
    ),
    "Catalogue release (*.json)": "Katalogens utgåva (*.json)",
    "Boverket's planbestämmelsekatalog": "Boverkets planbestämmelsekatalog",
    "Release %1 with %2 entries is in use for every project; NS Detaljplan deliveries refer "
    "to its entries.": (
        "Utgåva %1 med %2 poster används nu i alla projekt; leveranser enligt NS Detaljplan "
        "hänvisar till dess poster."
    ),
    "Boverket's &catalogue…": "Boverkets &planbestämmelsekatalog…",
    "On the public web pages": "På de publika webbsidorna",
    "Yes, publish it": "Ja, publicera den",
    "No": "Nej",
    "Only parcels marked here go out with 'kalixplan publish' (the 'ledig mark' pages); "
    "owners, notes and prices never do unless chosen": (
        "Bara fastigheter som markeras här kommer med i 'kalixplan publish' (sidorna om "
        "ledig mark); ägare, anteckningar och priser aldrig utan att det väljs"
    ),
    "Add a plan document": "Lägg till en planhandling",
    "Web address or file": "Webbadress eller fil",
    "Type of study": "Typ av underlag",
    "The national platform takes documents at a web address; a local file stays in "
    "KalixPlan only.": (
        "Den nationella plattformen tar emot handlingar på en webbadress; en lokal fil "
        "stannar i KalixPlan."
    ),
    "Documents (planhandlingar)": "Planhandlingar",
    "Add…": "Lägg till…",
    "Open": "Öppna",
    "Remove": "Ta bort",
    "Remove document": "Ta bort dokument",
    "Remove the link to %1? The document itself is not touched.": (
        "Ta bort länken till %1? Själva dokumentet påverkas inte."
    ),
    "Quality of the digital plan": "Den digitala planens kvalitet",
    "Digitisation": "Digitaliseringsnivå",
    "Is the plan complete in digital form (NS Detaljplan 4.1)?": (
        "Är planen komplett i digital form (NS Detaljplan 4.1)?"
    ),
    "Boundaries corrected": "Korrigerade gränser",
    "Planning basis checked": "Kontrollerat planeringsunderlag",
    "Usability": "Användbarhet",
    "About the quality": "Beskrivning av kvaliteten",
    "Yes": "Ja",
    "KalixPlan – presentation": "KalixPlan – presentation",
    "→ next   ← back   Esc leave": "→ nästa   ← bakåt   Esc avslutar",
    "Presentation mode": "Presentationsläge",
    "Tour through &areas (tick them; drag to reorder)": (
        "Visning &områdesvis (bocka i; dra för att ändra ordning)"
    ),
    "Tour through an &actor's matching land": "Visning av mark som &passar en aktör",
    "Show &prices": "Visa &priser",
    "Only available land is shown, without owners or notes. Keys: → or Page Down next, ← or "
    "Page Up back, Home/End, Esc leaves.": (
        "Bara ledig mark visas, utan ägare eller anteckningar. Tangenter: → eller Page Down "
        "nästa, ← eller Page Up bakåt, Home/End, Esc avslutar."
    ),
    "&Start": "&Starta",
    "Presentation mode is on; Esc in the presentation brings the map back.": (
        "Presentationsläget är på; Esc i presentationen tar tillbaka kartan."
    ),
    "Presentation &mode…": "Presentations&läge…",
    "Show available land full screen to a visitor, site by site (F11)": (
        "Visa ledig mark i helskärm för en besökare, plats för plats (F11)"
    ),
    "Publish the 'ledig mark' site": "Publicera webbplatsen om ledig mark",
    "A new or empty folder, or the site's folder": (
        "En ny eller tom mapp, eller webbplatsens mapp"
    ),
    "Choose…": "Välj…",
    "Swedish": "Svenska",
    "English": "Engelska",
    "Show the price per m²": "Visa priset per m²",
    "A prospectus PDF for each parcel": "Ett objektblad som PDF för varje fastighet",
    "Folder": "Mapp",
    "Languages": "Språk",
    "Only parcels marked for the public web pages and available go out, without owners or "
    "notes. Nothing is fetched from the internet: the folder opens from disk and from any "
    "web host.": (
        "Bara lediga fastigheter som markerats för de publika webbsidorna kommer med, utan "
        "ägare eller anteckningar. Inget hämtas från internet: mappen öppnas från disken och "
        "från vilket webbhotell som helst."
    ),
    "Publish": "Publicera",
    "Open the site": "Öppna webbplatsen",
    "The site's folder": "Webbplatsens mapp",
    "Choose the folder for the site first.": "Välj först mappen för webbplatsen.",
    "Choose at least one language.": "Välj minst ett språk.",
    "Publishing…": "Publicerar…",
    "Publishing the site": "Publicerar webbplatsen",
    "Published %1 parcels on %2 pages with %3 prospectus PDFs to %4.": (
        "%1 fastigheter publicerades på %2 sidor med %3 objektblad som PDF i %4."
    ),
    "P&ublish the 'ledig mark' site…": "P&ublicera webbplatsen om ledig mark…",
    "registered": "registrerad",
    "boundary changed": "gränsen ändrad",
    "… and %1 earlier versions": "… och %1 tidigare versioner",
    "No versions recorded": "Inga versioner registrerade",
    "Versions": "Versioner",
    "Kept by": "Hålls under",
    "Name of the area (no designation)": "Områdets namn (ingen beteckning)",
    "Land a municipality keeps by name only (a 'ledig industrimark' layer) has its name as "
    "its key": (
        "Mark som kommunen bara håller under ett namn (ett lager med ledig industrimark) har "
        "namnet som nyckel"
    ),
    "Register area name and block:unit, e.g. Kalix Näsbyn 1:23; for land kept by name, its name": (
        "Registerområde och block:enhet, t.ex. Kalix Näsbyn 1:23; för mark som hålls under ett "
        "namn, namnet"
    ),
    "Address": "Adress",
    "Extend or renew the implementation period": "Förläng eller förnya genomförandetiden",
    "yyyy-mm-dd (when known)": "åååå-mm-dd (när det är känt)",
    "Decision": "Beslut",
    "Years": "År",
    "Adopted": "Antagen",
    "Laga kraft": "Laga kraft",
    "Case number": "Diarienummer",
    "PBL 4 kap. 24 §: before the period has run out it is extended, after it has run out "
    "renewed from the day the decision gains legal force; at most five years at a time.": (
        "PBL 4 kap. 24 §: innan genomförandetiden har gått ut förlängs den, därefter förnyas den "
        "från den dag beslutet vinner laga kraft; högst fem år i sänder."
    ),
    "Extended or renewed implementation period": "Förlängd eller förnyad genomförandetid",
    "%1 by %2 years, adopted %3": "%1 med %2 år, antagen %3",
    "Read the coordinates as EPSG:{0} ({1}) and check again": (
        "Läs koordinaterna som EPSG:{0} ({1}) och kontrollera igen"
    ),
    "The file states EPSG:{0}, but its coordinates fit EPSG:{1}; they are read as EPSG:{1}.": (
        "Filen anger EPSG:{0}, men koordinaterna passar EPSG:{1}; de läses som EPSG:{1}."
    ),
    "Log file: %1<br>Your data and the demo: %2<br>Map cache: %3": (
        "Loggfil: %1<br>Dina data och demot: %2<br>Kartcache: %3"
    ),
    "Whole municipality": "Hela kommunen",
    "The municipal boundary and every parcel on one sheet, at the largest scale that holds them": (
        "Kommungränsen och alla fastigheter på ett blad, i den största skala som rymmer dem"
    ),
}


# Plural entries (tr with %n): the singular and plural wordings, Swedish and English.
NUMERUS = {
    "%n parcel(s) are not shown: the filter or search hides them (Show all parcels).": {
        "sv": (
            "%n fastighet visas inte: filtret eller sökningen döljer den (Visa alla fastigheter).",
            "%n fastigheter visas inte: filtret eller sökningen döljer dem (Visa alla fastigheter).",
        ),
        "en": (
            "%n parcel is not shown: the filter or search hides it (Show all parcels).",
            "%n parcels are not shown: the filter or search hides them (Show all parcels).",
        ),
    },
    "%n parcel(s) were edited outside KalixPlan: areas and distances recomputed.": {
        "sv": (
            "%n fastighet hade ändrats utanför KalixPlan: areal och avstånd är omräknade.",
            "%n fastigheter hade ändrats utanför KalixPlan: areal och avstånd är omräknade.",
        ),
        "en": (
            "%n parcel was edited outside KalixPlan: area and distances recomputed.",
            "%n parcels were edited outside KalixPlan: areas and distances recomputed.",
        ),
    },
}
UNFINISHED_NUMERUS = re.compile(
    r"(?P<head><source>(?P<source>[^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
    r'<translation type="unfinished">\s*<numerusform></numerusform>\s*'
    r"<numerusform></numerusform>\s*</translation>",
    re.S,
)


def fill_numerus(text: str, lang: str) -> str:
    """Plural entries filled from NUMERUS (left unfinished when it has none)."""

    def one(match: re.Match[str]) -> str:
        forms = NUMERUS.get(html.unescape(match.group("source")), {}).get(lang)
        if forms is None:
            return match.group(0)
        inner = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in forms)
        return f"{match.group('head')}<translation>{inner}</translation>"

    return UNFINISHED_NUMERUS.sub(one, text)


def fill(path: Path, wording: dict[str, str] | None) -> int:
    """Fill ``path``'s unfinished entries in place (the file's layout kept); returns those left."""
    text = path.read_text("utf-8")
    left = 0

    def one(match: re.Match[str]) -> str:
        nonlocal left
        source = html.unescape(match.group("source"))
        wording_ = source if wording is None else wording.get(source)
        if wording_ is None:
            left += 1
            return match.group(0)
        done = escape(wording_, {'"': "&quot;", "'": "&apos;"})
        return f"{match.group('head')}<translation>{done}</translation>"

    text = UNFINISHED.sub(one, text)
    text = fill_numerus(text, "en" if wording is None else "sv")
    left += len(UNFINISHED_NUMERUS.findall(text))
    path.write_text(text, "utf-8")
    return left


def main() -> int:
    left = fill(CATALOGUES / "kalixplan_sv.ts", SWEDISH)
    fill(CATALOGUES / "kalixplan_en.ts", None)
    print(f"{left} Swedish entries still need a wording.")
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
