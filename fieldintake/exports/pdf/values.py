"""Answers as a court reads them: option labels, country and language names, ISO dates, UTC."""

from __future__ import annotations

from typing import Any

from fieldintake.app.clock import parse_utc
from fieldintake.app.templates import Field, country_name, is_empty, language_name
from fieldintake.exports.pdf.labels import label


def utc_text(value: str) -> str:
    """A stored UTC date-time, stated as UTC (the reader's zone must not matter)."""
    try:
        moment = parse_utc(value)
    except ValueError:
        return value
    if moment.tzinfo is not None:
        from datetime import timezone

        moment = moment.astimezone(timezone.utc)
    seconds = f":{moment.second:02d}" if moment.second else ""
    return moment.strftime("%Y-%m-%d %H:%M") + seconds + " UTC"


def due_text(value: str) -> str:
    return utc_text(value) if "T" in value else value


def format_value(f: Field, value: Any, lang: str) -> str:
    if is_empty(value):
        return ""
    if isinstance(value, list) and f.type != "repeat":
        return "; ".join(format_value(f, v, lang) for v in value if not is_empty(v))
    if f.type == "yes_no":
        return label("yes" if value else "no", lang)
    if f.type in ("single_choice", "multi_choice"):
        try:
            return f.option(value).label.get(lang)
        except KeyError:
            return str(value)
    if f.type == "country":
        return country_name(value, lang)
    if f.type == "language":
        return language_name(value, lang)
    if f.type == "datetime":
        return utc_text(value)
    return str(value)
