"""The coverage report: tables from the store, rendered as one offline HTML file.

:func:`build_report_data` reads the articles and the stored analyses,
:func:`render_report` turns them into a self-contained page (Vega-Lite charts,
sortable and searchable tables, Vietnamese or English labels) and
:func:`write_report` does both and writes the file atomically.
:func:`ensure_analyses` is the hook that runs the analyses a store lacks.
"""

from __future__ import annotations

from corpus_tool.report._analyses import (
    ANALYSIS_STEPS,
    AnalysisStatus,
    AnalysisStep,
    analysis_status,
    ensure_analyses,
)
from corpus_tool.report._data import (
    ANALYSES,
    ArticleRow,
    ReportData,
    WeekCount,
    build_report_data,
)
from corpus_tool.report._messages import LANGUAGES, messages
from corpus_tool.report._render import (
    ReportFile,
    escape_json_for_script,
    render_report,
    write_report,
)

__all__ = [
    "ANALYSES",
    "ANALYSIS_STEPS",
    "AnalysisStatus",
    "AnalysisStep",
    "ArticleRow",
    "LANGUAGES",
    "ReportData",
    "ReportFile",
    "WeekCount",
    "analysis_status",
    "build_report_data",
    "ensure_analyses",
    "escape_json_for_script",
    "messages",
    "render_report",
    "write_report",
]
