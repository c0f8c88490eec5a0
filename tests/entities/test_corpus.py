"""resolve_corpus: one record per person, initiative, organisation and acronym."""

from __future__ import annotations

from datetime import UTC, datetime

from corpus_tool.entities import extract_entities, initiative_key, resolve_corpus
from corpus_tool.records import Article


def _article(uid: str, body: str, day: str, site: str = "baobinhduong.vn") -> Article:
    return Article(id=uid, body=body, site=site,
                   published=datetime.fromisoformat(day).replace(tzinfo=UTC))


def test_a_name_in_unrelated_organisations_stays_two_people() -> None:
    a = _article("a", "Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế, cho biết.", "2023-01-01")
    b = _article("b", "Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Phú An, cho biết.", "2023-01-02")
    c = resolve_corpus((x, extract_entities(x.text)) for x in (a, b))
    assert sorted(p.organization or "" for p in c.people) == ["Sở Y tế", "UBND xã Phú An"]


def test_bac_and_ho_chi_minh_are_one_person_with_an_alias() -> None:
    a = _article("a", "Học tập và làm theo Bác. Tư tưởng Hồ Chí Minh soi đường.", "2023-01-01")
    c = resolve_corpus([(a, extract_entities(a.text).to_dict())])
    assert [(p.name, p.aliases, p.mentions) for p in c.people] == [
        ("Hồ Chí Minh", ["Bác"], 2)]


def test_initiative_variants_in_case_quotes_and_spacing_are_merged_with_dates() -> None:
    a = _article("a", "Mô hình “Gần dân, giúp dân” được nhân rộng.", "2023-01-05")
    b = _article("b", "Mô hình \"gần dân,giúp dân\" tiếp tục.", "2023-03-01", site="x.vn")
    c = resolve_corpus((x, extract_entities(x.text)) for x in (a, b))
    (rec,) = c.initiatives
    assert rec.mentions == 2 and rec.variants == ["Gần dân, giúp dân", "gần dân,giúp dân"]
    assert (rec.first_seen, rec.last_seen) == ("2023-01-05", "2023-03-01")
    assert rec.by_month == {"2023-01": 1, "2023-03": 1}
    assert rec.sites == ["baobinhduong.vn", "x.vn"]
    assert rec.kind == "mô hình"


def test_initiative_key_ignores_dash_spacing() -> None:
    assert initiative_key("Hội tụ tinh hoa – Phát huy bản sắc") == initiative_key(
        "hội tụ tinh hoa-phát huy bản sắc")


def test_quotes_attributed_to_a_person_are_kept() -> None:
    a = _article("a", "“Chúng tôi sẽ nhân rộng mô hình này ra toàn tỉnh”, ông Lê Văn Tám "
                      "cho biết.", "2023-01-05")
    c = resolve_corpus([(a, extract_entities(a.text))])
    assert c.people[0].quotes == [
        {"article": "a", "text": "Chúng tôi sẽ nhân rộng mô hình này ra toàn tỉnh"}]


def _quotes(body: str) -> dict[str, list[str]]:
    a = _article("a", body, "2023-01-05")
    return {p.name: [q["text"] for q in p.quotes]
            for p in resolve_corpus([(a, extract_entities(a.text))]).people}


def test_a_quoted_name_is_no_one_s_words() -> None:
    # An initiative's name, a charge (after baomoi 21473894) and a nickname (after news4
    # thethao/928) quoted beside a person; the sentences written for the test.
    assert _quotes("Ông Lê Thanh Long, Trưởng ban Tuyên giáo Thành ủy, phát động cuộc thi "
                   "“Những tấm gương bình dị mà cao quý” tại hội nghị.") == {
        "Lê Thanh Long": []}
    assert _quotes("VKSND truy tố Nguyễn Văn Mùi về tội “Mua bán trái phép chất ma túy”.") == {
        "Nguyễn Văn Mùi": []}
    # (After DANeS 785793 and baomoi 21488608, whose two charges are listed.)
    assert _quotes("Công an bắt tạm giam Nguyễn Duy Khánh về hành vi “Lừa đảo chiếm đoạt tài "
                   "sản”.") == {"Nguyễn Duy Khánh": []}
    assert _quotes("Kha Văn Thìn bị khởi tố về tội “Gây rối trật tự công cộng” và “Cố ý gây "
                   "thương tích”.") == {"Kha Văn Thìn": []}
    assert _quotes("Ông Nguyễn Văn An được mệnh danh là “người giữ lửa của làng nghề gốm”.") == {
        "Nguyễn Văn An": []}


