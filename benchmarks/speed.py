"""Build speed and memory, on the seed story and at corpus scale.

    python benchmarks/speed.py [--stories 50] [--runs 3]

Copies the project's templates and static files into a temporary folder, writes the first
N corpus stories (mean_pairwise_cosine >= 0.15, 3 to 8 articles) as content, builds the
site several times and reports the median wall time and the peak resident memory of a
build. Targets (checked, printed as PASS/FAIL): the seed site in under 5 s, and 50 corpus
stories in under 60 s using under 1.5 GB. Needs ../shared/corpus/ for the corpus part.
Also times the analysis of hostile texts (article text is untrusted): long runs without
spaces and long runs of capitalised words, each under 2 s.
"""

from __future__ import annotations

import argparse
import json
import lzma
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
TARGETS = {"seed": (5.0, None), "corpus": (60.0, 1.5 * 1024), "hostile": (2.0, None)}  # s, MiB
HOSTILE = {"40k chars, no spaces": "A-" * 20000, "20k capitalised words": "Aa " * 20000,
           "possessives": "Aa’s " * 10000, "dots": "a." * 20000,
           "3,000 short quotes": "“Hi!” Tom said. " * 3000,
           "run-on sentence, 200 quotes": "Peter Reyes said “a.” " * 200,
           "3,000 dash bylines": "“Hi.” — Tom Reyes " * 3000,
           "3,000 colon introductions": "Tom Reyes spoke to the crowd: “Hi.” " * 3000,
           "1,000 pasted link cards": "Sen. Tom Reyes Thomas Reyes2020 Democrats push MORE (D) "
                                      "said “a.” " * 1000,
           "600 namesakes": "Bill Clinton met Hillary Clinton and Chelsea Clinton. Clinton said "
                            "“c.” She said “d.” " * 600,
           "800 ranks": "Sen. John Smith spoke. Sen. Jane Doe spoke. “No,” the senator said. "
                        * 800}


def time_hostile() -> None:
    """The slowest of a few runs of each hostile text through quotes and coverage."""
    from slant.coverage import align
    from slant.quotes import analyse_quotes
    for label, text in HOSTILE.items():
        started = time.perf_counter()
        analyse_quotes(text)
        align({"a": text, "b": text[: len(text) // 2]})
        seconds = time.perf_counter() - started
        report("hostile", seconds, None, label)


def write_corpus_content(folder: Path, count: int) -> tuple[int, int]:
    """N corpus stories as Slant content; returns the stories and articles written."""
    stories = [json.loads(line) for line in (CORPUS / "stories.jsonl").open(encoding="utf-8")]
    chosen = [s for s in stories if s["mean_pairwise_cosine"] >= 0.15
              and 3 <= s["n_articles"] <= 8][:count]
    wanted = {i for s in chosen for i in s["article_ids"]}
    articles = {}
    with lzma.open(CORPUS / "articles.jsonl.xz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                articles[record["id"]] = record
    written = 0
    for n, story in enumerate(chosen):
        target = folder / "stories" / f"story-{n:03d}"
        target.mkdir(parents=True)
        (target / "index.md").write_text(
            f"---\ntitle: {json.dumps(story['story'])}\ndate: {story['date']}\n---\n",
            encoding="utf-8")
        for i, article_id in enumerate(story["article_ids"]):
            record = articles[article_id]
            front = {"outlet": record["outlet"], "title": record["title"], "url": record["url"]}
            lines = "".join(f"{k}: {json.dumps(v)}\n" for k, v in front.items() if v)
            (target / f"a{i}.md").write_text(f"---\n{lines}---\n\n{record['body']}\n",
                                              encoding="utf-8")
            written += 1
    return len(chosen), written


# Each build runs in its own process, which reports its own peak memory when it ends.
_BUILD = ("import resource, sys; sys.path.insert(0, sys.argv[1]); from slant.cli import main; "
          "code = main(['--root', sys.argv[2]]); "
          "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(code)")


def time_builds(project: Path, runs: int) -> tuple[float, float]:
    """Median seconds and the largest peak MiB over `runs` builds, each in a fresh process."""
    seconds, peaks = [], []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _BUILD, str(ROOT), str(project)],
                              check=True, capture_output=True, text=True)
        seconds.append(time.perf_counter() - started)
        peaks.append(int(done.stdout.strip().splitlines()[-1]) / 1024)
    return statistics.median(seconds), max(peaks)


def report(name: str, seconds: float, peak: float | None, detail: str) -> None:
    limit_s, limit_mb = TARGETS[name]
    ok = seconds <= limit_s and (limit_mb is None or peak is None or peak <= limit_mb)
    memory = f"{peak:7.0f} MiB" if peak is not None else "      - MiB"
    print(f"{name:7} {detail:32} {'median' if name != 'hostile' else 'time  '} {seconds:6.2f} s  "
          f"peak {memory}  "
          f"{'PASS' if ok else 'FAIL'} (target < {limit_s:.0f} s"
          f"{f', < {limit_mb:.0f} MiB' if limit_mb else ''})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        project = Path(temp)
        for name in ("templates", "static", "content"):
            shutil.copytree(ROOT / name, project / name)
        seconds, peak = time_builds(project, args.runs)
        report("seed", seconds, peak, "5 articles, 1 story")
        sys.path.insert(0, str(ROOT))
        time_hostile()
        if not (CORPUS / "articles.jsonl.xz").exists():
            print(f"corpus  skipped: not found at {CORPUS}")
            return
        shutil.rmtree(project / "content" / "stories")
        stories, count = write_corpus_content(project / "content", args.stories)
        seconds, peak = time_builds(project, args.runs)
        report("corpus", seconds, peak, f"{count} articles, {stories} stories")


if __name__ == "__main__":
    main()
