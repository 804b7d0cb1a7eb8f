#!/usr/bin/env python3
"""Builds data/officials-gazetteer.json from the raw office-holder lists in ../shared/data/officials.

Usage: python3 tools/gazetteer/make-officials-gazetteer.py [OFFICIALS_DIR] [OUTPUT]
Defaults: ../shared/data/officials and data/officials-gazetteer.json, relative to the repository root.

Joins three sources (see that folder's README): Wikidata terms in office (officeholders.csv.gz), the CIA World
Factbook's leaders per year (factbook-executive.tsv.gz) and the CIA's 2019 cabinet lists, plus the heads of
international organisations in tools/gazetteer/additions.tsv. Keeps heads of state and government, foreign and
defence ministers of every country, every cabinet member of the countries the archive is about, and EU and UN
leaders, from 1991 on. Every entry keeps its offices with years and every spelling: the sources' own, the English
Wikipedia title, English romanisation variants and German press forms of names from the former Soviet Union, both
derived by rule (german_form, english_variants). A spelling two people share is dropped from both: it stands for
neither. The archivist's data/facet-vocabulary.json stays on top: the portal lets its officials win.
"""

import csv
import gzip
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

FIRST_YEAR = 1991

CABINET_COUNTRIES = {
    "Russia", "China", "United States", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan",
    "Afghanistan", "Azerbaijan", "Belarus", "Iran", "Türkiye", "Germany",
}

# The country the archive's Kremlin items report on day by day: every office the sources hold for it is kept (governors,
# heads of republics, envoys, speakers, the presidential executive office, security council, central bank), not only
# the cabinet; ambassadors, deputy ministers and city mayors stay out.
ALL_OFFICES_COUNTRIES = {"Russia"}

# Names from these countries are romanised from Cyrillic (or were under the Soviet Union): German forms by rule.
CYRILLIC_COUNTRIES = {
    "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Belarus", "Ukraine",
    "Azerbaijan", "Armenia", "Georgia", "Moldova",
}

# Names romanised from Hebrew, Arabic or Persian script: the German press writes "j" for the English "y" before a vowel.
Y_TO_J_COUNTRIES = {
    "Israel", "Iran", "Afghanistan", "Iraq", "Syria", "Saudi Arabia", "Egypt", "Jordan", "Lebanon", "Yemen", "Palestine",
    "Kuwait", "Qatar", "Bahrain", "Oman", "United Arab Emirates", "Libya", "Pakistan",
}

# Jurisdiction slugs whose vocabulary name differs from the slug's words.
SLUG_COUNTRIES = {
    "turkey": "Türkiye", "congo-kinshasa": "Democratic Republic of the Congo", "congo-brazzaville": "Republic of the Congo",
    "ivory-coast": "Côte d'Ivoire", "bosnia-herzegovina": "Bosnia and Herzegovina", "st-kitts-and-nevis": "Saint Kitts and Nevis",
    "sao-tome-and-principe": "São Tomé and Príncipe", "cabo-verde": "Cabo Verde", "timor-leste": "Timor-Leste",
    "guinea-bissau": "Guinea-Bissau",
}

# Organisations an office belongs to when the jurisdiction is no country.
ORGANISATION_JURISDICTIONS = {"world": None, "european-union": "European Union"}

ROLE_RANK = {"President": 0, "Chancellor": 1, "Prime Minister": 1, "Premier": 1, "Secretary-General": 1, "Secretary General": 1,
             "Vice President": 2, "Foreign Minister": 3, "Defence Minister": 4}


# ---------------------------------------------------------------- keys and spellings

def fold(text):
    """Lower case without diacritics, as the portal compares spellings."""
    text = text.replace("ß", "ss").replace("ı", "i").replace("ə", "a").replace("Ə", "a").replace("ø", "o").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def key(spelling):
    return " ".join(re.findall(r"[^\W_]+(?:'[^\W_]+)?", fold(spelling)))


def decapitalise(word):
    """NAZARBAYEV -> Nazarbayev, O'NEILL -> O'Neill, YEL'TSIN -> Yel'tsin, LE -> Le (the Factbook writes surnames in capitals)."""
    word = re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word)
    # An apostrophe after a single letter starts a new word (O'Neill); after more it is a transliterated soft sign.
    return re.sub(r"(\w{2,})'(\w)", lambda m: m.group(1) + "'" + m.group(2).lower(), word)


