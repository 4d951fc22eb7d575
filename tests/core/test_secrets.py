"""A server password never reaches a screen, a terminal or a log file.

Issue "Never lose the user's work or secrets", part 2: "one function renders a
connection for people (user@host/db, no password) and every message, log line,
dialog and exception text goes through it; passwords from PGPASSWORD, ~/.pgpass
or the system keyring; a test scans everything the commands print for the password."
A real PostgreSQL role with a real password; the real program in a subprocess.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from cli_runner import cli_env
from cli_runner import run_cli as shared_run_cli
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kalixplan.store import secrets
from kalixplan.store.location import describe_db, redact, without_password

PASSWORD = "Kx9-hemligt-Lösen-2026"
ROLE = "kalix_secret_role"


@pytest.fixture(scope="module")
def role_db(pg_admin: str) -> Iterator[tuple[str, str]]:
    """(URL with the role's password, the same without it) of a fresh empty database."""
    admin = create_engine(pg_admin, isolation_level="AUTOCOMMIT")
    name = f"kalixplan_secret_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f"DROP ROLE IF EXISTS {ROLE}"))
        conn.execute(text(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'"))
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE kalixplan_test_template OWNER {ROLE}"))
    server = make_url(pg_admin)
    bare = f"postgresql+psycopg://{ROLE}@{server.host}:{server.port or 5432}/{name}"
    with_pw = bare.replace(f"{ROLE}@", f"{ROLE}:{quote(PASSWORD, safe='')}@")
    yield with_pw, bare
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        conn.execute(text(f"DROP ROLE IF EXISTS {ROLE}"))
    admin.dispose()


def leaks(text_: str) -> list[str]:
    """The forms of the password found in ``text_`` (plain, URL-quoted, ASCII part)."""
    forms = {PASSWORD, quote(PASSWORD, safe=""), quote(PASSWORD), "Kx9-hemligt"}
    return [f for f in forms if f in text_]


def run_cli(
    *args: str, tmp: Path, env_extra: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The command with its own log folder and home (no ~/.pgpass of the machine's user)."""
    (tmp / "home").mkdir(exist_ok=True)
    env = cli_env({"KALIXPLAN_LOG_DIR": str(tmp / "logs"), "HOME": str(tmp / "home")})
    for name in ("PGPASSWORD", "PGPASSFILE"):
        env.pop(name, None)
    env.update(env_extra or {})
    return shared_run_cli(*args, env=env, stdin=stdin)


def everything(result: subprocess.CompletedProcess[str], tmp: Path) -> str:
    logs = tmp / "logs"
    files = [p.read_text("utf-8", "replace") for p in logs.glob("*")] if logs.exists() else []
    return "\n".join([result.stdout, result.stderr, *files])


pytestmark = pytest.mark.postgis


def test_no_command_prints_the_password(role_db: tuple[str, str], tmp_path: Path) -> None:
    url, _bare = role_db
    out = tmp_path / "out"
    out.mkdir()
    steps = [
        (["init", "--db", url, "--demo", "--crs", "3018"], 0, "Created"),
        (["init", "--db", url], 2, "holds a KalixPlan project already"),
        (["check", "--db", url], 0, "problem(s) found"),
        (["export", "--db", url, "--kind", "parcels", str(out / "p.gpkg")], 0, "Exported"),
        (["backup", "--db", url, "--out", str(out / "b.gpkg")], 2, "pg_dump"),
        (["match", "--db", url, "--actor", "000000-0000"], 2, ""),
    ]
    for args, code, says in steps:
        result = run_cli(*args, tmp=tmp_path)
        seen = everything(result, tmp_path)
        assert result.returncode == code, (args, result.stderr)
        assert says in seen, (args, seen)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        assert leaks(seen) == [], (args, seen)
        if code == 0 and args[0] in ("init", "check"):
            assert f"{ROLE}@" in result.stdout  # the project is named, as user@host/db


def test_connection_errors_never_quote_the_password(
    role_db: tuple[str, str], tmp_path: Path
) -> None:
    url, _bare = role_db
    parsed = make_url(url)
    wrong = url.replace(quote(PASSWORD, safe=""), quote(PASSWORD + "x", safe=""))
    cases = {
        "wrong password": wrong,
        "unknown database": url.rsplit("/", 1)[0] + "/no_such_database_here",
        "unknown host": url.replace(f"@{parsed.host}:", "@no-such-host.invalid:"),
        "closed port": url.replace(f":{parsed.port or 5432}/", ":1/"),
        "malformed port": url.replace(f":{parsed.port or 5432}/", ":notaport/"),
        "not postgres": url.replace("postgresql+psycopg", "mysql"),
    }
    for what, db in cases.items():
        for args in (["check", "--db", db], ["init", "--db", db]):
            result = run_cli(*args, tmp=tmp_path)
            seen = everything(result, tmp_path)
            assert result.returncode == 2, (what, args, seen)
            assert "Traceback" not in seen, (what, seen)
            assert leaks(seen) == [], (what, seen)
            assert result.stderr.startswith(f"kalixplan {args[0]}: "), (what, seen)


def test_kalixplan_db_from_the_environment(role_db: tuple[str, str], tmp_path: Path) -> None:
    url, _bare = role_db
    result = run_cli("check", tmp=tmp_path, env_extra={"KALIXPLAN_DB": url})
    assert result.returncode == 0, result.stderr
    assert leaks(everything(result, tmp_path)) == []


def test_password_from_pgpassword_pgpass_and_the_keyring(
    role_db: tuple[str, str], tmp_path: Path
) -> None:
    url, bare = role_db
    # Without any source the server refuses, in one sentence.
    refused = run_cli("check", "--db", bare, tmp=tmp_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    # PGPASSWORD and ~/.pgpass are libpq's own sources.
    by_env = run_cli("check", "--db", bare, tmp=tmp_path, env_extra={"PGPASSWORD": PASSWORD})
    assert by_env.returncode == 0, by_env.stderr
    assert leaks(everything(by_env, tmp_path)) == []
    parsed = make_url(url)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{parsed.host}:{parsed.port or 5432}:*:{ROLE}:{PASSWORD}\n", "utf-8")
    pgpass.chmod(0o600)
    by_file = run_cli("check", "--db", bare, tmp=tmp_path, env_extra={"PGPASSFILE": str(pgpass)})
    assert by_file.returncode == 0, by_file.stderr
    # The keyring: stored once with `kalixplan password`, read by every command after.
    ring = {
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "KALIXPLAN_TEST_KEYRING": str(tmp_path / "ring.json"),
    }
    stored = run_cli(
        "password", "--db", bare, "--stdin", tmp=tmp_path, env_extra=ring, stdin=PASSWORD + "\n"
    )
    assert stored.returncode == 0, stored.stderr
    assert "system keyring" in stored.stdout
    by_ring = run_cli("check", "--db", bare, tmp=tmp_path, env_extra=ring)
    assert by_ring.returncode == 0, by_ring.stderr
    assert leaks(everything(stored, tmp_path) + everything(by_ring, tmp_path)) == []
    # A headless machine without a keyring backend says so, and stores nothing.
    none = run_cli(
        "password",
        "--db",
        bare,
        "--stdin",
        tmp=tmp_path,
        env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        stdin=PASSWORD + "\n",
    )
    assert none.returncode == 2 and "PGPASSWORD" in none.stderr, none.stderr


def test_people_see_user_at_host_slash_database() -> None:
    url = f"postgresql+psycopg://kalix:{quote(PASSWORD, safe='')}@db.kalix.se:5433/plan?sslmode=require"
    assert describe_db(url) == "kalix@db.kalix.se:5433/plan"
    assert leaks(without_password(url)) == []
    assert without_password(url).startswith("postgresql+psycopg://kalix@db.kalix.se:5433/plan")
    assert describe_db("/home/planner/kalix.gpkg") == "/home/planner/kalix.gpkg"
    said = f"could not connect to {url}: FATAL password authentication failed"
    assert leaks(redact(said)) == [] and "***" in redact(said)


def test_the_log_file_masks_remembered_passwords(tmp_path: Path) -> None:
    secrets.remember_db(f"postgresql+psycopg://kalix:{quote(PASSWORD, safe='')}@h/db")
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "driver said %s", (PASSWORD,), None)
    try:
        raise RuntimeError(f"connect failed with {PASSWORD}")
    except RuntimeError:
        record.exc_info = sys.exc_info()
    assert secrets.MaskingFilter().filter(record)
    assert leaks(record.getMessage()) == [] and "RuntimeError" in record.getMessage()
