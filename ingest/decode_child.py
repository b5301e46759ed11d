"""A decoder process: runs :func:`~millpond.ingest.decode_jobs.run` on jobs read from its socket.

Started by :mod:`~millpond.ingest.decode_pool` as ``python -m
millpond.ingest.decode_child FD`` with one end of a socket pair. One job at
a time; the wire format (little-endian, both ways a fixed header then two
byte strings):

- job: ``<QIQ`` (job id, meta length, body length), meta = msgpack
  ``[kind, params]``, then the body as received;
- answer: ``<QBIQ`` (job id, status, meta length, payload length). Status
  0: meta = msgpack list of (partition, start, stop) row ranges, payload =
  the batch as an uncompressed Arrow IPC stream. Status 2 (the job had a
  ``codec``): meta = msgpack list of (partition, header length, payload
  length), payload = each partition's log batch (``record.encode``: header,
  then IPC with the codec) one after another. Status 1: meta = pickled
  (module, class name, args, attributes) of the exception the decoder raised,
  rebuilt by the pool as the same class with the same message, so a 400/413/415
  reads exactly as inline.

Once its imports are done the process sends one byte, ``R``. It ends when its socket reaches EOF (the ingest process closed it
or died); it also asks the kernel to kill it when the thread that started it
goes (``PR_SET_PDEATHSIG``), so no decoder outlives the ingest process.
Ctrl-C in a terminal reaches the whole process group: it is ignored here,
the ingest process shuts its decoders down itself.
"""

from __future__ import annotations

import importlib
import os
import pickle
import signal
import socket
import struct
import sys
from typing import Any

import msgpack

JOB = struct.Struct("<QIQ")
ANSWER = struct.Struct("<QBIQ")
OK, FAILED, ENCODED = 0, 1, 2
READY = b"R"


def recv_exact(sock: socket.socket, n: int) -> bytearray:
    """Exactly ``n`` bytes (into one buffer, no joins); ``EOFError`` if the peer closed first."""
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = sock.recv_into(view[got:], min(n - got, 4 << 20))
        if not k:
            raise EOFError("peer closed")
        got += k
    return buf


def pack_error(e: BaseException) -> bytes:
    """An exception as pickled (module, class name, args, attributes); unpicklable parts become text."""
    cls = type(e)
    attrs = {k: v for k, v in vars(e).items() if isinstance(v, (str, int, float, bool, type(None)))}
    try:
        return pickle.dumps((cls.__module__, cls.__qualname__, e.args, attrs))
    except Exception:  # noqa: BLE001 - args we cannot pickle: keep the message
        return pickle.dumps((cls.__module__, cls.__qualname__, (str(e),), attrs))


def unpack_error(data: bytes) -> BaseException:
    """The exception :func:`pack_error` described: same class, message and attributes (a bare Exception
    naming the class when the class cannot be found)."""
    module, name, args, attrs = pickle.loads(data)
    try:
        cls: Any = importlib.import_module(module)
        for part in name.split("."):
            cls = getattr(cls, part)
        if not (isinstance(cls, type) and issubclass(cls, BaseException)):
            raise TypeError(name)
        exc = cls.__new__(cls)
        exc.args = tuple(args)
        vars(exc).update(attrs)
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{module}.{name}: {args[0] if args else ''}")


def _die_with_parent() -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def serve(sock: socket.socket) -> None:
    """Answer jobs until EOF."""
    import pyarrow as pa

    from millpond.ingest import decode_jobs
    from millpond.ingest.forward_codec import paused_gc

    pa.set_cpu_count(1)  # one decoder a core: Arrow's own thread pool would only contend with the others
    sock.sendall(READY)  # imports done: the pool counts this decoder as started

    while True:
        try:
            job_id, meta_len, body_len = JOB.unpack(recv_exact(sock, JOB.size))
            kind, params = msgpack.unpackb(recv_exact(sock, meta_len))
            body = bytes(recv_exact(sock, body_len))
        except (EOFError, ConnectionError):
            return
        try:
            pieces: list[Any] = []
            with paused_gc():
                out = decode_jobs.run(kind, body, params)
                if params.get("codec"):  # encoded for the log here: the ingest process only writes
                    enc = decode_jobs.encode(out, params["codec"])
                    status, meta = ENCODED, msgpack.packb([(p, len(e.header), e.payload.size) for p, e in enc.parts])
                    for _, e in enc.parts:
                        pieces += [bytes(e.header), memoryview(e.payload)]
                else:
                    sink = pa.BufferOutputStream()
                    with pa.ipc.new_stream(sink, out.batch.schema) as w:
                        w.write_batch(out.batch)
                    status, meta = OK, msgpack.packb(out.parts)
                    pieces = [memoryview(sink.getvalue())]
        except Exception as e:  # noqa: BLE001 - every failure goes back to the pool as the same exception
            status, meta, pieces = FAILED, pack_error(e), []
        del body
        try:
            sock.sendall(ANSWER.pack(job_id, status, len(meta), sum(len(x) for x in pieces)) + meta)
            for x in pieces:
                sock.sendall(x)
        except (ConnectionError, OSError):
            return


def main(argv: list[str]) -> None:
    _die_with_parent()
    if len(argv) > 2 and os.getppid() != int(argv[2]):  # the parent went before PDEATHSIG was set
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sock = socket.socket(fileno=int(argv[1]))
    try:
        serve(sock)
    finally:
        sock.close()


if __name__ == "__main__":
    main(sys.argv)
