"""Ctrl-C and SIGTERM on the command line: one line on stderr and the usual exit code, never a traceback.

Exit codes: 130 Ctrl-C, 143 SIGTERM (a report being replaced is left as it was).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator

import click


class Terminated(BaseException):
    """SIGTERM, raised like KeyboardInterrupt so `finally` blocks (the report's temp file) run."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


class InterruptibleGroup(click.Group):
    """The command group, turning Ctrl-C and SIGTERM into one line and the usual exit code.

    Click would print "Aborted!" and exit 1 on Ctrl-C, and SIGTERM would kill the process without
    cleanup. Here both unwind normally (a report being written is left as it was, with no temp
    file) and end with `quoteguard: interrupted`, exit 130 (SIGINT) or 143 (SIGTERM).
    """

    def invoke(self, ctx: click.Context) -> object:
        previous = None
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, _on_sigterm)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("quoteguard: interrupted", err=True)
            sys.exit(128 + signal.SIGINT)
        except Terminated:
            click.echo("quoteguard: interrupted (SIGTERM)", err=True)
            sys.exit(128 + signal.SIGTERM)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _exit_now(signum: int, frame: object) -> None:
    sys.stderr.write("quoteguard: interrupted" + (" (SIGTERM)" if signum == signal.SIGTERM else "") + "\n")
    sys.stderr.flush()
    os._exit(128 + signum)


@contextlib.contextmanager
def exit_at_once_on_interrupt() -> Iterator[None]:
    """Ctrl-C or SIGTERM while Stanza and torch load end the process at once.

    A KeyboardInterrupt inside `import torch` leaves a half-imported extension behind, and what
    follows is a misleading error ("stanza is not installed") or a traceback. Nothing has been
    written at this point (the report comes last), so there is nothing to clean up.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _exit_now) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
