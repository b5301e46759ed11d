"""A free text a statement prints at its end (session 8, S8-tails): documented log formats whose
last field is a program's free text, read here so ``Clusterer._tail_match`` can join the lines of
one event type whatever that text holds.  Measurements in docs/patterns.md ("Session 8")."""

from __future__ import annotations

import re

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_shape import colon_prefixes
from millpond.pipeline.patterns_sites import LABEL_SPAN
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


# --- session 15: inserts ---


def open_end(t: tuple[str, ...], s: tuple[str, ...], params: Params) -> int:
    """Where the text ending the line starts when the shorter of ``t``, ``s`` is a context ending in one ``<*>`` (``Announce
    error: <*>``, ``[Job <*>] StdOut: <*>``, ``Started - <*>``) and the other has that context and a text of several
    tokens after it, values among its words (``Announce error: Tracker gave HTTP response code <*> (<*>)``): a ``%s``
    ending the line after a label prints a message, a command or an error's text, one value whatever it holds (the
    free-text tail's reading, :meth:`Clusterer._tail_match`, for a template whose tail became ``<*>`` otherwise than
    by taking free texts, ``label_ends``).  The context is one ``colon_prefixes`` reads in both lines (two constants at
    least, three unless it names an object, a severity no context) ending in the same word in both (``Value
    notification:`` is not ``Interview COMPLETED,``); the text at most ``LABEL_SPAN`` tokens, no ``key=`` field or
    further ``label:`` (a record's or a list's fields are no text: ``Reports grabbed: <*>, Reports pending: <*>``); the
    text opens with a word, as a message, a command or an error's text does (upsmon's ``Poll UPS [<*>] failed - <*> does
    not exist on server <*>`` is the format's own words around values, labelled a statement of its own).  0 if not so."""
    short, long_ = (t, s) if len(t) < len(s) else (s, t)
    k = len(short) - 1
    if (k < 2 or short[-1] != WILD or short[k - 1] != long_[k - 1] or WILD in short[k - 1] or len(long_) - k > LABEL_SPAN
            or any("=" in x or x.endswith(":") for x in long_[k:])):
        return 0
    if not long_[k][:1].isalpha():
        return 0  # ``failed - <*> does not exist on server <*>``: the format's own words around a value, no text
    if k not in colon_prefixes(short, params, closed=False) or k not in colon_prefixes(long_, params, closed=False):
        return 0
    return k
