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
# 15:18 19/07/2018 (time before the date, as some portals print it)
_HM_DMY = re.compile(
    r"(?P<H>\d{1,2})[:hg](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?:[|,\-–]\s*)?(?:[^\d,|]{1,12},\s*)?"
    r"(?:ngày\s+)?(?P<d>\d{1,2})[/\-.](?P<m>\d{1,2})[/\-.](?P<y>\d{4})",
    re.IGNORECASE,
)
# ngày 5 tháng 1 năm 2023
_WORDS = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
                    re.IGNORECASE)


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

    ISO 8601 (with or without offset, date only), RFC 822 (feeds) and the
    day-first forms of Vietnamese pages are understood, including a time
    written before the date (``15:18 19/07/2018``) and ``ngày 5 tháng 1 năm 2023``.
    A time without offset is taken in ``default_tz``.

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
    if dt is None and value[:3].isalpha() and "," in value[:5]:
        dt = _rfc822(value)
    if dt is None:
        match = _DMY.search(value)
        if match is not None and match["H"] is None:
            before = _HM_DMY.search(value)
            if before is not None and before.end() == match.end():
                match = before
        if match is None:
            match = _WORDS.search(value)
        if match is None:
            return None
        try:
            parts = match.groupdict()
            dt = datetime(
                int(parts["y"]), int(parts["m"]), int(parts["d"]),
                int(parts.get("H") or 0), int(parts.get("M") or 0), int(parts.get("S") or 0),
            )
        except ValueError:
            return None
        if match.groupdict().get("off"):
            sign = -1 if match["off"].startswith("-") else 1
            minutes = int(match["offm"] or 0)
            offset = timedelta(hours=int(match["off"][1:] or 0), minutes=minutes) * sign
            return dt.replace(tzinfo=timezone(offset))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt


def _rfc822(value: str) -> datetime | None:
    """Read an RFC 822 date as feeds write it (``Thu, 05 Jan 2023 08:40:31 +0700``)."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def to_utc_iso(dt: datetime) -> str:
    """Return ``dt`` in UTC as ISO 8601, for sorting and range queries."""
    return dt.astimezone(UTC).isoformat()
