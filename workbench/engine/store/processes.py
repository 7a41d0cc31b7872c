"""Tell whether the process that wrote a run is still alive on this machine."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path


def host_name() -> str:
    """Return this machine's host name, stored with each run to tell its writer apart from other machines'."""
    return socket.gethostname()


def process_is_alive(pid: int) -> bool:
    """Return whether process ``pid`` exists on this machine and has not exited.

    On Linux a zombie (exited but not yet reaped by its parent) counts as
    ended. A process owned by another user counts as alive.
    """
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        return _windows_process_is_alive(pid)

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True

    # After SIGKILL the pid stays valid until the parent waits for it.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return True
    state = stat.rpartition(")")[2].split()[:1]
    return state not in (["Z"], ["X"])


def _windows_process_is_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows, so ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    error_access_denied = 5
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return kernel32.GetLastError() == error_access_denied
    try:
        exit_code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code)):
            return True
        return exit_code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
