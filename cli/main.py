"""`attache`: run the bot, and the same use-cases from a terminal."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from config.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from service.core import Attache

TOKEN_HELP = """No Telegram bot token is set.

1. In Telegram, open @BotFather, send /newbot and follow the steps; it replies with a token
   like 123456789:AAE...
2. Put it in the environment or in a .env file next to where you run attache:
       TELEGRAM_BOT_TOKEN=123456789:AAE...
3. Run `make run` (or `attache run`) again."""

IMPORT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


def _iso(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date or time: {value!r} (example: 2026-11-25T08:00)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _bounded(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        if not value.isdigit() or not low <= int(value) <= high:
            raise argparse.ArgumentTypeError(f"must be a whole number from {low} to {high}")
        return int(value)

    return parse


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="attache", description="Attaché: a briefing desk for Telegram.")
    parser.add_argument("--chat", type=int, default=None, help="the chat whose library to use (per-chat mode)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("run", help="run the Telegram bot (long polling)")
    p = sub.add_parser("import", help="import article files or folders (.txt .md .html .pdf .docx)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p = sub.add_parser("articles", help="list saved articles, newest first")
    p.add_argument("-n", type=int, default=20, help="how many (default 20)")
    p = sub.add_parser("summary", help="show an article's summary")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("-n", type=_bounded(1, 10), default=None, help="number of sentences (1-10)")
    p = sub.add_parser("search", help="full-text search")
    p.add_argument("words", nargs="+")
    p = sub.add_parser("export", help="export every article of a library")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", type=Path, default=None, help="file to write (default: standard output)")
    p = sub.add_parser("who", help="an actor's latest statements")
    p.add_argument("name", nargs="+")
    p.add_argument("-n", type=int, default=10, help="how many statements")
    p = sub.add_parser("digest", help="print the digest of a window (does not mark it sent)")
    p.add_argument("--since", type=_iso, default=None, help="ISO date or time (default: since the chat's last digest)")
    p = sub.add_parser("actors", help="list actors, add an alias, or merge two actors")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", help="actors with statement and mention counts")
    a = actions.add_parser("alias", help="add an alias to an actor")
    a.add_argument("name")
    a.add_argument("alias")
    m = actions.add_parser("merge", help="fold SOURCE into TARGET (statements move, SOURCE becomes an alias)")
    m.add_argument("source")
    m.add_argument("target")
    p = sub.add_parser("reindex", help="extract statements again for articles analysed by older rules")
    p.add_argument("--all", action="store_true", help="re-extract every article")
    return parser


def _files(paths: Sequence[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in IMPORT_SUFFIXES)
        else:
            yield path


def cmd_import(attache: Attache, library: str, paths: Sequence[Path]) -> int:
    from tqdm import tqdm

    from service.documents import DocumentError
    from service.ingest import Incoming

    files = list(_files(paths))
    counts = {"saved": 0, "duplicate": 0, "rejected": 0, "failed": 0}
    for path in tqdm(files, desc="import", unit="file", file=sys.stderr, disable=not files):
        try:
            data = path.read_bytes()
            outcome = attache.ingest_document(path.name, data, Incoming(text="", library=library, source=path.name))
        except (OSError, DocumentError) as error:
            counts["failed"] += 1
            tqdm.write(f"skipped {path}: {getattr(error, 'message', None) or error}", file=sys.stderr)
            continue
        counts[outcome.status if outcome.status in counts else "saved"] += 1
        if outcome.status == "rejected":
            tqdm.write(f"skipped {path}: {outcome.message}", file=sys.stderr)
    print(
        f"{counts['saved']} saved, {counts['duplicate']} already saved, "
        f"{counts['rejected'] + counts['failed']} skipped, of {len(files)} files"
    )
    return 0 if counts["failed"] + counts["rejected"] < len(files) or not files else 1


def cmd_export(attache: Attache, library: str, fmt: str, out: Path | None) -> int:
    from service.export import export_records

    records = list(export_records(attache.store, library))
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if fmt == "json":
            json.dump(records, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            fields = ["id", "source", "headline", "date", "saved_at", "outlet", "link", "text", "summary", "statements"]
            writer = csv.DictWriter(stream, fieldnames=fields)
            writer.writeheader()
            for r in records:
                writer.writerow(
                    {
                        **r,
                        "summary": "\n".join(r["summary"]),
                        "statements": json.dumps(r["statements"], ensure_ascii=False),
                    }
                )
    finally:
        if out:
            stream.close()
    if out:
        print(f"exported {len(records)} articles to {out}", file=sys.stderr)
    return 0


def cmd_actors(attache: Attache, library: str, args: argparse.Namespace) -> int:
    action = args.action or "list"
    if action == "list":
        rows = attache.actors(library)
        known = {a.key for a, _, _ in rows}
        for actor, said, mentioned in rows:
            statements = "statement " if said == 1 else "statements"
            articles = "article " if mentioned == 1 else "articles"
            print(f"{actor.name:<32} {said:>5} {statements} {mentioned:>5} {articles}  [{actor.key}]")
        others = sorted(a.name for a in attache.registry if a.key not in known)
        print(f"\n{len(rows)} actors in this library; {len(others)} more known to the registry.")
        return 0
    if action == "alias":
        actor, why = attache.resolve_actor(args.name)
        if actor is None:
            print(why, file=sys.stderr)
            return 1
        again = attache.add_alias(actor, args.alias)
        print(f"{args.alias!r} now means {actor.name}; {again} stored article{'' if again == 1 else 's'} analysed again")
        return 0
    source, why = attache.resolve_actor(args.source)
    target, why_target = attache.resolve_actor(args.target)
    if source is None or target is None:
        print(why or why_target, file=sys.stderr)
        return 1
    if source.key == target.key:
        print(f"{args.source!r} and {args.target!r} are both {source.name}: nothing to merge", file=sys.stderr)
        return 1
    moved = attache.merge_actors(source, target)
    print(f"merged {source.name} into {target.name}: {moved} statement{'' if moved == 1 else 's'} moved")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(f"attache: {error}", file=sys.stderr)
        return 2
    if args.command == "run" and not settings.token:
        print(TOKEN_HELP, file=sys.stderr)
        return 2
    from service.core import Attache

    attache = Attache(settings)
    try:
        code = _dispatch(attache, settings, args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # 'attache actors | head': the reader left; stop quietly, and keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        attache.close()


def _dispatch(attache: Attache, settings: Settings, args: argparse.Namespace) -> int:
    from cli import text
    from service.digests import stamp

    library = attache.library(args.chat)
    if args.command == "run":
        from bot.app import run

        run(attache)  # articles analysed by older rules catch up in the background
        return 0
    if args.command == "import":
        return cmd_import(attache, library, args.paths)
    if args.command == "articles":
        for a in attache.latest(library, args.n):
            print(text.article_line(a))
        return 0
    if args.command == "summary":
        article = attache.article(library, args.id)
        if article is None:
            print(f"no article #{args.id}", file=sys.stderr)
            return 1
        print(text.article_line(article))
        print(text.bullets(attache.summary(article, args.n)))
        return 0
    if args.command == "search":
        for hit in attache.search(library, " ".join(args.words)):
            print(text.article_line(hit.article))
            print("      " + hit.snippet.replace("\x02", "[").replace("\x03", "]"))
        return 0
    if args.command == "export":
        return cmd_export(attache, library, args.format, args.out)
    if args.command == "who":
        print(text.who(attache.who(library, " ".join(args.name), page=args.n)))
        return 0
    if args.command == "digest":
        now = datetime.now(UTC)
        start = stamp(args.since) if args.since else attache.digests.window_start(args.chat or 0, now)
        end = stamp(now)
        watched = attache.digests.watched_names(args.chat) if args.chat else []
        print(text.digest(attache.digests.compose(library, start, end, watched)))
        return 0
    if args.command == "actors":
        return cmd_actors(attache, library, args)
    if args.command == "reindex":
        n = attache.reindex(everything=args.all)
        print(f"re-extracted statements for {n} articles")
        return 0
    raise AssertionError(args.command)


if __name__ == "__main__":
    raise SystemExit(main())
