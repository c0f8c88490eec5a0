"""People: names found from family names, honorifics and titles, with their role.

Vietnamese names are regular: a family name from a closed list, then one to three
capitalised syllables. An honorific (``ông``, ``bà``, ``đồng chí``) or a title
(``Phó Chủ tịch UBND tỉnh``) may stand before the name; a title and organisation may
follow it in apposition (``Lê Thanh Long, Trưởng ban Tuyên giáo Thành ủy Thủ Dầu Một,``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable

from corpus_tool.entities._lexicon import Lexicon, dictionary_word
from corpus_tool.entities._organizations import (
    ADMIN_WORDS,
    COMPOUNDS,
    COUNTRY_SYLLABLES,
    CREDIT_LABELS,
    HIGHLAND_CLANS,
    LEGAL_FORMS,
    LEVELS,
    MIDDLE_NAMES,
    OPENERS,
    ORG_STOP,
    PLACE_ABBREVIATIONS,
    SCHOOL_LEVELS,
    clause_pair,
    continent_at,
    loose_org_end,
    org_extent,
)
from corpus_tool.entities._titles import (
    BOARD_TITLE,
    LIST_JOINERS,
    MEMBER_OF,
    PREFIX_TITLE,
    PROVINCE_S_DEPUTY,
    SCHOLAR_TITLE,
    STAGE_TITLES,
    TitleReader,
)
from corpus_tool.entities._tokens import (
    CAPITALS,
    LOWERS,
    Sentences,
    SpanCover,
    Token,
    WordIndex,
    foreign_word,
    initial,
    joined,
    korean_name_end,
    marked_syllable,
)
from corpus_tool.entities._types import PersonMention

__all__ = ["find_people", "in_capital_run", "other_name_context"]

_MAX_NAME = 4
# A regnal number of two letters or more (II to XXXIX): one letter may be an initial.
_REGNAL = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{2,3})|X{1,3}(?:I{1,3})?")
# Year names of the sexagenary cycle look like "Đinh Dậu" (family name + syllable).
_CAN = frozenset({"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"})
_CHI = frozenset({"Tý", "Sửu", "Dần", "Mão", "Mẹo", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân",
                  "Dậu", "Tuất", "Hợi"})
# Words before a year's name ("năm Đinh Dậu"): a name of the cycle after them is no person.
_YEAR_WORDS = frozenset({"năm", "năm mới"})
_ROLE_WORDS = frozenset({"vai", "nhân vật"})
# The head of a law or a notary firm: "Trưởng Văn phòng luật sư ...".
_FIRM_HEAD = re.compile(r"((?:[Pp]hó )?[Tt]rưởng) ([Vv]ăn phòng (?:[Ll]uật sư|[Cc]ông chứng) \S.*)")
# Words before "bầu" that make it no patron's (see ``_Finder._patron``).
_NOT_PATRON_BEFORE = frozenset({"bà", "chạy", "phòng", "rượu", "phiếu", "sẽ", "để", "tôi",
                                "mang", "có", "được", "đi", "cuộc", "lá", "trúng"})
_ADMIN = frozenset({"tỉnh", "xã", "phường", "quận", "huyện", "thị xã", "thị trấn",
                    "thành phố", "tp", "tp.", "tx", "tx.", "ấp", "thôn", "khu phố"})
_ADMIN_TWO_WORDS = frozenset(w for w in _ADMIN if " " in w)
# An organisation head that is also a common given name ("Nguyễn Xuân Trường").
_GIVEN_NAME_HEADS = frozenset({"Trường"})
# Words before "Y" when it is medicine, not an Ê Đê man's name ("Đại học Y", "ngành Y").
_MEDICINE_BEFORE = frozenset({"học", "trường", "khoa", "ngành", "bộ", "sở", "viện"})
# Gods of the household worship, addressed as people ("Cúi xin Thần Tài", "ông bà Thần
# Tài"), no real persons.
_DEITIES = ("Thần Tài", "Thần tài", "Thổ Địa", "Thổ địa", "Táo Quân", "Ông Táo", "Ông Địa",
            "Chúa Kho", "Chúa Xứ", "Bụt")
# Car and motorbike makers, whose dealers take a street's or an owner's name.
_CAR_MAKERS = frozenset({"Toyota", "Honda", "Mazda", "Mitsubishi", "Nissan", "Hyundai", "Kia",
                         "Ford", "Peugeot", "Lamborghini", "Mercedes", "Mercedes-Benz", "BMW",
                         "Audi", "Suzuki", "Chevrolet", "VinFast", "Isuzu", "Lexus",
                         "Volkswagen", "Subaru", "Yamaha", "Piaggio", "SYM", "Porsche",
                         "Volvo", "Ferrari"})
_STREET_WORDS = frozenset({"đường", "phố", "tuyến phố", "tuyến đường", "đại lộ", "nút giao",
                           "vòng xoay", "giao lộ", "ngã tư", "ngã ba", "ngã sáu", "hẻm",
                           "ngõ", "ngách", "đường hoa", "phố đi bộ"})
# The words before a separator that sets a title in apposition ("ông Nguyễn Viết Hà - ").
_AFTER_NAME = re.compile(r"(?<!\w)((?:[^\W\d_]+ ){0,4}[^\W\d_][^\W_]*)\s*[-–,(]\s*$")
_CREDIT = re.compile(rf"(?:{CREDIT_LABELS}|Bài ảnh|Bài và ảnh)\s*:\s*"
                     r"(?:[\w.]+/)?"
                     r"(?:[^\W\d_]+\s){0,3}$")
# English words that make a capitalised run a title, an event or a body, not a name
# ("Alfred Dunhill Links Championship").
_NOT_NAME_WORDS = frozenset({"The", "Serie", "Liga", "Bundesliga", "Champions", "Championship",
                             "Cup", "Open", "Golfer", "League", "Awards", "Award", "Foundation",
                             "Center", "Centre", "Group", "Hotel", "Resort", "Festival", "Show",
                             "Tour", "Club", "Company", "University", "College", "Institute",
                             "School", "Bank", "Links", "Trophy", "Prize", "Street", "Avenue",
                             "Road", "Park", "Plaza", "Tower", "News", "Times", "Post", "Man",
                             "Utd", "United", "City", "FC", "Mail", "Daily", "Journal", "Telegraph",
                             "Herald", "Tribune", "Guardian", "Gazette", "Magazine", "Video",
                             # Martial arts a coach teaches ("HLV Jiu Jitsu của Conor").
                             "Jiu", "Jitsu", "Vovinam", "Karate", "Taekwondo", "Judo", "Wushu",
                             "Muay", "Aikido", "Sambo",
                             # Races and forces ("Marine Corps Marathon").
                             "Corps", "Marathon"})
# Words that open a unit's name inside a body ("Khoa Điều trị ...", "Phòng Tham mưu").
_UNIT_WORDS = frozenset({"Khoa", "Phòng", "Đội", "Tổ", "Ban"})
# A title's acronym glued to the name after it ("CEOAlberto Mendez"): no name's first word.
# (The tokenizer splits off the commonest, HLV and TGĐ: "HLVMaurizio Sarri".)
_GLUED_ACRONYM = re.compile(r"[A-ZĐ]{2,}[A-Z][a-z]")
# Family names after which a syllable no Vietnamese word spells goes on in the name: a
# Korean one ("Kim Yoo Jung") and the Khmer ones of the Mekong delta ("Thạch Sô Phol").
_FOREIGN_SYLLABLES_AFTER = frozenset({"Kim", "Thạch", "Danh", "Chau", "Néang"})
# Faiths named like a person, after a title's body too ("Phó Trưởng ban Thế đạo Hội thánh
# Cao Đài Tòa thánh Tây Ninh").
_FAITHS = ("Cao Đài",)
# Saints' names Vietnamese Catholics are baptised with and written before the family name
# ("Linh mục Giuse Nguyễn Văn Hòa", "Giám mục Phêrô Nguyễn Văn Khảm").
_SAINT_NAMES = frozenset({"Giuse", "Phêrô", "Gioan", "Phaolô", "Đaminh", "Giacôbê", "Antôn",
                          "Phanxicô", "Micae", "Matthêu", "Gioakim", "Têphanô", "Anrê", "Tôma",
                          "Augustinô", "Têrêsa", "Cêcilia", "Agata", "Lucia", "Mátthêu"})
# Particles inside a foreign family name ("Virgil van Dijk", "Angel di Maria").
_PARTICLES = frozenset({"van", "von", "der", "de", "del", "di", "da", "dos", "du"})
# Occupations of the stage and the screen: a position written before them and a comma is
# another person's ("tổng thống Mỹ Obama, danh hài Hoài Linh"), not theirs as with a degree.
_STAGE = re.compile(rf"(?i:{STAGE_TITLES})")
# The tag some artists add to their stage name, capitals joined by a dash ("Sơn Tùng M-TP",
# or "Sơn Tùng MTP" as the press also writes it), and a regnal number ("John Paul II"),
# then the clause goes on. (A name with a digit is a product's model: ``_model_name``.)
_STAGE_SUFFIX = re.compile(r" ((?=[A-Z0-9-]*[A-Z])(?:[A-Z0-9]+-[A-Z0-9]+|MTP|I{2,3}|IV))"
                           r"(?=[\s,.;:)!?]|$)(?! [A-ZĐ])")
_LOWER_WORD = re.compile(r"(?<!\w)(?!và\b)[" + LOWERS + r"]+(?!\w)")
# Words before a house number, and what follows a street's name in an address. A number
# and an X is a generation, not a house ("họa sỹ trẻ 9X Nguyễn Xuân Lam").
_ADDRESS_BEFORE = frozenset({"số", "nhà", "tại", "ngõ", "hẻm", "ngách", "kiệt", "trú"})
_ADDRESS_AFTER = re.compile(r"\s*[,–-]\s*(?:phường|P\.|quận|Q\.|TP|Tp|thành phố|huyện|thị xã"
                            # A ward or a district by its letter and number ("P6, Q3").
                            rf"|[PQ](?=\d))\s*[\d{CAPITALS}]")
_HOUSE_NUMBER = re.compile(r"\d+[A-WYZa-wyz]?")
# Kin words before a name ("đàn anh", "người anh em"): seniors and siblings, and in car and
# phone reviews a maker's other models.
_KIN_BEFORE = re.compile(r"(?<!\w)(?:đàn (?:anh|em|chị)|người (?:anh |chị )?em)\s$")
# A law office or firm named after its lawyer ("Văn phòng Luật sư Nguyễn Anh", "VPLS Trương
# Anh Tú"): the name is the office's.
# What is named after a person, the name written next: the youth union and the pioneers
# ("Đoàn TNCS Hồ Chí Minh", "Đội Thiếu niên Tiền phong Hồ Chí Minh"), the academy ("Học viện
# Chính trị quốc gia Hồ Chí Minh").
_NAMED_AFTER = re.compile(
    r"(?<!\w)(?:TNCS|TNTP|Thanh niên Cộng sản|Thiếu niên Tiền phong|Chính trị [Qq]uốc gia) $")
# ... and a memorial, a museum, an order, a campaign or a trail, also with the person's title
# between ("Lăng Chủ tịch Hồ Chí Minh", "Bảo tàng Bác sĩ Yersin"); not the verb ("tưởng
# niệm Vichai", to commemorate him).
_MEMORIAL = re.compile(
    r"(?<!\w)(?i:lăng|(?:khu|nhà|đài) (?:tưởng|lưu) niệm|di tích|bảo tàng|đền thờ|tượng đài|"
    r"huân chương|giải thưởng|chiến dịch|đường mòn) $")
# Heads of bodies named after their place, never after a person: a name right after one is
# an officer's ("Tổng Giám đốc Tổng Công ty Cảng hàng không Lê Mạnh Hùng").
_NAMED_BY_PLACE = frozenset({"cảng hàng không", "đồn biên phòng", "trạm y tế", "tòa phúc thẩm"})
# Any of those words, looked for first.
_MEMORIAL_WORD = re.compile(r"(?i:lăng|niệm|di tích|bảo tàng|đền thờ|tượng đài|huân chương|"
                            r"giải thưởng|chiến dịch|đường mòn)")
# A memorial site named after a person with a longer title between, opened by a capital
# ("khu lưu niệm cố Thủ tướng Chính phủ Võ Văn Kiệt", "khu lưu niệm Giáo sư, viện sĩ Trần
# Đại Nghĩa").
_MEMORIAL_SITE = re.compile(
    r"(?<!\w)(?i:(?:khu|nhà|đài|đền) (?:tưởng|lưu) niệm|khu di tích|đền thờ|tượng đài)"
    rf"(?: cố)? [{CAPITALS}][^\W\d_]*(?:,? [^\W\d_]+){{0,5}} $")
_LAW_OFFICE = re.compile(r"(?i:văn phòng luật sư|công ty luật(?: TNHH)?|hãng luật)\s$|VPLS\s$")
# A capitalised syllable of a name right before a word (see ``_excluded_context``).
_NAME_SYLLABLE_BEFORE = re.compile(rf"(?<!\w)[{CAPITALS}][{LOWERS}]+ $")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;\n“\"]\s*)$")
# The grades of judges and prosecutors, written before the name like a rank.
_JUDICIAL_GRADE = re.compile(r"(?:[Tt]hẩm phán|[Kk]iểm sát viên)(?: (?:sơ|trung|cao) cấp)?")
# A firm's kind written alone after a title, referring back ("Giám đốc công ty"); not
# "Tập đoàn", which the dev set's annotators keep as the body.
_GENERIC_FIRMS = frozenset({"công ty", "htx", "hợp tác xã", "chi nhánh", "câu lạc bộ",
                            "doanh nghiệp"})
_FIRM_WORDS = frozenset({"công ty", "cty", "doanh nghiệp", "dntn", "tập đoàn", "hợp tác xã",
                         "htx", "tổng công ty", "tcty"})


# A list introduced by "như" or "gồm" (:meth:`_Finder._streets_listed`), a clause's end, and
# the streets named right before the list word ("các tuyến", "tuyến phố", "các con đường").
_LIST_WORD = re.compile(r"(?<!\w)(?:như|gồm|bao gồm)\s*:?\s")
_CLAUSE_MARK = re.compile(r"[.;:!?()“”\"…\n]")
_STREETS_BEFORE = re.compile(r"(?<!\w)(?i:(?:các|những|\d+) tuyến(?: đường| phố)?|tuyến đường|"
                             r"tuyến phố|các (?:con )?đường|các phố)(?:\s+[^\W\d_]+){0,2}\s*$")

class _Finder(TitleReader):
    def __init__(self, tokens: list[Token], text: str, lex: Lexicon, starts: dict[int, int],
                 places: set[str], words: WordIndex | None = None) -> None:
        self.tokens = tokens
        self.text = text
        self.lex = lex
        self.starts = starts
        self.places = places
        # Names written as a street's, a school's... in this text, and the token index
        # where each street name ends (a list of streets continues after it).
        self.not_people: set[str] = set()
        self.street_ends: set[int] = set()
        self.street_names: set[str] = set()
        self._excluded: dict[int, bool] = {}
        # Per test and run of words: where the run stands so (``_stands_elsewhere``).
        self.stands_at: dict[tuple[str, str], list[int]] = {}
        self.words = words if words is not None else WordIndex(text)

    # -- context tests -------------------------------------------------------------
    def _before_words(self, p: int, count: int) -> str:
        """The ``count`` tokens before token ``p``, joined by spaces, lower-cased."""
        lo = max(0, p - count)
        return " ".join(t.text for t in self.tokens[lo:p]).lower()

    def _excluded_context(self, p: int) -> bool:
        """True when the words before token ``p`` make a name there something else's (a
        street's, a school's, a firm's...). Remembered per token: asked several times."""
        known = self._excluded.get(p)
        if known is None:
            known = self._excluded[p] = self._excluded_context_uncached(p)
        return known

    def _streets_listed(self, p: int) -> bool:
        """True when token ``p`` is in a list introduced as streets ("trong đó có các tuyến
        như: Lê Lợi, Hai Bà Trưng, Trần Hưng Đạo"), in the same clause."""
        start = self.tokens[p].start
        window = self.text[max(0, start - 120):start]
        intro = next(reversed(list(_LIST_WORD.finditer(window))), None)
        return intro is not None and _CLAUSE_MARK.search(window, intro.end()) is None \
            and _STREETS_BEFORE.search(window, 0, intro.start()) is not None

    def _excluded_context_uncached(self, p: int) -> bool:
        if self._street_list(p) or self._company_name(p) or self._house_number(p) \
                or self._dealer(p) or self._streets_listed(p) \
                or _LAW_OFFICE.search(self.text, max(0, self.tokens[p].start - 24),
                                      self.tokens[p].start):
            return True
        for count in (1, 2, 3):
            if p - count < 0:
                break
            before = self._before_words(p, count)
            if count == 1 and p >= 2 and self._before_words(p, 2) in _ADMIN_TWO_WORDS \
                    and self.tokens[p].text in self.lex.surnames:
                # ("thành phố Nguyễn ...", not "phố": read as two words before a family
                # name.)
                continue
            if count == 1 and self._before_words(p, 2) in ("đối tượng", "nổi tiếng", "bà xã",
                                                           "ông xã"):
                # "đối tượng Võ Hữu Ba": a suspect, not a statue ("tượng"); "ca sĩ nổi tiếng
                # Steven Tyler": a famous singer, not a language ("tiếng Anh"); "bà xã Kỳ
                # Hân": a wife, not a commune.
                break
            if before in _YEAR_WORDS:
                if self.tokens[p].text in _CAN or self.tokens[p].text in _CHI:
                    # "năm mới Đinh Dậu", "năm Thân": a year's name.
                    return True
                # "Chín năm Ronaldo gắn bó với Real" names a person.
                continue
            if count == 1 and before == "trường" and self.tokens[p - 1].titlecase \
                    and self._after_name_syllable(self.tokens[p - 1].start):
                # "Bí thư Huyện ủy Xuân Trường Phạm Thị Thu Hằng": the last syllable of a
                # place's name, no school.
                break
            if count == 1 and before == "trường" and self._before_words(p, 2) == "môi trường":
                # "Sở Tài nguyên và Môi trường Nguyễn Văn An": "trường" of the environment
                # names no school.
                break
            if count == 1 and "&" in before \
                    and before.rsplit("&", 1)[-1] in self.lex.not_person_before:
                # "Trường THCS&THPT Nguyễn Tất Thành", "Trường PTDTBT TH&THCS Lý Tự Trọng": a
                # school of two levels joined by "&".
                return True
            if before in self.lex.not_person_before:
                if count == 1 and p >= 2 and self.lex.title_re.fullmatch(
                        self.text, self.tokens[p - 2].start, self.tokens[p - 1].end):
                    # "Chủ tàu Trần Văn Năm": a title that ends with "tàu" (ship).
                    return False
                # "Chủ tịch UBND xã Nguyễn Văn A": a title before the committee makes the
                # name after the place word a person's, not the ward's.
                if before in _ADMIN and self.tokens[p].text in self.lex.surnames \
                        and self._place_at(p, len(self.tokens)) < 2 \
                        and self._title_ends_before(self.tokens[p - count].start, 30):
                    # "Chủ tịch thành phố Nguyễn Đức Chung": the chief of the unit the place
                    # word names.
                    return False
                if self.tokens[p - 1].text == "tỉnh" and self.tokens[p].text in self.lex.surnames \
                        and self._place_at(p, len(self.tokens)) < 2 \
                        and self._place_at(p + 1, len(self.tokens)) < 2 \
                        and self._capitalised_run(p) >= 3:
                    # "Giám đốc Trung tâm Phục vụ hành chính công tỉnh Nguyễn Văn Đức": no
                    # province is named after a person (but "tỉnh Hồ Bắc", a Chinese
                    # province of two syllables, may be missing from the places, and "Tỉnh
                    # Đoàn Thái Nguyên" is the province's youth union).
                    return False
                if before in _ADMIN:
                    title, _org, at = self._title_before(p, 0)
                    # ... unless that title is in apposition to a name already ("ông
                    # Nguyễn Viết Hà - Chủ tịch UBND xã Đoàn Tùng").
                    after = _AFTER_NAME.search(self.text, max(0, at - 40), at)
                    if title is not None and not (after and self._names_a_person(after[1])) \
                            and self._place_at(p, len(self.tokens)) < 2:
                        # ("Bí thư Thành ủy TP Hồ Chí Minh Đinh La Thăng": the city's name.)
                        return False
                return True
        if p >= 2 and self.tokens[p - 1].text == "." and (
                self.tokens[p - 2].text in ("TP", "Tp", "H", "Q")
                or (self.tokens[p - 2].text == "P" and not foreign_word(self.tokens[p].text))) \
                and (p < 3 or self.tokens[p - 3].text != "."):
            # "TP.Hồ Chí Minh", "H.Dương Minh Châu", "Q.Ngô Quyền", "P.Khương Thượng" (a
            # district, a ward; "P.Omar Faye" is a player's initial).
            return True
        # A photo credit ("Ảnh: Trần Lê Lâm/TTXVN").
        start = self.tokens[p].start
        credit = _CREDIT.search(self.text, max(0, start - 60), start)
        if credit is not None \
                and not re.search(r"(?<!\w)(?:Ông|Bà|Chị|Cụ|Bé|Cháu|Chú)\s", credit.group()) \
                and not any(w[:1].islower() for w in credit.group().rsplit(":", 1)[-1].split()) \
                and self.tokens[p].text.lower() not in self.lex.honorifics \
                and self.lex.title_re.search(credit.group(), 5) is None \
                and not self._caption_subject(p):
            # ("Ảnh: Bác sĩ Lê Hồng Nga, Trưởng khoa ...", "Ảnh: PT Ông Trang sinh năm ...",
            # "Ảnh: Chị Lưu Thị Châm, mẹ của em chia sẻ ...": a word of address, no credit;
            # "Ảnh: Cũng theo Mourinho, ...": a caption naming who is pictured; a credit has
            # no lower-case word.)
            return True
        # "Viện Phan Chu Trinh", "Đoàn TNCS Hồ Chí Minh": a body named after a person.
        # Not after a body that stands on its own ("Thủ tướng Chính phủ Nguyễn Xuân Phúc",
        # "Bí thư Thành ủy Đinh La Thăng"): there the name is the officer's.
        # ("Bí thư Huyện ủy Xuân Trường Phạm Thị Thu Hằng": a head word that is the last
        # syllable of a place's name heads nothing.)
        # (Nor where the head word ends a title written right before the name: "Theo Chánh
        # Văn phòng Hưng" is the office's chief.)
        return any(m.end() == start - 1 and not self.lex.org_heads.get(m.group(), True)
                   and m.group().lower() not in _NAMED_BY_PLACE
                   and not self._name_syllable(m)
                   and not any(t.end() == m.end() and t.start() < m.start()
                               for t in self.lex.title_re.finditer(
                                   self.text, max(0, m.start() - 20), m.end()))
                   for m in self.lex.org_head_re.finditer(self.text, max(0, start - 30), start)) \
            or _NAMED_AFTER.search(self.text, max(0, start - 40), start) is not None \
            or self._memorial_before(start)

    def _name_syllable(self, head: re.Match[str]) -> bool:
        """True when a one-word ``head`` ("Trường") is the last syllable of the capitalised
        name before it ("Xuân Trường"), not a head word itself."""
        return " " not in head.group() and head.group()[1:].islower() \
            and self._after_name_syllable(head.start())

    def _after_name_syllable(self, at: int) -> bool:
        """True when a capitalised syllable of a name stands right before offset ``at``
        ("Xuân" of "Xuân Trường"): not a sentence's opener, not a head word, not the
        sentence's first word."""
        before = _NAME_SYLLABLE_BEFORE.search(self.text, max(0, at - 12), at)
        return before is not None and before.group().strip() not in OPENERS \
            and self.lex.org_head_re.match(self.text, before.start()) is None \
            and not _SENTENCE_END_BEFORE.search(self.text, max(0, before.start() - 3),
                                                before.start())

    def _memorial_before(self, start: int) -> bool:
        """True when a memorial, an order, a campaign or a trail is named by the name that
        starts at ``start`` (:data:`_MEMORIAL`, :data:`_MEMORIAL_SITE`)."""
        text = self.text
        if _MEMORIAL_WORD.search(text, max(0, start - 80), start) is None:
            # (Most names have none of these words before them: the title pattern below is
            # not run for them.)
            return False
        return _MEMORIAL.search(text, max(0, start - 20), start) is not None \
            or _MEMORIAL_SITE.search(text, max(0, start - 80), start) is not None \
            or any(m.end() == start - 1
                   and _MEMORIAL.search(text, max(0, m.start() - 20), m.start())
                   for m in self.lex.title_re.finditer(text, max(0, start - 30), start))

    def _capitalised_run(self, p: int) -> int:
        """How many capitalised words follow one another from token ``p``."""
        q = p + 1
        while q < len(self.tokens) and self.tokens[q].titlecase \
                and joined(self.tokens[q - 1], self.tokens[q], self.text):
            q += 1
        return q - p

    def _caption_subject(self, p: int) -> bool:
        """True when a name at token ``p`` is followed by a title in apposition, or a
        foreign or a famous one by a lower-case word: the subject of a caption's sentence
        (``Ảnh: Novak Djokovic được xếp làm hạt giống``), not a photographer's credit
        (``Ảnh: Trần Lê Lâm/TTXVN``). A Vietnamese name followed by a lower-case word is
        taken for a credit: the next sentence is often glued to it (``Ảnh: Mỹ Hà Đánh giá
        về ...``)."""
        toks = self.tokens
        q = p + 1
        while q < len(toks) and toks[q].titlecase and joined(toks[q - 1], toks[q], self.text) \
                and toks[q].text not in _OPENERS:
            q += 1
        run = self.text[toks[p].start:toks[q - 1].end]
        if q + 1 < len(toks) and toks[q].text == "," \
                and self.lex.title_re.match(self.text, toks[q + 1].start):
            # "Ảnh: Bernhard Kuhnt, chủ tịch kiêm giám đốc điều hành BMW ví ...": a title in
            # apposition; no credit has one.
            return True
        return q < len(toks) and toks[q].word and not toks[q].cap \
            and joined(toks[q - 1], toks[q], self.text) \
            and (run in self.lex.famous or foreign_word(toks[q - 1].text))

    def _names_a_person(self, words: str) -> bool:
        """True when the capitalised run that ends ``words`` is a person's name: it opens
        with a family name and is no place ("Nguyễn Viết Hà", not "Nam Giang", "TP.HCM")."""
        run: list[str] = []
        for word in reversed(words.split()):
            if not word[:1].isupper():
                break
            run.insert(0, word)
        # ("Ông Đặng Hữu Thắng": the name after a capitalised honorific.)
        return any(run[k] in self.lex.surnames and " ".join(run[k:]) not in self.lex.places
                   for k in range(len(run) - 1))

    def _house_number(self, p: int) -> bool:
        """True after a house number: ``số 173 Trần Thành Ngọ``, ``36A Trần Quang Diệu``,
        ``hẻm 195 Lê Văn Sỹ``, ``194/41 Lạc Long Quân``, ``(184 Lê Đại Hành``; or before a
        ward or a district after one: ``141 Nguyễn Huệ, quận 1``; or set off by commas
        after a numbered house or lane: ``số 36A, Trần Quang Diệu, Đống Đa``."""
        toks = self.tokens
        if p >= 3 and toks[p - 1].text == "," and _HOUSE_NUMBER.fullmatch(toks[p - 2].text) \
                and toks[p - 3].text.lower() in _ADDRESS_BEFORE:
            q = self._street_end(p)
            return q > p and q + 1 < len(toks) and toks[q].text == "," \
                and toks[q + 1].titlecase
        if p < 1 or not _HOUSE_NUMBER.fullmatch(toks[p - 1].text):
            return False
        # The whole number, parts joined by slashes ("21/50/286"); a date is none ("hôm 12/10
        # Bolt", "tháng 2/2018 Nasri").
        a = p - 1
        while a >= 2 and toks[a - 1].text == "/" and toks[a - 1].end == toks[a].start \
                and toks[a - 1].start == toks[a - 2].end and toks[a - 2].text.isdigit():
            a -= 2
        parts = [t.text for t in toks[a:p:2]]
        date = len(parts) >= 2 and (len(parts[-1]) == 4 or (
            len(parts) == 2 and all(x.isdigit() for x in parts)
            and 1 <= int(parts[0]) <= 31 and 1 <= int(parts[1]) <= 12))
        if a >= 1 and toks[a - 1].text.lower() in _ADDRESS_BEFORE:
            return True
        if date:
            return False
        if not toks[p - 1].text.isdigit() or len(parts) >= 2 \
                or (a >= 1 and toks[a - 1].text in ":(-–"):
            return True
        q = self._street_end(p)
        return q > p and not re.fullmatch(r"(?:19|20)\d\d", toks[p - 1].text) \
            and _ADDRESS_AFTER.match(self.text, toks[q - 1].end) is not None

    def _street_end(self, p: int) -> int:
        """End of the capitalised words (four at most) of a street's name from token ``p``."""
        q = p
        while q < len(self.tokens) and q - p < 4 and self.tokens[q].titlecase:
            q += 1
        return q

    def _in_firm_name(self, p: int) -> bool:
        """True when a firm word opens the words right before token ``p`` (``Công ty Ô tô
        Đông Hải``, ``Công ty Sen Hoàng Giang``): a two-syllable name there is the firm's."""
        toks = self.tokens
        if p > 0 and toks[p - 1].text in self.lex.firms and toks[p].text in self.lex.foreign_given \
                and p + 1 < len(toks) and toks[p + 1].titlecase:
            # "Chủ tịch Tập đoàn Công nghệ Foxconn Terry Gou": the firm's name ends on its
            # brand; a foreign given name opens the person's.
            return False
        q = p - 1
        while q >= 0 and p - q <= 6 and toks[q].word and toks[q].text not in ORG_STOP \
                and toks[q].text.lower() not in self.lex.honorifics \
                and joined(toks[q], toks[q + 1], self.text):
            one = toks[q].text.lower()
            two = f"{toks[q - 1].text} {one}".lower() if q > 0 else ""
            if one in _FIRM_WORDS or two in _FIRM_WORDS:
                return True
            q -= 1
        return False

    def _dealer(self, p: int) -> bool:
        """True when a car or motorbike maker stands right before token ``p`` with no title
        before it: a dealer named after its street or owner (``Mazda Phạm Văn Đồng``,
        ``Mitsubishi Kim Liên Hà Nội``), not ``CEO Bkav Nguyễn Tử Quảng``."""
        return p >= 1 and self.tokens[p - 1].text in _CAR_MAKERS \
            and not self._title_right_before(p - 1)

    def _company_name(self, p: int) -> bool:
        """True when a firm's name ends at token ``p``: ``Công ty TNHH xây dựng Mai Phương
        Minh`` (lower-case descriptors and legal forms between the firm word and the name)."""
        toks = self.tokens
        if self._address(p)[0] is not None:
            # ("Phó Chủ tịch Hiệp hội Doanh nghiệp tỉnh và bà Nguyễn Thị Lan": a word of
            # address before the name makes it a person's.)
            return False
        if p > 0 and toks[p - 1].text.lower() in _ADMIN:
            # ("Chủ tịch Liên minh HTX tỉnh Nguyễn Thị Lan": a level word before the name
            # ends the body's name; no firm is named after it.)
            return False
        q = p - 1
        while q >= 0 and p - q <= 8 and toks[q].word and (
                toks[q].text.islower() or toks[q].text in LEGAL_FORMS):
            words = " ".join(t.text for t in toks[max(0, q - 1):q + 1]).lower()
            if q < p - 1 and (words in _FIRM_WORDS or toks[q].text.lower() in _FIRM_WORDS):
                return True
            q -= 1
        return False

    def _place_at(self, p: int, j: int) -> int:
        """Length of a known place starting at token ``p`` inside the run ending at ``j``."""
        if p >= min(j, len(self.tokens)):
            # (Asked one past a name that ends the text: "... Chủ tịch UBND tỉnh Nguyễn".)
            return 0
        learned_ok = self.tokens[p].text not in self.lex.surnames
        for k in range(min(j, p + 4), p, -1):
            name = " ".join(t.text for t in self.tokens[p:k])
            if name in self.lex.places or (learned_ok and name in self.places):
                return k - p
        return 0

    def _body_at(self, p: int, j: int) -> int:
        """Length of a body named by its head word alone (``Liên Hợp Quốc``, ``Quốc hội``)
        starting at token ``p`` inside the run ending at ``j``."""
        m = self.lex.org_head_re.match(self.text, self.tokens[p].start)
        if m is None or not self.lex.org_heads.get(m.group(), False):
            return 0
        k = next((k for k in range(p + 1, j + 1) if self.tokens[k - 1].end == m.end()), 0)
        return k - p if k else 0

    def _place_ends_at(self, i: int, p: int) -> bool:
        """True if a known place ends with token ``p`` (a family name inside a place)."""
        for q in range(max(i, p - 3), p):
            name = " ".join(t.text for t in self.tokens[q:p + 1])
            if name in self.lex.places or name in self.places:
                return True
        return False

    def _honorific(self, p: int) -> tuple[str | None, int]:
        """Return (honorific as written, its first token index) before token ``p``."""
        toks = self.tokens
        if p >= 3 and toks[p - 2].text == "/" and toks[p - 3].end == toks[p - 2].start \
                and toks[p - 2].end == toks[p - 1].start \
                and joined(toks[p - 1], toks[p], self.text) \
                and f"{toks[p - 3].text}/{toks[p - 1].text}".lower() in self.lex.honorifics:
            # "Đ/c Nguyễn Thị Mai": "đồng chí" abbreviated.
            return self.text[toks[p - 3].start:toks[p - 1].end], p - 3
        if p >= 2 and f"{toks[p - 2].text} {toks[p - 1].text}".lower() in self.lex.honorifics \
                and joined(toks[p - 2], toks[p - 1], self.text) \
                and joined(toks[p - 1], toks[p], self.text):
            return f"{toks[p - 2].text} {toks[p - 1].text}", p - 2
        if p >= 1 and toks[p - 1].word and self._address_word(p - 1) \
                and joined(toks[p - 1], toks[p], self.text) \
                and not (toks[p - 1].text == "Anh" and (
                    self._title_right_before(p - 1) or self._body_right_before(p - 1)
                    or (p >= 2 and toks[p - 2].text.lower() == "người"))):
            # ("Thủ tướng Anh Theresa May", "Chủ tịch Hạ viện Anh John Bercow": England,
            # after a title or a body; "nhà toán học người Anh Alan Turing": English.)
            return toks[p - 1].text, p - 1
        return None, p

    def _address(self, p: int) -> tuple[str | None, int]:
        """The word of address before token ``p`` (:meth:`_honorific`), or ``(None, p)`` when
        it ends a noun ("người đàn ông Mỹ", "công ty chị em Vivo": a nationality, a firm's
        kin)."""
        hon, at = self._honorific(p)
        if hon is not None and at > 0 \
                and f"{self.tokens[at - 1].text} {hon}".lower() in _NOUNS_ENDING_IN_ADDRESS:
            return None, p
        return hon, at

    def _address_word(self, k: int) -> bool:
        """True when token ``k`` is a word of address for the name after it; "bầu" only
        where it names a club's patron; "Anh" written with a capital right after a title and
        before a marked Vietnamese syllable never ("HLV Anh Tuấn", "Tiền đạo Anh Đức": a
        given name's first syllable; "Thủ tướng Anh May", "Hoàng tử Anh William": the
        country)."""
        word = self.tokens[k].text.lower()
        if self.tokens[k].text == "Anh" and k + 1 < len(self.tokens) \
                and marked_syllable(self.tokens[k + 1].text) and self._title_right_before(k):
            return False
        return word in self.lex.honorifics and (
            word != "bầu" or (k + 1 < len(self.tokens) and self._patron(k + 1)))

    def _patron(self, p: int) -> bool:
        """True when "bầu" before token ``p`` names a club's patron ("bầu Đức", "Bầu Hiển
        chi tiền"): one syllable of a name, not the verb "elect" ("để bầu Ban cán sự",
        "phiếu bầu Quả Bóng Vàng"), a pregnant woman ("bà bầu Từ ngày ...") or a
        place's or a room's name ("rượu Bầu Đá", "phòng Bầu Dục")."""
        toks = self.tokens
        after = toks[p + 1] if p + 1 < len(toks) else None
        return (p < 2 or toks[p - 2].text.lower() not in _NOT_PATRON_BEFORE
                or not joined(toks[p - 2], toks[p - 1], self.text)) \
            and toks[p].titlecase and not foreign_word(toks[p].text) \
            and toks[p].text not in _OPENERS \
            and self.lex.org_head_re.match(self.text, toks[p].start) is None \
            and not (after is not None and after.titlecase and joined(toks[p], after, self.text))

    def _body_right_before(self, p: int) -> bool:
        """True when a body's head word opens the words right before token ``p`` in the
        same clause (``Hạ viện Anh``, ``Bộ Ngoại giao Anh``)."""
        start = self.tokens[p].start
        return any(not re.search(r"[^\w\s]", self.text[m.start():start])
                   for m in self.lex.org_head_re.finditer(self.text, max(0, start - 30), start))

    # -- names ---------------------------------------------------------------------
    def runs(self) -> list[tuple[int, int]]:
        out = []
        toks = self.tokens
        n = len(toks)
        i = 0
        while i < n:
            if not toks[i].titlecase:
                i += 1
                continue
            continent = continent_at(toks, i, self.text)
            if continent:
                # "Chủ tịch Ủy ban châu Âu Jean-Claude Juncker": a continent, not the family
                # name Âu; a name after it is a run of its own.
                i += continent
                continue
            if self._one_word_title(i) or clause_pair(toks, i):
                # "Vua Juan Carlos": the title is no part of the foreign name after it.
                # ("... Lan Anh Trước đó, ...": a sentence adverb opens no name; nor does
                # it go on one, below.)
                i += 1
                continue
            if (k := self._title_to_family_name(i)) > i:
                # "Phó Trưởng Đoàn Hà cho biết": a title written in capitals to a word that
                # is also a family name; the name starts after it (not "Đoàn Hà").
                i = k
                continue
            j = i + 1
            while j < n:
                if toks[j].titlecase and joined(toks[j - 1], toks[j], self.text) \
                        and (toks[j].text not in _OPENERS or self._given_after_middle(i, j)) \
                        and not self._title_word_at(j) \
                        and not (toks[j].text == "Phóng" and j + 1 < n
                                 and toks[j + 1].text == "viên") \
                        and not self._heading_after_foreign(j) \
                        and not self._doubled_family_name(i, j) \
                        and not clause_pair(toks, j):
                    j += 1
                elif (k := self._particle_end(j)) > j:
                    j = k
                else:
                    break
            out.append((i, j))
            i = j
        return out

    def _given_after_middle(self, i: int, j: int) -> bool:
        """True when token ``j``, a word that may open a sentence, is the given name after a
        family name and the middle name "Văn" or "Thị" (``Nguyễn Văn Nhiều``): no name ends
        on those middle names."""
        toks = self.tokens
        return j >= i + 2 and toks[j - 2].text in self.lex.surnames \
            and toks[j - 1].text in MIDDLE_NAMES and not clause_pair(toks, j)

    def _one_word_title(self, i: int) -> bool:
        """True when token ``i`` is a title of one capitalised word (``Vua``) and a foreign
        word follows it, joined: the name starts after it. (A Vietnamese name after it is
        split from the title by its family name: "Vua Trần Nhân Tông".)"""
        toks = self.tokens
        # (The cheap tests first: this runs at every capitalised run.)
        if not (i + 1 < len(toks) and toks[i + 1].titlecase
                and (foreign_word(toks[i + 1].text) or toks[i + 1].text in _KHMER_FAMILIES)
                and joined(toks[i], toks[i + 1], self.text)):
            # (Or a Khmer family name: "Achar Danh Khiêm".)
            return False
        m = self.lex.title_re.match(self.text, toks[i].start)
        return m is not None and m.end() == toks[i].end

    def _title_to_family_name(self, i: int) -> int:
        """Index of the token after a listed title that starts at token ``i``, is written in
        capitals throughout and ends with a family name (``Phó Trưởng Đoàn``), when a
        capitalised word follows it joined; ``i`` otherwise."""
        toks = self.tokens
        if not (i + 2 < len(toks) and toks[i + 1].titlecase
                and joined(toks[i], toks[i + 1], self.text)):
            return i
        m = self.lex.title_re.match(self.text, toks[i].start)
        if m is None:
            return i
        k = self.starts.get(m.end() - len(m.group().rsplit(" ", 1)[-1]))
        if k is None or k <= i or k + 1 >= len(toks) or toks[k].end != m.end() \
                or toks[k].text not in self.lex.surnames \
                or not all(t.titlecase for t in toks[i:k + 2]) \
                or not joined(toks[k], toks[k + 1], self.text):
            return i
        return k + 1

    def _doubled_family_name(self, i: int, j: int) -> bool:
        """True when token ``j`` writes the foreign family name before it again, a slip
        that ends the name there ("Fumio Kishida Kishida dễ dàng ..."); the second is a
        mention of its own. Not a name whose syllables repeat ("Phạm Băng Băng", "Tun Tun
        Naung", "Yang Yang")."""
        toks = self.tokens
        return j - i >= 2 and toks[j].text == toks[j - 1].text and foreign_word(toks[j].text) \
            and (foreign_word(toks[j - 2].text) or toks[j - 2].text in self.lex.foreign_given) \
            and not (j + 1 < len(toks) and toks[j + 1].titlecase
                     and joined(toks[j], toks[j + 1], self.text))

    def _sector_at(self, end: int) -> bool:
        """True when token ``end`` is "nghiệp" joined to the syllable before it: that syllable
        and it name a sector ("Viện Khoa học Kỹ thuật Nông Lâm nghiệp"), so the capitalised
        words before are no person's name."""
        toks = self.tokens
        return end < len(toks) and toks[end].text == "nghiệp" \
            and joined(toks[end - 1], toks[end], self.text)

    def _after_honorific_or_title(self, i: int, p: int) -> bool:
        """True when token ``p``, the first or second of the run that starts at token ``i``,
        comes right after an honorific (before the run or opening it) or a title."""
        toks = self.tokens
        if p == i + 1:
            title = self.lex.title_re.match(self.text, toks[i].start)
            return toks[i].text.lower() in self.lex.honorifics \
                or (title is not None and title.end() == toks[i].end)
        if p != i or i == 0:
            return False
        return toks[i - 1].text.lower() in self.lex.honorifics \
            or self._title_ends_before(toks[p].start)

    def _opens_not_name(self, p: int, end: int) -> bool:
        """True when the words of tokens ``p..end-1`` open with a phrase that names something
        else (``not_names.txt``: ``Mai Linh``, ``Baek Je``)."""
        words = " ".join(t.text for t in self.tokens[p:end])
        return any(words.startswith(nn) for nn in self.lex.not_names)

    def _particle_end(self, j: int) -> int:
        """End of the family name after a nobiliary particle at token ``j`` that follows a
        foreign given name (``Virgil van Dijk``, ``Kevin de Bruyne``, ``Edwin van der Sar``)
        or a foreign word (``Eunicio de Oliveira``); ``j`` when there is none."""
        toks = self.tokens
        k = j
        while k < len(toks) and k - j < 2 and toks[k].text in _PARTICLES:
            k += 1
        before, after = toks[j - 1].text, toks[k].text if k < len(toks) else ""
        if k == j or k >= len(toks) or not (before in self.lex.foreign_given or (
                # ("Eunicio de Oliveira": two foreign words, neither a place, a club or a
                # brand: not "Atletico de Madrid", "Copa del Rey".)
                foreign_word(before) and foreign_word(after)
                and not any(w in self.lex.places or w in self.lex.teams or w in self.lex.brands
                            for w in (before, after))
                and before not in _NOT_NAME_WORDS and after not in _NOT_NAME_WORDS)) \
                or not (toks[k].titlecase and toks[k].text.isascii()) \
                or not all(joined(toks[q - 1], toks[q], self.text) for q in range(j, k + 1)):
            return j
        return k + 1

    def _heading_after_foreign(self, j: int) -> bool:
        """True when token ``j`` opens a sentence glued to a foreign name before it, a
        heading or a caption that lost its full stop (``Donald Trump Nơi đây ...``,
        ``Matthew Goode Thể loại: ...``): a capitalised Vietnamese syllable, not a family
        name, with a lower-case word right after it."""
        toks = self.tokens
        word = toks[j].text
        if (j >= 2 and (self._ede_opener(j - 2) or toks[j - 2].text in HIGHLAND_CLANS)) \
                or toks[j - 1].text in HIGHLAND_CLANS:
            # "thủ môn Y Eli Niê xuất sắc cản ...": an Ê Đê name goes on with its clan name;
            # a Gia Rai name with its given name after its clan ("Rơ Mah Tuấn cho biết",
            # "Ksor Thuận đánh giá").
            return False
        if toks[j - 1].text in self.lex.famous and foreign_word(toks[j - 1].text) \
                and not (j >= 2 and toks[j - 2].text == "&") \
                and (word in self.lex.teams or word in self.lex.brands
                     or (marked_syllable(word) and word not in self.lex.surnames)):
            # "kết hợp Mbappe với Ronaldo Juventus muốn ...", "với Ronaldo Tờ Daily Mail hé
            # lộ", "khách mời David Beckham VinFast gây ngỡ ngàng": a name news gives alone,
            # then a club, a brand or a Vietnamese word.
            return True
        return foreign_word(toks[j - 1].text) and marked_syllable(word) \
            and word not in self.lex.surnames and j + 1 < len(toks) \
            and toks[j + 1].word and not toks[j + 1].cap and joined(toks[j], toks[j + 1], self.text)

    def _ede_opener(self, p: int) -> bool:
        """True when token ``p`` is the ``Y`` that opens an Ê Đê or M'nông man's name, a
        capitalised word a space after it (``Y Biêr Niê``); not medicine's ``Y`` after
        ``Đại học``, ``ngành``..."""
        toks = self.tokens
        if toks[p].text == "A" and p > 0 and p + 1 < len(toks) and toks[p + 1].titlecase \
                and toks[p + 1].start == toks[p].end + 1 \
                and (toks[p + 1].text not in self.lex.surnames
                     or not (p + 2 < len(toks) and toks[p + 2].titlecase)) and (
                    toks[p - 1].text.lower() in self.lex.honorifics
                    or self._before_words(p, 2) in self.lex.honorifics
                    or self._title_ends_before(toks[p].start, 30)):
            # "Thượng tá A Hoan", "ông A Sang", "già làng A Jáp", "đồng chí A Dũng": a Ba Na,
            # Xơ Đăng or Gia
            # Rai man's name opens with "A", after an honorific or a title (not "loại A",
            # "huyện A Lưới"); a family name may follow when the name ends there ("Thượng tá
            # A Vương").
            return True
        return toks[p].text == "Y" and p + 1 < len(toks) and toks[p + 1].titlecase \
            and toks[p + 1].start == toks[p].end + 1 \
            and not (p > 0 and toks[p - 1].text.lower() in _MEDICINE_BEFORE)

    def _title_word_at(self, j: int) -> bool:
        """True when a title of two or more syllables starts at token ``j``, its first
        capitalised, the rest not (``Võ Minh Lâm Diễn viên hài``, ``Trần Đại Quang Ủy
        viên``): the name before it has ended."""
        m = self.lex.title_re.match(self.text, self.tokens[j].start)
        return m is not None and m.end() > self.tokens[j].end and j + 1 < len(self.tokens) \
            and not self.tokens[j + 1].cap

    def names_in_run(self, i: int, j: int) -> list[tuple[int, int, str | None]]:
        """Return (first, end, kind) name candidates in the run; kind "full"/"short"/"alias"."""
        toks = self.tokens
        lex = self.lex
        out: list[tuple[int, int, str | None]] = []
        p = i
        while p < j:
            t = toks[p].text
            two = f"{t} {toks[p + 1].text}" if p + 1 < j else ""
            if two in lex.known_people and p + 1 < j:
                if not self._excluded_context(p):
                    out.append((p, p + 2, "alias"))
                p += 2
                continue
            if t == "Bác" and p + 1 >= j \
                    and not (p + 1 < len(toks) and toks[p + 1].text == "sĩ"):
                if p > 0 and not self._sentence_initial(p) and not self._excluded_context(p):
                    out.append((p, p + 1, "alias"))
                    p += 1
                    continue
            three = " ".join(x.text for x in toks[p:p + 3])
            if three == "Hồ Chí Minh" and p + 3 <= j and not self._excluded_context(p):
                out.append((p, p + 3, "alias"))
                p += 3
                continue
            place = self._place_at(p, j)
            if place and not (
                    p + place == j - 1 and t in lex.surnames and place >= 2
                    and not foreign_word(toks[j - 1].text)
                    and (p == 0 or toks[p - 1].text.lower() not in ADMIN_WORDS)
                    and not self._opens_not_name(p, j)):
                # ("Vũ Quang Huy": a family name and two syllables that also name a place,
                # "Vũ Quang", and one more syllable make a person's name; not a foreign
                # one: "Hoàng đế La Mã Nero".)
                p += place
                continue
            if p == i and t.lower() in lex.honorifics and p + 1 < j:
                p += 1
                continue
            if p == i and self._ede_opener(p) and self._honorific(p)[0] is not None:
                # "bé Y Khương M.": an Ê Đê name after an honorific, not a family name's.
                return out
            if p == i and j - p >= 5 and p > 0 and (toks[p - 1].text.lower() in ADMIN_WORDS
                                                    or toks[p - 1].text in SCHOOL_LEVELS
                                                    or toks[p - 1].text == "chuyên"
                                                    or self._place_slot(p)
                                                    or self._excluded_context(p)) \
                    and t in lex.surnames:
                # "Chủ tịch UBND xã Châu Lộc Nguyễn Duy Hưng", "phường Hoàng Văn Thụ Nguyễn
                # Thị Lan": a commune or a ward named after a family name, then the chief's
                # name of three or four syllables, opened by another family name; so a
                # school ("Hiệu trưởng Trường THPT chuyên Lương Văn Tụy Đặng Văn Luân").
                q = next((q for q in range(p + 2, j - 2) if toks[q].text in lex.surnames
                          and 3 <= j - q <= _MAX_NAME), None)
                if q is not None:
                    p = q
                    continue
            if p > i and j - p >= 5 and t in lex.surnames and not foreign_word(toks[j - 1].text) \
                    and (q := next((q for q in range(p + 2, j - 2)
                                    if toks[q].text in lex.surnames and 3 <= j - q <= 4),
                                   None)) is not None:
                # "Công ty CP Gỗ Lâm Phát Đặng Hữu Nghĩa": after a body's capitalised words,
                # a family name inside its name ("Lâm Phát"), then the person's name of three
                # or four syllables, opened by another family name.
                p = q
                continue
            if (j - p >= 3 or (j - p == 2 and t in _KHMER_FAMILIES and t != "Sơn")) \
                    and (toks[p + 1].text in MIDDLE_NAMES or t in _KHMER_FAMILIES) \
                    and t not in lex.surnames and (self._after_honorific_or_title(i, p) or (
                        ((p == i and toks[p + 1].text == "Thị")
                         or (p > i and self._place_ends_at(i, p - 1)))
                        and t.isalpha()
                        and not dictionary_word(f"{t} thị")
                        and not self._excluded_context(p) and not self._place_at(p, j))):
                # "bà Trượng Thị Kim Thoa", "Bà Lô Thị Kim Ngân", "đại biểu Lô Thị Kim Ngân":
                # a family name not in the list, known by the middle name after it (not
                # "Kim Ngân"); "Thị" makes one anywhere ("Cử tri Alăng Thị Nhâm"), not in a
                # word ("Siêu Thị Sức Khỏe": a supermarket); "Văn" or "Thị" does after a
                # place that ends a body ("Phó Chủ tịch UBND huyện Tiểu Cần Sơn Thị Ngọc
                # Bích", "Trưởng phòng GD&ĐT huyện Kỳ Sơn Moong Văn Tình").
                end = self._name_end(p, min(j, p + _MAX_NAME))
                if end - p >= 3:
                    out.append((p, end, "full"))
                    p = end
                    continue
            if t in lex.surnames or two in lex.surnames:
                end = self._name_end(p, min(j, p + _MAX_NAME + (1 if two in lex.surnames
                                                                  else 0)))
                if end - p == _MAX_NAME and p == i and j - p <= _MAX_NAME + 2 \
                        and _LAO_POST_BEFORE.search(self.text, max(0, toks[p].start - 20),
                                                    toks[p].start):
                    # "Phó Tỉnh trưởng Vi Lay Phăn Thạ Vông": a Lao name after a Lao post,
                    # longer than a Vietnamese one ("Vi" is a Tày family name too).
                    end = j
                if end - p == 2 and t in _CAN and toks[p + 1].text in _CHI:
                    p += 2
                    continue
                if end - p == 2 and p == i and end == j and self._place_slot(p):
                    # "Chủ tịch UBND phường Dương Đông, ông Lê Thanh Phong", "Chính trị viên
                    # Đồn Biên phòng Lạc Quới cho biết": two syllables right after a level
                    # word or a border post name the place (an official's name there has
                    # three or four: "Chủ tịch UBND xã Nguyễn Văn Hùng").
                    self._not_person(p, end)
                    p = end
                    continue
                if end - p >= 2 and (self._excluded_context(p) or (
                        p == i + 1 and (self._before_words(i, 1) in _STREET_WORDS
                                        or self._before_words(i, 2) in _STREET_WORDS
                                        or self._before_words(i, 2) == "đền thờ"
                                        or (self._house_number(i) and toks[i].text.lower()
                                            not in lex.honorifics)))):
                    # "đường Nguyễn Thái Sơn": the whole name is the street's, not only its
                    # first syllable ("Thái Sơn" is no person either); so is "đường Kinh
                    # Dương Vương", whose name opens before the family name, and "Đền thờ
                    # Nguyên Phi Ỷ Lan".
                    self._not_person(p, end)
                    p = end
                    continue
                if end - p == 2 and (self._in_firm_name(p) or (
                        p == i + 1 and _firm_elsewhere(self, i, end))):
                    # "Công ty Sen Hoàng Giang", "Công ty Ô tô Đông Hải": the firm's name;
                    # so is "Tân Hoàng Minh" where "Tập đoàn Tân Hoàng Minh" is written.
                    p = end
                    continue
                if p > i and end - p >= 3 and toks[p + 1].text in lex.surnames \
                        and (head := lex.org_head_re.match(self.text, toks[p - 1].start)) \
                        is not None and head.end() == toks[p].end:
                    # "Bí thư Tỉnh Đoàn Lò Thị Xuân": a head word ending with a family name's
                    # syllable ("Tỉnh Đoàn"), then the person's name.
                    p += 1
                    continue
                if p - i >= 2 and end - p == 4 and end == j and toks[p + 1].text in lex.surnames \
                        and not any(x.text in lex.surnames for x in toks[i:p]):
                    # "Giám đốc Trung tâm Bảo tồn Di sản Thành Nhà Hồ Nguyễn Bá Linh": a
                    # body's name ending with a family name's syllable, then the person's
                    # own name of three syllables.
                    p += 1
                    continue
                if end - p >= 2 and not self._place_ends_at(i, p) \
                        and not self._opens_not_name(p, end) and not self._sector_at(end):
                    if self.text[toks[p].start:toks[end - 1].end] in self.street_names:
                        # A street named again: a list of streets may go on after it.
                        self.street_ends.add(end - 1)
                    # ("bệnh nhi Y Khương M.", "Ông Y Kim Mlô": an Ê Đê name opened by
                    # "Y", a family name after it; "Linh mục Giuse Nguyễn Văn Hòa": a
                    # Catholic's saint's name before the family name is part of the name.)
                    ede = p > i and self._ede_opener(p - 1) and (
                        p - 1 == i or toks[p - 2].text.lower() in lex.honorifics
                        # ("Chủ tịch UBND tỉnh Đắk Lắk Y Kim Niê": after the province.)
                        or (p - 2 > i and self._place_ends_at(i, p - 2)))
                    saint = p > i and toks[p - 1].text in _SAINT_NAMES
                    out.append((p - 1 if ede or saint else p, end, "full"))
                    p = end
                    continue
            p += 1
        return out

    def _name_end(self, p: int, end: int) -> int:
        """Cut a name candidate before an organisation's head or a non-Vietnamese word.

        ``Hà Châu Báo Gia đình``: "Báo" opens a newspaper's name; ``Kiều Plaza``: a
        Vietnamese family name is not followed by a Latin-only word in a person's name.
        """
        toks = self.tokens
        for q in range(p + 1, end):
            tok = toks[q]
            if tok.text in _NOT_NAME_WORDS:
                # "Kim Liên Group": a firm named after its owner.
                return p
            if _initial(toks, q):
                # "Nguyễn Đức L.": a name shortened to an initial ends with it.
                return q + 2
            if foreign_word(tok.text) and not foreign_word(toks[p].text) \
                    and toks[p].text not in _FOREIGN_SYLLABLES_AFTER \
                    and not (q == end - 1 and toks[q - 1].text in MIDDLE_NAMES
                             and tok.titlecase and tok.text.isalpha()):
                # ("Kim Yoo Jung", a Korean name, goes on; so does a Khmer name, "Thạch Sô
                # Phol", and a highland name's given name after its middle one: "Hồ Thị
                # Plin", "Đinh Văn Blum"; a name never ends on "Văn" or "Thị".)
                return q
            if tok.text in ("Ông", "Bà") and q + 1 < len(toks) \
                    and toks[q + 1].text in self.lex.surnames:
                # "Ảnh: Trần Duy Ông Nguyễn Lương Trào": a credit, then a sentence.
                return q
            if tok.text == "Phó" and q >= p + 2 and q + 1 < len(toks) and toks[q + 1].cap \
                    and (m := self.lex.title_re.match(self.text, tok.start)) is not None \
                    and m.end() > tok.end:
                # "ông Võ Công Trí Phó Bí thư Thường trực Thành ủy": a deputy's title
                # written right after the name, the comma left out.
                return q
            head = None if tok.text in _GIVEN_NAME_HEADS else \
                self.lex.org_head_re.match(self.text, tok.start)
            if head is not None and (head.end() > tok.end or q + 1 < end
                                     or (q + 1 < len(toks) and toks[q + 1].cap)):
                # ("Vũ Văn Viện cho biết": a head with no name after it is a given name.)
                return q
        return end

    def _not_person(self, p: int, end: int) -> None:
        """Remember a name written as a street's, a school's... (tokens ``p..end-1``)."""
        name = self.text[self.tokens[p].start:self.tokens[end - 1].end]
        self.not_people.add(name)
        if (self._before_words(p, 1) in _STREET_WORDS
                and self._before_words(p, 2) not in _ADMIN_TWO_WORDS) \
                or self._before_words(p, 2) in _STREET_WORDS or self._street_list(p):
            # ("thành phố Valladolid, Oscar Puente": a city, whose "phố" lists no streets.)
            self.street_ends.add(end - 1)
            self.street_names.add(name)

    def _street_list(self, p: int) -> bool:
        """True when token ``p`` continues a list of streets (``Nguyễn Thái Sơn - Nguyễn
        Kiệm``, ``Lương Nhữ Học, Triệu Quang Phục và Hải Thượng Lãn Ông``)."""
        return p >= 2 and self.tokens[p - 1].text in LIST_JOINERS \
            and p - 2 in self.street_ends

    def role_before(self, p: int) -> bool:
        """True when ``vai``/``nhân vật`` stands within the four words before token ``p``."""
        words = [t.text.lower() for t in self.tokens[max(0, p - 4):p] if t.word]
        # ("vai trò của ông ...": an importance, not a part.)
        return any(w in _ROLE_WORDS and words[k + 1:k + 2] != ["trò"]
                   for k, w in enumerate(words)) or "nhân vật" in " ".join(words)

    def could_be_name(self, i: int, j: int) -> bool:
        """True for a capitalised run that is short and is not a place or organisation."""
        first = self.tokens[i]
        nxt = self.tokens[j] if j < len(self.tokens) else None
        after = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        # "T.Ư", "H.Thủy Nguyên": a capital followed by a dot and a letter is an abbreviation.
        # ("Guardiola.Trong buổi họp báo": a name and a sentence run into it, not an
        # abbreviation, which is short.) "Y" opens the name of an Ê Đê or M'nông man
        # ("ông Y Biêr Niê", "bé Y Khương").
        if (len(first.text) == 1 and not (j - i >= 2 and self._ede_opener(i))) \
                or (nxt is not None and after is not None and nxt.text == "."
                                    and len(self.tokens[j - 1].text) <= 3
                                    and nxt.start == self.tokens[j - 1].end
                                    and after.start == nxt.end and after.word):
            return False
        skip = self._place_at(i, j)
        return j - i - skip <= _MAX_NAME and i + skip < j \
            and not any(self._place_at(q, j) for q in range(i + skip, j)) \
            and not self.lex.org_head_re.match(self.text, first.start) \
            and not self.lex.title_re.match(self.text, first.start) \
            and not self._excluded_context(i) \
            and not self.text.startswith(_DEITIES, first.start)

    def _place_slot(self, p: int) -> bool:
        """True when token ``p`` follows a level word (not a wife's or a husband's: "bà
        xã") or a border post, where a place's name is written ("phường Dương Đông", "Đồn
        Biên phòng Lạc Quới")."""
        toks = self.tokens
        if p == 0:
            return False
        if toks[p - 1].text in _LEVELS:
            return not (p > 1 and toks[p - 2].text.lower() in ("bà", "ông"))
        return _POST_BEFORE.search(self.text, max(0, toks[p].start - 16),
                                   toks[p].start) is not None

    def lao_name(self, i: int, j: int) -> bool:
        """True when tokens ``i..j-1`` are five or six capitalised syllables, none a family
        name, place or head word, set off by a comma before a listed title: a Lao or a
        Cambodian name as the press writes it in Vietnamese syllables ("Xổm Sắc Phôm Ma
        Xay, Phó Huyện trưởng ..."), longer than any Vietnamese name."""
        toks = self.tokens
        if not 5 <= j - i <= _MAX_NAME + 2 or j + 1 >= len(toks) or toks[j].text != "," \
                or self.lex.title_re.match(self.text, toks[j + 1].start) is None:
            return False
        return toks[i].text not in self.lex.surnames \
            and all(t.titlecase and not foreign_word(t.text) for t in toks[i:j]) \
            and all(joined(toks[q], toks[q + 1], self.text) for q in range(i, j - 1)) \
            and not any(self._place_at(q, j) or self.lex.org_head_re.match(self.text, toks[q].start)
                        for q in range(i, j))

    def org_inside(self, i: int, j: int) -> bool:
        """True when an organisation's head word stands among tokens ``i..j-1``."""
        return any(self.lex.org_head_re.match(self.text, t.start) for t in self.tokens[i:j])

    def _sentence_initial(self, p: int) -> bool:
        prev = self.tokens[p - 1]
        return prev.text in (".", "!", "?", ":", "“", "\"", "…") or \
            "\n" in self.text[prev.end:self.tokens[p].start]


