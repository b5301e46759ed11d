"""Similarity of a masked shape to a template, and the merged template (the clustering's core):
token by token at one length, aligned (``difflib``) across lengths, where optional fields,
spanning variables and values holding spaces may fill the gaps."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from millpond.pipeline.patterns_composites import kwarg_reprs
from millpond.pipeline.patterns_formats import files_apart, functions_apart
from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_mask_values import ERRNO_TEXTS
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_shape import (
    _FIELD_LABEL as FIELD_LABEL,
    LABEL,
    event_names,
    is_const,
    is_header_word,
    is_kv,
    is_level_word,
    is_valueish,
    level_header,
    message_words,
    n_plain,
    token_weight,
)
from millpond.pipeline.patterns_tails import open_end
from millpond.pipeline.patterns_tokens import (
    WORD,
    LEVELS,
    attr_key,
    attrs_start,
    bool_values,
    changed_state,
    classes_apart,
    counted_noun,
    fits,
    http_methods,
    kind_token,
    opposite,
    outcome,
    printed_state,
    residues_apart,
    shifted,
)


def similarity(t: tuple[str, ...], s: tuple[str, ...], params: Params) -> tuple[float, tuple[str, ...] | None]:
    """Score of shape ``s`` against template ``t`` and the merged template.

    Equal tokens score; a ``<*>`` in the template absorbs what faces it at no
    cost; every other unmatched token costs one.  Score = matched / (matched +
    cost), so one differing word in a long line scores high and in a short
    line low.
    """
    if len(t) == len(s):
        matched = cost = 0
        out = []
        run = costs = 0  # differing positions in a row, and the costly ones among them
        for pos, (a, b) in enumerate(zip(t, s)):
            run, costs = (0, 0) if a == b else (run + 1, costs)
            if a == b:
                matched += token_weight(a, params)
                out.append(a)
            elif a == WILD:
                out.append(WILD)
            elif params.partial and WILD in a and fits(a, b) and not (params.event_names and event_names(a, b)):
                out.append(a)
            elif params.eq_values and pos > 0 and t[pos - 1] == "=" == s[pos - 1] and _LOWER.match(a) and _LOWER.match(b):
                out.append(WILD)  # ``Reloaded: trace = true`` / ``= false``: a setting's value
            elif params.attr_values and "=" in a and _same_attr(t, s, pos):
                out.append(WILD)  # ``connection.lan=true`` / ``=false``: a structured logger's value
            elif params.labels_apart and LABEL.match(a) and LABEL.match(b):
                return 0.0, None  # two labels (``LOGIN:`` / ``MKDIR:``) name two statements
            elif params.messages_apart and (message_words(a, b) or (params.event_names and event_names(a, b))):
                return 0.0, None  # ``msg=socket_error`` / ``msg=malformed_message``: two events (session 10)
            elif params.label_words and _label_word(t, s, pos, a, b) and not (params.entity_names and _named(t, s, pos)):
                return 0.0, None  # ``grid power: <*>`` / ``pv power: <*>``: a reading's name, two statements
            elif params.classes_apart and classes_apart(a, b):
                return 0.0, None  # two loggers (classes): two sources, two statements
            elif params.loggers_apart and _loggers_apart(t, s, pos, params):
                return 0.0, None  # ``octoprint.timelapse - INFO`` / ``octoprint.filemanager - INFO``: two modules' loggers (session 8)
            elif params.functions_apart and functions_apart(a, b):
                return 0.0, None  # two C functions in ``[file:line:func]``: two calls (session 8)
            elif params.files_apart and files_apart(a, b):
                return 0.0, None  # ``[tb_client.py]`` / ``[mqtt_connector.py]``: two source files, two calls (session 8)
            elif (k := kind_token(a, b)) is not None:
                out.append(k if params.partial else WILD)
            elif params.counted_nouns and (noun := counted_noun(t, s, pos)) is not None:
                out.append(noun if params.partial else WILD)  # ``<*> track`` / ``<*> tracks``: one noun (session 13)
            elif params.sentence_starts and _sentence_starts(t, s, pos, params) and not (
                    params.printed_states and printed_state(t, s, pos)) and not (
                    params.changed_states and changed_state(t, s, pos)):
                return 0.0, None  # ``<proto>: Got KEEPALIVE`` / ``Sending KEEPALIVE``: two calls' first words (session 8)
            elif params.http_methods and http_methods(a, b):
                out.append(WILD)  # ``GET /`` / ``POST /upload``: the request's method (session 8)
            elif params.bool_values and bool_values(t, s, pos, params.framed_bools, params.flag_words):
                out.append(WILD)  # ``cached=true`` / ``cached=false``: a flag's printed state (session 8)
            elif params.opposites and opposite(a, b) and not (params.printed_states and printed_state(t, s, pos)) and not (
                    params.changed_states and changed_state(t, s, pos)):  # (a new state printed: session 14)
                return 0.0, None
            elif params.residue_apart and residues_apart(a, b):
                return 0.0, None  # ``(uid=<*>)`` / ``LOGIN(uid=<*>)``, ``size=<*>`` / ``count=<*>``: other keys
            elif params.function_words_apart and _function_word_faced(t, s, pos):
                return 0.0, None  # ``Importing the settings.`` / ``Importing index <*>``: format text (session 12)
            elif params.valued_words and (valued_word(a, b) or valued_word(b, a)):
                return 0.0, None  # ``Got END-OF-RIB`` / ``Got OPEN(as=<*>,…``: two messages' names (session 13)
            elif params.named_words and (named_word(a, b) or named_word(b, a)):
                return 0.0, None  # ``worker=<*> reopening logs`` / ``master reopening logs``: two formats (session 14)
            elif params.outcome_words and outcome(a, b):
                return 0.0, None  # ``login attempt for`` / ``login successful for``: two events (session 14)
            else:
                cost += params.word_cost if WORD.match(a) and WORD.match(b) else 1
                costs += 1
                out.append(WILD)
            if params.max_run and run >= params.max_run and costs >= 2:
                return 0.0, None  # a whole phrase differs: another statement behind a shared header
        merged = tuple(out)
        if params.words_apart and len(t) > 2 and _text_words(t, s, len(t) - 2) and _text_words(t, s, len(t) - 1, True):
            return 0.0, None  # ``[Node <*>] Is asleep`` / ``Interview started``: two predicates ending the line (session 13)
        if params.function_words and merged != t and _function_words_only(merged, params):
            return 0.0, None  # ``WSREP: <*> <*> at <*> <*>``: no word of a statement kept (session 8)
        if params.prose_cost != 1.0 and cost == params.word_cost:
            # one differing pair of bare lowercase words (``carrier acquired`` / ``carrier lost``) at a
            # line's end or beside a value is the statement's predicate more often than a ``%s``
            # argument, which the program frames with its own words (``Proxy <name> started.``)
            at = [k for k, (a, m) in enumerate(zip(t, merged)) if m == WILD and a != WILD]
            if len(at) == 1 and _PROSE.match(t[at[0]]) and _PROSE.match(s[at[0]]) and not _framed(t, s, at[0]):
                cost = params.prose_cost
        if params.shifts and cost and shifted(t, s):
            return 0.0, None
        if params.level_tails and cost >= 2 and _apart_after_level(t, s, params):
            return 0.0, None
    else:
        if params.field_labels and (k := _field_start(t, s, params)):
            return similarity((*t[:k], WILD), (*s[:k], WILD), params)  # the layout's last field, one value
        if params.label_ends and (k := open_end(t, s, params)):
            return similarity((*t[:k], WILD), (*s[:k], WILD), params)  # a text ending the line after a context (session 15)
        general = abs(len(t) - len(s)) <= params.max_len_delta * max(len(t), len(s))
        if general and params.error_texts and (swapped := error_swap(t, s)) is not None:
            return similarity(*swapped, params)  # two system errors' texts: one value (session 15)
        if not general and not params.kv_gaps:
            return 0.0, None
        matched = cost = 0
        out = []
        i = j = 0
        kinds = set()
        for a, b, n in SequenceMatcher(None, t, s, autojunk=False).get_matching_blocks():
            gap_t, gap_s = t[i:a], s[j:b]
            if params.context_names and general and i == j == CONTEXT_AT and context_slot(t, s, gap_t, gap_s, params.max_span):
                out.extend(t[a : a + n])  # the object's name before the message: no part of the statement (session 14)
                matched += sum(token_weight(x, params) for x in t[a : a + n])
                i, j = a + n, b + n
                continue
            if params.messages_apart and any(message_words(x, y) or (params.event_names and event_names(x, y))
                                             for x in gap_t for y in gap_s):
                return 0.0, None  # two events' names, whatever else differs (session 10)
            if params.records_apart and _records_apart(gap_t, gap_s):
                return 0.0, None  # ``cache-entries=<*> questions=<*>`` / ``packetcache-acquired=<*> …``: two records (session 13)
            if (gap_t or gap_s) and (all(is_kv(x, params.json_gaps) for x in (*gap_t, *gap_s))
                                     or (params.optional_values and not (gap_t and gap_s) and len(gap_t or gap_s) <= 2
                                         and max(i, j) <= OPTIONAL_AT and all(map(is_valueish, gap_t or gap_s)))
                                     or (params.kv_attrs and _attr_gap(t, s, i, a, j, b, params.kv_records))
                                     or (params.label_fields and label_gap(gap_t or gap_s) and not (gap_t and gap_s))):
                kinds.add("kv")
                if not out or out[-1] != WILD:
                    out.append(WILD)  # optional key=value fields: free
            elif params.optional_values and gap_t == (WILD,) and len(gap_s) == 1 and is_valueish(gap_s[0]):
                out.append(WILD)  # the template's value facing a value in another form (``<*>`` / ``<*>:``): matched
            elif general and params.field_lists and (one := field_value(t, i, a, gap_t, gap_s, params)) is not None:
                kinds.add("one")  # a named field's value in place in a list of fields (session 13)
                if one != WILD or not out or out[-1] != WILD:
                    out.append(one)
            elif general and gap_t and gap_s and (one := _one_value(gap_t, gap_s, params)) is not None:
                kinds.add("span")  # a call's argument list of values: one value (``call_args``, session 8)
                out.append(one)
            elif general and params.method_lengths and methods_apart(gap_t, gap_s):
                kinds.add("span")  # ``PUT request for`` / ``MKCALENDAR request for``: the method (S8-optional)
                out.append(WILD)
            elif gap_t or gap_s:
                # a header value in place (a template <*> facing the first token): it may sit beside
                # optional fields, as the header varies apart from the statement
                grows = (not gap_t and general
                         and ((params.wild_grows and n and _variable(t[a], params))
                              or (params.wild_trails and i > 0 and _variable(t[i - 1], params)))
                         and not (params.trailing_verdicts and n == 0 and len(gap_s) == 1 and i > 0 and verdict(gap_s[0], t[i - 1]))
                         and ((len(gap_s) == 1 and not any("=" in x or WILD in x for x in gap_s))
                              or (params.value_runs and len(gap_s) <= params.max_span
                                  and all(map(is_valueish, gap_s)))))
                kinds.add("one" if (params.one_for_one and i == j == 0 and gap_t == (WILD,) and len(gap_s) == 1)
                          or (grows and params.json_gaps) else "span")
                if not grows and general and params.wild_phrases and (gap_t or gap_s) and not (gap_t and gap_s):
                    # a value with spaces next to a template <*> (``/media/UBUNTU 24_04 LTS AMD64``):
                    # a few words ending (after it) or starting (before it) in a value lengthen that
                    # variable, in either line
                    gap, other = (gap_t, s) if gap_t else (gap_s, t)
                    grows = (((i > 0 and t[i - 1] == WILD and _phrase(gap, -1))
                              or (n > 0 and t[a] == WILD and _phrase(gap, 0))
                              or (params.wild_shrinks and gap is gap_t and len(gap) == 1 and "=" not in gap[0]
                                  and not (params.trailing_verdicts and n == 0 and i > 0 and verdict(gap[0], t[i - 1]))
                                  and not gap[0].endswith(":")  # the mirror of wild_grows/wild_trails:
                                  and ((n > 0 and t[a] == WILD) or (i > 0 and t[i - 1] == WILD)))
                              or (params.name_words and _name_run(gap, params.max_span) and _named_slot(t, i, a, n))
                              or (params.list_items and list_items(gap, t[i - 1] if i else None, t[a] if n else None, params.max_span))
                              or (params.label_tails and n == 0 and label_tail(gap, t[max(i - 2, 0) : i], params.max_span)))
                             and not any(is_const(x) and x in other for x in gap)  # not ``…, label is <*>``
                             ) or (params.optional_clauses and (clause_gap(gap, t[i - 1] if i else None, t[a] if n else None)
                                                                or word_clause_gap(gap, t[i - 1] if i else None, t[a] if n else None))
                                   and not _repeats(gap, other)  # ``<*> (forwarded for <*>)`` beside ``request for``
                                   ) or (params.paren_notes and paren_note(gap, t[i - 1] if i else None, n == 0, params.error_notes))
                if grows:
                    if _mixed(kinds):
                        return 0.0, None
                    out.extend(t[a : a + n])  # a word right before a ``<*>``: the variable is longer here
                    matched += sum(token_weight(x, params) for x in t[a : a + n])
                    i, j = a + n, b + n
                    continue
                if not general or _mixed(kinds) or not gap_t or not gap_s:
                    return 0.0, None  # no spanning, or an inserted word
                if params.value_runs and all(map(is_valueish, gap_t)):
                    pass  # template values faced by values and names of differing number: one value
                    # (exim's host ``<*> [<*>]`` / ``smtp.example.de (helo) [<*>]:<*>``)
                elif params.value_groups and all(map(is_valueish, gap_s)) and _group(gap_t, params.max_span):
                    pass  # …and the other way round, a bracketed value holding spaces in the template
                    # (``[/usr/bin/systemctl restart nginx]`` first, then ``[/usr/bin/gnome-control-center]``)
                elif any(x != WILD for x in gap_t) and not (
                        params.value_spans and len(gap_t) == 1 and WILD in gap_s[0] and len(gap_s) <= 2):
                    return 0.0, None  # differing words of differing number: only a <*> spans
                    # (or a word facing a value and its unit, ``from NULL to`` / ``from <*> % to``)
                if len(gap_s) > params.max_span or any("=" in x for x in gap_s) or (
                        not params.span_labels and any(x.endswith(":") for x in gap_s[1:])):
                    return 0.0, None  # a variable spans a few words, never key=value or ``label:`` structure
                if not out or out[-1] != WILD:
                    out.append(WILD)
            if _mixed(kinds):
                return 0.0, None  # optional fields and a spanning variable at once: too loose
            out.extend(t[a : a + n])
            matched += sum(token_weight(x, params) for x in t[a : a + n])
            i, j = a + n, b + n
        merged = tuple(out)
    if matched + cost == 0:
        return 0.0, None
    kept = [x for x in merged if x != WILD and token_weight(x, params)
            and not (params.header_weight and is_header_word(x, params.log_levels))]
    if merged != t and (len(kept) < params.min_const or (
            params.word_consts and all(_WORDLESS.match(x.replace(WILD, " ")) for x in kept))):
        return 0.0, None
    if params.value_templates and not own_words(t, params.log_levels) and own_words(s, params.log_levels, bare=True) > 1:
        return 0.0, None  # a request line of values takes no line of words (session 9, S9-pyjvm)
    if params.wordless_merges and merged != t and _loses_every_word(t, s, merged, params):
        return 0.0, None  # ``worker=<*> ready`` / ``worker=<*> spawning...``: no word of either statement kept (session 12)
    return matched / (matched + cost), merged


_TEXT_WORD = re.compile(r"^[A-Za-z][a-z]+[.,;!]?$")  # ``asleep``, ``Interview``, ``index.``: a word of text


def _field_start(t: tuple[str, ...], s: tuple[str, ...], params: Params) -> int:
    """Where the layout's last field starts when the template holds it as one ``<*>`` already (a variety site made
    it one) and the shape fills it with a few words, maybe a ``label:`` (a thread ``ActiveMQ Transport: tcp://…``
    after log4j's ``%m | %c | %t``; ``field_labels``, session 14): both lines put their last lone `` | `` at that
    place.  0 if not so."""
    k = len(t) - 1
    if k < 2 or t[k] != WILD or t[k - 1] != "|" or len(s) <= k or s[k - 1] != "|" or "|" in s[k:]:
        return 0
    return k if len(s) - k <= params.max_span and not any("=" in x for x in s[k:]) else 0


def _text_words(t: tuple[str, ...], s: tuple[str, ...], k: int, after: bool = False) -> bool:
    """Whether two differing words at ``k`` are words of text (lowercase, maybe capitalised; no digits, no
    upper-case enum constant, no brackets or ``=``), and (unless ``after`` a differing word) open a clause:
    they follow a shared token that ends a sentence or a bracketed field (``request.``, ``[Node <*>]``).
    A ``%s`` that printed words follows the format's own word (``Down <reason>``, ``accessory <name>``,
    ``Error: <text>``); two words that make the whole clause after a sentence or a field, and differ
    (``[Node <*>] Is asleep`` / ``[Node <*>] Interview started``, ``Initiating login.`` / ``Access
    Denied.``), are two predicates, two format strings' texts (``words_apart``, session 13)."""
    if not (t[k] != s[k] and _TEXT_WORD.match(t[k]) is not None and _TEXT_WORD.match(s[k]) is not None):
        return False
    return after or (k > 0 and t[k - 1] == s[k - 1] and t[k - 1].endswith((".", "]", ")")))


