"""Where documents come from: paths, folders, globs and stdin, opened as byte streams.

``expand_paths`` turns the user's arguments into an ordered list of entries (eagerly,
so a mistyped path fails before anything is read); ``open_source`` opens one entry as a
``Source``: its first bytes (for sniffing) plus the rest of the stream (for streaming).
"""

from __future__ import annotations

import glob
import io
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from multivector.errors import InputError

STDIN = "-"
STDIN_NAME = "<stdin>"
HEAD_SIZE = 64 * 1024

# Files in a folder that are obviously not documents: skipped without a word.
_SILENT_SKIP = frozenset("""
    .png .jpg .jpeg .gif .bmp .tif .tiff .webp .svg .ico .heic .avif .psd
    .zip .gz .tgz .bz2 .xz .zst .7z .rar .tar .lz .lzma .jar .whl .egg
    .pyc .pyo .so .dll .dylib .exe .bin .o .a .class .wasm
    .mp3 .mp4 .m4a .wav .flac .ogg .avi .mov .mkv .webm
    .duckdb .sqlite .sqlite3 .db .wal .parquet .arrow .feather .pkl .pickle .npy .npz
    .woff .woff2 .ttf .otf .eot .lock .swp .tmp .bak
""".split())
# Documents we cannot read: skipped with a warning, because the user may expect them read.
_WARN_SKIP = frozenset(".pdf .doc .docx .odt .rtf .epub .xls .xlsx .ods .ppt .pptx .odp".split())
_GLOB_MAGIC = re.compile(r"[*?[]")
_URL = re.compile(r"^https?://", re.IGNORECASE)
URL_TIMEOUT = 30  # seconds
USER_AGENT = "multivector (+https://pypi.org/project/multivector/)"


def is_url(path: str) -> bool:
    return bool(_URL.match(path))


@dataclass(frozen=True)
class Entry:
    """One thing to read: a file path, or stdin (``path == "-"``)."""

    path: str

    @property
    def name(self) -> str:
        return STDIN_NAME if self.path == STDIN else self.path

    @property
    def extension(self) -> str:
        if self.path == STDIN:
            return ""
        if is_url(self.path):  # "https://site/feed.rss?x=1" -> ".rss"
            from urllib.parse import urlsplit

            return os.path.splitext(urlsplit(self.path).path)[1].lower()
        return os.path.splitext(self.path)[1].lower()


@dataclass
class Source:
    """An opened entry: ``head`` holds the first bytes, ``rest`` the remaining stream."""

    name: str
    extension: str
    head: bytes
    rest: BinaryIO

    def read_all(self) -> bytes:
        return self.head + self.rest.read()

    def lines(self) -> Iterator[bytes]:
        """Binary lines (with their ``\\n``), one at a time: large files are never loaded whole."""
        parts = self.head.split(b"\n")
        tail = parts.pop()
        for part in parts:
            yield part + b"\n"
        for line in self.rest:
            if tail:
                line, tail = tail + line, b""
            yield line
        if tail:
            yield tail


@contextmanager
def _fetch(url: str) -> Iterator[BinaryIO]:
    """Open a web page or feed for reading (where the network allows); MV101 otherwise."""
    from urllib.error import HTTPError, URLError
    from urllib.request import Request, urlopen

    try:
        response = urlopen(Request(url, headers={"User-Agent": USER_AGENT}), timeout=URL_TIMEOUT)
    except HTTPError as exc:
        raise InputError(f"the server answered {exc.code} {exc.reason}: check the address",
                         code="MV101", path=url) from None
    except (URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InputError(f"cannot be fetched ({reason}): check the address and the network, "
                         "or save the page and read the file", code="MV101", path=url) from None
    with response:
        yield response


def _missing(path: str) -> InputError:
    return InputError("no such file or folder: check the path", code="MV101", path=path)


def _walk_folder(folder: str, warn: Callable[[str], None]) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        for filename in files:
            if filename.startswith(".") or filename.endswith("~") or filename.startswith("#"):
                continue
            extension = os.path.splitext(filename)[1].lower()
            path = os.path.join(root, filename)
            if extension in _SILENT_SKIP:
                continue
            if extension in _WARN_SKIP:
                warn(f"skipped {path}: {extension[1:].upper()} files are not read; "
                     "save the text as .txt, .html, .jsonl or .csv")
                continue
            found.append(path)
    found.sort()
    if not found:
        warn(f"no documents found in folder {folder}")
    return found


def expand_paths(paths: Sequence[str], warn: Callable[[str], None]) -> list[Entry]:
    """Files, folders (recursive, sorted) and globs as an ordered, de-duplicated list.

    A missing path, or a glob that matches nothing, raises MV101 at once: better to fail
    before reading than halfway through a batch.
    """
    entries: list[Entry] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            entries.append(Entry(path))

    for raw in paths:
        path = os.fspath(raw)
        if path == STDIN:
            entries.append(Entry(STDIN))
        elif is_url(path):
            if path not in seen:  # a page or a feed, fetched when read
                seen.add(path)
                entries.append(Entry(path))
        elif os.path.isdir(path):
            for found in _walk_folder(path, warn):
                add(found)
        elif os.path.lexists(path):
            add(path)  # named explicitly: read even with an odd extension
        elif _GLOB_MAGIC.search(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise InputError("no file matches this pattern: check the folder and the "
                                 "wildcard", code="MV101", path=path)
            for match in matches:
                if os.path.isdir(match):
                    for found in _walk_folder(match, warn):
                        add(found)
                else:
                    add(match)
        else:
            raise _missing(path)
    return entries


class _EncodedText(io.RawIOBase):
    """A text stream seen as UTF-8 bytes, so stdin given as text streams like a file."""

    def __init__(self, text: TextIO) -> None:
        self._text = text
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        while not self._pending:
            chunk = self._text.read(8192)
            if not chunk:
                return 0
            # surrogatepass: a lone surrogate then fails UTF-8 decoding as MV102.
            self._pending = chunk.encode("utf-8", "surrogatepass")
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _binary_stdin(stream: TextIO | BinaryIO | None) -> BinaryIO:
    if stream is None:
        stream = sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    if isinstance(stream, io.TextIOBase) or isinstance(stream.read(0), str):
        return io.BufferedReader(_EncodedText(stream))  # type: ignore[arg-type]
    return stream  # type: ignore[return-value]


@contextmanager
def open_source(entry: Entry, stdin: TextIO | BinaryIO | None) -> Iterator[Source]:
    """Open ``entry`` for reading; MV101 when the file cannot be opened."""
    if entry.path == STDIN:
        stream = _binary_stdin(stdin)
        yield Source(entry.name, entry.extension, stream.read(HEAD_SIZE), stream)
        return
    if is_url(entry.path):
        with _fetch(entry.path) as response:
            yield Source(entry.name, entry.extension, response.read(HEAD_SIZE), response)
        return
    try:
        handle = open(entry.path, "rb")  # noqa: SIM115 - closed below, after streaming
    except FileNotFoundError:
        raise _missing(entry.path) from None
    except IsADirectoryError:
        raise InputError("is a folder where a file was expected: give the folder itself "
                         "or a file inside it", code="MV101", path=entry.path) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc}): check its permissions",
                         code="MV101", path=entry.path) from None
    with handle:
        try:
            head = handle.read(HEAD_SIZE)
        except OSError as exc:
            raise InputError(f"cannot be read ({exc.strerror or exc}): check the file",
                             code="MV101", path=entry.path) from None
        yield Source(entry.name, entry.extension, head, handle)
