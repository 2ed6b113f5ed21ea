"""What a build did, for the summary the user reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.model import Skipped


@dataclass
class BuildReport:
    added: int = 0
    unchanged: int = 0
    reextracted: int = 0
    updated: int = 0  # stored documents given new metadata from the manifest
    unused_metadata: list[str] = field(default_factory=list)  # manifest rows naming no article
    words: int = 0
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # path, of, kind
    skipped: list[Skipped] = field(default_factory=list)
    entities: int = 0

    @property
    def ok(self) -> bool:
        """True when every input was read (duplicates are not failures)."""
        return not self.skipped