def _records_apart(gap_t: tuple[str, ...], gap_s: tuple[str, ...]) -> bool:
    """Two gaps, one on each side, of ``RECORD_FIELDS`` ``key=`` fields or more each and no key in common: two
    records, each call printing its own set of fields under one header (pdns-recursor's periodic statistics,
    one record of cache counters and one of packet-cache counters), not one record that leaves some fields
    out: an optional field's absence leaves a gap on one side only, or beside fields of the same keys, and
    a context's optional fields (``trace_id=`` ``span=`` ``region=``) are one or two a line
    (``records_apart``, session 13)."""
    kt = {x.split("=", 1)[0] for x in gap_t if "=" in x}
    ks = {x.split("=", 1)[0] for x in gap_s if "=" in x}
    return len(kt) >= RECORD_FIELDS and len(ks) >= RECORD_FIELDS and not kt & ks


RECORD_FIELDS = 3
"""Fields on each side that make a record of its own (:func:`_records_apart`): 2 parted a payment service's
optional context fields (rd 1001/payments 0.960 -> 0.568)."""


_BARE_WORD = re.compile(r"^[A-Za-z][A-Za-z_-]+$")  # ``KEEPALIVE``, ``END-OF-RIB``: a word, nothing printed inside
_NAMED_FIELDS = re.compile(r"^([A-Za-z][A-Za-z_-]+)[(\[{]\w+=[^\s]*<\*>")  # ``OPEN(as=<*>,hold=<*>,…``