def test_a_quotation_goes_to_its_speaker_not_to_a_person_named_inside_it() -> None:
    # After news4 thethao/1302 (shortened): Furyk speaks of Tiger.
    assert _quotes("Ông Jim Furyk nói: “Thật tuyệt khi nhìn thấy ông Tiger Woods chơi tốt "
                   "trở lại”.") == {
        "Jim Furyk": ["Thật tuyệt khi nhìn thấy ông Tiger Woods chơi tốt trở lại"],
        "Tiger Woods": []}


def test_giving_a_speech_somewhere_quotes_nothing_but_a_speech_with_its_words_does() -> None:
    # After baomoi 21474193 (the second sentence written for the test).
    assert _quotes("Thủ tướng Nguyễn Xuân Phúc phát biểu tại Hội nghị Phát triển ngành tôm.") \
        == {"Nguyễn Xuân Phúc": []}
    said = "Thủ tướng Nguyễn Xuân Phúc phát biểu tại hội nghị: ngành tôm phải tăng tốc."
    assert _quotes(said) == {"Nguyễn Xuân Phúc": [said]}


def test_acronyms_count_uses_and_keep_their_source() -> None:
    a = _article("a", "Giải quyết thủ tục hành chính (TTHC) tại UBND; cải cách TTHC.",
                 "2023-01-05")
    c = resolve_corpus([(a, extract_entities(a.text))])
    assert [(x.short, x.mentions, x.source) for x in c.acronyms] == [
        ("TTHC", 2, "text"), ("UBND", 1, "lexicon")]


def test_titles_differing_only_in_case_are_one_title_with_both_dates() -> None:
    a = _article("a", "Tổng Bí thư Nguyễn Phú Trọng chủ trì hội nghị.", "2022-11-10")
    b = _article("b", "Tổng bí thư Nguyễn Phú Trọng phát biểu.", "2022-12-31")
    d = _article("c", "Tổng Bí thư Nguyễn Phú Trọng gửi thư.", "2022-12-01")
    c = resolve_corpus((x, extract_entities(x.text)) for x in (a, b, d))
    (rec,) = c.people
    assert rec.titles == [{"title": "Tổng Bí thư", "organization": None,
                           "first_seen": "2022-11-10", "last_seen": "2022-12-31"}]


def test_spellings_with_old_and_new_tone_placement_are_merged() -> None:
    a = _article("a", "Bà Nguyễn Thị Thuỷ, Ủy viên Ban Chấp hành Trung ương Đảng khoá XIII, "
                      "phát động phong trào “Toàn dân bảo vệ an ninh Tổ quốc, văn hoá”.",
                 "2023-01-01")
    b = _article("b", "Bà Nguyễn Thị Thủy, Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII, "
                      "nhắc lại phong trào “Toàn dân bảo vệ an ninh Tổ quốc, văn hóa”.",
                 "2023-01-02")
    c = resolve_corpus((x, extract_entities(x.text)) for x in (a, b))
    assert [(p.name, p.mentions) for p in c.people] == [("Nguyễn Thị Thủy", 2)]
    assert [o.mentions for o in c.organizations] == [2]
    assert [i.mentions for i in c.initiatives] == [2]


def test_a_title_written_alone_joins_the_same_title_held_in_one_body() -> None:
    a = _article("a", "Phó Thủ tướng Lê Văn Thành thị sát công trình.", "2022-10-24")
    b = _article("b", "Phó Thủ tướng Chính phủ Lê Văn Thành chủ trì họp.", "2022-12-30")
    c = resolve_corpus((x, extract_entities(x.text)) for x in (a, b))
    (rec,) = c.people
    assert rec.titles == [{"title": "Phó Thủ tướng", "organization": "Chính phủ",
                           "first_seen": "2022-10-24", "last_seen": "2022-12-30"}]
    # Held in two bodies, a title written alone cannot say which: it stays apart.
    d = _article("d", "Ông Nguyễn Văn Nam, Bí thư Huyện ủy Phú Giáo, cho biết. Ông Nguyễn Văn "
                      "Nam, Bí thư Đảng ủy Quân sự huyện, nói thêm. Bí thư Nguyễn Văn Nam kết "
                      "luận.", "2023-01-01")
    (rec,) = resolve_corpus([(d, extract_entities(d.text))]).people
    assert [(t["title"], t["organization"]) for t in rec.titles] == [
        ("Bí thư", "Huyện ủy Phú Giáo"), ("Bí thư", "Đảng ủy Quân sự huyện"), ("Bí thư", None)]
