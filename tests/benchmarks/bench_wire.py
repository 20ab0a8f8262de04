"""Incoming copy: body quality and import speed on the test corpus (tests/importers/wire_corpus).

For every page there is ``NAME.truth.txt``, the story's body by hand (one paragraph, subhead or list
item a line; no headline, deck, byline, credit or source lines). The page is imported through the one
import service (as ``copydesk import`` does), its Markdown body rendered to text, and scored with a
4-gram shingle F1 against the truth (word 4-grams, lower-cased, punctuation off). Then every page is
imported ``--rounds`` times to give per-page time p50/p95 in process and pages per second.

    python tests/benchmarks/bench_wire.py [--rounds 20] [--verbose]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from editor.importers import ImportFailed  # noqa: E402
from editor.importers.wire import read_incoming_file  # noqa: E402
from editor.wirecopy import markdown_to_text  # noqa: E402

CORPUS = ROOT / "tests" / "importers" / "wire_corpus"
# Pages written after the importer was done and never tuned against: the honest figure.
HOLDOUT = ROOT / "tests" / "importers" / "wire_holdout"
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1)))


def f1(found: str, truth: str) -> tuple[float, float, float]:
    got, want = shingles(found), shingles(truth)
    common = sum((got & want).values())
    precision = common / max(1, sum(got.values()))
    recall = common / max(1, sum(want.values()))
    return precision, recall, (2 * precision * recall / (precision + recall) if common else 0.0)


def pages(folder: Path = CORPUS) -> list[tuple[Path, Path]]:
    found = []
    for page in sorted(folder.iterdir()):
        truth = page.with_name(page.name.split(".")[0] + ".truth.txt")
        if ".truth." not in page.name and truth.exists():
            found.append((page, truth))
    return found


def score(verbose: bool, folder: Path = CORPUS) -> tuple[float, int]:
    scores, refused = [], 0
    for page, truth in pages(folder):
        try:
            body = markdown_to_text(read_incoming_file(page).article.body)
        except ImportFailed as exc:
            refused += 1
            print(f"REFUSED {page.name}: {exc}")
            continue
        precision, recall, value = f1(body, truth.read_text(encoding="utf-8"))
        scores.append(value)
        print(f"{page.name:32} P {precision:.3f}  R {recall:.3f}  F1 {value:.3f}")
        if verbose and value < 1:
            print("    " + body.replace("\n", "\n    "))
    mean = statistics.fmean(scores) if scores else 0.0
    return mean, refused


def timing(rounds: int) -> None:
    files = [page for page, _ in pages()]
    times = []
    for _ in range(rounds):
        for page in files:
            start = time.perf_counter()
            read_incoming_file(page)
            times.append(time.perf_counter() - start)
    times.sort()
    p50 = times[len(times) // 2]
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"import time per page: p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms; "
          f"{len(times) / sum(times):.0f} pages/s ({len(times)} imports of {len(files)} pages)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    for folder in (CORPUS, HOLDOUT):
        mean, refused = score(args.verbose, folder)
        print(f"{folder.name}: body 4-gram shingle F1 (mean over {len(pages(folder))} pages): {mean:.3f};"
              f" refused: {refused}")  # fmt: skip
    read_incoming_file(pages()[0][0])  # warm-up: trafilatura's first call loads its data
    timing(args.rounds)


if __name__ == "__main__":
    main()
