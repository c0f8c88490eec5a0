"""Which analyses a store holds, and the hook that runs those it lacks before a report."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from corpus_tool.errors import AnalysisError
from corpus_tool.store import CorpusStore

__all__ = ["ANALYSIS_STEPS", "AnalysisStatus", "AnalysisStep", "analysis_status",
           "ensure_analyses"]

logger = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class AnalysisStep:
    """One analysis the report shows: how to tell it is stored, and how to run it.

    Attributes:
        name: the report section it feeds (``"entities"``, ``"themes"``).
        annotation: the per-article annotation kind it writes, if any.
        result: the corpus-level result kind it writes, if any.
        run: ``run(store, progress)`` computes and stores it, reusing cached
            work; ``None`` while this installation has no such analysis.
    """

    name: str
    annotation: str | None
    result: str | None
    run: Callable[[CorpusStore, Progress], None] | None = None


@dataclass(frozen=True, slots=True)
class AnalysisStatus:
    """Whether one analysis is in the store, and what :func:`ensure_analyses` did about it."""

    name: str
    present: bool
    ran: bool = False
    reason: str = ""


def _run_entities(store: CorpusStore, progress: Progress) -> None:
    from corpus_tool.entities import extract_store

    # (An article the extractor fails on is left out of the report's tables, not the report.)
    run = extract_store(store, on_error="skip")
    failed = f" ({len(run.errors)} failed, the first: {run.errors[0]})" if run.errors else ""
    progress(f"entities found in {run.added} articles{failed}")


def _run_themes(store: CorpusStore, progress: Progress) -> None:
    from corpus_tool.themes import store_themes

    run = store_themes(store, progress=progress)
    progress(f"{run.summary['k']} themes")


#: The analyses behind the report's sections, in the order they run. Each
#: reuses cached work (entities skip articles already done with the same
#: extractor version; segmentation comes from the text cache).
ANALYSIS_STEPS: tuple[AnalysisStep, ...] = (
    AnalysisStep("entities", annotation="entities", result=None, run=_run_entities),
    AnalysisStep("themes", annotation="theme", result="themes", run=_run_themes),
)


def analysis_status(store: CorpusStore,
                    steps: tuple[AnalysisStep, ...] = ANALYSIS_STEPS) -> list[AnalysisStatus]:
    """Return, for each analysis step, whether the store holds its output."""
    out = []
    for step in steps:
        present = (step.annotation is None
                   or store.latest_annotation_version(step.annotation) is not None) and \
                  (step.result is None or store.latest_result(step.result) is not None)
        out.append(AnalysisStatus(step.name, present))
    return out


def ensure_analyses(
    store: CorpusStore, progress: Progress | None = None, *,
    steps: tuple[AnalysisStep, ...] = ANALYSIS_STEPS,
) -> list[AnalysisStatus]:
    """Run the analyses the store lacks (those with a runner) and return what each is now.

    A step already stored is left alone; one without a runner is left
    missing with the reason, so that the report names it. ``progress``
    receives one line per step that runs.
    """
    say = progress or (lambda _msg: None)
    out = []
    for step, status in zip(steps, analysis_status(store, steps), strict=True):
        if status.present:
            out.append(status)
        elif step.run is None:
            logger.info("report: %s not in the store and not available to run", step.name)
            out.append(AnalysisStatus(step.name, False, reason="not available in this install"))
        else:
            say(f"running {step.name}")
            try:
                step.run(store, say)
            except AnalysisError as exc:
                # Data an analysis cannot run on (an empty corpus, one article
                # for themes) leaves its section empty, with the reason.
                logger.info("report: %s could not run: %s", step.name, exc)
                out.append(AnalysisStatus(step.name, False, reason=str(exc)))
                continue
            out.append(AnalysisStatus(step.name, True, ran=True))
    return out
