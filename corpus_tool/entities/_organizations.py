"""Organisations (kept whole, prefix included) and places, found by rule.

An organisation opens with a capitalised head word from the bundled list (``Thành ủy``,
``UBND``, ``Sở``, ``Ban``...) and runs on over the capitalised name that follows, with the
lower-case second syllables of compounds (``Sở Y tế``, ``Ban Tổ chức``) and administrative
words before a place (``UBND tỉnh Bình Dương``).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection

from corpus_tool.entities._lexicon import Lexicon, dictionary_word
from corpus_tool.entities._tokens import CAPITALS, LOWERS, SpanCover, Token, foreign_word, joined
from corpus_tool.entities._types import Span
from corpus_tool.nlp import tag_at, word_around

__all__ = ["ADMIN_WORDS", "AFTER_DASH_STOP", "CLAUSE_OPENERS", "COMPOUNDS", "COUNTRY_OR_NAME",
           "COUNTRY_WORD_ENDS", "DANGLING_LINK", "HIGHLAND_CLANS", "LEGAL_FORMS", "LEVELS",
           "LOOSE_MAX", "LOWER_HEAD", "MIDDLE_NAMES", "ORG_STOP", "PLACE_ABBREVIATIONS",
           "SCHOOL_LEVELS", "compound_head",
           "find_locations", "find_organizations", "odd_places",
           "long_name_end", "loose_org_end", "opens_word", "org_extent", "clause_pair",
           "field_named", "place_run_end", "speech_at", "trim_place"]

ADMIN_WORDS = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "phường", "xã", "thị",
                         "trấn", "TP", "Tp", "TX", "ấp", "thôn"})
_ADMIN_OPENERS = frozenset({"tỉnh", "thành", "huyện", "quận", "phường", "xã", "thị", "TP", "bang",
                            "Tp", "TX", "ấp", "thôn"})
_MAX_ORG_TOKENS = 16
# Verbs of speech: where an apposition written without a closing comma ends.
SPEECH = frozenset({"nói", "cho biết", "cho hay", "chia sẻ", "khẳng định", "nhấn mạnh",
                    "phát biểu", "trả lời", "thông tin", "giải thích", "đề nghị", "yêu cầu",
                    "kiến nghị", "bày tỏ", "lưu ý", "nêu", "nhận định", "lý giải", "nhận xét",
                    "tâm sự", "kể", "cho rằng", "phân tích", "thừa nhận", "đề xuất",
                    "cảnh báo", "khuyến cáo", "tiết lộ", "xác nhận", "kêu gọi", "cho thấy"})


def speech_at(tokens: list[Token], k: int) -> bool:
    """True when a verb of speech of one or two syllables starts at token ``k``
    (``nói``, ``cho biết``)."""
    return tokens[k].text in SPEECH or (
        k + 1 < len(tokens) and f"{tokens[k].text} {tokens[k + 1].text}" in SPEECH)


# Capitalised words that open a sentence or a caption, never inside a body's name.
OPENERS = frozenset({"Trong", "Tại", "Theo", "Sau", "Khi", "Với", "Về", "Để", "Trên", "Dưới",
                     "Nhưng", "Tuy", "Nếu", "Vì", "Ngày", "Đây", "Đó", "Còn",
                     "Ảnh", "Clip", "Video", "Ngành", "Lãnh", "Đối", "Phóng", "Nhiều", "Hiện",
                     "Mỗi", "Chia", "Phân"})
# And words that open a clause before a body's name ("Ngoài Trung tâm Y tế ...", "Riêng
# Phòng CSGT ..."), or after one that a missing full stop runs into ("Công an TP.HCM Trước
# đó, ..."); a person's name may take them (given names: "Cùng"), so they are kept here.
CLAUSE_OPENERS = OPENERS | {"Ngoài", "Trước", "Riêng", "Giữa", "Cùng", "Qua", "Bởi", "Thay"}
# Sentence adverbs of two words whose first word may also begin a name ("Mặt trận", "Cụ"):
# after a body's name they open the next sentence run into it ("Học viện Báo chí Tuyên
# truyền Mặt khác, ...", "Đảng Cộng hòa Dù vậy, ...").
_CLAUSE_PAIRS = frozenset({"Mặt khác", "Dù vậy", "Dù sao", "Cụ thể", "Tuy nhiên", "Ngoài ra",
                           "Bên cạnh", "Đồng thời", "Do đó", "Hơn nữa", "Mặc dù", "Thế nhưng",
                           "Vì vậy", "Bởi vậy", "Theo đó", "Sau đó", "Trước đó", "Như vậy",
                           "Ngược lại", "Tương tự", "Nhìn chung", "Tóm lại", "Chẳng hạn",
                           "Thậm chí", "Tiếp đó", "Khi đó", "Lúc này", "Trước khi",
                           "Không chỉ", "Không những"})
# Official names with a comma inside: "Sở Văn hóa, Thể thao và Du lịch".
LOWER_HEAD = re.compile(r"(?<![\w-])(?<!cơ )(?<!trụ )(?:(?:trường|báo|công ty|bệnh viện|tập đoàn|"
                        r"thành ủy|tỉnh ủy|huyện ủy|quận ủy|đài|"
                        r"ngân hàng|hợp tác xã|xí nghiệp|nhà máy|trung tâm|học viện|viện|sở) "
                        r"(?:(?<=trường )(?:mầm non|tiểu học|trung học cơ sở|trung học phổ thông|"
                        r"đại học|cao đẳng) )?(?=[A-ZĐ])"
                        # "công an huyện Bắc Bình": the police of a named unit.
                        r"|công an (?=(?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố) "
                        r"[A-ZĐ]|TP\.? ?[A-ZĐ]))")
# Words that make a compound of a lower-case head word, no body: "thị trường", "cảnh báo",
# "thông báo", "tình báo", "khán đài", "tượng đài", "nhập viện", "vũ trường".
_NOT_A_BODY_BEFORE = {
    "trường": frozenset({"thị", "quảng", "môi", "chiến", "ngư", "hiện", "lập", "công", "phi",
                         "nông", "đấu", "sân", "thương", "vũ", "chính"}),
    "báo": frozenset({"cảnh", "thông", "tình", "dự", "khai", "tố", "trình", "tin", "phát",
                      "loan", "hồi", "cấp"}),
    "đài": frozenset({"khán", "tượng", "lâu", "vọng", "đền", "sân", "lễ"}),
    "viện": frozenset({"nhập", "xuất", "chuyển", "nằm", "trốn"}),
    # "tiền vệ trung tâm Tuấn Anh": a central midfielder.
    "trung": frozenset({"vệ"}),
}


def compound_head(word: str, before: str) -> bool:
    """True when the lower-case head ``word`` makes a compound with the word ``before`` it
    and opens no body ("thị trường", "cảnh báo")."""
    return before.lower() in _NOT_A_BODY_BEFORE.get(word, ())


# Legal forms and trade abbreviations inside firms' names ("Công ty TNHH", "Công ty Cổ phần").
LEGAL_FORMS = frozenset({"TNHH", "CP", "CTCP", "MTV", "TM", "DV", "XD", "SX", "XNK", "HTX", "ĐT",
                         "PT", "Cổ", "Phần", "Trách", "Nhiệm", "Hữu", "Hạn"})
# The administrative levels written before a place: they may head a list of places ("2
# huyện Thoại Sơn và Châu Thành"), and written bare they stand for the level's body ("Trưởng
# phòng Nội vụ huyện").
LEVELS = frozenset({"huyện", "tỉnh", "quận", "thị xã", "xã", "phường", "thành phố"})
# Bodies of the whole country: never "of the province" ("Đoàn đại biểu Quốc hội tỉnh").
_NOT_THE_GOVERNMENT_AFTER = re.compile(r" (?:điện tử|số|kiến tạo)(?!\w)")
# Heads that are a body's whole name, whatever their case ("Liên hợp quốc"): no word after
# one continues it ("Liên Hợp quốc tố Mỹ ...", "Liên Hợp Quốc Nikki Haley").
_WHOLE_NAMES = frozenset({"liên hợp quốc", "liên hiệp quốc"})
# Heads that end in lower case on a complete name: lower-case words after them are the
# sentence's ("Cơ quan Cảnh sát điều tra xác định ..."), though a capitalised body may
# follow ("Cơ quan Cảnh sát điều tra Bộ Công an").
_COMPLETE_HEADS = frozenset({"Cơ quan Cảnh sát điều tra", "Cơ quan An ninh điều tra"})
_NATIONAL = frozenset({"Quốc hội", "Chính phủ", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành"})
# Countries written in one syllable, as a body's name may end on them ("Bộ Quốc phòng Mỹ").
COUNTRY_SYLLABLES = frozenset({"Mỹ", "Nga", "Anh", "Pháp", "Đức", "Úc", "Lào", "Ý", "Bỉ",
                               "Séc", "Nhật"})
# Countries written in one syllable that are also given names or a word of address, so
# left out of the list of places: a place only where the words around make it one.
COUNTRY_OR_NAME = frozenset({"Đức", "Nhật", "Anh", "Hàn"})
COUNTRY_WORD_ENDS = frozenset({"ngữ", "văn", "hùng", "luật", "chế", "lý", "y", "thuật",
                               "học", "phẩm", "nghệ", "quốc", "tưởng", "kiến", "nghĩa", "thức",
                               "chí"})
# The continents, after a lower-case "châu" ("châu Âu", "châu Đại Dương").
_CONTINENTS = frozenset({"Á", "Âu", "Phi", "Mỹ", "Úc"})
_CONTINENTS_TWO = frozenset({("Đại", "Dương"), ("Đại", "dương"), ("Nam", "Cực")})


def continent_at(tokens: list[Token], k: int, text: str) -> int:
    """Tokens of the continent's name (1 or 2) that starts at token ``k`` right after a
    lower-case "châu", else 0."""
    if k < 1 or tokens[k - 1].text != "châu" or not joined(tokens[k - 1], tokens[k], text):
        return 0
    if tokens[k].text in _CONTINENTS:
        return 1
    if k + 1 < len(tokens) and (tokens[k].text, tokens[k + 1].text) in _CONTINENTS_TWO \
            and joined(tokens[k], tokens[k + 1], text):
        return 2
    return 0


# Abbreviated place words ("TP.HCM", "Q.3", "H.Thủy Nguyên", "T.Ư"): never a name on their
# own. Inside a body's name only those of a district, a ward or a city are followed
# across their dot ("T." and "Tx." open too many other things).
PLACE_ABBREVIATIONS = frozenset({"TP", "Tp", "TX", "Tx", "TT", "Q", "P", "H", "X", "T"})
_ADMIN_ABBREVIATIONS = PLACE_ABBREVIATIONS - {"Tx", "T"}
COMPOUNDS = frozenset({"Quốc gia", "Trung ương", "Quốc tế", "Quốc phòng", "Nhà nước",
                        "Nhân dân", "Xã hội", "Thành phố", "Thể thao", "Du lịch", "Văn hóa",
                        "Y tế", "Giáo dục", "Đào tạo", "Khoa học", "Công nghệ", "Môi trường",
                        "Giao thông", "Vận tải", "Xây dựng", "Nông nghiệp", "Thương mại",
                        "Thị trường", "Đô thị", "Nhiệt đới", "Kiểm lâm", "Phòng không",
                        "Tham mưu", "An ninh", "Quân đội", "Công thương"})
# Fields of the ministries and of the provinces' departments named in more than one part,
# as the press writes them: in any case after the first letter and with "và" or a dash
# between the parts ("Sở Giao thông vận tải", "Bộ Kế hoạch và đầu tư", "Sở Lao động -
# Thương binh và xã hội"). (A name with a comma inside is followed where places are known,
# by ``long_name_end``.)
_FIELD_PARTS = (("Kế hoạch", "Đầu tư"), ("Giao thông", "Vận tải"), ("Tài nguyên", "Môi trường"),
                ("Thông tin", "Truyền thông"), ("Lao động", "Thương binh", "Xã hội"),
                ("Văn hóa", "Thể thao", "Du lịch"), ("Khoa học", "Công nghệ"),
                ("Giáo dục", "Đào tạo"), ("Nông nghiệp", "Phát triển nông thôn"),
                ("Văn hóa", "Thể thao"), ("Văn hóa", "Thông tin"), ("Thể dục", "Thể thao"),
                ("Dân số", "Kế hoạch hóa gia đình"), ("Chữ thập đỏ",),
                ("Giao dịch", "Chứng khoán"), ("Phòng không", "Không quân"),
                ("Cảnh sát hình sự",), ("Cảnh sát giao thông",), ("Cảnh sát kinh tế",),
                ("Cảnh sát điều tra tội phạm về ma túy",),
                ("Cảnh sát điều tra tội phạm về trật tự xã hội",),
                ("Cảnh sát điều tra tội phạm về kinh tế",),
                ("Cảnh sát điều tra tội phạm về tham nhũng",),
                ("Cảnh sát phòng chống tội phạm về môi trường",),
                ("Cảnh sát điều tra",), ("Cảnh sát môi trường",), ("Cảnh sát cơ động",),
                ("Cảnh sát biển",),
                ("Quản lý xuất nhập cảnh",), ("Tài chính", "Kế hoạch"),
                ("Công nghệ thông tin",), ("Khoa học", "Kỹ thuật"), ("Văn học", "Nghệ thuật"),
                ("Doanh nghiệp nhỏ và vừa",), ("Trồng trọt", "Bảo vệ thực vật"),
                ("Dịch vụ việc làm",), ("Phòng chống thiên tai", "Tìm kiếm cứu nạn"),
                ("Phòng, chống thiên tai", "Tìm kiếm cứu nạn"))
_FIELD_SEP = r"(?:\s*[–-]\s*|\s+)(?:và\s+)?"


def _field_pattern(parts: tuple[str, ...]) -> str:
    """The pattern of a field: its first letter as written, the rest in any case."""
    body = _FIELD_SEP.join(r"\s+".join(part.split(" ")) for part in parts)
    return body[0] + "(?i:" + body[1:].replace("hóa", "h(?:óa|oá)") + ")"


_OFFICIAL_FIELD = re.compile(r"(?:" + "|".join(_field_pattern(p) for p in _FIELD_PARTS)
                            + r")(?!\w)")
# ... any field of two parts or more, its first word in lower case too.
_LOWER_FIELD = re.compile(r"(?i:" + "|".join(_field_pattern(p) for p in _FIELD_PARTS
                                             if len(p) > 1) + r")(?!\w)")
# The three seats of the high courts and prosecutions, after "tối cao" or "cấp cao".
_HIGH = re.compile(r"(?i:tối cao|cấp cao)$")
_SEAT = re.compile(r" tại (?:Hà Nội|Đà Nẵng|TP\.? ?HCM|TP\.? ?Hồ Chí Minh|Tp\.? ?Hồ Chí Minh|"
                   r"[Tt]hành phố Hồ Chí Minh)(?!\w)")
_MISSION = re.compile(r"(?:Tổng )?(?:Đại sứ|Lãnh sự) quán ")
_SEAT_WORDS = re.compile(rf" tại (TP\.? ?HCM(?!\w)|(?:[{CAPITALS}][^\W\d_]*)"
                         rf"(?: [{CAPITALS}][^\W\d_]*){{0,3}})")


def _seat_end(o: Span, text: str, lex: Lexicon) -> int:
    """End of the seat written after the body ``o`` when the seat is part of its name, or 0:
    a high court's or prosecution's ("Tòa phúc thẩm TAND tối cao tại Hà Nội", "VKSND cấp
    cao tại Đà Nẵng"), a mission's when it is a known place ("Đại sứ quán Mỹ tại Hà
    Nội")."""
    if _HIGH.search(o.name):
        seat = _SEAT.match(text, o.end)
        return seat.end() if seat is not None else 0
    if not _MISSION.match(o.name):
        return 0
    m = _SEAT_WORDS.match(text, o.end)
    if m is None:
        return 0
    if m.group(1).startswith("TP"):
        return m.end(1)
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]) in lex.places:
            return m.start(1) + len(" ".join(words[:n]))
    return 0


