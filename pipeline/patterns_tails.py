"""A free text a statement prints at its end (session 8, S8-tails): documented log formats whose
last field is a program's free text, read here so ``Clusterer._tail_match`` can join the lines of
one event type whatever that text holds.  Measurements in docs/patterns.md ("Session 8")."""

from __future__ import annotations

import re

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_tokens import opposed_tails

_EVENT_WORD = re.compile(r"^[A-Z][A-Z_]+:?$")
_COMMAND = re.compile(r"^(?:<\*>|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)$")


def record_end(toks: tuple[str, ...], template: bool = False) -> int | None:
    """End (exclusive) of an event type that opens a record of ``;``-separated fields, or None.

    Nagios, Icinga 1 and Naemon write their main log as ``[<epoch>] <EVENT TYPE>: <f1>;<f2>;…``
    (``SERVICE ALERT: host;service;state;type;attempt;output``, ``HOST NOTIFICATION: contact;host;
    state;command;output``, ``EXTERNAL COMMAND: NAME;args``): the event type is the statement, and
    the fields are values, the last one the check plugin's own free text (any words, ``=``,
    ``:``, brackets).  Here: two or more upper-case words ending in ``:`` after a header of
    values (``[<*>]``), then a field list holding two ``;`` within its first four tokens.  With
    ``template`` a tail already one ``<*>`` (the record, merged) or opening with a value qualifies."""
    i = 0
    while i < len(toks) and WILD in toks[i]:
        i += 1  # the header: ``[<epoch>]``
    n = i
    while n < len(toks) and _EVENT_WORD.match(toks[n]) and not toks[n].endswith(":"):
        n += 1
    if n >= len(toks) - 1 or n - i < 1 or not _EVENT_WORD.match(toks[n]) or not toks[n].endswith(":"):
        return None
    n += 1  # the event type's last word, ``ALERT:``
    tail = toks[n:]
    if ";" in tail[0] and sum(x.count(";") for x in tail[:4]) >= 2:
        return n
    if template and (tail == (WILD,) or WILD in tail[0]):
        return n
    return None


def merge_records(t: tuple[str, ...], s: tuple[str, ...], opposites: bool) -> tuple[str, ...] | None:
    """Two records of ``;``-separated fields (the tails after one event type) as one template's:
    field by field, equal fields kept and differing ones ``<*>``; None when the field counts differ
    (Nagios's ``ACKNOWLEDGEMENT`` notification adds an author and a comment: another statement)
    or, with ``opposites``, when the last fields, of one length, differ by opposite words (``SERVICE
    FLAPPING ALERT: …;STARTED; Service appears to have started flapping …`` / ``… stopped …``:
    the format's own sentence, two statements; a state field such as ``UP``/``DOWN`` is a value).
    A template's record already one ``<*>``, and Nagios's ``EXTERNAL COMMAND: NAME;args`` (the
    command's raw text, its arguments by command), join as one value."""
    tf, sf = " ".join(t).split(";"), " ".join(s).split(";")
    if len(tf) == 1 or (_COMMAND.match(tf[0]) and _COMMAND.match(sf[0])):
        return (WILD,)  # a record merged into one value already; or an external command's raw text,
        # ``NAME;args`` (``EXTERNAL COMMAND: SCHEDULE_FORCED_SVC_CHECK;host;service;time``): one value
    if len(tf) != len(sf):
        return None
    if opposites and opposed_tails(tuple(tf[-1].split()), tuple(sf[-1].split())):
        return None
    return tuple(";".join(a if a == b else WILD for a, b in zip(tf, sf)).split())
