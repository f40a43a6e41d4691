"""Child processes that do not outlive the Python process that started them."""

from __future__ import annotations

import contextlib
import ctypes
import signal
import sys
import threading
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = signal.SIGKILL) -> Callable[[], None] | None:
    """A ``preexec_fn`` for ``subprocess.Popen``: the kernel sends ``sig`` to the child when this process
    dies, however it dies (SIGKILL included). Linux only, and only from the main thread (the signal fires
    when the *thread* that forked exits, so a child started from a worker thread must not get it); None
    otherwise."""
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None

    def preexec() -> None:  # in the child, between fork and exec
        with contextlib.suppress(Exception):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, sig)

    return preexec
