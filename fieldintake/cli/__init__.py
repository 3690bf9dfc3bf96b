"""The ``fieldintake`` command: a layer above ``app`` and ``exports``, beside ``ui``.

``entry`` assembles every command; ``commands`` holds the parser, the runner
and the user/audit commands; the other modules one command group each.
"""

from fieldintake.cli.entry import main

__all__ = ["main"]
