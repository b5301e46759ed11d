"""Session 14 (lead): templates of one statement that met in the other order.

Which of two templates of one statement forms first is the order its lines came in.  ``bridges``:
``subsume_back`` merges a template into an older one of another length that takes it whole (``for <*>
<*> <*>`` into ``for <*>``); the merged template's form is still the nearest to a value of yet more
words, so it keeps bridging them to its pattern.  ``tail_instances``: an error's text holding a value
seen before its context took several texts started a template of its own; once the free-text
template exists, it takes that one too."""

from __future__ import annotations

from pathlib import Path

import pytest

from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, raw_ids

# Kavita's ``Scheduling ScanFolder for {FolderPath}``: a library folder whose series name holds spaces
# (one to five words), under libraries of one and of two path segments.
_FOLDERS = ["/data/manga/One Piece", "/manga/Invincible", "/manga/Saga", "/comics/Saga", "/comics/Blue Period",
            "/data/manga/Monstress", "/books/Spy x Family", "/manga/The Expanse", "/books/The Expanse",
            "/manga/Vinland Saga", "/books/Chainsaw Man", "/data/manga/Witch Hat Atelier", "/books/Dune",
            "/books/One Piece", "/data/manga/Blue Period", "/comics/Frieren - Beyond Journey's End",
            "/books/Solo Leveling", "/data/manga/Dune", "/data/manga/The Wandering Inn", "/comics/Solo Leveling"]
SCANS = [f"[Kavita] [2026-11-{3 + i:02d} 06:47:{i:02d}.425 -05:00 0HNPAERVCYBK:0000000{i % 9 + 1} {30 + i}] "
         f"[Information] API.Services.TaskScheduler Scheduling ScanFolder for {folder}"
         for i, folder in enumerate(_FOLDERS)]


def test_a_merged_template_still_bridges_a_longer_value() -> None:
    """``bridges``: the folder of five words joins the statement through the merged template of three."""
    assert_the_rule_decides(SCANS, [0] * len(SCANS), bridges=False)


def test_a_bridge_decides_alike_in_any_batching_and_after_a_restart(tmp_path: Path) -> None:
    """A merge leaves the template in the index live, and a loaded state files it there again: the merge
    falls before the restart (line 11), the five words it bridges after it (line 15)."""
    from millpond.pipeline.patterns import PatternMiner

    whole = raw_ids(SCANS, len(SCANS))
    for batch in (1, 3, 7):
        assert raw_ids(SCANS, batch) == whole
    m = PatternMiner.load(tmp_path)
    first = raw_ids(SCANS[:12], len(SCANS), m)
    m.save()
    assert first + raw_ids(SCANS[12:], len(SCANS), PatternMiner.load(tmp_path)) == whole




# Radicale's ``An exception occurred during %s request on %r: %s``: the error's text a phrase, or an OS error
# holding its number (``[Errno 28] No space left on device``) seen before the context took several texts.
_FAILURES = [("PROPFIND", "[Errno 104] Connection reset by peer"), ("PUT", "[Errno 28] No space left on device"),
             ("GET", "Invalid data: VEVENT is missing DTSTART"), ("DELETE", "[Errno 104] Connection reset by peer"),
             ("REPORT", "[Errno 28] No space left on device"), ("PUT", "Request body too large"),
             ("PROPFIND", "timed out"), ("MKCALENDAR", "Content-Length too short"),
             ("PROPPATCH", "[Errno 28] No space left on device"), ("MOVE", "timed out")]
FAILURES = [f"[2026-11-{3 + i:02d} 10:{i:02d}:07 +0000] [{7300 + i}/Thread-{40 + i} (process_request_thread)] [ERROR] "
            f"An exception occurred during {method} request on '/bob/calendar-{i}.ics/': {text}"
            for i, (method, text) in enumerate(_FAILURES)]


def test_an_error_text_holding_a_value_joins_the_free_text_of_its_context() -> None:
    """``tail_instances``: the OS errors' template is merged into the one whose error's text is ``<*>``."""
    assert_the_rule_decides(FAILURES, [0] * len(FAILURES), tail_instances=False, error_texts=False)  # (error_texts joins them too)


def test_a_logger_prefix_of_two_words_is_no_context() -> None:
    """hostapd prints ``<iface>: STA <addr> IEEE 802.11: `` before each statement's text: two words are the
    logger's, and a text holding a value stays its own statement."""
    texts = ["disassociated", "associated (aid 5)", "deauthenticated due to local deauth request",
             "authenticated", "associated (aid 7)", "disassociated", "authenticated", "associated (aid 9)"]
    lines = [f"wlan0: STA 3c:22:fb:{i:02x}:9b:33 IEEE 802.11: {t}" for i, t in enumerate(texts)]
    found = ids(lines)
    assert found[1] == found[4] == found[7]
    assert found[1] not in (found[0], found[2], found[3])


@pytest.mark.parametrize(("lines", "off"), [(SCANS, {"bridges": False}), (FAILURES, {"tail_instances": False, "error_texts": False})])
def test_a_saved_state_keeps_its_ids(tmp_path: Path, lines: list[str], off: dict[str, object]) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, off)