HONORIFICS = {"Dr.", "Dr", "Sheikh", "Shaykh", "Gen.", "General", "Lt.", "Col.", "Maj.", "Adm.", "Sir", "Dame", "Prof.", "Mr.", "Mrs.", "Ms."}


# Greedy, longest first: English romanisation of Russian (and Central Asian) names to the German press form.
GERMAN_RULES = [
    ("shch", "schtsch"), ("zh", "sch"), ("kh", "ch"), ("ch", "tsch"), ("sh", "sch"), ("ts", "z"), ("j", "dsch"),
    ("ye", "je"), ("ya", "ja"), ("yu", "ju"), ("yo", "jo"), ("z", "s"), ("v", "w"),
]
VOWELS = set("aeiouy")


def german_form(word):
    """The German press form of one romanised word: Lavrov -> Lawrow, Nazarbayev -> Nasarbajew, Zelenskyy -> Selenskyj,
    Shoigu -> Schoigu, Mirziyoyev -> Mirsijojew, Zhomart -> Schomart, Japarov -> Dschaparow, Sergey -> Sergej."""
    lower = word.lower()
    out = []
    i = 0
    while i < len(lower):
        for source, target in GERMAN_RULES:
            if lower.startswith(source, i):
                out.append(target)
                i += len(source)
                break
        else:
            c = lower[i]
            if c == "y":
                at_end = i == len(lower) - 1
                after_vowel = i > 0 and lower[i - 1] in VOWELS
                if at_end and i > 0 and lower[i - 1] == "y":
                    out.append("j")            # Zelenskyy -> Selenskyj
                elif at_end and lower.endswith("skiy", 0, i + 1):
                    out.append("")             # handled by the "i" before: Vysotskiy -> Wyssozki
                elif after_vowel:
                    out.append("j")            # Sergey -> Sergej, Shoygu -> Schojgu
                elif at_end:
                    out.append("i")            # Dmitry -> Dmitri, Yury -> Juri
                else:
                    out.append("y")            # Kassym stays
            elif c == "y":
                out.append(c)
            else:
                out.append(c)
            i += 1
    result = "".join(out)
    if result.endswith("skiy"):
        result = result[:-1]
    if word[:1].isupper():
        result = result[:1].upper() + result[1:]
    return result


def english_variants(word):
    """Other English romanisations of one name word: Sergey/Sergei, Dmitriy/Dmitry, Nikolay/Nikolai, Aleksey/Alexei,
    Shoygu/Shoigu, Aleksandr/Alexander."""
    variants = {word}
    lower = word.lower()
    if lower.endswith(("yy", "yi")):
        variants.add(word[:-1])                 # Zelenskyy -> Zelensky
    if lower.endswith("iy"):
        variants.update({word[:-2] + "y", word[:-2] + "i"})
    elif lower.endswith(("ey", "ay", "oy")):
        variants.add(word[:-1] + "i")
    elif re.search(r"[^aeiouy]y$", lower) and len(word) > 3:
        variants.add(word[:-1] + "i")
    if re.search(r"[aeiou]y[^aeiouy]", lower):
        variants.add(re.sub(r"([aeiouAEIOU])y(?=[^aeiouy])", r"\1i", word))
    for v in list(variants):
        if "ks" in v.lower():
            variants.add(re.sub(r"ks", "x", v))
        if v.lower().endswith("andr"):
            variants.add(v[:-1] + "er")
            variants.add(re.sub(r"ks", "x", v[:-1] + "er"))
    return variants


