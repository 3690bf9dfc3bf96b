"""Every template this installation knows, in every version it has.

An interview records its template's id and version, so old interviews keep
rendering with the template they were filled in with after a new version
ships. Builtin templates come with fieldintake; more are read from a folder
(``Home.templates_dir``). A broken file there is reported and skipped: it must
never stop the builtin ones from loading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from fieldintake.app.templates.loader import builtin_templates, load_template_file, template_files
from fieldintake.app.templates.model import Template
from fieldintake.errors import InvalidTemplate, NotFound


class Templates(Protocol):
    """What renderers, redaction and titles need of the templates: one version of one, by id."""

    def get(self, template_id: str, version: int) -> Template: ...


class TemplateRegistry:
    def __init__(self, extra_dir: Path | None = None) -> None:
        self._by_id: dict[str, dict[int, Template]] = {}
        self.problems: list[InvalidTemplate] = []  # files in extra_dir that were skipped, and why
        for template in builtin_templates():
            clash = self._find(template)
            if clash is not None:
                raise InvalidTemplate(template.source, [("version", _clash_reason(template, clash))])
            self._add(template)
        if extra_dir is not None:
            self._load_folder(extra_dir)

    def _load_folder(self, folder: Path) -> None:
        if not folder.exists():
            return
        try:
            entries = template_files(folder)
        except OSError as exc:
            self.problems.append(InvalidTemplate(str(folder), [("", f"cannot be listed: {exc.strerror or exc}")]))
            return
        for entry in entries:
            try:
                template = load_template_file(entry)
            except InvalidTemplate as exc:
                self.problems.append(exc)
                continue
            clash = self._find(template)
            if clash is not None:
                self.problems.append(InvalidTemplate(template.source, [("version", _clash_reason(template, clash))]))
                continue
            self._add(template)

    def _find(self, template: Template) -> Template | None:
        return self._by_id.get(template.id, {}).get(template.version)

    def _add(self, template: Template) -> None:
        self._by_id.setdefault(template.id, {})[template.version] = template

    def get(self, template_id: str, version: int) -> Template:
        try:
            return self._by_id[template_id][version]
        except KeyError:
            raise NotFound(
                f"Form template '{template_id}' version {version} is not installed; "
                "add its file to the templates folder to open interviews made with it."
            ) from None

    def latest(self, template_id: str) -> Template:
        versions = self._by_id.get(template_id)
        if not versions:
            raise NotFound(f"There is no form template '{template_id}'.")
        return versions[max(versions)]

    def versions(self, template_id: str) -> list[int]:
        return sorted(self._by_id.get(template_id, {}))

    def all(self) -> list[Template]:
        """The latest version of each template, by id: what a new interview may use."""
        return [self.latest(template_id) for template_id in sorted(self._by_id)]


def _clash_reason(template: Template, existing: Template) -> str:
    return (
        f"template '{template.id}' version {template.version} is already provided by {existing.source}; "
        "a released version never changes: give this one a new version number"
    )