# Capitalised words that open a sentence or a caption and are never a syllable of a name: a
# run of capitals ends before them ("HLV Hoàng Anh Tuấn Trong danh sách ..."; a paper or an
# agency cited: "... Arkhom Termpittayapaisith Tờ Bangkok Post dẫn lời"). "Phóng" is a
# given name too ("Tòng Thị Phóng"): it ends a run only as "Phóng viên" (reporter); "Báo"
# is one ("Đinh Quang Báo") and ends none.
_OPENERS = (OPENERS - {"Phóng"}) | {"Các", "Những", "Con", "Người", "Song", "Và", "Thậm",
                                    "Mời", "Chuyện", "Bên", "Ngay", "Ông", "Từng", "Cũng",
                                    "Tờ", "Hãng", "Kênh"}
# Capitalised words that open a sentence, never a given name: after a word of address that
# closes a headline run into the text ("người đàn ông Các bác sĩ ...", "bé Theo bác sĩ").
_NOT_GIVEN = frozenset({"Các", "Những", "Chia", "Theo", "Trong", "Khi", "Sau", "Với", "Về", "Để",
                        "Nhưng", "Tuy", "Nếu", "Vì", "Đây", "Mỗi", "Nhiều", "Ảnh", "Clip",
                        "Video", "Tại", "Trên", "Dưới", "Ngày",
                        # A people after a kinship word ("chị em Khmer", "trẻ em Khmer",
                        # "chị em H'Mông").
                        "Khmer", "H'Mông", "H’Mông", "Mông", "Hmông"})
