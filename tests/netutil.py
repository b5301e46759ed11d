"""Loopback helpers for tests (import as ``from netutil import free_port``; tests/ is on sys.path).

Shared helpers live in uniquely named modules, never imported from
``conftest``: several folders have a conftest.py, and ``import conftest``
would pick whichever was imported first.
"""

from __future__ import annotations

import socket
import subprocess


def free_port() -> int:
    """A loopback port nobody listens on right now (TCP and UDP both free)."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
                u.bind(("127.0.0.1", port))
        except OSError:
            continue
        return port


def wait_listening(proc: "subprocess.Popen[bytes]", port: int, name: str, timeout: float) -> None:
    """Return once ``proc`` accepts TCP connections on 127.0.0.1:``port``.

    Raises ``RuntimeError`` if it exits first or does not listen within
    ``timeout`` seconds (the caller stops it).
    """
    import time

    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} did not listen within {timeout:.0f} s") from None
            time.sleep(0.02)