def name_variants(spelling, cyrillic, y_to_j=False):
    """A spelling's derived forms: English romanisation variants and, for Cyrillic-script names, German press forms;
    for Hebrew, Arabic and Persian names the German "j" (Netanyahu -> Netanjahu)."""
    if y_to_j and not cyrillic:
        german = re.sub(r"(?<=[a-z])y(?=[aeiou])", "j", re.sub(r"\bY(?=[aeiou])", "J", spelling))
        return {german} - {spelling}
    if not cyrillic:
        return set()
    words = spelling.split(" ")
    options = [sorted(english_variants(w)) if re.fullmatch(r"[A-Za-z\-]+", w) else [w] for w in words]
    combos = [[]]
    for opts in options:
        combos = [c + [o] for c in combos for o in opts][:16]
    forms = {" ".join(c) for c in combos}
    german = {" ".join("-".join(german_form(p) for p in w.split("-")) for w in spelling.split(" "))}
    if re.fullmatch(r"[A-Za-z \-]+", spelling):
        forms |= german
    forms.discard(spelling)
    return forms


# ---------------------------------------------------------------- offices

def classify(position, country):
    """The display role of a Wikidata position, or None when the gazetteer does not keep it."""
    p = position.strip()
    low = p.lower()
    if country in ALL_OFFICES_COUNTRIES and not re.search(r"\b(ambassador|deputy minister|vice[- ]minister|permanent representative|"
                                                            r"spokes|mayor of (?!moscow))\b", low):
        if not re.fullmatch(r"(acting )?president|(acting )?prime minister|minister of foreign affairs|minister of defen[cs]e", low):
            return p[:1].upper() + p[1:]
    if re.search(r"\b(deputy minister|vice minister|under[- ]secretary|assistant|state secretary|ambassador|governor|mayor|"
                 r"permanent representative|first lady|judge|justice|chief of the general staff|speaker|parliament|senate|"
                 r"oblast|krai|okrug|republic of|region|province|state of|deputy secretary|secretary of the (navy|army|air force))\b", low):
        return None
    if re.fullmatch(r"(acting )?president|president of the (republic|state|government)|head of state|supreme leader", low):
        return "President"
    if re.fullmatch(r"(acting )?prime minister|chairman of the cabinet of ministers \(prime minister\)|premier|premier of the state council|"
                    r"chancellor|federal chancellor|chairman of the council of ministers", low):
        return "Chancellor" if "chancellor" in low else "Prime Minister"
    if re.search(r"foreign affairs|foreign minister|external affairs|^secretary of state$", low) and "deputy" not in low:
        return "Foreign Minister"
    if re.search(r"\bdefen[cs]e\b", low) and low.startswith(("minister", "secretary")):
        return "Defence Minister"
    if re.fullmatch(r"(king|queen|emir|amir|sultan|monarch|grand duke|prince)( of .*)?", low):
        return "Head of State"
    if country in CABINET_COUNTRIES:
        if re.fullmatch(r"vice president|(first )?(deputy prime minister|vice premier)( of the state council)?|state counsellor|"
                        r"(minister|secretary) (of|for) .*|attorney general|white house chief of staff|"
                        r"(chief of staff|head) of the presidential (executive office|administration)", low):
            return p
    return None


def classify_eu(position):
    low = position.lower()
    if re.search(r"^(president of the european (commission|council|parliament)|high representative|european commissioner|"
                 r"vice[- ]president of the european commission)", low):
        return position
    return None


def year(text):
    return int(text[:4]) if text[:4].isdigit() else None


# ---------------------------------------------------------------- sources

class Person:
    def __init__(self, ident):
        self.id = ident
        self.enwiki = None
        self.labels = Counter()
        self.spellings = Counter()
        self.terms = []  # (role, organisation or country, from, to or None)
        self.country = None

    def years(self):
        starts = [t[2] for t in self.terms if t[2]]
        ends = [t[3] if t[3] else 2025 for t in self.terms]
        return (min(starts) if starts else None, max(ends) if ends else None)


def load_countries(vocabulary_path):
    with open(vocabulary_path, encoding="utf-8") as f:
        vocabulary = json.load(f)
    names = {}
    for entry in vocabulary["countries"]:
        for spelling in [entry["canonical"]] + entry.get("aliases", []):
            names.setdefault(key(spelling), entry["canonical"])
    return names


def country_of(name, countries):
    return SLUG_COUNTRIES.get(name) or countries.get(key(name.replace("-", " ")))


