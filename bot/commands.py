"""The command menu (set_my_commands) and the help text, from one list."""

from __future__ import annotations

COMMANDS: list[tuple[str, str, str]] = [
    # (command, arguments, description)
    ("latest", "[n]", "newest saved articles"),
    ("summary", "ID [n]", "summary of article #ID, n sentences"),
    ("article", "ID", "full cleaned text of an article"),
    ("search", "WORDS", "full-text search"),
    ("who", "[NAME]", "latest statements of an actor; alone: most quoted"),
    ("actors", "", "known actors with counts"),
    ("digest", "", "a digest now, since the last one"),
    ("subscribe", "[HH:MM] [Area/City] [weekdays|daily]", "daily digest"),
    ("unsubscribe", "", "stop the daily digest"),
    ("settings", "", "schedule, timezone and watched actors"),
    ("watch", "NAME", "keep an actor at the top of digests"),
    ("unwatch", "NAME", "stop watching an actor"),
    ("delete", "ID", "delete an article"),
    ("help", "", "how to use Attaché"),
]

USAGE = {name: f"/{name} {args}".strip() for name, args, _ in COMMANDS}

START = (
    "<b>Attaché</b> is your briefing desk.\n\n"
    "Forward me news articles (channel posts, pasted text, links, .txt/.html/.pdf/.docx files). "
    "I store each one once, summarize it, and note who said what.\n\n"
    "Then ask <code>/who Borrell</code> for an actor's latest statements, <code>/search sanctions</code>, "
    "or <code>/subscribe 08:00 Europe/Brussels</code> for a daily digest.\n\n"
    "/help lists every command."
)


def help_text() -> str:
    lines = ["<b>Commands</b>"]
    lines += [f"{USAGE[name]}: {description}" for name, _, description in COMMANDS]
    lines += ["", "Anything else you send that is not a command is saved as an article."]
    return "\n".join(lines)
