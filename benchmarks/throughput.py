"""Throughput of ``newsgraph build`` against bare ``nlp.pipe`` on the same texts, in one run.

The seed articles are replicated (each copy gets its own first line, so that its content
hash differs) and written to a temporary folder. Each measurement runs in a fresh process
so that its peak memory (max RSS) is its own. Near-duplicate detection is switched off
for the build, since every copy is by construction a near duplicate of the others.

    python benchmarks/throughput.py [--copies 200] [--jobs 1]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import resource
import tempfile
import time
from pathlib import Path
from queue import Empty

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def _corpus(folder: Path, copies: int) -> list[str]:
    texts = []
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(copies):
        for seed in seeds:
            text = f"Copy {i} of {seed.stem}\n\n" + seed.read_text(encoding="utf-8")
            (folder / f"{i:05d}_{seed.name}").write_text(text, encoding="utf-8")
            texts.append(text)
    return texts


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _bare(folder: str, jobs: int, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from newsgraph.nlp.model import load_model

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    nlp = load_model()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=jobs):
        pass
    queue.put((time.perf_counter() - start, sum(len(t.split()) for t in texts), _peak_mb()))


def _build(folder: str, jobs: int, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    import newsgraph
    from newsgraph.nlp.model import load_nlp

    load_nlp()  # model loading is outside both timings
    db = Path(folder) / "bench.db"
    start = time.perf_counter()
    report = newsgraph.build([folder], db=db, processes=jobs, near_duplicates=False)
    queue.put((time.perf_counter() - start, report.words, _peak_mb()))


def _measure(target: object, folder: str, jobs: int) -> tuple[float, int, float]:
    context = mp.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(folder, jobs, queue))
    process.start()
    while process.is_alive() or not queue.empty():
        try:
            return queue.get(timeout=5)  # type: ignore[no-any-return]
        except Empty:
            continue
    raise SystemExit(f"the measurement process failed (exit code {process.exitcode})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--copies", type=int, default=200, help="copies of the five seeds (200: 1,000 docs)"
    )
    parser.add_argument("--jobs", type=int, default=1, help="model processes for both runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = _corpus(folder, args.copies)
        words = sum(len(t.split()) for t in texts)
        print(f"corpus: {len(texts)} documents, {words:,} words, jobs={args.jobs}")
        bare_s, bare_words, bare_mb = _measure(_bare, tmp, args.jobs)
        ours_s, ours_words, ours_mb = _measure(_build, tmp, args.jobs)
    bare_wps, ours_wps = bare_words / bare_s, ours_words / ours_s
    print(f"bare nlp.pipe : {bare_wps:8,.0f} words/s  ({bare_s:6.1f} s)  peak {bare_mb:6.0f} MB")
    print(f"newsgraph build: {ours_wps:8,.0f} words/s  ({ours_s:6.1f} s)  peak {ours_mb:6.0f} MB")
    print(f"ratio build / bare = {ours_wps / bare_wps:.2f}")


if __name__ == "__main__":
    main()