def read_wikidata(path, countries, persons):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            slug = row["jurisdiction"]
            start, end = year(row["start"]), year(row["end"])
            if end is not None and end < FIRST_YEAR:
                continue
            if slug in ORGANISATION_JURISDICTIONS:
                organisation = ORGANISATION_JURISDICTIONS[slug]
                if organisation:
                    role = classify_eu(row["position"])
                elif row["position"] == "Secretary-General of the United Nations":
                    role, organisation = "Secretary-General", "United Nations"
                else:
                    role = None
                country = None
            else:
                country = country_of(slug, countries)
                if country is None:
                    continue
                role, organisation = classify(row["position"], country), country
            if role is None:
                continue
            person = persons.setdefault(row["personID"], Person(row["personID"]))
            person.labels[row["person"]] += 1
            if row["enwiki"]:
                person.enwiki = row["enwiki"]
            person.terms.append((role, organisation, start, end))


NAME = r"((?:[A-Z][\w'\.\-]*\s+){1,4}?)((?:(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][A-Z'\-]+(?:\s+|$|(?=[\s,;()]))){1,3})"
FACTBOOK_ROLES = [
    ("Chancellor", "Chancellor"), ("Prime Minister", "Prime Minister"), ("Premier", "Prime Minister"), ("President", "President"),
    ("Supreme Leader", "President"), ("King", "Head of State"), ("Queen", "Head of State"), ("Emir", "Head of State"),
    ("Amir", "Head of State"), ("Sultan", "Head of State"), ("Chairman", "President"),
]


def read_factbook(path, countries):
    """(country, role, year, spelling, surname) of every chief of state and head of government the Factbook names."""
    found = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            country = country_of(row["country"], countries)
            if country is None or not row["text"]:
                continue
            text = re.split(r"cabinet:|elections?[:/]|election results", row["text"], flags=re.I)[0]
            for title, role in FACTBOOK_ROLES:
                for m in re.finditer(r"(?<![\w-])((?:First |Deputy |Vice |Acting )*)" + title + r"\s+" + NAME, text):
                    if m.group(1) and country not in CABINET_COUNTRIES:
                        continue
                    given = [w for w in m.group(2).split() if not re.fullmatch(r"[A-Z]\.?", w) and w not in HONORIFICS]
                    if not given or any(w.isupper() and len(w) > 1 for w in given):
                        continue
                    surname = " ".join(decapitalise(w) for w in m.group(3).split())
                    spelling = " ".join(given + [surname])
                    actual = role if not m.group(1) else (m.group(1).strip() + " " + title)
                    found.append((country, actual, int(row["year"]), spelling, surname))
                    if len(given) > 1:
                        found.append((country, actual, int(row["year"]), given[0] + " " + surname, surname))
    return found


def read_cia_2019(path, countries):
    found = []
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            # A parenthesised acronym in the office splits the row one comma early: "Director of ...,FSB) (Russia".
            country = country_of(row["country"].split(") (")[-1], countries)
            if country is None:
                continue
            office = row["office"].strip()
            low = office.lower()
            if re.search(r"foreign affairs|foreign minister|external affairs", low) and "deputy" not in low:
                role = "Foreign Minister"
            elif re.search(r"\bdefen[cs]e\b", low) and low.startswith("min") and "deputy" not in low:
                role = "Defence Minister"
            elif low in ("president", "prime minister", "premier", "chancellor"):
                role = {"premier": "Prime Minister"}.get(low, office)
            elif country in CABINET_COUNTRIES and re.match(r"(min\.|minister|first deputy|deputy premier|deputy prime|vice premier|secretary of)", low):
                role = office.replace("Min.", "Minister")
            elif country in ALL_OFFICES_COUNTRIES and not re.search(r"ambassador|permanent representative|deputy minister", low):
                role = office
            else:
                continue
            words = row["name"].split()
            surname_words = [w for w in words if w.isupper() and len(w) > 1]
            given = [w for w in words if w not in surname_words and not re.fullmatch(r"[A-Z]\.?", w)]
            if not surname_words or not given:
                continue
            surname = " ".join(decapitalise(w) for w in surname_words)
            found.append((country, role, 2019, " ".join(given + [surname]), surname))
            # "Sergey Viktorovich LAVROV": the press drops the patronymic.
            if len(given) > 1 and re.search(r"(ovich|evich|ovna|evna|ich|ly|uly|qizi|kyzy)$", given[-1]):
                found.append((country, role, 2019, " ".join([given[0], surname]), surname))
    return found


