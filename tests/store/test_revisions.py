"""Revisions: typing does not flood the history, explicit saves always land, old versions come back."""

from __future__ import annotations

from datetime import timedelta

import pytest

from editor.article import Article, Status
from editor.store import ArticleStore, RevisionNotFound, StoreError
from tests.store.helpers import ManualClock, full_article, store_error_saying


def test_autosaves_while_typing_are_coalesced_into_one_revision_per_five_minutes(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="Budget vote", body="The council")
    first = clocked_store.save(article)
    assert first.revision_id is not None  # the first save always records one

    for n in range(1, 40):  # typing: an autosave every 5 seconds for a bit over three minutes
        clock.advance(seconds=5)
        result = clocked_store.save(article.copy(body="The council " + "voted " * n))
        assert result.revision_id is None

    clock.advance(minutes=2)  # now more than five minutes after the last revision
    late = clocked_store.save(article.copy(body="The council voted on the budget."))
    assert late.revision_id is not None
    assert [r.id for r in clocked_store.revisions(article.id)] == [late.revision_id, first.revision_id]


def test_auto_records_a_revision_when_a_reason_is_given(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="Budget vote", body="Draft")
    clocked_store.save(article)
    clock.advance(seconds=30)
    result = clocked_store.save(article.copy(body="Imported text"), reason="imported from budget.md")
    assert result.revision_id is not None
    assert clocked_store.revisions(article.id)[0].reason == "imported from budget.md"


def test_no_revision_without_a_change_whatever_the_policy(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="Unchanged", body="Same words.")
    clocked_store.save(article)
    clock.advance(hours=1)
    assert clocked_store.save(article).revision_id is None
    assert clocked_store.save(article, revision="always").revision_id is None
    assert len(clocked_store.revisions(article.id)) == 1


def test_always_records_every_change_and_never_records_none(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="Explicit saves", body="v0")
    assert clocked_store.save(article, revision="never").revision_id is None
    assert clocked_store.revisions(article.id) == []

    # "always" with unchanged content still records the first revision when there is none
    assert clocked_store.save(article, revision="always").revision_id is not None
    for n in range(1, 4):
        clock.advance(seconds=1)
        assert clocked_store.save(article.copy(body=f"v{n}"), revision="always").revision_id is not None
    assert clocked_store.save(article.copy(body="v4"), revision="never").revision_id is None
    assert len(clocked_store.revisions(article.id)) == 4


def test_revision_list_is_newest_first_with_its_details(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="First headline", body="one two three")
    clocked_store.save(article, revision="always", reason="created")
    clock.advance(minutes=1)
    clocked_store.save(
        article.copy(headline="Second headline", body="one two three four five"),
        revision="always",
        reason="explicit save",
    )

    newest, oldest = clocked_store.revisions(article.id)
    assert (newest.headline, newest.word_count, newest.reason) == ("Second headline", 5, "explicit save")
    assert (oldest.headline, oldest.word_count, oldest.reason) == ("First headline", 3, "created")
    assert newest.created == clock.now
    assert newest.article_id == article.id
    assert newest.id > oldest.id


