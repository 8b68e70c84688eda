"""Command line: `quoteguard check`, `models download|info`, `schema`, `rules`, `explain`, `eval`, `audit`, `diff`.

Exit codes: 0 nothing at or above the fail threshold, 1 findings at or above it, 2 usage or
input errors (a clear line on stderr, never a traceback), 130 Ctrl-C, 143 SIGTERM (one line too;
a report being replaced is left as it was).
"""

from __future__ import annotations

import click

from .. import __version__
from .check import check
from .commands import COMMANDS
from .signals import InterruptibleGroup


@click.group(cls=InterruptibleGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quoteguard")
def main() -> None:
    """Quote attribution and sourcing checker for news drafts."""


for command in (check, *COMMANDS):
    main.add_command(command)
