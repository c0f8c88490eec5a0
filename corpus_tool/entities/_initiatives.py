"""Initiatives: quoted names after a trigger word, lists after ``như:``, named programmes.

A quoted span is an initiative when a trigger (``mô hình``, ``phong trào``, ``cuộc thi``...)
stands shortly before it in the same clause, when it continues a list of initiatives, or
when it is a short capitalised name right after a campaign verb (``để``, ``hưởng ứng``,
``xây dựng hình ảnh``). Quoted speech, nicknames, quoted ordinary words and titles of
songs, films and books are left out.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from corpus_tool.entities._lexicon import Lexicon
from corpus_tool.entities._organizations import CLAUSE_OPENERS, ORG_STOP
from corpus_tool.entities._tokens import CAPITALS, LOWERS, foreign_word
from corpus_tool.entities._types import InitiativeMention

__all__ = ["find_initiatives"]

# Quotes opened straight and closed curly, or the other way, count too: text from the
# wild mixes them ("Mừng Đảng, mừng Xuân”).
# A quote opened one way and closed the other holds no sentence's end: in "cuộc thi “Thử
# thách ... nhiên liệu.Mới đây, Yamaha tổ chức cuộc thi "Thử thách ..."" the curly quote
# is left open and the straight pair after it is the name.
_NO_SENTENCE_END = r"(?![.!?…]\s*[" + CAPITALS + r"])"
_QUOTE = re.compile(r"“([^”“\n]{2,400})”|\"((?:" + _NO_SENTENCE_END + r"[^\"“”\n]){2,400})”"
                    r"|\"([^\"\n]{2,400})\""
                    r"|«([^»«\n]{2,400})»|‘([^’‘\n]{2,400})’"
                    r"|“((?:" + _NO_SENTENCE_END + r"[^”“\"\n]){2,400})\""
                    # Two apostrophes or one for quotes, as some sites write them
                    # (chương trình ''Lăn bánh an toàn'', chiến dịch 'Sữa học đường'); an
                    # apostrophe inside a word (O'Neil, Apple's) opens and closes nothing.
                    r"|(?<![\w'])''(?=\S)([^'\n]{2,400})(?<=\S)''(?![\w'])"
                    r"|(?<![\w'])'(?=\S)([^'“”\"\n]{2,200})(?<=\S)'(?![\w'])")
_CLAUSE_BREAK = re.compile(r"[.!?;:()\n”\"»]")
_WORD = re.compile(r"[^\W_]+")
_MAX_TRIGGER_WORDS = 12
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:tôi|chúng tôi|chúng ta|chúng em|mình|tớ|bạn|các bạn|anh ấy|chị ấy)(?!\w)",
    re.IGNORECASE)
_SPEECH_AFTER = re.compile(
    r"\s*[,–-]?\s*(?:[^\W\d_]+\s+){0,6}?(?:cho biết|nói|chia sẻ|khẳng định|nhấn mạnh|bày tỏ|"
    r"tâm sự|kể|cho hay|nhận định|phát biểu|thông tin|giải thích|trả lời|viết|nhớ lại|"
    r"thừa nhận|tiết lộ|hỏi|đáp|bật cười|cười)(?!\w)", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(
    r"(?:nói|rằng|cho biết|chia sẻ|khẳng định|nhấn mạnh|bày tỏ|tâm sự|kể|cho hay|hỏi|"
    r"phát biểu|(?<!thi )viết|thốt lên|dặn|nhắn nhủ)\s*:?\s*$", re.IGNORECASE)
_NOT_INITIATIVE_BEFORE = re.compile(
    r"(?:bài hát|ca khúc|bài thơ|thơ|nhạc|bài ca|phim|bộ phim|cuốn sách|sách|tác phẩm|"
    r"tiểu thuyết|truyện|vở|"
    r"vở diễn|album|MV|biệt danh|biệt hiệu|nickname|mệnh danh|mệnh danh là|gọi là|gọi|tên|"
    r"tên gọi|danh xưng|"
    r"cơ chế|chỉ số|chuyên mục|bài viết|tiêu đề|từ khóa|chữ|câu|dòng chữ|ứng dụng|app|"
    r"game|trò chơi|show|gameshow|truyền hình|thương hiệu|sản phẩm|dòng|mẫu|phiên bản|"
    r"hashtag|trang|fanpage|kênh|nhóm|vai|nhân vật|danh hiệu|giải thưởng|giải|huy hiệu|"
    r"kỷ niệm chương|bằng khen|mang tên|với tên|có tên|công nghệ|kịch|nhạc kịch|"
    r"(?:hội nghị|hội thảo|tọa đàm|diễn đàn) chuyên đề(?: về)?|của|cho|sự kiện|"
    # A teaching quoted ("thực hiện tốt lời dạy “Học để làm việc, làm người ...”").
    r"lời (?:dạy|căn dặn|khuyên)(?: của (?:Bác(?: Hồ)?|Người|Chủ tịch Hồ Chí Minh))?|"
    r"lời Bác(?: dạy)?|di huấn)\s*$",
    re.IGNORECASE)
# A film, a song, a book or a photo set named anywhere in the text ("bộ phim “X”", "“X” là
# tác phẩm hoạt hình ..."): its title is no initiative wherever it is quoted.
_WORK_BEFORE = re.compile(r"(?<!\w)(?:phim|ca khúc|bài hát|cuốn sách|tác phẩm|tiểu thuyết|"
                          r"vở diễn|album|MV|bộ ảnh|bộ hình|"
                          # A nickname is one wherever it is quoted ("được mệnh danh là
                          # “Nữ hoàng linh trưởng”").
                          r"(?:mệnh danh|biệt danh|biệt hiệu|nickname)(?: là)?|"
                          # A show is one wherever it is quoted ("mang show ‘Love songs’").
                          r"show|gameshow)\s*$",
                          re.IGNORECASE)
# An event named right before a quote: the quote is the event's title, no initiative
# ("tọa đàm “Tôi chọn sự sống”", "triển lãm “Vẽ lại tranh dân gian”", "Lễ hội “Chân trần
# trên cát”"). Only there: a talk or a fair may take the name of a campaign quoted
# elsewhere as one.
_EVENT_BEFORE = re.compile(r"(?<!\w)(?:tọa đàm|toạ đàm|hội thảo|hội nghị|diễn đàn|lễ hội|"
                           r"ngày hội|hội chợ|triển lãm|liên hoan|hội diễn|đêm nhạc|đêm diễn)"
                           r"\s*$", re.IGNORECASE)
_WORK_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?(?:là|[-–])\s*(?:một\s+)?(?:bộ phim|phim|"
                         r"tác phẩm|ca khúc|bài hát|cuốn sách|tiểu thuyết)(?!\w)"
                         # ... or a heritage: "“Không gian văn hóa Cồng chiêng Tây Nguyên”, di
                         # sản được UNESCO ghi danh".
                         r"|\s*[,(–-]\s*(?:là\s+)?(?:một\s+)?di sản(?!\w)", re.IGNORECASE)
# Naming words: after a trigger they introduce the initiative's name ("mô hình có tên gọi
# “Tổ tự quản”"), elsewhere a nickname or a label.
_NAMING = re.compile(r"(?:gọi là|gọi|tên|tên gọi|mang tên|với tên|có tên)\s*$",
                     re.IGNORECASE)
# Verbs that launch or answer a campaign and words that name a slogan: before a
# capitalised quote with no trigger they make it one ("phát động “Tết trồng cây”").
# A sentence may open on the purpose ("Để “Làm theo Bác” hiệu quả ..."), but "để" inside
# a sentence and "tham gia" do not ("chưa đủ để “Siêu Hổ” lọt vào ...", "chỉ tham gia
# “Cỗ máy thời gian”").
_CAMPAIGN_BEFORE = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=\n))Để\s*$"
    r"|(?:^|\s)(?i:thực hiện|hưởng ứng|triển khai|xây dựng hình ảnh|phát động|nhân rộng|"
    r"ra quân|duy trì|với chủ đề|chủ đề|thông điệp|khẩu hiệu|tinh thần|xây dựng|đẩy mạnh|"
    r"tổ chức)\s*$")
# (An item's acronym in brackets may stand before the separator: “Cánh đồng lớn” (CĐL), ...)
_LIST_SEP = re.compile(r"(?:\s*\([A-ZĐ][A-ZĐ0-9&-]{1,9}\))?"
                       r"\s*(?:[,;]\s*(?:và|hay|hoặc|cùng)?|và|hay|hoặc|cùng)\s*$")
# A list item's short description in lower case before the comma that leads to the next
# (“Giao thông học đường” trên internet, “Chiếc ô tô mơ ước của em”).
_DESCRIBED_ITEM = re.compile(r" (?:[" + LOWERS + r"]+ ){0,2}[" + LOWERS + r"]+\s*[,;]\s*")
# Where an unquoted name ends: the clause ends, or a predicate or a time, place or
# amount phrase begins. Connectives inside official names ("của", "tại", "và", "cho", a
# comma before another verb phrase, an acronym in brackets) do not end it, but an acronym
# in brackets before a comma or a full stop closes the name it abbreviates.
_ACRONYM = r"[A-ZĐ][A-ZĐ\d&-]*"
_NAMED_END = re.compile(
    rf"\s*(?:[.!?;:\n“”\"«»…]|\((?!{_ACRONYM}\))|(?<![A-ZĐ\d])\)"
    rf"|\((?={_ACRONYM}\)\s*[,.;:])"
    # ... or before the sentence's next word: "Chương trình Mỗi xã một sản phẩm (OCOP) cho
    # hơn 80 chủ thể".
    rf"|\s*\((?={_ACRONYM}\)\s+(?:cho|với|được|đã|đang|sẽ|của|trên|là|giúp|và|để|nhằm|"
    r"theo|có)(?!\w))"
    # (Not inside a word joined by a dash: "kinh tế - xã hội", "vắc xin sởi - rubella",
    # "thành phố sinh thái - văn hóa - du lịch", "an ninh - quốc phòng".)
    r"|(?<!kinh tế)(?<!sởi)(?<!sinh thái)(?<!văn hóa)(?<!xã hội)(?<!an ninh)(?<!chính trị)"
    # ("xanh - sạch - đẹp".)
    r"(?<!xanh)(?<!sạch)"
    r"\s[-–]\s(?![" + CAPITALS + "])"
    r"|(?<=\w)[-–]\s|\s(?:và|hoặc|hay|gắn với|cùng với) (?=(?:Chương trình|Đề án|Phong trào|"
    r"Cuộc [Vv]ận động|"
    r"Kế hoạch|Dự án|Hội thi|Cuộc thi|Mô hình|Bộ|Sở|Ủy ban|UBND|Ban|Cục|Tổng cục|Chính phủ|"
    r"Thủ tướng|[A-ZĐ]{2,})(?!\w)))"
    r"|\s(?:với|lồng ghép với) (?=(?:Chương trình|Đề án|Phong trào|Cuộc vận động|Kế hoạch|"
    r"Dự án|Hội thi|Cuộc thi|Mô hình)(?!\w))"
    # ... or before another initiative, quoted after its trigger in lower case ("Phong trào
    # Toàn dân bảo vệ an ninh Tổ quốc gắn với mô hình “Camera an ninh”").
    r"|\s(?=(?:gắn với|và|cùng với|với) (?:mô hình|phong trào|chương trình|cuộc vận động|"
    r"đề án|cuộc thi|hội thi) ?[“\"«])"
    # (... or after a comma and a verb: "Phong trào Toàn dân bảo vệ an ninh Tổ quốc, nhân
    # rộng mô hình “Camera an ninh”".)
    r"|,\s*(?=(?:[" + LOWERS + r"]+ ){1,3}(?:mô hình|phong trào|chương trình|cuộc vận động|"
    r"đề án|cuộc thi|hội thi) ?[“\"«])"
    r"|,\s*(?=(?:có|với|được|nhằm|trong đó|do|đã|sẽ|là|theo|gồm|bao gồm|nay|từ|đến|khi|"
    r"thì|nên|tuy|nhưng|song|đồng thời|qua|sau|trước|ông|bà|anh|chị|tầm nhìn|bắt đầu|"
    r"tham gia|"
    # ("phong trào Toàn dân bảo vệ an ninh Tổ quốc, như ...", "..., vận động bà con".)
    r"như|vận động|giúp|góp phần|tạo|thu hút|mang lại|hướng tới|kêu gọi|huy động|ưu tiên|"
    r"phấn đấu|mỗi|hằng|"
    "[" + CAPITALS + r"\d]))"
    r"|\s(?=(?:Tại|Theo|Trong|Sau|Khi|Ngày|Đây|Với|Để|Từ|Hiện|Nhưng|Tuy|Vì|Ảnh)\s)"
    r"|\s(?=(?:giai đoạn|năm \d|được|bị|đã|đang|sẽ|nhằm|là|có tổng|với tổng|với mục tiêu|"
    r"do|theo (?:Quyết định|quyết định|Nghị quyết|Kế hoạch|quy định|từng|hướng|đúng|đó)|"
    # ("Đề án Đưa võ cổ truyền Bình Định vào trường học": "vào" ends a name only before
    # a time.)
    r"vào (?:ngày|năm|tháng|dịp|sáng|chiều|tối|trưa|đêm|đầu|cuối|giữa|lúc|thời|mùa|hôm|"
    r"các|những|\d+)|"
    r"lên|trên địa bàn|tại khu vực|"
    # ("vì người nghèo", "vì cộng đồng", "vì Thịnh vượng": whom or what a name is for, not
    # "because".)
    r"này|đó|mà|thì|nên|vì(?! [" + CAPITALS + r"])(?! (?:người|cộng đồng|môi trường|an ninh|"
    r"sức khỏe|hòa bình|tương lai|trẻ em|biển|nhân dân|dân|học sinh|bình yên|thế hệ)(?!\w))|"
    r"gồm|bao gồm|"
    r"đến năm|từ năm|từ khi|lại (?:được|là|có|diễn ra)|"
    r"cũng|vẫn|đều|luôn|tiếp tục|thuộc (?=[" + CAPITALS + r"])|cho biết|cho hay|khẳng định|"
    r"nhấn mạnh|chia sẻ|"
    r"thông báo|phát biểu|chủ trì|"
    r"lần (?:này|thứ|đầu|\d)|có thể|thu hút|góp phần|diễn ra|khai mạc|bế mạc|kết thúc)(?!\w))"
    # ("để" ends a name, but not a slogan's "Không để ai bị bỏ lại phía sau".)
    r"|(?<!Không)\s(?=để(?!\w))"
    r"|\s(?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) (?:phát biểu|chủ trì|cho biết|"
    r"cho hay|khẳng định|nhấn mạnh|chia sẻ)(?!\w))"
    r"|\s(?=(?:năm|năm học|nhiệm kỳ|thời kỳ) \d)"
    # Other things listed after it: "... nông thôn mới và các chính sách hỗ trợ ...".
    r"|\s(?=và (?:các|những) )"
    # A body by its acronym, then its verb: "... Sinh quyển UNESCO tổ chức tại Nigeria".
    r"|\s(?=[A-ZĐ]{2,}\s(?:tổ chức|phát động|triển khai|thực hiện|công bố|ban hành|chủ trì|"
    r"phối hợp)(?!\w))"
    # Where the programme is carried out, like a place after "tại" ("Đề án 06 ở cơ sở").
    r"|\s(?=ở (?:cơ sở|địa phương|các|những|xã|phường|huyện|quận|tỉnh|thành phố)(?!\w))"
    r"|\s(?=(?:tỉnh|thành phố|huyện|quận|xã|phường)\s*(?:[,.;:)\n]|$))"
    r"|\s(?=của [" + CAPITALS + "])"
    r"|\s(?=(?:của |tại )?(?:(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường) ["
    + CAPITALS + r"\d]|TP\.? ?[" + CAPITALS + r"]))"
    # A number ends the name, but one after an acronym is part of it ("UPU 46"), unless it
    # counts ("về ATGT 5 năm"); so is one that counts what the programme is for, not time
    # or money ("Đề án đầu tư xây dựng mới 5 bệnh viện").
    r"|(?<!\W[A-ZĐ]{2})(?<!\W[A-ZĐ]{3})(?<!\W[A-ZĐ]{4})\s(?=\d)(?:(?<=tháng\s)|(?<=năm\s)"
    r"|(?<=lớp\s)|(?<=ngày\s)|(?<=quý\s)|(?<=số\s)|(?<=khóa\s)|(?=(?:19|20)\d\d(?!\d))"
    r"|(?!\d+\s(?!(?:năm|tháng|ngày|"
    r"tuần|giờ|phút|triệu|tỷ|nghìn|ngàn|đồng|km|ha|lần|tuổi|và|hoặc)(?!\w))[" + LOWERS + r"]))"
    r"|\s(?=\d+\s(?:năm(?! \d)|tháng|ngày|tuần|người|tỷ|triệu|nghìn)(?!\w))")
_NAMED_SOON = re.compile(r"(?:\s+(?!của\b|cho\b)[" + LOWERS + r"]+){0,4}\s+(?:[" + CAPITALS
                         + r"]|\d{4})")
_NAMED_IN_BRACKETS = re.compile(r"\s*\((?:[" + CAPITALS + r"][^()\n]{1,60})\)")
_TRAILING_ACRONYM = re.compile(rf"\s*\({_ACRONYM}\)$")
# A programme's acronym right after its capitalised trigger ("Chương trình OCOP").
_NAMED_ACRONYM = re.compile(r"[A-ZĐ]{3,}(?![\w-])")
# ... or its number ("Đề án 06", "Chương trình 135"), where a comma after it ends the name.
_NAMED_NUMBER = re.compile(r"\d{1,4}(?=,)")
_PLAIN_WORD_NEXT = re.compile(rf" (?!(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|giai đoạn|"
                              rf"năm|nhiệm kỳ|thời kỳ|trên|cấp|quốc gia|lần)(?!\w))[{LOWERS}]")
# A programme known by its number ("Chương trình 135", "Chương trình 30a", "Đề án 06"): not
# a year, nor a count ("Chương trình 2 tỷ đồng").
_PROGRAMME_NUMBER = re.compile(r"(?!(?:19|20)\d\d(?!\w))(?:\d{2,4}[a-z]?|\d[a-z])(?![\w/.,%-])"
                               r"(?!\s+(?:tỷ|triệu|nghìn|người|hộ|năm|ngày|tháng|xã|huyện|tỉnh|"
                               r"lần|điểm|sản phẩm)(?!\w))")
_NAMED_MAX = 40
_PLAN_MAX = 25
_NOT_NAME_START = re.compile(
    r"(?:của|này|đó|trên|được|là|và|với|cho|do|có|sẽ|đã|đang|thuộc|nói trên|cụ thể|dành cho|"
    r"bắt đầu|diễn ra|kết thúc|khép lại|sắp tới|tiếp theo|mới|năm nay|trên|ban đầu|trước đó|"
    r"dự kiến)(?!\w)")
_NAME_TAIL = re.compile(
    r"\s+(?:(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+(?:từ\s+)?(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{2,4})?"
    r"|(?:(?:đến|tới)\s+)?(?:năm\s+)?(?:19|20)\d{2}(?!\s*[-–/.,]\s*\d)"
    r"|năm học\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}"
    r"|lần\s+(?:thứ\s+)?(?:\d{1,3}|[IVXL]{1,6}(?![\w]))(?:\s+năm\s+(?:19|20)\d{2})?"
    r"|trên địa bàn (?:tỉnh|thành phố|huyện|quận|thị xã|phường|xã)(?:\s+[" + CAPITALS
    + r"]\w*){0,3}"
    r"(?=\s+(?:giai đoạn|nhiệm kỳ|thời kỳ|năm|đến năm)\s+(?:từ\s+)?(?:năm\s+)?\d)"
    r"|(?:tỉnh|thành phố|TP\.?|thị xã|huyện|quận|phường|xã|thị trấn)\s+(?:["
    + CAPITALS + r"][\w.]*)(?:\s+["
    + CAPITALS + r"][\w]*){0,3}"
    r")(?![\w/-])")
# The year a campaign named in lower case is held ("Chiến dịch tiêm vắc xin sởi năm 2025").
_YEAR_TAIL = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d{2}(?![\w/-])")
# A connective left at the end of a cut name ("Chương trình trao hỗ trợ cho").
_DANGLING = re.compile(r"(?:\s+(?:cho|của|và|với|tại|về|để|trong|từ|ở))+$")
_STEERING = re.compile(r"(?:Ban Chỉ đạo|Ban Điều hành|Ban [Tt]ổ chức|Văn phòng Điều phối|"
                       r"Ban Điều phối|Tổ công tác|Hội đồng thẩm định) ")
# Administrative mechanisms, quoted but not initiatives (as in the seed article's gold).
_MECHANISMS = frozenset({"một cửa", "một cửa liên thông", "một cửa, một cửa liên thông"})
# Triggers that name initiatives often enough to accept a lower-case quote right after them
# and an unquoted capitalised name; "dự án", "kế hoạch", "chiến dịch"... mostly name
# construction projects, plans and operations, so only a capitalised quote counts there.
_STRONG = frozenset({"mô hình", "phong trào", "cuộc vận động", "chương trình", "cuộc thi",
                     "hội thi", "đề án", "giải pháp", "khẩu hiệu", "phương châm", "chủ đề"})
# Broadcast words: a "chương trình" in their sentence is a TV or radio show.
_TV = re.compile(r"(?<!\w)(?:lên sóng|phát sóng|trên sóng|mùa thứ \d+|kênh|VTV\d*|HTV\d*|THVL\d*|"
                 r"giám khảo|thí sinh|công diễn|"
                 r"gameshow|game show|truyền hình|khán giả|tập \d+|MC|"
                 # (A radio station, not Taiwan: "Đài Loan", "Đài Bắc".)
                 r"đài(?! (?:Loan|Bắc|Nam|Trung))|phỏng vấn|khách mời|"
                 r"dẫn chương trình|CNN|BBC|MSNBC|NBC|CBS|Fox News)(?!\w)", re.IGNORECASE)
# Events (festivals, fairs, conferences) are not initiatives: after a trigger
# ("chương trình Lễ ..."), or opening a quoted name (“Ngày hội hoa mai anh đào”).
_EVENTS = "Lễ hội|Hội nghị|Liên hoan|Hội chợ|Ngày hội|Festival|Tuần lễ|Hội thảo|Diễn đàn|Đại hội"
_EVENT = re.compile(rf"(?:{_EVENTS}|Lễ|Giải)(?!\w)")
# A law or a decree quoted by its name is a legal act, not a programme ("thông qua “Luật
# Bảo mật Thư điện tử”").
_LEGAL_ACT = re.compile(r"(?:Luật|Bộ luật|Nghị định|Thông tư|Pháp lệnh|Hiến pháp) ")
# A quoted name after "dự án" that names a facility, the works that build it or the thing
# the project makes or studies is a construction or a research project, no initiative
# ("dự án “Khu đô thị ...”", "“Nâng cấp, mở rộng đường ĐT.782”", "“Hồ chứa nước Đạ Sị”",
# "“Chế tạo tên lửa ...”").
_WORKS_PROJECT = re.compile(r"(?:Khu|Nhà máy|Cảng|Cầu|Đường|Tuyến|Tòa nhà|Trung tâm|Bệnh viện|"
                            r"Trường|Chung cư|Công viên|Sân bay|Nhà ga|Cao tốc|Thủy điện|"
                            r"Nhiệt điện|Khách sạn|Resort|Cụm công nghiệp|Hồ chứa|Kè|"
                            r"Nâng cấp|Mở rộng|Cải tạo|Chỉnh trang|Quy hoạch|Chế tạo|"
                            r"Nghiên cứu)(?!\w)")
# ("Phiên chợ 0 đồng": a charity market held on a day, an event.)
_EVENT_NAME = re.compile(rf"(?:{_EVENTS}|Lễ kỷ niệm|Lễ khai mạc|Phiên chợ)(?!\w)")
# Performances and broadcasts: "Chương trình văn nghệ ...", "chương trình giao lưu nghệ
# thuật “Huyền thoại ...”" name shows; "Chương trình chính thức" names nothing; a launch or
# a sale ("Chương trình ra mắt sản phẩm mới", "Chương trình giảm giá") is a firm's event,
# named only when quoted (chương trình ưu đãi “Ưu đãi mùa hè 2018”).
_PERFORMANCES = "văn nghệ|nghệ thuật|ca nhạc|biểu diễn|truyền hình|phát thanh"
_SHOW = re.compile(rf"(?:{_PERFORMANCES}|đêm|ngâm thơ|giao lưu|chính thức|ra mắt|giảm giá|"
                   # (A firm's share scheme: "Chương trình cổ phiếu thưởng", "Chương trình
                   # quyền chọn mua cổ phiếu".)
                   r"khuyến mãi|khuyến mại|(?:mua |phát hành )?cổ phiếu|quyền chọn)(?!\w)",
                   re.IGNORECASE)
_SHOW_BEFORE = re.compile(rf"chương trình (?:giao lưu )?(?:{_PERFORMANCES}|ca múa nhạc)\s*$",
                          re.IGNORECASE)
# United Nations bodies named "Chương trình ..." are organisations (UNDP, WFP, UNEP).
_UN_BODY = re.compile(r"Liên [Hh](?:ợ|iệ)p [Qq]uốc|LHQ|UNDP|WFP|UNEP|Lương thực Thế giới")
_ROUTINE_PLAN = re.compile(r" (?:sử dụng đất|sản xuất|kinh doanh|phát triển kinh tế|đầu tư|"
                           r"ngân sách|vốn|tài chính|công tác|hoạt động|kiểm tra|thanh tra|"
                           r"tuyển sinh|triển khai|thực hiện|hợp tác"
                           # (A firm's plan for its fiscal year: "Kế hoạch phát triển năm
                           # tài chính 2019".)
                           r"|(?:[^\W\d_]+ ){0,3}năm tài chính)(?!\w)")
# A body's agenda or work programme, named by the trigger and a routine word.
_AGENDA = re.compile(r"(?i:chương trình) (?:công tác|làm việc|nghị sự)(?!\w)")
# A photo caption opens with a capital like a sentence ("Ảnh minh họa: Mô hình ...").
# Dots after a name; group 1 when the text or its paragraph ends there.
_CUT = re.compile(r"(?:\.\.\.|…)(\s*(?:\n|$))?")
_CAPTION = re.compile(r"(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Video|Clip)\s*:\s*$")
_THEMED_YEAR = re.compile(r"Năm [^\W\d_]+ [^\W\d_]")
# "chương trình nhằm “trang bị cho ...”": a purpose or content follows, not a name.
# But "là" after a naming word or a slogan's trigger gives the name: "được đặt tên là
# “CrossCheck”", "khẩu hiệu của hãng là “...”".
_PURPOSE = re.compile(r"(?<!\w)(?:nhằm|để|(?<!tên )(?<!gọi )là|rằng|mục tiêu|nội dung|mục đích)"
                      r"\s*:?\s*$")
_SLOGAN_IS = re.compile(r"(?i:khẩu hiệu|chủ đề|phương châm|thông điệp)(?: của(?: [^\W\d_]+){1,3})?"
                        r" là\s*:?\s*$")
# Movements named after a faith are political or religious groups, not campaigns.
_RELIGION = re.compile(r"(?:Hồi giáo|Thánh chiến|Phật giáo|Công giáo|Kitô giáo|Tin lành)(?!\w)")
# Triggers whose foreign-language name follows unquoted, and that name: two words or more,
# capitalised or digits, English connectives between ("Ground X-Vehicle Technologies",
# "chương trình Android One"; a show is told by the broadcast words of its sentence,
# :data:`_TV`, or by a guest taking part in it: "tham gia chương trình Good Morning
# America". Pageants are contests, found by their own rule: :data:`_PAGEANT`.)
_FOREIGN_NAMED = frozenset({"cuộc thi", "chiến dịch", "sáng kiến", "hội thi", "chương trình"})
_ENGLISH_NAME = re.compile(r"([A-Z][A-Za-z&-]*[a-z][A-Za-z&-]*(?:['’]s)?)"
                           r"(?: (?:[A-Z0-9][A-Za-z0-9&-]*|of|for|the|and|vs|&))+(?![\w-])")
# A contest named by its acronym and its year ("cuộc thi WTGP 2012", "cuộc thi HHVN 2016").
_CONTEST_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ\d]{1,7} (?:năm )?(?:19|20)\d\d(?![\w/-])")
# Taking part in or appearing on a programme with a foreign name is a guest's: a show.
_GUEST_BEFORE = re.compile(r"(?:tham gia|xuất hiện (?:trong|trên)|khách mời của)\s$")
_EVENT_WORD = re.compile(r"(?<!\w)(?:Games|Cup|Open|Championship|League|Festival|Expo|Show|"
                         r"Awards?(?= \d{4} (?:diễn ra|tổ chức)))(?!\w)")
# Titles of those who head a unit: before a capitalised programme, the programme is the unit
# ("giám đốc Chương trình An ninh châu Á"), not an initiative ("trình Thủ tướng Kế hoạch ...").
_UNIT_HEAD = re.compile(r"(?i)giám đốc|chủ nhiệm|trưởng|phó|điều phối|chủ tịch")
# A pageant named right after "cuộc thi" is a contest ("cuộc thi Hoa hậu Việt Nam 2016",
# "cuộc thi Miss Teen 2009"); without the trigger the same words are a winner's title
# ("Hoa hậu Kim Hồng"). The name runs over capitalised words and a year; a lower-case
# word joins it only before a capital within two words ("Hoa khôi Đồng bằng sông Cửu
# Long"), or one or two as the last words before punctuation ("Hoa hậu Hoàn vũ.", "Hoa
# hậu Trái đất,").
_PAGEANT = re.compile(r"(?:Hoa [Hh]ậu|Hoa [Kk]hôi|Người [Đđ]ẹp|Nam [Vv]ương|Siêu [Mm]ẫu|Miss|"
                      r"Mister)(?!\w)")
_PAGEANT_WORD = re.compile(r" (?:(?:năm )?(?:19|20)\d{2}(?![\w/-])|[^\W\d_][\w’'-]*)")
# Triggers that head no programme's name: what follows them is the theme or the slogan.
_NOT_HEADS = frozenset({"chủ đề", "khẩu hiệu", "phương châm", "giải pháp", "thông điệp",
                        "nguyên tắc"})
# A contest opening a sentence with its description, a capitalised name and its year or
# round, then a lower-case predicate ("Cuộc thi ảnh chụp từ trên cao SkyPixel 2016 thu hút
# ...", "Hội thi tay nghề Isuzu lần thứ 15 vinh danh ..."): the whole is its name.
_CONTEST_HEADING = re.compile(
    r"(?:Cuộc thi|Hội thi)(?: [" + LOWERS + r"]+){1,6}(?: [" + CAPITALS + r"][\w-]*)"
    # (A lower-case word between capitalised ones, and a round's number after an acronym:
    # "Cuộc thi viết thư Quốc tế UPU 46 năm 2017".)
    r"(?: [" + CAPITALS + r"][\w-]*| [" + LOWERS + r"]+(?= [" + CAPITALS + r"]))*"
    r"(?:(?<=[A-ZĐ]{2}) \d{1,3}(?= năm))?"
    r"(?: (?:năm )?(?:19|20)\d\d| lần (?:thứ )?\d+)(?= [" + LOWERS + r"])")
# Capitalised quantifiers right after a lower-case "cuộc thi": they open no unquoted name.
_QUANTIFIER = re.compile(r"(?:Các|Những|Một|Mỗi)(?!\w)")
_LIST_INTRO = re.compile(r"[,\s]*(?:như|gồm|bao gồm|là|sau)?\s*:\s*$")


def _english(words: list[str]) -> bool:
    """True for a name in a foreign language: after ``chương trình`` a show's title
    (“Sing My Song”, “State of the Union”), Vietnamese programmes being named in Vietnamese."""
    if not words or any(not w.isascii() for w in words):
        return False
    return sum(foreign_word(w) for w in words) * 2 >= len(words)


def _pageant_end(text: str, start: int) -> int | None:
    """Where the pageant's name that starts at ``start`` ends (:data:`_PAGEANT`), or None
    when no pageant is named there or nothing follows its head."""
    head = _PAGEANT.match(text, start)
    if head is None:
        return None
    end = head.end()
    while (w := _PAGEANT_WORD.match(text, end)) is not None:
        word = w.group()[1:]
        if word[0].isdigit() or word.startswith("năm "):
            return w.end()
        if word[0].isupper():
            end = w.end()
            continue
        lower = [w]
        while len(lower) < 3 and (nxt := _PAGEANT_WORD.match(text, lower[-1].end())) \
                is not None and nxt.group()[1].islower() and not nxt.group().startswith(" năm "):
            lower.append(nxt)
        after = _PAGEANT_WORD.match(text, lower[-1].end())
        if len(lower) <= 2 and after is not None and not after.group()[1].islower():
            end = lower[-1].end()
        elif len(lower) <= 2 and after is None \
                and re.match(r"[,.;:!?)\n]|$", text[lower[-1].end():]):
            return lower[-1].end()
        else:
            break
    return end if end > head.end() else None


def _vietnamese_word_at(text: str, start: int) -> bool:
    """True when a word at ``start`` is neither an acronym nor a foreign word: the opening
    of a name in Vietnamese (``Toàn dân ...``), not ``THPT`` or ``Android``."""
    word = _WORD.match(text, start)
    return word is not None and not word.group().isupper() and not foreign_word(word.group())


def _names_a_place(text: str, start: int, lex: Lexicon) -> bool:
    """True when a known place opens the words at ``start`` (``Điện Biên Phủ``)."""
    words = _WORD.findall(text, start, start + 40)
    return any(" ".join(words[:n]) in lex.places for n in (1, 2, 3))


def _named_plan(text: str, start: int) -> bool:
    """True when a capitalised ``Kế hoạch`` at ``start`` (mid-sentence) opens a named plan
    (``Kế hoạch chuyển đổi mã vùng ...``), not a numbered document (``Kế hoạch số 32``), a
    routine plan (``Kế hoạch sử dụng đất năm 2017``), a list item or a plural."""
    pos = start + len("Kế hoạch")
    before = text[max(0, start - 12):start]
    if re.search(r"(?:phòng|ban|vụ|trưởng|sở|bộ|cục|Phòng|Ban|Vụ|Sở|Bộ|Cục)\s$", before):
        # "Trưởng phòng Kế hoạch tổng hợp", "Vụ trưởng Kế hoạch Tài chính": a unit.
        return False
    return re.match(r" (?!số|của|này|đó|và|năm|tiếp|Đầu tư)[^\W\d_]+ [^\W\d_]",
                    text[pos:pos + 40]) is not None \
        and _ROUTINE_PLAN.match(text, pos) is None \
        and re.search(r"(?:các|những|[-–):])\s*$", before) is None


# (Not a pair of verbs written with a comma: "Phòng, chống ...", "Khám, chữa bệnh".)
_PROPER_THEN_CLAUSE = re.compile(rf"(?<!\w)(?!Phòng, chống|Khám, chữa)[{CAPITALS}][{LOWERS}]*"
                                 rf"(?=, [{LOWERS}])")
_VERB_NEXT = re.compile(r"\s(?:được|bị|đã|đang|sẽ|là|cũng|vẫn|đều|luôn|phải|cần)(?!\w)")


def _named_end(text: str, start: int) -> int:
    """Where an unquoted name that starts at ``start`` ends (:data:`_NAMED_END`).

    A name may hold a comma (``Đề án cải tạo, xây dựng lại chung cư cũ``), but one or two
    words between the last comma and a verb are the next clause's subject: ``trong Chương
    trình tiêm chủng mở rộng, trẻ được tiêm ...`` ends at the comma.
    """
    end_m = _NAMED_END.search(text, start)
    end = len(text) if end_m is None else end_m.start()
    if (proper := _PROPER_THEN_CLAUSE.search(text, start, end)) is not None:
        # "Chương trình Sức khỏe Việt Nam, tổ chức khám ...": a comma after a proper name,
        # then lower case, ends the name.
        return proper.end()
    if end_m is None:
        return end
    if _VERB_NEXT.match(text, end):
        comma = text.rfind(", ", start, end)
        if comma >= 0 and len(_WORD.findall(text, comma, end)) <= 2:
            return comma
    return end


def _opening_trigger(content: str, lex: Lexicon) -> str | None:
    """The trigger a quoted name opens with, capitalised and followed by two words or more
    (“Cuộc vận động người Việt Nam ưu tiên dùng hàng Việt Nam”) or by an acronym or number
    (“Chương trình EPS”), or None."""
    m = lex.trigger_re.match(content)
    if m is None or not content[0].isupper():
        return None
    trig = m.group().lower()
    if trig not in _STRONG and trig != "chiến dịch":
        return None
    rest = _WORD.findall(content[m.end():])
    if not rest or (len(rest) == 1 and not (rest[0].isupper() or rest[0].isdigit())) \
            or _NOT_NAME_START.match(content, m.end() + 1):
        return None
    return trig


# An exam's words: there a "thí sinh" sits an exam, no show ("chương trình “Tiếp sức mùa thi”
# ... suất ăn cho thí sinh").
_EXAM = re.compile(r"(?<!\w)(?:kỳ thi|mùa thi|thi tốt nghiệp|tuyển sinh|phòng thi|điểm thi)(?!\w)",
                   re.IGNORECASE)


def _broadcast(sentence: str) -> bool:
    """True when ``sentence`` holds a broadcast word (:data:`_TV`); a candidate in an exam's
    sentence is none."""
    exam = _EXAM.search(sentence) is not None
    return any(not (exam and w.group() == "thí sinh") for w in _TV.finditer(sentence))


def _sentence_around(text: str, pos: int) -> str:
    lo = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    hi_candidates = [x for x in (text.find(". ", pos), text.find("\n", pos)) if x >= 0]
    return text[lo:min(hi_candidates) if hi_candidates else len(text)]


def _show(text: str, at: int, words_at: int) -> bool:
    """True when the ``chương trình`` at ``at`` is a show, a launch or a sale: a performance
    or sale word right after the trigger (at ``words_at``), or a broadcast word in its
    sentence."""
    return _SHOW.match(text, words_at) is not None \
        or _broadcast(_sentence_around(text, at))


def _is_speech(content: str, before: str, after: str, *, named: bool = False) -> bool:
    """True for quoted speech. ``named``: a trigger stands right before the quote, where
    slogans speak in the first person too (Chiến dịch “Bạn khỏe mạnh, Việt Nam khỏe
    mạnh”)."""
    words = _WORD.findall(content)
    if (re.search(r"[.!…]\s*$", content) and not (named and content.endswith(".")
                                                and len(words) <= 10 and "." not in content[:-1]
                                                and content[0].isupper())) \
            or (content.endswith("?") and not named):
        # (A theme may be a question: chủ đề “Đâu là trận cuối?”.)
        return True
    if _SPEECH_BEFORE.search(before):
        return True
    if _FIRST_PERSON.search(content) and len(words) > 3 and not named:
        return True
    if _SPEECH_AFTER.match(after) and (len(words) > 6 or "," in content):
        return True
    return False


def _trigger_before(before: str, lex: Lexicon) -> tuple[str | None, int]:
    """Return the trigger closest before the quote in the same clause and its word distance."""
    # A list introduced by "như:" takes the trigger written before the colon.
    before = _LIST_INTRO.sub("", before)
    clause = _CLAUSE_BREAK.split(before)[-1]
    best: tuple[str | None, int] = (None, 10**6)
    for m in lex.trigger_re.finditer(clause):
        distance = len(_WORD.findall(clause[m.end():]))
        if distance <= _MAX_TRIGGER_WORDS:
            best = (m.group().lower(), distance)
    return best


def find_initiatives(text: str, lex: Lexicon, *,
                     organizations: Iterable[tuple[int, int]] = ()) -> list[InitiativeMention]:
    """Return initiative mentions in order of appearance.

    Example:
        >>> from corpus_tool.entities import extract_entities
        >>> [i.name for i in extract_entities(
        ...     'nhiều mô hình nổi bật, như: “Gần dân, giúp dân”, “Mỗi ngày một việc tốt vì dân”.'
        ... ).initiatives]
        ['Gần dân, giúp dân', 'Mỗi ngày một việc tốt vì dân']
    """
    out: list[InitiativeMention] = []
    accepted_names: set[str] = set()
    works: set[str] = set()
    rejected: list[tuple[int, int, str]] = []
    prev_end = -1
    prev_kind: str | None = None
    prev_ok = False
    for m in _QUOTE.finditer(text):
        g = m.lastindex or 0
        raw = m.group(g)
        c_start, c_end = m.start(g), m.end(g)
        lead = len(raw) - len(raw.lstrip())
        content = raw.strip()
        c_start += lead
        c_end = c_start + len(content)
        before = text[max(0, m.start() - 200):m.start()]
        after = text[m.end():m.end() + 80]
        kind, distance = _trigger_before(before, lex)
        between_prev = text[prev_end:m.start()] if prev_end >= 0 else ""
        continues_list = prev_ok and prev_end >= 0 and len(between_prev) <= 40 and (
            _LIST_SEP.match(between_prev) is not None or between_prev.strip() in (",", ";")
            or _DESCRIBED_ITEM.fullmatch(between_prev) is not None)
        words = _WORD.findall(content)
        if _WORK_BEFORE.search(before[-30:]) or _WORK_AFTER.match(after) or (
                kind == "chương trình" and distance <= 1 and (
                    _SHOW_BEFORE.search(before) or _broadcast(_sentence_around(text, m.start())))):
            # (A show named once by its broadcast words is one wherever it is quoted:
            # "chương trình “Bạn muốn hẹn hò” đã lên sóng", "tham gia chương trình “Bạn
            # muốn hẹn hò”: ...".)
            works.add(content.lower())
        ok = False
        event = _EVENT_BEFORE.search(before[-20:]) is not None
        if not content or not words or event:
            ok = False
        elif content.lower() in _MECHANISMS or (_EVENT_NAME.match(content) and not (
                # ("mô hình “Lễ hội không khói thuốc”": a model a festival runs by.)
                kind in ("mô hình", "phong trào", "cuộc vận động") and distance <= 1)) \
                or _LEGAL_ACT.match(content) \
                or (kind == "dự án" and _WORKS_PROJECT.match(content)) or (
                _NOT_INITIATIVE_BEFORE.search(before) and not (
                    _NAMING.search(before) and (kind in _STRONG or kind == "chiến dịch")
                    and distance <= 10)):
            ok = False
        elif continues_list and not _is_speech(content, "", "", named=True):
            # (An item of a list of names may speak to someone: “Áo ấm tặng bạn”.)
            ok, kind = True, (kind if kind is not None and distance <= 3 else prev_kind)
        elif kind == "thông điệp" and before.rstrip().endswith(":") and len(words) > 12:
            # "Donald Trump chia sẻ thông điệp: “Hôm nay tôi có cuộc gặp ...”": a message
            # quoted whole is speech.
            ok = False
        elif kind is not None and len(words) <= 45 \
                and not (kind == "nguyên tắc" and distance > 0) \
                and not _is_speech(content, before, after, named=distance <= 1 or (
                    kind in _STRONG and distance <= 4 and content[0].isupper())) \
                and not (kind == "chương trình" and _SHOW_BEFORE.search(before)) \
                and not (_PURPOSE.search(before) and not _SLOGAN_IS.search(before)) \
                and (content[0].isupper() or content[0].isdigit()
                     or (distance <= 3 and kind in _STRONG and len(words) >= 2)
                     or (distance <= 6 and _NAMING.search(before) is not None)) \
                and not (kind == "chương trình" and (
                    _broadcast(_sentence_around(text, m.start())) or _english(words))):
            ok = True
        elif (opening := _opening_trigger(content, lex)) is not None and len(words) <= 20 \
                and not _is_speech(content, before, after) \
                and not _PURPOSE.search(before) \
                and not (opening == "chương trình"
                         and _show(text, m.start(), c_start + len(opening) + 1)):
            # A quoted name that opens with its own trigger (Nghị quyết về “Chương trình
            # hành động của Chính phủ ...”, theo “Chương trình EPS”).
            ok, kind = True, opening
        elif kind is None and _THEMED_YEAR.match(content) and len(words) <= 10 \
                and not _is_speech(content, before, after):
            # “Năm kỷ cương hành chính”, “Năm Dân vận khéo”: a year given a theme.
            ok = True
        elif kind is None and content[0].isupper() and 2 <= len(words) <= 12 \
                and _CAMPAIGN_BEFORE.search(before) and not _is_speech(content, before, after):
            ok = True
        if ok:
            if content[-1] in ",;:":
                # A comma written inside the closing quote: “Mang nước sạch về buôn làng,”.
                content = content[:-1].rstrip()
                c_end = c_start + len(content)
            if content.endswith("."):
                # A theme quoted with the sentence's full stop inside: “... gặp lại.”
                content = content[:-1].rstrip()
                c_end = c_start + len(content)
            out.append(InitiativeMention(content, kind, c_start, c_end))
            accepted_names.add(content.lower())
            prev_kind = kind
        elif not event:
            rejected.append((c_start, c_end, content))
        prev_ok = ok
        prev_end = m.end()
    # A quoted name accepted once is an initiative wherever else it is quoted, unless the
    # text calls it a film, a song or a book somewhere.
    out = [i for i in out if i.name.lower() not in works]
    for c_start, c_end, content in rejected:
        if content.lower() in accepted_names and content.lower() not in works:
            out.append(InitiativeMention(content, None, c_start, c_end))
    out.extend(_repeated_after_trigger(text, lex, out))
    taken = {(i.start, i.end) for i in out}
    out.extend(_named_programmes(text, lex, taken, list(organizations)))
    taken = {(i.start, i.end) for i in out}
    out.extend(_unquoted_themes(text, lex, taken))
    out.sort(key=lambda i: i.start)
    return out


# Triggers of programmes, campaigns and contests (not of themes or principles).
_PROGRAMMES = frozenset({"mô hình", "phong trào", "cuộc vận động", "chương trình", "cuộc thi",
                         "hội thi", "đề án", "chiến dịch", "sáng kiến"})


def _repeated_after_trigger(text: str, lex: Lexicon, found: list[InitiativeMention]
                            ) -> list[InitiativeMention]:
    """A name quoted and accepted once, written again unquoted right after a trigger
    ("mô hình “Camera an ninh”", then "Riêng mô hình Camera an ninh đã lắp đặt ...")."""
    out: list[InitiativeMention] = []
    names = {i.name for i in found if len(_WORD.findall(i.name)) >= 2 and i.name[0].isupper()}
    for name in names:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if text[m.start() - 1:m.start()] in "“\"«" or text[m.end():m.end() + 1] in "”\"»":
                continue
            trig = next((t for t in lex.trigger_re.finditer(text, max(0, m.start() - 25),
                                                            m.start() - 1)
                         if t.end() == m.start() - 1), None)
            if trig is None:
                continue
            kind = trig.group().lower()
            if kind in _PROGRAMMES and not (kind == "chương trình" and _show(
                    text, trig.start(), m.start())) \
                    and not any(i.start <= m.start() < i.end for i in found):
                out.append(InitiativeMention(name, kind, m.start(), m.end()))
    return out


# A theme, a message or a slogan that an event or a campaign takes, named unquoted after
# its trigger, capitalised, to the punctuation or the verb that ends it ("có chủ đề Tỏa
# sáng Ngũ Hành Sơn với sự tham gia ...", "với ba chủ đề Tông xuyệt tông, Phản chiếu và
# Sức trẻ."). Only after the verb that gives it ("với", "có", "mang", "lấy", "chọn"): a
# topic spoken about is none ("về chủ đề Bệnh không lây nhiễm", "nội thất chủ đề Deluxe"),
# nor is what follows a colon (a sentence: "với chủ đề: Hãy hình dung, nếu ..."); not a
# place or a body alone ("chủ đề Biển Đông").
_THEME = re.compile(rf"(?<!\w)(chủ đề|thông điệp|khẩu hiệu)(?: là)? (?=[{CAPITALS}])")
_THEME_GIVEN = re.compile(r"(?<!\w)(?:[Vv]ới|có|mang|lấy|chọn) (?:(?:hai|ba|bốn|năm) )?$")
_THEME_WORD = re.compile(r"[^\W_][\w’'-]*|\s[-–]\s")
_THEME_END = re.compile(r"\s*(?:[,.;:!?()\n\"“”…]|$)|\s(?:với|do|diễn ra|được|thu hút|tại|"
                        r"của|nhằm|là|đã|sẽ|đang|vừa|gồm|và|thuộc|có|lại|cho|dưới)(?!\w)")
_THEME_MAX = 15


def _theme_item(text: str, start: int) -> int | None:
    """End of a theme's name that starts at ``start`` (a capital), or None when no clean end
    comes within :data:`_THEME_MAX` words."""
    pos = start
    words = 0
    while words < _THEME_MAX:
        w = _THEME_WORD.match(text, pos)
        if w is None:
            return None
        words += 1
        pos = w.end()
        if text.startswith(" ", pos) and _THEME_WORD.match(text, pos + 1) and not \
                _THEME_END.match(text, pos):
            pos += 1
            continue
        if _THEME_END.match(text, pos):
            return pos if words >= 2 else None
        if not _THEME_WORD.match(text, pos):
            return None
    return None


def _unquoted_themes(text: str, lex: Lexicon, taken: set[tuple[int, int]]
                     ) -> list[InitiativeMention]:
    """Themes, messages and slogans named unquoted (:data:`_THEME`), each item of a list
    after one trigger counted; ``taken`` spans are not searched again."""
    out: list[InitiativeMention] = []
    for m in _THEME.finditer(text):
        if _THEME_GIVEN.search(text, max(0, m.start() - 12), m.start()) is None:
            continue
        kind = m.group(1)
        start = m.end()
        items: list[tuple[int, int]] = []
        while (end := _theme_item(text, start)) is not None:
            items.append((start, end))
            nxt = re.match(rf"(?:, | và )(?=[{CAPITALS}])", text[end:end + 5])
            if nxt is None:
                break
            start = end + nxt.end()
        if not items or (len(items) > 1 and not re.match(r"\s*(?:[.;!?\n]|$)",
                                                          text[items[-1][1]:])):
            # ("chủ đề A, B và C." is a list only when it ends the sentence.)
            items = items[:1]
        for a, b in items:
            name = text[a:b]
            if name in lex.places or lex.org_head_re.match(name) or any(
                    s < b and a < e for s, e in taken):
                continue
            out.append(InitiativeMention(name, kind, a, b))
    return out


# Triggers a description in lower case may follow before the capitalised name. (Not
# "chiến dịch", "dự án" or "sáng kiến": on the dev set the names read so were advertising
# campaigns, election races and building projects; five of five after "chiến dịch" wrong.)
_DESCRIBED = frozenset({"chương trình", "cuộc thi", "hội thi", "cuộc vận động", "phong trào",
                        "đề án"})
_DESCRIPTION_WORD = re.compile(r" ([^\W\d_]+)(?=[ ,])")
_NOT_DESCRIPTION = frozenset({"số", "mang", "tên", "gọi", "mới", "quốc", "tế", "thường", "niên",
                              "nói", "trên", "lần", "thứ", "đầu", "tiên", "chung", "kết",
                              "riêng", "này", "nọ", "kia", "khác", "lớn", "nhỏ", "tiếng",
                              "giải", "đấu", "trận", "mùa", "vũ", "trang", "biểu", "tình",
                              # ("chương trình đào tạo ngành ...": a curriculum.)
                              "đào", "giảng", "ngành",
                              # ("chương trình hẹn hò khiến Cát Tường thích thú": a verb
                              # opens the clause.)
                              "khiến", "giúp", "đưa", "mời", "thu", "hút"})
_DESCRIBED_MAX = 8


def _described_name(text: str, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a capitalised name after a trigger's description in one to four
    lower-case words starting at ``pos`` (``du lịch Chợ phiên vùng cao``), or None when no
    such name is written there: a body, a title, a place, a person or an event is none."""
    at = pos - 1
    words = 0
    while words < 4 and (w := _DESCRIPTION_WORD.match(text, at)) is not None:
        if not w.group(1).islower():
            break
        if w.group(1) in ORG_STOP or w.group(1) in _NOT_DESCRIPTION:
            return None
        at = w.end()
        words += 1
    if words == 0 or not text.startswith(" ", at):
        return None
    start = at + 1
    first = _WORD.match(text, start)
    if first is None or not first.group()[0].isupper() or first.group().isupper() \
            or lex.org_head_re.match(text, start) or lex.title_re.match(text, start) \
            or lex.trigger_re.match(text, start) or _EVENT.match(text, start) \
            or _PAGEANT.match(text, start) or _QUANTIFIER.match(text, start) \
            or _names_a_place(text, start, lex) or first.group() in lex.surnames \
            or _RELIGION.match(text, start):
        return None
    english = _ENGLISH_NAME.match(text, start)
    if english is not None and foreign_word(first.group()):
        end = english.end()
        if _EVENT_WORD.search(english.group()):
            return None
    elif foreign_word(first.group()):
        return None
    else:
        end = _named_end(text, start)
        n = len(_WORD.findall(text, start, end))
        if not 2 <= n <= _DESCRIBED_MAX:
            return None
    return start, end