def test_a_revision_shows_the_article_exactly_as_it_was(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    original = full_article()
    clocked_store.save(original, revision="always")
    clock.advance(minutes=10)
    clocked_store.save(original.copy(body="Rewritten completely.", tags=["other"]), revision="always")

    oldest = clocked_store.revisions(original.id)[-1]
    assert clocked_store.revision(original.id, oldest.id) == original


def test_restore_makes_old_content_current_and_records_it(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    original = full_article(status=Status.DRAFT)
    clocked_store.save(original, revision="always")
    first_revision = clocked_store.revisions(original.id)[0].id
    clock.advance(minutes=10)
    clocked_store.save(original.copy(headline="A worse headline", body="Lost paragraph."), revision="always")
    clocked_store.set_status(original.id, Status.PUBLISHED)
    clock.advance(minutes=1)

    restored = clocked_store.restore(original.id, first_revision)

    assert restored.content_equals(original)
    assert clocked_store.get(original.id).content_equals(original)
    assert restored.status is Status.CHANGED  # it was published; the restored text is a local change
    newest = clocked_store.revisions(original.id)[0]
    assert newest.reason == f"restored revision {first_revision}"
    assert newest.headline == original.headline
    assert len(clocked_store.revisions(original.id)) == 3


def test_restoring_the_current_content_still_records_the_restore(clocked_store: ArticleStore) -> None:
    article = Article(headline="Same", body="Same text.")
    clocked_store.save(article, revision="always")
    only = clocked_store.revisions(article.id)[0].id
    clocked_store.restore(article.id, only)
    assert [r.reason for r in clocked_store.revisions(article.id)] == [f"restored revision {only}", ""]


def test_unknown_revisions_raise_a_clear_error(clocked_store: ArticleStore) -> None:
    one = Article(headline="One")
    other = Article(headline="Other")
    clocked_store.save(one)
    clocked_store.save(other)
    others_revision = clocked_store.revisions(other.id)[0].id

    with store_error_saying("has no revision 999", RevisionNotFound):
        clocked_store.revision(one.id, 999)
    with pytest.raises(StoreError):  # a revision of another article is not this article's
        clocked_store.restore(one.id, others_revision)
    assert clocked_store.get(one.id).headline == "One"


def test_checkpoint_keeps_the_current_text_in_the_history_once(clocked_store: ArticleStore) -> None:
    article = Article(headline="First take", body="Draft one.")
    clocked_store.save(article, revision="always")
    clocked_store.save(article.copy(body="Draft two, typed since."), revision="auto")  # coalesced: no rev
    assert len(clocked_store.revisions(article.id)) == 1

    revision_id = clocked_store.checkpoint(article.id, "kept before taking the site's text")
    history = clocked_store.revisions(article.id)
    assert revision_id == history[0].id and history[0].reason == "kept before taking the site's text"
    assert clocked_store.revision(article.id, revision_id).body == "Draft two, typed since."
    assert clocked_store.checkpoint(article.id, "again") is None  # already there
    assert len(clocked_store.revisions(article.id)) == 2


def _bodies_in_history(store: ArticleStore, article_id: str) -> list[str]:
    return [store.revision(article_id, info.id).body for info in store.revisions(article_id)]


def test_restore_keeps_the_text_autosave_stored_since_the_last_revision(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="Council vote", body="First draft.")
    clocked_store.save(article, revision="always")
    first = clocked_store.revisions(article.id)[0].id
    clock.advance(seconds=2)
    clocked_store.save(article.copy(body="A sentence typed since, autosaved."))  # coalesced: no revision

    clocked_store.restore(article.id, first)

    assert clocked_store.get(article.id).body == "First draft."
    assert "A sentence typed since, autosaved." in _bodies_in_history(clocked_store, article.id)


def test_an_explicit_save_after_coalesced_autosaves_records_the_current_text(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="Council vote", body="First draft.")
    clocked_store.save(article, revision="always")
    clock.advance(seconds=2)
    typed = article.copy(body="Typed and autosaved before Ctrl+S.")
    assert clocked_store.save(typed).revision_id is None  # the autosave: coalesced

    clock.advance(seconds=2)
    explicit = clocked_store.save(typed, revision="always", reason="saved by hand")

    assert explicit.revision_id is not None
    assert clocked_store.revision(article.id, explicit.revision_id).body == typed.body
    # pressed again: the newest revision already holds exactly this text, nothing new
    assert clocked_store.save(typed, revision="always", reason="saved by hand").revision_id is None


def test_replacing_an_article_keeps_the_replaced_text_in_the_history(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    article = Article(headline="Wire story", body="Version from the wire.")
    clocked_store.save(article, revision="always")
    clock.advance(seconds=2)
    clocked_store.save(article.copy(body="Edited locally, autosaved."))

    replaced = clocked_store.replace(
        article.copy(body="The file again."), reason="imported from wire.md", kept_reason="before the import"
    )

    assert replaced.body == "The file again."
    history = clocked_store.revisions(article.id)
    assert [info.reason for info in history[:2]] == ["imported from wire.md", "before the import"]
    assert "Edited locally, autosaved." in _bodies_in_history(clocked_store, article.id)
    # replacing with the same text again adds nothing but what is not there yet
    count = len(history)
    clocked_store.replace(article.copy(body="The file again."), reason="again", kept_reason="again")
    assert len(clocked_store.revisions(article.id)) == count


def test_a_save_based_on_an_older_version_keeps_both_texts(
    clocked_store: ArticleStore, db_path, clock: ManualClock
) -> None:
    article = Article(headline="Two writers", body="Where both started.")
    clocked_store.save(article, revision="always")
    _, base = clocked_store.get_versioned(article.id)

    other = ArticleStore.open(db_path)  # another process: the command line, a second window
    try:
        newer = other.save(article.copy(body="Written elsewhere first."), base_version=base)
    finally:
        other.close()
    assert not newer.superseded and newer.version > base

    clock.advance(seconds=1)
    late = clocked_store.save(article.copy(body="Typed in the first window."), base_version=base)

    assert late.superseded
    current, version = clocked_store.get_versioned(article.id)
    assert current.body == "Written elsewhere first."  # the newer text stays current
    assert version == newer.version
    assert late.revision_id is not None
    assert clocked_store.revision(article.id, late.revision_id).body == "Typed in the first window."
    # based on the current version, a save goes through as usual
    assert not clocked_store.save(article.copy(body="Merged by hand."), base_version=version).superseded
    assert clocked_store.get(article.id).body == "Merged by hand."


def test_typing_keeps_a_revision_as_often_as_the_interval_chosen(
    clocked_store: ArticleStore, clock: ManualClock
) -> None:
    clocked_store.revision_interval = timedelta(minutes=1)  # Preferences → Revision interval: 1 minute
    article = Article(headline="Budget vote", body="The council")
    first = clocked_store.save(article)
    clock.advance(seconds=30)
    assert clocked_store.save(article.copy(body="The council voted")).revision_id is None
    clock.advance(seconds=31)  # a minute's typing
    kept = clocked_store.save(article.copy(body="The council voted on the budget."))
    assert kept.revision_id is not None
    assert [r.id for r in clocked_store.revisions(article.id)] == [kept.revision_id, first.revision_id]
