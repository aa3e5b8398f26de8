"""Inputs: bytes to faithful NFC text, and the article items a command line names.

Decoding never guesses silently: UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded;
Windows-1258 is accepted only when the bytes are not UTF-8 and decode to plausible Vietnamese;
VNI and TCVN3 (legacy font encodings) are recognised and refused with a clear reason, as is
binary data.
"""
from __future__ import annotations

import html
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


class InputError(Exception):
    """An input that cannot be turned into an article; carries the stage and the reason."""

    def __init__(self, source: str, reason: str, stage: str = "read", line: int | None = None,
                 doc_id: str | None = None):
        super().__init__(reason)
        self.source, self.reason, self.stage, self.line, self.doc_id = source, reason, stage, line, doc_id

    def __reduce__(self):  # picklable, so that it can travel to worker processes
        return (InputError, (self.source, self.reason, self.stage, self.line, self.doc_id))


@dataclass
class Article:
    doc_id: str
    text: str
    source: str
    meta: dict = field(default_factory=dict)


_VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
# Byte patterns typical of the legacy font encodings: TCVN3 (ABC) puts tone-marked letters in
# 0xA1-0xFE and VNI writes tone marks as separate ASCII-range letters after the vowel.
_VNI_HINT = re.compile(rb"[aeiouyAEIOUY][\xf8\xf9\xfa\xfb\xf5\xf6\xef\xe2\xe1\xe0\xe3\xe4\xe5\xf2\xf3\xf4\xd8\xd9\xdb\xd5\xcf]")
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|br|span|article|h[1-6])\b[^>]*>", re.I)


def _vietnamese_letters(text: str) -> int:
    return sum(c in _VI_LETTERS for c in text.lower())


def _foreign_letters(text: str) -> int:
    """Accented Latin letters Vietnamese never uses ("ä", "ø", "ï"): the mark of VNI or TCVN3
    bytes read as Windows-1258."""
    return sum(1 for c in text.lower() if c.isalpha() and not c.isascii() and c not in _VI_LETTERS)


def _vietnamese_ratio(text: str) -> float:
    letters = [c for c in text.lower() if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c in _VI_LETTERS for c in unicodedata.normalize("NFC", "".join(letters))) / len(letters)