def join_key(surname):
    """Loose key for joining one person's spellings across sources: Shoygu/Shoigu, Tereshchenko/Tereshenko, Nazarbaev/Nazarbayev."""
    k = key(surname).replace(" ", "")
    for a, b in (("shch", "sh"), ("kh", "h"), ("zh", "j"), ("dzh", "j"), ("ks", "x"), ("y", "i"), ("ii", "i"), ("yi", "i"), ("w", "v")):
        k = k.replace(a, b)
    # Name changes drop or add the Russian suffix: Rahmonov became Rahmon.
    return re.sub(r"(ov|ev|ova|eva)$", "", k) if len(k) > 6 else k


def attach(mentions, persons):
    """Joins source mentions to a Wikidata person of the same country, surname and initial in office near that year;
    the rest become people of their own (pre-2000 leaders such as Yeltsin or Kohl)."""
    index = defaultdict(list)
    for person in persons.values():
        for spelling in [person.enwiki or ""] + list(person.labels):
            if spelling:
                words = spelling.split()
                for term in person.terms:
                    index[(term[1], join_key(words[-1]), fold(words[0])[:1])].append(person)
    for country, role, y, spelling, surname in mentions:
        initial = fold(spelling)[:1]
        best = None
        for person in index.get((country, join_key(surname), initial), []):
            first, last = person.years()
            if first is not None and first - 2 <= y <= last + 2:
                best = person
                break
        if best is None:
            ident = f"{country}|{join_key(surname)}|{initial}"
            best = persons.get(ident)
            if best is None:
                best = persons[ident] = Person(ident)
            if all(t[0] != role or t[1] != country or t[3] is None or t[3] < y - 1 for t in best.terms):
                best.terms.append((role, country, y, y))
            else:
                best.terms = [(r, c, s, max(e, y) if (r, c) == (role, country) else e) for r, c, s, e in best.terms]
        best.spellings[spelling] += 1


def read_additions(path, persons):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            name, role, organisation, start, end = cells[:5]
            others = [s.strip() for s in (cells[5] if len(cells) > 5 else "").split(",") if s.strip()]
            match = next((p for p in persons.values() if key(p.enwiki or "") == key(name) or key(name) in map(key, p.labels)), None)
            person = match or persons.setdefault("add|" + name, Person("add|" + name))
            if match is None:
                person.labels[name] += 1
            for other in others:
                person.spellings[other] += 1
            person.terms.append((role, organisation, int(start), int(end) if end else None))


# ---------------------------------------------------------------- entries

def merged_terms(terms):
    """One term per office with a gap of at most a year joined: Putin's two presidencies stay two."""
    by_office = defaultdict(list)
    for role, place, start, end in terms:
        by_office[(role, place)].append((start or end or 0, end))
    merged = []
    for (role, place), spans in by_office.items():
        spans.sort(key=lambda s: s[0])
        current = None
        for start, end in spans:
            if current and (current[1] is None or start <= current[1] + 1):
                current = (current[0], None if current[1] is None or end is None else max(current[1], end))
            else:
                if current:
                    merged.append((role, place, *current))
                current = (start, end)
        merged.append((role, place, *current))
    merged.sort(key=lambda t: (ROLE_RANK.get(t[0], 9), -(t[3] or 9999), -t[2]))
    return merged


# Arabic and Persian name particles the sources write in several ways (al-Sisi, el-Sisi, Al Sisi).
PARTICLES = {"al", "el", "ad", "ed", "as", "ash", "ibn", "bin"}


def person_key(spelling):
    return " ".join(w for w in key(spelling).split() if w not in PARTICLES)


