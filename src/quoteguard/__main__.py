"""`python -m quoteguard` and the `quoteguard` command: Ctrl-C while the modules load ends quietly too.

Importing the CLI (click, jsonschema, rapidfuzz...) takes a noticeable fraction of a second; a
Ctrl-C then would print a traceback from whichever import it hit. Until the command group takes
over (see `cli._Main`), SIGINT prints the usual one line and exits 130: nothing is written yet.
"""

from __future__ import annotations

import os
import signal
import sys


def _interrupted_while_starting(signum: int, frame: object) -> None:
    sys.stderr.write("quoteguard: interrupted\n")
    sys.stderr.flush()
    os._exit(128 + signal.SIGINT)


def run() -> None:
    previous = signal.signal(signal.SIGINT, _interrupted_while_starting)
    from .cli import main

    signal.signal(signal.SIGINT, previous)
    main()


if __name__ == "__main__":
    run()
