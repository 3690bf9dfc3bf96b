"""One unit of work for every write of the case tables, and the ``Changes`` it returns.

    with session.change("interview.saved", case_id, coalesce=True) as uow:
        uow.cases.patch_answers(interview_id, {"narrative": text})
    uow.changes  # which cases, which kinds of rows, which fields

The unit owns, for everything its commands do:

- the transaction (``Vault.transaction``; an exception inside writes nothing);
- the revision recorder bound to the author (``uow.revision``), coalescing autosaves;
- the audit entries: each command names its own (``uow.audit``), written at commit; a unit
  that changed rows and named none gets one under the unit's action;
- one refresh per touched case at commit (``app.derived``), which also refuses a change to a
  read-only copy (imports, which maintain the copy, open the unit with ``importing``);
- ``Changes``, like Anki's ``OpChanges``: what a screen needs to know to refresh itself.

Autosave bursts and the audit chain. Revisions coalesce by rewriting the
burst's revision; the audit chain is append-only (triggers refuse UPDATE) and
its head (COUNT:HEAD) may already be printed on a PDF's integrity page, in a
bundle manifest, recorded in the keyring at lock or shown by ``audit verify``,
so no entry is ever rewritten. Instead a save that began no new revision (every
field joined the burst's autosave revision) and finds the burst's own entry
still at the head of the chain, naming its fields and written after the last
head handed out (``Vault.audit_head`` seals it), is recorded by that entry
(``Transaction.audit_burst``): one entry per burst, at the time the burst began.
Anything else in between (an export, another save, a lock) starts a new entry.

Units nest: a unit opened while another is open on the same vault (in the same
thread, inside its transaction) hands its rows, revisions and entries to the
outer one, which refreshes and audits once at its commit (the inner unit's
``changes`` then name the rows its own commands touched; what the refresh
derives is in the outer unit's).
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from fieldintake.app import caserows, derived, revisions, textindex
from fieldintake.app.templates.registry import TemplateRegistry
from fieldintake.app.vault import Transaction, Vault

if TYPE_CHECKING:  # a runtime import would be circular: the commands use the unit
    from fieldintake.app.casecommands import CaseCommands

T = TypeVar("T")

Kind = Literal["case", "people", "interviews", "deadlines", "attachments", "marks"]
KINDS: tuple[Kind, ...] = ("case", "people", "interviews", "deadlines", "attachments", "marks")
#: Kinds whose rows feed what ``app.derived`` computes.
_DERIVING: frozenset[Kind] = frozenset({"case", "people", "interviews", "deadlines"})


@dataclass(frozen=True)
class CaseChange:
    """What changed in one case: kinds of rows, and fields as unit paths.

    Paths: ``title``/``notes``/... for the case's own fields (and ``client_name``,
    ``next_due`` when derived anew), ``people/<id>``, ``interviews/<id>/answers/<field>``,
    ``interviews/<id>/status``, ``deadlines/<id>``, ``attachments/<id>``, ``redaction_marks/<id>``.
    """

    case_id: str
    kinds: frozenset[Kind]
    fields: frozenset[str]


@dataclass(frozen=True)
class Changes:
    """What one committed unit of work changed (empty when it changed nothing)."""

    action: str
    cases: tuple[CaseChange, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.cases

    @property
    def case_ids(self) -> frozenset[str]:
        return frozenset(c.case_id for c in self.cases)

    def of(self, case_id: str) -> CaseChange | None:
        return next((c for c in self.cases if c.case_id == case_id), None)

    def touches(self, case_id: str, *kinds: Kind) -> bool:
        """Whether the case changed (in any of ``kinds``, if given)."""
        change = self.of(case_id)
        return change is not None and (not kinds or bool(change.kinds & set(kinds)))

    def fields_of(self, case_id: str) -> frozenset[str]:
        change = self.of(case_id)
        return change.fields if change is not None else frozenset()


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A command's result with the ``Changes`` of the unit it ran in (what ``Unit.run`` returns)."""

    value: T
    changes: Changes


@dataclass
class _Touched:
    kinds: set[Kind] = field(default_factory=set)
    fields: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Entry:
    action: str
    object_type: str
    object_id: str
    detail: dict[str, Any]
    burst: bool


_open: weakref.WeakKeyDictionary[Transaction, Unit] = weakref.WeakKeyDictionary()


