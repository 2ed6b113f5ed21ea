"""Turn the paths a user gives (files, folders, globs) into the files to read."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.model import Skipped

GLOB_CHARS = set("*?[")


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file():
            yield path


def discover(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Each file named, found under a folder or matched by a glob, once, in a stable order.

    A path that names nothing is yielded as Skipped so that the user hears about it.
    """
    seen: set[Path] = set()
    for raw in paths:
        text = str(raw)
        if GLOB_CHARS & set(text) and not Path(text).exists():
            matches = [Path(m) for m in sorted(glob.glob(text, recursive=True))]
            if not matches:
                yield Skipped(text, "no file matches this pattern")
            candidates: Iterable[Path] = (
                f for m in matches for f in (_walk(m) if m.is_dir() else [m])
            )
        else:
            path = Path(text)
            if not path.exists():
                yield Skipped(text, "no such file or folder")
                continue
            candidates = _walk(path) if path.is_dir() else [path]
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                yield candidate