# Words that count bodies: "các Sở giao dịch chứng khoán" names no one of them.
_COUNTING = re.compile(r"(?<!\w)(?:[Cc]ác|[Nn]hững|[Mm]ọi|[Nn]hiều|hai|ba|\d+)\s+$")


def _lower_field(tokens: list[Token], k: int, text: str, head_start: int) -> re.Match[str] | None:
    """The official field written in lower case from token ``k``, right after the head
    word that starts at ``head_start`` ("Bộ thông tin và truyền thông"), or None: where a
    lower-case word runs on after it ("Trung tâm văn hóa thông tin truyền thông ...") the
    name's end is unknown, and after a word that counts bodies none is named."""
    field = _LOWER_FIELD.match(text, tokens[k].start)
    if field is None or _COUNTING.search(text, max(0, head_start - 12), head_start):
        return None
    after = next((q for q in range(k, len(tokens)) if tokens[q].start >= field.end()), None)
    if after is not None and tokens[after].start == field.end() + 1 and tokens[after].word \
            and tokens[after].text.islower() and tokens[after].text not in _ADMIN_OPENERS:
        return None
    return field


# Two-word names whose second syllable is lower case, ending a body's name after a lower-case
# descriptor ("Trung tâm thể thao Quốc gia", "Phòng CSGT Công an").
_ENDING_COMPOUNDS = COMPOUNDS | {"Công an"}
_TEAM_COUNTRIES = (r"Việt Nam|Thái Lan|Malaysia|Indonesia|Singapore|Myanmar|Philippines|"
                   r"Campuchia|Lào|Hàn Quốc|Nhật Bản|Trung Quốc|Triều Tiên|Australia|Qatar|"
                   r"Iraq|Iran|Jordan|Uzbekistan|UAE|Ả Rập Xê Út")
# A foreign firm's branch ("Amway Việt Nam").
_BRANCH = re.compile(rf"(?<![\w-])([A-Z][a-zA-Z]{{2,}}) (?:{_TEAM_COUNTRIES})(?!\w)")
# A national team, of an age or not, with the words that name it a team ("U23 Việt Nam",
# "ĐT U23 Malaysia", "đội tuyển U23 Việt Nam", "U.23 VN", "tuyển Việt Nam").
_TEAM_WORD = r"(?:[Đđ]ội tuyển|ĐT|[Tt]uyển)"
_NATIONAL_TEAM = re.compile(
    rf"(?<![\w.-])(?:(?:{_TEAM_WORD} )?U\.?\d{{2}}(?: nữ)? (?:{_TEAM_COUNTRIES}|VN)"
    rf"|{_TEAM_WORD} (?:{_TEAM_COUNTRIES}))(?!\w)")
# A team's word, or a lower-case "chính phủ" (a state's government, "chính phủ Đức"), then
# a country.
_TEAM_BEFORE = re.compile(rf"(?<![\w.-])(?:{_TEAM_WORD}|(?<!phi )chính phủ|"
                          r"U\.?(?:1[5-9]|2[0-3])) (?=[A-ZĐ])")
# Regions after an age group name a tournament ("VCK U19 châu Á"), not a team.
_TOURNAMENT_REGIONS = frozenset({"châu Á", "Châu Á", "Đông Nam Á", "châu Âu", "Châu Âu",
                                 "Nam Mỹ", "châu Phi", "Châu Phi"})
# Countries of one syllable, some of them given names too, after a team's word.
_TEAM_SYLLABLES = COUNTRY_SYLLABLES | COUNTRY_OR_NAME | {"Áo"}


def _teams_of_places(tokens: list[Token], text: str, lex: Lexicon,
                     starts: dict[int, int]) -> list[Span]:
    """``tuyển Tây Ban Nha``, ``đội tuyển Đức``: a team's word and a known place or a
    country of one syllable name a team (the national ones of Southeast Asia and the
    region are read by ``_NATIONAL_TEAM``, with their age groups); ``chính phủ Mỹ`` names
    a government the same way."""
    out: list[Span] = []
    for m in _TEAM_BEFORE.finditer(text):
        i = starts.get(m.end())
        if i is None:
            continue
        run = place_run_end(tokens, i, text, limit=4)
        size = next((k for k in range(run - i, 0, -1)
                     if text[tokens[i].start:tokens[i + k - 1].end] in lex.places), 0)
        if not size and tokens[i].text in _TEAM_SYLLABLES \
                and (i + 1 >= len(tokens) or not joined(tokens[i], tokens[i + 1], text)
                     or not tokens[i + 1].titlecase):
            size = 1
        if size and not (m.group().startswith("U") and text[
                tokens[i].start:tokens[i + size - 1].end] in _TOURNAMENT_REGIONS):
            end = tokens[i + size - 1].end
            out.append(Span(text[m.start():end], m.start(), end))
    return out


# Words counted by a number: "Bình Dương 2 năm" is a place and a duration, not a body's
# number as in "Bệnh viện Nhi Đồng 2".
_COUNTED = frozenset({"năm", "tháng", "ngày", "tuần", "giờ", "phút", "người", "lần", "tỷ",
                      "triệu", "nghìn", "ngàn", "km", "ha", "m", "%", "xã", "huyện", "tỉnh",
                      "đơn", "vị", "trường", "hộ", "ca", "cháu", "em", "học", "bệnh", "chiếc",
                      "con", "căn", "dự", "công", "doanh"})
# Words whose second syllable is a stop word on its own ("không", "ký"): "Cảng hàng không",
# "Văn phòng Đăng ký đất đai".
# A stop word that opens a word with the next syllable ("Trung tâm Đổi mới sáng tạo").
_STOP_OPENS_WORD = frozenset({"sáng tạo", "sáng kiến", "sáng lập"})
_STOP_COMPOUNDS = frozenset({"hàng không", "đăng ký", "phòng không", "tổ chức", "thông tin",
                             "việc làm", "tự do"})
AFTER_DASH_STOP = frozenset({"Ông", "Bà", "Anh", "Chị", "Nhà", "Phó", "Trưởng", "Giám",
                              "Chủ", "Bí", "Tổng", "Thứ", "Đại", "Thượng", "Thiếu", "Tiến",
                              "Thạc", "Giáo", "PGS", "GS", "TS", "ThS", "Luật", "Bác", "Kỹ",
                              "Chánh", "Ủy", "Uỷ", "Đồng"})
_LONG_NAMES = re.compile(r", (?i:thể thao và du lịch|thương binh và xã hội)(?!\w)"
                         # A district's centre: "Trung tâm Văn hóa, Thể thao và Truyền thanh",
                         # "... Văn hóa, Thông tin và Thể thao".
                         r"|(?<=[Vv]ăn h[óo][aá]), (?i:thể thao và truyền thanh|thông tin và "
                         r"thể thao|thông tin, thể thao và du lịch)(?!\w)"
                         r"|(?<=[Vv]ăn h[óo][aá]), (?i:thể thao)(?!\w)"
                         r"|(?<=[Vv]ăn học), (?i:nghệ thuật)(?!\w)"
                         # The office that serves both: "Văn phòng Đoàn ĐBQH và HĐND tỉnh".
                         r"|(?<=Văn phòng Đoàn ĐBQH) và HĐND(?!\w)"
                         r"|(?<=Văn phòng Đoàn đại biểu Quốc hội) và Hội đồng nhân dân(?!\w)"
                         r"|(?<=Phát triển) nông thôn(?!\w)"
                         # The folk songs of Nghệ Tĩnh: "Câu lạc bộ Dân ca Ví, Giặm ...".
                         r"|(?<=[Vv]í), (?i:giặm|dặm)(?: [" + CAPITALS + r"][" + LOWERS
                         + r"]*){0,3}(?!\w)"
                         r"|(?:(?<=Tòa án)|(?<=TAND)|(?<=KSND)|(?<=Kiểm sát)|(?<=VKSND))"
                         r"(?: nhân dân)? tối cao(?!\w)")
# A field named in several parts, with commas and "và" between them, after the body's
# first field: "Vụ Kế hoạch, Tài chính và Tổng hợp", "Cục Phát thanh, Truyền hình và
# Thông tin điện tử", "Bộ Thương mại, Công nghiệp và Năng lượng". Each part is a
# Vietnamese word of two to four syllables, the first capitalised (so "HLV Ferguson,
# Beckham và Ronaldo" is no field).
_PART = rf"[{CAPITALS}][{LOWERS}]*(?: [{LOWERS}]+){{1,3}}"
_FIELD_SERIES = re.compile(rf", ((?:{_PART}, )*{_PART}) và ({_PART})(?![\w-])")
# Where an apposition ends after a name read in lower case: punctuation or a verb of speech.
# (Where the body is may follow: "HTX ... Hòa Ninh ở huyện Long Hồ chia sẻ".)
_APPOSITION_END = (r"(?=\s*[,.;:()–-]|\s+(?:cho biết|cho hay|nói|chia sẻ)(?!\w)"
                   r"|\s+(?:ở|tại) (?:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường) |$)")
# A cooperative named by its trades, the first capitalised, the rest after a comma in lower
# case, then its own name (:func:`_coop_trades`), to where the apposition ends.
_COOP_BEFORE = re.compile(rf"(?:HTX|[Hh]ợp tác xã) [{CAPITALS}][{LOWERS}]*(?: [^\W\d_]+){{0,3}}$")
_COOP_TRADES = re.compile(rf"(?:,)? ((?:[{LOWERS}]+ ){{1,10}})[{CAPITALS}][{LOWERS}]*"
                          rf"(?: [{CAPITALS}][{LOWERS}]*){{0,3}}{_APPOSITION_END}")
# What a police unit deals with, after its name: "Phòng Cảnh sát QLHC về TTXH".
_POLICE_UNIT = re.compile(r"(?:Cảnh sát|CSĐT|CSKT|CSHS|PC\d\d)[^,.;:()]*$")
_POLICE_ABOUT = re.compile(r"(?: (?:điều tra|quản lý hành chính|QLHC|kinh tế|hình sự|môi trường)"
                           r"(?: tội phạm)?)? về (?:TTXH|TTATGT|TT-ATGT|trật tự,? an toàn xã hội|"
                           r"trật tự xã hội|"
                           r"ma túy|kinh tế(?:,? tham nhũng(?:,? buôn lậu)?(?: và môi trường)?)?|"
                           r"tham nhũng(?:,? kinh tế)?(?:,? buôn lậu)?|buôn lậu|môi trường|"
                           r"hành chính|an ninh mạng)(?!\w)")
# The works a board manages, in lower case: "Ban Quản lý dự án đầu tư xây dựng ...".
_WORKS_BOARD = re.compile(rf" (?:các )?(?:dự án(?: [{LOWERS}]+){{1,12}}|(?:khu công nghiệp|"
                          rf"khu kinh tế|khu chế xuất|cụm công nghiệp|khu di tích|di tích|"
                          rf"rừng phòng hộ|rừng đặc dụng)(?: [{LOWERS}]+){{0,6}}"
                          # ("... các khu công nghiệp – khu chế xuất Hà Nội".)
                          rf"(?: [-–] khu [{LOWERS}]+(?: [{LOWERS}]+){{0,2}})?)"
                          # ("... Bà Rịa - Vũng Tàu": a province named in two parts.)
                          rf"(?: [{CAPITALS}][{LOWERS}]*){{0,3}}"
                          rf"(?: [-–](?: [{CAPITALS}][{LOWERS}]*){{1,2}})?{_APPOSITION_END}")