# Words that open a clause and may stand, capitalised, right before a name.
_CLAUSE_WORDS = frozenset({"Theo", "Khi", "Với", "Nếu", "Còn", "Nhưng", "Ngoài", "Việc", "Trước",
                           "Sau", "Dù", "Riêng", "Cả", "Giữa", "Để", "Tuy", "Vì", "Trong", "Tại",
                           "Về", "Bạn", "Đôi", "Sư", "Hơn"})
# "Trưởng khoa Cấp cứu": a unit's name, not the given name of "Nguyễn Trung Cấp".
_UNIT_BEFORE = re.compile(r"(?:khoa|phòng|ban|đơn vị|đội|tổ|trung tâm|[Cc]ục|[Vv]iện|[Ss]ở|"
                          r"đường|phố|xã|phường|huyện|quận|tỉnh) $")
_BUSINESS_TITLE = re.compile(r"(?:CEO|[Gg]iám đốc(?: điều hành)?|[Cc]hủ tịch(?: HĐQT)?|"
                             r"[Nn]hà sáng lập|[Đđ]ồng sáng lập|[Ff]ounder)\s$")
# Khmer family names left out of the family names because they open places or words
# ("Sơn La", "danh sách"): after an honorific or a title, with two syllables after them,
# they open a name ("thầy Sơn Hoàng Phong", "Achar Danh Khiêm Sol").
_KHMER_FAMILIES = frozenset({"Sơn", "Danh", "Chau", "Néang"})
# "cố Chủ tịch": the late chairman; "của", "thuộc" after a name give its firm; a firm does
# not die.
_LATE = re.compile(r"(?<!\w)[Cc]ố\s$")
_OF_OR_DIED = re.compile(r"\s+(?:của|thuộc|qua đời|thiệt mạng|từ trần|tử nạn)(?!\w)")
# Nouns for a person named by an initial ("học sinh V.", "tài xế Th.").
_PERSON_NOUN = re.compile(r"(?:học sinh|nam sinh|nữ sinh|sinh viên|bệnh nhân|nạn nhân|đối tượng|"
                          r"tài xế|bị can|bị cáo|cháu|em|bé|nghi phạm|chị|anh|ông|bà)\s$",
                          re.IGNORECASE)
