"""The entities stage on real Vietnamese news sentences (written for these tests)."""
from __future__ import annotations

import pytest

from pipeline import extract


def _names(text: str) -> list[tuple[str, str]]:
    rec = extract(text, doc_id="t", published="2025-06-30")
    assert all(text[m.start:m.end] == m.text for m in rec.mentions)
    return [(m.label, m.text) for m in rec.mentions if m.label in ("PERSON", "ORG", "LOC", "EVENT", "LAW")]


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng Chính phủ Phạm Minh Chính tiếp Đại sứ Nhật Bản.",
     [("ORG", "Chính phủ"), ("PERSON", "Phạm Minh Chính"), ("LOC", "Nhật Bản")]),
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết như vậy.",
     [("PERSON", "Bùi Thanh Sơn")]),
    ("Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt thăm Hà Nội.",
     [("ORG", "Bộ Ngoại giao"), ("PERSON", "Đỗ Hùng Việt"), ("LOC", "Hà Nội")]),
    ("Ông Jensen Huang, CEO NVIDIA, đến Việt Nam.",
     [("PERSON", "Jensen Huang"), ("ORG", "NVIDIA"), ("LOC", "Việt Nam")]),
    ("Theo Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng, vốn FDI tăng.",
     [("ORG", "Bộ Kế hoạch và Đầu tư"), ("PERSON", "Nguyễn Chí Dũng")]),
    ("Đại sứ quán Việt Nam tại Mỹ tổ chức hội thảo.", [("ORG", "Đại sứ quán Việt Nam tại Mỹ")]),
    ("Trung tâm Đổi mới sáng tạo Quốc gia (NIC) hợp tác với Samsung.",
     [("ORG", "Trung tâm Đổi mới sáng tạo Quốc gia"), ("ORG", "NIC"), ("ORG", "Samsung")]),
    ("Đoàn thăm chính thức Cộng hoà Estonia và Vương quốc Thụy Điển.",
     [("LOC", "Cộng hoà Estonia"), ("LOC", "Vương quốc Thụy Điển")]),
    ("Thủ tướng phát biểu tại Phiên toàn thể Hội nghị Đại dương Liên hợp quốc lần thứ 3 (UNOC 3).",
     [("EVENT", "Hội nghị Đại dương Liên hợp quốc lần thứ 3"), ("EVENT", "UNOC 3")]),
    ("Quốc hội thông qua Luật Công nghệ cao (sửa đổi) và Luật Dữ liệu.",
     [("ORG", "Quốc hội"), ("LAW", "Luật Công nghệ cao (sửa đổi)"), ("LAW", "Luật Dữ liệu")]),
    ("Việt Nam là thành viên CPTPP và ASEAN.",
     [("LOC", "Việt Nam"), ("LAW", "CPTPP"), ("ORG", "ASEAN")]),
    ("Dự án đặt tại tỉnh Bà Rịa - Vũng Tàu và TP.HCM.",
     [("LOC", "Bà Rịa - Vũng Tàu"), ("LOC", "TP.HCM")]),
    ("Doanh nghiệp Mỹ đầu tư vào khu vực Đông Nam Á và châu Âu.",
     [("LOC", "Mỹ"), ("LOC", "Đông Nam Á"), ("LOC", "châu Âu")]),
    # a compass word and the ocean, region or country it points into are one place
    ("Tàu chìm ở vùng biển Tây Thái Bình Dương, xa Bắc Đại Tây Dương.",
     [("LOC", "Tây Thái Bình Dương"), ("LOC", "Bắc Đại Tây Dương")]),
    ("Cổ phiếu VIC tăng trần, VN-Index vượt 1.200 điểm.", [("ORG", "VIC")]),
    # a not-name inside a compound acronym ("TB", terabyte) does not end it
    ("Sở LĐ-TB&XH tỉnh Phú Yên đã vào cuộc.", [("ORG", "Sở LĐ-TB&XH tỉnh Phú Yên")]),
    # the codes by their standard abbreviations
    ("Hành vi bị xử lý theo khoản 1, Điều 170 BLHS.", [("LAW", "BLHS")]),
    # ministries' departments whose names go on in lower case
    ("Theo Cục Quản lý Khám chữa bệnh, Cục An toàn thông tin và Tổng cục Giáo dục nghề nghiệp, năm nay tăng.",
     [("ORG", "Cục Quản lý Khám chữa bệnh"), ("ORG", "Cục An toàn thông tin"),
      ("ORG", "Tổng cục Giáo dục nghề nghiệp")]),
])
def test_names_in_real_sentences(text, expected):
    assert _names(text) == expected


def test_tone_placement_does_not_matter():
    old = _names("Ông Nguyễn Văn An về Khánh Hoà và Thuỵ Điển.")
    new = _names("Ông Nguyễn Văn An về Khánh Hòa và Thụy Điển.")
    assert [label for label, _ in old] == [label for label, _ in new] == ["PERSON", "LOC", "LOC"]


def test_sentence_initial_words_and_common_abbreviations_are_not_names():
    assert _names("Tuy nhiên, ngành AI và R&D của DN còn nhỏ.") == []


def test_a_person_later_called_by_the_given_name():
    names = _names("Ông Võ Xuân Hoài phát biểu. Theo ông Hoài, dự án sẽ khởi công.")
    assert names == [("PERSON", "Võ Xuân Hoài"), ("PERSON", "Hoài")]


def test_roles_are_kept_on_entities():
    rec = extract("Tổng Bí thư Tô Lâm thăm Singapore. Tổng Bí thư Tô Lâm phát biểu.", doc_id="t")
    person = [e for e in rec.entities if e.label == "PERSON"]
    assert len(person) == 1 and len(person[0].mentions) == 2
    assert person[0].roles == ["Tổng Bí thư"]


@pytest.mark.parametrize("text, expected", [
    # a modifier makes a title only in front of one: "Phó Đại sứ", but "Tân Tạo" is a name
    ("Phó Đại sứ Mỹ tại Nga Bart Gorman đã bị triệu tập.",
     [("Mỹ", "LOC"), ("Nga", "LOC"), ("Bart Gorman", "PERSON")]),
    # a generic place word of two syllables before the name
    ("Trạm thu phí nằm ở thị trấn Lăng Cô, huyện Phú Lộc.", [("Lăng Cô", "LOC"), ("Phú Lộc", "LOC")]),
    # a scholar named "nhà ... học"; a classifier that ends a role ("nhà sản xuất phim") classifies nothing
    ("Theo nhà dịch tễ học Shanna Swan, cô gặp nhà sản xuất phim Michael Klein ở Orchard Road.",
     [("Shanna Swan", "PERSON"), ("Michael Klein", "PERSON"), ("Orchard Road", "LOC")]),
    # kinship nouns before a name
    ("Anh kết hôn cùng bà xã Quỳnh Quỳnh. Họ có con gái Luna và con trai Forest.",
     [("Quỳnh Quỳnh", "PERSON"), ("Luna", "PERSON"), ("Forest", "PERSON")]),
])
def test_titles_and_place_words_before_names(text, expected):
    from pipeline import extract

    got = [(m.text, m.label) for m in extract(text).mentions if m.label in ("PERSON", "ORG", "LOC")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Theo UBND TP. Phú Quốc, Ban quản lý Khu kinh tế Phú Quốc đã trình.",
     [("UBND TP. Phú Quốc", "ORG"), ("Ban quản lý Khu kinh tế Phú Quốc", "ORG")]),
    ("Vụ việc xảy ra tại đại sứ quán Bỉ ở Seoul.", [("đại sứ quán Bỉ ở Seoul", "ORG")]),
    ("Đại diện Trung tâm kiểm soát bệnh tật tỉnh Yên Bái cho biết.",
     [("Trung tâm kiểm soát bệnh tật tỉnh Yên Bái", "ORG")]),
    ("Các em học tiếng Anh tại trường THPT FPT Quy Nhơn, phía Đông Bắc thành phố.",
     [("THPT FPT Quy Nhơn", "ORG")]),
    ("Khẩu hiệu TỰ LẬP và TRẢI NGHIỆM được treo ở Hà Nội.", [("Hà Nội", "LOC")]),
    ("Đây là tâm điểm của vòng 11 V-League.", [("V-League", "EVENT")]),
    # lower-case words between a body's head and the place or name that closes it: up to eight
    # syllables before a place (a word ending in a negation taken whole, a region in lower case),
    # up to four before a name; a place that opens a longer word closes nothing
    ("Cố vấn Trung tâm Đáp ứng khẩn cấp sự kiện y tế công cộng Việt Nam nói. Đại diện Cảng vụ hàng không "
     "miền Bắc cho biết. Anh làm tại Tập đoàn khoa học kỹ thuật Hồng Hải. Sở Y tế nhắc nhở Trung tâm "
     "Kiểm soát bệnh tật (CDC) Hà Nội.",
     [("Trung tâm Đáp ứng khẩn cấp sự kiện y tế công cộng Việt Nam", "ORG"),
      ("Cảng vụ hàng không miền Bắc", "ORG"), ("Tập đoàn khoa học kỹ thuật Hồng Hải", "ORG"), ("Sở Y tế", "ORG"),
      ("Trung tâm Kiểm soát bệnh tật", "ORG"), ("CDC", "ORG"), ("Hà Nội", "LOC")]),
])
def test_bodies_places_and_not_names(text, expected):
    assert [(t, label) for label, t in _names(text)] == expected


def test_people_named_by_initials():
    from pipeline import extract

    text = ("Bà T.H.L. có con là anh L. nhập viện. Bác sĩ V.P. đã khám cho L. và ông T.C.L, "
            "ông P.. cho biết (ảnh: N.H).")
    got = [(m.text, m.label) for m in extract(text).mentions]
    assert got == [("T.H.L.", "PERSON"), ("L.", "PERSON"), ("V.P.", "PERSON"), ("L.", "PERSON"),
                   ("T.C.L", "PERSON"), ("P.", "PERSON"), ("N.H", "PERSON")]