# A branch in lower case and the level of its place: "NHCSXH chi nhánh tỉnh Sóc Trăng".
_PLACE_BRANCH = re.compile(r" chi nhánh(?= (?:tỉnh|thành phố|TP|huyện|quận|thị xã) )")
# The high courts and procuracies, named by the city they sit in ("TAND cấp cao tại Đà
# Nẵng", "Viện KSND cấp cao tại Hà Nội").
_HIGH_COURT = re.compile(r"(?: nhân dân)? [Cc]ấp cao tại(?= [" + CAPITALS + r"])")
_COURTS = ("TAND", "VKSND", "Tòa án", "Toà án", "Viện kiểm sát", "Viện KSND")
# A programme written right after a national body is what the body approves, not part of
# its name ("trình Chính phủ Chương trình hành động ...").
_PROGRAMME_AFTER_BODY = re.compile(r"(?:Chương trình|Đề án|Kế hoạch|Chiến lược|Phong trào|"
                                   r"Cuộc vận động|Dự án|Nghị định|Nghị quyết|Quyết định)(?!\w)")
LOOSE_MAX = 16
# Honorifics that open a sentence and never a word of a body's name ("Bà" is one of
# "quận Hai Bà Trưng").
_HONORIFIC_OPENERS = frozenset({"Ông", "Chị"})
# Words that, before a number, write a date.
_DATE_WORDS = frozenset({"Ngày", "Tháng", "Năm"})
# A dash, a comma or a connective left at the end of a body's name when what came after
# it was cut off ("MHBS và", "U23 Việt Nam -", "Bộ VHTTDL và").
DANGLING_LINK = re.compile(r"(?:[\s,&–-]|(?<!\w)(?:và|với|của|cùng|Theo)(?!\w))+$")
# Words that end an organisation's name written partly in lower case: verbs of speech and
# action, auxiliaries, and words that open a new phrase.
ORG_STOP = frozenset({
    "cho", "đã", "đang", "sẽ", "vừa", "cũng", "thì", "là", "về", "tại", "trong", "khi",
    "với", "nói", "nhận xét", "khẳng định", "chia sẻ", "nhấn mạnh", "phát biểu", "trả lời",
    "thông tin", "giải thích", "đề nghị", "yêu cầu", "kiến nghị", "bày tỏ", "lưu ý", "ký",
    "chủ trì", "dẫn đầu", "tham dự", "trao", "tặng", "thăm", "làm", "được", "bị", "có",
    "kiêm", "đồng thời", "người", "này", "ấy", "đó", "nêu", "cho biết", "cho hay", "ông",
    "bà", "anh", "chị", "đến", "từ", "theo", "mà", "nên", "vì", "để", "không", "chưa",
    "phải", "còn", "lại", "rằng", "ngày", "sáng", "chiều", "tối", "hôm", "năm", "cùng",
    "gồm", "thuộc", "nhằm", "như", "hoặc", "hay", "ở", "trên", "dưới", "sau", "trước", "cả",
    "qua", "bằng", "do", "vào", "ra", "lên", "tới", "các", "những", "mỗi", "một", "đạt",
    "đều", "nằm", "giữ", "điều chuyển", "mời", "tổ chức",
    "thực hiện", "triển khai", "phối hợp", "khai trương", "công bố", "ban hành", "đảm nhận",
    "nhận định", "thay", "trực tiếp", "chỉ đạo", "xử lý", "xử phạt", "kiểm tra", "lý giải",
    "báo cáo", "phát động", "ra quân", "hưởng ứng", "tuyên dương", "biểu dương",
    "tâm sự", "muốn", "mong", "đối với"})


# School levels after which "chuyên" (gifted) goes on into the school's name.
# The levels a school's name is written after ("Trường THPT chuyên Phan Bội Châu").
SCHOOL_LEVELS = frozenset({"THPT", "THCS", "PTTH", "PTCS", "PTDTNT", "PTDTBT", "Tiểu học", "TH"})


# The middle names that, after a level, open a person's name rather than the unit's: a
# province or a city is named after no one; a district is after a man at most ("huyện Trần
# Văn Thời"), never a woman; a ward, a commune or a town may be after anyone ("phường Võ Thị
# Sáu"), only a H'Mông name is read as a person's there.
_PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố", "tp"})
_DISTRICT_LEVELS = frozenset({"huyện", "quận", "thị xã", "tx", "h", "q"})


def _level_middles(level: str) -> tuple[str, ...]:
    word = level.lower().rstrip(". ")
    if word in _PROVINCE_LEVELS:
        return _MIDDLES
    if word in _DISTRICT_LEVELS:
        return (*_HMONG_MIDDLES, "Thị")
    return _HMONG_MIDDLES
# A neighbourhood named by its number, after the body that serves it.
_NEIGHBOURHOOD = re.compile(r"(?:khu phố|tổ dân phố|khu dân cư|khóm|xóm|ấp|thôn|bản) (?:số )?"
                            r"\d{1,3}[A-Z]?(?![\w/.,]\d)(?!\w)")
# The parks or zones a board runs, after "các": "Ban Quản lý các KCN Đồng Nai", "... các
# khu công nghiệp tỉnh".
_PARKS_AFTER = re.compile(r" (?:KCN|KKT|CCN|KCX|khu công nghiệp|khu kinh tế|cụm công nghiệp|"
                          r"khu chế xuất)(?!\w)")
# Heads of a federation, whose name goes on with "các" and its members.
_FEDERATION_BEFORE = re.compile(r"(?<!\w)(?:Liên [Hh]iệp|Liên [Hh]ợp|Hiệp [Hh]ội|Liên [Đđ]oàn|"
                                r"Liên [Mm]inh|(?<!Quốc )(?<!Đại )Hội)\s$")


def opens_word(tokens: list[Token], k: int, text: str) -> bool:
    """Whether the lower-case syllable at token ``k`` makes no word with the capitalised
    one before it but one with the lower-case syllable after it (``Cục Thuế tiếp nhận``,
    ``Hội Người cao tuổi``), by the dictionary. (Not after a word glued to the next
    sentence's first: ``Bộ GTVTPhó chủ tịch``.)"""
    if k == 0 or k + 1 >= len(tokens):
        return False
    prev, tok, nxt = tokens[k - 1], tokens[k], tokens[k + 1]
    return prev.cap and prev.text[1:] == prev.text[1:].lower() and tok.word \
        and tok.text.islower() and nxt.word \
        and nxt.text.islower() and joined(tok, nxt, text) \
        and not dictionary_word(f"{prev.text} {tok.text}") \
        and dictionary_word(f"{tok.text} {nxt.text}")


def _word_across_case(tokens: list[Token], k: int, text: str, places: Collection[str]) -> bool:
    """Whether the capitalised syllable at token ``k``, after other capitalised ones, and
    the lower-case syllable after it are one word of the dictionary that underthesea reads
    whole and that ends there, no verb (``Đại học Mỏ Địa chất``, ``Viện KSND Tối cao``,
    ``Trường THPT Chuyên Ngoại ngữ``; not ``Công an Nam Định hướng dẫn``, read as one
    longer word, nor ``Hà Nội tiếp nhận``), nor after one of ``places``."""
    if k < 2 or k + 1 >= len(tokens):
        return False
    prev, tok, nxt = tokens[k - 1], tokens[k], tokens[k + 1]
    if not (nxt.word and nxt.text.islower() and joined(tok, nxt, text)
            and dictionary_word(f"{tok.text} {nxt.text}")) or tok.text in AFTER_DASH_STOP \
            or (prev.text == "." and prev.end == tok.start):
        # ("Giám đốc": a title; "công ty Mỹ.Sản phẩm": a sentence glued on.)
        return False
    if any(" ".join(t.text for t in tokens[k - n:k]) in places for n in (1, 2, 3) if n <= k) \
            or (tokens[k - 2].text.lower() == "báo" and prev.text.isupper()):
        # ("Công ty Formosa Hà Tĩnh Dự án này", "Báo NLĐ Sự việc xảy ra": the name was
        # complete, a place or a paper's initials closing it.)
        return False
    stretch, a = _tagging_window(tokens, k, text)
    word = word_around(stretch, nxt.start - a)
    return word is not None and word[0] <= tok.start - a and word[1] == nxt.end - a \
        and word[2] != "V"


def _tagging_window(tokens: list[Token], k: int, text: str) -> tuple[str, int]:
    """The stretch of ``text`` the tagger reads for token ``k`` (three words before it to a
    few after), and where that stretch starts."""
    a = tokens[max(0, k - 3)].start
    return text[a:tokens[min(len(tokens), k + 5) - 1].end], a


def _verb_at(tokens: list[Token], k: int, text: str) -> bool:
    """Whether underthesea tags the word opening at token ``k`` a verb, read from three
    words before it to a few words after."""
    stretch, a = _tagging_window(tokens, k, text)
    return tag_at(stretch, tokens[k].start - a) == "V"


def _federation_members(tokens: list[Token], k: int, text: str) -> bool:
    """True when token ``k`` is the "các" right after a federation's head, its members
    named next: "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Hiệp hội các CLB bóng
    đá châu Âu"."""
    return k + 1 < len(tokens) and tokens[k].text in ("các", "Các") \
        and _FEDERATION_BEFORE.search(text, max(0, tokens[k].start - 12), tokens[k].start) \
        is not None and joined(tokens[k], tokens[k + 1], text) and tokens[k + 1].word


@functools.cache
def odd_places(places: frozenset[str]) -> re.Pattern[str]:
    """The known places written with a lower-case word or in capitals, as whole words
    (the first letter in either case: "đồng bằng sông Cửu Long")."""
    odd = sorted((p for p in places if any(
        not w[:1].isupper() or (len(w) > 1 and w.isupper()) for w in p.split())),
        key=len, reverse=True)
    alts = "|".join(f"[{p[0].upper()}{p[0].lower()}]{re.escape(p[1:])}" if p[0].isalpha()
                    else re.escape(p) for p in odd)
    return re.compile(rf"(?<![\w.-])(?:{alts})(?![\w-])")


def _lower_word_place(places: frozenset[str], text: str, tok: Token) -> int | None:
    """End of a known place of several words, one of them in lower case, that opens at
    ``tok`` ("Đồng bằng sông Cửu Long", "Tây Nam bộ"), or None."""
    m = odd_places(places).match(text, tok.start)
    if m is None or " " not in m.group() or not any(w[:1].islower() for w in m.group().split()):
        return None
    return m.end()


