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

from pipeline.vi import lexicon as lx

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
# Initials standing for an author: "K.Đ", "N.L.T", "H.Long", "T.Thủy".
_INITIALS = re.compile(r"(?:[A-ZĐ]\.){1,3}(?:[A-ZĐ][a-zà-ỹđ]*)")
_PERSON_CREDIT = re.compile(r"%s|%s" % (_NAME.pattern, _INITIALS.pattern))
# "Theo <sources>" closing an article, possibly glued to the author's names before it.
_SOURCE_LINE = re.compile(r"^(?P<names>.*?)\s*(?:^|(?<=\s)|(?<=[a-zà-ỹđ]))Theo\s+(?P<src>[^.!?\n]{1,80}?)\s*$")
_SOURCE_SEP = re.compile(r"\s*(?:,|/|;|\bvà\b|\s[-–]\s)\s*")
_COMPILED_BY = re.compile(r"^\s*(?:Tổng hợp|Tổng hợp từ .{1,60})\s*$")
# A note in parentheses after the authors: "Mi Vân (Tổng hợp)", "Văn Hiền (thực hiện)",
# "Phạm Chu Quang Vinh (Theo Global Times và The Star)".
_CREDIT_NOTE = re.compile(r"\s*\((?:\s*(?:[Tt]ổng hợp|[Tt]hực hiện)\s*\)|(?=Theo\s[^()]+\)\s*$))"
                          r"|(?<=[^\W\d_])Tổng hợp\s*$")  # or glued to them: "T.ThủyTổng hợp"
# A line naming an outlet alone ("Dân Việt", "VOV", "The Sun").
_OUTLET_LINE = re.compile(r"^\s*((?:[A-ZĐÂĂÊÔƠƯÀ-Ỹ0-9][\w&.+-]*)(?:[ \t]+[A-ZĐÂĂÊÔƠƯÀ-Ỹ0-9][\w&.+-]*){0,3})\s*$")
# Below a line of authors, an outlet may be written in sentence case ("Tiền phong", "Thế giới & Việt Nam").
_OUTLET_BELOW_AUTHORS = re.compile(r"^\s*((?:[A-ZĐÂĂÊÔƠƯÀ-Ỹ][\w&.+-]*)(?:[ \t]+[\w&.+-]+){0,4})\s*$")
_CREDIT_LINE = re.compile(r"^\s*(?:Ảnh|Nguồn|Video|Đồ họa|Trình bày)\s*:", re.I)
_TITLE_END = re.compile(r"[.;,:]\s*$")


def _person_credits(line: str, start: int, end: int):
    """(offset, name) of each author in ``line[start:end]`` if that stretch is names only."""
    names = list(_PERSON_CREDIT.finditer(line, start, end))
    rest = "".join(_SOURCE_SEP.sub("", line[a:b]) for a, b in _gaps(names, start, end))
    if not names or rest.strip():
        return []
    return [(n.start(), n.group()) for n in names]


def _gaps(matches, start: int, end: int):
    pos = start
    for m in matches:
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _authors_line(line: str) -> bool:
    """"Theo Trần Vy", "Theo Văn Đỗ, Tâm Hiếu", "Theo Đăng Nguyễn", "Theo Bảo Ngọc": a "Theo" line
    naming people only (a surname in either order, or given names alone)."""
    m = _SOURCE_LINE.match(line)
    if not m or m.group("names").strip():
        return False
    parts = [p for p in _SOURCE_SEP.split(m.group("src")) if p]
    surnames, given = lx.surnames(), lx.given_names()
    return all(_PERSON_CREDIT.fullmatch(p) for p in parts) and any(
        _INITIALS.fullmatch(p) or any(lx.tone_key(w) in surnames for w in p.split()) or
        all(lx.tone_key(w) in given for w in p.split()) for p in parts)


def _closing_credits(lines: list[tuple[int, str]]):
    """(offset, label, text) of the author and source credits closing an article.

    Read from the last line up while lines are credits: author names ("Thành Đạt",
    "Minh Anh - Bảo Kỳ", "T.Thủy"), "Theo <sources>" (outlets; the authors when an outlet line
    follows: "Theo Văn Đỗ, Tâm Hiếu" above "VOV"), "Tổng hợp", or an outlet alone below a
    "Theo" line. The names and "Theo" may be glued together ("Minh PhươngTheo TASS")."""
    out = []
    outlet_below = None
    last = len(lines) - 1  # the last line that is not "Tổng hợp"
    for k in range(len(lines) - 1, -1, -1):
        s, ln = lines[k]
        note = _CREDIT_NOTE.search(ln) if k == len(lines) - 1 else None
        if note and note.start() > 0:  # offsets stay: the note is blanked, a source only unwrapped
            if not note.group().endswith("("):
                ln = ln[:note.start()].ljust(len(ln))
            else:
                close = ln.rindex(")")
                ln = ln[:note.end() - 1] + " " + ln[note.end():close] + " " + ln[close + 1:]
        if _COMPILED_BY.match(ln):
            last = k - 1
            continue
        m = _SOURCE_LINE.match(ln)
        if m and (not m.group("names").strip() or _person_credits(ln, m.start("names"), m.end("names"))):
            out += [(s + a, "PERSON", n) for a, n in _person_credits(ln, m.start("names"), m.end("names"))]
            src = m.group("src")
            parts, pos = [], m.start("src")
            for piece in _SOURCE_SEP.split(src):
                a = ln.index(piece, pos) if piece else pos
                pos = a + len(piece)
                if piece:
                    parts.append((a, piece))
            people = outlet_below is not None and all(_person_credits(ln, a, a + len(p)) for a, p in parts)
            for a, piece in parts:
                glued = re.match(r"(%s)(?=[A-ZĐ])" % _NAME.pattern, piece)
                if people:
                    out.append((s + a, "PERSON", piece))
                elif glued:  # "Theo Khánh NguyênDân Việt": the author glued to the outlet
                    out.append((s + a, "PERSON", glued.group(1)))
                    out.append((s + a + glued.end(1), "ORG", piece[glued.end(1):]))
                else:
                    out.append((s + a, "ORG", piece))
            if outlet_below is not None and people:
                out.append(outlet_below)
            outlet_below = None
            continue
        names = _person_credits(ln, 0, len(ln))
        below_authors = k == last and k > 0 and _authors_line(lines[k - 1][1])
        if names and (len(ln) <= 60 and k == last or out) and not below_authors:
            out += [(s + a, "PERSON", n) for a, n in names]
            continue
        o = _OUTLET_LINE.match(ln) if k == last and len(ln.split()) <= 4 and (not names or below_authors) else None
        if o or below_authors and (o := _OUTLET_BELOW_AUTHORS.match(ln)):
            outlet_below = (s + o.start(1), "ORG", o.group(1))
            continue
        break
    return sorted(out)


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
        closing = [(s, ln) for s, e, ln in nonblank[-4:] if not _DOMAIN_LINE.match(ln)
                   and not _TIMESTAMP.match(ln) and not _CREDIT_LINE.match(ln)]
        for start, label, name in _closing_credits(closing):
            credits.append((start, start + len(name), label))
            if label == "PERSON":
                authors.append(name)
    meta["authors"] = list(dict.fromkeys(authors))
    doc._.credits = sorted(credits)

    doc._.meta = meta
    doc._.excluded = sorted(excluded)
    return doc