# Vietnamese initial consonants written as two letters ("Th.", "Ng.").
_DIGRAPHS = frozenset({"Th", "Tr", "Ng", "Nh", "Ph", "Kh", "Ch", "Gi", "Qu"})
_PREDICATE = re.compile(r" (?:nói|cho biết|chia sẻ|đã|đang|sẽ|là|cũng|vẫn|không|chưa|phải|"
                        r"được|bị|có|thừa nhận|khẳng định|kể|tâm sự|đánh|ghi|tiếp tục|"
                        r"từng|liền|bèn|lại)(?!\w)")

# Words before a name that make it a firm's, a group's, an outlet's or a quoted word
# ("đại diện Google", "nhà phân tích của Deloitte", "phiến quân Huthi", "trang Vogue"; not
# "đồng đội Coutinho", a teammate).
# ("dự báo Salah sẽ ...": a forecast, no paper.) A name news gives alone after
# "dùng"/"sử dụng" is a player a coach fields ("không sử dụng Martial"), not a product.
_OUTLET_WORDS = (r"hãng|công ty|CTCP|tập đoàn|thương hiệu|nhà sản xuất|(?<!đồng )đội|CLB|"
                 r"câu lạc bộ|trên|tại|sản phẩm|ứng dụng|mạng xã hội|dòng|mẫu|đại diện|"
                 r"phát ngôn viên|người phát ngôn|trang|tờ|(?<!dự )(?<!thông )(?<!cảnh )báo|"
                 r"đài|kênh|người dùng|tài khoản|CEO|nhân viên|cổ phiếu|nền tảng|dịch vụ")
