"""Schema 7: the search index is rebuilt, for the terms of phone numbers and of German and Czech spellings.

Terms are made by the program, not stored by the schema, so this step only drops the cached
terms (``search_units``) and marks the index stale; the rebuild needs the templates (a
vault's own folder of them), which a schema step has not got, and is done by
``search.rebuild_if_stale`` at the first search, in one transaction with its audit entry.
"""

from __future__ import annotations

from typing import Any

DESCRIPTION = "search index to be rebuilt (phone numbers, German and Czech spellings)"

STALE_KEY = "search_index_stale"

STATEMENTS = [
    "DELETE FROM search_units",
    # A new vault (no cases yet) has nothing to rebuild.
    f"INSERT OR REPLACE INTO meta (key, value) SELECT '{STALE_KEY}', '7' WHERE EXISTS (SELECT 1 FROM cases)",
]


def upgrade(conn: Any) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
