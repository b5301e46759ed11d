"""LF and RFC 6587 octet-counting framing: split reads, oversize skips, resync, auto-detection."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from millpond.ingest.errors import FrameTooLarge, FramingError
from millpond.ingest.framing import AutoFramer, Framer, LineFramer, OctetCountingFramer


def feed_all(framer: Framer, chunks: list[bytes]) -> tuple[list[bytes], list[Exception]]:
    frames, errors = [], []
    for c in chunks:
        got = framer.feed(c)
        frames += got.frames
        errors += got.errors
    end = framer.finish()
    return frames + end.frames, errors + end.errors


def bytewise(data: bytes) -> list[bytes]:
    return [data[i:i + 1] for i in range(len(data))]


def octets(*msgs: bytes) -> bytes:
    return b"".join(b"%d %s" % (len(m), m) for m in msgs)


MSGS = [b"<34>1 - h a - - - first", b"<13>Nov 25 08:41:05 h t: second", b"x" * 100, "ünïcode ✓".encode()]


def test_lf_frames_whole_and_byte_by_byte() -> None:
    """A line split anywhere across reads comes out whole; CR LF and empty lines are handled."""
    data = b"one\r\ntwo\n\nthree\n"
    assert feed_all(LineFramer(100), [data]) == ([b"one", b"two", b"three"], [])
    assert feed_all(LineFramer(100), bytewise(data)) == ([b"one", b"two", b"three"], [])


def test_lf_last_line_without_newline_is_a_frame_at_eof() -> None:
    assert feed_all(LineFramer(100), [b"a\nb"]) == ([b"a", b"b"], [])


def test_lf_oversize_line_skipped_and_stream_resyncs() -> None:
    """A line over max_length is dropped (one error) whether it arrives whole or in pieces."""
    data = b"ok1\n" + b"y" * 50 + b"\nok2\n"
    for chunks in ([data], bytewise(data), [data[:10], data[10:30], data[30:]]):
        frames, errors = feed_all(LineFramer(20), chunks)
        assert frames == [b"ok1", b"ok2"]
        assert len(errors) == 1 and isinstance(errors[0], FrameTooLarge) and errors[0].can_continue


def test_lf_buffer_stays_bounded_during_an_endless_line() -> None:
    f = LineFramer(64)
    for _ in range(1000):
        f.feed(b"z" * 50)
        assert f.buffered <= 64
    assert f.feed(b"\nnext\n").frames == [b"next"]


def test_lf_passes_bad_utf8_through_untouched() -> None:
    """Framing is byte-level: invalid UTF-8 is the decoder's business, not a framing error."""
    assert feed_all(LineFramer(100), [b"\xff\xfe\n"]) == ([b"\xff\xfe"], [])


def test_octet_counting_split_across_reads() -> None:
    data = octets(*MSGS)
    assert feed_all(OctetCountingFramer(1000), [data]) == (MSGS, [])
    assert feed_all(OctetCountingFramer(1000), bytewise(data)) == (MSGS, [])


def test_octet_counting_frames_may_contain_newlines_and_trailing_lf() -> None:
    """The count, not LF, delimits; a sender's LF between or at the end of frames is tolerated."""
    data = octets(b"multi\nline") + b"\n" + octets(b"with lf\n")
    assert feed_all(OctetCountingFramer(100), [data]) == ([b"multi\nline", b"with lf"], [])


def test_octet_counting_oversize_frame_skipped_by_length() -> None:
    """An announced length over max is skipped exactly; the next frame is read normally."""
    data = octets(b"a", b"B" * 500, b"c")
    for chunks in ([data], bytewise(data)):
        frames, errors = feed_all(OctetCountingFramer(100), chunks)
        assert frames == [b"a", b"c"]
        assert [type(e) for e in errors] == [FrameTooLarge] and errors[0].can_continue


def test_octet_counting_garbled_header_resyncs_at_next_line() -> None:
    """A non-numeric length discards to the next LF (one error), then framing goes on."""
    data = octets(b"a") + b"xx garbage\n" + octets(b"b")
    for chunks in ([data], bytewise(data)):
        frames, errors = feed_all(OctetCountingFramer(100), chunks)
        assert frames == [b"a", b"b"]
        assert len(errors) == 1 and isinstance(errors[0], FramingError) and errors[0].can_continue


def test_octet_counting_rejects_leading_zero_and_overlong_counts() -> None:
    frames, errors = feed_all(OctetCountingFramer(100), [b"01 a\n" + b"12345678901234 x\n" + octets(b"ok")])
    assert frames == [b"ok"]
    assert len(errors) == 2


def test_octet_counting_truncated_stream_reports_the_cut_frame() -> None:
    frames, errors = feed_all(OctetCountingFramer(100), [octets(b"whole") + b"10 cut"])
    assert frames == [b"whole"]
    assert len(errors) == 1 and "ended inside a frame" in str(errors[0])


def test_auto_detects_per_connection() -> None:
    """A digit first means octet counting; '<' (or anything else) means LF."""
    a = AutoFramer(100)
    assert a.feed(b"\r\n" + octets(b"<1>x")).frames == [b"<1>x"] and a.mode == "octet-counting"
    b = AutoFramer(100)
    assert b.feed(b"<1>x\n<2>y\n").frames == [b"<1>x", b"<2>y"] and b.mode == "lf"
    c = AutoFramer(100)
    assert c.feed(b"").frames == [] and c.mode is None


@settings(max_examples=200, deadline=None)
@given(msgs=st.lists(st.binary(min_size=1, max_size=40).filter(lambda m: b"\n" not in m and b"\r" not in m),
                     max_size=12),
       cuts=st.lists(st.integers(min_value=0, max_value=600), max_size=8))
def test_any_split_gives_the_same_frames(msgs: list[bytes], cuts: list[int]) -> None:
    """Property: where reads split the stream never changes the frames (both framings)."""
    for framer, data in ((OctetCountingFramer, octets(*msgs)), (LineFramer, b"".join(m + b"\n" for m in msgs))):
        points = sorted({c % (len(data) + 1) for c in cuts})
        chunks = [data[i:j] for i, j in zip([0, *points], [*points, len(data)])]
        frames, errors = feed_all(framer(64), chunks)
        assert (frames, errors) == (msgs, [])


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400), size=st.integers(min_value=1, max_value=64))
def test_random_bytes_never_raise_and_stay_bounded(data: bytes, size: int) -> None:
    """Fuzz: arbitrary bytes produce frames and typed errors only; buffers stay near max_length."""
    for framer in (LineFramer(size), OctetCountingFramer(size), AutoFramer(size)):
        for i in range(0, len(data), 7):
            got = framer.feed(data[i:i + 7])
            assert all(isinstance(e, (FrameTooLarge, FramingError)) for e in got.errors)
            assert all(len(f) <= size for f in got.frames)
            assert framer.buffered <= size + 7 + 16
        framer.finish()