def decode(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode article bytes to NFC text; returns ``(text, encoding)`` or raises InputError."""
    if data.startswith(b"\xef\xbb\xbf"):
        raw, enc = _utf8(data[3:], source, "after a UTF-8 byte-order mark"), "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            raw, enc = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(source, f"invalid UTF-16 after its byte-order mark: {exc.reason}") from None
    else:
        if b"\x00" in data or _binary_ratio(data) > 0.01:
            raise InputError(source, "binary data (NUL or control bytes), not text")
        try:
            raw, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            raw, enc = _legacy(data, source, exc)
    if "\x00" in raw:
        raise InputError(source, "text contains NUL characters")
    if _control_ratio(raw) > 0.01:
        raise InputError(source, "binary data (control characters), not text")
    return unicodedata.normalize("NFC", raw), enc


def _utf8(data: bytes, source: str, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"invalid UTF-8 {where}: {exc.reason} at byte {exc.start}") from None


def _binary_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    return sum(1 for b in data[:65536] if b < 0x09 or 0x0E <= b < 0x20) / min(len(data), 65536)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    return bad / len(text)


def _legacy(data: bytes, source: str, exc: UnicodeDecodeError) -> tuple[str, str]:
    """Bytes that are not UTF-8: Windows-1258 when it decodes to Vietnamese, else refused.

    Windows-1258 writes tone marks as combining characters after the vowel; NFC composes them,
    so the text is judged after NFC. VNI and TCVN3 decoded as Windows-1258 give Latin-1 junk
    ("Vieät", "ViÖt"), so they fail that test and are recognised by their byte patterns.
    """
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        nfc = unicodedata.normalize("NFC", text)
        if _vietnamese_ratio(nfc) >= 0.08 and _foreign_letters(nfc) <= 0.1 * _vietnamese_letters(nfc):
            return text, "cp1258"
    if len(_VNI_HINT.findall(data)) >= 3:
        raise InputError(source, "looks like VNI-encoded Vietnamese (a legacy font encoding); "
                                 "convert it to UTF-8 first")
    if sum(0xA1 <= b <= 0xFE for b in data) > 0.03 * len(data):
        raise InputError(source, "looks like TCVN3 (ABC) encoded Vietnamese (a legacy font encoding); "
                                 "convert it to UTF-8 first")
    raise InputError(source, f"not UTF-8 ({exc.reason} at byte {exc.start}) and no known "
                             "Vietnamese encoding; convert it to UTF-8 first")


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text[:20000])) >= 2


_BLOCK_TAGS = re.compile(r"<\s*/?\s*(p|div|br|li|h[1-6]|tr|article|section|header|footer)\b[^>]*>", re.I)
_DROP = re.compile(r"<\s*(script|style)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def html_to_text(text: str) -> str:
    """Text only of an HTML page: block tags become line breaks, other tags go, entities decoded."""
    text = _DROP.sub("", text)
    text = _BLOCK_TAGS.sub("\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return unicodedata.normalize("NFC", "\n".join(line for line in lines if line))


def read_text_file(path: Path) -> Article:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read file: {exc.strerror or exc}") from None
    text, enc = decode(data, source)
    meta = {"encoding": enc, "source_path": source}
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
        text = html_to_text(text)
        meta["html_stripped"] = True
    return Article(doc_id=path.stem, text=text, source=source, meta=meta)


_JSONL_FIELDS = {"id": str, "text": str, "title": str, "date": str, "url": str}


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read file: {exc.strerror or exc}")
        return
    with fh:
        for lineno, raw in enumerate(fh, 1):
            where = f"{source}:{lineno}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield InputError(where, f"line {lineno}: not valid JSON: {exc}", line=lineno)
                continue
            if not isinstance(obj, dict):
                yield InputError(where, f"line {lineno}: expected a JSON object", line=lineno)
                continue
            problem = None
            for name in ("id", "text"):
                if name not in obj:
                    problem = f"line {lineno}: missing field '{name}'"
                    break
            if problem is None:
                for name, typ in _JSONL_FIELDS.items():
                    if name in obj and obj[name] is not None and not isinstance(obj[name], typ):
                        problem = (f"line {lineno}: field '{name}' must be a {typ.__name__}, "
                                   f"not {type(obj[name]).__name__}")
                        break
            if problem is None and not obj["id"].strip():
                problem = f"line {lineno}: field 'id' is empty"
            if problem:
                yield InputError(where, problem, line=lineno, doc_id=obj.get("id") if isinstance(obj.get("id"), str) else None)
                continue
            meta = {"source_path": where, "encoding": "utf-8"}
            for name in ("title", "date", "url"):
                if obj.get(name):
                    meta[name] = obj[name]
            text = unicodedata.normalize("NFC", obj["text"])
            yield Article(doc_id=obj["id"], text=text, source=where, meta=meta)


def iter_paths(paths: list[str]) -> Iterator[Path | InputError]:
    """Expand command-line paths: files as given, directories to every ``*.txt`` below them.

    Directory walks are sorted, follow no symlinked directories twice (loops are reported once).
    """
    for p in paths:
        path = Path(p)
        if path.is_dir():
            seen: set[tuple[int, int]] = set()
            yield from _walk(path, seen)
        elif path.exists():
            yield path
        else:
            yield InputError(p, "no such file or directory", stage="input")


def _walk(root: Path, seen: set[tuple[int, int]]) -> Iterator[Path | InputError]:
    try:
        st = root.stat()
    except OSError as exc:
        yield InputError(str(root), f"cannot read directory: {exc.strerror or exc}", stage="input")
        return
    ident = (st.st_dev, st.st_ino)
    if ident in seen:
        yield InputError(str(root), "directory already visited (symlink loop), skipped", stage="input")
        return
    seen.add(ident)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(str(root), f"cannot list directory: {exc.strerror or exc}", stage="input")
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir():
                yield from _walk(path, seen)
            elif entry.name.endswith(".txt") and entry.is_file():
                yield path
        except OSError as exc:
            yield InputError(str(path), f"cannot read: {exc.strerror or exc}", stage="input")


def iter_articles(paths: list[str]) -> Iterator[Article | InputError]:
    """Every article named by ``paths`` (``.txt`` files, directories, ``.jsonl`` files), in order."""
    for item in iter_paths(paths):
        if isinstance(item, InputError):
            yield item
        elif item.suffix.lower() == ".jsonl":
            yield from read_jsonl(item)
        else:
            try:
                yield read_text_file(item)
            except InputError as exc:
                yield exc