@pytest.mark.parametrize("text, expected", [
    # facilities and natural features take the place word before them
    ("Phí qua hầm Hải Vân tăng, trạm thu phí Bắc Hải Vân ở thị trấn Lăng Cô.",
     [("Hải Vân", "LOC"), ("Bắc Hải Vân", "LOC"), ("Lăng Cô", "LOC")]),
    # a one-syllable short name inside an ordinary word is no mention of the person
    ("Ông Hiệp cũng cho biết, Hiệp hội sẽ lấy ý kiến.", [("Hiệp", "PERSON")]),
    # middle initials and hyphenated given names of foreign people
    ("Trung tướng Thomas A. Bussiere và ông Lee Hyun-koo đến TP. Phú Quốc.",
     [("Thomas A. Bussiere", "PERSON"), ("Lee Hyun-koo", "PERSON"), ("Phú Quốc", "LOC")]),
    # an abbreviated place word alone names no place; its period may end a sentence
    ("Có 15 tỉnh/TP. Trong đó Hà Nội dẫn đầu.", [("Hà Nội", "LOC")]),
    # a foreign name with a company word is an organisation
    ("Theo Omdia Research, Samsung vẫn dẫn đầu.", [("Omdia Research", "ORG"), ("Samsung", "ORG")]),
    # the body in a title is an organisation of its own, with its place
    ("Chủ tịch UBND TP Hà Nội Chử Xuân Dũng phát biểu.", [("UBND TP Hà Nội", "ORG"), ("Chử Xuân Dũng", "PERSON")]),
    # a person's name never starts inside a place ("Ninh" is also a surname)
    ("Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký dự.", [("Tỉnh ủy Quảng Ninh", "ORG"), ("Nguyễn Xuân Ký", "PERSON")]),
    # "&" joins the parts of a department's name
    ("Giám đốc Sở TN & MT TP Đà Nẵng nói.", [("Sở TN & MT TP Đà Nẵng", "ORG")]),
    # a landform word stays outside the place
    ("Khu vực bán đảo Sơn Trà rất đẹp.", [("Sơn Trà", "LOC")]),
    # a place that opens with a head word; a head that opens an ordinary word
    ("Du khách tới Hội An và Đài Loan. Các Giải pháp mới.", [("Hội An", "LOC"), ("Đài Loan", "LOC")]),
    # foreign competition names are events, an initial glued to a name is a person
    ("European Super League sụp đổ, C.Ronaldo im lặng.", [("European Super League", "EVENT"), ("C.Ronaldo", "PERSON")]),
    # a body with its function in lower case and its province
    ("Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam lấy mẫu.", [("Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam", "ORG")]),
    # an acronym with a place is a local club or branch
    ("HA Gia Lai tiếp CLB TPHCM.", [("HA Gia Lai", "ORG"), ("CLB TPHCM", "ORG")]),
    # a foreign given name that is also a city; the family name alone later
    ("Avril Lavigne và Paris Hilton là bạn. Bạn của Hilton là Kim.",
     [("Avril Lavigne", "PERSON"), ("Paris Hilton", "PERSON"), ("Hilton", "PERSON")]),
    # products and works after their classifier; media after theirs
    ("Vệ tinh NanoDragon và phần mềm Zoom, theo tờ Sport Keeda.", [("Sport Keeda", "ORG")]),
    # a role takes no portfolio: the capitalised words after it are a name
    ("Công chúng làm khó đội trưởng Quốc Thiên, Bộ trưởng Ngoại giao Bùi Thanh Sơn nói.",
     [("Quốc Thiên", "PERSON"), ("Bùi Thanh Sơn", "PERSON")]),
    # a surname before a foreign word is no Vietnamese name; ordinary English words name no person
    ("Real Madrid dẫn đầu La Liga. Kim Kardashian mua cổ phần của United Center.",
     [("Real Madrid", "ORG"), ("La Liga", "EVENT"), ("Kim Kardashian", "PERSON"), ("United Center", "ORG")]),
    # a country's bodies in lower case; a country before a foreign name stays a country
    ("Cố vấn của chính phủ Ấn Độ nói, Ngoại trưởng Indonesia Retno Marsudi và các cơ quan chính phủ Việt Nam.",
     [("chính phủ Ấn Độ", "ORG"), ("Indonesia", "LOC"), ("Retno Marsudi", "PERSON"), ("Việt Nam", "LOC")]),
    # a leading initial before a foreign surname; numbered districts; a school's number
    ("Bác sĩ A. Mandl ở khu A. Tại UBND Quận 1, trường TH&THCS Gio Hải số 1 được khen.",
     [("A. Mandl", "PERSON"), ("UBND Quận 1", "ORG"), ("TH&THCS Gio Hải số 1", "ORG")]),
    # a head with its function in lower case; a company with its brand; a known name cut short
    ("Viện khoa học Địa chất và Công ty điện tử Samsung, Viện Hàn lâm Khoa học xã hội Việt Nam.",
     [("Viện khoa học Địa chất", "ORG"), ("Công ty điện tử Samsung", "ORG"),
      ("Viện Hàn lâm Khoa học xã hội Việt Nam", "ORG")]),
    # a commune no gazetteer has, after its unit word; shouted ordinary words end a name
    ("Công an xã Lìa đã có mặt. Bộ GD&ĐT tặng bằng khen xem TẠI ĐÂY",
     [("Công an xã Lìa", "ORG"), ("Bộ GD&ĐT", "ORG")]),
    # platforms and prizes that open with a name; boxing is no country; a first name alone
    ("Tải từ Google Play, em đạt Giải Nhất. Võ sĩ quyền Anh Rose Namajunas thắng. Rose rất vui.",
     [("Rose Namajunas", "PERSON"), ("Rose", "PERSON")]),
    # shouted ordinary words, currencies and capitalised English words are no names; a ticker is
    ("CA BỆNH MỚI: giá đồng USD tăng, Help bán cổ phiếu VND.", [("VND", "ORG")]),
    # a brand with a product line is a product; with a company word or an acronym, a company
    ("Samsung Galaxy S21 Ultra bán chạy, Samsung Electronics và Samsung C&T hợp tác.",
     [("Samsung Electronics", "ORG"), ("Samsung C&T", "ORG")]),
    # a given name after a surname may look like a title ("Quốc vương" is a king)
    ("Theo ông Phạm Quốc Vương - Trưởng phòng, kết quả tốt.", [("Phạm Quốc Vương", "PERSON")]),
    # a classifier noun says a name is an organisation's, even an English word's
    ("Đội bóng Leeds thắng, ban nhạc Queen hát.", [("Leeds", "ORG"), ("Queen", "ORG")]),
    # an acronym company with a place is its branch; hyphenated given names; modern English words
    ("Tổng công ty Điện lực TP.HCM (EVN HCMC) có Website. Ông François-Henri Pinault đến.",
     [("Tổng công ty Điện lực TP.HCM", "ORG"), ("EVN HCMC", "ORG"), ("François-Henri Pinault", "PERSON")]),
    # a product line named after the brand, and later alone
    ("Xiaomi Mi Mix Fold giống Samsung Galaxy Z Fold2. Thiết kế của Galaxy Z Fold2 và Mi Mix khác nhau.", []),
    # the law of a country is no legal instrument
    ("Theo Luật pháp Hàn Quốc, điều này bị cấm.", [("Hàn Quốc", "LOC")]),
    # schools named after people; a river without its generic word
    ("Học sinh trường Tiểu học Ngô Gia Tự ra sông Dương Tử.",
     [("Tiểu học Ngô Gia Tự", "ORG"), ("Dương Tử", "LOC")]),
    # words around a name nothing else typed: an age, kin, a settlement word, a country after it
    ("Michelle, 31 tuổi, mất việc. Gia đình Michelle nợ tiền.", [("Michelle", "PERSON"), ("Michelle", "PERSON")]),
    ("Thành phố Pripyat bị bỏ hoang. Tàu đến từ căn cứ Changi, Singapore.",
     [("Pripyat", "LOC"), ("Changi", "LOC"), ("Singapore", "LOC")]),
    # a list of one kind of thing; "nói riêng" is no verb of speech
    ("Đội hình: Nguyễn Văn Toản, Lê Văn Xuân, Mpande, Fagan.",
     [("Nguyễn Văn Toản", "PERSON"), ("Lê Văn Xuân", "PERSON"), ("Mpande", "PERSON"), ("Fagan", "PERSON")]),
    ("Bóng đá Baltal nói riêng còn yếu.", [("Baltal", "ORG")]),
    ("Bóng đá xứ Baltal còn yếu.", [("Baltal", "LOC")]),  # "xứ" (land) is a place word
    # an elected body's term; the head of a body named after it; wars are no events
    ("Ông Nhạ, Trưởng Ban Tuyên giáo Trung ương, là đại biểu Quốc hội khóa XIV.",
     [("Nhạ", "PERSON"), ("Ban Tuyên giáo Trung ương", "ORG"), ("Quốc hội khóa XIV", "ORG")]),
    ("Tân Phó Ban Tuyên giáo Trung ương Phùng Xuân Nhạ nói về Thế chiến thứ hai.",
     [("Ban Tuyên giáo Trung ương", "ORG"), ("Phùng Xuân Nhạ", "PERSON")]),
    # a product line with its model number, even after "bản" (version, or a village); counts are no models
    ("Redmi Note 10 có màn hình lớn, bản Redmi Note 10 Pro thì không. Vsmart Live 4 rẻ hơn.", []),
    ("Zico 3 lần vô địch, vợ Hong Ra Hee 33%.", [("Zico", "ORG"), ("Hong Ra Hee", "PERSON")]),
    # abbreviations an article defines for a common phrase or a title are no names
    ("Bài nghị luận xã hội (NLXH) khó. Câu NLXH dài. Giám đốc kỹ thuật (GĐKT) Nguyễn Văn Sỹ nói.",
     [("Nguyễn Văn Sỹ", "PERSON")]),
    # a body's function stops at a reporting verb and at "và" before another body
    ("Bộ trưởng Bộ Y tế yêu cầu Hà Nam giãn cách. Sở GD&ĐT và Thành phố Hà Nội họp.",
     [("Bộ Y tế", "ORG"), ("Hà Nam", "LOC"), ("Sở GD&ĐT", "ORG"), ("Hà Nội", "LOC")]),
    ("F1 cách ly tại Trung tâm Y tế huyện Lý Nhân và trường cao đẳng y tế Hà Nam.",
     [("Trung tâm Y tế huyện Lý Nhân", "ORG"), ("Hà Nam", "LOC")]),
    # a title ending in a place word ("Chủ tịch nước") before a person; a person after a commune
    ("Chủ tịch nước Võ Văn Thưởng đến. Chủ tịch xã Ia Kha Nguyễn Văn An nói.",
     [("Võ Văn Thưởng", "PERSON"), ("Ia Kha", "LOC"), ("Nguyễn Văn An", "PERSON")]),
    # an acronym body's local branch, with the province's generic word; a country's press
    ("Giám đốc CDC tỉnh Sóc Trăng nói. Báo Thái Lan khen, Báo Quảng Ninh chê.",
     [("CDC tỉnh Sóc Trăng", "ORG"), ("Thái Lan", "LOC"), ("Báo Quảng Ninh", "ORG")]),
    # particles inside foreign names, also after a body and a title; "và" after a body's function
    ("Chủ tịch Ủy ban châu Âu Von der Leyen xem tranh của Leonardo da Vinci.",
     [("Ủy ban châu Âu", "ORG"), ("Von der Leyen", "PERSON"), ("Leonardo da Vinci", "PERSON")]),
    ("Viện nghiên cứu Đo lường và Đánh giá Y tế (IHME) ở Washington.",
     [("Viện nghiên cứu Đo lường và Đánh giá Y tế", "ORG"), ("IHME", "ORG"), ("Washington", "LOC")]),
    # a byline glued to "Theo", or before it on one line; "Theo" still opens a foreign name
    ("Gia đình khó khăn. T.ThủyTheo Cnet", [("T.Thủy", "PERSON"), ("Cnet", "ORG")]),
    ("Trời đẹp. Minh Phương Theo Reuters. Tiền vệ Theo Walcott ghi bàn.",
     [("Minh Phương", "PERSON"), ("Reuters", "ORG"), ("Theo Walcott", "PERSON")]),
    # foreign place words; "Mc" names are no acronyms; a place located by the one after the comma
    ("Núi lửa Los Chocoyos gần San Pedro. Ông Stuart McKenzie đến Bundaberg, Queensland.",
     [("Los Chocoyos", "LOC"), ("San Pedro", "LOC"), ("Stuart McKenzie", "PERSON"), ("Bundaberg", "LOC"),
      ("Queensland", "LOC")]),
    # in sports reporting a single foreign name nothing typed is a player's; clubs are known
    ("HLV Arteta nói cầu thủ Saka ghi bàn thắng. Tiền đạo Lacazette và Saka giúp Arsenal hạ Leicester. "
     "Lacazette vui.",
     [("Arteta", "PERSON"), ("Saka", "PERSON"), ("Lacazette", "PERSON"), ("Saka", "PERSON"), ("Arsenal", "ORG"),
      ("Leicester", "ORG"), ("Lacazette", "PERSON")]),
    ("Lacazette vui. Lacazette là công ty.", [("Lacazette", "ORG"), ("Lacazette", "ORG")]),
    # a product named once with its brand is no name wherever it recurs, even cut short; a
    # numbered tunnel is a place; an outlet's dateline before a sentence names no product line
    ("Bản lề Galaxy Z Fold2 mượt, chiếc Mi Mix Fold thì không. Xiaomi Mi Mix Fold và Samsung Galaxy Z Fold2 "
     "ra mắt. Samsung nói Galaxy Z Fold tốt hơn Mi Mix.", [("Samsung", "ORG")]),
    ("Dân trí Một vụ tai nạn ở hầm Hải Vân 2.", [("Dân trí", "ORG"), ("Hải Vân 2", "LOC")]),
    # a technique spelt out in English with its acronym is no body; a language is no place
    ("Công nghệ ASR (Automatic Speech Recognition) tốt. Hệ thống ASR và World Health Organization (WHO).",
     [("World Health Organization", "ORG"), ("WHO", "ORG")]),
    ("Tiếng Việt khó. Học tiếng Anh ở Anh.", [("Anh", "LOC")]),
    # long foreign personal names; English bodies with plural words; places ending in "Hills";
    # weather phenomena; Latin America; one goes "tới" people too
    ("Bà Aung San Suu Kyi bị bắt. Tổ chức Worker Rights Consortium lên tiếng. Chloe Moretz ở Beverly Hills "
     "nói về El Nino ở châu Mỹ Latinh. Thư gửi tới Chloe Moretz.",
     [("Aung San Suu Kyi", "PERSON"), ("Tổ chức Worker Rights Consortium", "ORG"), ("Chloe Moretz", "PERSON"),
      ("Beverly Hills", "LOC"), ("châu Mỹ Latinh", "LOC"), ("Chloe Moretz", "PERSON")]),
    # in sports reporting a club named after its province is the club when its name stands alone
    ("HLV của CLB Thanh Hóa nói cầu thủ ghi bàn thắng. Trận gặp Thanh Hóa khó. Đội sẽ tới Thanh Hóa.",
     [("CLB Thanh Hóa", "ORG"), ("Thanh Hóa", "ORG"), ("Thanh Hóa", "LOC")]),
    # lower-case words closing an official name before a parenthesis, and the same name cut short later
    ("Số liệu của Cục Quản lý Đăng ký kinh doanh (Bộ Kế hoạch và Đầu tư) tăng. Theo Cục Quản lý Đăng ký "
     "kinh doanh, số doanh nghiệp tăng. Trung tâm Kiểm soát bệnh tật (CDC) tiêm.",
     [("Cục Quản lý Đăng ký kinh doanh", "ORG"), ("Bộ Kế hoạch và Đầu tư", "ORG"),
      ("Cục Quản lý Đăng ký kinh doanh", "ORG"), ("Trung tâm Kiểm soát bệnh tật", "ORG"), ("CDC", "ORG")]),
    # a body named by its function alone is a back-reference; "Trung ương" closes a body's name
    ("Ban Chỉ đạo đã thống nhất. Ban Chỉ đạo Cải cách tư pháp Trung ương họp. Thường trực Chính phủ họp.",
     [("Ban Chỉ đạo Cải cách tư pháp Trung ương", "ORG"), ("Thường trực Chính phủ", "ORG")]),
    # a competition named after its city; a named award stops before the person after it; tennis
    # reporting is sports reporting too
    ("Hạt giống Nadal vào tứ kết Barcelona Open 2021, thắng đối thủ Nishikori. Nishikori thua.",
     [("Nadal", "PERSON"), ("Barcelona Open 2021", "EVENT"), ("Nishikori", "PERSON"), ("Nishikori", "PERSON")]),
    ("Cô nhận giải Oscar Reese Witherspoon trao, sau BAFTA.",
     [("Oscar", "EVENT"), ("Reese Witherspoon", "PERSON"), ("BAFTA", "EVENT")]),
    # military units named by a number; a navy's base is no part of its name, an embassy's host is
    ("Quân khu 4 và Hạm đội 7 của hải quân Mỹ ở Yokosuka. Đại sứ quán Nga ở Washington nói.",
     [("Quân khu 4", "ORG"), ("Hạm đội 7", "ORG"), ("hải quân Mỹ", "ORG"), ("Yokosuka", "LOC"),
      ("Đại sứ quán Nga ở Washington", "ORG")]),
    ("Cảng HKQT Tân Sơn Nhất quá tải. Huyện Tân Sơn ở Phú Thọ.",
     [("Tân Sơn Nhất", "LOC"), ("Tân Sơn", "LOC"), ("Phú Thọ", "LOC")]),
    # ships named after places are no places, wherever the article names them; a state with its word is
    ("Mỹ có tàu ngầm USS Ohio, USS Michigan. Tàu ngầm SSGN lớp Ohio mạnh. Ông sống ở bang Ohio. Tàu cá Việt Nam.",
     [("Mỹ", "LOC"), ("Ohio", "LOC"), ("Việt Nam", "LOC")]),
    # a Vietnamese word glued to the name before it (a space missing in the source) is read apart
    ("Tỉnh Tiền Giangcó nhiều điểm. Ông Lê Duẩn và ông Nguyễn Thuấn đến Floridavà Michigan.",
     [("Tiền Giang", "LOC"), ("Lê Duẩn", "PERSON"), ("Nguyễn Thuấn", "PERSON"), ("Florida", "LOC"),
      ("Michigan", "LOC")]),
    # "Nhà nước" after a noun is a category; reporting verbs end a body's function; directions,
    # technologies and numbered meetings are no names
    ("Tiền từ ngân sách Nhà nước. Nhà nước ban hành luật. Ngân hàng Standard Chartered dự báo Việt Nam "
     "tăng trưởng. Phiên họp thứ 12 bàn về đường sắt Bắc-Nam và công nghệ AR.",
     [("Nhà nước", "ORG"), ("Ngân hàng Standard Chartered", "ORG"), ("Việt Nam", "LOC")]),
    # the head of a body whose function is in lower case; a navy named alone
    ("Ông là Trưởng Ban chỉ đạo Cải cách tư pháp Trung ương. Hải quân cho biết tàu đã chìm.",
     [("Ban chỉ đạo Cải cách tư pháp Trung ương", "ORG"), ("Hải quân", "ORG")]),
    # an event name stops at a two-syllable verb and at "chính thức"; a list of events says
    # nothing of a person after a semicolon
    ("Hội nghị cấp cao ASEAN diễn ra hôm nay. Lễ hội Du lịch Cửa Lò chính thức hoãn. Cô đoạt giải Emmy "
     "và Grammy; Danese Cooper là nhà khoa học.",
     [("Hội nghị cấp cao ASEAN", "EVENT"), ("Lễ hội Du lịch Cửa Lò", "EVENT"), ("Emmy", "EVENT"),
      ("Grammy", "EVENT"), ("Danese Cooper", "PERSON")]),
    # hospitals are named after people and places, and some end in a number
    ("Bệnh viện Bạch Mai 3 năm qua tiếp nhận 500 ca. Bệnh viện Trung ương Quân đội 108 tổ chức lễ.",
     [("Bệnh viện Bạch Mai", "ORG"), ("Bệnh viện Trung ương Quân đội 108", "ORG")]),
    # a body whose head needs a name, followed by a person's name, is named after that person,
    # unless a title before it says the person is someone in the body
    ("Quỹ Trần Văn Thọ trao học bổng. Phòng khám Nguyễn Trãi đông. Chủ tịch UBND Lê Văn Bình đến.",
     [("Quỹ Trần Văn Thọ", "ORG"), ("Phòng khám Nguyễn Trãi", "ORG"), ("Lê Văn Bình", "PERSON")]),
    # a competition named by its body's acronym
    ("Chelsea vào chung kết FA Cup. Việt Nam vô địch AFF Cup 2018.",
     [("Chelsea", "ORG"), ("FA Cup", "EVENT"), ("Việt Nam", "LOC"), ("AFF Cup 2018", "EVENT")]),
    # an event's year or edition closes its name, wherever the event was typed
    ("Tại giải giao hữu Menpora Cup 2021, anh ghi một bàn. Cô hát tại Thế vận hội Bắc Kinh năm 2008.",
     [("Menpora Cup 2021", "EVENT"), ("Thế vận hội Bắc Kinh năm 2008", "EVENT")]),
    ("Hội nghị Cấp cao ASEAN lần thứ 36 và 37 thông qua tuyên bố. Đại hội đảng Cộng sản Cuba lần thứ 8 bế mạc.",
     [("Hội nghị Cấp cao ASEAN lần thứ 36 và 37", "EVENT"), ("Đại hội đảng Cộng sản Cuba lần thứ 8", "EVENT")]),
    # names in the lexicon that contain a comma; a word of scope closes a name in lower case
    ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch nói. Ông đến Viện Tim mạch quốc gia hôm qua.",
     [("Bộ Văn hóa, Thể thao và Du lịch", "ORG"), ("Viện Tim mạch quốc gia", "ORG")]),
    # a name that ends in a place does not run on over lower-case words; a national team is its country
    ("Đội tuyển Việt Nam cần đánh bại Indonesia để đi tiếp.", [("Việt Nam", "LOC"), ("Indonesia", "LOC")]),
    # a title before "của" and a body still names the person after the body
    ("Người phát ngôn của Hải quân Indonesia Julius Widjojono cho biết.",
     [("Hải quân Indonesia", "ORG"), ("Julius Widjojono", "PERSON")]),
    # a chief of staff is a title: the person after the force is no part of it
    ("Tham mưu trưởng Hải quân Indonesia Yudo Margono cho biết.",
     [("Hải quân Indonesia", "ORG"), ("Yudo Margono", "PERSON")]),
    # diseases and syndromes named after people, and music videos, are no entities
    ("Người mắc bệnh Alzheimer tăng; hội chứng Lazarus hiếm gặp. Ca sĩ ra MV mới, bệnh nhân chạy ECMO.", []),
    ("Em giành Huy chương Vàng và Huy chương Bạc.", []),  # medals are prizes
    # a competition named after its place or its body, with foreign words between
    ("Giải Vietnam Mountain Marathon 2020 diễn ra. Sinh viên dự Harvard College China Forum.",
     [("Giải Vietnam Mountain Marathon 2020", "EVENT"), ("Harvard College China Forum", "EVENT")]),
    # a street named with an event's head word is a street
    ("Tại đường Giải Phóng hướng đi Thanh Trì xe đông.", [("Giải Phóng", "LOC"), ("Thanh Trì", "LOC")]),
    # "Người Việt" opening a sentence: the people's country, as "người Việt" inside one
    ("Người Việt thích ăn phở.", [("Việt", "LOC")]),
    # a contest's name in sentence case goes on to its word of scope
    ("Em đoạt giải cuộc thi Khoa học kỹ thuật quốc gia thuộc lĩnh vực robot.",
     [("Khoa học kỹ thuật quốc gia", "EVENT")]),
    # an award's name after its classifier, however personal it sounds
    ("Anh nhận giải Kim Mã tại Đài Loan.", [("Kim Mã", "EVENT"), ("Đài Loan", "LOC")]),
    # a site or page names an outlet
    ("Đây là đề tài nóng, trang Siam Sport viết.", [("Siam Sport", "ORG")]),
    ("Thủy quân Indonesia đứng trên boong tàu. Thủy quân lục chiến Mỹ cho biết.",
     [("Thủy quân Indonesia", "ORG"), ("Thủy quân lục chiến Mỹ", "ORG")]),
    # "Anh" opening a sentence is the pronoun unless the country is named inside a sentence
    ("Hôm qua trời mưa. Anh được câu lạc bộ tạo điều kiện.", []),
    ("Anh đã rời EU. Thủ tướng Anh nói.", [("Anh", "LOC"), ("EU", "ORG"), ("Anh", "LOC")]),
    # "Anh ấy", "Anh ta" are always the pronoun, even in an article that names the country
    ("Cô sống ở Anh. Cô nói: \"Anh ấy thật tuyệt\". Anh ta không hút thuốc.", [("Anh", "LOC")]),
    # districts named by a number; "bạn" addresses a person, but "bạn Lào" is the country
    ("Ông sống ở quận 12. Chia sẻ với PV, bạn Hương Thi cho biết. Việt Nam giúp bạn Lào.",
     [("quận 12", "LOC"), ("Hương Thi", "PERSON"), ("Việt Nam", "LOC"), ("Lào", "LOC")]),
    # ships are named after "tàu" and the words for their kind
    ("Tàu hộ vệ Fatahillah và tàu quét mìn Rengat được huy động.", []),
    # landmarks after their generic word; a capital opening an ordinary word is none
    ("Du khách thăm chùa Thiên Mụ và đồi Vọng Cảnh. Đây là ngôi chùa Phật giáo cổ.",
     [("Thiên Mụ", "LOC"), ("Vọng Cảnh", "LOC")]),
    # one syllable after a portfolio opens the name; two particles inside a foreign name
    ("Bộ trưởng Công thương Chan Chung Sing nhậm chức. Bà Ursula von der Leyen phát biểu.",
     [("Chan Chung Sing", "PERSON"), ("Ursula von der Leyen", "PERSON")]),
    # a photo is credited to a person, whatever the words of the name mean elsewhere
    ("Người nhà tập trung tại bệnh viện (Ảnh: Tuấn Anh). Lúa chín (Ảnh: Đại Việt). Họ đến (Ảnh: Reuters).",
     [("Tuấn Anh", "PERSON"), ("Đại Việt", "PERSON"), ("Reuters", "ORG")]),
    # sports: a club's owner, a club named after its city, a league after "ở"
    ("Cầu thủ ghi bàn thắng trong trận đấu. Bầu Đức vui. Hà Nội FC thua ở La Liga.",
     [("Đức", "PERSON"), ("Hà Nội FC", "ORG"), ("La Liga", "EVENT")]),
    # a sentence may open with a player's given name, whatever its syllables mean alone
    ("Cầu thủ ghi bàn thắng trong trận đấu. Quang Hải sút xa. Tuấn Anh chuyền. Đức Huy phạm lỗi.",
     [("Quang Hải", "PERSON"), ("Tuấn Anh", "PERSON"), ("Đức Huy", "PERSON")]),
    # a province's club after its coach or the side it beat; a ticker-like brand before a title word
    ("Cầu thủ ghi bàn thắng trong trận đấu. HLV An Giang tiếc nuối. An Giang chơi tốt. PV GAS tài trợ.",
     [("An Giang", "ORG"), ("An Giang", "ORG"), ("PV GAS", "ORG")]),
    # abbreviations of ministries with "&" and "-", the year of a law, a committee's field
    ("Bộ LĐ-TB&XH và Bộ GD-ĐT họp. Theo Điều 8 Luật Quảng cáo 2012 và Bộ luật hình sự 2015. "
     "Ban Chỉ đạo Nhà nước về Du lịch họp.",
     [("Bộ LĐ-TB&XH", "ORG"), ("Bộ GD-ĐT", "ORG"), ("Luật Quảng cáo 2012", "LAW"),
      ("Bộ luật hình sự 2015", "LAW"), ("Ban Chỉ đạo Nhà nước về Du lịch", "ORG")]),
    # royal titles and regnal numbers; a film is a work, no organisation; leagues by name
    ("Hoàng thân Philip qua đời. Nữ hoàng Elizabeth II đau buồn. Bộ phim Mank thắng giải. "
     "PSG dẫn đầu Ligue 1, Bayern dẫn đầu Bundesliga.",
     [("Philip", "PERSON"), ("Elizabeth II", "PERSON"), ("PSG", "ORG"), ("Ligue 1", "EVENT"), ("Bayern", "ORG"),
      ("Bundesliga", "EVENT")]),
    # the national exam in lower case, and its capitalised head referring back to it
    ("Thí sinh dự kỳ thi tốt nghiệp THPT năm 2021. Bộ GD-ĐT chỉ đạo tổ chức Kỳ thi trên toàn quốc.",
     [("kỳ thi tốt nghiệp THPT năm 2021", "EVENT"), ("Bộ GD-ĐT", "ORG"), ("Kỳ thi", "EVENT")]),
    # a city beside a club is the club; a person by family name; a broadcaster named after its province
    ("Cầu thủ ghi bàn trong trận đấu. Barcelona và Real Madrid chưa rút lui. Mỹ nhân họ Phạm đẹp. "
     "Ảnh: Hà Nam TV. Phim thắng ở LHP Cannes 2017.",
     [("Barcelona", "ORG"), ("Real Madrid", "ORG"), ("Phạm", "PERSON"), ("Hà Nam TV", "ORG"),
      ("LHP Cannes 2017", "EVENT")]),
    # in sports reporting a surname that is also an English word is a player's; "lần thứ 4 liên tiếp"
    # counts titles, no edition
    ("Cầu thủ ghi bàn trong trận đấu. Sterling chuyền cho Walker. Man City vô địch Carabao Cup lần thứ 4 liên tiếp.",
     [("Sterling", "PERSON"), ("Walker", "PERSON"), ("Man City", "ORG"), ("Carabao Cup", "EVENT")]),
    # a US party after a role is a side, not a body; a title after a full name ends it; the places of
    # a locative
    ("Ứng viên Dân chủ Joe Biden dẫn trước. Ông Nguyễn Bá Diệp Phó Chủ tịch Ví MoMo nói. Ông Phạm Quốc Vương "
     "nói. Honda đóng cửa nhà máy tại Manesar và Gurugram.",
     [("Joe Biden", "PERSON"), ("Nguyễn Bá Diệp", "PERSON"), ("Ví MoMo", "ORG"), ("Phạm Quốc Vương", "PERSON"),
      ("Honda", "ORG"), ("Manesar", "LOC"), ("Gurugram", "LOC")]),
    # competitions named in lower case and with their body's name; an event's place after a dash
    ("Cầu thủ ghi bàn trong trận đấu. HAGL vào vòng 2 cúp Quốc gia 2021 rồi trở lại giải hạng Nhất. "
     "Barca dự UEFA Champions League. Khai mạc Tuần lễ Chuyển đổi số- Huế năm 2021.",
     [("HAGL", "ORG"), ("cúp Quốc gia 2021", "EVENT"), ("hạng Nhất", "EVENT"), ("Barca", "ORG"),
      ("UEFA Champions League", "EVENT"), ("Tuần lễ Chuyển đổi số- Huế năm 2021", "EVENT")]),
    # outside sports reporting a medal's class is no competition
    ("Ông nhận Huân chương Lao động hạng Nhất.", []),
    # a list introduced by a role holds people; a series' name may open a place's; hyphenated regions
    ("Đêm nhạc có dàn giám khảo: JustaTee, Rhymastic, Wowy. Cung đường Olympic Peninsula Loop đẹp. "
     "Xung đột ở Nagorno-Karabakh. Bí thư Thị ủy Điện Bàn cho biết.",
     [("JustaTee", "PERSON"), ("Rhymastic", "PERSON"), ("Wowy", "PERSON"), ("Olympic Peninsula Loop", "LOC"),
      ("Nagorno-Karabakh", "LOC"), ("Thị ủy Điện Bàn", "ORG")]),
    # "TP HCM" and "TP. HCM" are whole names; friends on a platform are no person
    ("Bệnh nhân ở TP HCM và TP. HCM. Nhóm bạn Facebook gặp nhau. Bạn Hương Thi đến.",
     [("TP HCM", "LOC"), ("TP. HCM", "LOC"), ("Facebook", "ORG"), ("Hương Thi", "PERSON")]),
    # a state's forces written in lower case are its body, as its navy is
    ("Người phát ngôn lực lượng vũ trang Armenia nói. Tàu cảnh sát biển Indonesia tuần tra.",
     [("lực lượng vũ trang Armenia", "ORG"), ("cảnh sát biển Indonesia", "ORG")]),
    # roads named by a number; a place word opening a sentence; a company named with an English
    # business word
    ("Thôn Quan Nhân bị phong tỏa. Xe đi trên QL 1A và quốc lộ 15B qua nút giao Nguyễn Văn Linh. "
     "Hateco Fulfillment mở kho.",
     [("Quan Nhân", "LOC"), ("QL 1A", "LOC"), ("quốc lộ 15B", "LOC"), ("Nguyễn Văn Linh", "LOC"),
      ("Hateco Fulfillment", "ORG")]),
    # an ordinary word that opens with a capital goes on in lower case inside a name, not at its start
    ("Cục Công nghệ thông tin họp. Khoa Sau đại học mở. Hệ sinh thái Hateco Fulfillment lớn.",
     [("Cục Công nghệ thông tin", "ORG"), ("Khoa Sau đại học", "ORG"), ("Hateco Fulfillment", "ORG")]),
    # a body named after a foreign place; a depot named by its place
    ("Học tại Seoul National University. Bay với Hong Kong Airlines. Hàng về ICD Long Biên.",
     [("Seoul National University", "ORG"), ("Hong Kong Airlines", "ORG"), ("Long Biên", "LOC")]),
    # a product after its classifier is no body's name
    ("Bệnh viện dùng robot Modus V Synaptive. Robot Modus V Synaptive hiện đại.", []),
    # living things, ingredients and lab markers are no names
    ("Hóa thạch Archaeopteryx lithographica có lông. Archaeopteryx sống ở Đức. Hoạt chất Silymarin "
     "làm giảm chỉ số AST. Người Sentinelese sống trên đảo. Virus RSV lây lan.",
     [("Đức", "LOC")]),
    # specialised schools, representative offices, a person after "Ông" beside the people of a country
    ("Em học Trường THPT chuyên Lam Sơn. Văn phòng đại diện UNESCO tại Việt Nam mở cửa. "
     "Nhiều người Việt ở Lào vui. Ông Việt cho biết.",
     [("Trường THPT chuyên Lam Sơn", "ORG"), ("Văn phòng đại diện UNESCO tại Việt Nam", "ORG"), ("Việt", "LOC"),
      ("Lào", "LOC"), ("Việt", "PERSON")]),
    # an event named by a quoted title: with its capitalised head, or the title alone after a
    # lower-case head; a quote after "với tinh thần" is no event's name
    ('Phụ huynh dự Hội thảo "Con tự lập ở tuổi 15". Đội thi vào cuộc thi "Sinh viên với an toàn thông tin '
     'ASEAN 2020". Buổi tọa đàm với tinh thần "Cắp sách đi học" vui.',
     [('Hội thảo "Con tự lập ở tuổi 15"', "EVENT"), ("Sinh viên với an toàn thông tin ASEAN 2020", "EVENT")]),
    # ordinary English words with capitals: a work or a technology, unless a classifier, a source
    # line or a given name says otherwise
    ("Công nghệ Virtual Card giúp chủ thẻ. Phim quốc tế xuất sắc: Another Round. Harry Styles hẹn hò. "
     "Tạp chí Rolling Stone viết. (Ảnh: Visit Montana).",
     [("Harry Styles", "PERSON"), ("Tạp chí Rolling Stone", "ORG"), ("Visit Montana", "ORG")]),
    # a word joined to a number by a hyphen is a code; "Vắc xin" opening a sentence is a vaccine
    ("Các tác giả kết luận USAG-1 ngăn chặn bệnh. Vắc xin của AstraZeneca tốt.", [("AstraZeneca", "ORG")]),
    # a place transliterated syllable by syllable stays whole inside a name
    ("Anh học tại Học viện Hàng không Mát-xcơ-va. Thủ tướng Thái Lan Prayut Chan-o-cha bị phạt.",
     [("Học viện Hàng không Mát-xcơ-va", "ORG"), ("Thái Lan", "LOC"), ("Prayut Chan-o-cha", "PERSON")]),
    # a body named in lower case up to its abbreviation; an abbreviation after a lower-case term is
    # the term's, no body's
    ("Viện đo lường và đánh giá y tế (IHME) công bố. Bệnh nhân dùng liệu pháp thay thế estrogen (ERT). "
     "ERT có hại.",
     [("Viện đo lường và đánh giá y tế", "ORG"), ("IHME", "ORG")]),
    # a title in quotation marks typed by default is a work, not a name; a nickname after a
    # country is a person's
    ('Cô đóng vai trong bộ phim "Minari". Bài hát "Dear John" buồn. HLV "Zico Thái" cười.',
     [("Zico Thái", "PERSON")]),
    # a name no lexicon knows after a contest or ceremony word is the event's, with its year
    ("Em tranh tài tại cuộc thi ITMC 2021 vào ngày 5/8. Tại lễ trao giải VMAs 2016, cô đẹp.",
     [("ITMC 2021", "EVENT"), ("VMAs 2016", "EVENT")]),
    # a university named after a person, after its head's title
    ("Hiệu trưởng Trường Đại học Nguyễn Tất Thành nói.", [("Trường Đại học Nguyễn Tất Thành", "ORG")]),
    # a generic place word of three syllables written with a capital; a hyphenated place after it
    ("Các bạn tại Cụm công nghiệp Đồng Dinh vui. Vườn quốc gia Nouabale-Ndoki ở Congo rộng.",
     [("Đồng Dinh", "LOC"), ("Nouabale-Ndoki", "LOC"), ("Congo", "LOC")]),
    # a language no gazetteer names, after "tiếng"
    ("Tên này kết hợp tiếng Mapuche và tiếng Latinh.", []),
    # the committee of the province an article is about, named by the unit word alone; not a
    # plural or a level
    ("Dự án được UBND tỉnh chỉ định. Các UBND xã báo cáo. UBND cấp tỉnh quyết định.", [("UBND tỉnh", "ORG")]),
    # a capitalised name after "cuộc thi" that closes where the name does, with its year
    ("Cô dự cuộc thi Hoa hậu Thế giới 2021 diễn ra ở Mỹ. Họ mở cuộc thi Tìm kiếm tài năng Toán học.",
     [("Hoa hậu Thế giới 2021", "EVENT"), ("Mỹ", "LOC")]),
    # a pageant named in English
    ("Cô từng thắng Miss Teen Niagara. Cô đăng quang Miss Earth 2021.",
     [("Miss Teen Niagara", "EVENT"), ("Miss Earth 2021", "EVENT")]),
    # a country's short name that opens a given-name pair inside a sentence is a person's name
    ("Chương trình giữ lại MC Hồng Nhung và Đức Bảo. Khán giả yêu ca sĩ Mỹ Tâm. Ông sang Đức hôm qua.",
     [("Hồng Nhung", "PERSON"), ("Đức Bảo", "PERSON"), ("Mỹ Tâm", "PERSON"), ("Đức", "LOC")]),
    # "phòng, chống" is one phrase inside a name; a steering committee names the disease it fights
    ("Vi phạm Luật Phòng, chống tham nhũng. Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam họp.",
     [("Luật Phòng, chống tham nhũng", "LAW"), ("Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh Hà Nam", "ORG")]),
    # a body of the province or district the article is about keeps the bare unit word; its
    # police too; not a list of unit words, "tỉnh này", nor a unit named after the word
    ("Bộ Chỉ huy Quân sự tỉnh phối hợp với Công an tỉnh. Sở Y tế tỉnh này họp. Công an xã, phường báo cáo.",
     [("Bộ Chỉ huy Quân sự tỉnh", "ORG"), ("Công an tỉnh", "ORG"), ("Sở Y tế", "ORG")]),
    # common abbreviations and technologies are not names; a pen named after "bút" is a product
    ("Các trường ĐH, CĐ tuyển sinh. Máy có cổng HDMI, Bluetooth và hỗ trợ bút S Pen.", []),
    ("Ôxy đang khan hiếm. Quét mã QR, chụp CT rồi thi IELTS; quỹ ETF bán ra.", []),
    # a ship named after a province; a university department; a state's broadcaster in lower case
    ("Tàu sân bay Liêu Ninh tập trận. Theo đài truyền hình Trung Quốc, ông là Trưởng Bộ môn Truyền nhiễm.",
     [("đài truyền hình Trung Quốc", "ORG"), ("Bộ môn Truyền nhiễm", "ORG")]),
    # a foreign company's Vietnamese branch, and the parent named alone later
    ("Tọa đàm do Saint-Gobain Việt Nam tổ chức. Đại diện Saint-Gobain cho biết.",
     [("Saint-Gobain Việt Nam", "ORG"), ("Saint-Gobain", "ORG")]),
    # a brand, a product line and a model code name a product; a bare size after a body does not
    ("Tai nghe LG TONE Free FN7 có giá tốt. Cỡ giày EU 43 là lớn.", [("EU", "ORG")]),
    # hospitals named by a number, with their province; not a count after "Bệnh viện"
    ("Nạn nhân được đưa tới Bệnh viện 115 Nghệ An rồi Bệnh viện 19-8. Bệnh viện 2 năm nay quá tải.",
     [("Bệnh viện 115 Nghệ An", "ORG"), ("Bệnh viện 19-8", "ORG")]),
    # an event head capitalised mid-sentence with a lower-case description closed by its scope
    ("Tại Hội nghị phân tích toàn cầu của Huawei, ông phát biểu. Hội nghị diễn ra hai ngày.",
     [("Hội nghị phân tích toàn cầu", "EVENT"), ("Huawei", "ORG")]),
    # an English plural possessive inside a name; a team's name
    ("Cô thắng giải tại Critics' Choice Awards. Cô gia nhập nhóm Girls' Team bên cạnh Vương Ân Hàm.",
     [("Critics' Choice Awards", "EVENT"), ("Girls' Team", "ORG"), ("Vương Ân Hàm", "PERSON")]),
    # "mang tên" names a work or a thing; "tên" alone before a name still names a person
    ("Anh đóng phim mang tên The Glory. Con trai tên Dalton chào đời. Một người có tên Ray Wallace kể.",
     [("Dalton", "PERSON"), ("Ray Wallace", "PERSON")]),
    # "&" inside a firm's name, not between two people; a college by its abbreviated head
    ("Theo Moor Insights & Strategy, Chrissy Teigen & John Legend ủng hộ trường CĐ Kinh tế kỹ thuật Cần Thơ.",
     [("Moor Insights & Strategy", "ORG"), ("Chrissy Teigen", "PERSON"), ("John Legend", "PERSON"),
      ("CĐ Kinh tế kỹ thuật Cần Thơ", "ORG")]),
    # in sports reporting a number after a player is the minute he came on, not a model number
    ("Trận đấu có nhiều bàn thắng, HLV và cầu thủ vui. Chelsea: Mendy, Azpilicueta (James 66). Sau đó, James ghi bàn.",
     [("Chelsea", "ORG"), ("Mendy", "PERSON"), ("Azpilicueta", "PERSON"), ("James", "PERSON"), ("James", "PERSON")]),
    # a sentence-initial word that begins a name the article writes whole elsewhere stays in it;
    # after a title, the name after a unit word is the unit's, not a person's
    ("Ông Hồ Văn Cường nói vậy. Hồ Văn Cường nhận chỉ trích. Chủ tịch UBND xã Ia Kha cho biết.",
     [("Hồ Văn Cường", "PERSON"), ("Hồ Văn Cường", "PERSON"), ("UBND xã Ia Kha", "ORG")]),
    # only makers' names open a product line; a person named after a body is no model name
    ("Phó chủ tịch của Man Utd Ed Woodward nói. CEO của ByteDance Trương Nhất Minh đồng ý. "
     "Tottenham Hotspur sa thải HLV. Máy Samsung Galaxy Z Fold 2 tốt.",
     [("Man Utd", "ORG"), ("Ed Woodward", "PERSON"), ("ByteDance", "ORG"), ("Trương Nhất Minh", "PERSON"),
      ("Tottenham Hotspur", "ORG")]),
    # "giống" before a name means "resembles"; a variety is named after "giống lúa"
    ("Bé khá giống Katie Holmes. Giống lúa Tám Hải Hậu thơm.", [("Katie Holmes", "PERSON")]),
    # a generation after a stage name ("9X") is no model number
    ("Diễn viên chính là Nhã Phương và Diễm My 9X.", [("Nhã Phương", "PERSON"), ("Diễm My", "PERSON")]),
    # surname prefixes are no acronyms; an issuer's code in a document number is no name
    ("Leonardo DiCaprio và LeBron James dự tiệc. Bộ có văn bản số 6386/BNV-CCVC về việc này.",
     [("Leonardo DiCaprio", "PERSON"), ("LeBron James", "PERSON")]),
    # a title between a body and a person belongs to neither
    ("Ông nói với Bộ Giáo dục và Đào tạo PGS.TS Nguyễn Thu Thủy.",
     [("Bộ Giáo dục và Đào tạo", "ORG"), ("Nguyễn Thu Thủy", "PERSON")]),
    # a capitalised landmark word opens a place's name, but not inside another name, before an
    # office or before an ordinary word
    ("Du khách tới Cù Lao Chàm, Dinh Độc Lập và Chùa Vàng. Khám ở Bệnh viện Tai Mũi Họng. "
     "Dinh Thống đốc cũ. Dinh dưỡng tốt.",
     [("Cù Lao Chàm", "LOC"), ("Dinh Độc Lập", "LOC"), ("Chùa Vàng", "LOC"), ("Bệnh viện Tai Mũi Họng", "ORG")]),
    # a body named after a list of fields closed by "và" keeps the whole list, not a list of bodies;
    # a list of ministries after one "Bộ" is a list of bodies
    ("Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng phát biểu. Sở Văn hóa, "
     "Thể thao và Du lịch Hà Nội cho biết. Các Bộ Tài chính, Công Thương và Y tế họp.",
     [("Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng", "ORG"),
      ("Sở Văn hóa, Thể thao và Du lịch Hà Nội", "ORG"), ("Bộ Tài chính", "ORG"), ("Công Thương", "ORG"),
      ("Y tế", "ORG")]),
    # colleges are bodies; the dot of a company form stays on the name mid-sentence; an
    # administration is named after its leader
    ("Cao đẳng FPT Polytechnic tuyển sinh. Tập đoàn Sofina Foods Inc. danh tiếng. "
     "Đây là di tích mà chính quyền Biden đang xem xét.",
     [("Cao đẳng FPT Polytechnic", "ORG"), ("Tập đoàn Sofina Foods Inc.", "ORG"), ("Biden", "PERSON")]),
    # lower-case words after an event's proper name describe it; after an ordinary word, an
    # edition or a scope word they are its name's
    ("Lễ hội Kumbh Mela đông nghịt người. Ông dự Hội thảo Lãnh đạo cấp cao. Hội nghị thượng đỉnh "
     "GS1 toàn cầu lần thứ 2 khai mạc.",
     [("Lễ hội Kumbh Mela", "EVENT"), ("Hội thảo Lãnh đạo cấp cao", "EVENT"),
      ("Hội nghị thượng đỉnh GS1 toàn cầu lần thứ 2", "EVENT")]),
    # club words make a foreign name a club's
    ("Đối thủ Buriram United rất mạnh. Tuần lễ Thời trang Paris (Ảnh: Getty Images).",
     [("Buriram United", "ORG"), ("Tuần lễ Thời trang Paris", "EVENT"), ("Getty Images", "ORG")]),
    # technical terms are no names; a star of a named art is a person
    ("Hệ thống WiFi hỗ trợ Unicode và watchOS 7. Ngôi sao ca nhạc Rihanna sở hữu khối tài sản lớn.",
     [("Rihanna", "PERSON")]),
    # a volcano is a place
    ("Vụ phun trào núi lửa Merapi ở Java.", [("Merapi", "LOC"), ("Java", "LOC")]),
    # a short known acronym matches only a word in capitals; ranks are titles
    ("Nhà lãnh đạo Kim Jong Un phát biểu. UN và WHO họp. Mỹ trừng phạt Thống tướng Min Aung Hlaing.",
     [("Kim Jong Un", "PERSON"), ("UN", "ORG"), ("WHO", "ORG"), ("Mỹ", "LOC"), ("Min Aung Hlaing", "PERSON")]),
    # after a title and a country, the capitalised words are the person's name, not a portfolio
    ("Thủ tướng Campuchia Hun Sen nói. Đại tướng Myanmar Min Aung Hlaing nói.",
     [("Campuchia", "LOC"), ("Hun Sen", "PERSON"), ("Myanmar", "LOC"), ("Min Aung Hlaing", "PERSON")]),
    # two given names after a title are the person's, not a portfolio
    ("NSND Hồng Vân diễn. Theo BS Ngọc Huy, da bị dị ứng. Bộ trưởng Ngoại giao Bùi Thanh Sơn nói. "
     "Trước đây, Hoa hậu Diệu Hoa rất đẹp.",
     [("Hồng Vân", "PERSON"), ("Ngọc Huy", "PERSON"), ("Bùi Thanh Sơn", "PERSON"), ("Diệu Hoa", "PERSON")]),
    # Thích is the dharma surname of monks and nuns
    ("Hòa thượng Thích Trí Quảng phát biểu. Thích ăn ngọt là thói quen xấu.", [("Thích Trí Quảng", "PERSON")]),
    # the international pageants by their Vietnamese names are events, like Miss Universe
    ("Khánh Vân đại diện Việt Nam tại Hoa hậu Hoàn vũ. Hoa hậu Thế giới Lào 2021 diễn ra.",
     [("Khánh Vân", "PERSON"), ("Việt Nam", "LOC"), ("Hoa hậu Hoàn vũ", "EVENT"), ("Hoa hậu Thế giới Lào 2021", "EVENT")]),
    # technologies, displays, certificates, standards and platforms are no names; a technology
    # company and an institute of technology are bodies
    ("Máy dùng công nghệ QLED và màn hình Mini LED, đạt tiêu chuẩn UTZ. Hãng công nghệ Nuance bị mua lại. "
     "Anh học tại Viện công nghệ Massachusetts, có chứng chỉ TOEFL iBT.",
     [("công nghệ Nuance", "ORG"), ("Viện công nghệ Massachusetts", "ORG")]),
    # a character played is a person; a strait, a canal, a constellation and an asteroid are places
    ("Anh đóng vai Jamal. Tàu đi qua eo biển Kerch rồi kênh đào Suez. Ảnh chụp chòm sao Cetus mờ, "
     "tiểu hành tinh Apophis bay qua.",
     [("Jamal", "PERSON"), ("Kerch", "LOC"), ("Suez", "LOC"), ("Cetus", "LOC"), ("Apophis", "LOC")]),
    # a carrier named beside others keeps its name where the article speaks of its technology
    ("3 nhà mạng gồm Viettel, Vinaphone, MobiFone. Thuê bao trải nghiệm công nghệ VinaPhone 5G.",
     [("Viettel", "ORG"), ("Vinaphone", "ORG"), ("MobiFone", "ORG"), ("VinaPhone", "ORG")]),
    # a classifier of bodies or events types a name of Vietnamese words too (a canal's "kênh" aside);
    # an acronym's edition number belongs to the event
    ("Nhà trường đề nghị công ty Hải Thành xem xét. Thực đơn của thương hiệu Cây Thị phong phú. Đèn "
     "sáng quanh kênh Bến Nghé. Zhang Weili thắng tại sự kiện UFC 261 để giữ đai hạng rơm UFC.",
     [("Hải Thành", "ORG"), ("Cây Thị", "ORG"), ("Bến Nghé", "LOC"), ("Zhang Weili", "PERSON"), ("UFC 261", "EVENT"),
      ("UFC", "ORG")]),
    # an award is an event, like the ceremony that gives it: the head and the capitalised name,
    # with its scope word and year, not a category named by one ordinary word
    ("Ông nhận Giải thưởng VinFuture. Giải thưởng Chất lượng quốc gia là giải cao nhất. Sản phẩm "
     "đoạt Giải thưởng Sao Khuê 2021. Phim nhận Giải thưởng Kịch bản.",
     [("Giải thưởng VinFuture", "EVENT"), ("Giải thưởng Chất lượng quốc gia", "EVENT"),
      ("Giải thưởng Sao Khuê 2021", "EVENT")]),
    # a comma after a sentence's source clause is no address ("Changi, Singapore" is one)
    ("Theo thống kê của Worldometers, Ấn Độ có nhiều ca. Du khách đến Changi, Singapore.",
     [("Worldometers", "ORG"), ("Ấn Độ", "LOC"), ("Changi", "LOC"), ("Singapore", "LOC")]),
    # a photo credited to an agency and a photographer: the photographer is a person
    ("Thủ tướng phát biểu (Ảnh: VGP/Đình Nam).", [("VGP", "ORG"), ("Đình Nam", "PERSON")]),
    # a capitalised Vietnamese word glued to a lower-case one is read apart
    ("Theo đại biểu Quốc hộiNguyễn Thị Mai Hoa, anh sống tạiViệt Nam.",
     [("Quốc hội", "ORG"), ("Nguyễn Thị Mai Hoa", "PERSON"), ("Việt Nam", "LOC")]),
    # a people is no name, wherever the article names it; "người Việt" keeps its place
    ("Đây là vùng đất của người Aztec cổ đại. Aztec để lại nhiều đền. Nhiều người Việt đến thăm.",
     [("Việt", "LOC")]),
    # a foreign word and its letter end a sentence when a Vietnamese word opens the next one
    ("Anh chơi tốt ở Serie A. Bên cạnh đó, ông Thomas A. Bussiere khen anh.",
     [("Serie A", "EVENT"), ("Thomas A. Bussiere", "PERSON")]),
    # a committee's name goes on over what it fights, and the place after it
    ("Ban Chỉ đạo phòng, chống dịch Covid-19 đã họp. Theo Ban chỉ đạo phòng chống dịch Covid-19 tỉnh Hà Nam, "
     "Ủy ban chuyên trách Quốc gia về phòng chống Covid-19 của Lào và Ban Chỉ đạo Quốc gia phòng chống "
     "dịch Covid-19 cùng họp. Ban Chỉ đạo đã họp về phòng chống dịch.",
     [("Ban Chỉ đạo phòng, chống dịch Covid-19", "ORG"), ("Ban chỉ đạo phòng chống dịch Covid-19 tỉnh Hà Nam", "ORG"),
      ("Ủy ban chuyên trách Quốc gia về phòng chống Covid-19", "ORG"), ("Lào", "LOC"),
      ("Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19", "ORG")]),
    # a year of birth after a name is a person's, as an age is
    ("Họ có hai con gái Deva (sinh năm 2004) và Léonie (sinh năm 2010).", [("Deva", "PERSON"), ("Léonie", "PERSON")]),
    # a hospital written in lower case before its name: the name is the body's, however personal
    ("Ông được đưa vào bệnh viện Bạch Mai, rồi tới bệnh viện Guru Teg Bahadur.",
     [("Bạch Mai", "ORG"), ("Guru Teg Bahadur", "ORG")]),
    # a storm's name is none of the labels; a position's latitude and longitude are no places
    ("Siêu bão Goni ở khoảng 13,7 độ Vĩ Bắc; 125,0 độ Kinh Đông, cách Philippines 70km. Bão Goni mạnh lên.",
     [("Philippines", "LOC")]),
    # "Grand" alone makes no event: "Grand Prix" does
    ("Du khách đến Grand World rất đông. Tay đua thắng tại Grand Prix Monaco.",
     [("Grand Prix", "EVENT"), ("Monaco", "LOC")]),
    # a valley, a plain, a church, an expressway: the capitalised landform word is in the name;
    # a building word is not
    ("Nằm ở Thung lũng Petaloudes, gần Nhà thờ Đức Bà và Xa lộ Hà Nội. Tòa nhà Saigon Centre cao.",
     [("Thung lũng Petaloudes", "LOC"), ("Nhà thờ Đức Bà", "LOC"), ("Xa lộ Hà Nội", "LOC"),
      ("Saigon Centre", "LOC")]),
    # two streets joined by a dash after a road word, a crossing word opening the sentence
    ("Ngã tư Nguyễn Thị Nghĩa - Lê Lai rất đẹp. Xe đi trên đại lộ Võ Văn Kiệt - Mai Chí Thọ.",
     [("Nguyễn Thị Nghĩa", "LOC"), ("Lê Lai", "LOC"), ("Võ Văn Kiệt", "LOC"), ("Mai Chí Thọ", "LOC")]),
    # the road word opening a line after a date
    ("Sân khấu và Công viên 23/9.\nNgã tư Nguyễn Thị Nghĩa - Lê Lai tươi mới.",
     [("Nguyễn Thị Nghĩa", "LOC"), ("Lê Lai", "LOC")]),
    # ministries listed after one "Bộ" are each a body; a ministry with "và" in its name stays whole
    ("Họ kiến nghị Bộ Tài chính, Công Thương. Các Bộ Ngoại giao, Công an và Quốc phòng họp. "
     "Bộ Văn hóa, Thể thao và Du lịch cũng họp.",
     [("Bộ Tài chính", "ORG"), ("Công Thương", "ORG"), ("Bộ Ngoại giao", "ORG"), ("Công an", "ORG"),
      ("Quốc phòng", "ORG"), ("Bộ Văn hóa, Thể thao và Du lịch", "ORG")]),
    # the party committee of the province an article is about, named by its head alone
    ("Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Thừa Thiên Huế đến thăm. Thành ủy yêu cầu các cấp.",
     [("Tỉnh ủy", "ORG"), ("UBND tỉnh Thừa Thiên Huế", "ORG"), ("Thành ủy", "ORG")]),
    # "Anh" opening a sentence before a person the article names is the honorific, even where
    # the article also names the country
    ("Anh Vũ Duy Thức học tại Đại học Oxford, Anh. Anh Thức cho rằng tốc độ là lợi thế.",
     [("Vũ Duy Thức", "PERSON"), ("Đại học Oxford", "ORG"), ("Anh", "LOC"), ("Thức", "PERSON")]),
    # a network and a research institute are bodies; a treaty's name ends before what it is about
    ("Mạng lưới Đổi mới Sáng tạo Việt - Úc tổ chức. Theo Viện nghiên cứu Hòa bình Stockholm, "
     "Hiệp ước START về kiểm soát vũ khí hạt nhân hết hạn.",
     [("Mạng lưới Đổi mới Sáng tạo Việt - Úc", "ORG"), ("Viện nghiên cứu Hòa bình Stockholm", "ORG"),
      ("Hiệp ước START", "LAW")]),
    # a competition's foreign word; an acronym of no known kind with its year is an edition
    ("Ông tham gia cuộc thi VinFast Global Showroom Design Competition 2021. Sinh viên dự ITMC 2021.",
     [("VinFast Global Showroom Design Competition 2021", "EVENT"), ("ITMC 2021", "EVENT")]),
    # a meteor shower and a telescope are no entities
    ("Đêm nay có mưa sao băng Lyrids, chụp từ kính viễn vọng James Clerk Maxwell ở Hawaii.", [("Hawaii", "LOC")]),
    # a foreign first name alone is a person's; a name only East Asia gives is not taken for one
    ("Nam diễn viên Richard nói rằng Regina rất giỏi. Người dùng Weibo phản ứng.",
     [("Richard", "PERSON"), ("Regina", "PERSON"), ("Weibo", "ORG")]),
    # named campaigns; the Champions League by its Vietnamese name, in sports reporting
    ("Chiến dịch Bình Minh Odyssey bắt đầu. HLV Zidane giúp Real Madrid vô địch cúp C1 châu Âu, cầu thủ ghi bàn.",
     [("Chiến dịch Bình Minh Odyssey", "EVENT"), ("Zidane", "PERSON"), ("Real Madrid", "ORG"),
      ("cúp C1 châu Âu", "EVENT")]),
    # an abbreviated airport word before the place; a pill opening a sentence is no Vienna
    ("ACV làm việc với Cảng HKQT Tân Sơn Nhất. Viên uống này là thực phẩm chức năng.", [("ACV", "ORG"),
     ("Tân Sơn Nhất", "LOC")]),
    # the Orient and the Red Planet are places
    ("Vẻ đẹp Á Đông của cô. Tàu thăm dò đáp xuống hành tinh Đỏ.", [("Á Đông", "LOC"), ("hành tinh Đỏ", "LOC")]),
    # a list introduced by a classifier of works lists works; a role's list lists people
    ("Cô đóng các tác phẩm như The Apartment, Malèna, Spectre. Monica Bellucci rất đẹp. "
     "Bộ ba tiền đạo gồm Asensio, Benzema và Rodrygo, HLV Zidane khen cầu thủ ghi bàn.",
     [("Monica Bellucci", "PERSON"), ("Asensio", "PERSON"), ("Benzema", "PERSON"), ("Rodrygo", "PERSON"),
      ("Zidane", "PERSON")]),
    # a contest or a festival named after "kỳ thi", "lễ hội" in lower case, up to a word of scope
    ("Anh giành giải Nhất kỳ thi Kỹ năng nghề quốc gia và được chọn. Tỉnh tổ chức lễ hội Đêm trắng Ban Mê. "
     "Cô thi kỳ thi IELTS.", [("Kỹ năng nghề quốc gia", "EVENT"), ("Đêm trắng Ban Mê", "EVENT")]),
    # common abbreviations of health and industry writing are no names
    ("Có 2 loại cholesterol xấu là LDL-C và VLDL-C. TPBVSK đạt chuẩn GMP. Thép HRC tăng giá.", []),
    # "Ông", "Bà" written with a capital inside a sentence are honorifics before a person
    ("Nhà sáng lập - Ông Phạm Nhật Vượng và Bà Phạm Thu Hương dự. Ông Wataru Fujisaki tới núi Bà Đen.",
     [("Phạm Nhật Vượng", "PERSON"), ("Phạm Thu Hương", "PERSON"), ("Wataru Fujisaki", "PERSON"),
      ("Bà Đen", "LOC")]),
    # "kiêm" joins two roles; the fatherland is no body; two universities joined by a hyphen
    ("Bà Lê Mai Lan - Phó Chủ tịch Tập đoàn Vingroup kiêm Đại diện Quỹ VinFuture phát biểu. "
     "Họ bảo vệ Tổ quốc Việt Nam. Đại học Cambridge-Đại học Oxford nổi tiếng.",
     [("Lê Mai Lan", "PERSON"), ("Tập đoàn Vingroup", "ORG"), ("Quỹ VinFuture", "ORG"), ("Việt Nam", "LOC"),
      ("Đại học Cambridge", "ORG"), ("Đại học Oxford", "ORG")]),
    # a school named after a person, after its level in lower case; a second body after "và"
    ("Trước đó, trường tiểu học Kim Đồng nhận được phản ánh. Bệnh viện Bạch Mai và bệnh viện Việt Đức ký kết.",
     [("Kim Đồng", "ORG"), ("Bệnh viện Bạch Mai", "ORG"), ("Việt Đức", "ORG")]),
    # the documents of a congress: the congress is the event; awards by their names
    ("Dự thảo Văn kiện Đại hội XIII được thảo luận. Ông đoạt Quả bóng vàng Việt Nam 2019 và giải Nobel Vật lý.",
     [("Đại hội XIII", "EVENT"), ("Quả bóng vàng Việt Nam 2019", "EVENT"), ("Nobel Vật lý", "EVENT")]),
    # verbs after a subject end its name; a canal is a place
    ("Tập đoàn Elliott Management Corporation mua lại AC Milan. Tàu mắc kẹt trên kênh đào Suez.",
     [("Tập đoàn Elliott Management Corporation", "ORG"), ("AC Milan", "ORG"), ("Suez", "LOC")]),
    # a capitalised region of a country is one place; "Bang" with a capital is still the place word
    ("Bão cách miền Trung Philippines 70km, ở miền bắc Israel mưa. Đoàn làm việc với Bang California.",
     [("miền Trung Philippines", "LOC"), ("Israel", "LOC"), ("California", "LOC")]),
    # a character after "nhân vật" or "vai" is a person, whatever its words mean
    ("Cô nói nhân vật Tú Bà sexy. Cô vào vai Hằng Nga.", [("Tú Bà", "PERSON"), ("Hằng Nga", "PERSON")]),
    # the lower-case end of a body's field at a clause's end, where the body is an object
    ("Họ thăm các em thuộc Trung tâm Bảo trợ xã hội. Sau đó Bộ Y tế chủ trì, phối hợp.",
     [("Trung tâm Bảo trợ xã hội", "ORG"), ("Bộ Y tế", "ORG")]),
    # a full name after a title is the person, though a city bears the name elsewhere in the article
    ("Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn. Tại TP Hồ Chí Minh mưa.",
     [("Hồ Chí Minh", "PERSON"), ("Hồ Chí Minh", "LOC")]),
    # a state university's campus after a comma; a country after a comma is the country
    ("Bà dạy tại Đại học California, Santa Barbara, và ông học ở Đại học Oxford, Anh.",
     [("Đại học California, Santa Barbara", "ORG"), ("Đại học Oxford", "ORG"), ("Anh", "LOC")]),
    # English names go on over "of", "and", "for"; the glue after a brand opens no name
    ("Bài đăng trên tạp chí Earth and Planetary Science Letters và University of Oxford xác nhận.",
     [("Earth and Planetary Science Letters", "ORG"), ("University of Oxford", "ORG")]),
    # in sports reporting, a foreign club named in full is the club by its short name too
    ("Cựu HLV Muangthong khen thủ môn. Buriram United thua Muangthong United 2-3 tại sân nhà. "
     "Các cầu thủ Muangthong ăn mừng.",
     [("Muangthong", "ORG"), ("Buriram United", "ORG"), ("Muangthong United", "ORG"), ("Muangthong", "ORG")]),
    # the street of an address, after its house number and before its district
    ("Cơ sở: 212-214 Nguyễn Đình Chiểu, Quận 3; D29 Phạm Văn Bạch, Quận Cầu Giấy; "
     "Số 1 Đường Huỳnh Tấn Phát, Long Biên.",
     [("Nguyễn Đình Chiểu", "LOC"), ("Quận 3", "LOC"), ("Phạm Văn Bạch", "LOC"), ("Cầu Giấy", "LOC"),
      ("Huỳnh Tấn Phát", "LOC"), ("Long Biên", "LOC")]),
    # a housing estate; a place the article writes whole is whole where a compass word follows it
    ("Đây là khu tập thể Thanh Xuân Bắc và khu tập thể Kim Liên. Các khu như Thanh Xuân Bắc đều cũ.",
     [("Thanh Xuân Bắc", "LOC"), ("Kim Liên", "LOC"), ("Thanh Xuân Bắc", "LOC")]),
    # business words and a Vietnamese city spelt the English way make a foreign name a business's
    ("Các tour do Saigon Morning Ride tổ chức. Bạn trẻ học ở Arena Multimedia rồi tới Minh Tien Coffee.",
     [("Saigon Morning Ride", "ORG"), ("Arena Multimedia", "ORG"), ("Minh Tien Coffee", "ORG")]),
    # a field in title case that opens with a country's syllable is no place
    ("Cô học ngành Mỹ thuật Đa phương tiện ở Mỹ.", [("Mỹ", "LOC")]),
    # a foreign business by its name without its trade, even after a locative; not the same word
    # inside a longer foreign phrase
    ("Ant Group lãi lớn. Anh làm việc tại Ant từ năm 2019. Họ dùng công nghệ Big Ant trong kho.",
     [("Ant Group", "ORG"), ("Ant", "ORG")]),
    # a people is no name, a newspaper named after one is; Italian particles inside a name
    ("Tour khám phá văn hóa Khmer và người Mông. Tờ Khmer Times cho biết. "
     "Chủ tịch nói trên tờ La Gazzetta dello Sport.",
     [("Khmer Times", "ORG"), ("La Gazzetta dello Sport", "ORG")]),
    # the maker inside a model's name, and a model listed after another, are no mentions
    ("Nokia ra mắt điện thoại. Nokia G10 và G20 có giá rẻ, còn G20 có pin lớn.", [("Nokia", "ORG")]),
    # a known body over generic words and event heads; a name ends with "Covid-19", and with its scope
    ("Theo Bộ KH&CN, Trung tâm Quản lý Tình hình Covid-19 họp. Đại hội đồng cổ đông của Eximbank diễn ra. "
     "Sau đó, Đại hội đồng Liên hợp quốc họp. Lãnh đạo Ban Tuyên giáo Trung ương và ngành Tuyên giáo dự.",
     [("Bộ KH&CN", "ORG"), ("Trung tâm Quản lý Tình hình Covid-19", "ORG"), ("Eximbank", "ORG"),
      ("Đại hội đồng Liên hợp quốc", "ORG"), ("Ban Tuyên giáo Trung ương", "ORG")]),
    # a quoted title after a head and words of its kind is the event; right after a capitalised head,
    # the head is in the name too
    ('Tọa đàm trực tuyến "Viêm gan virus - Cách phòng và điều trị" diễn ra. Hội thảo "Con tự lập ở tuổi 15" mở.',
     [("Viêm gan virus - Cách phòng và điều trị", "EVENT"), ('Hội thảo "Con tự lập ở tuổi 15"', "EVENT")]),
    # the standing board of a body is part of its name, unless a title holds it
    ("Sáng 27/4, Thường trực Tỉnh ủy Thanh Hóa đã họp. Ông là Phó Chủ tịch Thường trực UBND tỉnh Nghệ An.",
     [("Thường trực Tỉnh ủy Thanh Hóa", "ORG"), ("UBND tỉnh Nghệ An", "ORG")]),
    # "có tên là" names places and things as often as people
    ("Một quần xã có tên là Thung lũng Petaloudes, rất đẹp. Một cô gái có tên là Nguyễn Thị Lan đến.",
     [("Thung lũng Petaloudes", "LOC"), ("Nguyễn Thị Lan", "PERSON")]),
    # a name joined by "và" to a place after a place word is a place too
    ("Đồn quản lý đường biên giới với 2 tỉnh Salavan và Sê Kông của Lào.",
     [("Salavan", "LOC"), ("Sê Kông", "LOC"), ("Lào", "LOC")]),
    # the Solar System, Pluto and the Milky Way are celestial places
    ("Thiên thể nằm ngoài Hệ Mặt trời. Sao Diêm Vương rất lạnh. Dải Ngân hà có nhiều sao.",
     [("Hệ Mặt trời", "LOC"), ("Sao Diêm Vương", "LOC"), ("Dải Ngân hà", "LOC")]),
    # the city's abbreviation with a lower-case "Tp."
    ("Tour đạp xe tại Tp. HCM rất vui. UBND Tp. HCM vừa thông qua.", [("Tp. HCM", "LOC"), ("UBND Tp. HCM", "ORG")]),
    # a quoted title after a classifier of works, and the same title quoted elsewhere, hold no mentions
    ("Các phim “Thang máy”, “Sài Gòn trong cơn mưa” ra rạp. Bộ phim “Sài Gòn trong cơn mưa” quay tại Hà Nội. "
     "Ông Lê Văn Thành hát ca khúc “Khóc mùa đông Hà Nội”.", [("Hà Nội", "LOC"), ("Lê Văn Thành", "PERSON")]),
    # so does a work's title after its classifier, whatever its words; but "phim Lý Hải" may be his films
    ("Trương Nghệ Mưu chọn cô cho bộ phim Cao Lương Đỏ. Khán giả chờ phim Lý Hải ra mắt.",
     [("Trương Nghệ Mưu", "PERSON"), ("Lý Hải", "PERSON")]),
    # a role before its actor in parentheses is a person too, and so are its repeats
    ("Bộ ba thân thiết là Trang (Yu Dương), Ngọc (Mai Bích Trâm). Sự cố này đẩy Trang vào thế khó.",
     [("Trang", "PERSON"), ("Yu Dương", "PERSON"), ("Ngọc", "PERSON"), ("Mai Bích Trâm", "PERSON"),
      ("Trang", "PERSON")]),
    # the ends of a route, the streets of a crossing and a province opening with "Bà" are places
    ("Cao tốc Mỹ Thuận - Cần Thơ thông xe. Tuyến Nội Bài - Nam Thăng Long - Hoàng Hoa Thám - Bờ Hồ khởi công. "
     "Chị Nga (Bà Rịa - Vũng Tàu) đến.",
     [("Mỹ Thuận", "LOC"), ("Cần Thơ", "LOC"), ("Nội Bài", "LOC"), ("Nam Thăng Long", "LOC"),
      ("Hoàng Hoa Thám", "LOC"), ("Bờ Hồ", "LOC"), ("Nga", "PERSON"), ("Bà Rịa - Vũng Tàu", "LOC")]),
    # a festival's head capitalised inside a sentence marks a name in lower case
    ("Nhiều sự kiện gắn với Lễ hội mùa hè tại Sa Pa bị hoãn. Ngày hội chính thức diễn ra. "
     "Trường dự Ngày hội việc làm 2021.", [("Lễ hội mùa hè", "EVENT"), ("Sa Pa", "LOC"), ("Ngày hội việc làm 2021", "EVENT")]),
    # a club's nickname is no name
    ("Kết quả này giúp The Blues có lợi thế trước Los Blancos.", []),
    # literary names of the two big cities
    ("Anh là chàng nhạc sĩ Hà Thành, cô là hotgirl của Sài thành.", [("Hà Thành", "LOC"), ("Sài thành", "LOC")]),
    # abbreviations of common nouns are no names; a company after one still is
    ("Công tác PCCC và ATTP được chú trọng tại các CHXD PVOIL.", [("PVOIL", "ORG")]),
    # bodies of a kind at every level are no one body
    ("Ban Chỉ đạo phòng, chống dịch các cấp của tỉnh Thanh Hóa họp. Hội Khuyến học các cấp tích cực.",
     [("Thanh Hóa", "LOC")]),
    # a lane of a Hà Nội address named after a person is a place
    ("Bà mở cửa hàng tại số 8 ngõ Nguyễn Hữu Huân.", [("Nguyễn Hữu Huân", "LOC")]),
    # what a founder founded is an organisation, unless it reads as a personal name
    ("Adrian Ballinger, người sáng lập Alpenglow Expeditions, cho biết.",
     [("Adrian Ballinger", "PERSON"), ("Alpenglow Expeditions", "ORG")]),
    ("Nhà sáng lập Mark Zuckerberg và nhà sáng lập Nguyễn Hà Đông đều có mặt.",
     [("Mark Zuckerberg", "PERSON"), ("Nguyễn Hà Đông", "PERSON")]),
    # the units listed after "tỉnh là" are places
    ("Chỉ còn 2 tỉnh là Huaphan và Attapeu chưa ghi nhận ca bệnh.", [("Huaphan", "LOC"), ("Attapeu", "LOC")]),
    # a sea, or the beach of a place; a submarine cable is no place
    ("Tranh chấp ở biển Hoa Đông. Cá được bắt ở biển Bering.", [("Hoa Đông", "LOC"), ("Bering", "LOC")]),
    ("Tuyến cáp quang biển Echo sẽ nối Singapore.", [("Singapore", "LOC")]),
    # a school's number after a capitalised "Số"
    ("Giải ba thuộc về Trường THPT Lục Ngạn Số 1 (Bắc Giang).",
     [("Trường THPT Lục Ngạn Số 1", "ORG"), ("Bắc Giang", "LOC")]),
    # the body in a title, then its holder; an institute named after a person stays whole
    ("Chủ tịch Hạ viện Nancy Pelosi và Đô đốc Hải quân Charles Richard phát biểu.",
     [("Hạ viện", "ORG"), ("Nancy Pelosi", "PERSON"), ("Hải quân", "ORG"), ("Charles Richard", "PERSON")]),
    ("Giám đốc Viện Paul Ehrlich cho biết.", [("Viện Paul Ehrlich", "ORG")]),
    # a foreign name with particles is a person's
    ("Sau đó, Donny van de Beek ghi bàn.", [("Donny van de Beek", "PERSON")]),
    # a feature film's title holds no names
    ("Bộ phim điện ảnh Chân Tam Quốc Vô song được thực hiện từ lâu.", []),
    # a product's classifier, lower-case words of what kind, then the product
    ("Microsoft tích hợp công nghệ vào phần mềm họp trực tuyến Teams.", [("Microsoft", "ORG")]),
    ("Ngư lôi hạng nặng AEG SUT được nạp lên tàu.", []),
    # but not over an agent, a river, a company's word or a Vietnamese name
    ("Bài hát do Chi Pu thể hiện rất hay.", [("Chi Pu", "PERSON")]),
    ("Vĩ tuyến 17 - dòng sông Bến Hải là ranh giới.", [("Bến Hải", "LOC")]),
    ("Gã khổng lồ công nghệ tài chính Ant Group bị phạt.", [("Ant Group", "ORG")]),
    # a war is no event, but the place it is named after is a place
    ("Sau Chiến tranh Lạnh và Chiến tranh Việt Nam, họ trở về.", [("Việt Nam", "LOC")]),
    # the Chinese language, an epoch, common abbreviations; Southeast Asia abbreviated
    ("Nghệ sĩ Hoa ngữ sống vào cuối kỷ nguyên Pleistocene? Không, họ chụp MSCT và nối với các OTA.", []),
    ("Dòng thẻ đầu tiên tại Đông Nam Á (ĐNA) ra mắt.", [("Đông Nam Á", "LOC"), ("ĐNA", "LOC")]),
    # the ward and district of an address by abbreviation and number; not a quartile or a quarter
    ("Quán ở 816 Trường Sa, P.14, Q3, TP. HCM. Trung tâm đóng ở Q.10, TP.HCM.",
     [("Trường Sa", "LOC"), ("P.14", "LOC"), ("Q3", "LOC"), ("TP. HCM", "LOC"), ("Q.10", "LOC"), ("TP.HCM", "LOC")]),
    ("Bài đăng trên tạp chí xếp hạng Q1, lợi nhuận Q3/2021 tăng.", []),
    # a capitalised avenue or square word stays outside the place, unless it is part of a known name
    ("Ông dạo trên Đại lộ Orchard, qua Quảng trường Concorde và Quảng trường Đỏ.",
     [("Orchard", "LOC"), ("Concorde", "LOC"), ("Quảng trường Đỏ", "LOC")]),
    # a resolution named by its issuer alone is no legal instrument; a numbered one is
    ("Quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết 68 của Chính phủ.",
     [("Đại hội XIII", "EVENT"), ("Đảng", "ORG"), ("Nghị quyết 68", "LAW"), ("Chính phủ", "ORG")]),
    # after a locative, two names joined by a comma are places where the phrase closes, not where a
    # verb follows the second; "nước" before a foreign name no gazetteer knows is water
    ("Tại Banyuwangi, Đông Java, quân nhân vận hành vũ khí.", [("Banyuwangi", "LOC"), ("Đông Java", "LOC")]),
    ("Ở miền Tây, Karofi nhận định rằng máy lọc nước Karofi khử mặn tốt.",
     [("miền Tây", "LOC"), ("Karofi", "ORG"), ("Karofi", "ORG")]),
    # a brand written in capitals and in title case
    ("Điều hòa GREE rất bền. Gree là thương hiệu điều hòa lớn.", [("GREE", "ORG"), ("Gree", "ORG")]),
    # a foreign name closed by a park word is a place, but a given name before "Park" makes a person
    ("Tin sau trận. Selhurst Park trước giờ bóng lăn, ông Andrew Park nói.",
     [("Selhurst Park", "LOC"), ("Andrew Park", "PERSON")]),
    # products after words of their kind
    ("Sony cho biết bộ xử lý Cognitive Processor XR có khả năng học.", [("Sony", "ORG")]),
    # a festival's head opening a sentence names it where its year follows
    ("Tin mới. Ngày hội tuyển sinh năm 2021 tại Hà Nội thu hút 15.000 thí sinh. Lễ hội năm nay đông.",
     [("Ngày hội tuyển sinh năm 2021", "EVENT"), ("Hà Nội", "LOC")]),
    # a capitalised ordinary word that a country's syllable opens
    ("Tin. Các ngành Âm nhạc, Mỹ thuật, Tin học; người mẫu Áo dài đến từ Mỹ.", [("Mỹ", "LOC")]),
    # a title before an age before the name
    ("Tin. Nữ diễn viên 24 tuổi Zendaya cũng diện váy.", [("Zendaya", "PERSON")]),
    # a letter standing alone after a place word names no place
    ("Tin. Hiệu điện thế giữa bản A và bản B của tụ điện ở bản Lác.", [("Lác", "LOC")]),
    # a body's portfolio by a hyphenated abbreviation; a lower-case name up to the country it serves
    ("Tin. Ông A – Giám đốc Sở GD-ĐT tỉnh Quảng Ngãi cho biết.", [("A", "PERSON"), ("Sở GD-ĐT tỉnh Quảng Ngãi", "ORG")]),
    ("Tin. Theo Hiệp hội các nhà sản xuất ô tô Việt Nam, Hội nghị trực tuyến diễn ra tại Việt Nam.",
     [("Hiệp hội các nhà sản xuất ô tô Việt Nam", "ORG"), ("Việt Nam", "LOC")]),
    # after a locative, a brand in capitals makes a body's name, not a place's
    ("Tin. Cô là giáo viên tại Hệ thống Giáo dục HOCMAI, sống tại Thị Vải.",
     [("Hệ thống Giáo dục HOCMAI", "ORG"), ("Thị Vải", "LOC")]),
    # an account is named by its holder, or by its platform; a commentator is a person
    ("Tin. Tài khoản Minh Hà nhận xét trên tài khoản Instagram. Nhà bình luận Ben Ho Wan Beng nói.",
     [("Minh Hà", "PERSON"), ("Instagram", "ORG"), ("Ben Ho Wan Beng", "PERSON")]),
    # the period of "St." belongs to the name and opens no sentence
    ("Tin. Du khách đến thành phố St. Petersburg, rồi St. Louis.", [("St. Petersburg", "LOC"), ("St. Louis", "LOC")]),
    # a source credited by "Theo" may be an English word; following a plan is no source
    ("Tin. Theo Guardian, vụ nổ xảy ra. Họ làm theo Help.", [("Guardian", "ORG")]),
    # a company's classifier and words of its kind, but not the person a company manages
    ("Tin. Công ty giải trí Nadao Bangkok và công ty quản lý của Seo Ye Ji lên tiếng.",
     [("Nadao Bangkok", "ORG"), ("Seo Ye Ji", "PERSON")]),
    # a hotel named in lower case; a nutrient names nothing
    ("Tin. Họ cách ly tại khách sạn Lake Side, được bổ sung Vitamin E.", [("Lake Side", "ORG")]),
    # a planet after a lower-case "sao", but not a star of the screen whose name goes on
    ("Tin. Nước trên sao Hỏa đã thoát ra. Nam ngôi sao Kim Soo Hyun đến.",
     [("sao Hỏa", "LOC"), ("Kim Soo Hyun", "PERSON")]),
    # two one-syllable countries side by side with only a space between are a given name
    ("Tin. Ca sĩ Quang Trung, Anh Đức đều có mặt; quan hệ với Anh, Đức tốt.",
     [("Quang Trung", "PERSON"), ("Anh Đức", "PERSON"), ("Anh", "LOC"), ("Đức", "LOC")]),
    # a law firm after its classifier
    ("Tin. Bà Tang tại hãng luật Hogan Lovells nói.", [("Tang", "PERSON"), ("Hogan Lovells", "ORG")]),
    # a name in Vietnamese words runs on into a foreign person's, unless a body is named after him
    ("Tin. Thư ký báo chí Nhà Trắng Jen Psaki nói, lãnh đạo nghị sĩ đảng Cánh tả Dietmar Bartsch chỉ trích. "
     "Trường Tiểu học Isaac Newton mở cửa.",
     [("Nhà Trắng", "ORG"), ("Jen Psaki", "PERSON"), ("Cánh tả", "ORG"), ("Dietmar Bartsch", "PERSON"),
      ("Trường Tiểu học Isaac Newton", "ORG")]),
    # a board's title names its company; a capitalised water or land word opens a foreign place's name
    ("Tin. Ông là Phó Chủ tịch HĐQT Vietbank. Eo biển Kerch nối Biển Đen với Biển Azov. Ông Hồ Thu Anh đến.",
     [("Vietbank", "ORG"), ("Eo biển Kerch", "LOC"), ("Biển Đen", "LOC"), ("Biển Azov", "LOC"),
      ("Hồ Thu Anh", "PERSON")]),
    # a restaurant after its classifier in lower case
    ("Tin. Chủ chuỗi nhà hàng Tokyo Deli nói.", [("Tokyo Deli", "ORG")]),
    # a work's title is one wherever the article repeats it, though its words make a person's name
    ("Tin. Bộ phim truyền hình Bao Thanh Thiên phát sóng năm 1993. Từ khi Bao Thanh Thiên phát sóng, "
     "Kim Siêu Quần nổi tiếng.", [("Kim Siêu Quần", "PERSON")]),
    ("Tin. Bộ phim điện ảnh Kiều kể về cuộc đời của nàng Kiều.", [("Kiều", "PERSON")]),
    # one given name alone after a title is the person's; a portfolio or a unit's name is not
    ("Tin. Việc này khó, Đại tá Quang nói. Bộ trưởng Tài chính và Trưởng khoa Nhi nói.", [("Quang", "PERSON")]),
    # a one-word place that is a given name, attributed a quotation, is its speaker; a writer's role
    ('Tin. "Tôi mất hơn 250 triệu", Đức nói. Phim của nữ văn sĩ Quỳnh Dao; các đoàn Famtrip đến.',
     [("Đức", "PERSON"), ("Quỳnh Dao", "PERSON")]),
    # a company's name may end like a two-syllable personal name; a full name after it is a person
    ("Tin. Ông là Giám đốc Công ty TNHH Dược phẩm Hoa Lâm. Giám đốc Công ty Xây dựng Lê Văn Hùng nói.",
     [("Công ty TNHH Dược phẩm Hoa Lâm", "ORG"), ("Công ty Xây dựng", "ORG"), ("Lê Văn Hùng", "PERSON")]),
    # a platform named in lower case, but not a product of its maker or a web address
    ("Tin. Họ nhắn qua mạng xã hội zalo, đăng trên twitter; tìm google map hoặc vào facebook.com.",
     [("zalo", "ORG"), ("twitter", "ORG")]),
    # two syllables after a title are the name even where the first is an ordinary word
    ("Tin. Tại cuộc gặp Thủ tướng Hun Sen, Thủ tướng Phạm Minh Chính thống nhất quan điểm.",
     [("Hun Sen", "PERSON"), ("Phạm Minh Chính", "PERSON")]),
    # a police or market-watch unit is headed by "Đội"; a team or squad is no name
    ("Tin. Đội QLTT số 8 và Đội CSGT Bến Thành phối hợp. Đội bóng Anh thắng; Đội chủ sân London thua.",
     [("Đội QLTT số 8", "ORG"), ("Đội CSGT Bến Thành", "ORG"), ("Anh", "LOC"), ("London", "LOC")]),
    # a company word ends a foreign company's name; an association's executive committee is no name
    ("Tin. Robot của Boston Dynamics. Đại hội bầu Ban chấp hành Hội Khuyến học tỉnh Sóc Trăng.",
     [("Boston Dynamics", "ORG"), ("Hội Khuyến học tỉnh Sóc Trăng", "ORG")]),
    # a celestial body named by its catalogue and number
    ("Tin. Tinh vân NGC 246 nằm gần cụm Abell 2877 và Messier 13.",
     [("NGC 246", "LOC"), ("Abell 2877", "LOC"), ("Messier 13", "LOC")]),
    # a group named in English after "nhóm" is a body, not a term spelt out
    ("Tin. Các nhà khoa học của nhóm Event Horizon Telescope (EHT) đã công bố.",
     [("Event Horizon Telescope", "ORG"), ("EHT", "ORG")]),
    # a bilateral body's name ends with the pair of countries it joins
    ("Tin. Hội hữu nghị Việt Nam - Lào tổ chức lễ.", [("Hội hữu nghị Việt Nam - Lào", "ORG")]),
    # the students of a university the article names; a kind of contract or listed company
    ("Tin. Trường Đại học Phenikaa tuyển sinh. Sinh viên Phenikaa đi thực tế. Hợp đồng BT và các SPAC.",
     [("Trường Đại học Phenikaa", "ORG"), ("Phenikaa", "ORG")]),
    # lower-case words of what a body does lead to its name, though they open with a place word
    # ("nước mắm") or the name opens with a short country name ("Việt")
    ("Tin. Chủ tịch Hội nước mắm Phú Quốc và Tổng giám đốc Công ty may Việt Tiến, cùng dự lễ.",
     [("Hội nước mắm Phú Quốc", "ORG"), ("Công ty may Việt Tiến", "ORG")]),
    # "thế giới" closes a body's name written in lower case, but not a superlative's description
    ("Tin. Chứng nhận của Tổ chức đột quỵ thế giới cho bệnh viện. Đây là CLB giàu nhất thế giới.",
     [("Tổ chức đột quỵ thế giới", "ORG")]),
    # an office in lower case after a comma makes the name before it its holder's
    ("Tin. Soble, giám đốc điều hành của dự án, cho biết. Theo Vingroup, Chủ tịch Phạm Nhật Vượng đến.",
     [("Soble", "PERSON"), ("Vingroup", "ORG"), ("Phạm Nhật Vượng", "PERSON")]),
    # a campaign named after "chiến dịch" is an event without its year; the place keeps its type
    ("Tin. Ông chiến đấu tại chiến trường Khe Sanh. Ta thắng trong chiến dịch Khe Sanh năm 1968.",
     [("Khe Sanh", "LOC"), ("Khe Sanh", "EVENT")]),
    ("Tin. McGinn dứt điểm chéo góc.", [("McGinn", "PERSON")]),
    # "Anh" opening a sentence is the pronoun where the article names no country "Anh" alone
    # inside a sentence: "tiếng Anh" and "Tuấn Anh" do not count
    ("Tin. Tuấn Anh nói tiếng Anh rất giỏi. Anh cho biết sẽ sang Pháp.",
     [("Tuấn Anh", "PERSON"), ("Pháp", "LOC")]),
    # a person called by the given names that open with a country's short name
    ("Tin. Nguyễn Anh Hào đi học. Hiện tại, Anh Hào đã có 5 năm học tập.",
     [("Nguyễn Anh Hào", "PERSON"), ("Anh Hào", "PERSON")]),
    # a dress is named by its fashion house
    ("Tin. Nữ diễn viên Viola Davis diện váy Alexander McQueen.",
     [("Viola Davis", "PERSON"), ("Alexander McQueen", "ORG")]),
    # but the words after a body's full name are none of it
    ("Tin. Ba nhân viên Đại sứ quán Nga ở Bratislava phải rời khỏi lãnh thổ Slovakia.",
     [("Đại sứ quán Nga ở Bratislava", "ORG"), ("Slovakia", "LOC")]),
    # a title in capitals is a title, even where the tokenizer joins it to the next word
    ("Tin. HLV Park Choong Kyun cho biết: \"Lần đầu có HLV ngoại, đội gặp khó khăn\". HLV Nguyễn Đức Thắng đồng ý.",
     [("Park Choong Kyun", "PERSON"), ("Nguyễn Đức Thắng", "PERSON")]),
    # given names that make an ordinary word, both capitalised inside a sentence, name a person;
    # a compass point and the calendar era do not
    ("Tin. Khi Hùng Dũng bình phục trở lại, hướng Đông Nam sẽ mạnh hơn năm 1500 sau Công Nguyên.",
     [("Hùng Dũng", "PERSON")]),
    ("Tin. Đội thắng 1-0 nhờ pha lập công của Đức Chinh. Điện máy Thiên Phú tài trợ giải.",
     [("Đức Chinh", "PERSON"), ("Điện máy Thiên Phú", "ORG")]),
    # a country's short name opening a body's name is no honorific ("anh")
    ("Tin. Thương hiệu ra đời do Công ty CP sản xuất thực phẩm Anh Kim (AK Food) làm chủ sở hữu.",
     [("Công ty CP sản xuất thực phẩm Anh Kim", "ORG"), ("AK Food", "ORG")]),
    # an office between a person and a name: the name is the person's body
    ("Tin. Ông Nguyễn Nam Trung, Giám đốc điều hành Redsun, thừa nhận. Ca sĩ Hansara, ca sĩ Seok Hun hát.",
     [("Nguyễn Nam Trung", "PERSON"), ("Redsun", "ORG"), ("Hansara", "PERSON"), ("Seok Hun", "PERSON")]),
    # in sports reporting, the province whose ground the side visits is the club
    ("Tin. HLV Kiatisuk và các cầu thủ HA Gia Lai làm khách trên sân của Thanh Hóa. Thanh Hóa ghi bàn trước.",
     [("Kiatisuk", "PERSON"), ("HA Gia Lai", "ORG"), ("Thanh Hóa", "ORG"), ("Thanh Hóa", "ORG")]),
    # one foreign word after a locative is a place only for want of other evidence
    ("Tin. Ông Nguyễn Tuấn Đạt, phụ trách IT tại Gentis chia sẻ. Công ty Gentis đã tìm kiếm giải pháp.",
     [("Nguyễn Tuấn Đạt", "PERSON"), ("Gentis", "ORG"), ("Công ty Gentis", "ORG")]),
    # a brand that opens in lower case is a body's name after a body's word, and wherever it recurs
    ("Tin. Công ty eBay cho biết doanh số tăng. Theo tạp chí eLife, eBay dẫn đầu. Doanh số iPhone tăng.",
     [("eBay", "ORG"), ("eLife", "ORG"), ("eBay", "ORG")]),
    # a foreign given name that is also a Vietnamese word still opens a name at a sentence's start,
    # but a preposition does not ("Theo Guardian")
    ("Tin. Tim Cook cho biết. Mark Zuckerberg nói thêm. Theo Guardian, giá tăng.",
     [("Tim Cook", "PERSON"), ("Mark Zuckerberg", "PERSON"), ("Guardian", "ORG")]),
    # in sports reporting, a city that beats a side, or whose players play, is the club
    ("Tin. Barcelona đánh bại Getafe ở vòng 32. Các cầu thủ Barcelona thi đấu tốt, tiền đạo ghi bàn, "
     "HLV hài lòng, thủ môn cũng tốt.",
     [("Barcelona", "ORG"), ("Getafe", "ORG"), ("Barcelona", "ORG")]),
    # a V.League club named with its sponsor goes by its province alone
    ("Tin. Trận đấu giữa Than Quảng Ninh và Nam Định ở vòng 11. Bóng đi ra ngoài lưới của Quảng Ninh. "
     "HLV vui, thủ môn, tiền đạo ghi bàn. Sân Cẩm Phả ở Quảng Ninh.",
     [("Than Quảng Ninh", "ORG"), ("Nam Định", "ORG"), ("Quảng Ninh", "ORG"), ("Cẩm Phả", "LOC"),
      ("Quảng Ninh", "LOC")]),
    # a comma and a classifier of bodies after a name: the name is the body's, even in sports
    # reporting where one foreign word is more often a player's; not a person's name
    ("Tin. Tiền đạo ghi bàn, HLV vui, thủ môn giỏi. Centricus, công ty giám sát khoảng 30 tỷ USD tài sản, "
     "cho biết. Thành Lê hạ nhà vô địch Martin Nguyễn, tờ báo SCMP viết.",
     [("Centricus", "ORG"), ("Martin Nguyễn", "PERSON"), ("SCMP", "ORG")]),
    # an office "of" a name: the name is the office's body
    ("Tin. Theo báo cáo, giám đốc của Jabil nói rằng doanh thu tăng.", [("Jabil", "ORG")]),
    # a body of no name of its own with the word of its unit is the unit's body; the bodies of
    # several units, or of a society ("xã hội"), are not
    ("Tin. Bệnh nhân được đưa đến Trung tâm Y tế huyện để điều trị. Trạm Y tế xã, phường đều trực. "
     "Ông là Viện trưởng Viện nghiên cứu xã hội.",
     [("Trung tâm Y tế huyện", "ORG")]),
    # ... also with its field in lower case; not the bodies of a level ("UBND cấp tỉnh")
    ("Tin. Bộ Chỉ huy quân sự tỉnh rà soát lực lượng. Ban quản lý khu công nghiệp tỉnh cho biết. "
     "Các UBND cấp tỉnh đã họp.",
     [("Bộ Chỉ huy quân sự tỉnh", "ORG"), ("Ban quản lý khu công nghiệp tỉnh", "ORG")]),
    # abbreviations of protocols and technologies name nothing
    ("Tin. Hệ thống hỗ trợ giao thức RTSP và chip UWB. Nền tảng AIOps giúp doanh nghiệp.", []),
    # a made thing's kind in apposition makes the name a product's; a comma that closes a clause does not
    ("Tin. Stratolaunch, chiếc máy bay lớn nhất thế giới, đã bay. Stratolaunch có tên khác là Roc. "
     "Theo giải thích của Dave Lavery, xe tự hành đang ở phía bắc.",
     [("Dave Lavery", "PERSON")]),
    # a foreign phrase that goes on in lower case is a term or a title, not a name
    ("Tin. Gan ngỗng vỗ béo (Foie gras) là món ăn. Tyrannosaurus rex là vua. Google cho biết.",
     [("Google", "ORG")]),
])
def test_cues_and_defaults(text, expected):
    assert [(t, label) for label, t in _names(text)] == expected


