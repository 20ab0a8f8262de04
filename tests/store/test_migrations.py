"""Schema migrations: a user's existing database is upgraded in place, with everything in it kept."""

from __future__ import annotations

import json
import shutil
import sqlite3
import textwrap
import zlib
from pathlib import Path

from alembic.script import ScriptDirectory

from editor.article import Status
from editor.store import ArticleStore, ListFilter
from editor.store.database import MIGRATIONS, alembic_config, create_store_engine, upgrade
from tests.store.helpers import assert_search_index_matches_articles, full_article, store_error_saying

OLD_ARTICLE_ID = "5f0c3c1e-0000-4000-8000-000000000001"


def build_version_0001_database(path: Path) -> None:
    """A database as Copydesk's first schema wrote it, filled through plain SQL of that schema."""
    engine = create_store_engine(path)
    upgrade(engine, path, target="0001_initial")
    engine.dispose()
    snapshot = {
        "id": OLD_ARTICLE_ID,
        "headline": "Ferry service resumes after storm",
        "body": "The first ferry left at dawn.",
        "status": "published",
        "created": "2025-05-01T08:00:00+00:00",
        "updated": "2025-05-01T09:00:00+00:00",
    }
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO articles (pk, id, status, section, created, updated, deleted, word_count,"
            " content_hash, headline, standfirst, tags, slug, credit_line, dateline, editors_note, embargo,"
            " bylines, sources, related, featured_image, remote, bylines_text, tags_text, body)"
            " VALUES (7, ?, 'published',"
            " 'Local', '2025-05-01 08:00:00.000000', '2025-05-01 09:00:00.000000', NULL, 6, 'old-hash',"
            " 'Ferry service resumes after storm', 'Crossings restart', '[\"ferries\", \"weather\"]',"
            " 'ferry-resumes', '', 'DOVER', '', NULL, '[{\"name\": \"Sam Lee\", \"role\": \"reporter\"}]',"
            ' \'[{"name": "Port office", "kind": "official document", "url": "", "note": ""}]\','
            ' \'[]\', NULL, \'{"account": "site", "remote_id": 12, "url": "https://s.example/?p=12",'
            ' "modified_gmt": "2025-05-01T09:00:00", "content_hash": "h", "last_sync": null}\','
            " 'Sam Lee', 'ferries, weather', 'The first ferry left at dawn.')",
            (OLD_ARTICLE_ID,),
        )
        db.executemany(
            "INSERT INTO article_tags (article_pk, tag) VALUES (7, ?)", [("ferries",), ("weather",)]
        )
        db.execute(
            "INSERT INTO revisions (article_pk, created, word_count, headline, reason, snapshot)"
            " VALUES (7, '2025-05-01 09:00:00.000000', 6, 'Ferry service resumes after storm',"
            " 'published', ?)",
            (zlib.compress(repr(snapshot).replace("'", '"').encode()),),
        )


def test_opening_an_old_database_upgrades_it_with_its_data(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    build_version_0001_database(db_path)

    store = ArticleStore.open(db_path)
    try:
        article = store.get(OLD_ARTICLE_ID)
        assert article.headline == "Ferry service resumes after storm"
        assert article.status is Status.PUBLISHED
        assert article.tags == ["ferries", "weather"]
        assert article.bylines[0].name == "Sam Lee"
        assert article.remote is not None and article.remote.remote_id == 12
        assert article.remote.version == "2025-05-01T09:00:00"  # WordPress's stamp, now an opaque token
        assert [s.id for s in store.list()] == [OLD_ARTICLE_ID]
        assert [h.summary.id for h in store.search("ferry")] == [OLD_ARTICLE_ID]
        assert [s.id for s in store.list(ListFilter(tag="Weather"))] == [OLD_ARTICLE_ID]
        (revision,) = store.revisions(OLD_ARTICLE_ID)
        assert store.revision(OLD_ARTICLE_ID, revision.id).body == "The first ferry left at dawn."

        # and the upgraded database takes new work as usual
        edited = article.copy(body="The first ferry left at dawn; the second at noon.")
        assert store.save(edited).status is Status.CHANGED
        assert_search_index_matches_articles(store)
        with store.engine.connect() as connection:
            version = set(connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        store.close()
    assert version == set(ScriptDirectory.from_config(alembic_config()).get_heads())


LATER_MIGRATION = '''
"""Test-only: rebuild the articles table to add a column, the hardest kind of SQLite change."""

import sqlalchemy as sa
from alembic import op

revision = "9001_word_goal"
down_revision = {heads!r}
branch_labels = None
depends_on = None


def upgrade():
    connection = op.get_bind()
    triggers = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'"
    ).scalars().all()
    with op.batch_alter_table("articles", recreate="always") as batch:
        batch.add_column(sa.Column("word_goal", sa.Integer, nullable=False, server_default="0"))
    for sql in triggers:  # a table rebuild drops the triggers that keep the search index in step
        op.execute(sql)
    op.execute("UPDATE articles SET word_goal = word_count * 2")


def downgrade():
    pass
'''


def test_a_later_schema_change_rebuilding_articles_keeps_every_row(db_path: Path, tmp_path: Path) -> None:
    store = ArticleStore.open(db_path)
    articles = [full_article(id=f"00000000-0000-4000-8000-{n:012d}", headline=f"Story {n}") for n in range(5)]
    for article in articles:
        store.save(article, revision="always")
        store.save(article.copy(body=article.body + " More."), revision="always")
    store.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    heads = tuple(ScriptDirectory.from_config(alembic_config()).get_heads())
    later = LATER_MIGRATION.format(heads=heads[0] if len(heads) == 1 else heads)
    (scripts / "versions" / "9001_word_goal.py").write_text(textwrap.dedent(later))

    engine = create_store_engine(db_path)
    upgrade(engine, db_path, script_location=scripts)
    engine.dispose()

    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*), sum(word_goal = word_count * 2) FROM articles").fetchone() == (
            5,
            5,
        )
        # With foreign keys on, dropping the old articles table would have cascaded to these:
        assert db.execute("SELECT count(*) FROM revisions").fetchone() == (10,)
        assert db.execute("SELECT count(*) FROM article_tags").fetchone() == (15,)
        assert db.execute(
            "SELECT id FROM articles_fts JOIN articles ON pk = articles_fts.rowid"
            " WHERE articles_fts MATCH 'story' ORDER BY pk"
        ).fetchall() == [(a.id,) for a in articles]
        db.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []

    # This Copydesk does not know revision 9001: it must refuse rather than guess.
    with store_error_saying("newer version of Copydesk"):
        ArticleStore.open(db_path)


