"""config/settings.py: defaults, environment, .env, TOML, validation, access control."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import DEFAULT_API_URL, Settings, SettingsError, load_settings


@pytest.fixture(autouse=True)
def _clean_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No attache.toml or .env from the developer's working directory."""
    monkeypatch.chdir(tmp_path)


def test_defaults() -> None:
    s = load_settings({}, dotenv_path=None)
    assert s == Settings()
    assert s.token == ""
    assert s.api_url == DEFAULT_API_URL
    assert s.db_path == Path("data/attache.db")
    assert s.allowed == frozenset() and s.admins == frozenset()
    assert (s.tz, s.library_mode, s.summary_sentences, s.max_text_chars) == ("UTC", "per-chat", 3, 200_000)
    assert s.allow_private_urls is False
    assert s.empty_digest == "line"
    assert s.shared_library is False


def test_environment_overrides() -> None:
    s = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": " 123:abc ",
            "ATTACHE_API_URL": "http://localhost:8081/",
            "ATTACHE_DB": "/var/lib/attache/db.sqlite",
            "ATTACHE_ALLOWED": "12, -100200300;45",
            "ATTACHE_ADMINS": "12",
            "ATTACHE_TZ": "Europe/Brussels",
            "ATTACHE_LIBRARY": "shared",
            "ATTACHE_SUMMARY_SENTENCES": "5",
            "ATTACHE_MAX_TEXT_CHARS": "5000",
            "ATTACHE_ALLOW_PRIVATE_URLS": "yes",
            "ATTACHE_EMPTY_DIGEST": "skip",
            "UNRELATED": "ignored",
        },
        dotenv_path=None,
    )
    assert s.token == "123:abc"
    assert s.api_url == "http://localhost:8081"
    assert s.db_path == Path("/var/lib/attache/db.sqlite")
    assert s.allowed == frozenset({12, -100200300, 45})
    assert s.admins == frozenset({12})
    assert s.tz == "Europe/Brussels"
    assert s.shared_library is True
    assert (s.summary_sentences, s.max_text_chars) == (5, 5000)
    assert s.allow_private_urls is True
    assert s.empty_digest == "skip"


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("TRUE", True), ("0", False), ("no", False), ("", False)])
def test_allow_private_urls_values(raw: str, expected: bool) -> None:
    assert load_settings({"ATTACHE_ALLOW_PRIVATE_URLS": raw}, dotenv_path=None).allow_private_urls is expected


def test_empty_values_fall_back_to_defaults() -> None:
    s = load_settings(
        {"ATTACHE_TZ": " ", "ATTACHE_LIBRARY": "", "ATTACHE_DB": "", "ATTACHE_API_URL": ""}, dotenv_path=None
    )
    assert (s.tz, s.library_mode, s.db_path, s.api_url) == ("UTC", "per-chat", Path("data/attache.db"), DEFAULT_API_URL)


def test_os_environ_is_the_default_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATTACHE_TZ", "Asia/Seoul")
    assert load_settings(dotenv_path=None).tz == "Asia/Seoul"


def test_dotenv_file(tmp_path: Path) -> None:
    env_file = tmp_path / "custom.env"
    env_file.write_text(
        "# comment line\nTELEGRAM_BOT_TOKEN=999:from-dotenv\nATTACHE_TZ=Europe/Paris\nATTACHE_ALLOWED=7,8\n"
    )
    s = load_settings({}, dotenv_path=env_file)
    assert (s.token, s.tz, s.allowed) == ("999:from-dotenv", "Europe/Paris", frozenset({7, 8}))
    # The real environment wins over .env.
    s = load_settings({"ATTACHE_TZ": "Asia/Tokyo"}, dotenv_path=env_file)
    assert (s.token, s.tz) == ("999:from-dotenv", "Asia/Tokyo")


def test_dotenv_default_path_is_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("ATTACHE_LIBRARY=shared\n")
    assert load_settings({}).library_mode == "shared"
    assert load_settings({}, dotenv_path=None).library_mode == "per-chat"
    assert load_settings({}, dotenv_path=tmp_path / "missing.env").library_mode == "per-chat"


