"""Where an error's own text starts in a shape (session 7, S7-errors): the text a program prints
with one ``%s`` whatever it holds (``strerror``, a nested error, an exception's message), which
``Clusterer._error_match`` lets two shapes share as one ``<*>`` in either order of arrival.  Read
from how runtimes format errors; measurements in docs/patterns.md ("Session 7")."""

from __future__ import annotations

import re

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_shape import (
    ERROR_WORDS,
    LEVEL_WORD,
    error_context,
    is_const,
    is_header_word,
    is_level_word,
    is_valueish,
    level_header,
)

_ALNUM = re.compile(r"[A-Za-z0-9]")
_EXC_CLASS = re.compile(r"^(?:[a-z_][\w$]*\.)*[A-Z]\w*(?:Exception|Error)$")
"""A Java/Python exception's simple or qualified class name (``IOException``, ``java.io.IOException``)."""
_EXC_LABEL = re.compile(r"^(?:[a-z_][\w$]*\.)*[A-Z]\w*(?:Exception|Error):$")
"""…printed as ``Throwable.toString()`` or Python's ``Type: message`` does: the class, then ``:``."""
_PY_REPR = re.compile(r"^<\*>>\(")
"""Python's ``(<class 'x.y.Err'>(<message>))``: the masked class, then its message opens."""
_TRAILER_WORD = re.compile(r"[A-Za-z]")
_LONE_PUNCT = re.compile(r"^[^\w\s<>*]+$")
_CLOSES = re.compile(r"[)\]][,;.:]?$")  # ``(connection refused),``: a bracketed text closes here


def error_starts(toks: tuple[str, ...], params: Params) -> list[int]:
    """Where an error's own text starts (earliest first): the text a program prints with one
    ``%s`` whatever it holds (``strerror``, a nested error, an exception's message), which a
    statement carries after its own words and maybe before a constant trailer.  From how the
    runtimes format errors:

    * after a context that names an error and ends in ``:`` (``Failed to copy:``, ``Error after
      <*> on server <*> :``, ``Couldn't delete:``, ``Failing:``): perror's ``%s: %s``, Go's ``%w``
      chain, GLib's prefix — after 2 words of the statement's own, and not a lone severity word
      (``error:`` alone is a level, not a context);
    * Java loggers' ``<context> - <message> - <ExceptionClass> (<where>)`` at a line's end: the
      message starts after the ``-`` before it;
    * ``<context>: <ExceptionClass>: <message>`` (``Throwable.toString``, Python's ``Type: msg``);
    * Python's exception repr ``(<class 'x.y.Err'>(<message>))`` (these three: ``error_classes``);
    * with ``error_codes``, after an error code in a phrase naming an error (``Error during query
      on …, <errno>, <text>``): MySQL's ``mysql_errno, mysql_error`` pair, text opening upper case."""
    out: list[int] = []
    n_toks = len(toks)
    consts = 0
    for n in range(1, n_toks):
        tok = toks[n - 1]
        if is_const(tok) and _ALNUM.search(tok) and not is_header_word(tok, params.log_levels):
            consts += 1
        if consts < 2 or not tok.endswith(":") or level_header(toks[n], params):
            continue  # a context names something (2 words); ``…: ERROR: …`` is a header's level
        if (error_context(toks, n) or _phrase_error(toks, n)) and (
                _phrase_words(toks, n, params.error_labels) >= 2 or not is_level_word(tok)):
            out.append(n)
        elif params.error_classes and _EXC_LABEL.match(toks[n]):
            out.append(n)  # ``…: java.io.IOException: Broken pipe``
    if params.error_classes:
        c = next((c for c in range(n_toks - 1, max(n_toks - 12, 2), -1) if _EXC_CLASS.match(toks[c])
                  and toks[c - 1] == "-" and (c == n_toks - 1 or (toks[c + 1].startswith("(") and toks[-1].endswith(")")))),
                 None)  # ``- IOException (FileDispatcherImpl:-2 < ...)`` ending the line
        if c is not None:
            k = next((k for k in range(c - 2, 0, -1) if toks[k] == "-"), None)
            if k is not None and sum(1 for x in toks[:k] if is_const(x) and _ALNUM.search(x)) >= 2:
                out.append(k + 1)
        i = next((i for i, tok in enumerate(toks) if i and _PY_REPR.match(tok) and toks[i - 1].endswith("(<class")), None)
        if i is not None:
            out.append(i)
    if params.error_codes:
        i = next((i for i in range(2, n_toks - 1) if toks[i - 1].endswith(",") and is_valueish(toks[i - 1])
                  and toks[i][:1].isupper() and is_const(toks[i]) and _phrase_error(toks, i)), None)
        if i is not None:
            out.append(i)  # ``Error during query on …, <errno>, Lock wait timeout exceeded; …``
    return sorted(set(out))


