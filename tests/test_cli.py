"""cli/main.py run in-process: import, listing, search, export, who, actors, run without a token, help."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main

WIND = """Baltic states agree to link offshore wind grids

2023-05-11 14:20:00

TALLINN (Reuters) - Estonia, Latvia and Lithuania agreed on Thursday to connect their planned offshore wind farms through a shared grid in the Baltic Sea.

"This is the largest energy project our three countries have ever undertaken together," Estonian Prime Minister Kaja Kallas told reporters after the signing.

The ministers said construction of the first interconnector could begin in 2026, with financing expected from the European Union.

Leave a Comment
"""

NATO = """# NATO chief urges allies to refill ammunition stocks

Jens Stoltenberg said on Tuesday that allies must urgently refill their stocks of artillery ammunition, as production lags behind consumption in Ukraine.

"We are in a race of logistics, and we must win it," Stoltenberg told a news conference at the alliance headquarters in Brussels.

Defence ministers will discuss new joint procurement contracts at their meeting next month, officials said.

Source: example-defence.net
"""

FISHERIES_HTML = """<!doctype html>
<html><head><title>Norway and EU settle fisheries dispute</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
<h1>Norway and EU settle fisheries dispute</h1>
<p>Norway and the European Union reached an agreement on Friday on fishing quotas around the Svalbard archipelago, ending a dispute that lasted for more than two years.</p>
<p>The deal sets the catch limits for cod and mackerel for the next three seasons and creates a joint committee to review the quotas every year.</p>
<p>Fishing organisations on both sides welcomed the agreement, saying it would bring stability to coastal communities that depend on the northern fisheries.</p>
</article>
<footer>Copyright 2023 Example Nordic Post</footer>
</body></html>
"""


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A clean working directory and a database in tmp_path; returns the database path."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "ATTACHE_CONFIG",
        "ATTACHE_LIBRARY",
        "ATTACHE_TZ",
        "ATTACHE_ALLOWED",
        "ATTACHE_SUMMARY_SENTENCES",
        "ATTACHE_MAX_TEXT_CHARS",
    ):
        monkeypatch.delenv(name, raising=False)
    db = tmp_path / "cli.db"
    monkeypatch.setenv("ATTACHE_DB", str(db))
    return db


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    (d / "nested").mkdir(parents=True)
    (d / "wind.txt").write_text(WIND, encoding="utf-8")
    (d / "nato.md").write_text(NATO, encoding="utf-8")
    (d / "nested" / "fisheries.html").write_text(FISHERIES_HTML, encoding="utf-8")
    (d / "notes.csv").write_text("not,an,article\n", encoding="utf-8")  # not an importable type
    return d


def one_article(tmp_path: Path, name: str, text: str) -> Path:
    """A folder holding one article file, to import."""
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_folder_then_reimport(env: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import", str(folder))
    assert code == 0
    assert out.strip().splitlines()[-1] == "3 saved, 0 already saved, 0 skipped, of 3 files"
    assert env.is_file()

    code, out, _ = run(capsys, "import", str(folder), str(folder / "wind.txt"))
    assert code == 0
    assert out.strip().splitlines()[-1] == "0 saved, 4 already saved, 0 skipped, of 4 files"

    code, out, _ = run(capsys, "articles")
    lines = out.strip().splitlines()
    assert len(lines) == 3
    # newest first: files are imported in sorted path order (nato.md, nested/fisheries.html, wind.txt)
    assert lines[0].startswith("#3 ") and "Baltic states agree to link offshore wind grids" in lines[0]
    assert "2023-05-11 · Reuters" in lines[0]
    assert lines[1].startswith("#2 ") and "Norway and EU settle fisheries dispute" in lines[1]
    assert lines[2].startswith("#1 ") and "NATO chief urges allies to refill ammunition stocks" in lines[2]
    assert "example-defence.net" in lines[2]


def test_bad_files_are_named_and_skipped(env: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "latin1.txt").write_bytes("Le ministre a déclaré à la presse que rien n'était décidé.".encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "short.txt").write_text("Too short to keep.", encoding="utf-8")
    code, out, err = run(capsys, "import", str(folder))
    assert code == 0
    assert out.strip().splitlines()[-1] == "3 saved, 0 already saved, 3 skipped, of 6 files"
    assert "latin1.txt" in err and "UTF-8" in err
    assert "empty.txt" in err and "empty" in err.lower()
    assert "short.txt" in err and "too short" in err
    assert "Traceback" not in err
    _, out, _ = run(capsys, "articles")
    assert len(out.strip().splitlines()) == 3


def test_import_of_nothing_but_bad_files_fails(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    code, out, err = run(capsys, "import", str(bad))
    assert code == 1
    assert "0 saved, 0 already saved, 1 skipped, of 1 files" in out
    assert "empty.txt" in err


def test_summary_and_search(env: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(folder))
    code, out, _ = run(capsys, "summary", "3")
    assert code == 0
    first, *bullets = out.strip().splitlines()
    assert first.startswith("#3 ") and "offshore wind grids" in first
    assert bullets and all(b.startswith(("  • ", "    ")) for b in bullets)
    assert "Estonia, Latvia and Lithuania" in out

    code, out, _ = run(capsys, "summary", "3", "-n", "1")
    assert code == 0 and out.count("  • ") == 1

    code, _, err = run(capsys, "summary", "42")
    assert code == 1 and "no article #42" in err

    code, out, _ = run(capsys, "search", "fishing", "quotas")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("#2 ")
    assert "[" in lines[1] and "]" in lines[1]  # snippet markers as brackets
    assert "\x02" not in out and "\x03" not in out

    code, out, _ = run(capsys, "search", "--", '"NEAR', "-AND*", "OR(")
    assert code == 0 and out == ""


def test_export_json(env: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(folder))
    code, out, _ = run(capsys, "export", "--format", "json")
    assert code == 0
    records = json.loads(out)
    assert [r["id"] for r in records] == [1, 2, 3]
    by_source = {r["source"]: r for r in records}
    assert set(by_source) == {"nato.md", "fisheries.html", "wind.txt"}
    wind = by_source["wind.txt"]
    assert wind["headline"] == "Baltic states agree to link offshore wind grids"
    assert wind["date"] == "2023-05-11T14:20:00"
    assert wind["outlet"] == "Reuters"
    assert wind["text"].startswith("Estonia, Latvia and Lithuania agreed on Thursday")
    assert "Leave a Comment" not in wind["text"]
    assert isinstance(wind["summary"], list) and wind["summary"]
    nato = by_source["nato.md"]
    assert nato["headline"] == "NATO chief urges allies to refill ammunition stocks"
    quote = [s for s in nato["statements"] if "race of logistics" in s["text"]]
    assert len(quote) == 1
    assert quote[0]["actor"] == "Jens Stoltenberg"
    assert quote[0]["speaker"] == "Stoltenberg"
    assert quote[0]["cue"].startswith("told")
    assert quote[0]["kind"] == "direct"
    assert set(quote[0]) >= {"actor", "speaker", "cue", "kind", "text"}


def test_export_csv_to_file(env: Path, folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(folder))
    target = tmp_path / "out" / "export.csv"
    target.parent.mkdir()
    code, out, err = run(capsys, "export", "--format", "csv", "--out", str(target))
    assert code == 0
    assert out == ""
    assert f"exported 3 articles to {target}" in err
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == ["1", "2", "3"]
    assert list(rows[0]) == [
        "id",
        "source",
        "headline",
        "date",
        "saved_at",
        "outlet",
        "link",
        "text",
        "summary",
        "statements",
    ]
    nato = rows[0]
    assert nato["source"] == "nato.md"
    statements = json.loads(nato["statements"])
    assert any(s["actor"] == "Jens Stoltenberg" for s in statements)
    assert "\n\n" in rows[2]["text"]  # multi-paragraph text survives CSV quoting


def test_who_after_import(env: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(folder))
    code, out, _ = run(capsys, "who", "Stoltenberg")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].startswith("Jens Stoltenberg: ")
    assert "statements, newest first" in lines[0]
    assert "race of logistics" in out
    assert "example-defence.net · #1" in out

    code, out, _ = run(capsys, "who", "Zzyzx", "Qwerty")
    assert code == 0 and out.startswith("Unknown: Zzyzx Qwerty")


def test_actors_alias_then_who(env: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(folder))
    code, out, _ = run(capsys, "actors", "alias", "Jens Stoltenberg", "the Norwegian")
    assert code == 0 and "'the Norwegian' now means Jens Stoltenberg" in out
    # A new process-like run: the alias comes from the database.
    code, out, _ = run(capsys, "who", "the", "Norwegian")
    assert code == 0
    assert out.startswith("Jens Stoltenberg: ")
    assert "race of logistics" in out

    code, out, _ = run(capsys, "actors")
    assert code == 0
    assert "Jens Stoltenberg" in out and "[jens-stoltenberg]" in out

    code, _, err = run(capsys, "actors", "alias", "Zzyzx Qwerty", "someone")
    assert code == 1 and "Zzyzx Qwerty" in err


def test_digest_since(env: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", str(folder))
    code, out, _ = run(capsys, "digest", "--since", "2000-01-01T00:00:00+00:00")
    assert code == 0
    assert out.startswith("Briefing, 3 stories")
    for headline in ("offshore wind grids", "fisheries dispute", "ammunition stocks"):
        assert headline in out
    assert "Who said what" in out and "Jens Stoltenberg:" in out
    # The CLI digest does not mark anything sent: the same window prints again.
    assert run(capsys, "digest", "--since", "2000-01-01T00:00:00+00:00")[1] == out
    code, out, _ = run(capsys, "digest", "--since", "2999-01-01")
    assert (code, out.strip()) == (0, "No articles in this window.")


def test_digest_bad_since_is_a_clean_error(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["digest", "--since", "yesterday"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert "not an ISO date or time: 'yesterday'" in err
    assert "Traceback" not in err


def test_run_without_token(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "run")
    assert code == 2
    assert "@BotFather" in err
    assert ".env" in err
    assert "TELEGRAM_BOT_TOKEN" in err
    assert "Traceback" not in err + out
    assert not env.exists()  # nothing opened before the token check


def test_bad_setting_is_reported_without_traceback(
    env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ATTACHE_TZ", "Nowhere/Land")
    code, _, err = run(capsys, "articles")
    assert code == 2
    assert err.startswith("attache: ATTACHE_TZ is not a known timezone")


def test_chat_option_picks_a_library(
    env: Path, folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--chat", "42", "import", str(folder / "wind.txt"))
    _, out, _ = run(capsys, "--chat", "42", "articles")
    assert "offshore wind" in out
    _, out, _ = run(capsys, "articles")
    assert out == ""


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["run"],
        ["import"],
        ["articles"],
        ["summary"],
        ["search"],
        ["export"],
        ["who"],
        ["digest"],
        ["actors"],
        ["actors", "list"],
        ["actors", "alias"],
        ["actors", "merge"],
        ["reindex"],
    ],
)
def test_help_exits_zero(argv: list[str], env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: attache")
    assert not env.exists()


def test_who_counts_one_statement_in_the_singular(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = one_article(
        tmp_path, "talks.txt", "Lavrov signals talks in January\n\n"
        "Foreign Minister Sergey Lavrov said on Tuesday that talks with Washington would begin in January.\n")
    run(capsys, "import", str(one))
    code, out, _ = run(capsys, "who", "Lavrov")
    assert code == 0
    assert out.splitlines()[0] == "Sergey Lavrov: 1 statement, newest first"
    code, out, _ = run(capsys, "actors")
    line = next(x for x in out.splitlines() if x.startswith("Sergey Lavrov"))
    assert line.split()[2:6] == ["1", "statement", "1", "article"]


def test_institutions_and_states_are_actors_of_their_own(
        env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = one_article(
        tmp_path, "outbreak.txt", "Outbreak contained, health agencies say\n\n"
        "The CDC said on Monday that the outbreak was contained. Japan said it would lift its travel warning. "
        "Beijing warned that it would respond to the tariffs.\n")
    code, out, _ = run(capsys, "import", str(one))
    assert code == 0
    for query, actor, words in (("CDC", "CDC", "outbreak was contained"), ("the CDC", "CDC", "outbreak"),
                                ("Japan", "Japan", "lift its travel warning"), ("China", "China", "tariffs")):
        code, out, _ = run(capsys, "who", *query.split())
        assert code == 0 and out.splitlines()[0] == f"{actor}: 1 statement, newest first", out
        assert words in out


def test_a_reader_that_leaves_early_gets_no_traceback(env: Path, folder: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """'attache actors | head -1': the pipe closes before the listing is written."""
    run(capsys, "import", str(folder))
    child = subprocess.Popen([sys.executable, "-c", "import sys; from cli.main import main; sys.exit(main(['actors']))"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parent.parent,
                             env=os.environ.copy())
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # before the child has imported anything
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_who_by_role_names_the_earlier_holders_with_statements(
        env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = one_article(
        tmp_path, "borrell.txt", "Borrell urges unity\n\n"
        "EU foreign policy chief Josep Borrell said on Monday that the bloc must stay united on Ukraine.\n")
    run(capsys, "import", str(folder))
    code, out, _ = run(capsys, "who", "the", "EU's", "top", "diplomat")
    assert code == 0
    assert out.splitlines()[0] == "Kaja Kallas: no statements stored."
    assert "Earlier holders of this role with statements: Josep Borrell" in out


def _import_fomin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = one_article(
        tmp_path, "fomin.txt", "Fomin warns NATO\n\n"
        "Russian Deputy Defense Minister Alexander Fomin said on Monday that NATO was preparing for conflict.\n")
    run(capsys, "import", str(one))


def test_merge_counts_the_statements_it_moves(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _import_fomin(tmp_path, capsys)
    code, out, _ = run(capsys, "actors", "merge", "Alexander Fomin", "Sergei Ryabkov")
    assert code == 0
    assert out.strip() == "merged Alexander Fomin into Sergei Ryabkov: 1 statement moved"
    code, out, _ = run(capsys, "who", "Ryabkov")
    assert "NATO was preparing for conflict" in out


def test_merging_an_actor_into_itself_is_refused(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _import_fomin(tmp_path, capsys)
    code, out, err = run(capsys, "actors", "merge", "Alexander Fomin", "Fomin")
    assert code == 1 and out == ""
    assert "both Alexander Fomin: nothing to merge" in err
    code, out, _ = run(capsys, "who", "Fomin")
    assert out.startswith("Alexander Fomin: 1 statement") and "NATO was preparing for conflict" in out
    code, out, _ = run(capsys, "actors")
    assert "[alexander-fomin]" in out


MEXICO_LEADER = """Mexico's president defends energy reform

