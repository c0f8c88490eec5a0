"""Parsing dates as they appear in imports and on Vietnamese news pages."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from corpus_tool.errors import ConfigError

__all__ = ["get_timezone", "parse_datetime", "to_utc_iso"]

# 05-01-2023 | 08:40:31, Thứ Hai, 12/8/2024 - 09:15, 12/08/2024 09:15 (GMT+7), 5/1/2023
_DMY = re.compile(
    r"(?P<d>\d{1,2})[/\-.](?P<m>\d{1,2})[/\-.](?P<y>\d{4})"
    r"(?:\D{0,12}?(?P<H>\d{1,2})[:hg](?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    r"(?:\s*\(?\s*(?:GMT|UTC)\s*(?P<off>[+-]\d{1,2})(?::?(?P<offm>\d{2}))?\)?)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=32)
def get_timezone(name: str) -> tzinfo:
    """Return the zone called ``name`` (an IANA name such as ``Asia/Ho_Chi_Minh``)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"unknown time zone {name!r} (expected an IANA name such as "
                          "'Asia/Ho_Chi_Minh')") from None


def parse_datetime(value: str, *, default_tz: str = "Asia/Ho_Chi_Minh") -> datetime | None:
    """Return a timezone-aware datetime read from ``value``, or ``None`` if none is found.

    ISO 8601 (with or without offset, date only) and the day-first forms of
    Vietnamese pages are understood. A time without offset is taken in
    ``default_tz``.

    Example:
        >>> parse_datetime("05-01-2023 | 08:40:31").isoformat()
        '2023-01-05T08:40:31+07:00'
    """
    value = value.strip()
    if not value:
        return None
    tz = get_timezone(default_tz)
    iso = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        dt = None
    if dt is None:
        match = _DMY.search(value)
        if match is None:
            return None
        try:
            dt = datetime(
                int(match["y"]), int(match["m"]), int(match["d"]),
                int(match["H"] or 0), int(match["M"] or 0), int(match["S"] or 0),
            )
        except ValueError:
            return None
        if match["off"]:
            sign = -1 if match["off"].startswith("-") else 1
            minutes = int(match["offm"] or 0)
            offset = timedelta(hours=int(match["off"][1:] or 0), minutes=minutes) * sign
            return dt.replace(tzinfo=timezone(offset))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt


def to_utc_iso(dt: datetime) -> str:
    """Return ``dt`` in UTC as ISO 8601, for sorting and range queries."""
    return dt.astimezone(UTC).isoformat()