class Unit:
    """One write of the case tables; see the module docstring. Use it once, as a context manager."""

    def __init__(
        self,
        vault: Vault,
        templates: TemplateRegistry,
        author: str,
        action: str,
        case_id: str | None = None,
        *,
        coalesce: bool = False,
        importing: bool = False,
        origin: str = "",
        checkpoint: Callable[[], None] | None = None,
    ) -> None:
        self.vault = vault
        self.templates = templates
        self.author = author
        self.action = action
        self.case_id = case_id
        self.coalesce = coalesce  # an autosave: revisions and the audit entry coalesce into the burst
        self.importing = importing
        self.origin = origin
        self._checkpoint = checkpoint  # called just before commit; raising (``Cancelled``) writes nothing
        self._stack = contextlib.ExitStack()
        self._tx: Transaction | None = None
        self._outer: Unit | None = None
        self._touched: dict[str, _Touched] = {}
        self._entries: list[_Entry] = []
        self._stamps: dict[str, str] = {}  # case -> updated_at to keep after the refresh (an import's own)
        self._began_revision = False
        self._changes: Changes | None = None

    def run(self, command: Callable[[CaseCommands], T]) -> Changed[T]:
        """Open the unit, run ``command(uow.cases)``, commit: its value with the unit's changes."""
        with self as uow:
            value = command(uow.cases)
        return Changed(value, uow.changes)

    # --- inside the unit ---------------------------------------------------------------------

    @property
    def tx(self) -> Transaction:
        if self._tx is None:
            raise RuntimeError("the unit of work is not open")
        return self._tx

    @property
    def cases(self) -> CaseCommands:
        """The case writes, done in this unit."""
        from fieldintake.app.casecommands import CaseCommands

        return CaseCommands(self)

    def touch(self, case_id: str, kind: Kind, fields: Iterable[str] = ()) -> None:
        """Note that rows of ``kind`` of the case changed (the commands call this)."""
        target = self._outer or self
        entry = target._touched.setdefault(case_id, _Touched())
        entry.kinds.add(kind)
        entry.fields.update(fields)
        if target is not self:
            mine = self._touched.setdefault(case_id, _Touched())
            mine.kinds.add(kind)
            mine.fields.update(fields)

    def revision(self, case_id: str, object_type: str, object_id: str, path: str, old: Any, new: Any, *,
                 coalesce: bool | None = None) -> None:
        """Keep the value replaced, under this unit's author (an autosave coalesces into its burst)."""
        joined = revisions.record(self.tx, case_id=case_id, object_type=object_type, object_id=object_id, path=path,
                                  old=old, new=new, author=self.author, origin=self.origin,
                                  coalesce=self.coalesce if coalesce is None else coalesce)
        if not joined:
            (self._outer or self)._began_revision = True

    def keep_updated_at(self, case_id: str, updated_at: str) -> None:
        """Leave the case's ``updated_at`` as given after the refresh (an import keeps the incoming one,
        so a round trip gives back the same content)."""
        (self._outer or self)._stamps[case_id] = updated_at

    def audit(self, action: str, object_type: str, object_id: str, detail: dict[str, Any] | None = None, *,
              burst: bool = False) -> None:
        """The audit entry of one command, written at commit. ``burst``: an autosave whose entry may
        be the burst's (its ``detail`` names the changed ``fields``)."""
        (self._outer or self)._entries.append(_Entry(action, object_type, object_id, dict(detail or {}), burst))

    # --- the context manager ---------------------------------------------------------------------

    def __enter__(self) -> Unit:
        if self._tx is not None or self._changes is not None:
            raise RuntimeError("a unit of work is used once")
        self._tx = self._stack.enter_context(self.vault.transaction())
        self._outer = _open.get(self._tx)
        if self._outer is None:
            _open[self._tx] = self
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Commit, or roll back on an exception (which goes on: a unit never swallows one)."""
        tx = self.tx
        try:
            if exc is None:
                if self._outer is None:
                    self._commit(tx)
                self._changes = self._build(self._touched)
        except BaseException as failure:
            self._forget(tx)
            self._stack.__exit__(type(failure), failure, failure.__traceback__)  # rolls back, re-raises
            raise
        if exc is not None or self._outer is None:
            self._forget(tx)
        self._stack.__exit__(exc_type, exc, tb)

    def _forget(self, tx: Transaction) -> None:
        if _open.get(tx) is self:
            del _open[tx]

    def _commit(self, tx: Transaction) -> None:
        words = textindex.WordAnalysis()  # one word cache for every case this commit indexes, then dropped
        for case_id, touched in self._touched.items():
            if not self.importing:
                derived.require_writable(tx, case_id)
            stamp = self._stamps.get(case_id)
            if touched.kinds & _DERIVING:
                made = derived.refresh(tx, self.templates, case_id, words, updated_at=stamp)
                if made.deadlines:
                    touched.kinds.add("deadlines")
                if made.case_fields:
                    touched.kinds.add("case")
                    touched.fields.update(made.case_fields)
            elif stamp is not None:
                caserows.set_updated_at(tx, case_id, stamp)
        for entry in self._entries:
            fields = entry.detail.get("fields")
            if entry.burst and self.coalesce and not self._began_revision and isinstance(fields, list):
                tx.audit_burst(entry.action, entry.object_type, entry.object_id, entry.detail, fields)
            else:
                tx.audit(entry.action, entry.object_type, entry.object_id, entry.detail)
        if self._touched and not self._entries:
            case_ids = sorted(self._touched)
            tx.audit(self.action, "case", case_ids[0] if len(case_ids) == 1 else "",
                     {"cases": case_ids, "kinds": sorted({k for t in self._touched.values() for k in t.kinds})})
        if self._checkpoint is not None:
            self._checkpoint()

    def _build(self, touched: Mapping[str, _Touched]) -> Changes:
        return Changes(self.action, tuple(
            CaseChange(case_id, frozenset(t.kinds), frozenset(t.fields)) for case_id, t in sorted(touched.items())
        ))

    @property
    def changes(self) -> Changes:
        """What the unit changed, once it has committed."""
        if self._changes is None:
            raise RuntimeError("the unit of work has not committed")
        return self._changes

