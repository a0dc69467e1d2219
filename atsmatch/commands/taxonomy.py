"""``atsmatch taxonomy search|show|stats``: look into the skill taxonomy."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from atsmatch.errors import InputError, did_you_mean
from atsmatch.profile import Concept

__all__ = ["add_parser", "run_search", "run_show", "run_stats"]


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "taxonomy",
        help="search and show skill taxonomy concepts",
        description="Look into the skill taxonomy: the built-in one, or it extended by "
        "--taxonomy FILE (YAML, JSON, CSV, ESCO CSV) or plugin:NAME.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--taxonomy",
        metavar="FILE",
        help="extend or override the built-in taxonomy with FILE or plugin:NAME",
    )
    common.add_argument("--format", choices=("text", "json"), default="text", help="output")
    search = actions.add_parser(
        "search",
        parents=[common],
        help="find concepts by name or surface form",
        description="Concepts whose name or a surface form contains TERM, best first.",
    )
    search.add_argument("term", help="text to look for (case-insensitive)")
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N (20)")
    search.set_defaults(run=run_search)
    show = actions.add_parser(
        "show",
        parents=[common],
        help="show one concept",
        description="Name, category, forms, sources and relations of the concept ID. "
        "Exit code 2 when there is no such concept.",
    )
    show.add_argument("id", help="concept id, e.g. atsmatch:python or esco:skill/<uuid>")
    show.set_defaults(run=run_show)
    stats = actions.add_parser("stats", parents=[common], help="count concepts, forms and sources")
    stats.set_defaults(run=run_stats)


def _taxonomy(args: argparse.Namespace) -> Any:
    from atsmatch.taxonomy import load_taxonomy

    return load_taxonomy(args.taxonomy)


def _summary(concept: Concept) -> dict[str, Any]:
    return {"id": concept.id, "name": concept.name, "category": concept.category}


def run_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InputError(f"--limit: must be at least 1, got {args.limit}")
    found = _taxonomy(args).search(args.term, limit=args.limit)
    if args.format == "json":
        records = [
            {**_summary(c), "forms": list(c.forms), "sources": list(c.sources)} for c in found
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif not found:
        print(f"no concept matches {args.term!r}", file=sys.stderr)
    else:
        for concept in found:
            print(f"{concept.id}\t{concept.name}\t{concept.category}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    taxonomy = _taxonomy(args)
    concept = taxonomy.get(args.id)
    if concept is None:
        hits = taxonomy.search(args.id.split(":", 1)[-1], limit=1)
        hint = f" (did you mean {hits[0].id!r}?)" if hits else did_you_mean(args.id, taxonomy.ids())
        raise InputError(f"{args.id}: no such concept in the taxonomy{hint}")

    def named(ids: tuple[str, ...]) -> list[dict[str, str]]:
        return [{"id": i, "name": taxonomy[i].name} for i in ids if i in taxonomy]

    record = {
        **_summary(concept),
        "forms": list(concept.forms),
        "ambiguous_forms": [f for f in concept.forms if f.lower() in taxonomy.ambiguous],
        "sources": list(concept.sources),
        "broader": named(concept.broader),
        "related": named(concept.related),
        "kind_of": named(concept.kind_of),
        "shows": named(concept.shows),
    }
    if args.format == "json":
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return 0
    print(f"{concept.name} ({concept.id})")
    print(f"category: {concept.category}")
    for field in ("forms", "ambiguous_forms", "sources"):
        print(f"{field.replace('_', ' ')}: {'; '.join(record[field]) or '-'}")
    for field in ("broader", "related", "kind_of", "shows"):
        items = [f"{r['name']} ({r['id']})" for r in record[field]]
        print(f"{field.replace('_', ' ')}: {'; '.join(items) or '-'}")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    taxonomy = _taxonomy(args)
    categories: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    forms = 0
    for concept in taxonomy:
        categories[concept.category] += 1
        forms += len(concept.forms)
        sources.update({_source_kind(s) for s in concept.sources})
    stats = {
        "concepts": len(taxonomy),
        "forms": forms,
        "ambiguous_forms": len(taxonomy.ambiguous),
        "categories": dict(sorted(categories.items())),
        "sources": dict(sorted(sources.items())),
    }
    if args.format == "json":
        print(json.dumps(stats, indent=2))
        return 0
    for key in ("concepts", "forms", "ambiguous_forms"):
        print(f"{key.replace('_', ' ')}: {stats[key]}")
    for group in ("categories", "sources"):
        print(f"{group} (concepts):")
        for name, count in stats[group].items():  # type: ignore[attr-defined]
            print(f"  {name}: {count}")
    return 0


def _source_kind(source: str) -> str:
    if source.startswith("http://data.europa.eu/esco/"):
        return "esco"
    return source.split(":", 1)[0] if ":" in source else "other"
