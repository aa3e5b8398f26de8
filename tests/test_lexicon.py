"""Tests of the Vietnamese lexicon: tone-insensitive keys, library-backed gazetteers, data files."""
from __future__ import annotations

import re
import unicodedata

import pytest

from pipeline.vi import lexicon as L
from pipeline.vi.lexicon import tone_key

# ---------------------------------------------------------------------------------------------
# tone_key: one row per written form and its expected key

TONE_KEY_CASES = [
    ("Khánh Hoà", "khánh hòa"),  # old-style oa
    ("Khánh Hòa", "khánh hòa"),
    ("Thuỵ Điển", "thụy điển"),  # old-style uy
    ("Thụy Điển", "thụy điển"),
    ("khoẻ", "khỏe"),  # old-style oe
    ("Hoà Bình", "hòa bình"),
    ("hoàng", "hoàng"),  # final consonant: tone stays on the last vowel
    ("Thuyết", "thuyết"),
    ("quý", "quý"),  # u of qu is a consonant
    ("quả", "quả"),
    ("già", "già"),  # i of gi is a consonant
    ("gìn", "gìn"),
    ("Nguyễn", "nguyễn"),
    ("người", "người"),  # ươ: tone on ơ
    ("ngoài", "ngoài"),
    ("khuỷu", "khuỷu"),
    ("mùa", "mùa"),
    ("\u00d0à Nẵng", "đà nẵng"),  # Ð (U+00D0, Latin eth) for Đ
    (unicodedata.normalize("NFD", "Đà Nẵng"), "đà nẵng"),  # decomposed input
    ("Bà Rịa – Vũng Tàu", "bà rịa-vũng tàu"),  # en dash with spaces
    ("Bà Rịa-Vũng Tàu", "bà rịa-vũng tàu"),
    ("TP. HCM", "tp.hcm"),
    ("  Hà   Nội ", "hà nội"),
    ("Ea H’leo", "ea h'leo"),
    ("Pokémon", "pokémon"),  # not a Vietnamese syllable: left alone
    ("THUỴ ĐIỂN", "thụy điển"),
]


@pytest.mark.parametrize("written,expected", TONE_KEY_CASES)
def test_tone_key(written, expected):
    assert tone_key(written) == expected


def test_tone_key_is_idempotent_on_every_key():
    tables = [L.countries(), L.places(), L.wards(), L.titles(), L.org_heads(), L.org_known(),
              L.event_heads(), L.law_heads(), L.surnames(), L.loc_prefixes()]
    for table in tables:
        for key in table:
            assert tone_key(key) == key


# ---------------------------------------------------------------------------------------------
# loaders


LOADERS = [L.countries, L.country_contexts, L.admin_units, L.wards, L.regions, L.world_cities,
           L.places, L.titles, L.org_heads, L.org_known, L.event_heads, L.law_heads, L.surnames,
           L.loc_prefixes]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda f: f.__name__)
def test_loader_is_cached_read_only_and_non_empty(loader):
    table = loader()
    assert len(table) > 0
    assert loader() is table
    with pytest.raises(TypeError):
        table["x"] = "y"  # type: ignore[index]


def test_lookups_are_tone_insensitive():
    places = L.places()
    assert places[tone_key("Khánh Hoà")] == places[tone_key("Khánh Hòa")] == "province"
    assert tone_key("\u00d0à Nẵng") in places
    assert L.countries()[tone_key("Thuỵ Điển")] == "SE"
    assert L.org_heads()[tone_key("Uỷ ban")] == L.org_heads()[tone_key("Ủy ban")]


def test_cldr_gives_vietnamese_country_names():
    countries = L.countries()
    assert countries[tone_key("Hoa Kỳ")] == "US"
    assert countries[tone_key("Thụy Điển")] == "SE"
    assert countries[tone_key("Việt Nam")] == "VN"
    assert countries[tone_key("Vương quốc Anh")] == "GB"
    assert countries[tone_key("Myanmar")] == "MM"  # from "Myanmar (Miến Điện)"
    assert countries[tone_key("Đông Nam Á")] == "035"  # CLDR region, M49 code
    # CLDR entries that are organisations or not places are left out.
    assert tone_key("Liên hợp quốc") not in countries
    assert tone_key("Liên minh châu Âu") not in countries
    assert tone_key("Thế giới") not in countries


