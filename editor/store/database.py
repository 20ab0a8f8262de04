"""Opening the SQLite file: connection settings, transaction modes and schema migrations.

Durability: every connection runs in WAL mode with ``synchronous=NORMAL``. A transaction is committed
once its pages are in the write-ahead log; killing the process (even with SIGKILL) cannot lose or tear a
committed transaction, and the next open replays the log. Only a power cut or an operating-system crash
may lose the last few commits (never corrupt the file), which is the documented trade-off of NORMAL in
WAL mode and what keeps a save to a few milliseconds.

Transactions: pysqlite's own BEGIN handling is switched off and SQLAlchemy emits ``BEGIN`` itself, so
SELECTs are inside the transaction too and DDL is transactional (a failed migration leaves nothing
half-done). Writers use ``BEGIN IMMEDIATE``: they take the write lock up front and wait for it
(``busy_timeout``) instead of failing when a read-then-write transaction finds another writer got there
first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import OperationalError

from editor.store.errors import StoreError, translated_errors

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
BEGIN_OPTION = "copydesk_begin"  # execution option naming the BEGIN mode of a transaction

_PRAGMAS = (
    "journal_mode=WAL",
    "synchronous=NORMAL",
    "foreign_keys=ON",
    f"busy_timeout={BUSY_TIMEOUT_MS}",
    "cache_size=-16000",  # 16 MB per connection: keeps index pages of a 100,000-article library hot
    "temp_store=MEMORY",
)


def _configure_connection(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN, see _begin
    cursor = dbapi_connection.cursor()
    try:
        for pragma in _PRAGMAS:
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def _begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def create_store_engine(path: Path) -> Engine:
    """An engine on the SQLite file ``path``, safe to share between threads (a connection per call)."""
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def check_integrity(engine: Engine, path: Path) -> None:
    """Refuse a damaged file before anything is written to it (``PRAGMA quick_check``, once per open).

    A damaged b-tree is not always met by the query at hand: without this, ``new`` and ``search`` went on
    writing into a file that ``list`` already found malformed, mixing new work into the damage. The check
    reads every page once (see tests/benchmarks/bench_store.py for its cost on a large library).
    """
    with translated_errors(path), engine.connect() as connection:
        problems = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
        connection.rollback()
    if problems != ["ok"]:
        first = " ".join(problems[0].split())[:200] if problems else "no answer"
        raise StoreError("damaged_check", path=path, check=first)


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions start with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


def alembic_config(script_location: Path = MIGRATIONS) -> Config:
    """An alembic Config built in code: no alembic.ini is needed at run time (works from a wheel)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def upgrade(engine: Engine, path: Path, *, target: str = "head", script_location: Path = MIGRATIONS) -> None:
    """Bring the database at ``path`` to ``target`` in one transaction; a no-op when already there.

    Foreign keys are switched off while migrating (SQLite cannot do that inside a transaction): a
    migration that rebuilds a table would otherwise cascade-delete the rows referring to it. They are
    checked with ``PRAGMA foreign_key_check`` before the migration commits.
    """
    if target == "head" and script_location == MIGRATIONS and _already_newest(engine, path):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    with translated_errors(path), engine.connect() as connection:
        current = _current_revisions(connection, path)
        if target == "head" and current == set(script.get_heads()):
            connection.rollback()
            return
        unknown = sorted(rev for rev in current if not _is_known(script, rev))
        if unknown:
            raise StoreError("newer_schema", path=path, schema=", ".join(unknown))
        connection.rollback()
        raw = connection.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            migrating = connection.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})
            with migrating.begin():
                config.attributes["connection"] = migrating
                command.upgrade(config, target)
                broken = migrating.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError("broken_references", path=path, count=len(broken))
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def newest_revision(script_location: Path = MIGRATIONS) -> str:
    """The head revision, read from file names alone.

    Each migration file is named after its revision id and the ids are numbered in order
    (tests/store/test_migrations.py keeps it so), which lets an up-to-date database open without
    importing alembic: about a quarter of a second of every start.
    """
    return max(path.stem for path in (script_location / "versions").glob("[0-9]*.py"))


def _already_newest(engine: Engine, path: Path) -> bool:
    with translated_errors(path), engine.connect() as connection:
        try:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        except OperationalError:  # no such table: a new or foreign file, the full path decides
            return False
        finally:
            connection.rollback()
    return {row[0] for row in rows} == {newest_revision()}


def _current_revisions(connection: Connection, path: Path) -> set[str]:
    """The schema revisions recorded in the file; refuses a foreign SQLite database."""
    from alembic.runtime.migration import MigrationContext

    tables = set(inspect(connection).get_table_names())
    if tables and "alembic_version" not in tables:
        raise StoreError("damaged", path=path)
    return set(MigrationContext.configure(connection).get_current_heads())


def _is_known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:  # alembic's answer for a revision it cannot find
        return False
