"""Session-9 changes of the pattern miner (issue #6), lead's part.

* RFC 3164's HOSTNAME is a name or an address, never a ``name[pid]:`` tag: when the relay's host
  holds a digit the mask folds it into the time (``<*> asterisk[<*>]: NOTICE[<*>]: …``), and the
  token after the time is then the program's tag, not a host to drop — the ``word[<digits>]:``
  that opens the message after it (Asterisk's level and thread) is the message's own."""

from __future__ import annotations

from millpond.pipeline.patterns_formats import WILD, host_field

import layoutkit
from patternkit import ids, partition


def test_a_tag_after_the_time_is_the_program_not_a_host() -> None:
    folded = (WILD, "asterisk[<*>]:", "NOTICE[<*>]:", "chan_sip.c:<*>", "in", "handle_request:")
    assert host_field(folded) == folded
    named = (WILD, "pbx", "asterisk[<*>]:", "NOTICE[<*>]:", "chan_sip.c:<*>")
    assert host_field(named) == (WILD, "asterisk[<*>]:", "NOTICE[<*>]:", "chan_sip.c:<*>")


def test_asterisk_through_a_relay_is_one_statement_per_call_whatever_the_host() -> None:
    """The layout spec's ``asterisk_syslog``: with the host rule reading the tag as the host, 6 groups for 3."""
    lines, truth = layoutkit.asterisk_syslog()
    assert partition(ids(lines)) == partition(truth)