def valued_word(a: str, b: str) -> bool:
    """``END-OF-RIB`` / ``OPEN(as=<*>,hold=<*>,…``: a bare word facing another word that prints named fields
    in brackets.  Both are the names of messages, events or records a program reports, each with its own
    format (one with fields, one without); a ``%s`` argument that is a bare word does not turn into a record
    with fields (``valued_words``, session 13).  A record's name facing the same name is left to the rest."""
    m = _NAMED_FIELDS.match(b)
    return m is not None and _BARE_WORD.match(a) is not None and a != m[1]


# session 8, S8-phrases: a value of several words printed with one ``%s``
_CALL = re.compile(r"^(\w+\()(.*)(\)[,;:.]?)$")  # ``connect(<*>, unix:<*>)``: a call and its argument list


OPTIONAL_AT = 3
"""``optional_values`` holds near the line's start only (a queue id after the header, ``<ts>: child pid``):
deeper in a message a value on one side is a statement's own argument as often."""


def _one_value(gap_t: tuple[str, ...], gap_s: tuple[str, ...], params: Params) -> str | None:
    """The token for two gaps, one on each side, that print one value of differing number of words
    (else ``None``).  With ``call_args``: an argument list of one call, values inside on both sides
    (``connect(<*>)`` / ``connect(<*>, unix:<*>)``, C's ``"connect(%d, %s)"`` with an address that
    prints as one word or two): ``connect(<*>)``.  No ``key=`` or ``label:`` structure inside.
    With ``field_swaps``: one token each, one named field's two word values (``PreferredUsername:jonas``
    / ``:quentin``; not opposites, not severities): ``PreferredUsername:<*>``, free as at one length
    (a merge that loses a plain value that held many lines still meets the evidence rule).
    With ``bracket_lists``: a named field's bracketed list each (Go's ``%v`` of a slice after
    ``groups:``, ``groups:[admins devs]}`` / ``groups:[]}``): ``groups:[<*>]}``."""
    if params.call_args:
        ct, cs = _CALL.match(" ".join(gap_t)), _CALL.match(" ".join(gap_s))
        if (ct and cs and ct[1] == cs[1] and ct[3] == cs[3] and WILD in ct[2] and WILD in cs[2]
                and len(gap_t) <= params.max_span and len(gap_s) <= params.max_span
                and not any("=" in x or x.endswith(":") for x in (*gap_t, *gap_s))):
            return f"{ct[1]}{WILD}{ct[3]}"
    if params.field_swaps and len(gap_t) == len(gap_s) == 1:
        ft, fs = _FIELD.match(gap_t[0]), _FIELD.match(gap_s[0])
        if (ft and fs and ft[1] == fs[1] and not (params.opposites and opposite(ft[2], fs[2]))
                and not {ft[2].lower(), fs[2].lower()} <= LEVELS):
            return f"{ft[1]}{WILD}"  # ``PreferredUsername:jonas`` / ``:quentin``: one field's two values
    if params.kwarg_reprs and _one_repr(gap_t) and _one_repr(gap_s) and (len(gap_t) > 1 or len(gap_s) > 1):
        return WILD  # ``Task(date=<*>, env=<*>)`` / ``Export(date=<*>)``: one object's repr, its fields of any number
    if params.bracket_lists:
        lt, ls = _LIST.match(" ".join(gap_t)), _LIST.match(" ".join(gap_s))
        if (lt and ls and lt[1] == ls[1] and lt[3] == ls[3] and _CLOSE.get(lt[1][-1]) == lt[3][:1]
                and len(gap_t) <= params.max_span and len(gap_s) <= params.max_span
                and not any("=" in x or x.endswith(":") for x in (*gap_t, *gap_s))):
            return f"{lt[1]}{WILD}{lt[3]}"  # ``groups:[admins devs]}`` / ``groups:[]}``: one list
    return None


def _one_repr(gap: tuple[str, ...]) -> bool:
    """Whether ``gap`` is one constructor-style repr (``Name(key=value, …)``, :func:`kwarg_reprs`), or a
    template's value that took one."""
    return gap == (WILD,) or (len(r := kwarg_reprs(gap)) == 1 and r != gap)