def test_short_forms_follow_the_full_name():
    from pipeline import extract

    text = ("Công ty Cổ phần Đầu tư và Công nghiệp Tân Tạo đã họp cổ đông. Năm nay Tân Tạo "
            "đặt kế hoạch lãi lớn. Tiền đạo Lương Xuân Trường ghi bàn; Xuân Trường rất vui.")
    got = [(m.text, m.label) for m in extract(text).mentions if m.label in ("PERSON", "ORG", "LOC")]
    assert got == [("Công ty Cổ phần Đầu tư và Công nghiệp Tân Tạo", "ORG"), ("Tân Tạo", "ORG"),
                   ("Lương Xuân Trường", "PERSON"), ("Xuân Trường", "PERSON")]


def test_a_vietnamese_name_is_later_called_by_its_given_names():
    # "Nguyễn" and "Phan" are surnames only, in no dictionary word; "Minh Ngọc" is also a word,
    # but "Phú Quý" is also an island, which the island keeps
    text = ("Nữ sinh Phạm Nguyễn Minh Ngọc đỗ thủ khoa. Minh Ngọc rất vui. Nguyễn Văn Trúc cũng đỗ. "
            "Trúc là học sinh giỏi, Trúc chia sẻ. Đảo Phú Quý rất đẹp. Ảnh: Cát Phú Quý")
    assert _names(text) == [("PERSON", "Phạm Nguyễn Minh Ngọc"), ("PERSON", "Minh Ngọc"),
                            ("PERSON", "Nguyễn Văn Trúc"), ("PERSON", "Trúc"), ("PERSON", "Trúc"),
                            ("LOC", "Phú Quý"), ("PERSON", "Cát Phú Quý")]


