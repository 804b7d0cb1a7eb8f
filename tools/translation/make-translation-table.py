#!/usr/bin/env python3
"""Derive SearchPortal's compact German <-> English query translation table from the Ding dictionary.

Source: Debian package `trans-de-en` (Ding, Frank Richter, TU Chemnitz, https://dict.tu-chemnitz.de/),
licence GPL-2.0-or-later. Install with `apt-get install -y trans-de-en`; the dictionary is /usr/share/trans/de-en.

Usage (the news corpora of ../shared/corpus, never an evaluation collection):
    make-translation-table.py /usr/share/trans/de-en src/SearchPortal.Search/Analysis/Resources/translations.tsv.gz \
        --german ../shared/corpus/{gnad10k,frontpage_de,zeitgeist_de}/articles.jsonl.gz \
        --english ../shared/corpus/{bbc,reuters21578,kremlin_en,statedept,centralasia_en}/articles.jsonl.gz

Ding lines read `German :: English`; both sides hold the same number of `|`-separated sub-entries (headword,
plural, phrases), each a `;`-separated list of synonyms. A synonym on one side translates every synonym of the
same sub-entry on the other side. Kept:
- keys of one word (query words are looked up one by one; a compound without entry goes through its parts),
  translations of one to three words, letters, hyphens and apostrophes only;
- per key at most MAX_TRANSLATIONS translations, "most common" taken from the dictionary itself: a line where the
  key is the headword (first synonym of the first sub-entry) before a line where it is only a synonym or a
  phrase part; within a line, the synonyms in the dictionary's order; lines in file order (Ding lists the main
  sense of a word first: "Gipfel" -> summit before top and pinnacle);
- keys that head an entry (or its plural), and other keys only when they occur in the news corpora of their
  language (a synonym or phrase word that no article uses needs no entry; a German compound without entry is
  translated through its parts at query time);
- nothing marked colloquial, archaic, obsolete, rare, poetic, vulgar, slang, dialect or a proverb.
Output (gzip, UTF-8): `de<TAB>key<TAB>translation|translation...` and `en<TAB>...`, keys lowercased, sorted.
"""
import argparse
import gzip
import json
import re
from collections import Counter

MAX_TRANSLATIONS = 3
MAX_TRANSLATION_WORDS = 3

UNWANTED_MARKERS = re.compile(
    r"\[(?:[^\]]*\b(?:archaic|obs|veraltet|rare|selten|poet|vulg|slang|Sprw|prov|dialect|Dialekt|humor|pej|iron|Jargon|coll|ugs|Kinderspr|childish|euphem|Ös|Schw|Süddt|Norddt|Mittelostdt|Westdt|Ostdt|Sc|Austr|NZ|Ind|Can|S.Afr|Irl)\b[^\]]*)\]"
)
BRACKETS = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|/[^/]*/")
PLACEHOLDERS = {
    False: re.compile(r"(?<!\S)(?:etw|jdm|jdn|jds|jd)\.(?=\s|$)|(?<!\S)sich(?=\s|$)"),
    True: re.compile(r"(?<!\S)(?:sth|sb|so)\.(?=\s|$)|(?<!\S)(?:sb's|sth's|one's)(?=\s|$)"),
}
ABBREVIATIONS = re.compile(r"(?<!\S)/[^/]*/")
WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")


def clean(term, english):
    """The term without grammar notes, usage markers and placeholders, or None when it is not worth keeping."""
    if "…" in term or "..." in term or UNWANTED_MARKERS.search(term):
        return None
    text = BRACKETS.sub(" ", term)
    text = PLACEHOLDERS[english].sub(" ", text)
    words = text.split()
    if english and words and words[0] == "to":
        words = words[1:]
    if not words or any(not WORD.match(w) for w in words):
        return None
    return " ".join(words).replace("’", "'")


def synonyms(part):
    """The `;`-separated synonyms of a sub-entry; a `;` inside brackets or an /abbreviation/ separates nothing."""
    text, depth, start, found = ABBREVIATIONS.sub(" ", part), 0, 0, []
    for i, c in enumerate(text):
        depth += 1 if c in "([{<" else -1 if c in ")]}>" else 0
        if c == ";" and depth == 0:
            found.append(text[start:i])
            start = i + 1
    found.append(text[start:])
    return found


def read_pairs(path):
    """Yields (german, english, rank): rank 0 for a headword, 1 for a synonym or later sub-entry."""
    with open(path, encoding="utf-8") as source:
        for line in source:
            if line.startswith("#") or " :: " not in line:
                continue
            german_side, english_side = line.rstrip("\n").split(" :: ", 1)
            german_parts, english_parts = german_side.split(" | "), english_side.split(" | ")
            if len(german_parts) != len(english_parts):
                german_parts, english_parts = german_parts[:1], english_parts[:1]
            for part_index, (german_part, english_part) in enumerate(zip(german_parts, english_parts)):
                germans = [clean(t, False) for t in synonyms(german_part)]
                englishes = [clean(t, True) for t in synonyms(english_part)]
                for g_index, german in enumerate(germans):
                    for e_index, english in enumerate(englishes):
                        if german and english:
                            yield german, english, part_index, g_index, e_index


def corpus_words(paths):
    """Lowercased words of the JSON Lines corpora (title and text of each record)."""
    words = Counter()
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                text = (record.get("title") or "") + " " + (record.get("text") or "")
                words.update(w.lower() for w in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", text))
    return words


def build(path, seen):
    candidates = {"de": {}, "en": {}}
    headwords = {"de": set(), "en": set()}
    for order, (german, english, part_index, g_index, e_index) in enumerate(read_pairs(path)):
        for direction, key, value, key_index, value_index in (
            ("de", german, english, g_index, e_index),
            ("en", english, german, e_index, g_index),
        ):
            if " " in key or len(value.split()) > MAX_TRANSLATION_WORDS or key.lower() == value.lower():
                continue
            # Headword lines first, then the value's place among its synonyms, then file order.
            rank = (0 if part_index == 0 and key_index == 0 else 1, value_index > 0, order)
            if part_index <= 1 and key_index == 0:
                headwords[direction].add(key.lower())
            entries = candidates[direction].setdefault(key.lower(), {})
            lowered = value.lower()
            if lowered not in entries or rank < entries[lowered][0]:
                entries[lowered] = (rank, value)
    table = []
    for direction in ("de", "en"):
        for key in sorted(k for k in candidates[direction] if k in headwords[direction] or k in seen[direction]):
            ranked = sorted(candidates[direction][key].values())[:MAX_TRANSLATIONS]
            table.append(f"{direction}\t{key}\t{'|'.join(v.lower() for _, v in ranked)}")
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ding")
    parser.add_argument("output")
    parser.add_argument("--german", nargs="+", required=True, help="German news corpora (JSON Lines, gzip)")
    parser.add_argument("--english", nargs="+", required=True, help="English news corpora (JSON Lines, gzip)")
    args = parser.parse_args()
    seen = {"de": corpus_words(args.german), "en": corpus_words(args.english)}
    table = build(args.ding, seen)
    with gzip.GzipFile(args.output, "wb", mtime=0) as out:
        out.write(("# German <-> English query translations derived from Ding (trans-de-en), GPL-2.0-or-later; "
                   "tools/translation/make-translation-table.py\n").encode("utf-8"))
        out.write(("\n".join(table) + "\n").encode("utf-8"))
    print(f"{len(table)} keys written to {args.output}")


if __name__ == "__main__":
    main()
