"""Session 14, S14-merges: joins of two statements at one length that the format text tells apart, most made
while a template held fewer lines than the evidence rule asks for.

Each guard reads a class of format strings, never one program's text: a named field against a bare word,
an attempt against its outcome (and a gain against a loss, an init against a destroy), a verb joined by
``/`` opening a message, an event's name under the key that names it, a message opened after a lone ``:``.
Each test states the class with a program's lines that show it, and fails with its switch off."""

from __future__ import annotations

from pathlib import Path

from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition

# unicorn's master and workers: ``logger.info "master reopening logs..."`` / ``"worker=#{nr} reopening logs..."``
_UNICORN = [("master reopening logs...", 0), ("worker={i} reopening logs...", 1), ("worker={i} reopening logs...", 1),
            ("master reopening logs...", 0), ("worker={i} reopening logs...", 1), ("master reopening logs...", 0)]
UNICORN = [f"I, [2026-11-0{i + 1}T0{i}:12:4{i}.{383221 + i} #{21140 + i}]  INFO -- : {m.format(i=i)}"
           for i, (m, _) in enumerate(_UNICORN)]


def test_a_named_field_and_a_bare_word_are_two_formats() -> None:
    """``worker=<*> reopening logs...`` / ``master reopening logs...``: one format prints the key as its own
    text, the other no key at that place; a ``%s`` prints a key in every line or in none."""
    assert_the_rule_decides(UNICORN, [k for _, k in _UNICORN], named_words=False)


