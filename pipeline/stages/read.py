"""Stage ``read``: article metadata and the parts of the text that are not the article.

Reads ``doc.text`` (the NFC article text) and ``doc._.meta`` (what the input already said: id,
source path, encoding, JSONL title/date/url). Adds to ``doc._.meta``: title, published date and how
it was found, outlet, authors, url; and to ``doc._.excluded``: header lines (``# key = value``) and
page furniture (media-player residue, "Tin liên quan" lists, teasers of other stories appended
after the article). Nothing is extracted from excluded regions.
"""
from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

_HEADER = re.compile(r"#\s*([\w.-]+)\s*=\s*(.*)")
_DATELINE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")
_TIMESTAMP = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
_MEDIA = re.compile(r"^\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?\s*$")
_LIST_HEAD = re.compile(r"^\s*(Tin liên quan|Tin cùng chuyên mục|Tin mới nhất|Tin nổi bật|Đọc thêm|Xem thêm|Bài viết liên quan)\s*:?\s*$", re.I)
_OUTLET_OPEN = re.compile(r"^\s*(?:date\s+\S+\s+)?\(([^()\n]{2,30})\)\s*[-–—]\s+")
_DOMAIN_LINE = re.compile(r"^\s*((?:[a-z0-9-]+\.)+(?:vn|com|net|org))\s*$", re.I)
_BYLINE = re.compile(r"^\s*(?:Bài|Tác giả|Bài và ảnh|Nhóm phóng viên|Phóng viên)\s*:\s*(.+?)\s*$")
# A personal name: two to four capitalised syllables.
_NAME = re.compile(r"(?:[A-ZĐÂĂÊÔƠƯÀ-Ỹ][a-zà-ỹđ]+[ \t]){1,3}[A-ZĐÂĂÊÔƠƯÀ-Ỹ][a-zà-ỹđ]+")
# A closing byline: names alone (joined by " - " or ","), or glued to a "Theo <source>" credit.
_NAME_LINE = re.compile(r"^\s*(?!Theo\s)(%s(?:\s*[-–,]\s*%s)*)\s*(?:$|(?=Theo\s))" % (_NAME.pattern, _NAME.pattern))
_CREDIT_LINE = re.compile(r"^\s*(?:Ảnh|Nguồn|Video|Đồ họa|Trình bày)\s*:", re.I)
_TITLE_END = re.compile(r"[.;,:]\s*$")