_BRAND_WORDS = rf"{_OUTLET_WORDS}|dùng|sử dụng"
_BRAND_BEFORE = re.compile(rf"(?<!\w)(?:{_BRAND_WORDS})\s*$", re.IGNORECASE)
_BRAND_BEFORE_FAMOUS = re.compile(rf"(?<!\w)(?:{_OUTLET_WORDS})\s*$", re.IGNORECASE)
_NOT_SPEAKER_BEFORE = re.compile(
    rf"(?:(?<!\w)(?:{_BRAND_WORDS}|của|với|phiến quân|lực lượng|nhóm|quân|phe)"
    r"|[“\"'])\s*$", re.IGNORECASE)
# Nouns for players, artists and hosts, with the qualifiers that may follow them: the
# capitalised words right after are a person's name (not a title: annotators leave
# occupations and playing positions out of it).
PERSON_BEFORE = re.compile(
    r"(?<![\w])(?:chân sút|tay vợt|tay đua|tay golf|golfer|võ sĩ|ông bầu|tỷ phú|rapper|"
    r"thủ thành|trọng tài|bà xã|ông xã|bạn gái|bạn trai|học trò|NTK|"
    r"thí sinh|nhà khoa học|thần đồng(?: toán học)?|người mẫu|vận động viên|siêu sao|danh thủ|"
    r"(?:người )?dẫn chương trình(?: truyền hình| TV)?|(?:nam |nữ )?ca sĩ|"
    r"(?:nam |nữ )?diễn viên(?: hài)?|"
    r"(?:hậu vệ|tiền vệ|tiền đạo|trung vệ|thủ môn)(?: (?:trái|phải|cánh|trụ|phòng ngự|"
    r"tấn công|cắm|dự bị|số \d+|người (?-i:[A-ZĐ])\w*(?: (?-i:[A-ZĐ])\w*)?))*)\s$",
    re.IGNORECASE)
_NOT_SPEAKER_FIRST = frozenset({"Theo", "Trang", "Video", "Team", "Kênh", "Báo", "Tờ", "Đài"})
# Verbs of speech and feeling said of people, seldom of firms ("Apple cho biết" is common,
# "Apple bày tỏ" is not).
_SPEAKER_VERBS = (r"nói|nhận xét|bày tỏ|phát biểu|thừa nhận|đáp trả|tâm sự|trả lời|giải thích|"
                  r"nhấn mạnh|kể lại|nhớ lại|cười|hài hước|thốt lên|than thở|chia sẻ thêm|"
                  r"khẳng định chắc chắn")
_SAYS = re.compile(rf" (?:{_SPEAKER_VERBS})(?!\w)")
# The same, and the verbs that firms take too, for a name that opens a clause.
_SAYS_OR_TELLS = re.compile(rf" (?:{_SPEAKER_VERBS}|cho biết|chia sẻ|tiết lộ)(?!\w)")
# Verbs that firms take too; said of a person when a pronoun for a person follows ("Sanalla
# cho biết ông dự kiến ...") or a quotation ends right before ("...", Wyden cho biết).
_TELLS = re.compile(r" (?:cho biết|cho rằng|cho hay|tin rằng|hy vọng|phủ nhận|thừa nhận|"
                    r"tiết lộ|khẳng định|chia sẻ|viết|nói thêm|nhận định|đánh giá)(?: thêm)?"
                    r"(?!\w)")
_TELLS_OF_SELF = re.compile(_TELLS.pattern + r"[\s,:]+(?:(?:rằng|là|ban đầu|khi đó)\s+)?"
                            r"(?:ông|bà|cô|anh|chị|mình|cậu|chàng|nàng)(?!\w)")
_QUOTE_CLOSED = re.compile(r"[”\"]\s*,?\s*$")


# Where a clause starts: at a line's start, or after a sentence's end, a comma, a colon or a
# dash and a space (not "UBND X.Điền Hải", an abbreviation's dot).
_CLAUSE_START = re.compile(r"(?:^|\n|[.!?:…,;–-][\"”’']?\s)\s*$")


# An initial ending a name ("Lê Minh T.", "Đào Văn Th."), and a name written in initials
# alone after an honorific ("bà N.T.L.").
_NAME_INITIAL = re.compile(r"(?:[A-ZĐ]|" + "|".join(sorted(_DIGRAPHS)) + r")\.")
_INITIALS_ONLY = re.compile(r"(?:[A-ZĐ]\.){2,4}(?![\w.])")


def _initials(f: _Finder, initials: set[str], found: list[PersonMention],
              sentences: Sentences) -> list[PersonMention]:
    """Short mentions by an initial alone ("Lê Minh T. khai nhận ... T. thừa nhận ...")
    of a person named in full with it, followed by a lower-case word; and names written in
    initials alone after an honorific ("Bà N.T.L. (45 tuổi)")."""
    text = f.text
    taken = SpanCover((p.start, p.end) for p in found)
    out: list[PersonMention] = []
    for letters in initials:
        for m in re.finditer(rf"(?<![\w.]){re.escape(letters)}(?= [{LOWERS}])", text):
            a = f.starts.get(m.start())
            if a is None or taken.meets(m.start(), m.end()):
                continue
            b = next((k for k in range(a + 1, min(a + 3, len(f.tokens)) + 1)
                      if f.tokens[k - 1].end == m.end()), None)
            if b is not None:
                out.append(_mention(f, a, b, "short", sentences))
    for m in _INITIALS_ONLY.finditer(text):
        a = f.starts.get(m.start())
        if a is None or a == 0 or taken.meets(m.start(), m.end()) \
                or f.tokens[a - 1].text.lower() not in f.lex.honorifics:
            continue
        b = next((k for k in range(a + 1, min(a + 9, len(f.tokens)) + 1)
                  if f.tokens[k - 1].end == m.end()), None)
        if b is not None:
            out.append(_mention(f, a, b, "full", sentences))
    return out


def _initial(tokens: list[Token], q: int) -> bool:
    """True when token ``q`` is a capital letter with a dot right after it (``L.``)."""
    tok = tokens[q]
    if not (((len(tok.text) == 1 and tok.text.isupper()) or tok.text in _DIGRAPHS)
            and q + 1 < len(tokens)
            and tokens[q + 1].text == "." and tokens[q + 1].start == tok.end):
        return False
    # ("C.V", "T.Ư": letters joined by dots are an abbreviation or two initials; "T.,": an
    # initial, then a comma.)
    return q + 2 >= len(tokens) or tokens[q + 2].start > tokens[q + 1].end \
        or not tokens[q + 2].word


def in_capital_run(tokens: list[Token], k: int, text: str, last: int | None = None) -> bool:
    """True when a capitalised word stands right before token ``k`` or right after token
    ``last`` (``k`` itself by default)."""
    last = k if last is None else last
    return (k > 0 and tokens[k - 1].cap and joined(tokens[k - 1], tokens[k], text)) \
        or (last + 1 < len(tokens) and tokens[last + 1].cap
            and joined(tokens[last], tokens[last + 1], text))


# Level words of one token a place's name follows ("phường Dương Đông", "thị trấn Bắc Hà").
_LEVELS = frozenset({w for w in LEVELS if " " not in w} | {"trấn"})
# A hamlet's head right before a name with a number after it or no family name first: the
# hamlet's name ("Bon trưởng Bu Prăng 1", "Trưởng bản Huổi Lạn"), not a person's.
_HAMLET_HEAD_BEFORE = re.compile(r"(?:[Tt]rưởng (?:thôn|bản|bon|buôn|ấp|xóm|làng|khóm)|"
                                 r"(?:[Bb]on|[Bb]uôn|[Bb]ản|[Tt]hôn|[Ấấ]p|[Xx]óm) trưởng) $")
_NUMBER_AFTER = re.compile(r" \d{1,3}[A-Z]?(?![\w/.,-]?\d)")
# The posts of Lao and Cambodian provinces and districts, right before a name.
_LAO_POST_BEFORE = re.compile(r"(?:[Tt]ỉnh|[Hh]uyện) trưởng $")
# A border post, named after its commune ("Đồn Biên phòng Lạc Quới").
_POST_BEFORE = re.compile(r"(?i:đồn biên phòng|đồn BP) $")
# A plural before a title: the title is each one's in the list of names after it.
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|năm)\s+$", re.IGNORECASE)
# Between two names of a list.
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


def other_name_context(tokens: list[Token], text: str, lex: Lexicon,
                       starts: dict[int, int]) -> Callable[[int], bool]:
    """A test of token indices: true when the words before the token make a name there a
    street's, a school's, a firm's... (as :func:`find_people` reads them)."""
    return _Finder(tokens, text, lex, starts, set())._excluded_context


def find_people(tokens: list[Token], text: str, lex: Lexicon, starts: dict[int, int],
                sentences: Sentences, places: set[str],
                words: WordIndex | None = None) -> list[PersonMention]:
    """Return every person mention, each with honorific, title and organisation if written.

    Example:
        >>> from corpus_tool.entities import extract_entities
        >>> p = extract_entities("Ông Lê Thanh Long, Trưởng ban Tuyên giáo Thành ủy "
        ...                      "Thủ Dầu Một, cho biết.").people[0]
        >>> (p.name, p.honorific, p.title, p.organization)
        ('Lê Thanh Long', 'Ông', 'Trưởng ban Tuyên giáo', 'Thành ủy Thủ Dầu Một')
    """
    f = _Finder(tokens, text, lex, starts, places, words)
    out: list[PersonMention] = []
    roles: set[str] = set()
    pending: list[tuple[int, int]] = []
    for i, j in f.runs():
        found = f.names_in_run(i, j)
        for a, b, kind in found:
            if f.role_before(a):
                roles.add(f.text[tokens[a].start:tokens[b - 1].end])
                continue
            out.append(_mention(f, a, b, kind, sentences))
        if found:
            continue
        # A run with no family name is a name when an honorific stands right before it
        # ("ông Long", "bà Angela Merkel").
        start = i
        if j - i <= 2 and _addressed_bare(f, j - 1) and (j - i == 1 or tokens[i].text.lower()
                                                         in lex.honorifics):
            # "bà Mỹ nhìn nhận", "anh Trường gọi điện": a given name that also names a
            # place or heads a body, after a word of address.
            out.append(_mention(f, j - 1, j, "short", sentences))
            continue
        place = f._place_at(i, j)
        if place == 1 and j - i == 1 and any(
                len(p.name.split()) >= 3 and p.name.endswith(" " + tokens[i].text)
                and p.title is not None for p in out) \
                and f._title_before(i, sentences.bounds(tokens[i].start)[0])[1] is not None:
            # "Bí thư Tỉnh ủy Lê Quang Vinh ...", then "Bí thư Tỉnh ủy Vinh yêu cầu ...":
            # the official's given name after his title and body, though it names a city.
            out.append(_mention(f, i, j, "short", sentences))
            continue
        if place == 1 and j - i == 2 and (honorific := f._address(i)[0]) is not None \
                and honorific[:1].islower() and not foreign_word(tokens[i + 1].text) \
                and not f._place_at(i + 1, j) \
                and not f.lex.org_head_re.match(f.text, tokens[i + 1].start):
            # "đồng chí Mỹ Hạnh", "ông Đức Anh": a word of address, then two given names
            # the first of which also names a country.
            out.append(_mention(f, i, j, "short", sentences))
            continue
        if place:
            if place < j - i:
                # "Bộ trưởng Quốc phòng Mỹ James Mattis": a country, then a name that a
                # title before it may make a person's (decided in the second pass).
                pending.append((i, j))
            continue
        if f._excluded_context(i):
            f._not_person(i, j)
            continue
        if 2 <= j - i - sum(t.text in _PARTICLES or initial(t.text) for t in tokens[i:j]) <= 3 \
                and f.given_at(i) \
                and not f.org_inside(i, j) \
                and not any(t.text in _NOT_NAME_WORDS for t in tokens[i:j]):
            # "Aaron Ramsey", "Arsene Wenger": a foreign given name and a second word; "Ben
            # Burgwin", a given name that spells a Vietnamese syllable too, before a foreign
            # word.
            out.append(_mention(f, i, j, "full", sentences))
            continue
        if korean_name_end(tokens, i, j, lex.korean_surnames) == j \
                and not f._opens_not_name(i, j):
            # "Song Joong Ki", "Park Hang-seo", "Lee Min Ho": a Korean family name first.
            out.append(_mention(f, i, j, "full", sentences))
            continue
        if any(f.given_at(q) and 2 <= j - q <= 3
               and any(k + (f._place_at(k, q) or f._body_at(k, q)) == q for k in range(i, q))
               for q in range(i + 1, j)):
            # "Chủ tịch Hạ viện Bang California Anthony Rendon": a place, then a foreign
            # name that the second pass takes from its given name on; or a body named by
            # its head alone ("Tổng thư ký Liên Hợp Quốc Antonio Guterres").
            pending.append((i, j))
            continue
        if j - i >= 2 and f._address_word(i):
            start = i + 1
        hon, _ = f._honorific(start) if start == i else (tokens[i].text, i)
        if j - start == 1 and _initial(tokens, start) and (
                hon is not None or _PERSON_NOUN.search(text, max(0, tokens[start].start - 12),
                                                       tokens[start].start)):
            # "anh L.", "Anh S. bảo": a person named by an initial.
            out.append(_mention(f, start, start + 2, "short", sentences))
        elif hon is not None and f.lao_name(start, j):
            # "ông Bun Nhăng Xay Nha Vông, Phó Tỉnh trưởng tỉnh Hủa Phăn": a Lao name
            # written in Vietnamese syllables, longer than a Vietnamese one.
            out.append(_mention(f, start, j, "full", sentences))
        elif hon is not None and f.could_be_name(start, j) \
                and not (j - start == 1 and tokens[start].text in _NOT_GIVEN):
            # ("chị Mai T.", "bé Y Khương M.": a name shortened to an initial keeps its dot.)
            end = j + 1 if j - start >= 2 and _initial(tokens, j - 1) else j
            out.append(_mention(f, start, end, "short", sentences))
        elif f.could_be_name(i, j):
            pending.append((i, j))
    if pending:
        out.extend(_second_pass(f, pending, out, sentences))
        out.sort(key=lambda p: p.start)
    tags = [k for k, tok in enumerate(tokens) if tok.cap and not tok.titlecase
            and tok.text in lex.known_people and not in_capital_run(tokens, k, text)
            and not _BRAND_BEFORE.search(text, max(0, tok.start - 24), tok.start)]
    if tags:
        # "CR7": a well-known person's tag, which no run of capitalised words holds; not
        # inside a name ("Pestana CR7", a hotel) or after a brand word ("thương hiệu").
        out.extend(_mention(f, k, k + 1, "alias", sentences) for k in tags)
        out.sort(key=lambda p: p.start)
    initials = {p.name.rsplit(" ", 1)[-1] for p in out
                if " " in p.name and _NAME_INITIAL.fullmatch(p.name.rsplit(" ", 1)[-1])}
    if initials or _INITIALS_ONLY.search(text):
        out.extend(_initials(f, initials, out, sentences))
        out.sort(key=lambda p: p.start)
    # A character's name ("đóng vai ông trùm Phan Quân") is no person wherever it recurs;
    # nor is a street's name repeated bare ("nút giao Nguyễn Thái Sơn" after "đường
    # Nguyễn Thái Sơn"), unless an honorific or a title makes it a person's.
    titled = _title_spans(text, out)
    # "Domenec Torrent, cựu trợ lý của Guardiola", "đại biểu Nguyễn Bá Thuyền và Ngô Minh
    # Tiến", "trung vệ Chiellini - Bonucci": a person named with an honorific or a family
    # name (or a foreigner named with a title, by the last word of the name) is no
    # organisation.
    names = {n for p in out if p.honorific or (
        " " in p.name and p.name.split(" ", 1)[0] in lex.surnames)
        for n in (p.name, p.name.rsplit(" ", 1)[-1])} | {
        n for p in out if p.title is not None and foreign_word(p.name.rsplit(" ", 1)[-1])
        for n in (p.name, p.name.rsplit(" ", 1)[-1])} | {
        # ("Các danh hài Hoài Linh, Chí Tài": a plural title, then a list of people.)
        p.name for p in out if " " in p.name and p.title is not None}
    listed: PersonMention | None = None
    # The people by start, to find those named right before each one; ``reach`` is the
    # longest name.
    by_start = _ByStart(out)
    reach = max((q.end - q.start for q in out), default=0)
    for p in out:
        if p.organization in names:
            p.organization = None
        before = None
        if p.organization is not None and p.title is not None:
            org = p.organization
            before = next((q for q in by_start.within(p.start - 12 - reach, p.start + 1)
                           if q.end <= p.start <= q.end + 12 and " " in q.name
                           and org.endswith(" " + q.name)
                           and (q.title is not None or starts.get(q.start, 0) == 0
                                or tokens[starts[q.start] - 1].text.lower()
                                not in ADMIN_WORDS)), None)
        if before is not None and p.title is not None and p.organization is not None:
            # "Trả lời Bí thư Thành ủy TP Hồ Chí Minh Đinh La Thăng, ông Trần Văn Hiếu,
            # Trưởng Công an Quận 2": the title and the body before the comma were the
            # person's named before it; this one's are those after the name, if any. (Not
            # after a place's prefix, unless that person was read with the title: in
            # "Trưởng Công an phường Bùi Thị Xuân, ông ..." the name is the ward's.) After
            # a plural ("các Phó Chủ tịch UBND tỉnh Mai Hùng Dũng, Nguyễn Lộc Hà, Đặng Minh
            # Hưng") the title is each one's in the list.
            body = p.organization[:-len(before.name)].rstrip()
            lead = text.rfind(f"{p.title} {body} {before.name}", max(0, before.start - 200),
                              before.end)
            if p.honorific is None and lead >= 0 \
                    and _PLURAL_BEFORE.search(text, max(0, lead - 12), lead):
                p.organization = body
                listed = p
                continue
            b = starts[p.start]
            while tokens[b].end < p.end:
                b += 1
            p.title, p.organization = f._title_after(b + 1, spaced=True)
        elif listed is not None and p.title is None and p.honorific is None \
                and _LIST_GAP.fullmatch(text, listed.end, p.start):
            p.title, p.organization = listed.title, listed.organization
            listed = p
            continue
        listed = None
        suffix = _STAGE_SUFFIX.match(text, p.end)
        if suffix is not None and not lex.org_acronym_re.match(text, p.end + 1) \
                and suffix.group(1) not in PLACE_ABBREVIATIONS and " " in p.name:
            # "Sơn Tùng M-TP", "John Paul II": a stage name's tag, a regnal number.
            p.end = suffix.end(1)
            p.name = text[p.start:p.end]
            reach = max(reach, p.end - p.start)
    in_title = SpanCover(titled)
    return [p for p in out if p.name not in roles and not (
        p.name in f.not_people and p.honorific is None and p.title is None)
        and not _reader_signature(text, p.start, p.end)
        and not in_title.contains(p.start, p.end)
        and not _model_name(text, p, lex, out)]