def _named_programmes(text: str, lex: Lexicon, taken: set[tuple[int, int]],
                      organizations: Collection[tuple[int, int]] = ()
                      ) -> list[InitiativeMention]:
    """Unquoted names: ``Chương trình mục tiêu quốc gia ...`` written with a capital mid-sentence,
    or a trigger followed by a capitalised name (``phong trào Toàn dân đoàn kết ...``).

    ``taken`` spans (quoted initiatives, organisation names) are not searched again.
    """
    out: list[InitiativeMention] = []
    for m in lex.trigger_re.finditer(text):
        trig = m.group()
        pos = m.end()
        if pos >= len(text) or text[pos] != " ":
            continue
        if trig.lower() == "phong trào" and text.startswith(" thi đua ", pos) \
                and text[pos + 9:pos + 10].isupper():
            # "Phong trào thi đua Dạy tốt - Học tốt": an emulation movement's name.
            pos += len(" thi đua")
        nxt = text[pos + 1:pos + 2]
        if m.start() > 0 and text[m.start() - 1] in "“\"«":
            # A trigger word opening a quote is part of a quoted name, judged as a quote.
            continue
        if nxt in ("“", "\"", "«") or not nxt:
            continue
        head_cap = trig[0].isupper()
        # After "như:" a capitalised trigger opens a list item's name, not a sentence.
        # ("... thể hiện.Mô hình kinh doanh": a sentence glued to the one before, as some
        # sites' text comes; there a name needs a capital or a number soon after the
        # trigger: "du lịch.Chương trình chạy bộ cộng đồng UPRACE 2018".)
        just_before = text[max(0, m.start() - 3):m.start()]
        glued = re.search(r"(?<=[" + LOWERS + r"\d])[.!?…]$", just_before)
        # (Spaces may run long after a full stop: "sau khi ủ tê.   Chương trình đào tạo".)
        sentence_start = m.start() == 0 or glued or re.search(
            r"(?:[.!?…]\s+|\n\s*)$", text[max(0, m.start() - 12):m.start()]) \
            or _CAPTION.search(text, max(0, m.start() - 20), m.start())
        prev = re.search(r"(\S+)\s$", text[max(0, m.start() - 30):m.start()])
        if head_cap and prev is not None and prev.group(1)[:1].isupper() \
                and prev.group(1)[-1].isalpha() and prev.group(1) not in CLAUSE_OPENERS \
                and not re.search(r"(?<!\w)giải (?:Nhất|Nhì|Ba|Khuyến khích)\s$",
                                  text[max(0, m.start() - 20):m.start()]):
            # "Ban Quản lý Dự án Đầu tư ...": the trigger is inside a longer proper name;
            # not after a word that opens the sentence or a prize ("Tại Hội thi ...",
            # "đạt giải Nhất Cuộc thi ...").
            continue
        if head_cap and any(t.end() + 1 == m.start() and _UNIT_HEAD.search(t.group())
                            for t in lex.title_re.finditer(text, max(0, m.start() - 40),
                                                           m.start())):
            # "Phó chủ tịch Chương trình quốc tế,", "Giám đốc Chương trình HIV và Lao": a
            # unit of the body the person heads.
            continue
        if trig.lower() not in _STRONG and not (
                trig == "Kế hoạch" and not sentence_start and _named_plan(text, m.start())) \
                and not (trig == "Kế hoạch" and sentence_start and nxt.isupper()
                         and _vietnamese_word_at(text, pos + 1)
                         and not _names_a_place(text, pos + 1, lex)
                         and not lex.org_head_re.match(text, pos + 1)) \
                and not (trig in _FOREIGN_NAMED and nxt.isupper()) \
                and not (trig == "Chiến dịch" and nxt.isupper()
                         and (not sentence_start or _vietnamese_word_at(text, pos + 1))
                         and not _names_a_place(text, pos + 1, lex)) \
                and not (trig == "Chiến dịch" and not sentence_start and nxt.islower()
                         and _YEAR_TAIL.match(text, _named_end(text, pos + 1))):
            # (A plan opening a sentence is named with a capital: "Kế hoạch Liên minh vì
            # Thịnh vượng được ...";
            # "ra quân Chiến dịch Thanh niên tình nguyện hè", "Chiến dịch Xuân tình nguyện
            # năm 2025 do ...", but a battle is named by its place: "Chiến dịch Điện Biên
            # Phủ". In lower case a campaign is named with its year: "triển khai Chiến dịch
            # tiêm bổ sung vắc xin sởi năm 2025 cho trẻ ...".)
            continue
        if _NOT_NAME_START.match(text, pos + 1):
            # "Chủ đề của cuộc thi ...", "Chương trình này": no name follows.
            continue
        if head_cap and trig.lower() in _NOT_HEADS:
            # "Đối tác tin cậy - Giải pháp phù hợp", "Chủ đề liên quan đến ...": a theme's or
            # a slogan's trigger heads no name of its own.
            continue
        if trig == "Mô hình" and not nxt.isupper():
            # "Mô hình trưng bày iPhone", "Mô hình hoạt động của động cơ ...": a replica or
            # a technical model; a programme named "Mô hình ..." goes on with a capital or
            # is quoted.
            continue
        end = _named_end(text, pos + 1) if head_cap else len(text)
        if head_cap and (not sentence_start or _NAMED_IN_BRACKETS.match(text, end) or (
                glued and _NAMED_SOON.match(text, pos))
                or _CONTEST_HEADING.match(text, m.start()) or (
                nxt.isupper() and _vietnamese_word_at(text, pos + 1))
                or (trig in ("Chương trình", "Đề án") and (
                    _NAMED_ACRONYM.match(text, pos + 1)
                    or _PROGRAMME_NUMBER.match(text, pos + 1)))
                or (trig == "Chương trình" and text.startswith(" mục tiêu quốc gia ", pos))):
            # (Opening a sentence, a capitalised trigger names a programme only when the
            # name goes on with a capital, "Cuộc thi Lái xe sinh thái được ...", or is given
            # its short form in brackets: "Cuộc thi An toàn không gian mạng
            # toàn cầu (WhiteHat Grand Prix 2018) do ...", or by its acronym: "Chương trình
            # OCOP tỉnh Bắc Giang giai đoạn 2021 - 2025 đã giúp ...", or is a national
            # target programme: "Chương trình mục tiêu quốc gia xây dựng nông thôn mới
            # giai đoạn 2021 - 2025 đã tạo ...".)
            start = m.start()
            if trig in ("Chương trình", "Đề án") \
                    and (number := _PROGRAMME_NUMBER.match(text, pos + 1)) is not None:
                # "Chương trình 135 hiệu quả": a programme's number is its whole name (the
                # period after it is added below).
                end = number.end()
            if (short := _NAMED_ACRONYM.match(text, pos + 1)
                    or _NAMED_NUMBER.match(text, pos + 1)) is not None \
                    and (text.startswith(",", short.end())
                         or (_PLAIN_WORD_NEXT.match(text, short.end())
                             and not lex.acronyms.get(short.group(), "A")[:1].islower())):
                # "nhờ tham gia Chương trình OCOP, sản phẩm ...", "triển khai Chương
                # trình OCOP bài bản": the comma or a plain word after the acronym ends the
                # name (not a place or a period: "Chương trình OCOP tỉnh ..."; nor after an
                # acronym of words of the name: "Chương trình MTQG xây dựng nông thôn mới").
                end = short.end()
            name = text[start:end].rstrip()
            if len(_WORD.findall(name)) - len(_WORD.findall(trig)) < 2:
                # "Đề án 06", "Chương trình 135": a capitalised trigger and a number.
                nm = re.match(r" (\d+[\w/-]*|[^\W\d_][\w-]+)(?!\w)", text[pos:])
                if nm is None or (nm.group(1)[0].isalpha() and not nm.group(1).isupper()):
                    continue
                end = pos + nm.end()
                name = text[start:end]
        elif nxt.isupper() and (trig.lower() in ("phong trào", "cuộc vận động", "đề án") or (
                trig in ("cuộc thi", "hội thi") and _PAGEANT.match(text, pos + 1) is None
                and _vietnamese_word_at(text, pos + 1)
                and _QUANTIFIER.match(text, pos + 1) is None)):
            # A lower-case trigger and a capitalised name ("phong trào Toàn dân đoàn kết
            # ...", "cuộc thi Viết thư quốc tế UPU 46"; pageants and foreign names after
            # "cuộc thi" are read below). After "chương trình" or "mô hình" such names are
            # mostly shows, curricula and replicas ("chương trình Giọng hát Việt nhí",
            # "chương trình THPT", "mô hình Khải Hoàn Môn"), so those need quotes.
            start = pos + 1
            if not _vietnamese_word_at(text, start):
                continue
            if lex.org_head_re.match(text, start) or lex.title_re.match(text, start) \
                    or _EVENT.match(text, start) or _RELIGION.match(text, start):
                continue
            end = _named_end(text, start)
            name = text[start:end].rstrip()
            if len(_WORD.findall(name)) < 3:
                continue
        elif trig == "cuộc thi" and (pageant := _pageant_end(text, pos + 1)) is not None \
                and not re.search(r"(?:các|những)\s$", text[max(0, m.start() - 6):m.start()]):
            # ("các cuộc thi Hoa hậu": pageants in general.)
            start = pos + 1
            name = text[start:pageant]
        elif nxt.isupper() and trig in _FOREIGN_NAMED and (
                english := _ENGLISH_NAME.match(text, pos + 1)) is not None \
                and foreign_word(re.split(r"[-'’]", english.group(1))[0]) \
                and not _EVENT_WORD.search(english.group()) \
                and not (trig == "chương trình" and _GUEST_BEFORE.search(
                    text, max(0, m.start() - 30), m.start())):
            # "chiến dịch World IPv6 Launch", "cuộc thi Honda Fuel Challenge": a name in a
            # foreign language right after the trigger.
            start = pos + 1
            name = english.group()
        elif trig in ("cuộc thi", "hội thi") \
                and (acronym := _CONTEST_ACRONYM.match(text, pos + 1)) is not None:
            # "tại cuộc thi WTGP 2012, WTGP 2014 và ...": a contest's acronym and its year.
            start = pos + 1
            name = acronym.group()
        elif not head_cap and trig in _DESCRIBED and not nxt.isupper() \
                and not text.endswith("cơ ", 0, m.start()) \
                and (described := _described_name(text, pos + 1, lex)) is not None \
                and not (trig == "chương trình" and _show(text, m.start(), pos + 1)):
            # "chương trình du lịch Chợ phiên vùng cao", "cuộc thi ảnh Sắc màu biên
            # cương": the trigger, what the programme is, then its name.
            start, end = described
            name = text[start:end]
        else:
            continue
        name = _DANGLING.sub("", name.rstrip(" ,-–"))
        if name[len(trig):].lstrip().lower().startswith(trig.lower()):
            # "Cuộc thi Cuộc thi sẽ ...": a heading run into the sentence.
            continue
        # The period or the place written right after an official name belongs to it
        # ("... giai đoạn 2016 - 2020", "Đề án NƠXH tỉnh Bình Dương", "... năm 2016").
        while (tail := _NAME_TAIL.match(text, start + len(name))) is not None:
            name = text[start:tail.end()]
        # An acronym in brackets after the name is not part of it: "Chương trình chuyển
        # đổi số quốc gia (NTP)", but "Đề án ... công đoàn (CĐ) tại các KCN" keeps it.
        name = _TRAILING_ACRONYM.sub("", name)
        words = _WORD.findall(name)
        if len(words) > (_PLAN_MAX if trig == "Kế hoạch" else _NAMED_MAX) \
                or len(words) - (len(_WORD.findall(trig)) if start == m.start() else 0) < 1 \
                or (trig == "Kế hoạch" and words[-1] == "số"):
            continue
        if trig.lower() == "chương trình" and (
                _show(text, m.start(), pos + 1) or _UN_BODY.search(name)):
            continue
        end = start + len(name)
        if (cut := _CUT.match(text, end)) is not None and not (
                words[-1].isupper() or words[-1].isdigit()) and (
                cut.group(1) is not None or len(words[-1]) == 1 or foreign_word(words[-1])):
            # "Hội thi chuyên n...": the source was cut inside the name, where the text
            # ends or on a part of a word; not in "theo Chương trình EPS…", where the name
            # ends on an acronym, nor where the dots close a list and the text goes on
            # ("trong chương trình du lịch Chinh phục đỉnh cao... Phó Chủ tịch ...").
            continue
        if re.match(r"\s*[“«]|\s+\"|\"(?=\w)", text[end:end + 3]):
            # "Cuộc thi ảnh nghệ thuật “Cà phê ...”": the quoted part is the name. A straight
            # quote glued to the name closes a quote opened before it ("... nằm trong chiến
            # dịch Operation Atlantic Resolve", tuyên bố nói").
            continue
        if any(s <= start < e or s < end <= e or s <= m.start() < e for s, e in taken) \
                or any(i.start == start and i.end == end for i in out):
            continue
        if any(s <= m.start() < e and not _STEERING.match(text, s)
               for s, e in organizations):
            # "Ban Quản lý Đề án ...", but the board that steers a programme or runs a
            # contest is named after it: "Ban Chỉ đạo Chương trình mục tiêu quốc gia ...",
            # "Ban tổ chức cuộc thi Hoa hậu Việt Nam".
            continue
        if _AGENDA.match(name):
            # "Chương trình công tác của Chính phủ năm 2015": an agenda, no initiative.
            continue
        out.append(InitiativeMention(name, trig.lower(), start, end))
    return out