def test_a_file_that_is_not_a_database_gives_a_clear_error_and_is_left_alone(tmp_path: Path) -> None:
    garbage = tmp_path / "copydesk.sqlite3"
    content = b"These are my notes, not a database.\n" * 200
    garbage.write_bytes(content)
    with store_error_saying("not a Copydesk database or is damaged"):
        ArticleStore.open(garbage)
    assert garbage.read_bytes() == content


def test_another_programs_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "other.sqlite3"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
        db.execute("INSERT INTO notes VALUES ('keep me')")
    with store_error_saying("not a Copydesk database"):
        ArticleStore.open(foreign)
    with sqlite3.connect(foreign) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert tables == ["notes"]


def test_a_folder_in_place_of_the_file_gives_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "copydesk.sqlite3"
    folder.mkdir()
    with store_error_saying("Could not open the database file"):
        ArticleStore.open(folder)


def test_the_remote_version_keeps_its_value_under_its_neutral_name(db_path: Path) -> None:
    """0006: the binding's modified_gmt and the outbox's base_modified_gmt become the opaque version."""
    db_path.parent.mkdir(parents=True)
    build_version_0001_database(db_path)
    engine = create_store_engine(db_path)
    upgrade(engine, db_path, target="0005_article_extra")
    engine.dispose()
    payload = json.dumps(
        {
            "id": OLD_ARTICLE_ID,
            "headline": "Queued",
            "remote": {"account": "site", "remote_id": 12, "modified_gmt": "2025-05-01T09:00:00"},
        }
    )
    with sqlite3.connect(db_path) as db:
        db.execute(
            "INSERT INTO outbox (id, article_id, account, action, payload, base_modified_gmt, state,"
            " next_attempt_at, created, updated) VALUES ('op-1', ?, 'site', 'publish', ?,"
            " '2025-05-01T09:00:00', 'pending', '2025-05-01 09:00:00.000000',"
            " '2025-05-01 09:00:00.000000', '2025-05-01 09:00:00.000000')",
            (OLD_ARTICLE_ID, payload),
        )
    store = ArticleStore.open(db_path)
    try:
        from editor.sync.outbox import get_operation

        op = get_operation(store, "op-1")
        assert op.base_version == "2025-05-01T09:00:00"
        assert op.article.remote is not None and op.article.remote.version == "2025-05-01T09:00:00"
        assert store.get(OLD_ARTICLE_ID).remote.version == "2025-05-01T09:00:00"
    finally:
        store.close()
    with sqlite3.connect(db_path) as db:
        stored = [
            row[0] for row in db.execute("SELECT remote FROM articles UNION ALL SELECT payload FROM outbox")
        ]
    assert all("modified_gmt" not in text for text in stored), stored


def test_migration_files_are_named_after_their_revisions_in_order() -> None:
    """What lets an up-to-date database open without importing alembic (database.newest_revision)."""
    from editor.store.database import newest_revision

    script = ScriptDirectory.from_config(alembic_config())
    files = sorted(path.stem for path in (MIGRATIONS / "versions").glob("[0-9]*.py"))
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert files == chain
    assert script.get_heads() == [newest_revision()]


def test_an_up_to_date_library_opens_without_loading_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    ArticleStore.open(db_path).close()  # creates and migrates
    probe = (
        "import sys; from editor.store import ArticleStore; "
        f"s = ArticleStore.open({str(db_path)!r}); s.list(); s.close(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_upgrading_keeps_every_index_and_trigger_of_articles_and_versions_the_rows(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    build_version_0001_database(db_path)
    schema = "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'articles' AND type != 'table'"
    with sqlite3.connect(db_path) as db:
        before = sorted(db.execute(schema).fetchall())

    ArticleStore.open(db_path).close()

    with sqlite3.connect(db_path) as db:
        after = sorted(db.execute(schema).fetchall())
        assert set(before) <= set(after)  # NOCASE headline index, search triggers
        assert [row[1] for row in after if row not in before] == ["ix_articles_slug"]  # the only new one
        columns = [row[1] for row in db.execute("PRAGMA table_info(articles)")]
        assert columns[-1] == "body"  # long bodies stay out of the way of list reads
        assert db.execute("SELECT version FROM articles").fetchall() == [(1,)]