2023-03-02

Mexican President Andres Manuel Lopez Obrador said on Wednesday that the energy reform would protect consumers.
"""

MEXICO_NICKNAME = """Mexico answers U.S. tariffs

2023-03-09

Mexico will not accept the new tariffs, officials said on Thursday.

"We will answer with dignity," AMLO told reporters at the National Palace.
"""


def test_an_alias_reaches_the_articles_already_stored(
    env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "import", str(one_article(tmp_path, "leader.txt", MEXICO_LEADER)))
    nickname = tmp_path / "nickname"
    nickname.mkdir()
    (nickname / "tariffs.txt").write_text(MEXICO_NICKNAME, encoding="utf-8")
    run(capsys, "import", str(nickname))
    _, out, _ = run(capsys, "who", "Andres Manuel Lopez Obrador")
    assert "energy reform" in out and "dignity" not in out  # 'AMLO' is someone else so far

    code, out, _ = run(capsys, "actors", "alias", "Andres Manuel Lopez Obrador", "AMLO")
    assert code == 0
    assert out.strip() == "'AMLO' now means Andres Manuel Lopez Obrador; 1 stored article analysed again"
    _, out, _ = run(capsys, "who", "Andres Manuel Lopez Obrador")
    assert "energy reform" in out and "We will answer with dignity" in out
    _, out, _ = run(capsys, "who", "AMLO")
    assert out.startswith("Andres Manuel Lopez Obrador: ")
