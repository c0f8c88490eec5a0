"""The report's words in Vietnamese (the default) and English.

Every label the report shows comes from here: the page template takes the
headings, the page script takes the rest. ``{name}`` fields are filled by
the page script.
"""

from __future__ import annotations

from corpus_tool.errors import ConfigError

__all__ = ["LANGUAGES", "messages"]

_VI: dict[str, str] = {
    "title": "Báo cáo đưa tin",
    "subtitle": "{articles} bài viết · {sites} trang báo · {period}",
    "period_any": "mọi thời điểm",
    "generated": "Tạo lúc {time} từ {store}",
    "filters": "Bộ lọc: {filters}",
    "nav": "Mục lục",
    "noscript": "Báo cáo cần JavaScript để hiển thị bảng và biểu đồ.",
    "overview": "Tổng quan",
    "overview_help": "Số bài viết mỗi tuần (ISO) theo trang báo.",
    "undated": "{n} bài không có ngày đăng nên không có trong biểu đồ.",
    "initiatives": "Sáng kiến, phong trào, mô hình",
    "people": "Nhân vật",
    "organizations": "Cơ quan, tổ chức",
    "themes": "Chủ đề",
    "themes_help": "Số bài của mỗi chủ đề theo tuần.",
    "acronyms": "Từ viết tắt",
    "articles": "Danh sách bài viết",
    "search": "Tìm trong bài viết (tiêu đề, trang báo, chuyên mục, tác giả)…",
    "filter": "Lọc bảng…",
    "shown": "Hiển thị {shown}/{total}",
    "empty_corpus": "Kho dữ liệu chưa có bài viết nào trong phạm vi đã chọn.",
    "missing": "Chưa có kết quả phân tích: {analyses}. Báo cáo chỉ hiển thị những gì kho dữ liệu "
               "đang có.",
    "missing_entities": "chưa trích xuất nhân vật, tổ chức, sáng kiến, từ viết tắt",
    "missing_themes": "chưa phân cụm chủ đề",
    "no_entities": "Không tìm thấy mục nào trong các bài đã phân tích.",
    "no_rows": "Không có dòng nào.",
    "no_chart": "Không có dữ liệu theo thời gian để vẽ biểu đồ.",
    "source_entities": "Thực thể: phiên bản {version}, {articles} bài, {resolver}.",
    "resolver_corpus_tool.entities.resolve_corpus": "hợp nhất tên gọi khác nhau của cùng "
                                                    "một thực thể",
    "source_themes": "Chủ đề: mô hình {version}, {articles} bài, {outliers} bài ngoại lai.",
    "col_name": "Tên",
    "col_kind": "Loại",
    "col_mentions": "Số lần nhắc",
    "col_articles": "Bài viết",
    "col_first": "Lần đầu",
    "col_last": "Lần cuối",
    "col_trend": "Xu hướng (theo tháng)",
    "col_titles": "Chức danh",
    "col_orgs": "Cơ quan",
    "col_quotes": "Phát biểu",
    "col_short": "Viết tắt",
    "col_long": "Dạng đầy đủ",
    "col_theme": "Chủ đề",
    "col_size": "Số bài",
    "col_terms": "Từ khóa",
    "col_reps": "Bài tiêu biểu",
    "col_title": "Tiêu đề",
    "col_site": "Trang báo",
    "col_section": "Chuyên mục",
    "col_published": "Ngày đăng",
    "col_authors": "Tác giả",
    "col_id": "Mã",
    "n_articles": "{n} bài",
    "chart_week": "Tuần",
    "chart_count": "Số bài",
    "chart_site": "Trang báo",
    "chart_theme": "Chủ đề",
    "sort_hint": "Bấm vào tiêu đề cột để sắp xếp.",
    "unknown_site": "(không rõ)",
    "chart_error": "Không vẽ được biểu đồ: {error}",
}

_EN: dict[str, str] = {
    "title": "Coverage report",
    "subtitle": "{articles} articles · {sites} sites · {period}",
    "period_any": "all dates",
    "generated": "Generated {time} from {store}",
    "filters": "Filters: {filters}",
    "nav": "Contents",
    "noscript": "This report needs JavaScript to show its tables and charts.",
    "overview": "Overview",
    "overview_help": "Articles per ISO week, by site.",
    "undated": "{n} articles have no publication date and are not in the chart.",
    "initiatives": "Initiatives, campaigns, models",
    "people": "People",
    "organizations": "Organisations",
    "themes": "Themes",
    "themes_help": "Articles per theme and week.",
    "acronyms": "Acronyms",
    "articles": "Articles",
    "search": "Search the articles (title, site, section, author)…",
    "filter": "Filter the table…",
    "shown": "Showing {shown} of {total}",
    "empty_corpus": "The store has no articles in the chosen scope.",
    "missing": "Analyses not in the store yet: {analyses}. The report shows what the store has.",
    "missing_entities": "people, organisations, initiatives and acronyms not extracted",
    "missing_themes": "themes not clustered",
    "no_entities": "Nothing found in the analysed articles.",
    "no_rows": "No rows.",
    "no_chart": "No dated articles to chart.",
    "source_entities": "Entities: version {version}, {articles} articles, {resolver}.",
    "resolver_corpus_tool.entities.resolve_corpus": "aliases of one entity merged",
    "source_themes": "Themes: model {version}, {articles} articles, {outliers} outliers.",
    "col_name": "Name",
    "col_kind": "Kind",
    "col_mentions": "Mentions",
    "col_articles": "Articles",
    "col_first": "First seen",
    "col_last": "Last seen",
    "col_trend": "Trend (monthly)",
    "col_titles": "Titles",
    "col_orgs": "Organisations",
    "col_quotes": "Quotes",
    "col_short": "Acronym",
    "col_long": "Stands for",
    "col_theme": "Theme",
    "col_size": "Articles",
    "col_terms": "Top terms",
    "col_reps": "Representative articles",
    "col_title": "Title",
    "col_site": "Site",
    "col_section": "Section",
    "col_published": "Published",
    "col_authors": "Authors",
    "col_id": "Id",
    "n_articles": "{n} articles",
    "chart_week": "Week",
    "chart_count": "Articles",
    "chart_site": "Site",
    "chart_theme": "Theme",
    "sort_hint": "Click a column heading to sort.",
    "unknown_site": "(unknown)",
    "chart_error": "The chart could not be drawn: {error}",
}

LANGUAGES: dict[str, dict[str, str]] = {"vi": _VI, "en": _EN}


def messages(lang: str) -> dict[str, str]:
    """Return the message catalogue of ``lang`` (``"vi"`` or ``"en"``)."""
    try:
        return LANGUAGES[lang]
    except KeyError:
        raise ConfigError(
            f"lang: {lang!r} is not one of {sorted(LANGUAGES)}") from None
