"""Page labels: "Page X of Y" and Bates numbers, the same on every page of the file."""

from __future__ import annotations

from dataclasses import dataclass

from fieldintake.exports.pdf.labels import label


@dataclass(frozen=True)
class Numbering:
    lang: str
    prefix: str
    start: int
    digits: int = 6

    def bates(self, page: int) -> str:
        """The Bates number of 1-based ``page``."""
        return f"{self.prefix}{self.start + page - 1:0{self.digits}d}"

    def page_of(self, page: int, total: int) -> str:
        return label("page_of", self.lang, x=page, y=total)
