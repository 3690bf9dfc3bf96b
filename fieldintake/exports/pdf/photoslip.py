"""The exhibit slip of a photo: what its metadata says (camera, time, GPS position, author), in the file's language.

The photo's bytes are reproduced unchanged (their SHA-256 is the evidence), so
whatever they record is in the file anyway: the slip says it in plain words.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from fieldintake.app.photometa import read_metadata
from fieldintake.exports.pdf.layout import pairs_table, text
from fieldintake.exports.pdf.styles import Styles

WORDS = {
    "en": {"camera": "Camera", "taken": "Taken (camera clock)", "position": "GPS position", "author": "Author",
           "software": "Software", "title": "What the photo's metadata records",
           "place": "The photo records the place where it was taken."},
    "ru": {"camera": "Камера", "taken": "Снято (часы камеры)", "position": "Координаты GPS", "author": "Автор",
           "software": "Программа", "title": "Что записано в метаданных фотографии",
           "place": "Фотография содержит место, где она снята."},
    "kk": {"camera": "Камера", "taken": "Түсірілген (камера сағаты)", "position": "GPS координаттары", "author": "Авторы",
           "software": "Бағдарлама", "title": "Фотосурет метадеректерінде не жазылған",
           "place": "Фотосуретте ол түсірілген жер жазылған."},
    "uk": {"camera": "Камера", "taken": "Знято (годинник камери)", "position": "Координати GPS", "author": "Автор",
           "software": "Програма", "title": "Що записано в метаданих фотографії",
           "place": "Фотографія містить місце, де її знято."},
}


def photo_slip(data: bytes | None, lang: str, styles: Styles) -> list[Flowable]:
    meta = read_metadata(data) if data else None
    if meta is None:
        return []
    words = WORDS.get(lang, WORDS["en"])
    flow: list[Flowable] = [Paragraph(text(words["title"]), styles.caption),
                            pairs_table([(words[k], v) for k, v in meta.rows()], styles)]
    if meta.reveals_place:
        flow.append(Paragraph(text(words["place"]), styles.note))
    return flow
