"""Stream framing, written once: LF-delimited and RFC 6587 octet counting.

A framer is fed bytes as they arrive (in any split) and hands back whole
frames; it never touches a socket, so tests drive it byte by byte. Every
framer has a ``max_length``: a longer frame is skipped, not buffered, and
reported as an error with ``can_continue = True`` — the stream resyncs at the
next frame (octet counting skips exactly the announced length; LF framing
skips to the next newline). A garbled octet count (not digits) cannot be
skipped by length, so the framer discards to the next LF and carries on,
as Vector's octet-counting decoder does.

:class:`AutoFramer` decides once per connection from the first byte: a digit
means octet counting (``"123 <34>1 …"``), anything else LF framing (RFC 6587
§3.4.1 and §3.4.2).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from millpond.ingest.errors import FrameTooLarge, FramingError, IngestError

__all__ = ["AutoFramer", "Framed", "Framer", "LineFramer", "OctetCountingFramer"]

_MAX_DIGITS = 10  # an octet count beyond 10 digits is garbage whatever max_length is


@dataclass
class Framed:
    """What one :meth:`feed` produced: whole frames, and frames it had to skip."""

    frames: list[bytes] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)


class Framer:
    """Interface: ``feed(data) -> Framed`` as bytes arrive, ``finish() -> Framed`` at end of stream."""

    max_length: int

    def feed(self, data: bytes) -> Framed:  # pragma: no cover - interface
        raise NotImplementedError

    def finish(self) -> Framed:  # pragma: no cover - interface
        raise NotImplementedError

    @property
    def buffered(self) -> int:
        """Bytes held waiting for the rest of a frame (never more than about ``max_length``)."""
        raise NotImplementedError  # pragma: no cover - interface


def _too_long(n: int, max_length: int) -> FrameTooLarge:
    e = FrameTooLarge(f"frame of {n}+ bytes over the {max_length}-byte limit; skipped")
    e.can_continue = True
    return e


class LineFramer(Framer):
    """LF-delimited frames; a trailing CR is dropped, empty lines are skipped.

    A line longer than ``max_length`` is dropped up to its newline (one error
    for it); the next line is framed normally.
    """

    def __init__(self, max_length: int) -> None:
        self.max_length = max_length
        self._buf = b""
        self._discarding = False

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def feed(self, data: bytes) -> Framed:
        out = Framed()
        if self._discarding:
            i = data.find(b"\n")
            if i < 0:
                return out
            data = data[i + 1:]
            self._discarding = False
        buf = self._buf + data if self._buf else data
        last = buf.rfind(b"\n")
        if last < 0:
            self._keep(buf, out)
            return out
        rest = buf[last + 1:]
        lines = buf[:last].split(b"\n")
        if last > self.max_length and max(map(len, lines)) > self.max_length:
            keep = []
            for line in lines:
                if len(line) > self.max_length:
                    out.errors.append(_too_long(len(line), self.max_length))
                else:
                    keep.append(line)
            lines = keep
        if b"\r" in buf:
            lines = [ln[:-1] if ln.endswith(b"\r") else ln for ln in lines]
        out.frames = [ln for ln in lines if ln] if b"" in lines else lines
        self._keep(rest, out)
        return out

    def _keep(self, rest: bytes, out: Framed) -> None:
        if len(rest) > self.max_length:
            out.errors.append(_too_long(len(rest), self.max_length))
            self._buf = b""
            self._discarding = True
        else:
            self._buf = rest

    def finish(self) -> Framed:
        """At end of stream a last line without LF is still a frame (many senders omit it)."""
        out = Framed()
        tail, self._buf = self._buf.rstrip(b"\r"), b""
        if tail and not self._discarding:
            out.frames.append(tail)
        self._discarding = False
        return out


class OctetCountingFramer(Framer):
    """RFC 6587 §3.4.1 frames: ``MSG-LEN SP SYSLOG-MSG``, no trailer.

    Tolerates whitespace (LF, CR, SP) between frames and strips one trailing
    LF inside a frame (senders that add one). Oversize frames are skipped by
    their announced length; a garbled length discards to the next LF.
    """

    def __init__(self, max_length: int) -> None:
        self.max_length = max_length
        self._buf = bytearray()
        self._skip = 0  # bytes of an oversize frame still to drop
        self._to_eol = False  # after a garbled header: drop through the next LF

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def feed(self, data: bytes) -> Framed:
        out = Framed()
        buf = self._buf
        buf += data
        pos = 0
        end = len(buf)
        while pos < end:
            if self._skip:
                n = min(self._skip, end - pos)
                pos += n
                self._skip -= n
                continue
            if self._to_eol:
                i = buf.find(b"\n", pos)
                if i < 0:
                    pos = end
                    break
                pos = i + 1
                self._to_eol = False
                continue
            c = buf[pos]
            if c in (10, 13, 32):  # whitespace between frames
                pos += 1
                continue
            sp = buf.find(b" ", pos, pos + _MAX_DIGITS + 1)
            if sp < 0:
                head = bytes(buf[pos:end])
                if len(head) > _MAX_DIGITS or not head.isdigit():
                    self._garbled(head[:16], out)
                    continue
                break  # digits so far: wait for the rest of the header
            digits = bytes(buf[pos:sp])
            if not digits.isdigit() or digits[0] == 48:  # no sign, no leading zero, not empty
                self._garbled(digits[:16], out)
                continue
            n = int(digits)
            if n > self.max_length:
                out.errors.append(_too_long(n, self.max_length))
                pos = sp + 1
                self._skip = n
                continue
            if end - (sp + 1) < n:
                break  # wait for the rest of the frame
            frame = bytes(buf[sp + 1:sp + 1 + n])
            pos = sp + 1 + n
            if frame.endswith(b"\n"):
                frame = frame[:-2] if frame.endswith(b"\r\n") else frame[:-1]
            if frame:
                out.frames.append(frame)
        del buf[:pos]
        return out

    def _garbled(self, head: bytes, out: Framed) -> None:
        e = FramingError(f"octet-counting frame header {head!r} is not a length; skipped to the next line")
        e.can_continue = True
        out.errors.append(e)
        self._to_eol = True

    def finish(self) -> Framed:
        """At end of stream a partial frame is dropped (reported: it was cut off)."""
        out = Framed()
        if self._buf.strip() and not self._skip:
            e = FramingError(f"stream ended inside a frame ({len(self._buf)} bytes); dropped")
            out.errors.append(e)
        self._buf.clear()
        self._skip = 0
        self._to_eol = False
        return out


class AutoFramer(Framer):
    """Octet counting if the stream's first non-blank byte is a digit, else LF framing."""

    def __init__(self, max_length: int) -> None:
        self.max_length = max_length
        self.inner: Framer | None = None

    @property
    def buffered(self) -> int:
        return self.inner.buffered if self.inner else 0

    @property
    def mode(self) -> str | None:
        """``"octet-counting"``, ``"lf"``, or ``None`` before the first byte."""
        if self.inner is None:
            return None
        return "octet-counting" if isinstance(self.inner, OctetCountingFramer) else "lf"

    def feed(self, data: bytes) -> Framed:
        if self.inner is None:
            first = data.lstrip(b"\r\n ")
            if not first:
                return Framed()
            self.inner = (OctetCountingFramer if first[:1].isdigit() else LineFramer)(self.max_length)
            data = first
        return self.inner.feed(data)

    def finish(self) -> Framed:
        return self.inner.finish() if self.inner else Framed()
