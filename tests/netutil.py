"""Loopback helpers for tests (import as ``from netutil import free_port``; tests/ is on sys.path).

Shared helpers live in uniquely named modules, never imported from
``conftest``: several folders have a conftest.py, and ``import conftest``
would pick whichever was imported first.
"""

from __future__ import annotations

import socket


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