_FIELD = re.compile(r"^([A-Za-z][\w.-]*[:=])([\w.@-]+|<\*>)$")  # ``key=word``, ``Label:word``: a named field
_LIST = re.compile(r"^([A-Za-z][\w.-]*:[\[({])([^\[\](){}]*)([\])}][^\s\w]*)$")  # ``groups:[admins devs]}``


_NAME_WORD = re.compile(r"^[A-Z][a-z]+[a-z0-9]*$")  # ``Energy``, ``Sensor``: a word of a proper name


def _name_run(gap: tuple[str, ...], longest: int) -> bool:
    """2 to ``longest`` capitalised words (``Energy Meter``, ``Temp Sensor``, ``Living Room``): the words
    of a printed name (a device, a room, a product); a format string's own words after a value are
    lowercase (``is not connected``, ``(core dumped)``) or upper-case labels (``OK``, ``FAILED``)."""
    return 2 <= len(gap) <= longest and all(_NAME_WORD.match(x) for x in gap)


def _named_slot(t: tuple[str, ...], i: int, a: int, n: int) -> bool:
    """Whether the gap ``t[i:a]`` (or the shape's, facing it) touches a template ``<*>`` that a shared
    plain token introduces, right after it (``device <*>`` + ``Energy Meter``) or right before it
    (``device`` + ``Temp Sensor`` + ``<*>``, ``=>`` + ``Living Room`` + ``<*>``)."""
    return ((i > 1 and t[i - 1] == WILD and is_const(t[i - 2]))
            or (n > 0 and t[a] == WILD and i > 0 and is_const(t[i - 1])))


def label_gap(gap: tuple[str, ...]) -> bool:
    """A gap of ``label: <*>,`` fields only (``speed: <*>,``, ``X-Forwarded-For: <*>,``): a
    comma-separated list of labelled values that leaves out the fields it lacks (traccar's
    ``id: …, time: …, lat: …, lon: …, speed: …, course: …``)."""
    return (any(_ANY_LABEL.match(x) for x in gap)
            and all(_ANY_LABEL.match(x) or (WILD in x and x.endswith(",")) or x == WILD for x in gap))


_ANY_LABEL = re.compile(r"^[A-Za-z][\w-]*:$")


def _attr_gap(t: tuple[str, ...], s: tuple[str, ...], i: int, a: int, j: int, b: int, records: bool) -> bool:
    """Gaps ``t[i:a]`` / ``s[j:b]`` of structured loggers' attributes only (see :func:`attr_key`):
    optional fields, as a logger leaves out an empty one (``folder.label=``)."""
    lt, ls = attrs_start(t, records), attrs_start(s, records)
    if not (all(t[k] == WILD or attr_key(t[k], k >= lt) for k in range(i, a))
            and all(s[k] == WILD or attr_key(s[k], k >= ls) for k in range(j, b))):
        return False
    if not (lt == 0 or ls == 0):
        return True
    # a record of key=value fields only: a field is optional when its key is missing from the
    # other line; one key on both sides holds a value (``<*>``) on one (``type=USER_LOGIN`` /
    # ``type=CRED_DISP``: the record's kind, two records)
    vt = {attr_key(x, True): x for x in t[i:a] if x != WILD}
    vs = {attr_key(x, True): x for x in s[j:b] if x != WILD}
    keys_t = {attr_key(x, True) for x in t if x != WILD}
    keys_s = {attr_key(x, True) for x in s if x != WILD}
    return (all(k not in keys_s or (k in vs and WILD in vs[k] + x) for k, x in vt.items())
            and all(k not in keys_t or (k in vt and WILD in vt[k] + x) for k, x in vs.items()))


def _same_attr(t: tuple[str, ...], s: tuple[str, ...], k: int) -> bool:
    """Two values of one attribute of a structured logger (``connection.lan=true`` / ``=false``,
    ``primary=true`` / ``=false`` after a logfmt ``msg="…"``), severities apart (``level=warn``)."""
    a, b = t[k], s[k]
    ka = attr_key(a, True)
    if ka is None or ka != attr_key(b, True):
        return False
    if {a[a.find("=") + 1 :].lower(), b[b.find("=") + 1 :].lower()} <= LEVELS:
        return False
    return attr_key(a, False) is not None or (k >= attrs_start(t) and k >= attrs_start(s))


_LOWER = re.compile(r"^[a-z]+[.,;]?$")  # a lowercase word: a printed value (``true``), not a constant (``ON``)
_PREPOSITIONS = frozenset("of as for to from in into on at by with".split())  # an argument follows
_PROSE = re.compile(r"^[a-z]+$")  # a bare lowercase word, no punctuation (``block,`` is a CSV field)


def _label_word(t: tuple[str, ...], s: tuple[str, ...], k: int, a: str, b: str) -> bool:
    """Whether two bare lowercase words at ``k`` name a reading: each is (or qualifies, right before
    a shared one) a lowercase ``label:`` that a value follows (``pv power: <*>`` / ``grid power: <*>``,
    ``charge power: <*>`` / ``charge currents: <*>``): a program prints each reading with its own call.
    After a preposition the word is an argument (``flush of users: <*>``, ``learned message as ham:``)."""
    if k > 0 and (t[k - 1] in _PREPOSITIONS or (t[k - 1].endswith(",") and s[k - 1].endswith(","))):
        return False  # …and a field of a comma list of them (``lon: <*>, speed: <*>,``) may be left out
    if FIELD_LABEL.match(a) and FIELD_LABEL.match(b):
        return k + 1 < len(t) and WILD in t[k + 1] and WILD in s[k + 1]  # ``<*>W`` / ``[<*>]A``
    return (_PROSE.match(a) is not None and _PROSE.match(b) is not None and k + 2 < len(t)
            and t[k + 1] == s[k + 1] and FIELD_LABEL.match(t[k + 1]) is not None and WILD in t[k + 2] and WILD in s[k + 2])


ENTITY_NOUNS = frozenset("""user username login account group role tenant team org host hostname node peer client server
    instance target endpoint backend upstream service job task worker queue topic channel room session device sensor
    camera printer interface iface disk volume bucket share zone domain database db table container pod namespace
    project repo repository branch plugin module app application site vhost route""".split())
"""Nouns that name the entity whose identifier follows: ``for user carol:``, ``on host web:``."""


def _named(t: tuple[str, ...], s: tuple[str, ...], k: int) -> bool:
    """Whether the differing words at ``k`` follow a shared entity noun (``sessions for user carol:
    <*>`` / ``user bob: <*>``): they are that entity's name, an argument, not a reading's label
    (``pv power:`` / ``grid power:``), however much each looks like a ``label:``."""
    return k > 0 and t[k - 1] == s[k - 1] and t[k - 1].lower() in ENTITY_NOUNS


def _framed(t: tuple[str, ...], s: tuple[str, ...], k: int) -> bool:
    """Whether position ``k`` stands between two shared plain words (``Proxy <name> started.``)."""
    return (0 < k < len(t) - 1 and t[k - 1] == s[k - 1] and t[k + 1] == s[k + 1]
            and is_const(t[k - 1]) and is_const(t[k + 1]))


def _apart_after_level(t: tuple[str, ...], s: tuple[str, ...], params: Params) -> bool:
    """Two lines of one length that share only a header ending in an upper-case severity word
    (``<ts>: <name> pid <n>: LOG:  statement: SELECT 1`` / ``…: LOG:  new connection received``):
    the message after the level shares no word and two of its words differ, so two statements."""
    k = next((i for i in range(len(t) - 1, -1, -1) if t[i] == s[i] and level_header(t[i], params)), None)
    if k is None:
        return False
    rest = list(zip(t[k + 1 :], s[k + 1 :]))
    return (not any(a == b and is_const(a) for a, b in rest)
            and sum(1 for a, b in rest if a != b and is_const(a) and is_const(b)) >= 2)


