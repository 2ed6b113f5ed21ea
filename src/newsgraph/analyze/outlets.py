"""Which outlet published a document: its stated outlet, else its web host, else the file itself.

Two articles of one outlet are one voice; a document whose outlet is unknown counts as its
own outlet (it cannot be shown to repeat another).
"""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlparse


def outlet_label(outlet: str | None, url: str | None, path: str) -> str:
    if outlet and outlet.strip():
        return outlet.strip()
    if url:
        host = urlparse(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return f"unknown outlet ({PurePath(path.split('#')[0]).name})"
