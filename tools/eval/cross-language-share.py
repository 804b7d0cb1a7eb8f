#!/usr/bin/env python3
"""Share of questions whose other-language relevant paragraph is in the top 10, split by question language.

For xquad-bilingual-style collections: query and document ids start with their language (`de-`, `en-`).
Usage: cross-language-share.py QRELS RUN [--depth 10]
"""
import argparse
from collections import defaultdict


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("qrels")
    parser.add_argument("run")
    parser.add_argument("--depth", type=int, default=10)
    args = parser.parse_args()

    relevant = defaultdict(set)
    with open(args.qrels, encoding="utf-8") as qrels:
        for line in qrels:
            parts = line.split()
            if len(parts) >= 3 and parts[0] != "query-id" and float(parts[2]) > 0:
                relevant[parts[0]].add(parts[1])

    ranked = defaultdict(list)
    with open(args.run, encoding="utf-8") as run:
        for line in run:
            qid, _, docid, rank, score = line.split()[:5]
            ranked[qid].append((int(rank), -float(score), docid))

    found, asked = defaultdict(int), defaultdict(int)
    for qid, docs in relevant.items():
        language = qid.split("-", 1)[0]
        other = {d for d in docs if not d.startswith(language + "-")}
        if not other:
            continue
        asked[language] += 1
        top = [d for _, _, d in sorted(ranked.get(qid, []))[: args.depth]]
        found[language] += any(d in other for d in top)

    for language in sorted(asked):
        print(f"{language} questions: other-language paragraph in top {args.depth}: "
              f"{found[language] / asked[language]:.3f} ({found[language]} of {asked[language]})")


if __name__ == "__main__":
    main()
