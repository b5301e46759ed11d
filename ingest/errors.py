"""One typed error hierarchy for everything a receiver can refuse.

Each error carries an HTTP-style ``code`` (HTTP receivers answer it; stream
receivers close the connection or skip the frame) and a short ``reason`` that
becomes the ``reason`` label of ``rejected_total`` in /metrics. ``can_continue``
says whether the byte stream it came from is still usable (a skipped
oversize syslog line: yes; garbage msgpack: no, the connection is closed).
"""

from __future__ import annotations


class IngestError(Exception):
    """Root of every refusal. Subclasses set ``code`` and ``reason`` as class attributes."""

    code: int = 400
    reason: str = "bad_request"
    can_continue: bool = False
    counted: bool = False  # True when whoever raised it already counted it in rejected_total

    def __init__(self, message: str = "", *, reason: str | None = None, code: int | None = None) -> None:
        super().__init__(message or self.reason)
        if reason is not None:
            self.reason = reason
        if code is not None:
            self.code = code


class DecodeError(IngestError):
    """Input that is not valid for its protocol (bad msgpack, a malformed line…)."""

    code = 400
    reason = "decode"


class FrameTooLarge(IngestError):
    """A frame, line or body over its configured limit."""

    code = 413
    reason = "too_large"


class FramingError(IngestError):
    """A garbled frame header; ``can_continue`` is True when the framer could resync."""

    code = 400
    reason = "framing"


class Unauthorized(IngestError):
    """A failed shared_key handshake or a missing/wrong token."""

    code = 401
    reason = "auth"


class Unavailable(IngestError):
    """The log cannot take the data right now (retriable log error); the client should retry."""

    code = 503
    reason = "unavailable"

    def __init__(self, message: str = "", *, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after
