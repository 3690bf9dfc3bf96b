"""Urgent requests for interim measures to a UN committee, built from a case.

::

    request = assemble(case, templates, lang="ru", state_code="KZ", forum="cat")
    request.missing          # the checklist items not met (named); render_request refuses while any is
    data = render_request(request, generated=now_utc, preparer="…", organisation="…")
    write_request(session, case.id, request, data, target)  # written, then in the audit chain and ledger

The forum comes from the state table (``states.yaml``, data to correct, dated and sourced).
"""

from __future__ import annotations

from fieldintake.exports.urgent.delivery import write_request
from fieldintake.exports.urgent.render import render_request
from fieldintake.exports.urgent.request import CheckItem, RequestIncomplete, UrgentRequest, assemble
from fieldintake.exports.urgent.states import FORUMS, State, StateTable, choose_forum, load_table, open_forums

__all__ = ["FORUMS", "CheckItem", "RequestIncomplete", "State", "StateTable", "UrgentRequest", "assemble",
           "choose_forum", "load_table", "open_forums", "render_request", "write_request"]
