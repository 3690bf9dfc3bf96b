from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from tools.screenshots import render


def test_screenshots_render_every_screen(qapp, tmp_path: Path) -> None:
    written = render(tmp_path / "shots")
    names = {p.stem for p in written}
    assert {"firstrun-create", "firstrun-recovery-key", "unlock", "main-cases", "main-identity",
            "main-settings", "case-overview", "case-attachments", "deadlines",
            "export-pdf", "export-summary", "export-bundle", "main-contacts", "inbox-inspected"} <= names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 400
