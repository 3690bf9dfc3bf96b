"""Form templates as data (what a caseworker fills in) and the answers they describe.

See docs/templates.md for how to write one. No database and no Qt here.
"""

from __future__ import annotations

from fieldintake.app.templates.answers import (
    Problem,
    ValidationResult,
    clean_value,
    condition_holds,
    is_empty,
    is_visible,
    validate_answers,
)
from fieldintake.app.templates.codes import (
    COMMON_LANGUAGES,
    countries,
    country_name,
    is_country,
    is_language,
    language_code,
    language_name,
    languages,
)
from fieldintake.app.templates.loader import (
    builtin_templates,
    load_template_file,
    parse_template,
    parse_template_text,
    schema,
)
from fieldintake.app.templates.model import (
    CONSENT_AUDIENCES,
    DEADLINE_KINDS,
    FIELD_TYPES,
    PII_KINDS,
    SENSITIVITIES,
    Field,
    Option,
    Section,
    ShowIf,
    Template,
    Text,
)
from fieldintake.app.templates.registry import TemplateRegistry, Templates

DEFAULT_TEMPLATE_ID = "deportation-risk"

__all__ = [
    "COMMON_LANGUAGES",
    "CONSENT_AUDIENCES",
    "DEADLINE_KINDS",
    "DEFAULT_TEMPLATE_ID",
    "FIELD_TYPES",
    "PII_KINDS",
    "SENSITIVITIES",
    "Field",
    "Option",
    "Problem",
    "Section",
    "ShowIf",
    "Template",
    "TemplateRegistry",
    "Templates",
    "Text",
    "ValidationResult",
    "builtin_templates",
    "clean_value",
    "condition_holds",
    "countries",
    "country_name",
    "is_country",
    "is_empty",
    "is_language",
    "is_visible",
    "language_code",
    "language_name",
    "languages",
    "load_template_file",
    "parse_template",
    "parse_template_text",
    "schema",
    "validate_answers",
]
