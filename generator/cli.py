"""The ``briefgen`` command line. Library code raises its own errors; only this module
turns them into one-line messages and exit codes (0 ok, 1 problems in the input, 2 usage).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.config import CONFIG_NAME, ConfigError, find_root, gazetteer_for
from generator.jsonout import event_to_json
from generator.parser import parse
from generator.source import SourceError, read_source

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _error(message: str) -> None:
    print(f"Error: {message}", file=sys.stderr)


def cmd_parse(args: argparse.Namespace) -> int:
    path = Path(args.file)
    root = find_root(Path(args.root) if args.root else None)
    gazetteer = gazetteer_for(root / CONFIG_NAME)
    text = read_source(path)
    event = parse(text, source=path.name, gazetteer=gazetteer)
    data = event_to_json(event, gazetteer)
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_summary(data)
    for item in data["unclassified"]:
        start = item["lines"][0]
        print(f"{path}:{start}: unclassified text kept: {item['text'][:70]}", file=sys.stderr)
    return EXIT_OK


def _print_summary(data: dict[str, object]) -> None:
    sections = data["sections"]
    assert isinstance(sections, list)
    print(f"title:     {data['title']}")
    print(f"date:      {data['date']}")
    print(f"location:  {data['location']}")
    print(f"sections:  {len(sections)} ({sum(len(s['points']) for s in sections)} points)")
    for key in ("speakers", "discussants", "moderators", "unclassified"):
        value = data[key]
        assert isinstance(value, list)
        print(f"{key + ':':<11}{len(value)}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefgen",
        description="Turn event-summary source texts into a cross-linked MkDocs site.",
    )
    parser.add_argument(
        "--root", help="project folder (default: nearest folder with site_config.yml)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = commands.add_parser(
        "parse",
        help="parse one source text and print what was found",
        description="Parse one source text. With --json, print the event model as JSON.",
    )
    p.add_argument("file", metavar="FILE", help="a source text (UTF-8)")
    p.add_argument("--json", action="store_true", help="print the parsed event as JSON")
    p.set_defaults(handler=cmd_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.handler(args)
        return result
    except (SourceError, ConfigError) as exc:
        _error(str(exc))
        return EXIT_PROBLEMS
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
