"""How case values look on screen: local times, translated words, urgency and overdue colours.

Colours are picked for the current palette (light or dark) and always come
with a second cue (a dot icon, bold text, a word), never colour alone.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap



def parse_moment(value: str | None) -> datetime | date | None:
    """A stored date (``YYYY-MM-DD``) or UTC date-time; partial dates (``YYYY-MM``) give None."""
    if not value:
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def local_time(value: str | None) -> str:
    """UTC in storage, local time on screen; dates stay dates; ISO order so it sorts and reads the same."""
    moment = parse_moment(value)
    if moment is None:
        return value or ""
    if isinstance(moment, datetime):
        return moment.astimezone().strftime("%Y-%m-%d %H:%M")
    return moment.isoformat()


def sort_key(value: str | None) -> str:
    """Dates and UTC date-times sort as text; a missing value sorts last."""
    return value or "\uffff"


def is_overdue(value: str | None, done: bool = False, now: datetime | None = None) -> bool:
    moment = parse_moment(value)
    if done or moment is None:
        return False
    now = now or datetime.now(timezone.utc)
    if isinstance(moment, datetime):
        return moment < now
    return moment < now.astimezone().date()


def dark_palette() -> bool:
    return QGuiApplication.palette().window().color().lightness() < 128


_URGENCY_COLOURS = {  # (light palette, dark palette)
    "critical": ("#c62828", "#ff6e6e"),
    "high": ("#c25e00", "#ffab40"),
    "normal": ("#2e7d32", "#81c784"),
    "low": ("#757575", "#b0b0b0"),
}


def urgency_colour(urgency: str) -> QColor:
    light, dark = _URGENCY_COLOURS.get(urgency, _URGENCY_COLOURS["normal"])
    return QColor(dark if dark_palette() else light)


def overdue_colour() -> QColor:
    return QColor("#ff6e6e" if dark_palette() else "#c62828")


def dot_icon(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def urgency_word(urgency: str) -> str:
    words = {
        "critical": QCoreApplication.translate("case", "critical"),
        "high": QCoreApplication.translate("case", "high"),
        "normal": QCoreApplication.translate("case", "normal"),
        "low": QCoreApplication.translate("case", "low"),
    }
    return words.get(urgency, urgency)


def status_word(status: str) -> str:
    words = {
        "open": QCoreApplication.translate("case", "open"),
        "closed": QCoreApplication.translate("case", "closed"),
        "archived": QCoreApplication.translate("case", "archived"),
        "draft": QCoreApplication.translate("case", "draft"),
        "complete": QCoreApplication.translate("case", "complete"),
    }
    return words.get(status, status)


def sensitivity_word(value: str) -> str:
    words = {
        "identifying": QCoreApplication.translate("case", "identifying"),
        "sensitive": QCoreApplication.translate("case", "sensitive"),
        "shareable": QCoreApplication.translate("case", "shareable"),
    }
    return words.get(value, value)


def role_word(role: str) -> str:
    words = {
        "client": QCoreApplication.translate("case", "client"),
        "family": QCoreApplication.translate("case", "family"),
        "contact": QCoreApplication.translate("case", "contact"),
        "other": QCoreApplication.translate("case", "other"),
    }
    return words.get(role, role)


def size_text(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def kind_word(kind: str) -> str:
    words = {
        "appeal": QCoreApplication.translate("case", "appeal"),
        "hearing": QCoreApplication.translate("case", "hearing"),
        "removal": QCoreApplication.translate("case", "removal"),
        "asylum_decision": QCoreApplication.translate("case", "asylum decision"),
        "interim_measures": QCoreApplication.translate("case", "interim measures"),
        "document_expiry": QCoreApplication.translate("case", "document expiry"),
        "other": QCoreApplication.translate("case", "other"),
    }
    return words.get(kind, kind)