def org_extent(tokens: list[Token], i: int, text: str, *, head_cap: bool = True,
               heads: Collection[str] = (), head_re: re.Pattern[str] | None = None,
               places: Collection[str] = ()) -> int:
    """Return the index one past the last token of the name that starts at token ``i``.

    ``i`` is the first token after the organisation's head word (``heads`` are the head
    words that may recur inside, as in ``Ban Tuyên giáo Thành ủy``; ``head_re`` finds a
    head word after ``và``, where a second organisation begins; ``places`` are the known
    places, after which a sentence may run on). The name runs over
    capitalised syllables, one lower-case syllable after a capitalised one, ``và``/``-``
    between capitalised parts, and administrative words followed by a place.

    Example:
        >>> from corpus_tool.entities._tokens import tokenize
        >>> text = "Sở Y tế tỉnh Bình Dương cho biết"
        >>> toks = tokenize(text)
        >>> " ".join(t.text for t in toks[1:org_extent(toks, 1, text)])
        'Y tế tỉnh Bình Dương'
    """
    n = len(tokens)
    k = i
    last_cap = head_cap
    lower_run = 0
    end = i
    in_place = False
    place_at = n
    cap_run = 0
    if _federation_members(tokens, i, text):
        k = end = i + 1
        last_cap = True
    while k < n and k - i < _MAX_ORG_TOKENS:
        tok = tokens[k]
        if k > 0 and not joined(tokens[k - 1], tok, text):
            break
        t = tok.text
        nxt = tokens[k + 1] if k + 1 < n else None
        nxt_cap = nxt is not None and joined(tok, nxt, text) and (nxt.cap or nxt.text.isdigit())
        inner = head_re.match(text, tok.start) if head_re is not None and tok.cap \
            and k > i else None
        field = _OFFICIAL_FIELD.match(text, tok.start) if tok.cap and (
            k > i or head_re is not None) else None
        if field is None and k <= i + 1 and k > 0 and head_re is not None and tok.word \
                and t.islower() and (head := next((
                    h for h in head_re.finditer(text, max(0, tokens[k - 1].start - 20),
                                                tokens[k - 1].end)
                    if h.end() == tokens[k - 1].end), None)) is not None:
            # "Bộ thông tin và truyền thông", "Sở tài nguyên và Môi trường": an official
            # field whole right after the head, its first word written in lower case.
            field = _lower_field(tokens, k, text, head.start())
        if field is not None:
            # "Sở Giao thông vận tải", "Bộ Kế hoạch và đầu tư": a department's field whole,
            # wherever it stands in the name ("Phòng Cảnh sát hình sự Công an tỉnh ...",
            # "Viện Kỹ thuật Phòng không - Không quân"); not the head word the name was
            # read from ("Cảnh sát giao thông" alone is the force, no body).
            while k < n and tokens[k].end <= field.end():
                k += 1
            end = k
            last_cap, lower_run, cap_run = False, 0, 0
            continue
        if inner is not None and " " in inner.group() and inner.group() in heads:
            # "Phòng CSGT Công an tỉnh Quảng Nam": a body inside the name, its head written
            # in more than one word.
            while k < n and tokens[k].end <= inner.end():
                k += 1
            end = k
            last_cap, lower_run, cap_run = False, 0, 0
            continue
        if tok.word and k > i and _EDE_WOMAN.match(t):
            # "UBND tỉnh Đắk Lắk H'Loan Byă": an Ê Đê woman's name opens after the body.
            break
        if tok.word and tok.cap and k > i and (_runs_on(tokens, k, text) or (
                t in _DATE_WORDS and nxt is not None and nxt.text.isdigit())):
            # "Hội Khoa học tâm lý giáo dục Hà Nội Đối với ...": a caption run on; "Bệnh
            # viện Burjeel Tháng 5, ...": a date opens the next clause.
            break
        if tok.word and (t.isdigit() or _NUMBERED_BRAND.fullmatch(t)) and end == k and k > 0 \
                and tokens[k - 1].word \
                and len(t) <= 3 and (nxt is None or nxt.text.lower() not in _COUNTED) \
                and not (nxt is not None and nxt.text in (".", ",") and k + 2 < n
                         and tokens[k + 2].text.isdigit()):
            # "Bệnh viện Nhi đồng 1", "Bệnh viện 108", "Bệnh viện Quân y 103".
            k += 1
            end = k
            last_cap = False
            continue
        if t == "/" and end == k and k > i and tokens[k - 1].cap and nxt is not None \
                and nxt.cap and tok.start == tokens[k - 1].end and nxt.start == tok.end:
            # "Cục Phòng chống HIV/AIDS": two names joined by a slash.
            k += 2
            end = k
            last_cap, cap_run = False, 0
            continue
        if tok.word and tok.cap and in_place and place_at + 1 < k and (
                t in HIGHLAND_CLANS or (t == "Y" and nxt is not None and nxt.titlecase
                                        and joined(tok, nxt, text))):
            # ("UBND xã Ia Dom Ksor Thuận", "Đảng ủy xã Ea Tu Y Bhiăk Niê": a Gia Rai or an
            # Ê Đê name after the commune's.)
            break
        if tok.word and in_place and place_at + 1 < k \
                and _person_at(tokens, k, text, places, middles=MIDDLE_NAMES):
            # "UBND huyện Tiểu Cần Sơn Thị Ngọc Bích": a name known by its middle name
            # after the place, whatever the family name.
            break
        if tok.word and tok.cap and in_place and place_at + 1 < k and _place_ends(
                text[tokens[place_at].start:tokens[k - 1].end],
                text[tokens[place_at].start:tok.end], t, places):
            # "UBND tỉnh Đắk Lắk Y Khoa Niê", "... Gia Lai Ksor Phước Hà": a known place
            # ends the body's name; the capitals after it open a person's name.
            break
        if tok.word and tok.cap and k > i and isinstance(places, frozenset) and (
                region := _lower_word_place(places, text, tok)) is not None:
            # "Viện Lúa Đồng bằng sông Cửu Long": a known place with a lower-case word ends
            # the name.
            while k < n and tokens[k].end <= region:
                k += 1
            end = k
            break
        if tok.word and tok.cap:
            if k > 0 and _PROGRAMME_AFTER_BODY.match(text, tok.start) \
                    and text[:tok.start].rstrip().endswith(tuple(_NATIONAL)):
                break
            k += 1
            end = k
            # (A head word right after a capitalised word of a name is a syllable of it:
            # "Hải quan Hải Phòng tiếp tục ...".)
            cap_run = 0 if t in LEGAL_FORMS or (t in heads and not (
                k - 1 > i and tokens[k - 2].titlecase and tokens[k - 2].text not in heads)) \
                else cap_run + 1
            # A descriptor opens with one capital ("Y tế", "Tổ chức"); after a name written
            # all in capitals ("Hà Nội", "Estonia") a lower-case syllable is the next word.
            # A country of one syllable ends the name ("Quốc hội Mỹ bỏ phiếu"), unless it
            # opens a word ("Trung tâm Anh ngữ", "Vụ Pháp chế", "Trung tâm Mỹ học").
            # "Đảng" inside a name is a whole word ("Ban Chấp hành Trung ương Đảng khai mạc"),
            # unless a body's head or a term follows ("Ban Chấp hành Đảng bộ quận", "... Trung
            # ương Đảng khóa XIII").
            last_cap = tok.titlecase and not in_place and not foreign_word(t) \
                and (cap_run <= 1 or (k < n and text[tokens[i].start:tokens[k].end] not in heads
                                      and _word_across_case(tokens, k - 1, text, places))) \
                and not (t in COUNTRY_SYLLABLES
                         and (nxt is None or nxt.text not in COUNTRY_WORD_ENDS)) \
                and not (t == "Đảng" and (nxt is None or (f"Đảng {nxt.text}" not in heads
                                                          and nxt.text not in ("khóa", "khoá"))))
            lower_run = 0
            if nxt is not None and f"{t} {nxt.text}" in COMPOUNDS and joined(tok, nxt, text):
                # "Ủy ban ATGT Quốc gia", "Ban Chấp hành Trung ương": one word.
                k += 1
                end = k
                last_cap, cap_run = False, 0
                continue
            if t in ("Q", "P") and nxt is not None and nxt.text == "." \
                    and nxt.start == tok.end and k + 1 < n and tokens[k + 1].text.isdigit() \
                    and tokens[k + 1].start == nxt.end and len(tokens[k + 1].text) <= 2:
                # "UBND Q.2", "Công an P.5": a numbered district or ward.
                k += 2
                end = k
                last_cap, cap_run = False, 0
                continue
            # Abbreviations joined by a dot: "TP.Thủ Dầu Một", "H.Thủy Nguyên", "T.Ư".
            if len(t) <= 3 and nxt is not None and nxt.text == "." and nxt.start == tok.end \
                    and k + 1 < n and tokens[k + 1].cap and (
                        tokens[k + 1].start == nxt.end or (
                            t in _ADMIN_ABBREVIATIONS and tokens[k + 1].start == nxt.end + 1)):
                # ("UBND Q. Thanh Khê": a district's abbreviation, a dot and a space.)
                k += 1
            continue
        if tok.word and t == "châu" and (size := continent_at(tokens, k + 1, text)):
            # "Ngân hàng Phát triển châu Á", "Ủy ban châu Âu": the continent ends the
            # name, a capitalised word after it is the next name's ("Ủy ban châu Âu
            # Jean-Claude Juncker").
            end = k + 1 + size
            break
        if tok.word and end == k and (k > i or any(
                text[tokens[m].start:tokens[k - 1].end] in heads
                for m in range(max(0, k - 3), k))) \
                and (hood := _NEIGHBOURHOOD.match(text, tok.start)) is not None:
            # "Chi bộ khu phố 2", "Ban công tác Mặt trận tổ dân phố 12": the cell or the
            # committee of a neighbourhood named by its number.
            while k < n and tokens[k].end <= hood.end():
                k += 1
            end = k
            last_cap, lower_run = False, 0
            continue
        if tok.word and t == "chi" and end == k and k > i and nxt is not None \
                and nxt.text == "nhánh" and joined(tok, nxt, text) and k + 2 < n \
                and joined(nxt, tokens[k + 2], text) and (
                    tokens[k + 2].cap or tokens[k + 2].text in _ADMIN_OPENERS):
            # "BIDV chi nhánh Bình Dương", "Agribank chi nhánh tỉnh Đắk Lắk": a branch,
            # named by its place.
            k += 2
            end = k
            last_cap, lower_run = False, 1
            continue
        if tok.word and t == "xã" and nxt is not None and nxt.text == "hội" and end > i:
            # "Bảo hiểm xã hội", "Ngân hàng Chính sách xã hội": "social", not a commune.
            k += 2
            end = k
            last_cap, lower_run = False, 1
            continue
        if tok.word and t in _ADMIN_OPENERS:
            # "tỉnh Bình Dương", "thành phố Thủ Dầu Một", or a bare "UBND tỉnh".
            span = 2 if (t in ("thành", "thị") and nxt is not None and nxt.text in (
                "phố", "xã", "trấn")) or (t in ("huyện", "xã") and nxt is not None
                                          and nxt.text == "đảo") else 1
            after = tokens[k + span] if k + span < n else None
            if span == 2 and nxt is not None and not joined(tok, nxt, text):
                break
            if span == 1 and t in ("thành", "thị"):
                break
            if after is not None and joined(tokens[k + span - 1], after, text) and (
                    after.cap or after.text.isdigit()) \
                    and not _person_at(tokens, k + span, text, places,
                                       middles=_level_middles(
                                           text[tok.start:tokens[k + span - 1].end])) \
                    and not (t == "tỉnh" and _highland_name_at(tokens, k + span, text)):
                place_at = k + span
                k += span + 1
                end = k
                last_cap, lower_run = False, 0
                in_place = True
                continue
            if end == i or last_cap or (k > i and (
                    tokens[k - 1].text in heads or tokens[k - 1].text.isupper())) or (
                    end == k and k - 2 >= i
                    and text[tokens[k - 2].start:tokens[k - 1].end] == "Việt Nam") or (
                    end == k and lower_run == 1 and k - 3 >= i and tokens[k - 3].titlecase
                    and opens_word(tokens, k - 2, text)) or (
                    end == k and any(_OFFICIAL_FIELD.fullmatch(text, tokens[s].start,
                                                               tokens[k - 1].end)
                                     for s in range(i, k - 1))):
                # "Phó Chủ tịch UBND huyện - Trưởng đoàn", "Sở TNMT tỉnh": the body of a
                # district or a province left unnamed; so is a national mass organisation's
                # chapter ("Ủy ban MTTQ Việt Nam huyện", "Hội LHPN Việt Nam tỉnh", "Hội
                # Người cao tuổi tỉnh") or a body named by its field ("Hiệp hội Doanh nghiệp
                # nhỏ và vừa tỉnh").
                end = k + span
            break
        if tok.word and t == "số" and end == k and k > i and nxt is not None \
                and nxt.text.isdigit() and joined(tok, nxt, text):
            # "Đội CSGT số 1", "Trường THCS số 2".
            k += 2
            end = k
            continue
        if tok.word and t == "chuyên" and end == k and k > i and nxt_cap \
                and tokens[k - 1].text in SCHOOL_LEVELS:
            # "Trường THPT chuyên Phan Bội Châu": a gifted school's name.
            k += 1
            continue
        if tok.word and t.isdigit() and k > i and tokens[k - 1].text in (
                "quận", "phường", "Quận", "Phường"):
            k += 1
            end = k
            continue
        # "Hội Sản Phụ khoa Việt Nam", "Tổng cục Biển và Hải đảo Việt Nam": a lower-case
        # syllable between capitalised words of the name (not after a place, which ends it).
        inner_lower = not last_cap and not in_place and cap_run >= 2 and len(t) >= 2 \
            and nxt_cap and nxt is not None and nxt.titlecase and head_re is not None \
            and not head_re.match(text, nxt.start) and nxt.text not in OPENERS
        if tok.word and (last_cap or inner_lower) and lower_run == 0 and t.islower() and t not in (
                "và", "của", "cho", "đã", "được", "là", "có", "tại", "với", "trong", "ta",
                "mình", "này", "đó", "ấy", "nào", "nay") and (
                    t not in ORG_STOP or f"{tokens[k - 1].text} {t}".lower() in _STOP_COMPOUNDS) \
                and (nxt is None or f"{t} {nxt.text}" not in ORG_STOP):
            if last_cap and nxt is not None and opens_word(tokens, k, text):
                # The syllable makes no word with the capitalised one before it but one with
                # the syllable after. The two are the name's next word right after a head
                # ("Viện nghiên cứu"), in a word of three syllables ("Tổng Công ty Cảng
                # hàng không", "Ban Tổng giám đốc"), when a Vietnamese name goes on after
                # them ("Hội Nữ tri thức Việt Nam", "Trạm kiểm lâm Đakrông", "Công ty Máy
                # xây dựng Việt Nhật"; not "CLB Đức chú ý U20 Việt Nam") or, unless
                # underthesea tags them a verb, when the name ends there ("báo Người đưa
                # tin."; not "Bệnh viện E cấp cứu, ..."). Otherwise they open the clause
                # ("Cục Thuế tiếp nhận 22 hồ sơ", "Trường Giang chắc chắn là ...").
                after = tokens[k + 2] if k + 2 < n else None
                if not (k == i or tokens[k - 1].text in heads
                        or dictionary_word(f"{tokens[k - 1].text} {t} {nxt.text}")
                        or (after is not None and after.titlecase and joined(nxt, after, text)
                            and not foreign_word(after.text)
                            and not any(c.isdigit() for c in after.text))
                        or ((after is None or after.text in (".", ",", ";", ":", ")"))
                            and not _verb_at(tokens, k, text))):
                    break
                k += 1
            k += 1
            end = k
            lower_run = 1
            last_cap = False
            cap_run = 0
            continue
        if t == "và" and nxt is not None and head_re is not None \
                and head_re.match(text, nxt.start):
            break
        if t in ("-", "–") and nxt is not None and tok.start > tokens[k - 1].end \
                and (nxt.text in AFTER_DASH_STOP or (
                    (nxt.text in heads or (head_re is not None and head_re.match(text, nxt.start)))
                    and nxt.text not in LEGAL_FORMS)
                     or (nxt.text.isupper() and nxt.text not in LEGAL_FORMS
                         and (k + 2 >= n or not joined(nxt, tokens[k + 2], text)
                              or not tokens[k + 2].word))):
            # "Hội Nhà văn Việt Nam - Bà Ninh Thị Thu Hương", "... - Nhà thơ Trần Đăng
            # Khoa", "Cục Văn hóa cơ sở - Bộ VHTTDL": a spaced dash before a person, a
            # title or another body ends the name ("Bộ Lao động - Thương binh và Xã hội"
            # goes on, and so does a legal form: "Tổng công ty VIGLACERA - CTCP"); so does
            # the name's own short form: "Bộ Khoa học và Công nghệ - KH&CN".
            break
        if t in ("và", "-", "&") and nxt_cap and end > i and nxt is not None \
                and nxt.text not in AFTER_DASH_STOP:
            # ("Viện Vệ sinh Dịch tễ Trung ương và Tiến sĩ ...": a person comes next.)
            k += 1
            continue
        break
    return end


