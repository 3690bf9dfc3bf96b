"""Handing over: the Export dialog of a case, the Contacts & identity page and the Inbox page.

``register_pages`` replaces the ``identity`` page and the ``inbox``
placeholder; ``CaseView`` opens :class:`ExportDialog` (Ctrl+E). Every service
call goes through ``fieldintake.exports`` and ``session.contacts``.
"""

from __future__ import annotations

from fieldintake.ui.handover.contacts import ContactsPage
from fieldintake.ui.handover.export import ExportDialog
from fieldintake.ui.handover.inbox import InboxPage
from fieldintake.ui.pages import PageRegistry

__all__ = ["ContactsPage", "ExportDialog", "InboxPage", "register_pages"]


def register_pages(registry: PageRegistry) -> None:
    registry.register(ContactsPage.key, lambda context, parent: ContactsPage(context, parent))
    registry.register(InboxPage.key, lambda context, parent: InboxPage(context, parent))