def _variable(tok: str, params: Params) -> bool:
    """A template ``<*>``, or with ``value_sides`` a value in brackets or punctuation (``<*>)``,
    ``[<*>]``): a word beside it may belong to the value (``… revision <*>) +YJIT [<*>]``)."""
    return tok == WILD or (params.value_sides and is_valueish(tok))


def _phrase(gap: tuple[str, ...], end: int) -> bool:
    """2 or 3 tokens with a value at ``end``, no ``key=`` or ``label:`` structure: the rest of a
    value that holds spaces."""
    return (2 <= len(gap) <= 3 and is_valueish(gap[end])
            and not any("=" in x or x.endswith(":") for x in gap))


_CLOSE = {"[": "]", "(": ")", "{": "}"}


def _group(gap: tuple[str, ...], longest: int) -> bool:
    """A bracketed group of 2 to ``longest`` tokens that opens with a value (``[<*> restart nginx]``),
    no ``key=`` or ``label:`` inside: one value that holds spaces."""
    if not 2 <= len(gap) <= longest or gap[0][:1] not in _CLOSE or not gap[0].startswith(gap[0][0] + WILD):
        return False
    return (gap[-1].rstrip(",;:").endswith(_CLOSE[gap[0][0]]) and not any("=" in x for x in gap)
            and not any(x.endswith(":") for x in gap[:-1]))


def _mixed(kinds: set[str]) -> bool:
    """Optional fields and a spanning variable at once are too loose; a value in place beside
    optional fields is not (``[system] … comm=<*> label=<*>)`` / ``<*> … comm=<*>)``)."""
    return len({"span" if k == "one" else k for k in kinds}) > 1 and kinds != {"kv", "one"}


_TITLE = re.compile(r"^[A-Z][a-z]{2,}$")
_WORDLESS = re.compile(r"^(?:[^A-Za-z0-9]|[A-Za-z0-9](?![A-Za-z0-9]))*$")  # no two letters or digits in a row (``=>``, ``<W> ``)


def _sentence_starts(t: tuple[str, ...], s: tuple[str, ...], k: int, params: Params) -> bool:
    """Two capitalised words opening the message — first in the line, or after a shared level,
    ``[tag]``, ``-``/``|`` separator or lowercase ``context:`` (``<TRACE> <proto>: Got KEEPALIVE`` /
    ``Sending KEEPALIVE``, ``INFO: Added Monitor:`` / ``Pause Monitor:``, ``msg="agent: Calling …"``):
    a message starts with its format string's first word, a verb or noun of the statement; a value
    printed first is seldom capitalised (``alice logged in``).  After a capitalised ``Label:`` the
    word is that label's value (``Reason: App failed to load.``), so it is left to the other rules.
    A lone ``:`` separates a layout's fields from the message as ``-`` does (Python logging's ``%(name)s
    %(levelname)s : %(message)s``, Ruby Logger's ``INFO -- :``; ``colon_starts``, session 14)."""
    if not (_title(t[k], params) and _title(s[k], params)):
        return False
    if k == 0:
        return True
    prev = t[k - 1]
    if prev != s[k - 1]:
        return False
    if params.colon_starts and prev == ":":
        return True
    if prev.endswith(":") and not is_header_word(prev, params.log_levels):
        first = next((c for c in prev if c.isalpha()), "")
        return WILD in prev or first.islower() or (  # ``<*>:``, ``agent:``: a context; ``Reason:`` labels a value
            params.caps_contexts and _CAPS_CONTEXT.match(prev) is not None)
    return prev in ("-", "|", "--") or is_header_word(prev, params.log_levels)


def _title(tok: str, params: Params) -> bool:
    """A capitalised word; with ``slashed_starts`` also one joined by ``/`` to a lowercase word
    (``Pausing/resuming``, ``Enabling/disabling``): a format string's own verb for two actions at once,
    opening the message as a capitalised word does (session 14)."""
    return _TITLE.match(tok) is not None or (params.slashed_starts and _SLASHED.match(tok) is not None)


_SLASHED = re.compile(r"^[A-Z][a-z]{2,}/[a-z]{2,}$")


# --- session 8, S8-merges ---------------------------------------------------------------------

_CAPS_CONTEXT = re.compile(r"^[A-Z]{2,8}:$")  # ``DNS:``, ``PROTO:``: a subsystem's tag, upper case like a C macro
_LOGGER = re.compile(r"^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+$")  # ``octoprint.plugins.tracking``: a module's dotted name


def _loggers_apart(t: tuple[str, ...], s: tuple[str, ...], k: int, params: Params) -> bool:
    """Two dotted module names in Python logging's ``%(name)s - %(levelname)s - %(message)s``
    (the documented example format, ``logging.getLogger(__name__)``): the name is the logger, the
    module that logs, so two names are two modules and two calls, as ``classes_apart`` reads two
    Java loggers.  Only in that layout: a dotted name elsewhere is as often a host or a key."""
    return (k + 2 < len(t) and t[k + 1] == s[k + 1] == "-" and t[k + 2] == s[k + 2]
            and is_header_word(t[k + 2], params.log_levels)
            and _LOGGER.match(t[k]) is not None and _LOGGER.match(s[k]) is not None)


_FUNCTION = frozenset("a an the at of to in on for from by with as into via and or".split())  # no copula: ``<*> is <*>`` states a value


def _function_words_only(merged: tuple[str, ...], params: Params) -> bool:
    """A merged template whose words are only contexts (``WSREP:``) and function words (``at``,
    ``of``): galera's ``WSREP: declaring <id> at <addr> stable`` and ``WSREP: Provider paused at
    <seqno> (<n>)`` left ``WSREP: <*> <*> at <*> <*>``.  A format string names its statement with
    a verb or a noun; a preposition is the glue between arguments, shared by chance.  A lowercase
    ``word:`` (``taking:``) is the statement's own word; a context alone (``Reloaded: <*> = <*>``)
    is left to ``word_consts``."""
    words = [x for x in merged if x != WILD and WILD not in x and token_weight(x, params)
             and not is_header_word(x, params.log_levels) and not _WORDLESS.match(x)]
    return (any(x.lower() in _FUNCTION for x in words)
            and all((x.endswith(":") and not x[:-1].islower()) or x.lower() in _FUNCTION for x in words))


# --- session 8, S8-optional: lines of one call that differ in length by what the program adds or prints ---


def methods_apart(gap_t: tuple[str, ...], gap_s: tuple[str, ...]) -> bool:
    """One token each side, two HTTP request methods (``PUT`` / ``MKCALENDAR``): the method a server
    prints with ``%s`` is a value whatever else makes the lines' lengths differ (an optional
    ``with depth %s`` clause), as ``http_methods`` has it at one length."""
    return len(gap_t) == len(gap_s) == 1 and http_methods(gap_t[0], gap_s[0])


_CLAUSE_WORD = re.compile(r"^\(?[a-z]+$")  # ``with``, ``depth``, ``(forwarded``: a format string's own words