def _run_into_inner(spans: list[Span], text: str) -> list[Span]:
    """Each span extended to the end of the spans that start inside it and end after it
    (bodies are short: only the spans that start before a span's end are compared)."""
    order = sorted(range(len(spans)), key=lambda k: spans[k].start)
    starts = [spans[k].start for k in order]
    out = list(spans)
    for k, o in enumerate(spans):
        lo = bisect.bisect_right(starts, o.start)
        hi = bisect.bisect_left(starts, o.end)
        inner = max((spans[order[q]].end for q in range(lo, hi)
                     if spans[order[q]].end > o.end), default=0)
        if inner:
            out[k] = Span(text[o.start:inner], o.start, inner)
    return out


def _place_ends(place: str, longer: str, nxt: str, places: Collection[str]) -> bool:
    """True when ``place`` is a known place that the word ``nxt`` after it does not go on
    (``longer`` is the two written together): "Đắk Lắk" before "Y Khoa Niê", not "Hòa Bình"
    before "Đông"."""
    return place in places and nxt not in _PLACE_GOES_ON and not _longer_place(longer, places)


def _longer_place(prefix: str, places: Collection[str]) -> bool:
    """True when ``prefix`` is a known place or the words a longer one begins with."""
    return prefix in places or (isinstance(places, frozenset)
                                and prefix in _place_openings(places))


@functools.lru_cache(maxsize=4)
def _place_openings(places: frozenset[str]) -> frozenset[str]:
    """The first words of each known place, one word short of it or more ("Bà Rịa" of
    "Bà Rịa - Vũng Tàu")."""
    out: set[str] = set()
    for place in places:
        cuts = [m.start() for m in re.finditer(r" |-", place)]
        out.update(place[:c].rstrip(" -") for c in cuts)
    return frozenset(out)


def _field_series(text: str, at: int, lex: Lexicon) -> int | None:
    """End of the parts of a field written after a comma at ``at`` (:data:`_FIELD_SERIES`),
    or None when a part opens another body, a title, a place or a person, or when the parts
    are departments' whole fields ("Sở Y tế, Giáo dục và Công an": three departments). The
    last part's lower-case words end where the sentence's begin ("... và Tổng hợp được
    giao")."""
    m = _FIELD_SERIES.match(text, at)
    if m is None:
        return None
    last = m.group(2).split(" ")
    # (A level word ends the last part: "Văn hóa, Thông tin và Thể thao huyện Tân Lạc".)
    keep = next((k for k, w in enumerate(last) if w in ORG_STOP or w in _ADMIN_OPENERS
                 or f"{last[k - 1]} {w}" in ORG_STOP), len(last))
    if keep == 0:
        return None
    parts = [*m.group(1).split(", "), " ".join(last[:keep])]
    if text.endswith(tuple(_ONE_FIELD), 0, at) and _OFFICIAL_FIELD.match(text, m.start(1)):
        # "hai Bộ Y tế, Nông nghiệp và Phát triển Nông thôn": two ministries.
        return None
    for part in parts:
        words = part.split(" ")
        if len(words) < 2 or any(foreign_word(w) for w in words) \
                or (part in _ONE_FIELD and text.endswith(tuple(_ONE_FIELD), 0, at)) \
                or any(w in ORG_STOP for w in words) \
                or lex.org_head_re.match(part) or lex.title_re.match(part) \
                or any(part.startswith(p) for p in (words[0], " ".join(words[:2]))
                       if p in lex.places):
            return None
    return m.start(2) + len(parts[-1])


def _coop_trades(text: str, at: int) -> int | None:
    """End of a cooperative's trades written in lower case after a comma or a space at
    ``at`` and of the name that closes them (:data:`_COOP_TRADES`), or None: "HTX Sản
    xuất, thương mại và dịch vụ cà phê Cầu Đất", "HTX Thu mua, chế biến nông sản Thắng
    Cảnh", "HTX Sản xuất và Kinh doanh dịch vụ nông nghiệp Thạch Bằng"."""
    if _COOP_BEFORE.search(text, max(0, at - 60), at) is None:
        return None
    m = _COOP_TRADES.match(text, at)
    if m is None or any(w in ORG_STOP for w in m.group(1).split()) \
            or m.group(1).split()[0] in ADMIN_WORDS:
        # ("HTX Vải thiều Tân Mộc, xã Tân Mộc": where it is.)
        return None
    return m.end()


def _long_name_stop(text: str, at: int, word: bool, lex: Lexicon) -> int | None:
    """Where a name ending at ``at`` goes on to (its last token a ``word`` or not), or None:
    the first of the readers of an official name's longer forms that applies."""
    if (long := _LONG_NAMES.match(text, at)) is not None:
        return long.end()
    if word and (series := _field_series(text, at, lex)) is not None:
        return series
    if (trades := _coop_trades(text, at)) is not None:
        return trades
    if (about := _POLICE_ABOUT.match(text, at)) is not None \
            and _POLICE_UNIT.search(text, max(0, at - 50), at):
        # "Phòng Cảnh sát QLHC về TTXH", "Phòng Cảnh sát điều tra tội phạm về ma túy": the
        # police unit's field.
        return about.end()
    if text.endswith(("Ban Quản lý", "Ban quản lý", "BQL"), 0, at) \
            and (works := _WORKS_BOARD.match(text, at)) is not None \
            and not any(w in ORG_STOP and w != "các" for w in works.group().split()):
        # "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh,": the board of
        # the works, named in lower case to where the apposition ends.
        return works.end()
    if (branch := _PLACE_BRANCH.match(text, at)) is not None:
        # "NHCSXH chi nhánh tỉnh Sóc Trăng": a bank's branch, named by its place.
        return branch.end()
    if text.endswith(_COURTS, 0, at) and (court := _HIGH_COURT.match(text, at)) is not None:
        # "VKSND cấp cao tại Hà Nội": the court's seat, a known place, follows.
        return court.end()
    return None


def long_name_end(tokens: list[Token], end: int, text: str, lex: Lexicon) -> int:
    """Extend a name ending at token ``end`` over the comma or the lower-case words inside
    an official name (``Sở Văn hóa, Thể thao và Du lịch``, ``Bộ Nông nghiệp và Phát triển
    nông thôn``) and the place written after it (``Sở Văn hóa, Thể thao và Du lịch tỉnh
    Quảng Trị``)."""
    stop = _long_name_stop(text, tokens[end - 1].end, tokens[end - 1].word, lex) \
        if end > 0 else None
    if stop is not None:
        while end < len(tokens) and tokens[end].end <= stop:
            end += 1
        if end < len(tokens) and joined(tokens[end - 1], tokens[end], text):
            if tokens[end].text in _ADMIN_OPENERS:
                end = org_extent(tokens, end, text, head_cap=False, places=lex.places)
            else:
                # "Sở Lao động, Thương binh và Xã hội Hà Nội": a known place, bare.
                for n in (3, 2, 1):
                    if end + n <= len(tokens) and all(t.cap for t in tokens[end:end + n]) \
                            and text[tokens[end].start:tokens[end + n - 1].end] in lex.places:
                        end += n
                        break
    return end


def _honorific_then_name(tokens: list[Token], k: int, text: str, lex: Lexicon) -> bool:
    """True when an honorific in lower case and a capitalised name open at token ``k``
    (``đồng chí Đinh Công Hòa``, ``ông Lê Văn Tám``): a person, no part of a body."""
    for size in (2, 1):
        if k + size < len(tokens) and all(joined(tokens[q], tokens[q + 1], text)
                                          for q in range(k, k + size)) \
                and text[tokens[k].start:tokens[k + size - 1].end] in lex.honorifics \
                and tokens[k].text.islower() and tokens[k + size].titlecase:
            return True
    return False