def _lines(text: str):
    """(start, end, line) for each line, end excluding the newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def read_article(doc: Doc) -> Doc:
    text = doc.text
    meta = dict(doc._.meta or {})
    excluded: list[tuple[int, int, str, str]] = []
    lines = list(_lines(text))

    # Header lines: metadata, never article text.
    body = 0
    while body < len(lines) and (_HEADER.match(lines[body][2]) or (body == 0 and not lines[0][2].strip() and len(lines) > 1 and _HEADER.match(lines[1][2]))):
        s, e, line = lines[body]
        m = _HEADER.match(line)
        if m:
            key, value = m.group(1).lower(), m.group(2).strip()
            if key == "date" and re.fullmatch(r"\d{8}", value):
                iso = _iso(int(value[:4]), int(value[4:6]), int(value[6:]))
                if iso and "published" not in meta:
                    meta["published"], meta["published_source"] = iso, "header"
            elif key in ("url", "title", "outlet", "author") and value:
                meta.setdefault("authors" if key == "author" else key, [value] if key == "author" else value)
            excluded.append((s, min(e + 1, len(text)), "header", f"header line '{key}'"))
        body += 1
    content = [(s, e, ln) for s, e, ln in lines[body:]]

    # Furniture: media-player residue anywhere; related-story lists to the end of the text.
    for s, e, line in content:
        if _MEDIA.match(line):
            excluded.append((s, e, "furniture", "media-player residue"))
    cut = None
    for s, e, line in content:
        if _LIST_HEAD.match(line):
            cut = s
            excluded.append((s, len(text), "furniture", f"list of other stories ('{line.strip()}')"))
            break
    article_lines = [(s, e, ln) for s, e, ln in content if cut is None or s < cut]

    # Teasers of other stories: a second "(Outlet) - " standfirst after the article's own opening,
    # with its headline (and the caption before it, within the same block of lines).
    opens = [i for i, (s, e, ln) in enumerate(article_lines) if _OUTLET_OPEN.match(ln)]
    if len(opens) >= 2:
        first_teaser = opens[1]
        start_i = max(first_teaser - 1, opens[0] + 1)
        j = start_i - 1
        taken = 0
        while j > opens[0] and article_lines[j][2].strip() and taken < 1 and len(article_lines[j][2]) < 300:
            start_i, j, taken = j, j - 1, taken + 1
        tstart = article_lines[start_i][0]
        tend = cut if cut is not None else len(text)
        excluded.append((tstart, tend, "furniture", "teasers of other stories"))
        article_lines = [x for x in article_lines if x[0] < tstart]

    nonblank = [(s, e, ln) for s, e, ln in article_lines if ln.strip() and not _MEDIA.match(ln)]

    # Publication date: inline dateline, closing timestamp, else what the input said.
    if "published" not in meta:
        if nonblank and (m := _DATELINE.match(nonblank[0][2])):
            iso = _iso(*map(int, m.groups()))
            if iso:
                meta["published"], meta["published_source"] = iso, "dateline"
    if "published" not in meta:
        for s, e, ln in reversed(nonblank[-6:]):
            if m := _TIMESTAMP.match(ln):
                iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                if iso:
                    meta["published"], meta["published_source"] = iso, "closing timestamp"
                    break
    if "published" not in meta and meta.get("date"):
        d = str(meta["date"])
        m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2}).*", d)
        iso = _iso(*map(int, m.groups())) if m else None
        if iso:
            meta["published"], meta["published_source"] = iso, "input"
    meta.pop("date", None)

    # Title: a first line that reads as a headline.
    if not meta.get("title") and nonblank:
        first = nonblank[0][2].strip()
        if 8 <= len(first) <= 200 and not _TITLE_END.search(first) and not _DATELINE.match(first) \
                and not _OUTLET_OPEN.match(first) and (len(nonblank) > 1):
            meta["title"] = first

    # Outlet: "(Ngày Nay) - " opening, a trailing domain line, the URL host. Where the article
    # names itself, that stretch of text is a credit (ORG), as are the author names (PERSON).
    credits: list[tuple[int, int, str]] = []
    for s, e, ln in nonblank[:3]:
        if m := _OUTLET_OPEN.match(ln):
            meta.setdefault("outlet", m.group(1).strip())
            credits.append((s + m.start(1), s + m.end(1), "ORG"))
            break
    for s, e, ln in reversed(nonblank[-4:]):
        if m := _DOMAIN_LINE.match(ln):
            meta.setdefault("outlet", m.group(1))
            credits.append((s + m.start(1), s + m.end(1), "ORG"))
            break
    if not meta.get("outlet") and meta.get("url"):
        if m := re.match(r"https?://(?:www\.)?([^/]+)", meta["url"]):
            meta["outlet"] = m.group(1)

    # Authors: "Bài: Lê Vân" lines, or a short line of names closing the article
    # ("Thanh Huyền", "Thu Hà - Trường Thịnh", "Minh PhươngTheo Reuters").
    authors = list(meta.get("authors") or [])
    for s, e, ln in nonblank[-8:]:
        if m := _BYLINE.match(ln):
            for n in _NAME.finditer(ln, m.start(1)):
                authors.append(n.group())
                credits.append((s + n.start(), s + n.end(), "PERSON"))
    if not authors:
        tail = [(s, ln) for s, e, ln in nonblank[-3:] if not _DOMAIN_LINE.match(ln) and not _TIMESTAMP.match(ln)
                and not _CREDIT_LINE.match(ln)]
        if tail and (m := _NAME_LINE.match(tail[-1][1])):
            for n in _NAME.finditer(tail[-1][1], 0, m.end(1)):
                authors.append(n.group())
                credits.append((tail[-1][0] + n.start(), tail[-1][0] + n.end(), "PERSON"))
    meta["authors"] = list(dict.fromkeys(authors))
    doc._.credits = sorted(credits)

    doc._.meta = meta
    doc._.excluded = sorted(excluded)
    return doc