def test_the_document_layer_can_be_left_out():
    import re

    from pipeline.vi.names import find_names

    text = "Tập đoàn Tân Tạo lãi lớn. Năm nay, cổ đông của Tân Tạo vui."
    words = [(m.start(), m.end(), m.start() in (0, 26)) for m in re.finditer(r"\w+|[^\w\s]", text)]
    full = [(text[n.start:n.end], n.label) for n in find_names(text, words)]
    bare = [(text[n.start:n.end], n.label) for n in find_names(text, words, consistency=False)]
    assert full == [("Tập đoàn Tân Tạo", "ORG"), ("Tân Tạo", "ORG")]  # the short form of the body
    assert bare == [("Tập đoàn Tân Tạo", "ORG")]


def test_a_person_with_a_role_outweighs_the_district_of_the_same_name():
    # "Xuân Trường" is a district; the captain's name in the article makes each bare mention his
    text = ("Đội trưởng Lương Xuân Trường ghi bàn. Xuân Trường và các đồng đội vui. "
            "Công Phượng, Xuân Trường thắng. Đó là siêu phẩm của Xuân Trường.")
    assert [n for n in _names(text) if n[1] == "Xuân Trường"] == [("PERSON", "Xuân Trường")] * 3


@pytest.mark.parametrize("text", ["Ông là Ủy viên Ban Chỉ đạo về công", "Ông là thành viên Ban Chỉ đạo phòng chống thiên",
                                  "Tin. Ông là Ủy viên Ban Chấp hành Đảng bộ tỉnh Quảng Nam.",
                                  "Một lực lượng đặc nhiệm mới giữa Bộ Tài chính và Ngân"])
def test_a_committee_name_cut_by_the_end_of_the_text(text):
    assert all(text[m.start:m.end] == m.text for m in extract(text, doc_id="t").mentions)
