"""Titles and organisations written around a person's name.

Before the name (``Phó Chủ tịch UBND tỉnh Bình Dương Nguyễn Văn Lộc``, ``Chủ tịch Ủy ban
Nhân dân tỉnh Kon Tum, ông Nguyễn Văn Hòa``) or in apposition after it (``Lê Thanh Long,
Trưởng ban Tuyên giáo Thành ủy Thủ Dầu Một,``), with the organisation split from the title
(``Trưởng ban Tuyên giáo`` keeps its unit; ``Bộ trưởng GTVT`` its sector).
"""

from __future__ import annotations

import bisect
import re

from corpus_tool.entities._lexicon import Lexicon, dictionary_word
from corpus_tool.entities._organizations import (
    ADMIN_WORDS,
    AFTER_DASH_STOP,
    COMPOUNDS,
    COUNTRY_SYLLABLES,
    DANGLING_LINK,
    LEVELS,
    LOOSE_MAX,
    LOWER_HEAD,
    OPENERS,
    ORG_STOP,
    clause_pair,
    compound_head,
    field_named,
    long_name_end,
    loose_org_end,
    opens_word,
    org_extent,
    place_run_end,
    speech_at,
)
from corpus_tool.entities._tokens import (
    CAPITALS,
    LOWERS,
    Token,
    foreign_word,
    joined,
    korean_name_end,
    marked_syllable,
)
from corpus_tool.nlp import tag_at

__all__ = ["BOARD_TITLE", "LIST_JOINERS", "PREFIX_TITLE", "PROVINCE_S_DEPUTY", "STAGE_TITLES",
           "TitleReader"]

_LEVEL_WORDS = "|".join(sorted(LEVELS, key=lambda w: (-len(w), w)))
# A bare level after a title, the sentence going on in lower case or punctuation next.
_LEVEL_AFTER = re.compile(rf" ({_LEVEL_WORDS})(?=[,.;:)]| [{LOWERS}]|$)")
# "Đại biểu Quốc hội tỉnh Bình Dương": the province's deputy to the national assembly
# (no assembly is the province's).
PROVINCE_S_DEPUTY = re.compile(r"Quốc hội (?:tỉnh|thành phố|TP)(?!\w)")
# Words that open the sentence's predicate, never a unit's name after a title.
_NO_UNIT = frozenset({"làm", "là", "đã", "đang", "sẽ", "được", "vừa", "cũng", "kiêm", "nói"})
# ... and the hamlet or neighbourhood of a committee's board ("Trưởng ban Công tác Mặt trận
# ấp Phú Thạnh", "... khu phố Tân Hòa").
_HAMLET_OPENERS = frozenset({"ấp", "thôn", "bản", "khóm", "buôn", "xóm"})
# Words that open a place after a unit's name ("Phó trưởng phòng Giáo dục quận Hai Bà Trưng").
_ADMIN_OPENERS = frozenset({"tỉnh", "thành", "huyện", "quận", "phường", "xã", "thị", "TP", "bang",
                            "H", "Q", "P"})
_APPOSITION = re.compile(r"\s*(?:,|\(|–|-)\s*"
                         # "anh Nguyễn Đình Hào (SN 1994, Phó bí thư chi đoàn xóm)": a birth
                         # year or an age first in the brackets.
                         r"(?:(?<=\()(?:SN|[Ss]inh năm|\d{1,3} tuổi)(?: \d{4})?, )?")
# Titles whose last syllable is a generic unit: the capitalised words after them name the
# unit and belong to the title ("Trưởng ban Tuyên giáo"), not to the organisation.
_UNIT_TITLE = re.compile(r"(?:ban|phòng|khoa|đơn vị|đoàn|bộ môn|chuyên khoa|Ban|Phòng|Khoa|"
                         r"nhóm|Nhóm|bộ phận|Bộ phận|kíp|"
                         r"Đơn vị|Đoàn|Bộ môn|Phụ trách|phụ trách|Cục trưởng|Vụ trưởng|Phó Cục)$")
_BOTH_DELEGATIONS = re.compile(r"Đoàn (?:ĐBQH|đại biểu Quốc hội) và (?:HĐND|Hội đồng nhân dân) ")
_RELIGIOUS_SEAT = re.compile(rf"(?:chùa|giáo xứ|giáo họ|thánh thất|tịnh xá|nhà thờ) "
                             rf"(?=[{CAPITALS}])")
_MEMBER_IN_BRACKETS = re.compile(r" ?\((?:trực )?thuộc ")
# A team's leader and deputy, whose team may follow in lower case.
_TEAM_LEAD = re.compile(r"(?:[Đđ]ội|[Tt]ổ) (?:trưởng|phó)$")
# Heads of a department or an institute: a central body named after them is the
# institute's own name ("Phó Viện trưởng Vệ sinh Dịch tễ Trung ương").
_INSTITUTE_HEAD = re.compile(
    r"(?:[Cc]ục trưởng|Vụ trưởng|[Vv]ụ phó|Viện trưởng|[Vv]iện phó|Phó Cục)$")
# A director's title, which a firm's function in lower case may follow ("Giám đốc tiếp thị",
# "Phó giám đốc phát triển sản phẩm").
_DIRECTOR = re.compile(r"(?:[Pp]hó |[Tt]ổng |[Pp]hó [Tt]ổng )?[Gg]iám đốc$")
# An adviser is named with a field the same way ("Cố vấn kỹ thuật Tổ chức Hợp tác quốc tế
# Đức").
_ADVISER = re.compile(r"[Cc]ố vấn$")
# Words before a title in apposition that are no part of it ("cựu", "nguyên": former;
# "tân": new), with the verb after them or alone ("nguyên là", "từng là"). (After "một", "a",
# the words describe the person: "một chuyên gia".)
_FORMER = re.compile(r"(?:(?:cựu|nguyên|tân|Cựu|Nguyên|Tân)(?: là)?|(?:từng|Từng) là) ")
# The post held now, after the apposition's comma, maybe after a former one: "ông Nguyễn
# Thành Nam, hiện là phó tổng giám đốc Sabeco", "Ông Sharol Yuzy, cựu tay đua MotoGP người
# Malaysia, hiện là giám đốc đội đua Yuzy Racing Team".
_NOW = re.compile(r"(?:(?:cựu|nguyên) [^,.;:()–\-]{1,50}, )?"
                  r"hiện (?:đang )?(?:là|giữ chức|giữ cương vị) ")
# A qualifier or the title's abbreviation in brackets between a title and the name
# ("Tổng thống Mỹ đương nhiệm Donald Trump", "Tổng thống đắc cử Trump", "luật sư (LS) X",
# "đạo diễn lừng danh Christopher Nolan", "ca sĩ trẻ Hòa Minzy"), glued to the name or not
# ("HLV mớiThomas Tuchel"). (A "thầy cũ", "ông thầy mới" is a mentor, no title.)
_QUALIFIER = re.compile(r"(?<=\s)(?:đương nhiệm|đắc cử|tạm quyền|(?<![Tt]hầy )(?:mới|cũ)|"
                        r"\([A-ZĐ][A-Za-zĐ.]{0,6}\)|"
                        r"trẻ(?: tuổi| tài năng)?|lừng danh|lừng lẫy|nổi tiếng|kỳ cựu|tài ba|"
                        r"tài năng|gạo cội|lão làng|huyền thoại|xinh đẹp|điển trai)\s?$")
# Two posts of one person chained ("Tổng Giám đốc kiêm Chủ tịch HĐQT", "chủ tịch và cũng là
# cổ đông lớn của ...", "Chủ tịch HĐQT, đồng thời là Tổng Giám đốc ...").
_CHAIN = re.compile(r"(?:,? kiêm|,? và cũng là|, đồng thời là|, cũng là) ")
BOARD_TITLE = re.compile(r"(?:HĐQT|Hội đồng quản trị|HĐTV|Hội đồng [Tt]hành viên) $")
# Occupations of the stage and the screen, a part of :data:`PREFIX_TITLE`.
STAGE_TITLES = r"Ca sĩ|Diễn viên(?: hài)?|Đạo diễn|Người mẫu|Hoa hậu|Á hậu|MC|Danh hài|Nghệ sĩ hài"
# Degrees and state honours in short, chained by dots or dashes ("PGS.TS", "TTƯT.BS.CKII":
# a doctor of the second specialist grade, "BSCKII", who is a meritorious physician).
_DEGREE = (r"(?:P?GS|TSKH|TS|ThS|Th\.s|BSCKII|BSCKI|BSNT|BS|DS|KS|LS|KTS|CKII|CKI|VS|"
           r"NSND|NSƯT|NGND|NGƯT|TTND|TTƯT|NNND|NNƯT)")
# Ranks, degrees and honours written before a name, never followed by an organisation.
PREFIX_TITLE = re.compile(
    rf"(?:{_DEGREE}(?:\s?[.-]\s?{_DEGREE})*|"
    r"(?:Nghệ sĩ|Nghệ nhân|Nhà giáo|Thầy thuốc) (?:Nhân dân|Ưu tú)|"
    r"Anh hùng (?:Lao động|Lực lượng vũ trang nhân dân|LLVT nhân dân|LLVTND)|Mẹ Việt Nam Anh hùng|"
    r"Đại đức|Thượng tọa|Hòa thượng|Ni sư|Linh mục|Mục sư|Giáo hữu|Lễ sanh|Phối sư|Đầu sư|"
    r"Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Tướng|"
    r"(?:Phó |Chuẩn )?Đô đốc|"
    r"Đại úy|Thượng úy|Trung úy|Thiếu úy|Nhà văn|Nhà thơ|Nhà báo|Nhạc sĩ|Họa sĩ|"
    r"Nhà nghiên cứu|Luật sư|Bác sĩ(?: chuyên khoa (?:II|I|1|2)| nội trú)?|Kỹ sư|"
    r"(?:Quân )?[Yy] sĩ|Dược sĩ|"
    r"Kiến trúc sư|Tiến sĩ|Thạc sĩ|Giáo sư|Phó Giáo sư|"
    r"Nghệ sĩ|Nghệ nhân|Chuyên gia|Doanh nhân|Giáo viên|Nhà sử học|Thầy giáo|Cô giáo|Võ sư|"
    + STAGE_TITLES + r")\.?", re.IGNORECASE)
# Royal titles: a capitalised word after them is a name ("Nữ hoàng Elizabeth") or a
# country ("Nữ hoàng Anh"), never another body.
_ROYAL = re.compile(r"(?:Nữ hoàng|Hoàng hậu|Hoàng tử|Công chúa|Công nương|Hoàng thân|Thái tử|"
                    r"Vua|Quốc vương)", re.IGNORECASE)
_BRACKETED = re.compile(r"\([A-ZĐ][\w&.-]*\)")
# The scope a national body's name ends on in lower case ("Ủy ban ATGT quốc gia").
_NATIONAL_ENDS = frozenset({"nhà nước", "quốc gia", "trung ương", "thế giới", "quốc tế"})
# Posts held for a state, after which a country of one syllable ("Anh", "Đức", "Nga"),
# also a given name, is the state.
_STATE_POST = re.compile(r"(?:[Pp]hó )?(?:[Tt]ổng thống|[Tt]hủ tướng|[Nn]goại trưởng|"
                         r"[Bb]ộ trưởng|[Tt]hứ trưởng|[Đđ]ại sứ|[Cc]hủ tịch nước)")
_SECTOR_TITLE = re.compile(r"(?:[Qq]uyền )?(?:Phó |phó )?(?:[Bb]ộ trưởng|[Tt]hứ trưởng)")
_CENTRAL_WORDS = r"(?:T\.Ư|TƯ|TW|Trung ương)"
_CENTRAL = re.compile(rf"(?<=\s){_CENTRAL_WORDS}$")
_CENTRAL_BEFORE = re.compile(rf"(?<![^\s]){_CENTRAL_WORDS} $")
_PUNCT = re.compile(r"[,.;:!?()“”\"]")
# A body's short form in brackets, then where it is posted, before a comma ("... (WHO) tại
# Việt Nam,"); group 1 is the posting.
_SHORT_FORM_POSTED = re.compile(r" \([A-ZĐ][A-Za-zĐ&.-]{1,9}\)( tại [^\W\d_][^,()]{0,30})?(?=\s*,)")
# A capitalised body word right before a title makes it a body's name ("Ban Bí thư", "Hội
# Nhà văn Việt Nam").
_IN_BODY = re.compile(r"(?<!\w)(?:Ban|Văn phòng|Hội|Hiệp hội)\s$")
# English words that make a capitalised run a firm's name ("Kim Liên Group").
_ENGLISH_FIRM_WORDS = frozenset({"Group", "Corporation", "Corp", "JSC", "Holdings", "Company",
                                 "Co"})
# Words that open the predicate after a person's apposition ("..., Bệnh viện X đang ...").
_PREDICATE_START = frozenset({"đang", "đã", "sẽ", "vừa", "cũng", "thì", "là", "có", "được",
                              "bị", "không", "chưa", "đều", "vẫn", "luôn", "từng"})
# Teams and offices inside a larger body.
_SUB_UNIT = re.compile(rf"(?:Đội|Phòng|Khoa|Tổ) [{CAPITALS}{LOWERS}]")
# The parent body inside a team's or an office's name read whole ("Đội CSGT Công an TP").
_PARENT_INSIDE = re.compile(r" (?=(?:Công an|Phòng|Sở|Bộ|Cục|Bộ Chỉ huy|Bệnh viện) [A-ZĐ])")
# Units that a body holds and that are no bodies of their own: before that body, set off,
# they are part of the title. (A centre is a body: "Giám đốc Trung tâm Chống độc, Bệnh
# viện Bạch Mai" has the centre for its organisation.)
_UNIT_OF_BODY = re.compile(r"(?:Đơn vị|Chương trình) [A-ZĐ]")
_POLICE_CHIEF = re.compile(r"((?:[Qq]uyền )?(?:[Pp]hó(?: [Tt]rưởng)?|[Tt]rưởng)) "
                           r"([Cc]ông an|CAQ|CAH|CATP|CAT|CAX|CA|BQL)")