def loose_org_end(tokens: list[Token], a: int, text: str, lex: Lexicon,
                  limit: int, *, apposition: bool = False) -> int | None:
    """End of an organisation's name that opens at token ``a`` with a head word and runs
    over lower-case words too ("Liên đoàn lao động thành phố Hà Nội"), or None.

    The name must end cleanly within a few words, on a capitalised word or a number, before
    punctuation, a verb of speech or action, or token ``limit`` (where a person's name
    begins); otherwise the strict extent (``org_extent``) stands. In an ``apposition``
    (after a title, set off by commas or dashes) the name may also end on a lower-case
    word where the apposition ends (``Phó Cục trưởng Cục Văn hóa cơ sở - Bộ VHTTDL``).
    """
    head_m = lex.org_head_re.match(text, tokens[a].start)
    if head_m is None:
        return None
    strict = org_extent(tokens, a, text, head_cap=False, heads=lex.org_heads,
                         places=lex.places)
    head_end = a
    while head_end < len(tokens) and tokens[head_end].end <= head_m.end():
        head_end += 1
    if limit < strict and limit - 1 > head_end and tokens[limit - 1].cap \
            and tokens[limit].titlecase and all(t.word for t in tokens[head_end:limit]):
        # "Trưởng ban Ban Quản lý Khu kinh tế Quảng Ninh Nguyễn Văn Hùng": the strict
        # reading runs on into the person's name; the body ends where the name begins.
        return limit
    last_strict = tokens[strict - 1]
    # "Giám đốc Trung tâm Khám và tư vấn dinh dưỡng, Viện ...": in an apposition a name
    # may go on after "và" in lower case, to where the apposition ends.
    goes_on = apposition and strict + 1 < len(tokens) and tokens[strict].text == "và" \
        and tokens[strict + 1].word and tokens[strict + 1].text.islower()
    if not goes_on and field_named(tokens, a, strict, text) \
            and not (strict < len(tokens) and tokens[strict].text in ADMIN_WORDS):
        # "Giám đốc Sở Y tế đánh giá cao ...", "Bộ Giáo dục và Đào tạo khẳng định ...": a
        # ministry or a department named by its field was complete (not before a bare
        # level: "Phó Giám đốc Sở Y tế tỉnh, ...").
        return None
    if strict > head_end and not goes_on and (last_strict.text in ADMIN_WORDS or (
            (last_strict.cap or last_strict.text.isdigit())
            and last_strict.text not in LEGAL_FORMS)) and not (
                last_strict.titlecase and not foreign_word(last_strict.text)
                and (strict - 1 == head_end or not tokens[strict - 2].cap)
                and opens_word(tokens, strict, text) and not _verb_at(tokens, strict, text)):
        # "UBND tỉnh Quảng Ninh đánh trống ...", "Đại học Quốc gia Hà Nội vẫn giữ ...",
        # "UBND tỉnh giao ...": the name was complete. Not where one capitalised syllable
        # stands before a word that may go on in lower case ("Ban Quản lý Khu du lịch hồ
        # Tuyền Lâm", "Hội Người cao tuổi"), which the strict extent leaves out.
        return None

    # A body between a title and the person's name (``limit``) may be longer, with more
    # words in lower case, as an apposition's: "Phó Giám đốc Ban Quản lý dự án đầu tư xây
    # dựng các công trình giao thông tỉnh Bắc Giang Thân Văn Quý".
    named_after = limit < len(tokens)

    def clean(k: int) -> int | None:
        # The name ends on its last capitalised word ("Công ty TNHH thiết kế xây dựng Gia
        # Viên tư vấn ..."), after a few lower-case descriptors, unless that word opens a
        # person's name ("Bộ Công an điều tra vụ Nguyễn Văn A").
        def named(q: int) -> bool:
            # A capitalised word, or a body's number ("số 1", "Nhi Đồng 2"), not a date's.
            t = tokens[q]
            return t.cap or (t.text.isdigit() and q > a and (
                tokens[q - 1].text == "số" or tokens[q - 1].cap))

        last = k
        if k == limit and k - a >= 3 and tokens[k - 1].text in ("tỉnh", "huyện", "quận") \
                and joined(tokens[k - 2], tokens[k - 1], text):
            # "Giám đốc Trung tâm Phục vụ hành chính công tỉnh Nguyễn Văn Đức": the body of
            # the province, its place left unnamed, right before the person.
            return k
        while last > a and not named(last - 1):
            last -= 1
        if last - a < 2 or last <= strict:
            return None
        run = last
        while run > strict and named(run - 1):
            run -= 1
        stretch = longest = 0
        for t in tokens[strict:run]:
            stretch = 0 if t.cap or t.text.isdigit() else stretch + (1 if t.word else 0)
            longest = max(longest, stretch)
        if lex.title_re.match(text, tokens[last - 1].start):
            # ("Quốc hội nghe Chủ nhiệm Ủy ban ...": the capital opens a title.)
            return None
        if longest > (12 if named_after else 8) or (tokens[run].text in lex.surnames and text[
                tokens[run].start:tokens[last - 1].end] not in lex.places
                and (run + 1 == len(tokens)
                     or f"{tokens[run].text} {tokens[run + 1].text}" not in COMPOUNDS)):
            return None
        if last < len(tokens) and joined(tokens[last - 1], tokens[last], text) \
                and f"{tokens[last - 1].text} {tokens[last].text}" in _ENDING_COMPOUNDS:
            # "Trung tâm thể thao Quốc gia", "Bệnh viện nội tiết Trung ương".
            last += 1
        elif last + 1 < len(tokens) and tokens[last].word and tokens[last].text.islower() \
                and tokens[last].text not in ORG_STOP \
                and joined(tokens[last - 1], tokens[last], text) \
                and tokens[last + 1].text in ("(", ")", ","):
            # "Trung tâm y học hạt nhân và Ung bướu (Bệnh viện Bạch Mai)": the last
            # capitalised word's second syllable, right before a bracket or a comma.
            last += 1
        return last

    # An apposition, which ends at punctuation or a verb of speech, may hold a longer name
    # ("Trung tâm giám định Bảo hiểm y tế và Thanh toán đa tuyến khu vực phía Bắc,").
    most = LOOSE_MAX + 4 if apposition or named_after else LOOSE_MAX
    k = a
    while k < min(limit, len(tokens)) and k - a < most:
        tok = tokens[k]
        if k > a and not joined(tokens[k - 1], tok, text):
            return clean(k)
        if not tok.word:
            if tok.text in ("&", "-", ".") and k + 1 < len(tokens) \
                    and tokens[k + 1].start == tok.end and tok.start == tokens[k - 1].end:
                k += 1
                continue
            if tok.text == "." and k > a and tokens[k - 1].text in _ADMIN_ABBREVIATIONS \
                    and tok.start == tokens[k - 1].end and k + 1 < len(tokens) \
                    and tokens[k + 1].cap:
                # "Đoàn luật sư TP. Hà Nội".
                k += 1
                continue
            if tok.text == "&" and k > a and k + 1 < len(tokens) and tokens[k + 1].word:
                # "Trung tâm quản lý & điều hành giao thông": "&" for "và".
                k += 1
                continue
            if tok.text in ("-", "–") and k > a and tok.start > tokens[k - 1].end \
                    and tokens[k - 1].word and k + 2 < len(tokens) and tokens[k + 1].titlecase \
                    and tokens[k + 1].text not in AFTER_DASH_STOP \
                    and tokens[k + 1].text not in lex.surnames \
                    and not lex.org_head_re.match(text, tokens[k + 1].start) \
                    and not lex.title_re.match(text, tokens[k + 1].start) \
                    and (f"{tokens[k + 1].text} {tokens[k + 2].text}" in COMPOUNDS or (
                        tokens[k + 2].word and not tokens[k + 2].cap
                        and joined(tokens[k + 1], tokens[k + 2], text)
                        and f"{tokens[k + 1].text} {tokens[k + 2].text}" not in lex.places)):
                # "Trung tâm xúc tiến Đầu tư – Thương mại – Du lịch tỉnh Lâm Đồng", "Viện
                # Sốt rét - Ký sinh trùng - Côn trùng Trung ương": fields joined by dashes.
                k += 1
                continue
            if apposition and k - a >= 3 and tok.text in (",", ":", ";") \
                    and (cut := _after_ending(tokens, a, k, text)) is not None:
                # "Bệnh viện Nhi Trung ương tư vấn cách phòng, trị bệnh": a national body's
                # name ends with "Trung ương"; the words after it are the sentence's.
                return cut
            if apposition and k - a >= 3 and (tok.text in (",", ":", ";") or (
                    tok.text == "." and (k + 1 == len(tokens) or (
                        tokens[k + 1].cap and tokens[k + 1].start > tok.end))) or (
                    tok.text in ("-", "–") and tok.start > tokens[k - 1].end) or (
                    tok.text == "(" and (_BRACKETED_ACRONYM.match(text, tok.start) or (
                        k + 1 < len(tokens)
                        and lex.org_head_re.match(text, tokens[k + 1].start))))):
                # ("... giao thông đô thị (Sở GT-VT Hà Nội)": the body it answers to, in
                # brackets, ends the apposition's body too.)
                while k - 1 > a and tokens[k - 1].text in ("và", "của", "với", "cho"):
                    k -= 1
                return k
            if tok.text in ("(", ",", ")") and k - a >= 3 and tokens[k - 1].word \
                    and tokens[k - 1].text not in ("và", "của", "với", "cho"):
                # "Cục Xúc tiến thương mại (Bộ Công Thương)": a short lower-case tail
                # after one capitalised descriptor, up to the bracket or the comma.
                lower = 0
                while k - lower - 1 > a and not tokens[k - lower - 1].cap:
                    lower += 1
                if 1 <= lower <= 3 and k - lower - 1 == head_end \
                        and tokens[head_end].titlecase:
                    return k
            return clean(k)
        two = f"{tok.text} {tokens[k + 1].text}".lower() if k + 1 < len(tokens) else ""
        if tok.text in ("nhất", "nhì") and k > head_end and not tokens[k - 1].cap:
            # "Đại học đẹp nhất nhì Hà Nội", "Tập đoàn xe hơi lớn nhất thế giới Volkswagen":
            # a superlative describes the body; the words are no name.
            return None
        if k - a >= 3 and tok.word and not tok.cap and tokens[k - 1].cap \
                and tok.text not in ADMIN_WORDS and tok.text not in ("và", "-") \
                and _ends_place(tokens, a, k - 1, text, lex, shortest=1):
            # "Hội Y học dự phòng Việt Nam đánh giá ...": a place ends the body's name.
            return k
        if apposition and k - a >= 3 and tok.text == "trực" and k + 2 < len(tokens) \
                and tokens[k + 1].text == "thuộc" \
                and lex.org_head_re.match(text, tokens[k + 2].start):
            # "Ban Đầu tư và Xây dựng ... trực thuộc Sở ...": the body it answers to.
            return k
        if apposition and k - a >= 3 and tok.text in ("thuộc", "của") and k + 1 < len(tokens) \
                and lex.org_head_re.match(text, tokens[k + 1].start):
            # "Giám đốc Trung tâm Kiểm định chất lượng giáo dục thuộc ĐH Quốc gia Hà Nội":
            # the body it belongs to is another.
            return k
        if tok.text == "của" and k > head_end and k + 1 < len(tokens) and tokens[k + 1].cap \
                and limit >= len(tokens):
            # "Đảng Tự do Quốc gia đối lập chính của Romania", "Tập đoàn Gazprom của Nga":
            # the owner named after "của" is no part of the body's name ("Quỹ Phòng chống
            # tác hại của thuốc lá" goes on). Between a title and the person's name the
            # words up to the name are read whole ("Cục trưởng Cục tác chiến đặc biệt số 1
            # của Quân đội Myanmar Tun Tun Naung"). An apposition's body keeps its lower-case
            # tail ("Chủ tịch Hiệp hội các nhà nhập khẩu thủy sản của Úc").
            return k if apposition else clean(k)
        if tok.text == "và" and k + 1 < len(tokens) and (
                tokens[k + 1].text in AFTER_DASH_STOP
                or lex.title_re.match(text, tokens[k + 1].start)
                or _honorific_then_name(tokens, k + 1, text, lex)):
            # "Viện Vệ sinh Dịch tễ Trung ương và Tiến sĩ Nguyễn Xuân Tùng": a person next.
            return k if apposition and k - a >= 3 else clean(k)
        if apposition and k - a >= 3 and (tok.text in SPEECH or two in SPEECH or (
                tok.text == "thì" and k + 1 < len(tokens) and not tokens[k + 1].word)) \
                and not _information_technology(tokens, k) \
                and not (tok.titlecase and tokens[k - 1].text in ("và", "&")):
            # "Trưởng phòng ... - Cục y tế dự phòng chia sẻ", "Theo ... - Phó giám đốc
            # Trung tâm nghiên cứu và đào tạo phát triển cộng đồng thì, ...": the
            # apposition ends.
            return k
        if tok.cap and k > a and _runs_on(tokens, k, text) \
                and not _ends_place(tokens, a, k, text, lex):
            # ("Bệnh viện Bạch Mai Chị Liễu 34 tuổi": a caption run into the next sentence;
            # not the last word of a place, "chi nhánh Thủ Dầu Một nhận ...".)
            return clean(k)
        if k >= head_end and (tok.text.lower() in ORG_STOP or two in ORG_STOP) \
                and two not in _STOP_OPENS_WORD \
                and not (k == head_end and _federation_members(tokens, k, text)) \
                and not (tok.cap and _ends_place(tokens, a, k, text, lex)) \
                and not _country_ends(tokens, k, text) \
                and f"{tokens[k - 1].text} {tok.text}".lower() not in _STOP_COMPOUNDS \
                and not (named_after and tok.text == "các" and k + 1 < limit
                         and tokens[k + 1].word and tokens[k + 1].text.islower()) \
                and not (tok.text == "các" and k >= head_end and _PARKS_AFTER.match(
                    text, tok.end)) \
                and not (tok.titlecase and (tokens[k - 1].text in ("-", "–") or (
                    apposition and tokens[k - 1].text in ("và", "&")))) \
                and not _information_technology(tokens, k):
            # ("Cục Công nghệ thông tin": information technology, not "to inform".)
            # (A capitalised word after a dash is a field of the name: "- Ký sinh trùng";
            # in an apposition after "và" too: "Trung tâm Dự báo nhu cầu nhân lực và Thông
            # tin thị trường lao động,".)
            # ("Tổng công ty Cảng hàng không Việt Nam": "không" of "hàng không", aviation;
            # "Tổ chức Y tế thế giới": the head is no verb.)
            return clean(k)
        if k > head_end and tok.cap and not tokens[k - 1].cap \
                and lex.org_head_re.match(text, tok.start):
            # "Tổng công ty mời thêm thành phần Ban Nội chính": another body begins.
            return clean(k - 1 if tokens[k - 1].text == "và" and k - 1 > a else k)
        k += 1
    return clean(k) if k == limit else None


# Middle names that make three capitalised syllables a person's whatever the family name:
# "Văn", "Thị" (after a province's level only: wards and districts are named after heroes,
# "phường Bùi Thị Xuân"), and the H'Mông "Seo", "Mí", "A" (no place is named so: "Chủ tịch
# UBND xã Vàng Seo Pao", "Bí thư Đoàn Thanh niên xã Tả Van Vàng A Sử"; places opened by "A"
# have it first: "A Lưới").
_HMONG_MIDDLES = ("Seo", "Mí", "A")
# Khmer family names that end no place's name ("Danh Minh Triết"; not "Sơn": "Hương Sơn").
_KHMER_OPENERS = frozenset({"Danh", "Chau", "Néang"})
# The Vietnamese middle names that no name ends on.
MIDDLE_NAMES = ("Văn", "Thị")
_MIDDLES = (*MIDDLE_NAMES, *_HMONG_MIDDLES)
# Gia Rai clan names, which open a person's name ("Ksor Phước Hà", "Rơ Mah Hlim") and so
# end the place or body written before it ("HĐND huyện Chư Sê Rơ Mah Hlim").
HIGHLAND_CLANS = frozenset({"Ksor", "Siu", "Rơ", "Rah", "Kpă", "Puih", "Rmah", "Rcom"})
_HIGHLAND_OPENERS = HIGHLAND_CLANS | {"Nay", "Y"}
# Syllables that go on a known place's name into another place's ("Đông Bắc Á", "phường
# Phú Thọ Hòa").
_PLACE_GOES_ON = frozenset({"Á", "Âu", "Phi", "Hòa", "Hoà", "Tây", "Đông", "Nam", "Bắc",
                            "Trung", "Thượng", "Hạ", "Mới"})
# An Ê Đê or Gia Rai woman's name opens with "H'" ("H'Hen Niê").
# (Not the H'Mông people: "HTX H’Mông Cát Cát".)
_EDE_WOMAN = re.compile(r"H['’](?!Mông)[A-ZĐ]")
# A short form in brackets, alone or with its place, which ends an apposition's body ("Cục
# ... (CPD)", "(CDC Phú Yên)").
_BRACKETED_ACRONYM = re.compile(r"\([A-ZĐ][A-ZĐ\d&-]+(?: [" + CAPITALS + r"][^\W\d_]*){0,3}\)")
# A number written with a letter or two, ending a firm's name ("Công ty TNHH Media 24h").
_NUMBERED_BRAND = re.compile(r"\d{1,3}[a-z]{1,2}")
_NATIONAL_ENDINGS = frozenset({"Trung ương", "Quốc gia", "Quốc tế"})


def _country_ends(tokens: list[Token], k: int, text: str) -> bool:
    """True when token ``k`` is a country of one syllable that ends a name after its
    lower-case field: "Liên đoàn bóng đá Anh" ("Anh" is also a word of address); not a
    language ("Trung tâm tiếng Anh" is a kind of school)."""
    tok = tokens[k]
    return tok.text in COUNTRY_SYLLABLES and k > 0 and tokens[k - 1].word \
        and tokens[k - 1].text.islower() and tokens[k - 1].text != "tiếng" \
        and joined(tokens[k - 1], tok, text) \
        and not (k + 1 < len(tokens) and tokens[k + 1].cap and joined(tok, tokens[k + 1], text))


def _ends_place(tokens: list[Token], a: int, k: int, text: str, lex: Lexicon, *,
                shortest: int = 2) -> bool:
    """True when token ``k`` ends a known place of ``shortest`` to three tokens that opens
    after token ``a`` (the "Một" of "Thủ Dầu Một")."""
    return any(text[tokens[k - n + 1].start:tokens[k].end] in lex.places
               for n in range(shortest, 4) if k - n + 1 > a)


def clause_pair(tokens: list[Token], k: int) -> bool:
    """True when tokens ``k`` and ``k + 1`` are a sentence adverb (``Mặt khác``)."""
    return k + 1 < len(tokens) and f"{tokens[k].text} {tokens[k + 1].text}" in _CLAUSE_PAIRS


def _opens_sentence(tokens: list[Token], k: int, text: str) -> bool:
    """True when the capitalised word at token ``k`` reads as the first word of a sentence
    run into a name: a lower-case word follows it ("Hà Nội Đối với ...", "Bạch Mai Chị
    Liễu"), unlike a name's last syllable ("UBND xã Đại Lãnh (...)")."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if (k > 0 and tokens[k - 1].text == ".") or nxt is None or nxt.text == ":":
        # ("UBND TP. Về việc ...", "Trường Chính trị TP. Ảnh: ...".)
        return True
    # ("Bệnh viện Đa khoa Ba Vì cho biết": no sentence opens with "Vì cho biết".)
    return nxt.word and not nxt.cap and joined(tokens[k], nxt, text) \
        and not speech_at(tokens, k + 1)


def _runs_on(tokens: list[Token], k: int, text: str) -> bool:
    """True when the capitalised token ``k`` opens the next sentence or caption run into a
    body's name: ``Ông``/``Chị``, a sentence adverb (``Mặt khác``), or a clause opener that
    reads as a sentence's first word (:func:`_opens_sentence`)."""
    t = tokens[k].text
    return t in _HONORIFIC_OPENERS or clause_pair(tokens, k) or (
        t in CLAUSE_OPENERS and _opens_sentence(tokens, k, text))