def test_country_extras_and_contexts():
    countries, contexts = L.countries(), L.country_contexts()
    assert countries[tone_key("Mỹ")] == "US"
    assert countries[tone_key("Cộng hòa Liên bang Đức")] == "DE"
    assert countries[tone_key("Cộng hòa Xã hội chủ nghĩa Việt Nam")] == "VN"
    assert countries[tone_key("Liên bang Nga")] == "RU"
    assert countries[tone_key("Hong Kong")] == countries[tone_key("Hồng Kông")] == "HK"
    assert contexts[tone_key("Trung")] == "pair_only"
    assert contexts[tone_key("Anh")] == "ambiguous"
    assert tone_key("Hoa Kỳ") not in contexts


def test_country_extras_only_repeat_cldr_to_flag_context():
    cldr = L._cldr_territories()
    for rec in L._records("countries_extra"):
        assert re.fullmatch(r"[A-Z]{2}", rec["iso2"]), rec
        assert rec["context"] in {"standalone", "pair_only", "ambiguous"}, rec
        if tone_key(rec["alias"]) in cldr:
            assert rec["context"] != "standalone", f"{rec['alias']} is already in CLDR"


def test_admin_units_old_and_new():
    pre, new, both = L.admin_units("pre2025"), L.admin_units("2025"), L.admin_units()
    # Cầu Giấy: a Hà Nội district, abolished with the district level in July 2025.
    assert pre[tone_key("Cầu Giấy")] == "district"
    assert tone_key("Cầu Giấy") not in new
    # Hòa Bình province (merged into Phú Thọ in 2025), written old-style in the source.
    assert pre[tone_key("Hòa Bình")] == "province"
    assert tone_key("Hòa Bình") not in new
    # Names from the 2023 data: a district merged into Vinh in 2025, a province's former name.
    assert pre[tone_key("Cửa Lò")] == "district"
    assert pre[tone_key("Thừa Thiên Huế")] == "province"
    # 34 provinces and centrally run cities after July 2025, plus 13 special zones.
    assert sum(kind in ("province", "city") for kind in new.values()) == 34
    assert new[tone_key("Phú Thọ")] == "province"
    assert new[tone_key("Thổ Châu")] == "special_zone"
    assert len([k for k, v in pre.items() if v in ("province", "city")]) >= 63
    assert sum(v == "district" for v in pre.values()) > 500
    for key in list(pre) + list(new):
        assert both[key]


@pytest.mark.parametrize("name,kind", [
    ("Hà Nội", "city"), ("Thừa Thiên Huế", "province"), ("Huế", "city"),
    ("Bà Rịa - Vũng Tàu", "province"), ("Thủ Đức", "city"), ("Quận 1", "district"),
    ("TP.HCM", "city"), ("TP HCM", "city"), ("TPHCM", "city"), ("Sài Gòn", "city"),
    ("Hồ Chí Minh", "city"),
])
def test_admin_unit_names_and_spellings(name, kind):
    assert L.admin_units()[tone_key(name)] == kind


def test_admin_prefix_is_stripped():
    units = L.admin_units()
    assert tone_key("Thành phố Hà Nội") not in units
    assert tone_key("Tỉnh Hòa Bình") not in units
    assert L.wards()[tone_key("Hoàn Kiếm")] == "ward"


def test_admin_aliases_point_at_loaded_units():
    units = L.admin_units()
    for rec in L._records("admin_aliases"):
        assert tone_key(rec["canonical"]) in units, rec


@pytest.mark.parametrize("name,kind", [
    ("Việt Nam", "country"), ("Mỹ", "country"), ("châu Âu", "continent"),
    ("Đông Nam Á", "world_region"), ("Tây Nguyên", "vn_region"), ("Biển Đông", "water"),
    ("Thung lũng Silicon", "place"), ("California", "state"), ("Bắc Kinh", "city"),
    ("Matxcơva", "city"), ("Quảng Đông", "province"), ("Đà Nẵng", "city"),
])
def test_places_union(name, kind):
    assert L.places()[tone_key(name)] == kind


def test_titles():
    titles = L.titles()
    assert set(titles.values()) <= {"honorific", "title", "role", "modifier"}
    assert titles[tone_key("Thủ tướng")] == "title"
    assert titles[tone_key("thủ tướng")] == "title"
    assert titles[tone_key("ông")] == "honorific"
    assert titles[tone_key("TLS")] == "title"
    assert titles[tone_key("PGS.TS")] == "title"
    assert titles[tone_key("nhà báo")] == "role"
    assert len(titles) >= 60