def _model_name(text: str, p: PersonMention, lex: Lexicon,
                people: list[PersonMention]) -> bool:
    """True for a product's model taken for a name: one with a digit (``Audi A8``, ``X5``),
    or a foreign name after a kin word that reviews use for a maker's other models
    (``người anh em Santa Fe``, ``đàn anh Elantra``), unless it opens with a known given
    name (``đàn anh Sergio Aguero``), is Vietnamese (``đàn anh Văn Quyết``) or is found as
    a name elsewhere in the article without a kin word (``đàn em Naomi Osaka``)."""
    if any(c.isdigit() for c in p.name):
        # (Not a well-known person's tag: "CR7".)
        return p.name not in lex.known_people
    words = p.name.split()
    return _kin_before(text, p.start) and all(foreign_word(w) for w in words) \
        and words[0] not in lex.foreign_given \
        and not any(q.name == p.name and not _kin_before(text, q.start) for q in people)


def _kin_before(text: str, start: int) -> bool:
    return _KIN_BEFORE.search(text, max(0, start - 16), start) is not None


def _title_spans(text: str, people: list[PersonMention]) -> list[tuple[int, int]]:
    """Where the titles written in apposition after people's names are: capitalised words
    inside one (``Giám đốc Khối Sản xuất của FPT Japan``) name no other person."""
    spans = []
    for p in people:
        if p.title is not None and " " in p.title:
            k = text.find(p.title, p.end, p.end + 12 + len(p.title))
            if k >= 0:
                spans.append((k, k + len(p.title)))
    return spans


def _reader_signature(text: str, start: int, end: int) -> bool:
    """True for a reader's name signed under a question in a Q&A column: alone in brackets
    closing a text that asks something ("... hay rẻ? ... (Võ Mạnh Hùng)."), or right after
    the question mark, before an address in brackets ("... thế nào? Nguyễn Thị Liên
    (nguyenlien@gmail.com)", "? Bạn Vi Thị Minh (Chi Lăng, Lạng Sơn)")."""
    if text[start - 1:start] == "(" and re.match(r"\)\s*(?:[.\n]|$)", text[end:end + 3]):
        return "?" in text[max(0, start - 400):start]
    return re.search(r"\?\s*(?:[Bb]ạn\s+)?$", text[max(0, start - 10):start]) is not None \
        and re.match(r"\s*\(", text[end:end + 3]) is not None


def _brand_elsewhere(f: _Finder, i: int) -> bool:
    """True when the word at token ``i`` stands elsewhere in the text without the word that
    follows it here: a firm's or a brand's name (``Apple``), not a given name."""
    # ("HLV Park Hang-seo" beside "Park Hang Seo": the same name written another way;
    # "Tổng thống Colombia Juan Manuel Santos" beside "ông Juan": a given name alone.)
    if f.given_at(i):
        return False
    word, nxt = f.tokens[i].text, f.tokens[i + 1].text.split("-")[0]
    return _stands_elsewhere(f, i, f"without {nxt}", word,
                             lambda m: not f.text.startswith(nxt, m.end() + 1))


def _stands_elsewhere(f: _Finder, i: int, test_name: str, run: str,
                      test: Callable[[re.Match[str]], object]) -> bool:
    """True when ``run`` stands in the text as a whole word somewhere other than at token
    ``i`` where ``test`` holds of it. The places are read once per text, test and run: a
    long text may name the same person thousands of times."""
    at = f.stands_at.get((test_name, run))
    if at is None:
        at = f.stands_at[(test_name, run)] = [m.start() for m in f.words.whole(run) if test(m)]
    return any(start != f.tokens[i].start for start in at[:2])


# Quotation marks that open a nickname (‘Donald của chúng tôi’); each is a token of its own.
_OPENING_QUOTES = frozenset("‘“\"'")
# An age written after a name ("Zhao Bianxiang 43 tuổi", "Predrag Mijatovic, 49 tuổi").
_AGE_AFTER = re.compile(r",?\s\(?\d{1,3}\s+tuổi(?!\w)")


def _plain_name(f: _Finder, i: int, j: int) -> bool:
    """True when tokens ``i..j-1`` can be a person's name read from its context alone:
    capitalised words, none a known firm, club or word that names no one (``Cup``)."""
    # (A nobiliary particle inside: "Bert van Marwijk"; a firm's or an institution's name
    # of several words is none: "Điện Kremlin".)
    return all((t.titlecase or (i < q < j - 1 and t.text in _PARTICLES))
               and _plain_word(f, t.text) for q, t in enumerate(f.tokens[i:j], i)) \
        and f.text[f.tokens[i].start:f.tokens[j - 1].end] not in f.lex.firms


def _plain_word(f: _Finder, word: str) -> bool:
    """True for a word that is no known firm, product, club or word that names no one."""
    return word not in _NOT_NAME_WORDS and word not in f.lex.brands and word not in f.lex.teams


def _firm_elsewhere(f: _Finder, i: int, j: int) -> bool:
    """True when the run of tokens ``i..j-1`` stands elsewhere in the text right after a
    firm's head word or as part of a longer capitalised name (``hãng Nokia``, ``Nokia
    Lumia``): a brand, not a person."""
    return _stands_elsewhere(
        f, i, "firm", f.text[f.tokens[i].start:f.tokens[j - 1].end],
        lambda m: _BRAND_BEFORE.search(f.text, max(0, m.start() - 24), m.start())
        or re.match(r" [A-Z0-9]|\+", f.text[m.end():m.end() + 2]))


def _titled_before_comma(f: _Finder, i: int, found: list[PersonMention],
                         sentences: Sentences) -> bool:
    """True when a title and its body end at the comma before token ``i`` with no person
    between them (in ``HLV Jose Mourinho, Xabi Alonso`` the title is Mourinho's)."""
    _title, org, at = f._title_before_comma(i - 1, sentences.bounds(f.tokens[i].start)[0])
    return org is not None and not any(at <= p.start and p.end <= f.tokens[i].start
                                       for p in found)


# Two foreign single names joined by "và" opening a sentence, a predicate after them
# ("Molinari và Fleetwood tranh 1,25 triệu đôla", "Joshua và Povetkin trong buổi chụp").
_PAIR_AFTER = re.compile(r" và ([A-Z][a-z]{2,}) (?=[" + LOWERS + r"])")
_SENTENCE_OPENS = r"(?:^|[.!?:]\s|\n)"
_PAIR_BEFORE = re.compile(_SENTENCE_OPENS + r"([A-Z][a-z]{2,}) và $")
_SENTENCE_START = re.compile(_SENTENCE_OPENS + "$")


def _foreign_pair(f: _Finder, i: int) -> bool:
    """True when the foreign single name at token ``i`` is one of two joined by ``và`` that
    open a sentence before a lower-case predicate, neither a known place, firm or club."""
    text = f.text
    tok = f.tokens[i]

    def plain(word: str) -> bool:
        return foreign_word(word) and word not in f.lex.places and _plain_word(f, word)

    if not (len(tok.text) >= 3 and tok.text.isascii() and plain(tok.text)):
        return False
    after = _PAIR_AFTER.match(text, tok.end)
    if after is not None and _SENTENCE_START.search(text, max(0, tok.start - 3), tok.start):
        return plain(after.group(1))
    before = _PAIR_BEFORE.search(text, max(0, tok.start - 20), tok.start)
    return before is not None and plain(before.group(1)) \
        and re.match(r" [" + LOWERS + r"]", text[tok.end:tok.end + 2]) is not None


class _ByStart:
    """People by where they start, asked for those that start in a stretch (a text may
    name thousands)."""

    def __init__(self, people: list[PersonMention]) -> None:
        self._people = people
        self._order = sorted(range(len(people)), key=lambda k: people[k].start)
        self._starts = [people[k].start for k in self._order]

    def within(self, lo: int, hi: int) -> list[PersonMention]:
        """Those that start at ``lo`` to ``hi - 1``, in the order of the list."""
        near = self._order[bisect.bisect_left(self._starts, lo):
                           bisect.bisect_left(self._starts, hi)]
        return [self._people[k] for k in sorted(near)]


def _start(p: PersonMention) -> int:
    """A mention's start (the key people are bisected by)."""
    return p.start


def _listed_with_person(f: _Finder, i: int, j: int, found: Iterable[PersonMention]) -> bool:
    """True when a person found in the text stands right before or after tokens ``i..j-1``
    in a list (a comma or ``và`` between). ``found`` is read only when a comma or ``và``
    stands there."""
    start, end = f.tokens[i].start, f.tokens[j - 1].end
    before = next((start - len(w) for w in _LIST_LINKS if f.text.endswith(w, 0, start)), None)
    after = next((end + len(w) for w in _LIST_LINKS if f.text.startswith(w, end)), None)
    return (before is not None or after is not None) \
        and any(p.end == before or p.start == after for p in found)


_LIST_LINKS = (", ", " và ")


def _named_in_full(f: _Finder, p: PersonMention) -> bool:
    """True for a person named with an honorific, a title, or a family name and two more
    syllables (``Bùi Tiến Dũng``): one a bare name listed beside is a person's too."""
    words = p.name.split()
    return p.honorific is not None or p.title is not None or (
        len(words) >= 3 and words[0] in f.lex.surnames)


def _in_address(f: _Finder, i: int, j: int) -> bool:
    """True when tokens ``i..j-1`` are an item of an address or a list of places: a known
    place follows after a comma (``Hoàn Kiếm, Hà Nội``), or a house number comes before
    (``56 Lý Thái Tổ``)."""
    toks = f.tokens
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].titlecase \
            and f._place_at(j + 1, min(len(toks), j + 5)):
        return True
    return i >= 2 and toks[i - 1].text == "," and toks[i - 2].text[:1].isdigit()


def _club_named(f: _Finder, club: str) -> bool:
    """True when the article names the club ``club`` as a side in a match (``trận đấu với
    Valencia``, ``Man Utd - Valencia``): its bare name is then the club's, though a player
    is named like it (``Antonio Valencia``)."""
    return re.search(rf"(?:(?<!\w)(?:trận|đấu với|gặp|thắng|thua|hòa|tiếp|đội|CLB|sân|đánh bại|"
                     rf"cầu thủ|CĐV|hâm mộ)"
                     rf"|\w [-–]) {re.escape(club)}(?!\w)|(?<!\w){re.escape(club)} [-–] \w",
                     f.text) is not None


# Titles of artists, players and coaches, whose bare names the article repeats.
_PERFORMER = re.compile(r"(?i:HLV|huấn luyện viên|nghệ s[ĩỹ]|ca sỹ|nhạc sĩ|trọng tài|tuyển thủ|"
                        r"kỳ thủ|trung phong)")
_REFEREE = re.compile(r"(?i:(?:trợ lý )?trọng tài)")


def _performer(title: str | None) -> bool:
    """True for the title of an artist, a player or a coach (``Ca sĩ``, ``NSƯT``, ``HLV``,
    ``tiền vệ``), not a position in a body (``Bộ trưởng``, ``CEO``)."""
    return title is not None and bool(
        _STAGE.fullmatch(title) or PREFIX_TITLE.fullmatch(title) or _PERFORMER.fullmatch(title)
        or PERSON_BEFORE.search(title + " "))


# Particles that open a family name written without the given name ("De Bruyne", "Van
# Dijk", "Del Potro").
_OPENING_PARTICLES = frozenset(p.capitalize() for p in _PARTICLES)


# Nouns whose last word is a word of address: "anh em" (brothers), "đàn ông" (a man).
_NOUNS_ENDING_IN_ADDRESS = frozenset({
    "anh em", "ông bà", "cô chú", "chú bác", "anh chị", "cô dì", "chị em", "đàn ông", "đàn bà",
    "em bé", "trẻ em", "cụ bà", "cụ ông", "các em", "các anh", "các chị", "các cô", "các bà",
    "các ông", "những em", "hai em", "con bé", "cô bé", "cậu bé", "thằng bé"})


def _addressed_bare(f: _Finder, i: int) -> bool:
    """True when token ``i``, a syllable alone that names a place or heads a body, follows a
    word of address in the same clause (``anh Trường``, ``Bà Mỹ``; not ``Anh`` with a
    capital, which may be England)."""
    toks = f.tokens
    tok = toks[i]
    if i == 0 or not tok.titlecase or foreign_word(tok.text) or tok.text in f.lex.surnames:
        return False
    # ("người đàn ông Mỹ", "em bé Mỹ", "cụ bà Pháp": a nationality; see _address.)
    hon, at = f._address(i)
    if hon is None or at != i - 1 or hon == "Anh" or hon.lower() in ("bác", "cụ"):
        return False
    if hon.isupper():
        # ("ĐÁNG CHÚ Ý".)
        return False
    # ("thầy cô Trường PTDTBT THCS Na Ngoi": a school, its level after it.)
    return bool(f._place_at(i, i + 1) or f.lex.org_head_re.fullmatch(tok.text)) \
        and not f.lex.title_re.match(f.text, tok.start) \
        and not (i + 1 < len(toks) and toks[i + 1].text in SCHOOL_LEVELS)


