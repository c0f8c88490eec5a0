"""Reading user files line by line and writing outputs atomically.

Readers stream (memory does not grow with the file), decode strictly as UTF-8
and report problems with the file name and line number.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from corpus_tool.errors import InputError, RecordError

__all__ = [
    "Row",
    "atomic_output",
    "check_input_file",
    "csv_columns",
    "file_format",
    "iter_rows",
    "read_documents",
]

_CSV_DELIMITERS = ",;\t|"


@dataclass(frozen=True, slots=True)
class Row:
    """One record of an input file: its line number and its fields (or the error)."""

    line: int
    data: dict[str, Any] | None
    error: RecordError | None = None


def check_input_file(path: str | Path) -> Path:
    """Return ``path`` as a Path after checking it is a readable, non-empty file."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: file not found")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, expected a file")
    if p.stat().st_size == 0:
        raise InputError(f"{p}: file is empty")
    return p


def _decoded_lines(path: Path, handle: IO[bytes]) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(handle, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start:exc.start + 1].hex()
            raise InputError(
                f"{path}:{number}: not valid UTF-8 (byte 0x{bad} at column {exc.start + 1}); "
                "convert the file to UTF-8 first, e.g. iconv -f windows-1258 -t utf-8"
            ) from None


def _sniff_delimiter(path: Path, first_line: str) -> str:
    counts = {d: first_line.count(d) for d in _CSV_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    if counts[best] == 0:
        raise InputError(
            f"{path}:1: cannot find the column separator in the header "
            f"(tried {', '.join(repr(d) for d in _CSV_DELIMITERS)})"
        )
    return best


def file_format(path: Path) -> str:
    """Return ``"jsonl"`` or ``"csv"`` from the file name."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    raise InputError(f"{path}: unknown file type {suffix!r} (expected .jsonl or .csv)")


def iter_rows(path: str | Path) -> Iterator[Row]:
    """Yield every record of a JSONL or CSV file as a :class:`Row`.

    A line that cannot be parsed yields a Row with ``error`` set, so that the
    caller decides whether to stop or skip. A file that cannot be decoded or
    has no CSV header raises :class:`InputError`.
    """
    p = check_input_file(path)
    fmt = file_format(p)
    with p.open("rb") as handle:
        lines = _decoded_lines(p, handle)
        if fmt == "jsonl":
            yield from _jsonl_rows(p, lines)
        else:
            yield from _csv_rows(p, lines)


def _jsonl_rows(path: Path, lines: Iterator[tuple[int, str]]) -> Iterator[Row]:
    seen_any = False
    for number, line in lines:
        if not line.strip():
            continue
        seen_any = True
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Row(number, None, RecordError(
                f"invalid JSON ({exc.msg} at column {exc.colno})", path=str(path), line=number))
            continue
        if not isinstance(data, dict):
            yield Row(number, None, RecordError(
                f"expected a JSON object, got {type(data).__name__}", path=str(path),
                line=number))
            continue
        yield Row(number, data)
    if not seen_any:
        raise InputError(f"{path}: file has no records")


def _csv_rows(path: Path, lines: Iterator[tuple[int, str]]) -> Iterator[Row]:
    try:
        first_number, first = next(lines)
    except StopIteration:
        raise InputError(f"{path}: file is empty") from None
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _sniff_delimiter(path, first)
    line_no = {"n": first_number}

    def text_lines() -> Iterator[str]:
        yield first
        for number, line in lines:
            line_no["n"] = number
            yield line

    reader = csv.reader(text_lines(), delimiter=delimiter)
    header = [h.strip() for h in next(reader)]
    if len(set(header)) != len(header):
        raise InputError(f"{path}:1: duplicate column names in header {header}")
    seen_any = False
    for values in reader:
        number = line_no["n"]
        if not any(v.strip() for v in values):
            continue
        seen_any = True
        if len(values) != len(header):
            yield Row(number, None, RecordError(
                f"{len(values)} fields where the header has {len(header)}",
                path=str(path), line=number))
            continue
        yield Row(number, dict(zip(header, values, strict=True)))
    if not seen_any:
        raise InputError(f"{path}: file has a header but no records")


def csv_columns(path: str | Path) -> list[str]:
    """Return the header of a CSV file."""
    p = check_input_file(path)
    with p.open("rb") as handle:
        _number, first = next(_decoded_lines(p, handle))
    delimiter = "\t" if p.suffix.lower() == ".tsv" else _sniff_delimiter(p, first)
    return [h.strip() for h in next(csv.reader([first], delimiter=delimiter))]


def read_documents(
    path: str | Path,
    *,
    on_error: str = "fail",
    text_field: str = "text",
    required: tuple[str, ...] = ("id",),
    on_skip: Callable[[RecordError], None] | None = None,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line, record)`` for documents ``{"id", "text", ...}`` of a JSONL/CSV file.

    Checks that each record has the required fields and a string text field.
    With ``on_error="fail"`` the first bad line raises :class:`RecordError`;
    with ``"skip"`` it is passed to ``on_skip`` and reading goes on.
    """
    if on_error not in ("fail", "skip"):
        raise InputError(f"on_error: {on_error!r} is not one of ['fail', 'skip']")
    p = Path(path)
    for row in iter_rows(p):
        error = row.error
        data = row.data
        if error is None and data is not None:
            for name in (*required, text_field):
                if name not in data or data[name] is None:
                    error = RecordError("missing", path=str(p), line=row.line, field=name)
                    break
            else:
                if not isinstance(data[text_field], str):
                    error = RecordError(
                        f"expected a string, got {type(data[text_field]).__name__}",
                        path=str(p), line=row.line, field=text_field)
        if error is not None:
            if on_error == "fail":
                raise error
            if on_skip is not None:
                on_skip(error)
            continue
        assert data is not None
        yield row.line, data


@contextlib.contextmanager
def atomic_output(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` and move it into place only on success.

    A crash or an exception leaves any previous ``path`` untouched and no
    half-written file behind.
    """
    target = Path(path)
    if target.parent and not target.parent.exists():
        raise InputError(f"{target}: folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        handle: IO[Any]
        if "b" in mode:
            handle = os.fdopen(fd, mode)
        else:
            handle = open(fd, mode, encoding="utf-8", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
