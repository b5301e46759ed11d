"""Session 14 (lead): a template merged into one of another length stays a candidate across lengths.

Templates of one statement meet in either order: ``subsume_back`` merges a template into an older one
of another length that takes it whole (``for <*> <*> <*>`` into ``for <*>``).  The merged template's
form is still the nearest to a value of yet more words, so it keeps bridging them to its pattern."""

from __future__ import annotations

from pathlib import Path

from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, raw_ids

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


def test_a_saved_state_keeps_its_ids(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, SCANS, {"bridges": False})