def _information_technology(tokens: list[Token], k: int) -> bool:
    """True for the "thông tin" of "công nghệ thông tin" at token ``k``."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].text.lower() == "nghệ" \
        and tokens[k].text == "thông" and tokens[k + 1].text == "tin"


# Heads of a ministry or a department, named by its field alone ("Sở Y tế", "Bộ Công an"),
# and the fields of one word that name them whole (fields of more than one part are in
# ``_FIELD_PARTS``; "Giao thông" and "Nông nghiệp" alone open longer names: "Sở Giao
# thông đường bộ bang Victoria", "Bộ Nông nghiệp và tài nguyên Úc").
_FIELD_HEADS = frozenset({"Sở", "Bộ"})
_ONE_FIELD = frozenset({"Y tế", "Giáo dục", "Xây dựng", "Công thương", "Quốc phòng", "Công an",
                        "Tài chính", "Nội vụ", "Tư pháp", "Ngoại giao", "Thương mại"})


def field_named(tokens: list[Token], a: int, b: int, text: str) -> bool:
    """True when tokens ``a .. b - 1`` name a ministry or a department by its head and its
    field alone (``Sở Y tế``, ``Bộ Giáo dục và Đào tạo``, ``Bộ thông tin và truyền thông``):
    such a name is complete, and lower-case words after it are the sentence's, not the
    name's."""
    if b <= a + 1 or tokens[a].text not in _FIELD_HEADS:
        return False
    words = text[tokens[a + 1].start:tokens[b - 1].end]
    return words in _ONE_FIELD or _OFFICIAL_FIELD.fullmatch(words) is not None \
        or _LOWER_FIELD.fullmatch(words) is not None


def _after_ending(tokens: list[Token], a: int, k: int, text: str) -> int | None:
    """End of a name that closes with "Trung ương", "Quốc gia"... before lower-case words
    running to token ``k``, or None."""
    for c in range(k - 3, a, -1):
        if f"{tokens[c].text} {tokens[c + 1].text}" in _NATIONAL_ENDINGS \
                and joined(tokens[c], tokens[c + 1], text):
            rest = tokens[c + 2:k]
            if len(rest) >= 2 and all(t.word and t.text.islower() for t in rest):
                return c + 2
            return None
    return None


# Boards named by their task after "Ban", in lower case: "Ban tổ chức" (an organising
# committee), "Ban chỉ đạo", "Ban quản lý", "Ban kỷ luật", "Ban giám hiệu".
_BOARD_TASKS = frozenset({"tổ chức", "chỉ đạo", "quản lý", "soạn thảo", "trọng tài", "kỷ luật",
                          "giám hiệu", "điều hành", "kiểm soát", "cán sự", "giám khảo",
                          "khảo sát", "vận động", "điều phối", "thi đua"})
_BOARD_NEEDS_NAME = frozenset({"quản lý", "cán sự"})


def _board_end(tokens: list[Token], i: int, j: int, text: str) -> int:
    """Index one past a board's task written in lower case after "Ban" at token ``i``
    (``j`` one past the head matched), or 0."""
    if tokens[i].text != "Ban" or i + 2 >= len(tokens) or j > i + 3:
        return 0
    if f"{tokens[i + 1].text} {tokens[i + 2].text}" in _BOARD_TASKS \
            and joined(tokens[i], tokens[i + 1], text) \
            and joined(tokens[i + 1], tokens[i + 2], text):
        return i + 3
    return 0


def find_organizations(tokens: list[Token], text: str, lex: Lexicon,
                       starts: dict[int, int]) -> list[Span]:
    """Return organisation spans (nested ones too: ``Thành ủy X`` inside ``Ban ... Thành ủy X``).

    ``starts`` maps a character offset to its token index.
    """
    out: list[Span] = []
    for m in lex.org_head_re.finditer(text):
        head = m.group()
        i = starts.get(m.start())
        if i is None or tokens[i].end > m.end():
            # ("Phòng, chống thiên tai": a task's two verbs, one token, not the head "Phòng".)
            continue
        j = i
        while j < len(tokens) and tokens[j].end <= m.end():
            j += 1
        board = _board_end(tokens, i, j, text)
        if board:
            # "Ban tổ chức", "Ban chỉ đạo Tây Nguyên": a board, named by its task in lower
            # case, is a body on its own.
            head, j = text[m.start():tokens[board - 1].end], board
        if i > 0 and tokens[i - 1].titlecase and joined(tokens[i - 1], tokens[i], text) \
                and tokens[i - 1].text not in CLAUSE_OPENERS:
            # "Tây Ban Nha", "Vạn Lý Trường Thành": the head word is inside another name
            # ("Theo Bộ Tài chính": a word opening the sentence).
            continue
        if j < len(tokens) and f"{head} {tokens[j].text}" in lex.places:
            # "Trường Sa", "Hội An": a place, not a school or an association.
            continue
        if text.startswith("-", m.end()) and text[m.end() + 1:m.end() + 2].isdigit():
            # "USS Indianapolis (CA-35)": a code, not a body.
            continue
        if j < len(tokens) and tokens[j].text == "viên" and joined(tokens[j - 1], tokens[j], text):
            # "Thành ủy viên", "Đảng viên": a member, not the body.
            continue
        # "Bộ thông tin và truyền thông": an official field after the head, in lower case.
        lower_field = j < len(tokens) and tokens[j].word and tokens[j].text.islower() \
            and joined(tokens[j - 1], tokens[j], text) \
            and _lower_field(tokens, j, text, m.start()) is not None
        if not board and not lower_field and j < len(tokens) and len(head.split()) == 1 \
                and tokens[j].word and tokens[j].text.islower() \
                and tokens[j].text not in _ADMIN_OPENERS \
                and not (tokens[j].text == "các" and _PARKS_AFTER.match(text, tokens[j].end)):
            # "Bộ trưởng", "Hội nghị", "Trường hợp": an ordinary word, not a body ("BQL các
            # KCN" is one: the board of the industrial parks).
            continue
        if head == "Chính phủ" and (_NOT_THE_GOVERNMENT_AFTER.match(text, m.end())
                                    or text[max(0, m.start() - 11):m.start()] == "trái phiếu "):
            # "Chính phủ điện tử" (e-government), "trái phiếu Chính phủ" (bonds).
            continue
        if head.lower() in _WHOLE_NAMES:
            out.append(Span(head, m.start(), m.end()))
            continue
        end = org_extent(tokens, j, text, head_cap=head.split()[-1][:1].isupper(),
                         heads=lex.org_heads, head_re=lex.org_head_re, places=lex.places)
        if end > j and not lower_field \
                and not any(t.cap or t.text.isdigit() for t in tokens[j:end]) and not (
                lex.org_heads.get(head, False) and head not in _NATIONAL
                and all(t.text in ADMIN_WORDS
                                                        for t in tokens[j:end])):
            # "Trường hợp", "Sở hữu", "Ban hành", "Hội thi": a head word and a lower-case
            # syllable make an ordinary word, not an organisation ("UBND quận" is one).
            end = j
        if head == "Quốc hội" and j < len(tokens) and tokens[j].text in _ADMIN_OPENERS \
                and tokens[j].text != "bang":
            # "Đại biểu Quốc hội tỉnh Bình Dương": the province's deputy to the national
            # assembly; no assembly is the province's (its delegation is "Đoàn đại biểu
            # Quốc hội tỉnh ...", read from its own head). A state has one: "Quốc hội bang
            # California".
            end = j
        if end > j + 1 and lex.org_heads.get(head, False) and tokens[j].text in lex.surnames \
                and tokens[j + 1].titlecase and not any(
                    text[tokens[j].start:tokens[k - 1].end] in lex.places
                    for k in range(j + 2, min(end, j + 4) + 1)) \
                and not (head.endswith(" ủy") and end == j + 2):
            # "cố Thủ tướng Chính phủ Võ Văn Kiệt": after a body that stands on its own, a
            # name opened by a family name is its officer's, not the body's; not two
            # syllables after a place's Party committee, which name the place ("Huyện ủy
            # Lạc Sơn").
            end = j
        if (end > j or (j < len(tokens) and tokens[j].word and tokens[j].text.islower())) \
                and head not in _COMPLETE_HEADS:
            loose = loose_org_end(tokens, i, text, lex, len(tokens))
            if loose is not None and loose > end:
                # "Cục quản lý năng lượng biển Hoa Kỳ", "Công ty TNHH thiết kế xây dựng
                # Gia Viên": lower-case descriptors before a capitalised name.
                end = loose
            end = long_name_end(tokens, end, text, lex)
        if end == j:
            if not (board and head[4:] not in _BOARD_NEEDS_NAME) \
                    and not lex.org_heads.get(head, False):
                # ("Ban quản lý tòa nhà", "Ban cán sự đảng ...": the board's name goes on
                # in lower case; no partial name.)
                continue
            stop = tokens[j - 1].end
        else:
            stop = tokens[end - 1].end
        out.append(Span(text[m.start():stop], m.start(), stop))
    out = [Span(text[o.start:end], o.start, end) if (end := _seat_end(o, text, lex)) else o
           for o in out]
    # A body named after another body that the reading of its name cut ("Nhà hát Đài
    # Tiếng" and "Đài Tiếng nói Việt Nam"): the outer name runs to the inner one's end.
    out = _run_into_inner(out, text)
    out.extend(_lower_head_organizations(tokens, text, lex, starts))
    out.extend(_departments(tokens, text, lex, starts))
    firms = [f for f in _firms(tokens, text, lex)
             if not any(o.start <= f.start and f.end <= o.end for o in out)]
    # ("SHB Đà Nẵng", a club, holds the bank's acronym "SHB".)
    out = [o for o in out if not any(f.start <= o.start and o.end <= f.end for f in firms)]
    out.extend(firms)
    out.sort(key=lambda s: (s.start, -s.end))
    return out


# A hospital's or a university's department: "Khoa Ngoại Thần kinh", "Khoa Sinh học".
# "Khoa" is a given name too, so it heads no other body's name and opens no title's body;
# after a post ("Trưởng Khoa Nhiễm") the department is the post's.
_DEPARTMENT = re.compile(r"(?<![\w&])Khoa (?=[A-ZĐ])(?!Học(?!\w))")
_POST_BEFORE = re.compile(r"(?:(?<!\w)(?:[Tt]rưởng|[Pp]hó|[Cc]hủ nhiệm|[Pp]hụ trách|[Gg]iám đốc|"
                          r"[Pp]hó trưởng)) $")


def _departments(tokens: list[Token], text: str, lex: Lexicon,
                 starts: dict[int, int]) -> list[Span]:
    """``Khoa Ngoại Thần kinh``, ``Khoa Hồi sức tích cực``: departments named on their own
    (in an apposition, after ``tại``), not inside a person's name (``Trần Đăng Khoa``) or a
    post."""
    out: list[Span] = []
    for m in _DEPARTMENT.finditer(text):
        i = starts.get(m.start())
        if i is None or i + 1 >= len(tokens):
            continue
        if (i > 0 and tokens[i - 1].titlecase and joined(tokens[i - 1], tokens[i], text)) \
                or _POST_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            continue
        end = org_extent(tokens, i + 1, text, heads=lex.org_heads, head_re=lex.org_head_re,
                         places=lex.places)
        if end > i + 1:
            out.append(Span(text[m.start():tokens[end - 1].end], m.start(), tokens[end - 1].end))
    return out


# The labels of a photo credit or a source line ("Ảnh: TTXVN", "(Nguồn: AFP/TTXVN)").
CREDIT_LABELS = "Ảnh|ẢNH|Ảnh minh họa|Nguồn|Video|Clip"
_CREDIT_BEFORE = re.compile(rf"(?:{CREDIT_LABELS})\s*:\s*(?:[^\n:()/]{{1,40}}/)?$")


# A paper's name in brackets opening a paragraph, then a dash: "(Thanh tra) - Trong 24 giờ".
_SOURCE_OPENS = re.compile(r"(?:^|(?<=\n))[ \t]*\($")
_SOURCE_CLOSES = re.compile(r"\)[ \t]*[-–]")


def in_credit(text: str, span: Span) -> bool:
    """True for a body named as a photo's or a text's source, where the credit ends (a
    bracket, a full stop or the next sentence's capital after it), or as the paper that
    opens a paragraph in brackets: no body mentioned. A caption that runs on into a
    sentence (``Ảnh: Cục Quân y chỉ đạo ...``) names one."""
    if _SOURCE_CLOSES.match(text, span.end) and _SOURCE_OPENS.search(
            text, max(0, span.start - 8), span.start):
        return True
    if _CREDIT_BEFORE.search(text, max(0, span.start - 60), span.start) is None:
        return False
    rest = text[span.end:span.end + 4].lstrip(" ")
    return not rest or rest[0] in ").\n" or rest[0].isupper()


def _firms(tokens: list[Token], text: str, lex: Lexicon) -> list[Span]:
    """``Apple``, ``BMW``, ``Real Madrid``: a known firm, outlet or club named on its own,
    not inside a longer name or a product's (``Apple Watch``, ``BMW X2``, ``Google I/O``)
    and not as a platform (``người dùng Facebook``, ``trên Amazon``)."""
    out: list[Span] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        n = 0
        if tok.text in lex.name_firsts:
            n = next((n for n in (3, 2, 1) if k + n <= len(tokens)
                      and all(text[tokens[q].end:tokens[q + 1].start] == " "
                              for q in range(k, k + n - 1))
                      and ((name := text[tok.start:tokens[k + n - 1].end]) in lex.teams
                           or name in lex.firms)), 0)
        if not n:
            k += 1
            continue
        last = tokens[k + n - 1]
        if not (k > 0 and tokens[k - 1].cap and text[tokens[k - 1].end:tok.start] in _NEXT_TO
                and not any(m.end() == tokens[k - 1].end for m in lex.title_re.finditer(
                    text, max(0, tok.start - 30), tokens[k - 1].end))) \
                and not (k + n < len(tokens) and text[last.end:tokens[k + n].start] in _NEXT_TO
                         and (tokens[k + n].cap or tokens[k + n].text in "+/-&'"
                              # ("BMW X2" is a product; "Man Utd 2-0" a score.)
                              or (tokens[k + n].text[:1].isdigit() and n == 1
                                  and tok.text in lex.firms))) \
                and not _PLATFORM_BEFORE.search(text, max(0, tok.start - 20), tok.start):
            out.append(Span(text[tok.start:last.end], tok.start, last.end))
        k += n
    return out