def merge_same_person(drafts):
    """Wikidata holds some people twice (Abdel Fattah el-Sisi and "Abdel al-Sisi"): two drafts of one country that share
    a full name of three or more words but for its particles are one person, under the name of the one with more
    offices (the better kept record)."""
    merged, owner = [], {}
    for draft in sorted(drafts, key=lambda d: (-len(d["terms"]), d["canonical"])):
        keys = {(draft["country"], k) for k in map(person_key, draft["spellings"]) if len(k.split()) >= 3}
        target = next((owner[k] for k in sorted(keys, key=str) if k in owner), None)
        if target is None:
            merged.append(draft)
            target = draft
        else:
            target["terms"] = target["terms"] + [t for t in draft["terms"] if t not in target["terms"]]
            target["spellings"] = target["spellings"] + [sp for sp in draft["spellings"] if sp not in target["spellings"]]
        for k in keys:
            owner.setdefault(k, target)
    return merged


def entries_of(persons, known_countries):
    drafts = []
    for person in persons.values():
        if not person.terms:
            continue
        terms = merged_terms(person.terms)
        country = next((t[1] for t in terms if t[1] in known_countries), None)
        cyrillic = any(t[1] in CYRILLIC_COUNTRIES for t in terms)
        y_to_j = any(t[1] in Y_TO_J_COUNTRIES for t in terms)
        title = re.sub(r"\s*\([^)]*\)$", "", person.enwiki) if person.enwiki else None
        labels = [l for l, _ in person.labels.most_common()]
        sourced = [s for s, _ in person.spellings.most_common()]
        short = [s for s in sourced if len(s.split()) == 2] or sourced
        fallback = labels[0] if labels else short[0]
        canonical = title or (fallback.replace("'", "") if cyrillic and not labels else fallback)
        spellings = [canonical] + labels + sourced
        for s in list(spellings):
            spellings += sorted(name_variants(s, cyrillic, y_to_j))
        seen, unique = set(), []
        for s in spellings:
            k = key(s)
            if k and k not in seen and len(k.split()) >= 2:
                seen.add(k)
                unique.append(s)
        drafts.append({"canonical": canonical, "country": country, "terms": terms, "spellings": unique})

    drafts = merge_same_person(drafts)

    # A spelling two people share stands for neither; a shared canonical name gets the country to tell them apart.
    owners = Counter(key(s) for d in drafts for s in d["spellings"])
    canonicals = Counter(key(d["canonical"]) for d in drafts)
    entries = []
    for d in drafts:
        canonical = d["canonical"]
        if canonicals[key(canonical)] > 1:
            canonical = f"{canonical} ({d['country'] or d['terms'][0][1]})"
        aliases = [s for s in d["spellings"] if owners[key(s)] == 1 and key(s) != key(canonical)]
        if canonicals[key(d["canonical"])] > 1 and not aliases:
            continue
        entries.append({
            "canonical": canonical,
            "country": d["country"],
            "roles": [{"role": r, "of": p, "from": s, "to": e} for r, p, s, e in d["terms"][:4]],
            "aliases": aliases,
        })
    # Two people may still share a disambiguated canonical name: keep the first.
    taken, result = set(), []
    for e in sorted(entries, key=lambda e: e["canonical"]):
        if key(e["canonical"]) not in taken:
            taken.add(key(e["canonical"]))
            result.append(e)
    return result


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data", "officials")
    output = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, "data", "officials-gazetteer.json")
    countries = load_countries(os.path.join(root, "data", "facet-vocabulary.json"))
    persons = {}
    read_wikidata(os.path.join(source, "officeholders.csv.gz"), countries, persons)
    attach(read_factbook(os.path.join(source, "factbook-executive.tsv.gz"), countries)
           + read_cia_2019(os.path.join(source, "cia-world-leaders-2019.csv"), countries), persons)
    read_additions(os.path.join(root, "tools", "gazetteer", "additions.tsv"), persons)
    entries = entries_of(persons, set(countries.values()))
    document = {
        "_comment": [
            "Generated by tools/gazetteer/make-officials-gazetteer.py from ../shared/data/officials; do not edit: edit "
            "data/facet-vocabulary.json, whose officials win over these, or tools/gazetteer/additions.tsv, and regenerate.",
            "Sources: Peppercat / EveryPolitician, data from Wikidata (CC BY-NC 4.0); CIA World Factbook and CIA "
            "World Leaders 2019 (public domain).",
        ],
        "officials": entries,
    }
    with open(output, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{len(entries)} officials, {sum(len(e['aliases']) for e in entries)} aliases -> {output}")


if __name__ == "__main__":
    main()