def test_org_heads():
    heads = L.org_heads()
    assert heads[tone_key("Chính phủ")] == L.OrgHead(in_name=True, bare_is_org=True)
    assert heads[tone_key("Quốc hội")].bare_is_org
    assert heads[tone_key("Bộ")] == L.OrgHead(in_name=True, bare_is_org=False)
    assert heads[tone_key("Tập đoàn")].in_name
    assert not heads[tone_key("hãng")].in_name


def test_org_known():
    orgs = L.org_known()
    assert orgs[tone_key("Liên hợp quốc")] == L.OrgInfo("intl", None)
    assert orgs[tone_key("LHQ")].same_as == "Liên hợp quốc"
    assert orgs[tone_key("Vietcombank")].type == "company"
    assert orgs[tone_key("TTXVN")].type == "media"
    assert orgs[tone_key("HoSE")].type == "exchange"
    assert orgs[tone_key("Đảng Cộng sản Việt Nam")].type == "party"
    allowed = {"intl", "gov", "party", "company", "media", "exchange", "edu", "health", "sport",
               "assoc", "group"}
    for key, info in orgs.items():
        assert info.type in allowed, key
        if info.same_as:
            assert tone_key(info.same_as) in orgs, f"{key}: same_as {info.same_as!r} unknown"
    assert len(orgs) >= 200


def test_event_and_law_heads():
    events, laws = L.event_heads(), L.law_heads()
    assert events[tone_key("Hội nghị")] == "head"
    assert events[tone_key("Phiên toàn thể")] == "lead"
    assert events[tone_key("Lễ ký")] == "lead"
    assert events[tone_key("SEA Games")] == "name"
    assert set(events.values()) == {"head", "lead", "name"}
    assert laws[tone_key("Nghị định")] == L.LawHead("type", "number")
    assert laws[tone_key("Luật")].takes == "both"
    assert laws[tone_key("CPTPP")] == L.LawHead("acronym", "self")
    for head in laws.values():
        assert head.kind in {"type", "abbr", "acronym"}
        assert head.takes in {"name", "number", "both", "self"}


def test_surnames():
    surnames = L.surnames()
    assert surnames[tone_key("Nguyễn")] == 1
    assert surnames[tone_key("Hoàng")] == surnames[tone_key("Huỳnh")] == 5
    assert surnames[tone_key("Vũ")] == surnames[tone_key("Võ")]
    assert surnames[tone_key("Lý")] == 14
    assert len(surnames) >= 100


def test_loc_prefixes():
    prefixes = L.loc_prefixes()
    for word in ("tỉnh", "thành phố", "TP", "quận", "huyện", "bang", "thủ đô", "khu vực", "vùng",
                 "nước"):
        assert prefixes[tone_key(word)] == "prefix", word
    assert prefixes[tone_key("tại")] == "trigger"


# ---------------------------------------------------------------------------------------------
# data files


@pytest.mark.parametrize("name", L.DATA_FILES)
def test_data_file_format(name):
    path = L.DATA_DIR / f"{name}.tsv"
    text = path.read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text), "data files are stored NFC"
    assert text.startswith("# source: ")
    table = L.read_table(name)  # raises on a wrong cell count or a duplicate key
    assert table.rows
    if "note" in table.header:  # hand-made entries carry their provenance/notes
        col = table.header.index("note")
        assert all(row[col] for row in table.rows), name


def test_duplicate_key_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "dup.tsv").write_text(
        "# source: test\nname\tnote\nKhánh Hoà\ta\nKhánh Hòa\tb\n", encoding="utf-8")
    monkeypatch.setattr(L, "DATA_DIR", tmp_path)
    L.read_table.cache_clear()
    try:
        with pytest.raises(ValueError, match="duplicate key"):
            L.read_table("dup")
    finally:
        L.read_table.cache_clear()


def test_missing_provenance_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "bare.tsv").write_text("name\tnote\nX\ty\n", encoding="utf-8")
    monkeypatch.setattr(L, "DATA_DIR", tmp_path)
    L.read_table.cache_clear()
    try:
        with pytest.raises(ValueError, match="provenance"):
            L.read_table("bare")
    finally:
        L.read_table.cache_clear()


def test_common_words_in_both_spellings_of_final_i_and_y():
    common = L.common_words()
    for word in ("vật lý", "vật lí", "kỹ thuật", "kĩ thuật", "tỷ lệ", "tỉ lệ"):
        assert L.tone_key(word) in common, word