def optional_clause(gap: tuple[str, ...], before: str) -> bool:
    """Whether ``gap``, on one side only, right after a value ``before`` both lines share, is one
    or two clauses the program appends when it has their values (``if depth: msg += " with depth
    %s"``, ``" using %s"``, ``" (forwarded for %s)"``): each one to three lowercase words, then one
    value that ends the clause (and its bracket).  A phrase without a value (``(core dumped)``,
    ``to backup``) or after a word (``connected`` / ``connected to <*>``) is another statement."""
    if not (is_valueish(before) and WILD in before and 2 <= len(gap) <= 8):
        return False
    ends = [k for k, x in enumerate(gap) if WILD in x and is_valueish(x)]
    if not ends or ends[-1] != len(gap) - 1 or len(ends) > 2:
        return False
    start = 0
    for end in ends:
        clause = gap[start : end + 1]
        if not (2 <= len(clause) <= 4 and all(_CLAUSE_WORD.match(x) for x in clause[:-1])):
            return False
        if clause[0].startswith("(") != clause[-1].rstrip(",;.").endswith(")"):
            return False
        start = end + 1
    return not any(x.endswith(":") or "=" in x for x in gap)


def clause_gap(gap: tuple[str, ...], before: str | None, after: str | None) -> bool:
    """``optional_clause`` after the shared value ``before``, or aligned one value earlier: the gap
    opens with the clause's preceding value and the shared value ``after`` ends it (difflib may pair
    ``<*> with depth <*>`` so: ``<*>`` ``with depth`` and the next ``<*>``)."""
    return ((before is not None and optional_clause(gap, before))
            or (after is not None and len(gap) > 1 and optional_clause((*gap[1:], after), gap[0])))


def word_clause_gap(gap: tuple[str, ...], before: str | None, after: str | None) -> bool:
    """A word where the other line prints a value, then a clause (``received from unknown using <*>``
    / ``received from <*>``: Radicale prints ``unknown`` for a missing address): difflib pairs the
    values and leaves ``unknown using`` before them; the word is that value, the rest a clause.
    The value's place is introduced by a shared lowercase word (``from``), not a ``label:``
    (``info: response for <*>`` / ``info: <*> <*>``: two statements)."""
    return (after == WILD and before is not None and _LOWER_WORD.match(before) is not None
            and len(gap) > 1 and _LOWER_WORD.match(gap[0]) is not None
            and optional_clause((*gap[1:], after), WILD))


_LOWER_WORD = re.compile(r"^[a-z]+$")