def test_one_field_with_other_values_still_joins() -> None:
    """``worker=<*> ready`` with several workers: one key, its values differ."""
    lines = [f"I, [2026-11-0{i + 1}T0{i}:12:40.1 #{21140 + i}]  INFO -- : worker={i} ready" for i in range(5)]
    assert len(set(ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_for_named_words(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, UNICORN, {"named_words": False})
    assert len(set(first)) == 1
    assert partition(ids(UNICORN)) == partition([k for _, k in _UNICORN])


# dkron's leader election and Riak's active anti-entropy trees: an event and its undoing, two calls
_DKRON = [("acquired", 0), ("lost", 1), ("acquired", 0), ("lost", 1), ("acquired", 0), ("lost", 1)]
DKRON = [f'time="2026-11-0{i + 1}T10:1{i}:05Z" level=info msg="dkron: cluster leadership {m}" node=dkron-{i}'
         for i, (m, _) in enumerate(_DKRON)]
_RIAK = [("init", 0), ("destroy", 1), ("init", 0), ("destroy", 1), ("init", 0), ("destroy", 1)]
RIAK = [f"2026-11-0{i + 1} 0{i}:22:17.{120 + i} [info] <0.{3100 + i}.0>@riak_kv_index_hashtree:clear_tree:{540 + i} "
        f"Completed {m} of AAE tree: {{index,{i}83652136}}" for i, (m, _) in enumerate(_RIAK)]


def test_a_gain_and_a_loss_are_two_events() -> None:
    """``cluster leadership acquired`` / ``cluster leadership lost``: the program logs the gain and the loss
    with two calls, as it does the opposites (``acquired``/``released`` already were)."""
    assert_the_rule_decides(DKRON, [k for _, k in _DKRON], outcome_words=False)


def test_an_init_and_a_destroy_are_two_events() -> None:
    """``Completed init of AAE tree`` / ``Completed destroy of AAE tree``."""
    assert_the_rule_decides(RIAK, [k for _, k in _RIAK], outcome_words=False)


def test_a_saved_state_keeps_its_ids_for_outcome_words(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, DKRON, {"outcome_words": False})
    assert len(set(first)) == 1
    assert partition(ids(DKRON)) == partition([k for _, k in _DKRON])


# OctoPrint's serial connection: ``Starting job on behalf of user %s`` / ``Pausing/resuming job on behalf of …``
_OCTO = [("Starting", 0), ("Pausing/resuming", 1), ("Starting", 0), ("Pausing/resuming", 1), ("Pausing/resuming", 1),
         ("Starting", 0)]
OCTO = [f"2026-11-0{i + 1} 1{i}:45:47,{848 + i} - octoprint.plugins.serial_connector.serial_comm - INFO - {m} job on "
        f"behalf of user {u}" for i, ((m, _), u) in enumerate(zip(_OCTO, ["pi", "admin", "farm", "pi", "ana", "bob"]))]


def test_a_verb_joined_by_a_slash_opens_a_message() -> None:
    """``Starting job …`` / ``Pausing/resuming job …``: two capitalised verbs opening the message after the
    level are two statements (``sentence_starts``); one written ``Pausing/resuming`` is such a verb."""
    assert_the_rule_decides(OCTO, [k for _, k in _OCTO], slashed_starts=False)


def test_a_saved_state_keeps_its_ids_for_slashed_starts(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, OCTO, {"slashed_starts": False})
    assert len(set(first)) == 1
    assert partition(ids(OCTO)) == partition([k for _, k in _OCTO])


# MongooseIM's structured reports: ``?LOG_WARNING(#{what => s2s_in_auth_failed, …})``, logfmt-printed
_MIM = [("what=s2s_in_auth_failed pid=<0.{p}.0> at=mongoose_s2s_in:handle_auth_start/3:252 domain=jabber.org", 0),
        ("what=jwt_verification_failed pid=<0.{p}.0> at=ejabberd_auth_jwt:check_password/4:133 user=priya", 1),
        ("what=s2s_in_auth_failed pid=<0.{p}.0> at=mongoose_s2s_in:handle_auth_start/3:252 domain=xmpp.net", 0),
        ("what=jwt_verification_failed pid=<0.{p}.0> at=ejabberd_auth_jwt:check_password/4:133 user=olek", 1),
        ("what=s2s_in_auth_failed pid=<0.{p}.0> at=mongoose_s2s_in:handle_auth_start/3:252 domain=a.org", 0),
        ("what=jwt_verification_failed pid=<0.{p}.0> at=ejabberd_auth_jwt:check_password/4:133 user=ana", 1)]
MIM = [f"when=2026-11-1{i}T13:08:45.{495247 + i}+00:00 level=warning {m.format(p=9229935 + i)}" for i, (m, _) in enumerate(_MIM)]


def test_an_event_name_the_mask_took_is_still_an_event_name() -> None:
    """``what=s2s_in_auth_failed`` (masked to ``what=<*>`` for its digit) / ``what=jwt_verification_failed``:
    under the key that names the event, two names are two statements."""
    assert_the_rule_decides(MIM, [k for _, k in _MIM], event_names=False)


def test_a_saved_state_keeps_its_ids_for_event_names(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, MIM, {"event_names": False})
    assert len(set(first)) == 1
    assert partition(ids(MIM)) == partition([k for _, k in _MIM])


# Frigate's camera maintainer, Python logging ``[%(asctime)s] %(name)s %(levelname)s : %(message)s``
_FRIGATE = [("Camera processor", 0), ("Capture process", 1), ("Camera processor", 0), ("Capture process", 1),
            ("Camera processor", 0), ("Capture process", 1)]
FRIGATE = [f"[2026-11-0{i + 1} 0{i}:10:11] frigate.camera.maintainer INFO : {m} started for {c}: {3100 + i}"
           for i, ((m, _), c) in enumerate(zip(_FRIGATE, ["garage", "parking_lot", "street", "porch", "shed", "garage"]))]


def test_a_lone_colon_opens_the_message_as_a_dash_does() -> None:
    """``INFO : Camera processor started`` / ``INFO : Capture process started``: two capitalised words opening
    the message after the layout's lone ``:`` are two statements' first words (``sentence_starts``)."""
    assert_the_rule_decides(FRIGATE, [k for _, k in _FRIGATE], colon_starts=False)


def test_a_saved_state_keeps_its_ids_for_colon_starts(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, FRIGATE, {"colon_starts": False})
    assert len(set(first)) == 1
    assert partition(ids(FRIGATE)) == partition([k for _, k in _FRIGATE])
