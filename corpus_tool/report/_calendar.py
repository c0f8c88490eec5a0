"""ISO weeks, the time unit of the report's charts."""

from __future__ import annotations

from datetime import date

__all__ = ["iso_week"]


def iso_week(day: date) -> tuple[str, str]:
    """Return the ISO week label of ``day`` and the date of that week's Monday.

    Example:
        >>> iso_week(date(2023, 1, 5))
        ('2023-W01', '2023-01-02')
    """
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}", date.fromisocalendar(year, week, 1).isoformat()