def error_form(toks: tuple[str, ...], n: int, params: Params) -> bool:
    """Whether the error's text at ``n`` is marked as one by its form, beyond a context's ``:``: an
    exception's class (Java's ``- XException (…)``, ``XError: msg``, Python's repr; ``error_classes``)
    or an error code before it (``, <errno>, <text>``; ``error_codes``)."""
    return ((params.error_classes and (toks[n - 1] == "-" or _PY_REPR.match(toks[n]) is not None
                                       or any(_EXC_LABEL.match(x) or _EXC_CLASS.match(x) for x in toks[n:])))
            or (params.error_codes and toks[n - 1].endswith(",") and is_valueish(toks[n - 1])))


def _phrase_words(toks: tuple[str, ...], n: int, labels: bool = False) -> int:
    """Tokens of the context's last phrase (since the previous ``label:``), header words aside;
    with ``labels`` an acronym too: ``PHP Error:``, ``SMTP Error:`` label the statement that follows
    (Roundcube's ``raise_error``), they name no failing action whose error text follows."""
    return sum(1 for t in toks[_phrase_start(toks, n) : n]
               if not is_header_word(t) and not (labels and _ACRONYM.match(t)))


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]+$")


def _phrase_start(toks: tuple[str, ...], n: int) -> int:
    k = n - 1
    while k > 0 and not toks[k - 1].endswith(":"):
        k -= 1
    return k


def _phrase_error(toks: tuple[str, ...], n: int) -> bool:
    """Whether the phrase before ``n`` (since the previous ``label:``) holds an error word."""
    return any(((LEVEL_WORD.match(t) is not None and t.strip(":,;.()[]").lower() in ERROR_WORDS)
                or t.strip(":,;.()[]").lower() in _NEGATED) and not t.isupper() for t in toks[_phrase_start(toks, n) : n])
    # (``[ERROR]`` is the header's level)


_NEGATED = frozenset(("couldn't", "can't", "won't", "didn't", "failing"))
"""``Couldn't delete:``: a contracted ``could not`` names a failure as ``unable``/``cannot`` do, and
``Failing:`` as ``failed`` does."""


def error_trailer(t: tuple[str, ...], s: tuple[str, ...], n: int) -> int:
    """Length of the constant trailer ``t`` and ``s`` share after an error's text starting at ``n``
    (``. digest_text = <*>``): their common suffix from a lone punctuation token on, holding a word;
    0 if none (the text runs to the line's end)."""
    k = 0
    while k < min(len(t), len(s)) - n - 1 and t[-1 - k] == s[-1 - k]:
        k += 1
    suffix = t[len(t) - k :]
    j = next((j for j, x in enumerate(suffix) if _LONE_PUNCT.match(x) or (
        _CLOSES.search(t[len(t) - k + j - 1]) and _CLOSES.search(s[len(s) - k + j - 1]))), None)
    if j is None or not any(_TRAILER_WORD.search(x) for x in suffix[j:]):
        return 0
    return k - j


# session 8, S8-tails
VALUE_COLON = "<*>:"


def context_key(tok: str, params: Params) -> str:
    """The index key of a context's last token.  A context may end in a value the statement prints
    just before its ``:`` (``Closing session for %s: %s`` with a JID, ``websocket error %d: %s``);
    the mask renders that value in several forms (``<*>:``, ``<*>/pidgin:``), one context all the
    same: with ``value_contexts`` a token holding one ``<*>`` and ending in ``:`` is keyed ``<*>:``
    (two values, ``<*>-><*>:``, are another field: a pair of addresses)."""
    if params.value_contexts and tok.endswith(":") and tok.count(WILD) == 1:
        return VALUE_COLON
    return tok