# Words before a firm's name that make it a platform, a product or a credit: "người dùng
# Facebook", "mua xe Peugeot", "điện thoại Xiaomi", "(Ảnh: Reuters)".
_PLATFORM_BEFORE = re.compile(r"(?:(?<!\w)(?:trên|người dùng|tài khoản|ứng dụng|dùng|sử dụng|"
                              r"mạng xã hội|nền tảng|qua|fanpage|trang|xe|chiếc|điện thoại|máy|"
                              r"hiệu|đại lý|showroom|học bổng)|[Ảả]nh:|[Nn]guồn:)\s$",
                              re.IGNORECASE)
_NEXT_TO = ("", " ", "\xa0")


_GENERIC_BEFORE_PLACE = frozenset({"trung tâm", "công ty", "tập đoàn", "ngân hàng", "nhà máy",
                                   "xí nghiệp"})


def _downtown(tokens: list[Token], j: int, end: int, text: str, lex: Lexicon) -> bool:
    """True when the run ``tokens[j:end]`` after a lower-case "trung tâm" opens on a place:
    an administrative prefix (``TP``, ``Thành phố``), ``Thủ đô`` or a known place's name."""
    if lex.place_prefix_re.match(text, tokens[j].start) or (
            tokens[j].text == "Thủ" and j + 1 < end and tokens[j + 1].text == "đô"):
        return True
    return any(text[tokens[j].start:tokens[k].end] in lex.places for k in range(j, end))


def _lower_head_organizations(tokens: list[Token], text: str, lex: Lexicon,
                              starts: dict[int, int]) -> list[Span]:
    """``trường Mầm non Sen Vàng``, ``báo Người Đưa Tin``: a head word in lower case is an
    organisation when a capitalised name follows it; acronyms known as organisations
    (``EU``, ``VOV``) are organisations on their own."""
    out: list[Span] = []
    for m in LOWER_HEAD.finditer(text):
        j = starts.get(m.end())
        if j is None or lex.org_head_re.match(text, m.end()) or clause_pair(tokens, j):
            # ("báo Tuy nhiên, ...": a sentence run on after a verb, "thông báo".)
            continue
        before = re.findall(r"\w+", text[max(0, m.start() - 8):m.start()])
        if before and before[-1][:1].isupper() and not before[-1].isupper() \
                and text[m.start() - 1] == " ":
            # "Bệnh viện Việt Đức", "Học viện ...": the head was capitalised, found already.
            continue
        if before and compound_head(m.group().split()[0], before[-1]):
            # "thị trường", "cảnh báo Tokyo", "khán đài Stamford Bridge": no body.
            continue
        end = org_extent(tokens, j, text, head_cap=False, heads=lex.org_heads,
                         head_re=lex.org_head_re, places=lex.places)
        kind = m.group().strip()
        if end > j and kind in _GENERIC_BEFORE_PLACE and (
                text[tokens[j].start:tokens[end - 1].end] in lex.places
                or (kind == "trung tâm" and _downtown(tokens, j, end, text, lex))):
            # "các công ty Trung Quốc": a kind and a place; "trung tâm TP.HCM", "khu vực
            # trung tâm TP Hồ Chí Minh và Hà Nội", "trung tâm Thủ đô": the centre of a town.
            continue
        if end > j and (tokens[j].cap or kind == "công an"):
            out.append(Span(text[m.start():tokens[end - 1].end], m.start(), tokens[end - 1].end))
    for m in lex.org_acronym_re.finditer(text):
        if _COMPETITION_AFTER.match(text, m.end()) is None:
            out.append(Span(m.group(), m.start(), m.end()))
    teams = [Span(m.group(), m.start(), m.end()) for m in _NATIONAL_TEAM.finditer(text)]
    out.extend(teams)
    read = SpanCover((t.start, t.end) for t in teams)
    out.extend(t for t in _teams_of_places(tokens, text, lex, starts) if not read.holds(t.start))
    out.extend(Span(m.group(), m.start(), m.end()) for m in _BRANCH.finditer(text)
               if foreign_word(m.group(1)))
    return out


# A body's acronym that opens a competition's name names the competition, not the body:
# "AFF Cup", "UEFA Champions League", "FIFA World Cup", "AFC Futsal Championship".
_COMPETITION_AFTER = re.compile(r" (?:[A-Z][\w-]* ){0,2}(?:Cup|League|Games|Championships?|"
                                r"Open|Awards?|Futsal|Trophy|Series)(?!\w)")


def place_run_end(tokens: list[Token], i: int, text: str, *, limit: int | None = None) -> int:
    """End (exclusive) of the capitalised run that names a place from token ``i`` (already
    read as its first word): capitalised words one space apart, up to ``limit`` tokens,
    stopped by a sentence adverb run into it (``Mặt khác``) or by a date opening the next
    sentence (``huyện Đông Anh Ngày 11 tháng Giêng``)."""
    n = len(tokens) if limit is None else min(len(tokens), i + limit)
    j = i + 1
    while j < n and tokens[j].titlecase and joined(tokens[j - 1], tokens[j], text) \
            and not clause_pair(tokens, j) and not (
                tokens[j].text in _DATE_WORDS and j + 1 < len(tokens)
                and tokens[j + 1].text.isdigit()):
        j += 1
    return j


# Capitalised words that open a sentence and name no place.
_SENTENCE_WORDS = frozenset({"Tôi", "Chúng", "Các", "Những", "Ông", "Bà"})


def find_locations(tokens: list[Token], text: str, lex: Lexicon, starts: dict[int, int]
                   ) -> tuple[list[Span], set[str], list[Span]]:
    """Return place spans, the bare place names learned from administrative prefixes, and
    the places listed after a prefixed one.

    ``tỉnh Bình Dương`` and ``TP.Thủ Dầu Một`` are kept with their prefix; the bare name
    (``Thủ Dầu Một``) is learned so that its other mentions count too. In ``huyện Thoại
    Sơn và Châu Thành`` the second name is a place listed under the same prefix.
    """
    spans: list[Span] = []
    listed: list[Span] = []
    learned: set[str] = set()
    n = len(tokens)
    spans.extend(Span(m.group(), m.start(), m.end()) for m in _HCM_CITY.finditer(text))
    for m in lex.place_prefix_re.finditer(text):
        prefix = m.group()
        i = starts.get(m.end()) if prefix.endswith(".") else None
        if i is None:
            # ("TP. Hồ Chí Minh": a space after the abbreviation's dot, unless the dot ends
            # a sentence: "... của TP. Ông Quang vào Đảng ...", "vào trung tâm TP. Các
            # phương tiện ...".)
            i = starts.get(m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if i is not None and prefix.endswith(".") and (
                    tokens[i].text.lower() in lex.honorifics or tokens[i].text in OPENERS
                    or tokens[i].text in _SENTENCE_WORDS
                    or lex.title_re.match(text, tokens[i].start)):
                continue
        if i is None:
            continue
        first = tokens[i]
        if prefix.lower() in ("quận", "phường") and first.text.isdigit():
            spans.append(Span(text[m.start():first.end], m.start(), first.end))
            continue
        if not first.titlecase or (prefix == "bang" and text[max(0, m.start() - 5):m.start()]
                                   in ("liên ", "Liên ")):
            # ("Liên bang Nga": the federation, not a state.)
            continue
        if prefix == "H." and (len(first.text) < 2 or not first.text.isalpha()
                               or (m.start() > 0 and text[m.start() - 1] == ".")):
            # ("anh H.V.Đ", "Ảnh: H.H", "H.O.G.": initials, not a district.)
            continue
        parts = [t.text for t in tokens[i:place_run_end(tokens, i, text)]]
        keep = 0 if _person_at(tokens, i, text, lex.places, middles=_level_middles(prefix)) \
            else trim_place(parts, lex)
        if prefix == "châu":
            # A continent: one word ("châu Âu", "châu Á"), or two ("châu Đại Dương"), and
            # the region "châu Á-Thái Bình Dương".
            keep = 3 if parts[:3] == ["Á-Thái", "Bình", "Dương"] \
                else continent_at(tokens, i, text)
        if not keep or (prefix == "H." and keep < 2):
            # (A district's name has two syllables or more: "H.Vân" signs an article.)
            continue
        end = tokens[i + keep - 1].end
        spans.append(Span(text[m.start():end], m.start(), end))
        if keep >= 2:
            # One-syllable names ("miền Bắc", "biển Đông") are too common to learn.
            learned.add(text[first.start:end])
            # "huyện Thoại Sơn và Châu Thành": the list's other names are places too.
            k = i + keep
            while k + 2 < n and tokens[k].text in (",", "và") and tokens[k + 1].titlecase:
                e = k + 2
                while e < n and e - k <= 4 and tokens[e].titlecase \
                        and joined(tokens[e - 1], tokens[e], text):
                    e += 1
                head = tokens[k + 1].text
                if e - (k + 1) < 2 or prefix.lower() not in LEVELS \
                        or head.lower() in lex.honorifics \
                        or (head in lex.surnames and tokens[k].text == ",") \
                        or lex.title_re.match(text, tokens[k + 1].start) \
                        or lex.org_head_re.match(text, tokens[k + 1].start):
                    # ("huyện Nam Giang, Phó Chủ tịch ...": a title, not a second place.)
                    break
                a, b = tokens[k + 1].start, tokens[e - 1].end
                learned.add(text[a:b])
                listed.append(Span(text[a:b], a, b))
                k = e
    return spans, learned, listed


# Ho Chi Minh City by its initials, as the press writes it most often.
_HCM_CITY = re.compile(r"(?<![\w.])(?:TP|Tp)(?:\. ?| )?HCM(?![\w])")


def _person_at(tokens: list[Token], k: int, text: str, places: Collection[str], *,
               middles: Collection[str]) -> bool:
    """True when a Vietnamese person's name of three syllables or more, one of ``middles``
    its second (:data:`_MIDDLES`), opens at token ``k`` right after a level, whatever its
    family name ("Chủ tịch HĐND tỉnh Cầm Văn Piêng", "Chủ tịch UBND xã Vàng Seo Pao"); a
    known place opens no such name."""
    return k + 2 < len(tokens) and tokens[k + 1].text in middles \
        and tokens[k].titlecase and tokens[k + 2].titlecase \
        and joined(tokens[k], tokens[k + 1], text) and joined(tokens[k + 1], tokens[k + 2], text) \
        and f"{tokens[k].text} {tokens[k + 1].text}" not in places


def _highland_name_at(tokens: list[Token], k: int, text: str) -> bool:
    """True when a Gia Rai or Ê Đê name opens at token ``k`` (a clan name, or "Y", then a
    capitalised syllable): after a province's level, no province is named so ("Phó Chủ
    tịch UBND tỉnh Nay Blin")."""
    return k + 1 < len(tokens) and tokens[k].text in _HIGHLAND_OPENERS \
        and tokens[k + 1].titlecase and joined(tokens[k], tokens[k + 1], text)


def trim_place(parts: list[str], lex: Lexicon) -> int:
    """Return how many syllables of a capitalised run belong to the place name.

    The run is cut before a following person name or organisation head word.
    """
    for k in range(1, len(parts)):
        if parts[k] in lex.surnames and (k + 1 < len(parts) or (
                k >= 2 and " ".join(parts[:k]) in lex.places
                and " ".join(parts[:k + 1]) not in lex.places)) \
                and (k >= 2 or parts[0] in lex.places):
            # ("tỉnh TT-Huế Nguyễn Văn Cao": a known place of one word, then a name;
            # "Thành ủy Thủ Dầu Một Nguyễn ...": a known place, then a family name.)
            return k
        if parts[k] in lex.org_heads and " ".join(parts[:k + 1]) not in lex.places:
            # (Not in a place's own name: "TP Hải Phòng".)
            return k
        if (parts[k] in OPENERS or parts[k] in _SENTENCE_WORDS) \
                and " ".join(parts[:k]) in lex.places:
            # "Bí thư Huyện ủy Vĩnh Bảo, TP Hải Phòng Tôi chỉ nghe ...": a sentence run
            # into a known place.
            return k
        if parts[k] in lex.foreign_given and k + 1 < len(parts):
            # ("bang Texas Greg Abbott": a state, then a foreign name.)
            return k
        if k >= 2 and (parts[k] in HIGHLAND_CLANS or (parts[k] == "Y" and k + 1 < len(parts))):
            return k
        if k >= 1 and k + 2 < len(parts) and (parts[k + 1] in _HMONG_MIDDLES
                                               or parts[k] in _KHMER_OPENERS
                                               or (parts[k + 1] in MIDDLE_NAMES and k >= 2)):
            # ("xã Tả Van Chư Vàng Seo Dín", "huyện Gò Quao Danh Minh Triết": a commune or
            # a district, then a H'Mông or a Khmer name; "huyện Tiểu Cần Sơn Thị Ngọc
            # Bích", "xã Môn Sơn Lô Văn Thắm": then a name known by its middle name.)
            return k
        if k >= 2 and _place_ends(" ".join(parts[:k]), " ".join(parts[:k + 1]), parts[k],
                                  lex.places):
            # ("tỉnh Đắk Lắk Y Khoa Niê", "tỉnh Gia Lai Ksor Phước Hà": a known place, then
            # a highland person's name; "tỉnh Quảng Ninh Thiếu tá ...": a rank.)
            return k
    return min(len(parts), 4)