def _second_pass(f: _Finder, pending: list[tuple[int, int]], found: list[PersonMention],
                 sentences: Sentences) -> list[PersonMention]:
    """Names without family name or honorific, accepted from their context.

    After a title (``Bí thư Thăng``, ``Tổng thống Mỹ Barack Obama``) a run of two or more
    syllables, a Latin-only syllable, or the last syllable of a name found in the article is
    a person; so is a bare repeat of a name found in the article (``Trường Chinh``) and the
    bare family name of a foreign name found in it (``Trump`` after ``Donald Trump``). Then,
    in order: a name news gives alone (``famous_people.txt``), a foreign name with a position
    in apposition or after a position and a comma, a foreign name before a verb of speech or
    listed beside a person (a known foreign given name alone too), a name after a noun for a
    player or an artist, a Vietnamese stage name opening a clause before a verb of speech,
    and the bare repeats of the names accepted from speech.
    """
    tokens = f.tokens
    names = {p.name for p in found if len(p.name.split()) >= 2}
    last = {n.split()[-1] for n in names}
    # ("PGS Trang" after "Ông Trang".)
    last |= {p.name for p in found if " " not in p.name and p.honorific is not None}
    foreign_last = {n.split()[-1] for n in names if n.isascii()}
    foreign_first = {n.split()[0] for n in names if n.isascii()}
    # "Công Phượng", "Phượng" after "Nguyễn Công Phượng": a Vietnamese name's given names.
    given2 = {" ".join(n.split()[-2:]) for n in names if len(n.split()) >= 3 and not n.isascii()}
    named = names | given2
    given1 = {n.split()[-1] for n in names if not n.isascii()}
    bodies = {p.organization for p in found if p.organization}
    # The bodies by their last word, to find those a run ends ("Facebook Portal" of "Phó
    # Chủ tịch Facebook Portal").
    by_last_word: dict[str, list[str]] = {}
    for body in bodies:
        by_last_word.setdefault(body.rsplit(" ", 1)[-1], []).append(body)
    found_by_start = _ByStart(found)
    out: list[PersonMention] = []
    spoken: set[str] = set()
    left: list[tuple[int, int, str]] = []
    for i, j in pending:
        if j - i == 2 and tokens[i].text in _CLAUSE_WORDS and tokens[i + 1].text in f.lex.famous \
                and foreign_word(tokens[i + 1].text):
            # "Nhưng Mourinho chưa chịu dừng lại", "Vì Martial đã chơi 90 phút": a word
            # opening the sentence, then a name news gives alone.
            i += 1
        elif j - i >= 3 and tokens[i].text in _CLAUSE_WORDS:
            rest = f.text[tokens[i + 1].start:tokens[j - 1].end]
            if rest in named:
                # "Ngoài Đức Chinh, ...", "Nếu Lee Min Ho ...": a word opening the sentence,
                # then a name found in the article.
                i += 1
            elif j - i <= 4 and f.given_at(i + 1) \
                    and _plain_name(f, i + 1, j) and not f.org_inside(i + 1, j):
                # "Theo Ben Gruondwater, ...": then a foreign given name and a family name.
                out.append(_mention(f, i + 1, j, "full", sentences))
                spoken.update((rest, rest.rsplit(" ", 1)[-1]))
                continue
        # "Tổng thống Nam Phi Nelson Mandela": the country is not part of the name;
        # "Chủ tịch Hạ viện Bang California Anthony Rendon": a given name starts it.
        # ("Ca sĩ Mỹ Tâm": a name news gives alone, though it opens with a country.)
        place = 0 if f.text[tokens[i].start:tokens[j - 1].end] in f.lex.famous \
            else f._place_at(i, j)
        if not place and j - i >= 3 and tokens[i].text in COUNTRY_SYLLABLES \
                and foreign_word(tokens[i + 1].text):
            # "Bộ trưởng Ngoại giao Đức Sigmar Gabriel", "Thủ tướng Anh Boris Johnson": a
            # country, also a given name or an honorific, that no foreign name opens.
            place = 1
        # "nhà hóa học người Thụy Sĩ Albert Hofmann", "HLV người Hàn Quốc Park Hang-seo": a
        # nationality before a name.
        nationality = place > 0 and f.text.endswith("người ", 0, tokens[i].start) \
            and not f.text.endswith(("những người ", "các người "), 0, tokens[i].start)
        i += place
        # ("Juan Manuel Santos", "Karen Scott Hill": a given name first, then another inside
        # a name of three words; "Viola Davis Nicole Kidman": two names.)
        given = next((q for q in range(i + 1, j - 1)
                      if tokens[q].text in f.lex.foreign_given or (
                          f.given_at(q) and all(marked_syllable(t.text) for t in tokens[i:q]))),
                     None) \
            if (not f.given_at(i) or j - i > 3) and not f._ede_opener(i) else None
        if given is not None:
            i = given
        elif j - i >= 3 and foreign_word(tokens[i].text) and (
                tokens[i].text in f.lex.brands or _brand_elsewhere(f, i)):
            # "Giám đốc điều hành Apple Tim Cook", a known brand or one the article names on
            # its own too: the firm, then the person.
            i += 1
        # "Thủ quân Bayern Philipp Lahm", "HLV Man Utd Jose Mourinho": the club, then the
        # person.
        i += next((n for n in (2, 1) if j - i > n + 1 and " ".join(
            t.text for t in tokens[i:i + n]) in f.lex.teams), 0)
        if i >= j:
            continue
        run = f.text[tokens[i].start:tokens[j - 1].end]
        before = f.text[tokens[i - 1].start:tokens[i].start] if i > 0 else ""
        if run in PLACE_ABBREVIATIONS \
                or (run in f.lex.teams and (run not in foreign_last or _club_named(f, run))) \
                or (before.endswith(" ") and tokens[i - 1].text.isupper()
                    and f"{before}{run}" in f.lex.teams) \
                or (tokens[i].text in _UNIT_WORDS and j - i >= 2) \
                or f.lex.org_head_re.match(f.text, tokens[i].start):
            # "UBND Tp. Hồ Chí Minh": a city's abbreviation, no name; "HLV Chelsea", "Tổng
            # Giám đốc AC Milan": a club; "Các bác sĩ Khoa Điều trị rối loạn nhịp": a
            # department's name.
            continue
        if j < len(tokens) and joined(tokens[j - 1], tokens[j], f.text) \
                and f"{tokens[j - 1].text} {tokens[j].text}" in COMPOUNDS:
            # "Liên đoàn Xe đạp Môtô Thể thao Việt Nam": the run's last word opens a
            # body's descriptor.
            continue
        if BOARD_TITLE.search(f.text, max(0, tokens[i].start - 12), tokens[i].start) \
                or f._in_firm_name(i) or run in bodies \
                or (out and out[-1].organization == run) \
                or any(body.endswith(" " + run)
                       for body in by_last_word.get(run.rsplit(" ", 1)[-1], ())):
            # "Phó Chủ tịch HĐQT Cengroup": the company, not a person; "Elon Musk, CEO
            # Tesla", "X, Phó trạm trưởng Trạm CSGT Tân Lạc", "Rafa Camargo, Phó Chủ tịch
            # Facebook Portal": the body of a person's title.
            continue
        if j - i == 1 and foreign_word(run) and run not in foreign_last \
                and run not in foreign_first \
                and (run not in f.lex.famous or f.text.startswith(" &", tokens[i].end)) \
                and (title := _BUSINESS_TITLE.search(f.text, max(0, tokens[i].start - 30),
                                                     tokens[i].start)) is not None \
                and not _LATE.search(f.text, max(0, title.start() - 4), title.start()) \
                and not _OF_OR_DIED.match(f.text, tokens[i].end):
            # "Chủ tịch Vietravel", "CEO Bkav": a firm named by its brand ("CEO Musk của
            # Tesla", "Chủ tịch Perez" are people; "Johnson & Johnson" is a firm). A firm
            # has no late chairman and does not die ("cố Chủ tịch Vichai", "Chủ tịch
            # Vichai qua đời"); a Thai is named by the given name of a full name found
            # in the article.
            continue
        # A title with its body before the name, or a title with a sector or a country
        # between ("Bộ trưởng Quốc phòng Mỹ James Mattis"); a unit's title right before
        # a capitalised word names the unit ("Trưởng phòng Maketing").
        titled = f._title_right_before(i)
        if not titled:
            b_title, b_org, b_at = f._title_before(i, sentences.bounds(tokens[i].start)[0])
            # (No title, no body: nothing below counts, and ``b_at`` is -1.)
            between = [q for q in found_by_start.within(b_at, tokens[i].start)
                       if q.end <= tokens[i].start] if b_title is not None else []
            # (``out`` grows in the order of the text: the pending runs are read in turn.)
            between_out = [p for p in out[bisect.bisect_left(out, b_at, key=_start):]
                           if p.end <= tokens[i].start] if b_title is not None else []
            gap = f.text[between_out[-1].end:tokens[i].start] if between_out else ""
            # (The title pattern is costly: the gap is stripped of titles only when it holds
            # a lower-case word at all.)
            if _LOWER_WORD.search(gap) and _LOWER_WORD.search(f.lex.title_re.sub("", gap)):
                between.append(between_out[-1])
            # ("Thượng nghị sĩ Patrick Leahy bang Vermont": the title is the person's
            # found between them, unless the two are listed: "CEO Mark Zuckerberg và COO
            # Sheryl Sandberg", "người mẫu ... Taylor Hill và Romee Strijd". A name found in
            # this pass takes the title only with a lower-case word after it: "HLV Pep
            # Guardiola giúp Man City giành Champions League", not "trung vệ Chiellini -
            # Bonucci", "Nữ hoàng Elizabeth II và Hoàng thân Philip".)
            # A title with a sector right before a foreign name of two words or more
            # ("Bộ trưởng Quốc phòng Harjit Sajjan") is the person's too.
            titled = (b_org is not None or (
                b_title is not None and b_at + len(b_title) + 1 < tokens[i].start) or (
                b_title is not None and j - i >= 2 and tokens[i].text not in f.lex.brands
                and all(foreign_word(t.text) for t in tokens[i:j]))) \
                and (not between or re.fullmatch(
                    r"\s+và\s+(?:\S+\s+)?", f.text[between[-1].end:tokens[i].start]) is not None)
            if not titled and j - i == 1 and b_title is not None and run in last \
                    and b_at + len(b_title) + 1 == tokens[i].start \
                    and any(p.name.rsplit(" ", 1)[-1] == run and p.title is not None
                            and p.title.lower().startswith(b_title.lower()) for p in found):
                # "Theo Trưởng phòng Phong" after "Nguyễn Hoàng Phong, Trưởng phòng quản lý
                # đô thị": the unit's title right before the given name of the person found
                # with it is that person's, no unit's name.
                titled = True
        single = j - i == 1
        if titled and not any(t.text in _NOT_NAME_WORDS and t.text not in f.lex.korean_surnames
                              for t in tokens[i:j]) \
                and not (tokens[i].text not in f.lex.surnames and f._opens_not_name(i, j)) \
                and not f.text.startswith(_FAITHS, tokens[i].start) \
                and not (_HAMLET_HEAD_BEFORE.search(f.text, max(0, tokens[i].start - 16),
                                                    tokens[i].start)
                         and (_NUMBER_AFTER.match(f.text, tokens[j - 1].end)
                              or tokens[i].text not in f.lex.surnames)) \
                and not (j - i <= 2 and f._place_slot(i)) \
                and (not single or foreign_word(run) or run in last
                       or (run in f.lex.korean_surnames and run != "An")
                       or _given_name_after_title(f, i)) \
                and tokens[i].text not in f.lex.firms:
            # ("các bác sĩ Vinmec", "Viện trưởng Pasteur", "Giám đốc Agribank Chi nhánh
            # ...": a firm or an institute after a title is the body, not a person; "Tổng
            # thống Moon", "HLV Park": a Korean family name alone is one, but "An" opens
            # "kỹ sư An toàn thông tin".)
            mention = _mention(f, i, j, "short", sentences)
            out.append(mention)
            if not single and not run.isascii():
                # "Bác sĩ Hạnh Đan ...", then "Theo bác sĩ Đan": the given name after a title.
                last.add(run.rsplit(" ", 1)[-1])
            if not single and mention.organization is None and _performer(mention.title) \
                    and run not in f.lex.teams and run not in f.lex.brands:
                # "Ca sĩ Quốc Thiên ...", then "Quốc Thiên mở màn năm 2017": an artist's or
                # a player's stage name repeated bare; "trọng tài Bjorn Kuipers", then
                # "Kuipers": a foreign family name.
                spoken.add(run)
                if all(foreign_word(t.text) for t in tokens[i:j]) \
                        or not foreign_word(tokens[j - 1].text):
                    spoken.add(tokens[j - 1].text)
            elif single and foreign_word(run) and mention.title is not None \
                    and _REFEREE.fullmatch(mention.title):
                # "Cựu trọng tài Collina ...", then "Collina": a referee is never a club.
                spoken.add(run)
        elif (run in f.lex.famous or (
                2 <= j - i <= 3 and tokens[j - 1].text in f.lex.famous
                and all((t.titlecase and foreign_word(t.text) and t.text not in f.lex.brands)
                        or (k == i and t.text in _OPENING_PARTICLES)
                        for k, t in enumerate(tokens[i:j], start=i))
                and not _GLUED_ACRONYM.match(tokens[i].text))) \
                and not _BRAND_BEFORE_FAMOUS.search(f.text, max(0, tokens[i].start - 24),
                                                    tokens[i].start) \
                and not re.match(r"\s*&", f.text[tokens[j - 1].end:tokens[j - 1].end + 3]) \
                and not re.search(r"(?:(?<!\w)(?:ở|tại|chuẩn)|&)\s$",
                                  f.text[max(0, tokens[i].start - 8):tokens[i].start]):
            # "Ronaldo", "Federer", "Công Phượng", "Novak Djokovic": a person news names
            # by one word or a stage name.
            out.append(_mention(f, i, j, "short" if single else "full", sentences))
            spoken.update((run, run.rsplit(" ", 1)[-1]))
        elif run in names or run in given2 or (single and run in foreign_last) or (
                single and run in foreign_first and run in f.lex.foreign_given
                and run not in f.lex.brands and run not in f.lex.teams
                and not (i > 0 and (tokens[i - 1].text in _OPENING_QUOTES or tokens[i - 1].cap))):
            # "Paul" after "Paul Baxter": a foreigner named by the given name alone (a given
            # name known as one: not "Agile" after a book read as "Agile Retrospectives"),
            # not in quotes (a nickname: ‘Donald của chúng tôi’) or after a capital
            # ("iPhone XS Max").
            out.append(_mention(f, i, j, "short", sentences))
        elif (foreign_word(tokens[j - 1].text) or (
                j - i >= 2 and tokens[i].text not in f.lex.surnames
                and all(t.text.isascii() and t.text.isalpha() for t in tokens[i:j])
                and not f._place_at(i, j)
                and not re.search(r"(?<!\w)\w\.\s*$", f.text[max(0, tokens[i].start - 4):
                                                            tokens[i].start]))) \
                and f._title_after(j)[0] is not None:
            # "Stacy Sullivan, Giám đốc văn hóa của Google", "Theo Tim Cook, CEO của
            # Apple": a foreign name with a position in apposition; "Tai Hui, Giám đốc
            # chiến lược ...": one whose words spell Vietnamese syllables, unmarked, after
            # no Vietnamese family name and naming no place ("H. Nam Giang", a district).
            if tokens[i].text in _OPENERS:
                i += 1
            if 2 <= j - i <= 3 and all(t.titlecase and t.text not in _NOT_NAME_WORDS
                                       for t in tokens[i:j]):
                out.append(_mention(f, i, j, "full", sentences))
        elif 2 <= j - i <= 3 and _plain_name(f, i, j) \
                and all(foreign_word(t.text) for t in tokens[i:j]) \
                and i >= 2 and tokens[i - 1].text == "," \
                and _titled_before_comma(f, i, found, sentences):
            # "cựu Giám đốc điều hành của Lamborghini, Stephan Winkelmann": a foreign name
            # after a position and its body and a comma.
            out.append(_mention(f, i, j, "full", sentences))
        elif j - i <= 3 and foreign_word(tokens[j - 1].text) and _plain_name(f, i, j) \
                and (_SAYS.match(f.text, tokens[j - 1].end) or (
                    not any(marked_syllable(t.text) for t in tokens[i:j])
                    and (_TELLS_OF_SELF.match(f.text, tokens[j - 1].end)
                         or (_TELLS.match(f.text, tokens[j - 1].end)
                             and _QUOTE_CLOSED.search(f.text, max(0, tokens[i].start - 4),
                                                      tokens[i].start))))) \
                and tokens[i].text not in _OPENERS and tokens[i].text not in _NOT_SPEAKER_FIRST \
                and not (i > 0 and (tokens[i - 1].cap or tokens[i - 1].text in "&+")
                         and not f._sentence_initial(i)) \
                and not _NOT_SPEAKER_BEFORE.search(f.text, max(0, tokens[i].start - 24),
                                                   tokens[i].start) \
                and (run in foreign_last or not _firm_elsewhere(f, i, j)):
            # "..., Babbel nhận xét", "Jardim bày tỏ": a foreign name before a verb of
            # speech or of feeling that a firm does not take, or before one firms take too
            # with a person's pronoun after it or a quotation closed before it.
            out.append(_mention(f, i, j, "short" if single else "full", sentences))
            spoken.update((run, run.rsplit(" ", 1)[-1]))
        elif 2 <= j - i <= 3 and _plain_name(f, i, j) \
                and all(len(t.text) >= 3 for t in tokens[i:j]) \
                and foreign_word(tokens[i].text) and foreign_word(tokens[j - 1].text) \
                and _listed_with_person(f, i, j, found):
            # "Kylian Mbappe, Benjamin Mendy, Bernardo Silva": a foreign name listed beside
            # a person's; a title before the list is the first person's ("HLV Jose
            # Mourinho, Xabi Alonso").
            listed = _mention(f, i, j, "full", sentences)
            if listed.title is not None and f.text.rfind(
                    listed.title, sentences.bounds(tokens[i].start)[0], tokens[i].start) >= 0:
                listed.title = listed.organization = None
            out.append(listed)
        elif single and run in f.lex.foreign_given and _plain_name(f, i, j) \
                and run not in f.lex.places and not _firm_elsewhere(f, i, j) \
                and _listed_with_person(f, i, j, itertools.chain(out, found)):
            # "Suarez và Roberto có lỗi", "Casemiro và Mariano": a foreign given name alone,
            # listed beside a person's name; its bare repeats are the person's too.
            out.append(_mention(f, i, j, "short", sentences))
            spoken.add(run)
        elif j - i <= 3 and _plain_name(f, i, j) and tokens[i].text not in _OPENERS \
                and tokens[i].text not in _NOT_SPEAKER_FIRST \
                and (not single or foreign_word(run)) \
                and (nationality or PERSON_BEFORE.search(f.text, max(0, tokens[i].start - 40),
                                                         tokens[i].start)):
            # "chân sút Salah", "hậu vệ trái Kolarov", "người dẫn chương trình Oprah
            # Winfrey": a noun for a player, an artist or a host names the person after it;
            # so does a nationality.
            out.append(_mention(f, i, j, "short" if single else "full", sentences))
            spoken.update((run, run.rsplit(" ", 1)[-1]))
        elif j - i == 2 and _plain_name(f, i, j) \
                and not any(foreign_word(t.text) for t in tokens[i:j]) \
                and tokens[i].text not in _OPENERS and tokens[i].text not in _NOT_SPEAKER_FIRST \
                and tokens[i].text.lower() not in f.lex.honorifics \
                and _CLAUSE_START.search(f.text, max(0, tokens[i].start - 4), tokens[i].start) \
                and _SAYS_OR_TELLS.match(f.text, tokens[j - 1].end) \
                and not _firm_elsewhere(f, i, j):
            # "Mới đây, Bảo Duy chia sẻ", "...", Quốc Nghiệp cho biết": a Vietnamese given or
            # stage name opening a clause, before a verb of speech; its last word is the
            # given name the article goes on with ("... của Duy kinh doanh").
            out.append(_mention(f, i, j, "short", sentences))
            spoken.update((run, tokens[j - 1].text))
        elif j - i == 2 and _plain_name(f, i, j) \
                and all(marked_syllable(t.text) for t in tokens[i:j]) \
                and tokens[i].text not in _OPENERS and tokens[i].text not in f.lex.surnames \
                and tokens[i].text not in ("Trưởng", "Phó") \
                and not f.lex.title_re.match(f.text, tokens[i].start) \
                and not _in_address(f, i, j) \
                and _listed_with_person(f, i, j, itertools.chain(
                    out, (p for p in found if _named_in_full(f, p)))):
            # "Bùi Tiến Dũng, Văn Khánh, Quang Hải, Văn Thanh": a Vietnamese given or
            # stage name listed beside a person named in full (or found so).
            out.append(_mention(f, i, j, "short", sentences))
        elif single and (run in given1 or (run in spoken and not foreign_word(run))) \
                and not (place > 0 and f._excluded_context(i - place)) \
                and not _UNIT_BEFORE.search(
                f.text, max(0, tokens[i].start - 14), tokens[i].start) and (
                (i > 0 and not f._sentence_initial(i)) or _PREDICATE.match(f.text, tokens[i].end)):
            # A bare given name opening a sentence must be followed by a predicate
            # ("Phượng đánh mất ..."): "Nam giới ..." opens with a common word.
            out.append(_mention(f, i, j, "short", sentences))
        elif single and _foreign_pair(f, i):
            # "Molinari và Fleetwood tranh ...": two players named bare.
            out.append(_mention(f, i, j, "short", sentences))
            spoken.add(run)
        elif place > 0 and f.given_at(i) and 2 <= j - i <= 3 \
                and _plain_name(f, i, j) and not f.org_inside(i, j):
            # "người đồng cấp Mỹ James Mattis", "lãnh tụ tinh thần Iran Ali Khamenei": a
            # place, then a foreign given name and a family name, a name as on its own.
            out.append(_mention(f, i, j, "full", sentences))
        elif 2 <= j - i <= 3 and _plain_name(f, i, j) \
                and _AGE_AFTER.match(f.text, tokens[j - 1].end) \
                and tokens[i].text not in _OPENERS and tokens[i].text not in _CLAUSE_WORDS \
                and tokens[i].text.lower() not in f.lex.honorifics and not f.org_inside(i, j):
            # "Zhao Bianxiang 43 tuổi", "Predrag Mijatovic, 49 tuổi": a name, then an age
            # (not a caption run into the next sentence: "HSBC Champions Golfer 29 tuổi").
            out.append(_mention(f, i, j, "full", sentences))
        elif foreign_word(run) or (2 <= j - i <= 3 and _plain_name(f, i, j)):
            left.append((i, j, run))
    # The speaker's name repeated bare ("Zaha đáp trả ...", then "phạm lỗi với Zaha").
    out.extend(_mention(f, i, j, "short", sentences) for i, j, run in left if run in spoken)
    return out


