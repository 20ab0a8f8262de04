"""Benchmark of publishing: Copydesk's overhead over a raw HTTP POST, against one local WordPress.

    python tests/benchmarks/bench_publish.py [--samples 30] [--drain 100] [--cli-runs 5]

in a session with an unlocked Secret Service keyring (the account's password lives there, as in the
app), e.g. ``dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets
>/dev/null; python tests/benchmarks/bench_publish.py'``. Starts a real WordPress with
tests/wordpress/server.py, then prints, for the same post payload:

* raw POST: median of ``httpx.post`` of the prepared fields to ``wp/v2/posts`` (one warm connection):
  the server's own cost, the floor;
* publish in-process: median of ``editor.cli.main(["publish", ID])`` in this process: the whole pipeline
  minus interpreter start-up (store open, checklist, keyring, API discovery, terms, render, outbox rows,
  the POST, the binding);
* drain: 100 queued articles sent by one ``drain`` (one client, terms cached): per-article time and
  throughput; the per-article overhead over the raw POST is the figure the issue's target (< 20 ms) is
  about;
* CLI wall time: median of ``python -m editor publish ID`` as a process, interpreter start-up included.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx

from editor.article import Article, Byline, Source, SourceKind, Status
from editor.cli import main as copydesk
from editor.cms.accounts import AccountStore
from editor.cms.prepare import prepare_post
from editor.render import render_article
from editor.store import ArticleStore
from editor.sync.outbox import queue_publish
from editor.sync.worker import Result, drain
from tests.wordpress.server import WordPressServer

ACCOUNT = "bench"
BODY = "\n\n".join(
    f'Paragraph {n}: the council met on Tuesday to discuss the harbour. "It is a start," said the mayor.'
    for n in range(12)
)


def story(n: int) -> Article:
    return Article(
        headline=f"Council approves harbour repairs, story {n}",
        standfirst="The work starts in spring and should take a year.",
        body=BODY,
        bylines=[Byline("Maria Keller")],
        credit_line="with AFP",
        dateline="LISBON",
        sources=[Source("City council", SourceKind.DOCUMENT, "https://example.org/minutes")],
        section="Local",
        tags=["harbour", "council"],
        status=Status.READY,
    )


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--drain", type=int, default=100)
    parser.add_argument("--cli-runs", type=int, default=5)
    options = parser.parse_args()

    with WordPressServer() as wordpress, tempfile.TemporaryDirectory(prefix="cd-bench-") as folder:
        data_dir = Path(folder)
        accounts = AccountStore(data_dir)
        accounts.add(ACCOUNT, wordpress.base_url, wordpress.username, wordpress.app_password)
        try:
            return run(wordpress, data_dir, accounts, options)
        finally:
            accounts.remove(ACCOUNT)


def run(
    wordpress: WordPressServer, data_dir: Path, accounts: AccountStore, options: argparse.Namespace
) -> int:
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    articles = [story(n) for n in range(options.samples + options.drain + options.cli_runs + 1)]
    store.save_many(articles)
    store.close()
    out = io.StringIO()

    def publish(article_id: str) -> float:
        with contextlib.redirect_stdout(io.StringIO()):  # the printed URL
            began = time.perf_counter()
            code = copydesk(["--data-dir", str(data_dir), "publish", article_id])
            elapsed = time.perf_counter() - began
        if code != 0:
            raise SystemExit(f"copydesk publish failed ({code})")
        return elapsed

    publish(articles[0].id)  # warm-up: terms created, modules imported

    # The raw POST of the very payload the pipeline sends (terms resolved, content rendered).
    client = accounts.client(ACCOUNT)
    fields = prepare_post(client, articles[1], render=render_article).fields
    client.close()
    http = httpx.Client(
        base_url=f"{wordpress.base_url}/wp-json",
        auth=(wordpress.username, wordpress.app_password),
        trust_env=False,
        timeout=30,
    )

    def raw_post() -> float:
        began = time.perf_counter()
        http.post("/wp/v2/posts", json=fields).raise_for_status()
        return time.perf_counter() - began

    # Interleaved pairs, so both sides of each difference see the same (shared, noisy) machine.
    raw, pipeline = [], []
    for article in articles[1 : 1 + options.samples]:
        raw.append(raw_post())
        pipeline.append(publish(article.id))
    differences = [p - r for p, r in zip(pipeline, raw, strict=True)]

    queued = articles[1 + options.samples : 1 + options.samples + options.drain]
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    for article in queued:
        queue_publish(store, article.id, ACCOUNT)
    raw_around = [raw_post() for _ in range(10)]
    began, cpu_began = time.perf_counter(), time.process_time()
    report = drain(store, accounts)
    drained, drained_cpu = time.perf_counter() - began, time.process_time() - cpu_began
    raw_around += [raw_post() for _ in range(10)]
    store.close()
    http.close()
    sent = len(report.of(Result.PUBLISHED))
    if sent != len(queued):
        raise SystemExit(f"drain sent {sent} of {len(queued)}")

    cli = []
    for article in articles[len(articles) - options.cli_runs :]:
        began = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "editor", "--data-dir", str(data_dir), "publish", article.id],
            check=True,
            capture_output=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        cli.append(time.perf_counter() - began)

    per_article_ms = drained / len(queued) * 1000
    raw_around_ms = median_ms(raw_around)
    lines = [
        f"WordPress {wordpress.base_url} (started in {wordpress.timings['total']:.1f} s)",
        f"raw httpx POST, median of {len(raw)} (interleaved):      {median_ms(raw):7.1f} ms",
        f"copydesk publish in-process, median of {len(pipeline)}:    {median_ms(pipeline):7.1f} ms",
        f"  overhead, median of the paired differences:  {median_ms(differences):7.1f} ms",
        f"drain of {len(queued)} queued articles:                  {drained:7.2f} s",
        f"  per article:                                 {per_article_ms:7.1f} ms",
        f"  throughput:                                  {len(queued) / drained:7.1f} articles/s",
        f"  raw POST median around the drain:            {raw_around_ms:7.1f} ms",
        f"  overhead per article over the raw POST:      {per_article_ms - raw_around_ms:7.1f} ms",
        f"  client CPU per article (render, SQLite, JSON, HTTP): {drained_cpu / len(queued) * 1000:5.1f} ms",
        f"copydesk publish as a process, median of {len(cli)}:   {median_ms(cli):7.1f} ms",
    ]
    print("\n".join(lines), file=out)
    print(out.getvalue(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