def _repeats(gap: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether the other line holds a clause's words in a row (a field printed twice is no option)."""
    starts = [0] + [k + 1 for k, x in enumerate(gap[:-1]) if WILD in x]
    for a, b in zip(starts, [k for k, x in enumerate(gap) if WILD in x]):
        words = gap[a:b]
        if any(other[k : k + len(words)] == words for k in range(len(other) - len(words) + 1)):
            return True
    return False


# --- session 9: S9-pyjvm ---


def own_words(toks: tuple[str, ...], log_levels: bool = True, bare: bool = False, letters: bool = False) -> int:
    """How many plain words of its own a shape holds: not values, header words (the level, a
    ``[tag]``) nor named fields (``request_id=<*>``, ``class=statechange``: a field's value); with
    ``bare``, only words outside brackets (``(ServerService Thread Pool -- <*>)`` is one value of
    several words, a thread's name).  Phoenix's ``Plug.Logger`` logs a request as ``[conn.method, ?\\s,
    conn.request_path]`` (``GET /api/users``, no word of its own once ``request_lines`` reads the
    method) and its response as ``["Sent ", status, " in ", time]``; the first template's ``<*>``
    absorbed every other line's words at another length.  A template without a word of its own takes
    no line holding two or more bare words (an equal shape joins it through ``exact_joins``; one word
    in the head is a name, ``_name_head_match``'s case).  With ``letters``, only words holding two
    letters or digits in a row (not ``--``, ``:`` nor a level letter ``I,``; ``wordless_merges``)."""
    n = depth = 0
    for x in toks:
        word = (is_const(x) and not is_header_word(x, log_levels) and not _NAMED.match(x)
                and not (letters and _WORDLESS.match(x)))
        if word and not (bare and (depth or x[:1] in "([{")):
            n += 1
        depth = max(depth + sum(map(x.count, "([{")) - sum(map(x.count, ")]}")), 0)
    return n


_NAMED = re.compile(r"^[\w.-]+=")  # ``class=statechange``: a named field, whose value it is


# --- session 12: merges ---


def _loses_every_word(t: tuple[str, ...], s: tuple[str, ...], merged: tuple[str, ...], params: Params) -> bool:
    """Both lines hold a word of their own (two letters in a row, not a level, tag or named field) and
    the join keeps none, nor two named fields: unicorn's ``INFO -- : worker=<*> ready`` / ``worker=<*>
    spawning...`` left ``worker=<*> <*>``, riemann's ``main - riemann.core - Hyperspace core online`` /
    ``… Caught SIGHUP, reloading`` left ``- riemann.<*> - <*> <*> <*>``.  A format string names its
    statement with a word; a template of header and values only has lost what told the statements
    apart.  A record of named fields (sudo's ``TTY=<*> ; PWD=<*> ; USER=root ; COMMAND=<*>``, an access
    log's ``rt=<*> uct=<*>``) is its statement whatever name or argument it printed; a line of values
    only (``GET /x``) has no word to lose (``value_templates``' case)."""
    if params.bracket_heads:
        t, s, merged = _after_bracket_head(t), _after_bracket_head(s), _after_bracket_head(merged)
    if own_words(merged, params.log_levels, letters=True) or sum(1 for x in merged if _NAMED.match(x)) >= 2:
        return False
    return all(own_words(x, params.log_levels, letters=True) for x in (t, s))


BRACKET_HEAD = 6
"""Tokens a bracket opening the line may span to be its header (``bracket_heads``)."""


def _after_bracket_head(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The tokens after a bracket that opens the line and holds a value (``[Fri Nov <*>]``, a shell script's
    ``[$(date)]`` before a learner has read the weekday; ``[<*> worker]``): a layout's header, whose words
    (a month's name, a weekday glued to the bracket) are in every line and name no statement
    (``bracket_heads``, session 14)."""
    if not toks or not toks[0].startswith("[") or "]" in toks[0]:
        return toks
    for i, x in enumerate(toks[1:BRACKET_HEAD], 1):
        if "[" in x:
            return toks
        if "]" in x:
            return toks[i + 1 :] if any(WILD in y for y in toks[: i + 1]) else toks
    return toks


def _function_word_faced(t: tuple[str, ...], s: tuple[str, ...], k: int) -> bool:
    """Two plain words after the same word, one an article or preposition (``the``, ``from``, ``to``): a
    function word is the format string's own glue, never the value a ``%s`` printed, so the lines are two
    statements (meilisearch's ``Importing the settings.`` / ``Importing index `catalog_fr`.``, garage's
    ``Connection from <*> closed`` / ``Connection <*> <*> <*>``).  The word before must be shared: a value
    of several words before it shifts the words after (``changed from OFFLINE (…): Connection refused to
    ONLINE`` / ``changed from OFFLINE (…) to ONLINE``)."""
    a, b = t[k], s[k]
    return (k > 0 and t[k - 1] == s[k - 1] and is_const(t[k - 1]) and _PLAIN.match(a) is not None
            and _PLAIN.match(b) is not None and (a.lower() in _FUNCTION or b.lower() in _FUNCTION))


_PLAIN = re.compile(r"^[A-Za-z]+$")  # a bare word, no punctuation: not ``to:`` nor ``(from``


_PARTICIPLE = re.compile(r"^[a-z]{3,}(?:ing|ed)$")


_DETERMINERS = frozenset("no not any all some each every this that these those".split())


def function_word(tok: str) -> bool:
    """An article, preposition or determiner (``the``, ``from``, ``no``, ``every``): the format string's own
    glue; no user or host is named so (``function_heads``: such a head is no name, ``<*>: no signature
    data`` / ``<*>: bad signature data``)."""
    return tok.lower() in _FUNCTION or tok.lower() in _DETERMINERS


def participle(tok: str) -> bool:
    """A lowercase word ending in ``-ing`` or ``-ed`` (``rebinding``, ``renewing``, ``created``): a verb's
    form, the action a statement reports; a user's or host's name seldom ends so (``participle_heads``)."""
    return _PARTICIPLE.match(tok) is not None


_SHOUTED = re.compile(r"^[A-Z]{3,}[.!]?$")  # ``REFUSED``, ``FAILED``, ``OK!``: a verdict in capitals


def verdict(tok: str, before: str) -> bool:
    """A word ending a line after a value (``before``) that is the statement's verdict on it, not more of
    the value: a lowercase verb's form (``NET-SNMP version <*> restarted``), or an upper-case word after a
    value printed in a form of its own, its punctuation closing it (``Connection from UDP: [<*>]:<*> REFUSED``;
    after a bare value an upper-case word may be the value's own second field, nsd's acl ``<ip> NOKEY``).
    A value printed with spaces goes on in names and numbers; a format string that appends a verdict after
    its last value is another statement than the one that ends with the value (``trailing_verdicts``,
    session 13)."""
    return WILD in before and (participle(tok.rstrip(".!")) or (before != WILD and _SHOUTED.match(tok) is not None))


# --- session 13: lengths (one statement's lines of differing token counts) ---

_LISTED_FIELD = re.compile(r"^([A-Za-z][\w.-]*[:=])([\w.@-]+|<\*>)([,;]?)$")
"""``clientid=mei-phone,``, ``reason=einval``: a named field, maybe one of a list (its ``,`` or ``;`` kept)."""


def field_value(t: tuple[str, ...], i: int, a: int, gap_t: tuple[str, ...], gap_s: tuple[str, ...], params: Params) -> str | None:
    """The token for one token each side that is one named field's value where the lines' lengths differ
    elsewhere (an optional field, a value of several words), else ``None`` (``field_lists``).  A list of
    ``key=value,`` fields prints each field's value in its place, a bare word or not (EMQX's ``clientid:
    mei-phone, msg: socket_error, …`` beside lines that carry a ``username:``; postgrey's ``client_name=unknown,``
    / ``client_name=<*>,``), as ``kv_words`` reads it at one length: the key names the slot.  Two forms:
    the same key on both sides with the same separator after it, one value masked or generalised
    (``clientid=<*>,`` / ``clientid=mei-phone,``: the key's value; not opposite words, not two severities), and a template ``<*>`` — the field an earlier
    merge at one length generalised whole — facing one such field with a bare-word value, next to a field of
    the template (the ``<*>`` stood for a field of the list).  Either is a value in place, not a spanning
    variable, so it may sit beside optional fields.  Two bare words of one key stay ``field_swaps``' (auditd's
    ``type=CRED_DISP`` / ``type=SERVICE_START`` name two records: as a value in place they cost rd −0.005)."""
    if len(gap_t) != 1 or len(gap_s) != 1:
        return None
    fs = _LISTED_FIELD.match(gap_s[0])
    if fs is None:
        return None
    if gap_t[0] == WILD:
        around = (t[i - 1] if i > 0 else "", t[a] if a < len(t) else "")
        return WILD if fs[2] != WILD and "=" in fs[1] and any("=" in x for x in around) else None
    ft = _LISTED_FIELD.match(gap_t[0])
    if ft is None or ft[1] != fs[1] or ft[3] != fs[3] or ft[2] == fs[2] or WILD not in (ft[2], fs[2]):
        return None
    if params.opposites and opposite(ft[2], fs[2]) or {ft[2].lower(), fs[2].lower()} <= LEVELS:
        return None
    return f"{ft[1]}{WILD}{ft[3]}"


def field_values_lost(t: tuple[str, ...], merged: tuple[str, ...]) -> bool:
    """Whether every plain token ``t`` loses in ``merged`` is a named field's value that ``merged`` keeps as
    ``key=<*>`` (``client_name=unknown,`` → ``client_name=<*>,``): the key names a slot, so the evidence
    rule does not count the word, as ``kv_words`` has it at one length (``field_lists``)."""
    kept = set(merged)
    lost = [x for x in t if is_const(x) and x not in kept]
    for x in lost:
        f = _LISTED_FIELD.match(x)
        if f is None or f"{f[1]}{WILD}{f[3]}" not in kept:
            return False
    return bool(lost)


_NOTE_WORD = re.compile(r"^\(?[a-z][a-z'-]*\)?$")


def paren_note(gap: tuple[str, ...], before: str | None, at_end: bool, errors: bool = False) -> bool:
    """Whether ``gap``, on one side only, is a note in parentheses the program appends when a condition holds:
    one to three lowercase words, no value, ending the line right after a value both lines share (``exited on
    signal <*> (core dumped)``: C's ``WCOREDUMP(status) ? " (core dumped)" : ""``; ``died signal=<*> (core
    dumped)``; ``serial <*> -> <*> (not enough space)``).  A note after the statement's words (``Job <*>
    terminated (mailing output)``) or before more text is left apart: a format's own words may differ so
    (``paren_notes``, session 13).  With ``errors``, also an error's text of up to six words, the first maybe
    capitalised (:func:`error_note`)."""
    if not (at_end and before is not None and WILD in before and 1 <= len(gap) <= (6 if errors else 3)):
        return False
    return (gap[0].startswith("(") and gap[-1].endswith(")")
            and all(_NOTE_WORD.match(x) for x in (gap[1:] if errors else gap))
            and (_NOTE_WORD.match(gap[0]) is not None or (errors and error_note(gap)))
            and sum(x.count("(") for x in gap) == 1 == sum(x.count(")") for x in gap))


# --- session 14: tails ---

CONTEXT_AT = 2
"""Where a context stands in ``[<time>] <LEVEL> <context> <message> (<file>:<line>)`` (``connect_contexts``)."""

_NAME_FIRST = re.compile(r"^[A-Z][\w'.+-]*$")  # ``Sintel``, ``Big``, ``openSUSE``-like names open with a capital here
_NAME_PART = re.compile(r"^(?:[A-Z][\w'.+-]*|[a-z]{1,3}|[&x+-])$")  # ``Buck``, ``of``, ``the``, ``x``, ``&``


def context_layout(toks: tuple[str, ...], template: bool = False) -> bool:
    """Whether ``toks`` is laid out as ``[<time>] <LEVEL> … (<file>:<line>)`` (Kafka Connect's ``[%d] %p %X{connector.context}%m
    (%c:%L)``, Transmission's ``[%s] %s %s %s (%s:%d)``): the layout whose context slot ``connect_contexts`` reads.  A
    ``template`` may end in a ``<*>`` that took a free text with the location."""
    return (len(toks) > 3 and toks[0] == "[" + WILD + "]" and is_level_word(toks[1])
            and (toks[-1] == "(" + WILD + ")" or (template and toks[-1] == WILD)))


def context_name(gap: tuple[str, ...], longest: int) -> bool:
    """Nothing, the template's ``<*>``, or an object's name of up to ``longest`` words, the first capitalised (``Sintel``,
    ``Big Buck Bunny``, ``Tears of Steel <*>``), no ``label:``, ``key=`` or sentence punctuation: what a logger prints as
    the object a message is about (a torrent, a connector) between the level and the message."""
    if not gap or gap == (WILD,):
        return True
    return (len(gap) <= longest and _NAME_FIRST.match(gap[0]) is not None
            and all(_NAME_PART.match(x) or (is_valueish(x) and "(" not in x) for x in gap[1:])
            and not any(x.endswith((":", ";", ",")) for x in gap))


def context_slot(t: tuple[str, ...], s: tuple[str, ...], gap_t: tuple[str, ...], gap_s: tuple[str, ...], longest: int) -> bool:
    """Whether the gaps at :data:`CONTEXT_AT` of two lines of the ``[<time>] <LEVEL> <context> <message> (<file>:<line>)``
    layout are the context slot: an object's name (:func:`context_name`) on one side, or a name on each.  The layout
    prints the object a message is about between the level and the message (Transmission's ``tr_logAddInfoTor``
    prints the torrent's name, Connect its connector's context) and the same call runs without one; ``connect_contexts``
    drops the slot when it is a value (``ubuntu-24.04.iso``), and a name of words is that value: the template leaves it out
    (``context_names``)."""
    return (bool(gap_t or gap_s) and gap_t != gap_s and context_layout(t, template=True) and context_layout(s)
            and context_name(gap_t, longest) and context_name(gap_s, longest))


def context_added(t: tuple[str, ...], s: tuple[str, ...], longest: int) -> bool:
    """Whether template ``s`` is template ``t`` with an object's name in its context slot (:func:`context_slot`) and
    nothing else changed: two templates of one statement that each generalised on their own (``subsume``)."""
    k = len(s) - len(t)
    return (k > 0 and s[:CONTEXT_AT] == t[:CONTEXT_AT] and s[CONTEXT_AT + k :] == t[CONTEXT_AT:] and context_layout(t, template=True)
            and context_name(s[CONTEXT_AT : CONTEXT_AT + k], longest))


def context_dropped(t: tuple[str, ...], merged: tuple[str, ...]) -> bool:
    """Whether ``merged`` is template ``t`` with its context slot (:func:`context_slot`) left out and nothing else changed:
    the words lost are an object's name, not the statement's (no evidence against it)."""
    k = len(t) - len(merged)
    return k > 0 and merged == (*t[:CONTEXT_AT], *t[CONTEXT_AT + k :]) and context_layout(t, template=True)


_NOTE_FIRST = re.compile(r"^\([A-Z][a-z'-]*$")  # ``(Address``, ``(No``, ``(Permission``


def error_note(gap: tuple[str, ...]) -> bool:
    """Whether a note in parentheses is an error's text (``error_notes``): C's ``"… %s (%s)", name, strerror(errno)``
    prints ``(Address family not supported by protocol)``, ``(No such file or directory)``, ``(no such file or
    directory)`` (libraries' own ``*_strerror``) after the object it failed on, and the same call prints without it
    when the error is unknown: a sentence of 2 to 6 words, the first maybe capitalised, the rest lowercase."""
    return 2 <= len(gap) <= 6 and (_NOTE_FIRST.match(gap[0]) is not None or _NOTE_WORD.match(gap[0]) is not None)


def list_items(gap: tuple[str, ...], before: str | None, after: str | None, longest: int) -> bool:
    """Whether ``gap``, on one side only, is the first items of a list whose last item is the template's ``<*>`` right
    after it (``list_items``): ``", ".join(names)`` prints ``waiting for celery-worker, php-fpm, <*> to die`` where
    one name makes ``waiting for <*> to die``.  Each item is one token ending in ``,`` (a word or a value), no
    ``key=`` or ``label:``: the list's own separator, one slot of any length.  The list follows a word of the
    statement (``for``), not another field ending in ``,`` (a CSV record's fields are each their own slot)."""
    return (after == WILD and before is not None and before[-1:].isalpha() and 1 <= len(gap) <= longest
            and all(len(x) > 1 and x.endswith(",") and "=" not in x and not x[:-1].endswith(":") for x in gap))


def label_tail(gap: tuple[str, ...], before: tuple[str, ...], longest: int) -> bool:
    """Whether ``gap``, on one side only, ending the line right after a ``label: <*>`` both lines end with, is more of
    that value (``label_tails``): a label's value ends the line and may hold spaces (Z-Wave JS UI's value id ``Value added:
    113-0-Home Security-Motion sensor status`` where another is ``128-0-level``).  A few words, no ``key=`` or further
    ``label:``."""
    return (len(before) == 2 and before[1] == WILD and _ANY_LABEL.match(before[0]) is not None
            and 1 <= len(gap) <= longest and not any("=" in x or x.endswith(":") for x in gap))


# --- session 14: merges (joins of two statements at one length, read from the format) ---

_KEYED = re.compile(r"^[A-Za-z_][\w.-]*=\S")  # ``worker=<*>``, ``reason=quit``: a named field with its value
_BARE = re.compile(r"^[A-Za-z][A-Za-z_-]*$")  # ``master``, ``bad-input``: a bare word, no key, digit or bracket


def named_word(a: str, b: str) -> bool:
    """A named field (``worker=<*>``) facing a bare word (``master``): the format that printed the first
    holds the key as its own text, the other holds no key there, so they are two format strings (unicorn's
    ``worker=<*> reopening logs...`` / ``master reopening logs...``).  A ``%s`` that printed a field prints
    the key in every line, and one that printed a word prints no key in any (``named_words``, session 14)."""
    return _KEYED.match(a) is not None and _BARE.match(b) is not None


# --- session 15: swaps (one statement's lines where a run of words stands for a run of another length) ---

_ERROR_TEXT = re.compile(r"[(\[]?(?:" + ERRNO_TEXTS + r"|i/o timeout|no such host|context deadline exceeded|context canceled"
                         r"|unexpected EOF)[)\]]?[.,;:]?", re.IGNORECASE)
"""A system error's text: glibc's ``strerror`` wording (``No such file or directory``), which Go's ``syscall.Errno`` prints
in lower case (``connection refused``), and Go's own network and context errors (``i/o timeout``, ``context canceled``),
maybe in brackets or before a ``:`` or ``,``."""

ERROR_WORDS = 6
"""Tokens a system error's text may hold (``Transport endpoint is not connected``)."""

_ERROR_FIRSTS = frozenset(w.split()[0].lower() for w in (ERRNO_TEXTS + "|i/o|no|context|unexpected").split("|"))


@lru_cache(maxsize=1 << 16)
def error_text(toks: tuple[str, ...]) -> tuple[int, int] | None:
    """Where ``toks`` holds a system error's text (the first, longest): ``(start, end)``, else ``None``."""
    for i, x in enumerate(toks):
        if x.lstrip("([").lower() not in _ERROR_FIRSTS:
            continue
        for k in range(min(len(toks), i + ERROR_WORDS), i, -1):
            if _ERROR_TEXT.fullmatch(" ".join(toks[i:k])) is not None:
                return i, k
    return None


def error_swap(t: tuple[str, ...], s: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """``t`` and ``s`` with a system error's text each one ``<*>``, where ``s`` holds one and ``t`` holds another or
    none (its ``<*>`` took such texts before), else ``None`` (``error_texts``).  ``strerror(errno)`` and its kin
    (Go's ``syscall.Errno`` in lower case, its ``i/o timeout``, ``context canceled``) are a finite vocabulary no
    program writes as its own format, and a call prints whichever the system returned, of one word or six:
    ``sched_setscheduler failed: %s``, ``could not open port %s: [Errno %d] %s: %r``, ``dial tcp %s: connect: %v``.
    The rest of the lines is compared as ever."""
    at_s = error_text(s)
    if at_s is None:
        return None
    at_t = error_text(t)
    if at_t is not None and t[at_t[0] : at_t[1]] == s[at_s[0] : at_s[1]]:
        return None  # the same text: the lines differ elsewhere
    rs = (*s[: at_s[0]], WILD, *s[at_s[1] :])
    rt = t if at_t is None else (*t[: at_t[0]], WILD, *t[at_t[1] :])
    return rt, rs


def error_words_only(t: tuple[str, ...], merged: tuple[str, ...]) -> bool:
    """Whether the plain words ``t`` loses in ``merged`` are its system error's text only: the evidence rule does not
    count them, one statement prints many errors (``error_texts``)."""
    at = error_text(t)
    return at is not None and n_plain(merged) >= n_plain((*t[: at[0]], WILD, *t[at[1] :]))