_OF_END = re.compile(r"(?:\s+hiện (?:tại|nay)(?:\s+(?:của|thuộc))?|\s+(?:của|thuộc))$")
# A unit's body after a space, or after "thuộc" ("Trưởng phòng Giáo dục Mầm non thuộc Sở
# Giáo dục và Đào tạo Hà Nội").
_MEMBER_WORDS = r"(?:thuộc|trực thuộc|từ)"
_SPACE_OR_PARENT = re.compile(rf" (?:(?:{_MEMBER_WORDS}|tại) )?")
# A titled person's body after "thuộc" or "từ" ("TS. Vũ Minh Khương thuộc Trường Chính
# sách Công Lý Quang Diệu", "tiến sĩ Pauline Paterson từ Đại học ... London (Anh)").
MEMBER_OF = re.compile(rf" {_MEMBER_WORDS} ")
# Scholars', doctors' and lawyers' titles: their body may follow "tại" ("Giáo sư Nicholas
# Weave tại Viện Khoa học Máy tính Quốc tế Berkeley"); after other titles "tại" is where an
# event is held.
SCHOLAR_TITLE = re.compile(r"(?:P?GS|TS|ThS|BS|[Bb]ác sĩ|[Tt]iến sĩ|[Tt]hạc sĩ|"
                           r"(?:[Pp]hó )?[Gg]iáo sư|[Nn]hà nghiên cứu|[Cc]huyên gia|[Kk]ỹ sư|"
                           r"[Ll]uật sư|[Dd]ược sĩ)(?:\s?[.-]\s?(?:TS|BS|ThS))*\.?")
_DEPARTMENT = re.compile(r"Khoa (?=[A-ZĐ])")
# A unit's number ends its name ("Trưởng khoa Phụ II chỉ định ...").
_ROMAN = re.compile(r"I{1,3}|IV|VI{0,3}|\d{1,2}")
_LOWER_DEPARTMENT = re.compile(r"(?:khoa|chuyên khoa) ")
# A body's type word written in lower case at the head of an apposition ("Giám đốc
# bến xe Quy Nhơn", "Chủ tịch công đoàn công ty").
_LOWER_BODY = re.compile(r"(?:tổng công ty|công ty|trung tâm|văn phòng|bến xe|công đoàn|"
                         r"bệnh viện|trường|ngân hàng|tập đoàn|hợp tác xã|xí nghiệp|nhà máy|"
                         r"học viện|viện|chi nhánh|phòng khám|hãng xe|hãng tin|hãng|"
                         r"doanh nghiệp|câu lạc bộ|nhà xuất bản|đội tuyển|đội bóng|"
                         r"(?<!xét )(?<!trúng )tuyển(?= [A-ZĐ])|"
                         r"đội(?= [A-ZĐ\d])|báo(?= (?:điện tử )?[A-ZĐ])|tạp chí|"
                         r"đài(?= (?:truyền hình |phát thanh )?[A-ZĐ])|"
                         r"tổng lãnh sự quán|lãnh sự quán|đại sứ quán|đảng)(?!\w)")
# A national team named by its lower-case word ("tuyển Pháp", "đội tuyển U23 Việt Nam").
_TEAM_HEAD = re.compile(r"(?:đội )?tuyển (?=[A-ZĐ])")
# Words that describe a person rather than name an occupation's field ("đạo diễn tài ba",
# "thủ môn dự bị").
_NOT_A_FIELD = frozenset({"nổi", "tiếng", "tài", "ba", "vô", "danh", "dự", "bị", "ngoại",
                          "binh", "cao", "cấp", "trẻ", "kỳ", "cựu", "giỏi", "giàu", "nữ",
                          "nam", "trưởng", "gạo", "cội", "lão", "luyện", "nhân", "dân", "ưu",
                          "tú", "quá", "cố", "trò", "như", "gồm", "do", "các", "những", "hai",
                          "bốn", "năm", "một", "mới", "hàng", "đầu", "lớn", "già",
                          "của", "và", "hay", "hoặc", "chàng", "nàng", "cô", "điển", "trai",
                          "xinh", "đẹp", "năng", "tuổi", "lừng", "huyền", "thoại", "nhà"})
# Words that make a lower-case body a reference back, not a name ("công ty này").
_NOT_A_NAME = frozenset({"này", "đó", "ấy", "kia", "trên", "đây", "mình", "nào", "khác"})
_BESIDE = re.compile(r"\s+[-–]\s+|,\s+|\s*\(")
# A unit's code in brackets, a comma or not after it, between the unit and its body
# ("Phòng Cảnh sát hình sự (PC45) Công an tỉnh Tiền Giang", "Trưởng phòng cảnh sát Hình
# sự (PC45), Công an tỉnh Sơn La").
_CODE_IN_BRACKETS = re.compile(r"\s*\([A-Z][A-Z0-9.-]{1,9}\)(?:,\s*|\s+)")


# Titles of those the press names by a given or stage name ("HLV Hữu Thắng", "BLV Quang Huy").
_COACHES = frozenset({"hlv", "huấn luyện viên", "blv", "bình luận viên", "mc"})


# Words that separate the names of a list.
LIST_JOINERS = frozenset({"-", "–", ",", "và"})
# Words that make the title after them plural: it names each person listed after it.
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|cặp|bộ đôi|bộ ba|đời)"
                            r"(?:\s+cựu)?\s+$")

# A state's formal name ("nước Cộng hòa Ba Lan", "Cộng hòa Liên bang Đức", "CHDCND Lào"):
# its head, then capitalised words and the lower-case words of a regime's name.
_STATE_HEADS = frozenset({"Cộng hòa", "Cộng hoà", "Vương quốc", "Liên bang", "Hợp chúng quốc",
                          "Đại công quốc"})
_STATE_ACRONYMS = frozenset({"CHXHCN", "CHDCND", "CHND", "CHLB", "CHDC"})
_STATE_INNER = frozenset({"xã", "hội", "chủ", "nghĩa", "dân", "nhân", "hồi", "giáo", "liên",
                          "bang"})

# "của" before a body's owner ("... của Quân đội Myanmar").
_OWNER = re.compile(r" của (?=\w)")

# Words that make the given name after them a saint's, in a body's name.
_SAINTS = frozenset({"St", "Saint", "San", "Santa", "São", "Thánh"})

# A squad's chief and the police the squad belongs to.
_SQUAD_HEAD = re.compile(r"(?:[Pp]hó )?[Đđ]ội (?:trưởng|phó)")
_POLICE_BODY = re.compile(r"(?<!\w)(?:Công an|CA)(?!\w)")
# Lower-case words of two syllables that go on a body's name after a capital: a branch
# and the levels written in two.
_BODY_PAIRS = frozenset({"chi nhánh", "thành phố", "thị xã", "thị trấn"})
# The unit the text is about, named by a common noun after a director's title.
_OWN_UNIT = re.compile(r"(?:đơn vị|cơ quan)(?!\w)")


def _occupation(title: str) -> bool:
    """True for a rank, degree or occupation (``bác sĩ``, ``chuyên gia``), whichever the case
    of its first letter."""
    return PREFIX_TITLE.fullmatch(title[:1].upper() + title[1:]) is not None


def _police_chief(title: str, org: str) -> tuple[str, str] | None:
    """Title and body of a police chief whose title names the police ("Trưởng Công an" and
    "huyện Chương Mỹ"): the chief of the place's police, a body ("Công an huyện Chương
    Mỹ"); None for any other title."""
    police = _POLICE_CHIEF.fullmatch(title)
    if police is None:
        return None
    return police.group(1), f"{police.group(2)} {org}"


def _level_at(toks: list[Token], k: int) -> bool:
    """True when token ``k`` ends an administrative level written bare: ``tỉnh``,
    ``huyện``, ``quận``, ``phường``, ``xã`` (not ``xã hội``), ``thành phố``, ``thị xã``."""
    t = toks[k].text
    if t == "phố":
        return k > 0 and toks[k - 1].text == "thành"
    if t == "xã":
        return not (k + 1 < len(toks) and toks[k + 1].text == "hội")
    return t in ("tỉnh", "huyện", "quận", "phường")