# Doctors', scholars', officers', lawyers', writers' and coaches' titles, which the press
# puts before a given name alone ("bác sĩ Dũng cho biết", "Theo PGS.TS Hùng", "thiếu úy Sơn
# cho biết"); not after a plural ("các bác sĩ Vinmec", "y bác sĩ Việt": a hospital's or a
# country's doctors).
_DOCTOR_BEFORE = re.compile(
    r"(?<![\w.])(?:[Bb]ác s[ĩỹ]|[Pp]hó [Gg]iáo sư|[Gg]iáo sư|[Tt]iến s[ĩỹ]|[Tt]hạc s[ĩỹ]|"
    r"[Dd]ược s[ĩỹ]|[Đđ]iều dưỡng|PGS|GS|TS|ThS|BS|(?:PGS|GS|Ths?)[.-]\s?(?:TS|BS)|"
    r"(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu) (?:tá|úy|uý)|[Ll]uật sư|[Kk]ỹ sư|[Kk]iến trúc sư|"
    r"KTS|LS|[Nn]hà báo|[Nn]hạc s[ĩỹ]|[Hh]ọa s[ĩỹ]|[Nn]hà văn|[Nn]hà thơ|HLV|NSND|NSƯT|"
    r"[Nn]ghệ sĩ|[Tt]hầy giáo|[Cc]ô giáo)\.?\s$")
_PLURAL_DOCTORS = re.compile(r"(?:(?<!\w)(?:các|những|nhiều|ngũ)|(?<!\w)y)\s\S+(?:\s\S+)?\s$",
                             re.IGNORECASE)


# What doctors do in the news, besides speaking.
_ADVISES = re.compile(r" (?:khuyến cáo|khuyên|nhận định|cho hay|lưu ý|phân tích|nhấn mạnh|"
                      r"giải thích|cảnh báo)(?!\w)")


# Capitalised words for a people ("bác sĩ Việt", "bác sĩ Tây"), no given names there.
_NATIONALITY_WORDS = frozenset({"Việt", "Tây", "Ta", "Hàn", "Nhật", "Trung"})
# What officials do in the news, besides speaking.
_DIRECTS = re.compile(r" (?:đề nghị|yêu cầu|chỉ đạo|phát biểu|kết luận|chủ trì|ký|trao|"
                      r"thăm|tiếp|dự|làm việc)(?!\w)")


def _given_name_after_title(f: _Finder, i: int) -> bool:
    """True when token ``i``, a Vietnamese given name alone, follows a doctor's or a
    scholar's title and ends a clause's subject, before a verb of speech or advice, a comma
    or a dash and a position ("bác sĩ Thái nói", "Theo TS Hưng, ..."), or any title and a
    verb of speech or direction ("Thứ trưởng Cường đề nghị"); not a field ("giáo sư Toán có
    hợp đồng", "thạc sĩ Quản lý công"), a nationality ("bác sĩ Việt") or a body ("Giám đốc
    Sở")."""
    tok = f.tokens[i]
    lo = max(0, tok.start - 16)
    if foreign_word(tok.text) or tok.text.isupper() or tok.text in f.lex.places \
            or tok.text in f.places or tok.text in _OPENERS or tok.text in f.lex.firms \
            or tok.text in _NATIONALITY_WORDS \
            or f.lex.org_head_re.match(f.text, tok.start) is not None \
            or _PLURAL_DOCTORS.search(f.text, max(0, tok.start - 24), tok.start) is not None:
        return False
    speaks = _SAYS_OR_TELLS.match(f.text, tok.end) is not None \
        or _ADVISES.match(f.text, tok.end) is not None
    if _DOCTOR_BEFORE.search(f.text, lo, tok.start) is not None:
        # ("bác sĩ Phú - Trưởng khoa Ngoại tổng hợp, ...": a position after a dash.)
        dash = re.match(r"\s+[-–]\s+", f.text[tok.end:tok.end + 4])
        return speaks or re.match(r"[,:;!?)]|\.(?!\w)", f.text[tok.end:tok.end + 1]) is not None \
            or (dash is not None
                and f.lex.title_re.match(f.text, tok.end + dash.end()) is not None)
    # "Thứ trưởng Cường đề nghị", "Bộ trưởng Dũng cho biết": an official by the given name
    # before a verb of speech or of direction (a comma after an official's title more often
    # closes a place: "Chủ tịch Hà Nội, ...").
    return (speaks or _DIRECTS.match(f.text, tok.end) is not None) \
        and f._title_ends_before(tok.start)


def _mention(f: _Finder, a: int, b: int, kind: str | None,
             sentences: Sentences) -> PersonMention:
    """Build the mention of tokens ``a..b-1`` with its honorific, title and organisation."""
    toks = f.tokens
    text = f.text
    if b < len(toks) and len(toks[b].text) >= 2 and _REGNAL.fullmatch(toks[b].text) \
            and joined(toks[b - 1], toks[b], text) and foreign_word(toks[b - 1].text):
        # "Nữ hoàng Elizabeth II", "Giáo hoàng Benedict XVI": the regnal number is the
        # name's.
        b += 1
    start, end = toks[a].start, toks[b - 1].end
    name = text[start:end]
    honorific: str | None = None
    if a > 0 and toks[a - 1].word:
        honorific, _first = f._honorific(a)
    sent_lo, _ = sentences.bounds(start)
    title: str | None = None
    org: str | None = None
    before_dash = False
    if honorific is None:
        title, org, at = f._title_before(a, sent_lo)
        k = f.starts.get(at) if title is not None and PREFIX_TITLE.fullmatch(title) else None
        if k is not None:
            # "Nguyên Thống đốc Ngân hàng Nhà nước TS Cao Sĩ Kiêm": a position and its body
            # written before the degree; "Giám đốc ĐH Đà Nẵng, GS-TS Trần Văn Nam": before
            # a comma and the degree.
            t2, o2, _at2 = f._title_before(k, sent_lo)
            dash = toks[k - 1].text in ("-", "–") and toks[k - 1].start > toks[k - 2].end
            if t2 is None and k >= 2 and (toks[k - 1].text == "," or dash) \
                    and not _STAGE.fullmatch(title or ""):
                t2, o2, at2 = f._title_before_comma(k - 1, sent_lo)
                t2 = t2 if o2 is not None else None
                if dash and re.search(r"[-–,]\s*$", text[max(0, at2 - 3):at2]):
                    # ("TS Nguyễn Quốc Tuấn - Viện trưởng Viện Nghiên cứu Tôn giáo - Nhà thơ
                    # Trần Đăng Khoa": the position before the dash is the person's before.)
                    t2 = None
            if t2 is not None and not PREFIX_TITLE.fullmatch(t2):
                title, org = t2, o2
        if title is None and a >= 2 and (toks[a - 1].text == "," or (
                toks[a - 1].text in ("-", "–") and toks[a - 1].end < toks[a].start)):
            # "do chủ tịch UBND tỉnh Thái Bình, Nguyễn Hồng Diên ký", "CEO của SpaceX –
            # Elon Musk".
            t_title, t_org, _at = f._title_before_comma(a - 1, sent_lo)
            if t_org is not None:
                title, org = t_title, t_org
    elif a >= 2:
        # "Chủ tịch Ủy ban Nhân dân tỉnh Kon Tum, ông Nguyễn Văn Hòa", "Bí thư Thành ủy
        # Thành phố Hồ Chí Minh - ông Đinh La Thăng".
        hon_at = toks[a - 1].start if len(honorific.split()) == 1 else toks[a - 2].start
        comma = re.search(r"(?:,|\s[-–])\s*$", text[max(sent_lo, hon_at - 3):hon_at])
        k = f.starts.get(hon_at)
        if comma is not None and k is not None and k >= 2:
            t_title, t_org, _at = f._title_before_comma(k - 1, sent_lo)
            dash = comma.group().strip() != ","
            if t_org is not None and not PREFIX_TITLE.fullmatch(t_title or "") \
                    and not (dash and not (
                    f.lex.org_head_re.match(t_org) or t_org.split(" ", 1)[0] in ADMIN_WORDS
                    or f.lex.org_acronym_re.match(t_org)
                    or foreign_word(t_org.split(" ", 1)[0])
                    or t_org in f.lex.places or t_org in COUNTRY_SYLLABLES)):
                # (Before a dash the body must be one, an acronym, a foreign brand or a
                # country ("CEO Audi Mỹ - ông Scott Keogh", "Tổng thống Mỹ - ông Donald
                # Trump"): "đội Huấn luyện viên Đông Nhi - Ông Cao Thắng" names two coaches.)
                title, org, before_dash = t_title, t_org, dash
            elif t_title is None and not dash:
                title, org = f._clause_title_before_comma(k - 1, sent_lo)
        elif comma is None and k is not None and k >= 2 and toks[k - 1].word:
            # "nghị sĩ Quốc hội Ukraine bà Nadezhda Savchenko": a title and its body right
            # before the honorific.
            t_title, t_org, _at = f._title_before(k, sent_lo)
            if t_org is not None and not PREFIX_TITLE.fullmatch(t_title or "") \
                    and not t_org.rsplit(" ", 1)[-1].islower():
                title, org = t_title, t_org
    # A position in apposition wins over a rank or degree before the name
    # ("Đại tá Nguyễn Đình Chiến - Trưởng Công an huyện Phú Xuyên"), and over a position
    # before a dash, which may close the item before in a list ("..., Chủ tịch HĐQT Công ty
    # PAN - Ông Phạm Đức Trung Kiên, Chủ tịch Red Square Vietnam").
    after_title, after_org = f._title_after(
        b, spaced=honorific is not None or name.split(" ", 1)[0] in f.lex.surnames)
    if after_title is not None and (title is None or before_dash
                                    or PREFIX_TITLE.fullmatch(title)
                                    or (_JUDICIAL_GRADE.fullmatch(title) and after_org)):
        # (A judge's or a prosecutor's grade gives way to a post in a body: "Thẩm phán Võ
        # Thị Ngọc Hân, Phó Chánh án TAND tỉnh".)
        title, org = after_title, after_org
    if title is not None and org is None:
        # "nhà nghiên cứu Nguyễn Đức Ninh (Viện Nghiên cứu Đông Nam Á)".
        bracket = re.match(r" ?\(", text[end:end + 2])
        c = f.starts.get(end + bracket.end()) if bracket else None
        if c is not None and f.lex.org_head_re.match(text, toks[c].start):
            e = loose_org_end(toks, c, text, f.lex, len(toks), apposition=True) or org_extent(
                toks, c, text, heads=f.lex.org_heads, places=f.lex.places)
            if e > c and e < len(toks) and toks[e].text == ")":
                org = text[toks[c].start:toks[e - 1].end]
        elif c is not None and PREFIX_TITLE.fullmatch(title[:1].upper() + title[1:]) \
                and toks[c].cap:
            # "KTS Lê Lương Ngọc (V-Architecture)", "thiếu tá Ngô Việt Anh (CSGT Thừa Thiên –
            # Huế)": after a rank or a degree, a short name in brackets is the firm or the
            # unit, unless it is a place, a title, a credit, a birth year or a name (two
            # capitalised words: "đại tá Ma-ca Ác-xê-nen-cô (Makar Aksenenko)").
            close = text.find(")", toks[c].start, toks[c].start + 40)
            inner = text[toks[c].start:close] if close > 0 else ""
            words = inner.split()
            if inner and len(words) <= 5 and not re.search(r"[,;:.(]|\d{4}", inner) \
                    and words[0] not in ("SN", "Theo", "Nguồn") \
                    and not (len(words) >= 2 and all(w.istitle() for w in words)) \
                    and inner not in f.lex.places and inner not in f.places \
                    and inner not in COUNTRY_SYLLABLES \
                    and not f.lex.title_re.match(inner) \
                    and toks[c].text.lower() not in f.lex.honorifics \
                    and toks[c].text not in f.lex.surnames and not f.given_at(c):
                org = inner
        if org is None and b < len(toks) and toks[b].text == "của":
            # "HLV Nguyễn Hữu Thắng của đội tuyển U23 Việt Nam chia sẻ".
            of = f._body_after_of(b)
            body = text[toks[of[1]].start:toks[of[2] - 1].end] if of is not None else None
            if body is not None and body not in f.lex.places and body not in f.lex.famous:
                # ("HLV Trần Văn Quýt của Đồng Tháp": a province's team, named by the place;
                # "HLV Patrick Mouratoglou của Serena": a player's coach.)
                org = body
        if org is None:
            # "Bác sĩ Lê Xuân An - Trung tâm Thể thao Quốc gia 1 -", "bác sĩ Hoàng Thị Thu
            # Hà, Bệnh viện Bưu điện, cho biết": the body set off after the name, or the
            # one the person belongs to or comes from.
            member = MEMBER_OF.match(text, end) is not None or (
                text.startswith(" tại ", end) and SCHOLAR_TITLE.fullmatch(title) is not None)
            org = f._org_beside(b, space=member)
            if member and org is not None and text.startswith(" và ", text.find(org, end)
                                                              + len(org)):
                # ("bác sĩ Sherry Wren từ Đại học Standford và Bệnh viện ...": two bodies.)
                org = None
    firm = _FIRM_HEAD.match(title) if title is not None else None
    if firm is not None:
        # "Trưởng Văn phòng luật sư Tín Việt và Cộng sự": a law or notary firm, read as the
        # title's unit, is the body its head belongs to.
        title, org = firm.group(1), firm.group(2)
    if org is not None and PROVINCE_S_DEPUTY.match(org):
        org = "Quốc hội"
    if org is not None and org.lower() in _GENERIC_FIRMS:
        # "Giám đốc HTX", "Tổng Giám đốc công ty", "Giám đốc Chi nhánh": the firm named
        # before, referred to by its kind alone, is no body's name (the annotators left
        # it so 14 times of 17).
        org = None
    mention = PersonMention(name=name, start=start, end=end, honorific=honorific,
                            title=title, organization=org,
                            sentence=sentences.sentence(start))
    if kind == "alias":
        canonical = f.lex.known_people.get(name, name)
        mention.resolves_to = canonical
        mention.canonical = canonical
    elif kind == "short":
        mention.canonical = None
    else:
        mention.canonical = name
    return mention
