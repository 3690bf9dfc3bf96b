from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tools.forms_screenshots import render


def test_the_form_screens_render_to_png(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    written = render(tmp_path, "ru")
    assert [p.name for p in written] == ["interview-form.png", "narrative.png"]
    for path in written:
        image = QImage(str(path))
        assert image.width() >= 900 and image.height() >= 500
    assert sorted(p.name for p in tmp_path.iterdir()) == ["interview-form.png", "narrative.png"]