class TitleReader:
    """The title-and-organisation rules, read from a text's tokens.

    A base of the people finder: it holds ``tokens``, ``text``, ``lex`` and ``starts``
    (character offset -> token index) and says where a known place is (``_place_at``).
    """

    tokens: list[Token]
    text: str
    lex: Lexicon
    starts: dict[int, int]

    def _place_at(self, p: int, j: int) -> int:
        """Length of a known place starting at token ``p`` inside the run ending at ``j``."""
        raise NotImplementedError

    def _excluded_context(self, p: int) -> bool:
        """True when the name at token ``p`` is a street's, a school's or a body's."""
        raise NotImplementedError

    def _in_firm_name(self, p: int) -> bool:
        """True when the words before token ``p`` open a firm's name."""
        raise NotImplementedError

    # -- titles --------------------------------------------------------------------
    def _split_title_org(self, title_start: int, title_end: int, a: int, b: int
                         ) -> tuple[str, str | None]:
        """Split title + following capitalised words (tokens a..b-1) into title and org."""
        text = self.text
        if a >= b:
            return text[title_start:title_end], None
        lo, hi = self.tokens[a].start, self.tokens[b - 1].end
        title_text = text[title_start:title_end]
        police = _police_chief(title_text, text[lo:hi])
        if police is not None:
            return police
        if _BOTH_DELEGATIONS.match(text, lo):
            # "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh": the office serves both, and the
            # two with their place are the body.
            return title_text, text[lo:hi]
        m = self.lex.org_head_re.search(text, lo, hi)
        if m is not None and m.start() == lo and m.group() == "Đội" \
                and _SQUAD_HEAD.fullmatch(title_text) \
                and (squad_of := _POLICE_BODY.search(text, m.end(), hi)) is not None \
                and "Phòng " not in text[m.end():squad_of.start()]:
            # "Đội trưởng Đội Cảnh sát PCCC và CNCH Công an huyện Quảng Trạch": the squad is
            # the title's unit, the police it belongs to the body (not a department between:
            # "Phó Đội trưởng Đội Tham mưu Phòng Quản lý xuất nhập cảnh Công an tỉnh").
            return text[title_start:squad_of.start()].rstrip(), text[squad_of.start():hi]
        if m is not None and m.start() > lo:
            # "tiền vệ Tây Ban Nha Rodrigo": no body's head inside a place's name.
            places = [(self.tokens[k].start, self.tokens[k + n - 1].end)
                      for k in range(a, b) if (n := self._place_at(k, b))]
            # (Nor at a place's first word after its level: "TP Hội An".)
            while m is not None and any(s < m.start() < e or (
                    s == m.start() and self._level_before(self.starts[s]))
                    for s, e in places):
                m = self.lex.org_head_re.search(text, m.end(), hi)
        if m is not None and m.start() == lo and (
                _UNIT_TITLE.search(title_text) or _INSTITUTE_HEAD.search(title_text)) \
                and m.group().split()[0].lower() not in title_text.lower().split():
            # "Phó Trưởng phòng Cảnh sát truy nã tội phạm, CATP Hà Nội", "Phó Cục trưởng
            # Phòng chống HIV/AIDS, Bộ Y tế": a head word opening the unit's own name, when
            # another body follows the unit.
            later = self.lex.org_head_re.search(text, m.end(), hi)
            if later is not None and m.group() == "Bộ" \
                    and not text[m.end():later.start()].strip():
                # ("Chánh Văn phòng Bộ Công an": a ministry named by a head word.)
                later = None
            after = _CODE_IN_BRACKETS.match(text, hi) or _BESIDE.match(text, hi)
            # (A police or hospital unit with its province inside: "Phó Trưởng phòng Cảnh
            # sát hình sự tỉnh Hưng Yên"; a committee's office is the committee's.)
            inside_place = m.group().split()[0] in ("Cảnh", "Phòng", "Khoa", "Đội") and any(
                t.text in _ADMIN_OPENERS and k + 1 < b and self.tokens[k + 1].cap
                for k, t in enumerate(self.tokens[a + 1:b], start=a + 1))
            # ("Trưởng phòng Tổ chức cán bộ Sở Y tế": the body's head right after the unit.)
            head_next = text[hi:hi + 1] == " " and self.lex.org_head_re.match(text, hi + 1)
            if later is not None or inside_place or head_next or (after is not None and (
                    self.lex.org_head_re.match(text, after.end())
                    or self.lex.org_acronym_re.match(text, after.end())
                    or text.startswith("công an ", after.end()))) \
                    or m.group().split()[0] in ("Cảnh", "Tổ"):
                # ("Trưởng phòng Cảnh sát kinh tế,", "Trưởng phòng Tổ chức cán bộ,": a
                # police or a personnel unit is the title's with no body after it.)
                m = later
        while m is not None and _UNIT_TITLE.search(title_text) \
                and text[max(lo, m.start() - 3):m.start()] == "và ":
            # ("Phó Khoa Kiểm soát và Phòng ngừa dịch bệnh": a unit of two parts.)
            m = self.lex.org_head_re.search(text, m.end(), hi)
        if m is not None:
            at = m.start()
            central = _CENTRAL_BEFORE.search(text, max(lo, at - 11), at)
            if central is not None:
                # "Ủy viên Trung ương Đảng", "Ủy viên T.Ư Đảng": the Party's Central
                # Committee is the body.
                at = central.start()
            return text[title_start:at].rstrip(), DANGLING_LINK.sub("", text[at:hi])
        if _SECTOR_TITLE.fullmatch(title_text):
            # "Bộ trưởng GTVT", "Bộ trưởng Văn hóa": the sector belongs to the title when
            # the ministry itself is not written; a country after it is the organisation
            # ("Bộ trưởng Quốc phòng Mỹ").
            for k in range(a, b):
                # (A country that is also a given name or an honorific, left out of the
                # places list, before a foreign name: "Bộ trưởng Ngoại giao Đức Sigmar
                # Gabriel".)
                if self._place_at(k, b) == b - k or (
                        k == b - 1 and self.tokens[k].text in COUNTRY_SYLLABLES
                        and b < len(self.tokens) and foreign_word(self.tokens[b].text)):
                    return text[title_start:self.tokens[k - 1].end], text[self.tokens[k].start:hi]
            return text[title_start:hi], None
        if _INSTITUTE_HEAD.search(title_text) and not (
                (b - a == 1 and self.tokens[a].text.isupper())
                or foreign_word(self.tokens[a].text)):
            # "Cục trưởng An toàn Thực phẩm", "Viện phó Vệ sinh dịch tễ Trung ương": the
            # institute named without its head word belongs to the title ("Viện phó IVAC",
            # "Viện trưởng Pasteur TP HCM": an acronym or a foreign name is the body); the
            # province after it is the body ("Chi Cục trưởng Chăn nuôi và Thú y tỉnh Cà Mau").
            return self._place_split(title_start, a, b) or (text[title_start:hi], None)
        central = _CENTRAL.search(text, lo, hi)
        if central is not None and central.end() == hi and central.start() > lo:
            # "Trưởng Ban Tuyên giáo T.Ư": the central committee is the organisation.
            return text[title_start:central.start()].rstrip(), central.group()
        if _UNIT_TITLE.search(title_text):
            # "Phó trưởng phòng Giáo dục quận Hai Bà Trưng": the place after the unit's name
            # stands for the organisation (also written "Quận Hai Bà Trưng").
            return self._place_split(title_start, a, b) or (text[title_start:hi], None)
        return title_text, DANGLING_LINK.sub("", text[lo:hi])

    def _title_ends_before(self, start: int, window: int = 40) -> bool:
        """True when any title ends one character before ``start`` (a space between), looked
        for within ``window`` characters (:meth:`_title_right_before` asks more of it)."""
        return any(m.end() + 1 == start for m in self.lex.title_re.finditer(
            self.text, max(0, start - window), start))

    def _inside_place_name(self, k: int, b: int) -> bool:
        """True when the family name at token ``k`` and the one syllable after it end a place
        named after a level (``xã Tam Giang Đông``): two syllables there make no person."""
        toks = self.tokens
        if k + 2 < b and toks[k + 2].titlecase:
            return False
        j = k - 1
        while j > 0 and k - j <= 3 and toks[j].titlecase:
            j -= 1
        return k - j <= 3 and toks[j].text in ADMIN_WORDS

    def _place_split(self, title_start: int, a: int, b: int) -> tuple[str, str | None] | None:
        """Title and organisation when an administrative word and its place follow the
        title's own words among tokens ``a..b-1`` (the place stands for the body), or None."""
        text = self.text
        hi = self.tokens[b - 1].end
        for k in range(a + 1, b - 1):
            tok = self.tokens[k]
            nxt = self.tokens[k + 1]
            if tok.text.lower() in ("thị", "thành") and nxt.text not in ("xã", "trấn", "phố"):
                # ("Phó Trưởng phòng Quản lý đô thị TP Hội An": "đô thị", no town.)
                continue
            if (tok.text in _ADMIN_OPENERS or tok.text.lower() in _ADMIN_OPENERS
                    or tok.text in _HAMLET_OPENERS
                    or (tok.text == "khu" and nxt.text == "phố" and k + 2 < b
                        and (self.tokens[k + 2].cap or self.tokens[k + 2].text.isdigit()))) and (
                    nxt.cap or nxt.text.isdigit() or nxt.text in ("phố", "xã") or (
                        nxt.text == "." and k + 2 < b and self.tokens[k + 2].cap)):
                if self.tokens[k - 1].text in ("ở", "tại") and k - 1 > a:
                    # "Trưởng phòng khám ... ở huyện Hương Khê": where it is, not whose.
                    return text[title_start:self.tokens[k - 2].end], None
                return text[title_start:self.tokens[k - 1].end], text[tok.start:hi]
        return None

    def _title_before(self, p: int, floor: int) -> tuple[str | None, str | None, int]:
        """Title and organisation written before the name at token ``p``.

        ``floor`` is the offset before which the search does not look (sentence start).
        Returns (title, organization, offset where the title starts or -1).
        """
        text = self.text
        start = self.tokens[p].start
        name_at = p
        qualifier = _QUALIFIER.search(text, max(floor, start - 14), start)
        if qualifier is not None and (k := self.starts.get(qualifier.start())) is not None:
            # "HLV đương nhiệm Antonio Conte", "luật sư (LS) Nguyễn Anh Thơm": the title is
            # read before the qualifier or the title's abbreviation.
            p, start = k, qualifier.start()
        lo = max(floor, start - 160)
        best: tuple[str | None, str | None, int] = (None, None, -1)
        for m in self.lex.title_re.finditer(text, lo, start):
            if _IN_BODY.search(text, max(0, m.start() - 12), m.start()):
                continue
            te = m.end()
            gap = text[te:start]
            if not gap.strip():
                if gap in (" ", ""):
                    best = (m.group(), None, m.start())
                continue
            words = gap.split()
            a = self.starts.get(te + 1) if text[te:te + 1] == " " else None
            if a is not None and a < p and self._foreign_name_in(a, a + 2) == a \
                    and _PLURAL_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
                    and all(t.titlecase or t.text in (",", "và") for t in self.tokens[a:p]):
                # "các cựu tổng thống Barack Obama, Jimmy Carter và George W. Bush": a plural
                # title is each listed person's.
                best = (m.group(), None, m.start())
                continue
            if _INSTITUTE_HEAD.search(m.group()) and a is not None and a < p \
                    and self.tokens[a].titlecase and p - a <= 6 \
                    and not self.lex.org_head_re.match(text, self.tokens[a].start) \
                    and all(t.word for t in self.tokens[a:p]) \
                    and text[self.tokens[p - 1].end:start] == " ":
                # "Cục trưởng Quản lý Khám chữa bệnh Lương Ngọc Khuê": the department named
                # without its head word is part of the title.
                best = (text[m.start():self.tokens[p - 1].end], None, m.start())
                continue
            if _UNIT_TITLE.search(m.group()) and 2 <= len(words) <= 5 \
                    and gap == " " + " ".join(words) + " " \
                    and all(w.isalpha() and w.islower() and w not in ORG_STOP
                            for w in words[:-1]) and words[-1].isupper() \
                    and self.lex.org_acronym_re.fullmatch(words[-1]):
                # "Trưởng Ban kỷ luật VFF Nguyễn Hải Hường": a unit in lower case, then the
                # body's acronym, then the name.
                best = (text[m.start():te] + " " + " ".join(words[:-1]), words[-1], m.start())
                continue
            if m.group().endswith(" BQL") and a is not None and a < p \
                    and text[self.tokens[p - 1].end:start] == " " \
                    and loose_org_end(self.tokens, a - 1, text, self.lex, p) == p \
                    and (board := _police_chief(m.group(), text[te + 1:start - 1])) \
                    is not None:
                # "Trưởng BQL các KCN Bình Dương Nguyễn Văn Lực": the board, by its short
                # form, then the name.
                best = (board[0], board[1], m.start())
                continue
            if _UNIT_TITLE.search(m.group()) and a is not None and a < p \
                    and text[self.tokens[p - 1].end:start] == " " \
                    and (h := self._unit_then_body(a, p)) is not None:
                # "Trưởng phòng Tổ chức cán bộ Sở Nội vụ Lê Văn Bình", "Phó trưởng phòng
                # Nghiệp vụ y Sở Y tế Lương Thị Thu": the unit's name, capitalised once,
                # then its body, then the name.
                best = (text[m.start():self.tokens[h - 1].end],
                        text[self.tokens[h].start:self.tokens[p - 1].end], m.start())
                continue
            if _DIRECTOR.fullmatch(m.group()) and a is not None and a < p \
                    and text[self.tokens[p - 1].end:start] == " " \
                    and (self.given_at(p) or self.tokens[p].text in self.lex.surnames) \
                    and (k := self._field_then_body(a, p)) is not None:
                # "Giám đốc thể thao Juventus Fabio Paratici": a given or a family name
                # after the body ("giám đốc đội đua Yuzy Racing Team" names a team).
                best = (text[m.start():self.tokens[k - 1].end],
                        text[self.tokens[k].start:self.tokens[p - 1].end], m.start())
                continue
            lower_gap = 1 <= len(words) <= 3 and gap == " " + " ".join(words) + " " \
                and all(w.isalpha() and w.islower() and w not in ORG_STOP for w in words) \
                and " ".join(words[:2]) not in ORG_STOP
            if lower_gap and (_UNIT_TITLE.search(m.group()) or (
                    (_occupation(m.group()) or _DIRECTOR.fullmatch(m.group()))
                    and all(self._field_word(w) for w in words)
                    and words[0] not in _ADMIN_OPENERS and not self.lex.title_re.search(gap)
                    and not LOWER_HEAD.match(text, te + 1))):
                # "Trưởng ban trọng tài Nguyễn Văn Mùi": a unit in lower case, then the name;
                # "Bác sĩ phẫu thuật Nguyễn Huy Toàn", "chuyên gia an ninh mạng Nguyễn Đức",
                # "Giám đốc tiếp thị Lê An": an occupation and its field in lower case.
                best = (text[m.start():start - 1], None, m.start())
                continue
            if (_UNIT_TITLE.search(m.group()) or _SECTOR_TITLE.fullmatch(m.group())) \
                    and 2 <= len(words) <= 5 \
                    and gap == " " + " ".join(words) + " " and words[0].isalpha() \
                    and words[0][0].isupper() and not words[0].isupper() \
                    and all(w.isalpha() and w.islower() and w not in ORG_STOP
                            for w in words[1:]) \
                    and " ".join(words[1:3]) not in ORG_STOP:
                # "Trưởng khoa Hồi sức tích cực Nguyễn Văn An", "Trưởng phòng Tổ chức cán
                # bộ Lê Văn Bình": a unit's name, capitalised once, then the name; so is a
                # minister's sector ("Bộ trưởng An ninh quốc gia Kim Won-hong").
                best = (text[m.start():start - 1], None, m.start())
                continue
            if gap == ". " and PREFIX_TITLE.fullmatch(m.group()):
                # "GS. Vũ Hà Văn": a degree written with its dot.
                best = (m.group() + ".", None, m.start())
                continue
            lower_head = (LOWER_HEAD.match(text, self.tokens[a].start)
                          or _TEAM_HEAD.match(text, self.tokens[a].start)) \
                if a is not None and a < p else None
            if a is not None and lower_head is not None \
                    and text[self.tokens[p - 1].end:start] == " " \
                    and (j := self.starts.get(lower_head.end())) is not None and j < p \
                    and all(t.cap for t in self.tokens[j:p]):
                # "Hiệu trưởng trường Sen Vàng Phạm Thị Tân": a body's type word in lower
                # case, its capitalised name, then the person's; so is a national team's
                # ("HLV tuyển Bỉ Roberto Martinez").
                best = (m.group(), text[self.tokens[a].start:self.tokens[p - 1].end], m.start())
                continue
            if a is not None and a + 2 < p and self.tokens[a].text in ("mới", "cũ") \
                    and self.tokens[a + 1].text == "của":
                # "Thủ tướng mới của Nhật Bản Fumio Kishida": new, then whose.
                a += 1
            if a is not None and a + 1 < p and self.tokens[a].text == "của" \
                    and self.tokens[a + 1].cap:
                if not (self.tokens[name_at].text in self.lex.surnames
                        or self.given_at(name_at)) or (
                        not self.lex.org_head_re.match(text, self.tokens[a + 1].start)
                        and any(t.word and not t.cap and t.text != "và"
                                for t in self.tokens[a + 1:p])):
                    # ("HLV của PSV Eindhoven", "nhà phân tích của KGI Securities": the
                    # body's name runs on; only a family or a given name ends it, also
                    # after the body's acronym in brackets, and a lower-case word is in it
                    # only after a body's head: "Chính phủ".)
                    continue
                # "người phát ngôn của Nhà Trắng Sean Spicer": the body after "của", then
                # the name.
                a += 1
            state = self._state_end(a, p) if a is not None and a < p else None
            if a is not None and state is not None \
                    and text[self.tokens[p - 1].end:start] == " " and (
                    state == p or (self.tokens[state].text == "tại"
                                   and self._post_end(state, p))):
                # "Tổng thống nước Cộng hòa Pháp Emmanuel Macron", "Đại sứ đặc mệnh toàn
                # quyền nước Cộng hòa Ba Lan tại Việt Nam Wojciech Gerwel": the state, then
                # where the post is.
                best = (m.group(), text[self.tokens[a].start:self.tokens[state - 1].end],
                        m.start())
                continue
            if a is None or a >= p or not (self.tokens[a].cap or (
                    self.tokens[a].text in _ADMIN_OPENERS and a + 1 < p and (
                        self.tokens[a + 1].cap or self.tokens[a + 1].text.isdigit() or (
                            self.tokens[a + 1].text in ("phố", "xã", "trấn")
                            and a + 2 <= p)))):
                # ("Thống đốc tỉnh Sơn Đông Quách Thụ Thanh": a province's governor; "Trưởng
                # Công an quận 2 Trần Văn Hiếu": a numbered district's police chief.)
                continue
            posted = self._posting(a, p)
            if posted is not None and text[self.tokens[p - 1].end:start] == " ":
                # "Đại sứ Nga tại Iran Levan Djagaryan": where the post is, not whose.
                title, org = self._split_title_org(m.start(), te, a, posted)
                best = (title.removesuffix(" của"), org, m.start())
                continue
            # "Chủ nhiệm Ủy ban Kiểm tra Trung ương (UBKT) Trần Cẩm Tú": the acronym in
            # brackets is left out of the organisation.
            q = p - 3 if p - 3 > a and _BRACKETED.fullmatch(
                text, self.tokens[p - 3].start, self.tokens[p - 1].end) else p
            if q == p and (o := self._place_in_brackets(a, p)) is not None:
                # "Chủ tịch UBND phường Phú Hòa (TP. Thủ Dầu Một) Lâm Quốc Bảo": where the
                # body is, in brackets, is left out of it too.
                q = o
            if (self._org_end(a) < q or self._lower_pair_before(a, q)) \
                    and self._loose_org_end(a, q) != q and not (
                    q == p and self._lower_tail_body(a, q) and (self.given_at(p) or (
                        self.tokens[p].text in self.lex.surnames
                        and text[self.tokens[q - 2].start:self.tokens[q - 1].end]
                        in _NATIONAL_ENDS))):
                # (A body's name may end in lower case right before a foreign given name,
                # "Chủ tịch Liên đoàn bóng đá thế giới Gianni Infantino", or on its national
                # scope before a family name, "Chủ tịch Ủy ban Chứng khoán nhà nước Vũ Bằng";
                # not on a place word, "UBND Cách mạng lâm thời thành phố Thái Phiên", nor
                # before a namesake, "Quỹ văn hóa Phan Châu Trinh", where the strict reading
                # takes the lower-case word whole, or a place, "Sở cấp nước bang Sabah".)
                continue
            if text[self.tokens[p - 1].end:start] != " ":
                continue
            # "cựu Ngoại trưởng Mỹ John Kerry và Madeleine Albright", "trung vệ Robert Huth và
            # Wes Morgan": a title shared with another person's name, which is no body.
            named = self._foreign_name_in(a, q)
            if named is not None and not all(t.titlecase or t.text in LIST_JOINERS
                                              for t in self.tokens[named:p]):
                # ("Tổng thống Moon Jae-in gặp Song Joong Ki": a clause, no list, between.)
                continue
            if named is None and self.tokens[q - 1].text == "và":
                # "hai cô giáo Đặng Thị Bình và Nguyễn Thị Hồng Ngát", "HLV Hữu Thắng và
                # Hoàng Anh Tuấn": the title is shared with the name listed before; but no
                # body's name ends on "và" ("Vũ Văn Đảo, Giám đốc Công ty Hải Âu và Đinh Văn
                # Quyết": the post is the person's named before it).
                listed = self._listed_name(a, q - 1)
                if listed is not None:
                    # ("hai VĐV Trung Quốc Fabin Li và Fulin Qin": the country is both's.)
                    best = (m.group(), text[self.tokens[a].start:self.tokens[listed - 1].end]
                            if listed > a else None, m.start())
                continue
            q = q if named is None else named
            if q == a:
                best = (m.group(), None, m.start())
                continue
            title, org = self._split_title_org(m.start(), te, a, q)
            owner = _OWNER.search(org) if org else None
            if org and owner is not None and org[owner.end()].isupper() \
                    and self.lex.org_head_re.match(org):
                # "Cục trưởng Cục tác chiến đặc biệt số 1 của Quân đội Myanmar Tun Tun
                # Naung": the body's owner, named after "của", is no part of the body.
                org = org[:owner.start()]
            best = (title.removesuffix(" của"), org, m.start())
        return best

    def _place_in_brackets(self, a: int, p: int) -> int | None:
        """The index of the "(" when tokens before token ``p`` close a bracket that holds a
        place (``(TP. Thủ Dầu Một)``, ``(Hà Nội)``) opened after token ``a``; None
        otherwise."""
        toks = self.tokens
        if p - 1 <= a or toks[p - 1].text != ")":
            return None
        o = next((o for o in range(p - 3, max(a, p - 10), -1) if toks[o].text == "("), None)
        if o is None:
            return None
        inside = self.text[toks[o + 1].start:toks[p - 2].end]
        prefix = self.lex.place_prefix_re.match(inside)
        named = inside[prefix.end():].lstrip(" .") if prefix is not None else inside
        words = named.split()
        if not words or not all(w[:1].isupper() for w in words) \
                or (prefix is None and named not in self.lex.places):
            return None
        return o

    def _unit_then_body(self, a: int, p: int) -> int | None:
        """The index of a body's head when tokens ``a..p-1`` hold a unit's name, a capital
        then one to four lower-case words, and the body right after it runs to token ``p``
        (``Tổ chức cán bộ Sở Nội vụ``); None otherwise."""
        toks = self.tokens
        if not toks[a].titlecase:
            return None
        k = a + 1
        while k < p and k - a <= 4 and toks[k].word and toks[k].text.islower() \
                and toks[k].text not in ORG_STOP and joined(toks[k - 1], toks[k], self.text):
            k += 1
        if k == a + 1 or k >= p or not joined(toks[k - 1], toks[k], self.text) \
                or not self.lex.org_head_re.match(self.text, toks[k].start):
            return None
        end = self._org_end(k)
        if end != p and not (end > p and field_named(toks, k, p, self.text)) \
                and self._loose_org_end(k, p) != p:
            # (A department named by its field is complete before the name: "Sở Nội vụ Lê
            # Văn Bình".)
            return None
        return k

    def given_at(self, q: int) -> bool:
        """True when token ``q`` is a foreign given name (``Aaron``), or one that spells a
        Vietnamese syllable too before a word no Vietnamese syllable spells, the two a
        name of their own (``Ben Burgwin``, ``Sean Spicer``; not ``Ben Tre``, nor ``Tom
        Walkinshaw Racing`` or ``Sam Maek Jong``)."""
        text = self.tokens[q].text
        toks = self.tokens
        return text in self.lex.foreign_given or (
            text in self.lex.plain_given and q + 1 < len(toks)
            and toks[q + 1].titlecase and foreign_word(toks[q + 1].text)
            and not (q + 2 < len(toks) and toks[q + 2].titlecase))

    def _foreign_name_in(self, a: int, b: int) -> int | None:
        """The first token in ``a .. b - 1`` that opens a foreign person's name (a known
        given name and a capitalised word after it, a Korean name, or a name news gives
        alone that ends the span or a list item: ``trung vệ Bailly và Chris Smalling``), or
        None."""
        toks = self.tokens
        end = min(b, len(toks))
        return next((k for k in range(a, end)
                     if (k + 1 < end and self.given_at(k) and toks[k + 1].titlecase)
                     or korean_name_end(toks, k, end, self.lex.korean_surnames) > k
                     or (toks[k].text in self.lex.famous and foreign_word(toks[k].text)
                         and (k + 1 == end or toks[k + 1].text in LIST_JOINERS))), None)

    def _listed_name(self, a: int, e: int) -> int | None:
        """Where a person's name alone starts in tokens ``a .. e - 1``, after the country
        that may come first, or None: one to four capitalised words, no body's head and no
        place (``Đặng Thị Bình``, ``Hữu Thắng``, ``Trung Quốc Fabin Li``; a single word only
        a foreign one: ``Demchak``)."""
        toks = self.tokens
        n = a + self._place_at(a, e - 1)
        ok = 1 <= e - n <= 4 and all(t.titlecase and t.word for t in toks[n:e]) \
            and (e - n >= 2 or foreign_word(toks[n].text)) \
            and not self.lex.org_head_re.match(self.text, toks[n].start) \
            and not self._place_at(n, e) \
            and not any(t.text in self.lex.brands or t.text in self.lex.firms
                        for t in toks[n:e])
        return n if ok else None

    def _famous_alone(self, k: int) -> bool:
        """True for a foreign name news gives alone at token ``k`` (``Mourinho``), not
        opening a longer name or a firm's (``Johnson & Johnson``)."""
        toks = self.tokens
        return toks[k].text in self.lex.famous and foreign_word(toks[k].text) \
            and not (k + 1 < len(toks) and (toks[k + 1].titlecase or toks[k + 1].text == "&"))

    def _title_before_comma(self, c: int, floor: int) -> tuple[str | None, str | None, int]:
        """Title and organisation ending right before the comma (or the spaced dash) at
        token ``c``, or before a place in brackets right before it ("Đội trưởng đội ghe Ngo
        xã Viên An (huyện Trần Đề), anh Danh Sà Rết")."""
        toks = self.tokens
        text = self.text
        if toks[c].text != "," and not (toks[c].text in ("-", "–") and c > 0
                                        and toks[c].start > toks[c - 1].end):
            return None, None, -1
        if c >= 4 and toks[c - 1].text == ")" and (o := next(
                (k for k in range(c - 2, max(0, c - 8), -1) if toks[k].text == "("), None)) \
                is not None and toks[o + 1].text.lower() in ADMIN_WORDS \
                and all(t.titlecase for t in toks[o + 2:c - 1]) and o + 2 < c - 1:
            c = o
        lo = max(floor, toks[c].start - 160)
        best: tuple[str | None, str | None, int] = (None, None, -1)
        prev_end = -1
        for m in self.lex.title_re.finditer(text, lo, toks[c].start):
            after_title = m.start() - 1 == prev_end and text[m.start() - 1] == " "
            prev_end = m.end()
            if _IN_BODY.search(text, max(0, m.start() - 12), m.start()):
                # "thay mặt Ban Bí thư Trung ương, đồng chí ...": the Secretariat.
                continue
            if after_title:
                # "Giám đốc phụ trách doanh thu của Roma, Calvo": a title word right after
                # a title is its field, read with the title before it.
                continue
            a = self.starts.get(m.end() + 1) if text[m.end():m.end() + 1] == " " else None
            if a is None or a >= c:
                continue
            short = _SHORT_FORM_POSTED.search(text, m.end(), toks[c].start + 1)
            k = self.starts.get(short.start() + 1) if short is not None else None
            if k is not None and short is not None and a < k and self._org_end(a) == k \
                    and not _PUNCT.search(text, m.end(), short.start()) and (
                        short.group(1) is None
                        or self._place_at(k + 4, c) == c - k - 4):
                # "Trưởng đại diện Tổ chức Y tế Thế giới (WHO) tại Việt Nam, ông Kidong
                # Park": the body, its short form and where it is posted.
                title, org = self._split_title_org(m.start(), m.end(), a, k)
                best = (title, org, m.start())
                continue
            if _PUNCT.search(text, m.end(), toks[c].start) and (
                    re.search(r"[^\w\s,]", text[m.end():toks[c].start])
                    or self._org_end(a) != c):
                # (A comma inside the body's own name is no break: "Giám đốc Sở Văn hóa,
                # Thể thao và Du lịch Lâm Đồng, bà ...".)
                continue
            if toks[c].text == "," \
                    and re.search(r"(?<!\w)(?:của|cho|từ|chức|làm)\s*$", text[lo:m.start()]):
                # "chuyến thị sát của Bí thư Thành ủy, anh ...", "nhậm chức Tổng thống Mỹ,
                # bà Melania Trump": the title is another's; a spaced dash sets off the
                # same person's name ("động thái của Tổng thống Mỹ - ông Donald Trump").
                continue
            if self._royal_before_name(m.group(), a, c):
                # "Nữ hoàng Elizabeth, Hoa hậu ...": a royal title before a name, not a body.
                # (A rank before a list names each in it: "các ca sĩ Beyonce, Ariana Grande".)
                continue
            of = a < c and toks[a].text == "của"
            while a < c and toks[a].text == "của":
                a += 1
            posted = self._posting(a, c)
            if posted is not None:
                # "Đại sứ Mỹ tại El Salvador, Jean Manes".
                title, org = self._split_title_org(m.start(), m.end(), a, posted)
                best = (re.sub(r"\s+của$", "", title), org, m.start())
                continue
            end = org_extent(toks, a, text, head_cap=False, heads=self.lex.org_heads,
                             head_re=self.lex.org_head_re, places=self.lex.places)
            if _DIRECTOR.fullmatch(m.group()) and (k := self._field_then_body(a, c)) is not None:
                # "Giám đốc thể thao Juventus, Fabio Paratici": the field, then the club.
                best = (text[m.start():toks[k - 1].end], text[toks[k].start:toks[c - 1].end],
                        m.start())
                continue
            if end != c and self._loose_org_end(a, c) != c and self._org_end(a) != c:
                # ("Giám đốc Nghiên cứu và Phát triển của Lamborghini, ...": a field written
                # with capitals, no body's head word, then "của"; not a degree taken at a
                # school: "Thạc sĩ Logic Toán học tại HKBU, ...".)
                field = self._body_after_of(
                    a, cap=not self.lex.org_head_re.match(text, toks[a].start))
                if field is not None and toks[a].cap and toks[field[1] - 1].text != "của":
                    field = None
                if field is not None and field[2] == c:
                    # "Tân Giám đốc thể thao của Barca, Eric Abidal": the position's field,
                    # then the body after "của".
                    d, b, _e = field
                    best = (text[m.start():toks[d - 1].end] if d > a else m.group(),
                            text[toks[b].start:toks[c - 1].end], m.start())
                elif toks[c].text == "," and self._lower_body_end(a) == c \
                        and any(t.cap for t in toks[a:c]):
                    # "HLV trưởng đội tuyển bắn súng Việt Nam, Nguyễn Thị Nhung": a body
                    # named after its lower-case type word, up to the comma (not a dash:
                    # "cặp tiền vệ trung tâm Luka Modric - Ivan Rakitic"); a name in it,
                    # not the type word alone ("Giám đốc điều hành hãng, Herbert Diess").
                    best = (m.group(), text[toks[a].start:toks[c - 1].end], m.start())
                continue
            if c - a < 2 and not of and not (toks[a].text.isupper()
                                             or foreign_word(toks[a].text)
                                             or self._place_at(a, c) == 1
                                             or (toks[a].text in COUNTRY_SYLLABLES
                                                 and _STATE_POST.fullmatch(m.group()))):
                # (One word before the comma is a body only after "của", as an acronym, a
                # brand or a country: "CEO của SpaceX - Elon Musk", "Tổng Giám đốc Maseco,
                # ông Nguyễn Xuân Hàn", "Tổng thống Mỹ, Donald Trump", "Thủ tướng Đức, bà
                # Angela Merkel", where a country that is also a given name follows a
                # state's post; not a given name.)
                continue
            if self._foreign_name_in(a, c) is not None:
                # "HLV Jose Mourinho, Xabi Alonso": the title is the first person's.
                continue
            title, org = self._split_title_org(m.start(), m.end(), a, c)
            best = (re.sub(r"\s+của$", "", title), org, m.start())
        return best

    def _clause_title_before_comma(self, c: int, floor: int) -> tuple[str | None, str | None]:
        """Title and body of a clause that is a title alone, up to the comma at token ``c``
        before an honorific and a name (``Chủ tịch Hiệp hội các CLB bóng đá châu Âu, ông
        Andrea Agnelli``, ``Thư ký báo chí của Tổng thống, ông Sean Spicer``), when the
        usual readings find no body there. The title opens the clause, which is no other
        name's apposition, and only a noun phrase follows it: no verb past the unit's
        function, no preposition but ``của`` (or ``tại`` before a body), ``và`` only between
        fields, brackets only around the title's short form or the body closing the clause.
        The body is the rest, split from the title as :meth:`_split_title_org` does, or the
        words after ``của`` or ``tại``, or the bracketed body."""
        toks = self.tokens
        text = self.text
        if toks[c].text != ",":
            return None, None
        k = c
        brackets: list[tuple[int, int]] = []
        while k > 0 and toks[k - 1].start >= floor and joined(toks[k - 1], toks[k], text):
            if toks[k - 1].word or (k > 1 and toks[k - 1].text in ("&", "-", ".")
                                    and toks[k - 2].end == toks[k - 1].start
                                    and toks[k - 1].end == toks[k].start):
                k -= 1
            elif toks[k - 1].text == ")" and not brackets:
                # One bracketed stretch: a gloss of the title or the body after the unit.
                p = k - 2
                while p > 0 and p > k - 12 and toks[p].text != "(" and (
                        toks[p].word or toks[p].text in ("&", "-", ".")):
                    p -= 1
                if toks[p].text != "(" or p == k - 2 or p == 0:
                    break
                brackets.append((p, k - 1))
                k = p
            else:
                break
        if c - k > 20 or k == c:
            return None, None
        if k > 0 and toks[k - 1].start >= floor and (
                toks[k - 1].text not in (",", ".", "!", "?", ":", ";", "“", "\"", "(")
                or (toks[k - 1].text == "," and k > 1 and toks[k - 2].cap)):
            # ("ông Lưu Đức Vinh, Phó Chủ tịch UBND huyện - Trưởng đoàn, ông Phạm Ly
            # Kha": the clause is the apposition of the name before it.)
            return None, None
        opens = toks[k].start
        m = self.lex.title_re.match(text, opens)
        if m is None or m.end() > toks[c].start:
            return None, None
        a = self.starts.get(m.end() + 1) if text[m.end():m.end() + 1] == " " else c
        if a is None:
            return None, None
        end = c
        bracket_body: str | None = None
        if brackets:
            p, q = brackets[0]
            inner = text[toks[p + 1].start:toks[q - 1].end]
            if p == a and q - p == 2 and toks[p + 1].text.isupper():
                # "Giám đốc điều hành (CEO) hãng hàng không Qatar Airways": the title's
                # short form.
                a = q + 1
            elif q == c - 1 and p > a and self.lex.org_head_re.match(inner):
                # "Trưởng Phòng Giáo dục Mầm non (Sở Giáo dục và Đào tạo Hà Nội)": the body
                # the unit belongs to.
                end, bracket_body = p, inner
            else:
                return None, None
        if a < c and ((_occupation(m.group()) and toks[a].text in self.lex.surnames) or (
                c - a == 1 and toks[a].cap and not toks[a].text.isupper()
                and not foreign_word(toks[a].text) and self._place_at(a, c) != 1)):
            # ("bác sĩ Lê Hoàng  Năm 2017, chị ...", "Trưởng phòng Anh, ông ...": a name
            # after the title.)
            return None, None
        clause = text[opens:toks[c].start]
        at_body: int | None = None
        for t in range(a, end):
            if toks[t].text == "và" and t + 1 < c and toks[t + 1].word \
                    and not self.lex.title_re.match(text, toks[t + 1].start):
                # "Chủ nhiệm Ủy ban Quốc phòng và an ninh": two fields of one name (not
                # two posts: "Chủ tịch UBND tỉnh và Giám đốc Sở").
                continue
            if toks[t].text == "tại" and at_body is None and t > a and t + 1 < c and (
                    self.lex.org_head_re.match(text, toks[t + 1].start)
                    or LOWER_HEAD.match(text, toks[t + 1].start)):
                # "Giáo sư kinh tế và tâm lý học tại trường đại học Carnegie Mellon": the
                # body where the post is held.
                at_body = t
                continue
            if (toks[t].text in _PREDICATE_START and not (
                    # ("hãng hàng không": the syllable of a word, not "not".)
                    t > a and dictionary_word(f"{toks[t - 1].text} {toks[t].text}"))) \
                    or speech_at(toks, t) \
                    or toks[t].text in ("và", "với", "cùng", "tại", "ở", "cho"):
                return None, None
            if toks[t].word and not toks[t].cap and toks[t].text != "của":
                # A verb past the unit's function ("Trưởng ban tổ chức lễ hội") or a
                # preposition makes the clause a sentence: "Trưởng Công an phường ra
                # đường từ 5h sáng".
                tag = tag_at(clause, toks[t].start - opens)
                if tag == "E" or (tag == "V" and t > a):
                    return None, None
        if bracket_body is not None:
            return text[m.start():toks[end - 1].end], bracket_body
        of = next((t for t in range(a, c) if toks[t].text == "của"), None)
        if at_body is not None and (of is None or of > at_body):
            return text[m.start():toks[at_body - 1].end], \
                text[toks[at_body + 1].start:toks[c - 1].end]
        if of is not None:
            # "Thư ký báo chí của Tổng thống": the post's words, then whose it is.
            if of + 1 == c:
                return None, None
            # (The type word alone names no body: "Giám đốc điều hành của hãng".)
            return text[m.start():toks[of - 1].end] if of > a else m.group(), \
                text[toks[of + 1].start:toks[c - 1].end] \
                if any(t.cap for t in toks[of + 1:c]) else None
        return self._split_title_org(m.start(), m.end(), a, c)

    def _title_after(self, q: int, *, spaced: bool = False) -> tuple[str | None, str | None]:
        """Title and organisation in apposition after the name ending at token ``q - 1``;
        with ``spaced``, also a position after a space alone (a name sure to be one)."""
        title, org = self._apposition(q, spaced=spaced)
        if title is None:
            return None, org
        if org is None and (at := self.text.find(title, self.tokens[q - 1].end)) >= 0 \
                and (k := self._token_after(at + len(title))) < len(self.tokens) \
                and self.tokens[k].text == "," and self.tokens[k].start == at + len(title):
            # "Đại tá X, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ đội Biên phòng tỉnh,": a
            # chain of posts, the body written after the last is each one's (a rank or a
            # degree first gives way to the post: "Đại úy X, Y sĩ, ...").
            # (Not a committee's member named by it: "Thành ủy viên, Bí thư Quận ủy ...".)
            chained, body = self._apposition(k)
            if chained is not None and body is not None and not title.endswith("ủy viên"):
                title, org = (chained, body) if PREFIX_TITLE.fullmatch(title) else (title, body)
        if org is not None:
            o = self.text.find(org, self.tokens[q - 1].end)
            e = o + len(org)
            rank = next((t for t in self.lex.title_re.finditer(self.text, o, e + 20)
                         if t.start() < e < t.end() and self.text[t.start() - 1] == " "), None)
            post = None if rank is not None else next(
                (t for t in self.lex.title_re.finditer(self.text, o, e)
                 if self.text.endswith(" và ", o, t.start())), None)
            if rank is not None:
                # ("Ban ATGT tỉnh Quảng Ninh Thiếu tá Nguyễn Hữu Dũng": the body ends where
                # the next person's rank begins.)
                org = self.text[o:rank.start()].rstrip() or None
            elif post is not None:
                # ("Chủ tịch APWG và CEO công ty ...": a second post, not the body's.)
                org = self.text[o:post.start() - len(" và ")].rstrip() or None
        if org is None and _POLICE_CHIEF.fullmatch(title) is not None:
            # "Thượng tá X, Trưởng CA huyện cho biết": the police of the district left
            # unnamed.
            at = self.text.find(title, self.tokens[q - 1].end) + len(title)
            if (level := _LEVEL_AFTER.match(self.text, at)) is not None:
                org = level.group(1)
        police = _police_chief(title, org) if org is not None \
            and org.split(" ", 1)[0] in ADMIN_WORDS else None
        if police is not None:
            return police
        if org is not None and org.split(" ", 1)[0] in _ADMIN_OPENERS:
            org = self._place_of_body(org, self.tokens[q - 1].end)
        # ("Trưởng phòng Tài nguyên và Môi trường huyện", "Phó Trưởng ban Dân tộc tỉnh": the
        # unit of a district or a province left unnamed is the title whole, as before the
        # name; a named place after it is the body: "... huyện Văn Yên".)
        if org is not None and title.endswith(" Trạm") \
                and (head := self.lex.org_head_re.match(f"Trạm {org}")) is not None \
                and head.end() > len("Trạm") \
                and (a := self.starts.get(self.text.find(title, self.tokens[q - 1].end)
                                          + len(title) - len("Trạm"))) is not None:
            # "Trưởng Trạm Y tế phường": the station is the body, "Trưởng" its head.
            title = title[:-len(" Trạm")]
            org = self.text[self.tokens[a].start:self.tokens[self._org_end(a) - 1].end]
        # ("Trưởng phòng Marketing của Tập đoàn ...": the connective is neither's; "chủ tịch
        # và cũng là cổ đông lớn của Công ty ...": the post nearest the name.)
        return _OF_END.sub("", _CHAIN.split(title, 1)[0]), org

    def _place_of_body(self, org: str, after: int) -> str:
        """``org``, written from the first place word after ``after``, cut where its place
        ends and a lower-case word goes on: an apposition left unclosed runs into the
        sentence ("Trưởng ban Chỉ huy Quân sự tỉnh Quảng Ninh thỉnh chuông khai mạc ...")."""
        o = self.text.find(org, after)
        a = self.starts.get(o)
        if a is None:
            return org
        b = org_extent(self.tokens, a, self.text, head_cap=False, places=self.lex.places)
        if b <= a + 1 or b >= len(self.tokens):
            return org
        end = self.tokens[b - 1].end
        nxt = self.tokens[b]
        if end < o + len(org) and nxt.start == end + 1 and nxt.word and nxt.text.islower() \
                and nxt.text not in ADMIN_WORDS:
            return self.text[o:end]
        return org

    def _royal_before_name(self, title: str, a: int, end: int) -> bool:
        """True when ``title`` is a royal one and the capitalised word at token ``a`` is no
        place known up to token ``end``: a name follows (``Nữ hoàng Elizabeth``), not a
        country (``Nữ hoàng Anh``) and never a body."""
        return self.tokens[a].titlecase and _ROYAL.fullmatch(title) is not None \
            and not self._place_at(a, end)

    def _apposition(self, q: int, *, spaced: bool = False) -> tuple[str | None, str | None]:
        text = self.text
        pos = self.tokens[q - 1].end
        m = _APPOSITION.match(text, pos)
        if m is None or m.end() == pos:
            tm = self.lex.title_re.match(text, pos + 1) \
                if spaced and text[pos:pos + 1] == " " else None
            if tm is None or not tm.group()[0].isupper() or _occupation(tm.group()) \
                    or text[tm.end():tm.end() + 1] == ":":
                # ("HLV trưởng: Đinh Hồng Vinh Trợ lý: Lưu Danh Minh": a label.)
                return None, None
            # "Bà Paula Wilson Chủ tịch kiêm Giám đốc điều hành ...": a position written
            # right after the name, the comma left out.
        else:
            former = (_NOW.match(text, m.end()) if text[m.start():m.start() + 1] == ","
                      else None) or _FORMER.match(text, m.end())
            tm = self.lex.title_re.match(text, former.end() if former else m.end())
            if tm is None:
                return None, None
        te = tm.end()
        org_at = te
        chained = _CHAIN.match(text, te)
        if chained is not None:
            second = self.lex.title_re.match(text, chained.end())
            if second is not None:
                # "Tổng Giám đốc kiêm Chủ tịch HĐQT Tập đoàn Sao Mai": the title nearest
                # the name, the body after the chain.
                org_at = second.end()
        if text[org_at:org_at + 1] != " ":
            return tm.group(), self._set_off_body(org_at, tm.group())
        a = self.starts.get(org_at + 1)
        if a is None:
            return tm.group(), None
        first = self.tokens[a]
        if first.text in ("-", "–"):
            return tm.group(), self._set_off_body(org_at + 1, tm.group())
        if first.titlecase and not self.lex.org_head_re.match(text, first.start) \
                and (PREFIX_TITLE.fullmatch(tm.group())
                     or self._royal_before_name(tm.group(), a, len(self.tokens))):
            # "NSND Thanh Vân, NSƯT Đức Việt", "Michelle Obama, Hoàng hậu Letizia": a rank
            # or a royal title before the next person's name.
            return None, None
        if self._foreign_name_in(a, a + 2) == a or self._famous_alone(a):
            # "Marcos Peña, Ngoại trưởng Susana Malcorra", "chấn thương của Sanchez, HLV
            # Mourinho đã ...": a foreign given name or a name news gives alone opens the
            # next person's name, not a body.
            return None, None
        if first.text == "(":
            # "bà Nguyễn Thị Hương Giang, bác sĩ chuyên khoa II (Bệnh viện K)".
            return tm.group(), self._org_beside(a)
        body = self._lower_body_end(a) if not first.cap and not (
            # ("Đội trưởng đội CSGT đường thủy": the team is the title's own unit; not
            # "đội trưởng đội tuyển Ryder Cup", a captain's.)
            first.text.lower() in tm.group().lower().split()
            and (head := _LOWER_BODY.match(text, first.start)) is not None
            and head.end() == first.end) else None
        if body is not None and body > a + 2:
            # "Giám đốc trung tâm An ninh mạng Athena,": a body named after its lower-case
            # type word, read to the end of the apposition.
            return tm.group(), text[first.start:self.tokens[body - 1].end]
        seat = _RELIGIOUS_SEAT.match(text, first.start) if not first.cap else None
        if seat is not None and (c := self.starts.get(seat.end())) is not None:
            # "Chánh xứ giáo xứ Kon Rơ Wang", "Trụ trì chùa Xiêm Cán": the parish or the
            # pagoda a clergyman serves.
            e = place_run_end(self.tokens, c, text)
            if e > c:
                return tm.group(), text[first.start:self.tokens[e - 1].end]
        lower_head = LOWER_HEAD.match(text, first.start) if not first.cap else None
        if lower_head is not None:
            # "Tổng giám đốc công ty TNHH Nestlé Việt Nam": a body's type word in lower case.
            c = self.starts.get(lower_head.end())
            if c is not None:
                e = org_extent(self.tokens, c, text, head_cap=False, heads=self.lex.org_heads,
                               head_re=self.lex.org_head_re, places=self.lex.places)
                if e > c:
                    return tm.group(), text[first.start:self.tokens[e - 1].end]
        # "Lý Thượng Côn, Giám đốc phát triển kinh doanh Anshida Information Consulting,",
        # "Y Đức - Giám đốc Phát triển thị trường Realme Việt Nam": a director's function,
        # in lower case or with its first word capitalised, then the firm (read after the
        # lower-case bodies and fields below).
        director = self._director_field(a, tm.start()) \
            if org_at == te and (_DIRECTOR.fullmatch(tm.group())
                                 or _ADVISER.fullmatch(tm.group())) else None
        state = self._state_end(a, len(self.tokens))
        if state is not None and org_at == te:
            # "Guido Hildner, Đại sứ nước Cộng hòa Liên bang Đức tại Việt Nam".
            return tm.group(), text[first.start:self.tokens[state - 1].end]
        if tm.group().endswith(" BQL") and org_at == te and first.word \
                and (b := loose_org_end(self.tokens, a - 1, text, self.lex, len(self.tokens),
                                        apposition=True)) is not None and b > a:
            # "Trưởng BQL các KCN Bình Dương", "Phó Trưởng BQL dự án huyện": the board, by
            # its short form, is the body.
            police = _police_chief(tm.group(), text[first.start:self.tokens[b - 1].end])
            if police is not None:
                return police
        if not first.cap:
            # "Trưởng Công an huyện Phú Xuyên": a place word may open the organisation.
            b = org_extent(self.tokens, a, text, head_cap=False, heads=self.lex.org_heads,
                           head_re=self.lex.org_head_re, places=self.lex.places)
            if first.text in ADMIN_WORDS and b > a + 1:
                return tm.group(), text[first.start:self.tokens[b - 1].end]
            of = self._body_after_of(a)
            if of is not None:
                # "Stacy Sullivan, Giám đốc văn hóa của Google": the position's field, then
                # the body after "của".
                d, c, e = of
                return (text[tm.start():self.tokens[d - 1].end] if d > a and org_at == te
                        else tm.group(),
                        text[self.tokens[c].start:self.tokens[e - 1].end])
            if body is not None:
                return tm.group(), text[first.start:self.tokens[body - 1].end]
            if director is not None:
                return director
            if first.text in ("đội", "tổ") and org_at == te \
                    and (team := self._own_team(tm, a)) is not None:
                # "đội phó đội hình sự Công an thành phố Vinh": the team is the title's
                # own unit, then the body it belongs to.
                return team
            if _UNIT_TITLE.search(tm.group()) and first.word:
                # "Trưởng khoa điều trị kỹ thuật cao (Bệnh viện Nội tiết Trung ương)": a
                # unit named in lower case, then the body it belongs to.
                u = self._unit_end(a)
                if u > a:
                    title, org = self._split_title_org(tm.start(), te, a, u)
                    if org is not None or title != text[tm.start():self.tokens[u - 1].end]:
                        # "Trưởng phòng văn hóa huyện Văn Yên": the district is the body;
                        # "... ở huyện Hương Khê": where it is.
                        return title, org
                    return (text[tm.start():self.tokens[u - 1].end],
                            self._org_beside(u, space=True))
            if org_at == te and _occupation(tm.group()):
                f = self._field_end(a)
                if f is not None:
                    # "Nguyễn Đức, chuyên gia an ninh mạng tại Mỹ chia sẻ": an occupation
                    # and its field in lower case.
                    return text[tm.start():self.tokens[f - 1].end], None
            if tm.group().endswith("Thanh tra") \
                    and (level := _LEVEL_AFTER.match(text, te)) is not None:
                # "Phó Chánh Thanh tra tỉnh": the inspectorate of the province left
                # unnamed, its level part of the title (as "Trưởng ban Dân tộc tỉnh").
                return text[tm.start():level.end()], None
            return tm.group(), None
        if first.text == "Tổ" and org_at == te and a + 1 < len(self.tokens) \
                and self.tokens[a + 1].text.islower() \
                and not self.lex.org_head_re.match(text, first.start) \
                and (team := self._own_team(tm, a)) is not None:
            # "Tổ trưởng Tổ công nghệ số cộng đồng,": the team named with a capital, its
            # kind in lower case (not "Tổ TTKS", a body, nor "Tổ hợp tác Nghề cá Phước
            # Đồng", a cooperative group), with the apposition closed after it.
            if self._closes_after(team[1] or team[0], tm.start()):
                return team
        if director is not None:
            return director
        if org_at == te and not self.lex.org_head_re.match(text, first.start) \
                and not self.lex.org_acronym_re.match(text, first.start) \
                and not foreign_word(first.text) and not self._place_at(a, len(self.tokens)) \
                and (field := self._body_after_of(a, cap=True)) is not None \
                and field[0] > a and not any(
                    self.lex.org_head_re.match(text, t.start) or t.text in self.lex.surnames
                    for t in self.tokens[a:field[0]]):
            # "Phó Giám đốc Phát triển Sản phẩm của Ford Châu Á Thái Bình Dương": a field
            # named in capitals, then the body after "của".
            d, c, e = field
            return (text[tm.start():self.tokens[d - 1].end],
                    text[self.tokens[c].start:self.tokens[e - 1].end])
        b = self._org_end(a)
        # "Bí thư Thăng, Chủ tịch UBND quận 2 Nguyễn Phước Hưng cho biết": the title
        # belongs to the next person's name, not in apposition to this one ("UBND xã
        # Đoàn Tùng" is a ward's committee, its name after the ward word).
        head = self.lex.org_head_re.match(text, first.start)
        if head is None and b - a == 2 and b < len(self.tokens) \
                and speech_at(self.tokens, b) and not self._place_at(a, b) \
                and (_occupation(tm.group()) or tm.group().lower() in _COACHES) \
                and all(t.titlecase and not foreign_word(t.text) for t in self.tokens[a:b]) \
                and text[first.start:self.tokens[b - 1].end] not in self.lex.brands \
                and text[first.start:self.tokens[b - 1].end] not in self.lex.teams:
            # "Nói riêng về Công Phượng, BLV Quang Huy nhấn mạnh": a title, then the next
            # speaker's name, written without a family name.
            return None, None
        listed = len(self.tokens)
        for k in range(a, b - 1):
            if self.tokens[k].text not in self.lex.surnames or not self.tokens[k + 1].titlecase \
                    or (head is not None and self.tokens[k].start < head.end()) \
                    or self.text.startswith(self.lex.not_names, self.tokens[k].start) \
                    or self._place_at(k, b) or self.tokens[k - 1].text in ADMIN_WORDS \
                    or any(t.text in _ENGLISH_FIRM_WORDS for t in self.tokens[k:b + 1]) \
                    or self._inside_place_name(k, b):
                continue
            if k - 1 > a and self.tokens[k - 1].text == "và" and not dictionary_word(
                    f"{self.tokens[k].text} {self.tokens[k + 1].text}".lower()):
                # "Lữ Thị Thanh Bình - nguyên Tổng Giám đốc MHBS và Đặng Văn Hòa", "Vũ Văn
                # Đảo, Giám đốc Công ty Hải Âu và Đinh Văn Quyết": the body ends before the
                # next person listed (not "Sở Giáo dục và Đào Tạo").
                listed = k - 1
                break
            if not (head is not None and head.end() + 1 == self.tokens[k].start) \
                    and not self._excluded_context(k) and not self._in_firm_name(k):
                # ("Trường THPT Phan Đình Phùng": a school named after a person.)
                # ("Giám đốc Bệnh viện Bạch Mai": the name right after the head is the body's;
                # "Bí thư Đoàn Thanh niên xã": a family name's syllable inside the head is
                # the head's; nor in a name that is no person's: "Hội thánh Cao Đài".)
                return None, None
        named = self._foreign_name_in(a + 1, b)
        if named is not None and not (head is not None
                                      and head.end() + 1 == self.tokens[named].start) \
                and self.tokens[named - 1].text not in _SAINTS \
                and not any(t.text in _ENGLISH_FIRM_WORDS for t in self.tokens[named:b + 1]):
            # "Bên cạnh Tim Cook, nghị sĩ Hạ viện Mỹ John Lewis": a foreign name inside the
            # body opens the next person's, whose title this is (not "Giám đốc St Francis
            # Bariatric Surgery Division", a body named after a saint).
            return None, None
        # "Giám đốc Trung tâm quản lý và điều hành giao thông đô thị Hà Nội - cho biết":
        # the organisation runs on, lower-case words included, to the end of the
        # apposition.
        loose = loose_org_end(self.tokens, a, text, self.lex, len(self.tokens),
                              apposition=True)
        if loose is not None and loose > b:
            b = loose
        long_end = long_name_end(self.tokens, b, text, self.lex)
        if long_end > b:
            # "Bộ Văn hóa, Thể thao và Du lịch".
            b = long_end
        elif _UNIT_TITLE.search(tm.group()):
            # "Trưởng phòng Giáo dục mầm non – Sở GD&ĐT Hà Nội": the unit's name runs on
            # in lower case; "Trưởng khoa Sản Bệnh viện phụ sản Cần Thơ": it ends where
            # the body's head word begins, and the body is read after it.
            u = self._unit_end(a)
            if u < b and self.lex.org_head_re.match(text, self.tokens[u].start) \
                    and not self.lex.org_head_re.match(text, first.start) \
                    and self._org_beside(u, space=True) is not None:
                b = u
            elif not field_named(self.tokens, a, b, text):
                # ("Chánh văn phòng Sở Y tế đánh giá ...": the unit is the title's, the
                # body after it named whole by its field, and ends there.)
                b = max(b, u)
        elif _INSTITUTE_HEAD.search(tm.group()) and not self.lex.org_head_re.match(
                text, first.start):
            b = max(b, self._institute_end(a))
        b = min(b, listed)
        title, org = self._split_title_org(tm.start(), te, a, b)
        if org_at != te:
            title = tm.group()
        if org is None and org_at == te and b > a + 1 and first.text in ("Ban", "Phòng", "Khoa") \
                and tm.group().rsplit(" ", 1)[-1].lower() == first.text.lower():
            # "Phó Trưởng ban Ban Quản lý các KCN Đồng Nai": the unit's word written again
            # opens the body, not the title's unit.
            title, org = tm.group(), text[first.start:self.tokens[b - 1].end]
        if org is None and (_UNIT_TITLE.search(text[tm.start():te])
                            or _INSTITUTE_HEAD.search(text[tm.start():te])):
            # "Trưởng phòng Giáo dục mầm non – Sở GD&ĐT Hà Nội", "Trưởng khoa Cấp cứu,
            # Bệnh viện Nhiệt đới Trung ương", "Phó trưởng Phòng CSGT (Công an tỉnh ...)".
            # A bare level stays in the title, as after "Trưởng phòng Nội vụ" ("Trưởng phòng
            # Lao động - Thương binh và Xã hội huyện, cho biết").
            bare = _LEVEL_AFTER.match(text, self.tokens[b - 1].end)
            if bare is not None and text.startswith(title, tm.start()) \
                    and tm.start() + len(title) == self.tokens[b - 1].end:
                title = f"{title} {bare.group(1)}"
            else:
                org = self._org_beside(b, space=True)
        elif org is not None and org_at == te and _UNIT_OF_BODY.match(org) \
                and text.startswith(org, tm.start() + len(title) + 1) \
                and (parent := self._org_beside(b, space=True)) is not None \
                and self._closes_after(parent, self.tokens[b - 1].end):
            # "Cố vấn Đơn vị Cột sống, Bệnh viện Trưng Vương", "Giám đốc Chương trình HIV
            # và Lao, Văn phòng CDC Mỹ": a unit or a programme of the body set off after it
            # belongs to the title.
            title, org = f"{title} {org}", parent
        elif org is not None and _SUB_UNIT.match(org) and org_at == te \
                and org.split(" ", 1)[0].lower() in title.lower().split() \
                and text[tm.start() + len(title):tm.start() + len(title) + 1] == " " \
                and text.startswith(org, tm.start() + len(title) + 1):
            # "Đội trưởng Đội Cảnh sát hình sự - Công an huyện Đông Anh": a team or an office
            # with its parent body written after it belongs to the title.
            parent = self._org_beside(b)
            inner = _PARENT_INSIDE.search(org)
            if parent is not None:
                title, org = f"{title} {org}", parent
            elif inner is not None:
                # "Đội phó Đội CSGT Công an TP.Thanh Hóa": the parent written right after the
                # team, without a comma.
                title, org = f"{title} {org[:inner.start()]}", org[inner.start() + 1:]
        return title, org

    def _token_after(self, at: int) -> int:
        """Index of the first token that starts at character ``at`` or after it."""
        return bisect.bisect_left(self.tokens, at, key=lambda t: t.start)

    def _glued_dot(self, k: int) -> bool:
        """True when token ``k`` is a dot written with no space on either side, between two
        tokens (``M.U``, ``TP.HCM``): an abbreviation's, not a sentence's."""
        toks = self.tokens
        return 0 < k < len(toks) - 1 and toks[k].text == "." \
            and toks[k].start == toks[k - 1].end and toks[k + 1].start == toks[k].end

    def _set_off_body(self, at: int, title: str) -> str | None:
        """The body set off by a comma or a dash right after a position in apposition
        (``Giám đốc kinh doanh, Tập đoàn DOJI``), the separator's token starting at
        character ``at``; None after a rank or a degree, or when no body is written."""
        c = self.starts.get(at)
        if c is None or c == 0 or self.tokens[c].text not in (",", "-", "–") \
                or PREFIX_TITLE.fullmatch(title):
            return None
        return self._org_beside(c)

    def _org_beside(self, b: int, *, space: bool = False) -> str | None:
        """The body written after a unit's name ending at token ``b``: set off by a dash, a
        comma or a bracket (``Trưởng khoa Cấp cứu, Bệnh viện Nhiệt đới Trung ương``), or
        with ``space`` by a space alone (``Trưởng Khoa Ngoại lồng ngực Bệnh viện Chợ Rẫy``)."""
        text = self.text
        if b <= 0 or b > len(self.tokens):
            return None
        beside = _BESIDE.match(text, self.tokens[b - 1].end)
        code = _CODE_IN_BRACKETS.match(text, self.tokens[b - 1].end)
        if code is not None and self.lex.org_head_re.match(text, code.end()):
            beside = code
        sep = beside or (
            _SPACE_OR_PARENT.match(text, self.tokens[b - 1].end) if space else None)
        if sep is None:
            return None
        c = self.starts.get(sep.end())
        if c is not None and beside is not None and "(" not in beside.group() \
                and _LOWER_DEPARTMENT.match(text, sep.end()):
            # "Bác sĩ Lê Văn Bằng, khoa Phẫu thuật Thần kinh II, Bệnh viện Hữu nghị Việt
            # Đức": a department in lower case, then the body it belongs to.
            k = c + 1
            while k < len(self.tokens) and k - c <= 8 and self.tokens[k].word \
                    and not speech_at(self.tokens, k):
                k += 1
            if k < len(self.tokens) and self.tokens[k].text == ",":
                # "Bác sĩ Phạm Thị Mai, khoa Nhi, người trực tiếp ...": no hospital is
                # written, so the department is the body.
                return self._org_beside(k) or text[sep.end():self.tokens[k - 1].end]
            if k < len(self.tokens) and speech_at(self.tokens, k):
                # "Bác sĩ Trương Việt Nga, khoa Hô hấp cho biết": no hospital is written.
                return text[sep.end():self.tokens[k - 1].end]
            return None
        if c is not None and _DEPARTMENT.match(text, sep.end()) and beside is not None:
            # "Bác sĩ Lê Hữu Phước, Khoa Phỏng Tạo hình, Bệnh viện Nhi đồng 1": the
            # department is the body written next to the name.
            e = c + 1
            while e < len(self.tokens) and e - c <= 6 and self.tokens[e].word \
                    and joined(self.tokens[e - 1], self.tokens[e], text) \
                    and not speech_at(self.tokens, e) and self.tokens[e].text not in (
                        "cho", "và", "của") and self.tokens[e].text not in _PREDICATE_START \
                    and not (
                        e > c + 1 and self.lex.org_head_re.match(text, self.tokens[e].start)):
                e += 1
            # The department's name runs to the comma, or to the hospital written after it
            # ("Khoa Ngoại Tổng hợp Bệnh viện Nhi Đồng 2").
            if e < len(self.tokens) and self.lex.org_head_re.match(text, self.tokens[e].start):
                e = org_extent(self.tokens, e + 1, text, heads=self.lex.org_heads,
                               head_re=self.lex.org_head_re, places=self.lex.places)
            return text[sep.end():self.tokens[e - 1].end] if e > c + 1 else None
        lower_head = LOWER_HEAD.match(text, sep.end()) if c is not None \
            and not self.lex.org_head_re.match(text, sep.end()) else None
        if c is None or not (self.lex.org_head_re.match(text, sep.end()) or lower_head or (
                beside is not None and self.lex.org_acronym_re.match(text, sep.end()))) \
                or self.lex.title_re.match(text, sep.end()):
            # ("Phó Thủ tướng Vũ Đức Đam, Bộ trưởng ...": a second title, not a body.)
            return None
        if "(" in sep.group() and sep is not code:
            # A body in brackets is written whole, lower-case words included.
            close = text.find(")", sep.end(), sep.end() + 120)
            inner = text[sep.end():close] if close > 0 else ""
            # (A dot inside an abbreviation, "Sở GTVT TP.HCM", is no punctuation; nor a comma
            # between fields in lower case, "Câu lạc bộ Dân ca ví, giặm xã Kim Liên".)
            bare = re.sub(rf"(?<!\S)([{LOWERS}]+), (?=[{LOWERS}])(?!(?:{_LEVEL_WORDS})(?!\w))",
                          r"\1 ", re.sub(r"\.(?=\w)", "", inner))
            return inner if inner and not _PUNCT.search(bare) else None
        if lower_head is not None and (j := self.starts.get(lower_head.end())) is not None:
            # "Trưởng khoa Nội Tim mạch bệnh viện Đại học Y Dược TP HCM": the body's type
            # word in lower case, then its capitalised name.
            e = org_extent(self.tokens, j, text, head_cap=False, heads=self.lex.org_heads,
                           head_re=self.lex.org_head_re, places=self.lex.places)
            if e <= j:
                return None
        else:
            e = loose_org_end(self.tokens, c, text, self.lex, len(self.tokens),
                              apposition=True) or org_extent(
                self.tokens, c, text, heads=self.lex.org_heads, head_re=self.lex.org_head_re,
                places=self.lex.places)
            longer = long_name_end(self.tokens, e, text, self.lex) if e > c else e
            if longer > e and (longer == len(self.tokens) or not self.tokens[longer].word
                               or speech_at(self.tokens, longer)):
                # "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh,": an official name's
                # longer form, to where the apposition ends.
                e = longer
        if e <= c:
            return None
        head = self.lex.org_head_re.match(text, sep.end())
        if beside is None and head is not None and head.end() >= self.tokens[e - 1].end:
            # ("trưởng phòng đào tạo ĐH, trường ĐH Bách khoa": a bare head word after a
            # space is part of the unit's name.)
            return None
        # The apposition must end with the body: punctuation or a verb of speech follows.
        # (After a unit's name, "Trưởng Khoa Tim mạch, Bệnh viện Nhi đồng 2 tiến hành ...",
        # any verb may follow.)
        nxt = self.tokens[e] if e < len(self.tokens) else None
        if nxt is not None and nxt.text == "tại" \
                and (n := self._place_at(e + 1, min(len(self.tokens), e + 5))):
            # "Thạc sĩ Nguyễn Tuấn Lâm, Tổ chức Y tế Thế giới tại Việt Nam cho biết": where
            # the body's office is belongs to it.
            after = e + 1 + n
            if after >= len(self.tokens) or not self.tokens[after].word \
                    or speech_at(self.tokens, after):
                e = after
                nxt = self.tokens[e] if e < len(self.tokens) else None
        if nxt is not None and nxt.word and (nxt.cap or not space) and nxt.text != "và" \
                and nxt.text not in _PREDICATE_START and not speech_at(self.tokens, e) \
                and not clause_pair(self.tokens, e) \
                and not (nxt.cap and PREFIX_TITLE.match(text, nxt.start)):
            # (A rank right after the body opens the next person's mention: "... Ban ATGT
            # tỉnh Quảng Ninh Thiếu tá Nguyễn Hữu Dũng".)
            return None
        return text[sep.end():self.tokens[e - 1].end]

    def _body_after_of(self, a: int, *, cap: bool = False) -> tuple[int, int, int] | None:
        """A position's field in lower case from token ``a`` (with ``cap`` capitalised too),
        then ``của`` (or ``tại``) and a body that ends the apposition (``Phó Chủ tịch phụ
        trách mảng truyền thông của Google -``, ``CEO của Apple,``): (end of the field, start
        and end of the body), or None."""
        toks = self.tokens
        text = self.text
        k = a
        if text.startswith(("hiện tại ", "hiện nay "), toks[a].start):
            # ("HLV hiện tại của PSV": the post held now.)
            k = a + 2
        # ("Giám đốc khu vực Tây Thái Bình Dương của WHO": a region named in the field.)
        while k < len(toks) and k - a < 8 and toks[k].word \
                and not (k == a and toks[k].cap and not cap) \
                and toks[k].text not in ("của", "kiêm", "tại") \
                and (k == a or joined(toks[k - 1], toks[k], text)):
            k += 1
        if k + 1 >= len(toks) or toks[k].text not in ("của", "tại") \
                or not joined(toks[k - 1], toks[k], text):
            return None
        c = k + 1
        if toks[k].text == "tại" and not (
                self.lex.org_head_re.match(text, toks[c].start)
                or LOWER_HEAD.match(text, toks[c].start)
                or self.lex.org_acronym_re.match(text, toks[c].start)
                or foreign_word(toks[c].text) or toks[c].text.isupper()):
            # ("luật sư tại FTC", "bác sĩ tại Bệnh viện K": the body one works at; "giáo
            # viên tại Hà Nội": a place, no body.)
            return None
        e = c
        lower = _LOWER_BODY.match(text, toks[c].start)
        if lower is not None:
            while e < len(toks) and toks[e].end <= lower.end():
                e += 1
        start_caps = e
        while e < len(toks) and joined(toks[e - 1], toks[e], text) and (
                toks[e].cap or (e > start_caps and toks[e].text.isdigit())):
            e += 1
            if self._glued_dot(e) and (toks[e + 1].cap or toks[e + 1].text.isdigit()):
                # "M.U", "SHB.Đà Nẵng", "U.23 Malaysia".
                e += 1
        if e == start_caps:
            return None
        if self.lex.org_head_re.match(text, toks[c].start):
            # "giáo sư tâm thần học tại Viện Khoa học Thần kinh Semel": a body opening with
            # its head word runs over the lower-case words of its name.
            e = max(e, self._org_end(c))
        if e == len(toks) or toks[e].text in (",", ")", "(", ";", ":", ".", "thuộc") \
                or (toks[e].text in ("-", "–") and toks[e].start > toks[e - 1].end) \
                or speech_at(toks, e) or toks[e].text in _PREDICATE_START \
                or (toks[e].text in ("ở", "tại") and e + 1 < len(toks) and toks[e + 1].cap):
            # ("Tổng giám đốc bộ phận hình ảnh của Fujifilm ở Bắc Mỹ": where it is.)
            return k, c, e
        return None

    def _field_end(self, a: int) -> int | None:
        """End of an occupation's field written in lower case from token ``a`` to the end of
        an apposition or to ``tại``/``ở`` (``chuyên gia dinh dưỡng và thể thao ở Ấn Độ,``),
        or None when no such field is written there."""
        k = self._field_stop(a)
        return k if k is not None and self._apposition_ends_at(k) else None

    def _field_stop(self, a: int) -> int | None:
        """Where the lower-case words of a field that opens at token ``a`` stop, or None
        when none is written there."""
        toks = self.tokens
        k = a
        while k < len(toks) and k - a < 7 and joined(toks[k - 1], toks[k], self.text) \
                and not speech_at(toks, k) and (self._field_word(toks[k].text) or (
                    toks[k].text == "và" and k > a and k + 1 < len(toks)
                    and toks[k + 1].text.islower())) \
                and not self.lex.title_re.match(self.text, toks[k].start) \
                and not (LOWER_HEAD.match(self.text, toks[k].start)
                         and not compound_head(toks[k].text, toks[k - 1].text)):
            # ("phát triển thị trường Realme": a market, no school.)
            k += 1
        if k == a or k - a >= 7 or toks[k - 1].text == "và":
            return None
        return k

    def _director_field(self, a: int, title_start: int) -> tuple[str, str | None] | None:
        """A director's function from token ``a``, in lower case or with its first word
        capitalised (``phát triển kinh doanh``, ``Tiếp thị``), then the firm's name to the
        end of the apposition, or nothing more: (title with the function, firm or None);
        None when no function is written there."""
        toks = self.tokens
        text = self.text
        first = toks[a]
        if (own := _OWN_UNIT.match(text, first.start)) is not None \
                and self._apposition_ends_at(a + len(own.group().split())):
            # "BSCKII Đào Mạnh Toàn, Giám đốc đơn vị, cho biết": the unit the text is about,
            # no field and no body named.
            return text[title_start:toks[a - 1].end], None
        if first.cap:
            # ("Giám đốc Chương trình HIV", "Giám đốc Phụ trách Dữ liệu", "Phó Giám đốc Làng
            # thiếu niên Thủ Đức": a programme, a title, a body named by a place.)
            if not (first.titlecase and marked_syllable(first.text)) \
                    or self.lex.org_head_re.match(text, first.start) \
                    or self.lex.title_re.match(text, first.start) \
                    or self.lex.trigger_re.match(text, first.start) \
                    or self._place_at(a, len(toks)):
                return None
            k = self._field_stop(a + 1)
        elif text.startswith("phụ trách ", first.start) and a + 2 < len(toks):
            # "Phó Giám đốc phụ trách khối ngoại, Bệnh viện Quân y 175": what the deputy is
            # in charge of, in lower case.
            k = a + 2
            while k < len(toks) and k - a < 6 and toks[k].word and toks[k].text.islower() \
                    and toks[k].text not in ORG_STOP and not speech_at(toks, k):
                k += 1
            if k == a + 2:
                return None
        else:
            k = self._field_stop(a)
        if k is None:
            return None
        title = text[title_start:toks[k - 1].end]
        if self._apposition_ends_at(k):
            # "Giám đốc kinh doanh vàng, Tập đoàn vàng bạc đá quý DOJI": the body set off
            # after the function.
            return title, self._org_beside(k)
        if not toks[k].cap:
            return None
        b = self._org_end(k)
        if b > k and not self._apposition_ends_at(b):
            # ("Cố vấn kỹ thuật Tổ chức Hợp tác quốc tế Đức (GIZ)": the body's name goes on
            # in lower case to where the apposition ends.)
            b = loose_org_end(toks, k, text, self.lex, len(toks), apposition=True) or b
        if b <= k or not self._apposition_ends_at(b):
            return None
        if toks[k - 1].text == "vực" and self._place_at(k, b):
            # "Giám đốc khu vực Châu Á - Thái Bình Dương, Tập đoàn ...": the region is the
            # title's, the body is set off after it.
            return text[title_start:toks[b - 1].end], self._org_beside(b)
        if first.cap and not any(foreign_word(t.text) or t.text.isupper() for t in toks[k:b]):
            # ("Phó Giám đốc Làng thiếu niên Thủ Đức": capitalised Vietnamese words may go on
            # with the body's name; a firm's brand or acronym does not.)
            return None
        return title, text[toks[k].start:toks[b - 1].end]

    def _field_word(self, word: str) -> bool:
        """True for a word that may name an occupation's field: in lower case, no verb or
        connective, no word that describes the person (``tài ba``), no honorific."""
        return word.isalpha() and word.islower() and word not in ORG_STOP \
            and word not in _NOT_A_FIELD and word not in self.lex.honorifics

    def _lower_tail_body(self, a: int, q: int) -> bool:
        """True when tokens ``a..q-1`` are a body's head, its capitalised words, then a few
        lower-case words of its field with nothing between them (``Liên đoàn bóng đá thế
        giới``), none a connective or a verb (``Hạ viện Mỹ tại thời điểm đó là``)."""
        toks = self.tokens
        text = self.text
        head = self.lex.org_head_re.match(text, toks[a].start)
        if q - a > 8 or head is None \
                or not all(joined(toks[x], toks[x + 1], text) for x in range(a, q)):
            return False
        k = a
        while k < q and toks[k].end <= head.end():
            # ("Ủy ban Chứng khoán nhà nước": a head of several words, whatever their case.)
            k += 1
        while k < q and toks[k].cap:
            k += 1
        return a < k < q and all(toks[x].word and (self._field_word(toks[x].text) or (
            toks[x].text == "nhà" and x + 1 < q and toks[x + 1].text == "nước"))
            for x in range(k, q))

    def _field_then_body(self, a: int, c: int) -> int | None:
        """Where the body begins when a director's field in lower case from token ``a`` is
        followed by a body of one word (a foreign name or an acronym) or a known team or
        brand ending at token ``c`` (``Giám đốc thể thao Juventus``, ``Giám đốc tài chính
        Apple``), or None."""
        toks = self.tokens
        text = self.text
        if LOWER_HEAD.match(text, toks[a].start):
            # ("Tổng giám đốc bệnh viện FV": the body's type word, not a field.)
            return None
        k = a
        while k < c and k - a < 3 and toks[k].word and not toks[k].cap \
                and self._field_word(toks[k].text) \
                and (k == a or joined(toks[k - 1], toks[k], text)):
            k += 1
        if k == a or k >= c or not joined(toks[k - 1], toks[k], text) \
                or not all(t.cap for t in toks[k:c]):
            return None
        body = text[toks[k].start:toks[c - 1].end]
        if (c - k == 1 and (foreign_word(toks[k].text) or toks[k].text.isupper())) \
                or body in self.lex.teams or body in self.lex.brands:
            return k
        return None

    def _own_team(self, tm: re.Match[str], a: int) -> tuple[str, str | None] | None:
        """Title and organisation when the team a team leader's title names (``đội
        trưởng``, ``Tổ phó``) is written at token ``a`` as the title's own unit, then the
        body or the place it belongs to; None when the title is no team leader's."""
        text = self.text
        if not _TEAM_LEAD.search(tm.group()) or tm.group()[:1].lower() != \
                self.tokens[a].text[0].lower():
            return None
        u = self._unit_end(a)
        u = next((k for k in range(a + 2, u) if self.tokens[k].text in ("ở", "tại")), u)
        placed = self._place_split(tm.start(), a, u)
        if placed is not None:
            # ("đội trưởng đội xung kích xã Tân Phú": the commune's team.)
            return placed
        if u <= a + 1:
            return None
        # ("đội trưởng đội CSGT đường thủy (thuộc Phòng CSGT Công an tỉnh Ninh Bình)": the
        # body it belongs to, in brackets.)
        member = _MEMBER_IN_BRACKETS.match(text, self.tokens[u - 1].end)
        c = self.starts.get(member.end()) if member is not None else None
        if c is not None and self.lex.org_head_re.match(text, self.tokens[c].start):
            return (text[tm.start():self.tokens[u - 1].end],
                    text[self.tokens[c].start:self.tokens[self._org_end(c) - 1].end])
        return text[tm.start():self.tokens[u - 1].end], self._org_beside(u, space=True)

    def _closes_after(self, written: str, lo: int) -> bool:
        """True when an apposition ends right after ``written``, found from offset ``lo``."""
        return self._apposition_ends_at(
            self._token_after(self.text.find(written, lo) + len(written)))

    def _apposition_ends_at(self, k: int) -> bool:
        """True when an apposition's words end before token ``k``: at the text's end, a verb
        of speech, punctuation, a spaced dash, ``ở``/``tại`` (where the person works), or a
        sentence adverb that a missing full stop runs into (``Mặt khác``)."""
        toks = self.tokens
        return k == len(toks) or speech_at(toks, k) or clause_pair(toks, k) \
            or toks[k].text in (",", ")", "(", ";", ":", ".", "tại", "ở") \
            or (toks[k].text in ("-", "–") and toks[k].start > toks[k - 1].end)

    def _lower_body_end(self, a: int) -> int | None:
        """End of a body named in lower case from token ``a`` to the end of an apposition
        (``Giám đốc trung tâm giới thiệu việc làm Đồng Nai, cho biết``, ``Chủ tịch công đoàn
        công ty cho biết``), or None when no such body opens there or the apposition runs on.
        """
        toks = self.tokens
        text = self.text
        head = _LOWER_BODY.match(text, toks[a].start)
        if head is None:
            return None
        k = a
        while k < len(toks) and toks[k].end <= head.end():
            k += 1
        while k < len(toks) and k - a < LOOSE_MAX and (toks[k].word or (
                    # ("báo Pháp Luật TP.HCM": an abbreviation's dot.)
                    self._glued_dot(k) and toks[k + 1].cap)) \
                and joined(toks[k - 1], toks[k], text) and not speech_at(toks, k) \
                and toks[k].text not in _PREDICATE_START and toks[k].text not in _NOT_A_NAME \
                and toks[k].text not in ("ở", "tại") \
                and not (toks[k].text == "và" and k + 1 < len(toks) and not toks[k + 1].cap
                         and any(t.cap for t in toks[a + 1:k])):
            # ("báo Bắc Ninh và đại diện ...": the named body has ended; not "trung tâm đào
            # tạo quản trị và an ninh mạng Athena".)
            k += 1
        if k < len(toks) and toks[k].text in _NOT_A_NAME:
            return None
        return k if self._apposition_ends_at(k) else None

    def _lower_pair_before(self, a: int, q: int) -> bool:
        """Whether the body's name that opens at token ``a`` holds, before token ``q``, a
        lower-case word of two syllables that opens after a capitalised one (``Quỹ văn
        hóa``, ``Sở cấp nước``): the strict reading takes such a word whole, so the name
        does not end cleanly on a capital there. A word of three syllables (``Cảng hàng
        không``) is no such break."""
        toks = self.tokens
        if field_named(toks, a, q, self.text):
            # ("Bộ trưởng Bộ thông tin và truyền thông Trương Minh Tuấn": an official field
            # whole, whatever its case.)
            return False
        # ("Agribank chi nhánh tỉnh Đắk Lắk", "Ủy ban MTTQ Việt Nam thành phố": a branch or
        # a level is the body's, named on.)
        return any(opens_word(toks, k, self.text) and not dictionary_word(
            self.text[toks[k - 1].start:toks[k + 1].end])
            and self.text[toks[k].start:toks[k + 1].end] not in _BODY_PAIRS
            for k in range(a + 1, q - 1))

    def _org_end(self, a: int) -> int:
        """End of the organisation's name that starts at token ``a``; a head of several
        words ("Ủy ban nhân dân") counts as one, whatever the case of its inner words."""
        m = self.lex.org_head_re.match(self.text, self.tokens[a].start)
        if m is None or len(m.group().split()) < 2:
            end = org_extent(self.tokens, a, self.text, head_cap=False, heads=self.lex.org_heads,
                             head_re=self.lex.org_head_re, places=self.lex.places)
            return long_name_end(self.tokens, end, self.text, self.lex)
        j = a
        while j < len(self.tokens) and self.tokens[j].end <= m.end():
            j += 1
        end = max(j, org_extent(self.tokens, j, self.text,
                                head_cap=m.group().split()[-1][:1].isupper(),
                                heads=self.lex.org_heads, head_re=self.lex.org_head_re,
                                places=self.lex.places))
        return long_name_end(self.tokens, end, self.text, self.lex)

    def _loose_org_end(self, a: int, limit: int) -> int | None:
        return loose_org_end(self.tokens, a, self.text, self.lex, limit)

    def _state_end(self, a: int, limit: int) -> int | None:
        """End of the state's formal name that starts at token ``a`` (``nước Cộng hòa Ba
        Lan``, ``Cộng hòa Xã hội chủ nghĩa Việt Nam``), read no further than ``limit``; None
        when none starts there."""
        toks = self.tokens
        k = a + 1 if toks[a].text == "nước" else a
        if k + 1 < limit and f"{toks[k].text} {toks[k + 1].text}" in _STATE_HEADS \
                and joined(toks[k], toks[k + 1], self.text):
            k += 2
        elif k < limit and toks[k].text in _STATE_ACRONYMS:
            k += 1
        else:
            return None
        named = k
        while k < limit and toks[k].word and joined(toks[k - 1], toks[k], self.text) \
                and (toks[k].titlecase or toks[k].text in _STATE_INNER):
            k += 1
        while k > named and not toks[k - 1].titlecase:
            k -= 1
        return k if k > named else None

    def _posting(self, a: int, q: int) -> int | None:
        """Where ``tại`` splits tokens ``a..q-1`` into a body and the place or body it is
        posted to (``Mỹ tại Liên Hợp Quốc``, ``WB tại Việt Nam``, ``Hàn Quốc tại TP.HCM``):
        the index of ``tại``, or None. Both sides are known places or bodies, or the post
        is a short run of capitalised words (``Mỹ tại El Salvador``)."""
        toks = self.tokens
        k = next((x for x in range(a + 1, q - 1) if toks[x].text == "tại"), None)
        if k is None or not all(t.cap for t in toks[a:k]):
            return None
        if not (self._place_at(a, k) == k - a or self._org_end(a) == k
                or self.lex.org_acronym_re.fullmatch(self.text, toks[a].start, toks[k - 1].end)
                or (k - a == 1 and foreign_word(toks[a].text))):
            return None
        return k if self._post_end(k, q) else None

    def _post_end(self, k: int, q: int) -> bool:
        """True when tokens ``k+1..q-1``, after ``tại`` at ``k``, name the place or the body
        a post is at: known, or a short run of capitalised words."""
        post = self.tokens[k + 1:q]
        return bool(post) and (
            self._place_at(k + 1, q) == q - k - 1 or self._org_end(k + 1) == q
            or self.text[post[0].start:post[-1].end] in self.lex.places
            or (len(post) <= 3 and all(t.titlecase for t in post)))

    def _institute_end(self, a: int) -> int:
        """End of an institute's name written after its head's title without its head
        word: a unit's name, but a lower-case tail of more than two words, or one that the
        apposition does not end on, is no part of it (``Viện phó Vệ sinh dịch tễ Trung ương
        dự báo ...``, ``Phó Viện trưởng Chiến lược và Chính sách y tế, Bộ Y tế``)."""
        toks = self.tokens
        k = self._unit_end(a)
        last = k - 1
        while last > a and not toks[last].cap:
            last -= 1
        end = last + 1
        if end < k and f"{toks[last].text} {toks[end].text}" in COMPOUNDS:
            end += 1
        ends_here = k == len(toks) or toks[k].text in (",", "(", ")", ";", ":", ".", "-", "–") \
            or speech_at(toks, k)
        # (Three syllables: a capitalised word's second one and a two-syllable word.)
        return k if ends_here and k - end <= 3 else end

    def _unit_end(self, a: int) -> int:
        """End of a unit's name after ``Trưởng phòng``: words up to punctuation or a stop.

        A unit set off by punctuation runs to it, connectives included (``Trưởng phòng dự
        báo khí tượng hạn vừa và hạn dài (Trung tâm ...)``), unless a verb of speech or a
        body's head word comes first.
        """
        toks = self.tokens
        if toks[a].text in _NO_UNIT:
            # "bà X, Phó Trưởng ban làm trưởng đoàn ...": the sentence goes on, no unit.
            return a
        k = a
        while k < len(toks) and k - a < LOOSE_MAX and self._unit_word(a, k) \
                and toks[k].text != "của":
            if k > a and k + 1 < len(toks) and _level_at(toks, k) \
                    and toks[k + 1].word and toks[k + 1].text.islower() \
                    and toks[k + 1].text not in ADMIN_WORDS:
                # "Trưởng phòng Tài nguyên và Môi trường huyện giải trình thêm ...": the
                # district's unit, then the sentence (no comma closed the apposition).
                return k + 1
            k += 1
        if k > a and k < len(toks) and toks[k].text in (",", "(", "-", "–", ")", ";"):
            return self._unit_parts(k)
        k = a
        while k < len(toks) and k - a < LOOSE_MAX and self._unit_word(a, k) \
                and not (k > a and _ROMAN.fullmatch(toks[k - 1].text) and not toks[k].cap) \
                and toks[k].text not in ORG_STOP:
            two = f"{toks[k].text} {toks[k + 1].text}" if k + 1 < len(toks) else ""
            if two in ORG_STOP:
                break
            k += 1
        while k > a + 1 and toks[k - 1].text == "và":
            k -= 1
        return k

    def _unit_word(self, a: int, k: int) -> bool:
        """True when token ``k`` may go on a unit's name that starts at token ``a``: a word
        joined to the one before it, not a verb of speech, and after the first word not a
        body's head word (capitalised or not; a place after its level word is none: ``TP
        Hội An``) nor a word that opens a sentence, nor an honorific before a name (``...
        triệu tập ông Ko Young-tae``)."""
        toks = self.tokens
        return toks[k].word and (k == a or joined(toks[k - 1], toks[k], self.text)) \
            and not speech_at(toks, k) and not (k > a and (
                (self.lex.org_head_re.match(self.text, toks[k].start) is not None
                 and not (self._level_before(k) and self._place_at(k, len(toks))))
                or LOWER_HEAD.match(self.text, toks[k].start) is not None
                or toks[k].text in OPENERS
                or (toks[k].text in self.lex.honorifics and k + 1 < len(toks)
                    and toks[k + 1].titlecase) or self._title_and_name_at(k)))

    def _level_before(self, k: int) -> bool:
        """True when a level word stands right before token ``k`` (``TP``, ``tỉnh``,
        ``thành phố``)."""
        toks = self.tokens
        return k > 0 and (toks[k - 1].text in _ADMIN_OPENERS or (
            toks[k - 1].text == "phố" and k > 1 and toks[k - 2].text.lower() == "thành"))

    def _title_and_name_at(self, k: int) -> bool:
        """True when a title and a family name follow at token ``k`` (``... và điều dưỡng
        Nguyễn Thị Hường``): a second person, not a unit's name."""
        m = self.lex.title_re.match(self.text, self.tokens[k].start)
        if m is None:
            return False
        n = self.starts.get(m.end() + 1)
        return n is not None and self.tokens[n].text in self.lex.surnames \
            and n + 1 < len(self.tokens) and self.tokens[n + 1].titlecase

    def _unit_parts(self, k: int) -> int:
        """Extend a unit's name ending before the comma or dash at token ``k`` over the
        capitalised parts of its name that follow (``Trưởng khoa Phẫu thuật Tạo hình, Hàm
        mặt, Thẩm mỹ, Bệnh viện ...``, ``Khoa Hồi sức tích cực - Chống độc``); a body, a
        title, a person or a place after the comma ends it."""
        toks = self.tokens
        text = self.text
        while k + 1 < len(toks) and (toks[k].text == "," or (
                toks[k].text in ("-", "–") and toks[k].start > toks[k - 1].end)):
            j = k + 1
            first = toks[j]
            # After a dash a lower-case field continues the unit too ("Trưởng phòng CSGT
            # đường bộ - đường sắt, Công an tỉnh Nam Định").
            lower_field = toks[k].text != "," and first.word and first.text.islower() \
                and first.text not in ORG_STOP and not speech_at(toks, j)
            if not (first.titlecase or lower_field) or first.text in AFTER_DASH_STOP \
                    or self.lex.org_head_re.match(text, first.start) \
                    or self.lex.title_re.match(text, first.start) \
                    or first.text in self.lex.surnames or self._excluded_part(j):
                break
            e = j + 1
            while e < len(toks) and e - j < 4 and toks[e].word \
                    and joined(toks[e - 1], toks[e], text) and not toks[e].cap \
                    and not speech_at(toks, e) \
                    and toks[e].text not in ORG_STOP:
                e += 1
            at_body = e < len(toks) and self.lex.org_head_re.match(text, toks[e].start)
            if e < len(toks) and toks[e].text not in (",", "-", "–", "(", ")", ";", ":") \
                    and not speech_at(toks, e) and not at_body:
                break
            k = e
            if e < len(toks) and (speech_at(toks, e) or at_body):
                # ("Trưởng Khoa Nhiễm - Thần kinh Bệnh viện Nhi đồng 1": the body next.)
                break
        return k

    def _excluded_part(self, j: int) -> bool:
        """True when a known place starts at token ``j``."""
        return self._place_at(j, min(len(self.tokens), j + 4)) > 0

    def _title_right_before(self, p: int) -> bool:
        """True when a title ends one space before token ``p`` (``Tổng thống Donald Trump``)."""
        start = self.tokens[p].start
        if start < 2 or self.text[start - 1] != " ":
            return False
        lo = max(0, start - 40)
        # (A longer title may run on over the token: "Phó Chủ tịch Cấp Cao Công ty ...".)
        return any(m.end() == start - 1 and not _UNIT_TITLE.search(m.group())
                   and (whole := self.lex.title_re.match(self.text, m.start())) is not None
                   and whole.end() == m.end()
                   for m in self.lex.title_re.finditer(self.text, lo, start))