def test_toml_file_with_lower_precedence(tmp_path: Path) -> None:
    toml = tmp_path / "conf" / "settings.toml"
    toml.parent.mkdir()
    toml.write_text(
        'tz = "Europe/Berlin"\n'
        'library_mode = "shared"\n'
        "summary_sentences = 4\n"
        "allowed = [11, 22]\n"
        "allow_private_urls = true\n"
        'ATTACHE_EMPTY_DIGEST = "skip"\n'
        'TELEGRAM_BOT_TOKEN = "1:toml"\n'
        'unknown_key = "ignored"\n'
    )
    s = load_settings({"ATTACHE_CONFIG": str(toml)}, dotenv_path=None)
    assert s.tz == "Europe/Berlin"
    assert s.library_mode == "shared"
    assert s.summary_sentences == 4
    assert s.allowed == frozenset({11, 22})
    assert s.allow_private_urls is True
    assert s.empty_digest == "skip"
    assert s.token == "1:toml"

    env_file = tmp_path / ".env"
    env_file.write_text("ATTACHE_SUMMARY_SENTENCES=6\nTELEGRAM_BOT_TOKEN=2:dotenv\n")
    s = load_settings({"ATTACHE_CONFIG": str(toml), "ATTACHE_TZ": "Asia/Seoul"}, dotenv_path=env_file)
    assert s.tz == "Asia/Seoul"  # environment > TOML
    assert s.summary_sentences == 6  # .env > TOML
    assert s.token == "2:dotenv"
    assert s.library_mode == "shared"  # only in TOML


def test_default_toml_file_is_attache_toml_in_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / "attache.toml").write_text('ATTACHE_TZ = "America/New_York"\n')
    assert load_settings({}, dotenv_path=None).tz == "America/New_York"


def test_missing_toml_file_is_ignored(tmp_path: Path) -> None:
    assert load_settings({"ATTACHE_CONFIG": str(tmp_path / "nope.toml")}, dotenv_path=None) == Settings()


def test_malformed_toml_is_a_settings_error(tmp_path: Path) -> None:
    toml = tmp_path / "broken.toml"
    toml.write_text('tz = "Europe/Berlin\n')  # unterminated string
    with pytest.raises(SettingsError, match=r"broken\.toml"):
        load_settings({"ATTACHE_CONFIG": str(toml)}, dotenv_path=None)


# Validation --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "pattern"),
    [
        ({"ATTACHE_TZ": "Mars/Olympus_Mons"}, r"ATTACHE_TZ is not a known timezone: 'Mars/Olympus_Mons'"),
        ({"ATTACHE_TZ": "../../etc/passwd"}, r"ATTACHE_TZ is not a known timezone"),
        ({"ATTACHE_LIBRARY": "per-user"}, r"ATTACHE_LIBRARY must be 'per-chat' or 'shared', got 'per-user'"),
        ({"ATTACHE_ALLOWED": "12, twelve"}, r"ATTACHE_ALLOWED must be comma-separated numeric ids, got 'twelve'"),
        ({"ATTACHE_ADMINS": "@someone"}, r"ATTACHE_ADMINS must be comma-separated numeric ids, got '@someone'"),
        ({"ATTACHE_SUMMARY_SENTENCES": "three"}, r"ATTACHE_SUMMARY_SENTENCES must be a whole number, got 'three'"),
        ({"ATTACHE_SUMMARY_SENTENCES": "0"}, r"ATTACHE_SUMMARY_SENTENCES must be positive, got 0"),
        ({"ATTACHE_SUMMARY_SENTENCES": "-2"}, r"ATTACHE_SUMMARY_SENTENCES must be positive, got -2"),
        ({"ATTACHE_MAX_TEXT_CHARS": "2.5"}, r"ATTACHE_MAX_TEXT_CHARS must be a whole number"),
        ({"ATTACHE_EMPTY_DIGEST": "silent"}, r"ATTACHE_EMPTY_DIGEST must be 'line' or 'skip', got 'silent'"),
    ],
)
def test_bad_values_raise_settings_error(env: dict[str, str], pattern: str) -> None:
    with pytest.raises(SettingsError, match=pattern):
        load_settings(env, dotenv_path=None)


def test_settings_error_is_a_value_error() -> None:
    assert issubclass(SettingsError, ValueError)


def test_bad_value_in_toml_is_reported_too(tmp_path: Path) -> None:
    toml = tmp_path / "bad.toml"
    toml.write_text('tz = "Nowhere/Land"\n')
    with pytest.raises(SettingsError, match="Nowhere/Land"):
        load_settings({"ATTACHE_CONFIG": str(toml)}, dotenv_path=None)


# Access ------------------------------------------------------------------------------------------------


def test_is_allowed_open_when_the_list_is_empty() -> None:
    s = load_settings({}, dotenv_path=None)
    assert s.is_allowed(1, 2) is True
    assert s.is_allowed(None, None) is True


def test_is_allowed_by_user_or_chat() -> None:
    s = load_settings({"ATTACHE_ALLOWED": "100, -100555"}, dotenv_path=None)
    assert s.is_allowed(100, 7) is True  # the user, anywhere
    assert s.is_allowed(7, -100555) is True  # anyone in the allowed chat
    assert s.is_allowed(7, 8) is False
    assert s.is_allowed(None, None) is False
    assert s.is_allowed(None, -100555) is True
