"""Composite values printed whole: Go's ``fmt`` ``%v``/``%+v`` and Prometheus label sets (session 7).

Go's ``fmt`` prints a composite operand as one text of as many words as it has items (the
``fmt`` package documentation, "Printing"): a map as ``map[k1:v1 k2:v2]``, a struct as ``{web 3
false}`` (``%+v``: ``{Name:web Replicas:3 Ready:false}``), a pointer to one as ``&{…}``, a slice
or array as ``[a b c]``, nested as deep as the value is.  Items are separated by one space, never
by a comma, and the brackets are glued to the first and last item.  Prometheus prints a label
set (``labels.String()``) as ``{instance="node-1", job="node"}``: ``name="value"`` pairs joined
by ``, ``.  How many items a value holds varies between lines of one statement, so each such value
is one ``<*>`` here, at shape level (the mask left its words: ``config map[addr:localhost port:<*>
debug:true] loaded``).

What is taken, token by token of a masked shape:

* ``map[…]``, ``&{…}``, ``&[…]``, ``&map[…]``: only Go prints these openers, so always (one token
  or several, whatever the items hold);
* ``{…}`` of several tokens: a Prometheus label set when every item is ``name=value`` ending in
  ``,`` (the last in ``}``), else a Go struct when no item ends in ``,``, holds ``=`` or ``(…)``,
  or is a JSON key (``{"k": …}`` is JSON);
* ``[…]`` of several tokens, Go's item rules: after a key (``groups:[admins devs]``,
  ``peers=[a b]``), or as an argument after a lowercase word or ``label:`` (``peers [a b c]
  joined``, ``nodes: [n1 n2]``); a leading ``[tag]`` header, a bracket after a severity word or
  another bracket (``NOTICE: [pool www]``, ``[pid <*>] [client <*>]``), a ``label:`` inside
  (``[instance: <*>]``) or a bracket followed by ``:`` (``[GroupCoordinator <*>]:``) are headers
  and contexts, not values;
* a ``key=<*>`` whose value the mask's key=value rule took with the opening bracket only (``peers=
  [a b]`` masks to ``peers=<*> b]``, ``cfg=map[a:x b:y]`` to ``cfg=<*> b:y]``): the words up to the
  bracket that closes nothing opened before are that value's rest.

A bracketed single word (``[alpha]``, ``[<*>]``, ``{TCP}``) stays as it is: it keeps the token
count, and the clustering's ``<*>`` absorbs it.  The value becomes ``<*>`` with what was glued
before and after it (``groups:<*>``, ``(<*>)``, ``<*>,``).
"""

from __future__ import annotations

import re

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_shape import is_level_word

MAX_ITEMS = 48
"""Tokens one composite may span (a longer run is left alone: a line cut short, not a value)."""

_OPEN = re.compile(r"^(?P<pre>\(|[\w.-]+[:=]\(?|[\w.-]+=\"|\")?(?P<open>&?map\[|&[{\[]|\{|\[)")
_GO_ONLY = frozenset(("map[", "&map[", "&{", "&["))
"""Openers only Go's ``%v`` prints: a map, and a pointer to a struct, slice or map."""
_CLOSE_TAIL = re.compile(r"^[)\"',.;]*$")
_PROM_ITEM = re.compile(r"^[A-Za-z_]\w*(?:=|!=|=~|!~)\S+$")
_ARG_WORD = re.compile(r"^(?:[\w.-]+=\")?[a-z][a-z0-9_-]*:?$")
_KV_EATEN = re.compile(r"^[\w.-]+=<\*>$")
_JSON_ITEM = re.compile(r"^\"[^\"]*\":")


def _depth(tok: str) -> tuple[int, int]:
    """Openers and closers of ``[]``/``{}`` in a token."""
    return tok.count("[") + tok.count("{"), tok.count("]") + tok.count("}")


def _close_at(toks: tuple[str, ...], i: int, start: int, depth: int = 0) -> tuple[int, int] | None:
    """The token and character at which the bracket opened at ``toks[i][start]`` closes (``depth``
    brackets already open, for a value whose opener the mask took), within :data:`MAX_ITEMS`."""
    for j in range(i, min(len(toks), i + MAX_ITEMS)):
        tok = toks[j]
        for k in range(start if j == i else 0, len(tok)):
            c = tok[k]
            if c in "[{":
                depth += 1
            elif c in "]}":
                depth -= 1
                if depth == 0:
                    return j, k
    return None


def _go_items(items: list[str], arg: bool) -> bool:
    """Go's ``%v`` items: no ``,`` ending one, no ``=``, no ``(…)``, no JSON key, no bare
    punctuation; as an argument's slice (``arg``) no ``label:`` either (``[instance: <*>]``)."""
    for t in items:
        if (not t or t.endswith(",") or "=" in t or "(" in t or ")" in t or _JSON_ITEM.match(t)
                or not any(c.isalnum() or c == "*" for c in t) or (arg and t.endswith(":"))):
            return False
    return True


def _take(toks: tuple[str, ...], i: int) -> tuple[int, str] | None:
    """A composite opening in ``toks[i]``: the index of its last token and what replaces it."""
    m = _OPEN.match(toks[i])
    if m is None:
        return None
    pre, opener = m.group("pre") or "", m.group("open")
    end = _close_at(toks, i, m.end() - 1)
    if end is None:
        return None
    j, k = end
    tail = toks[j][k + 1 :]
    if not _CLOSE_TAIL.match(tail) or pre.endswith("(") != tail.startswith(")"):
        return None
    if j == i and opener not in _GO_ONLY:
        return None  # a bracketed single word (``[alpha]``, ``{TCP}``, ``[<*>]``) keeps its handling
    inner = " ".join(toks[i : j + 1])[m.end() : sum(len(t) + 1 for t in toks[i:j]) + k]
    items = inner.split(" ") if inner else []
    keyed = pre.rstrip("(")[-1:] in (":", "=")  # ``groups:[…]``; not ``msg="[…]``, a message's start
    if opener in _GO_ONLY:
        ok = True  # only Go prints these openers; its values may hold anything (``map[q:a=b]``)
    elif opener == "{" and _labels(items):
        ok = True  # a Prometheus label set
    elif opener == "{" or keyed:
        ok = _go_items(items, arg=False)
    else:  # an argument's ``[a b c]``, after a lowercase word or ``label:``, not a ``[tag]``
        ok = (_go_items(items, arg=True) and i > 0 and _ARG_WORD.match(toks[i - 1]) is not None
              and not is_level_word(toks[i - 1]))
    return (j, pre + WILD + tail) if ok else None


def _labels(items: list[str]) -> bool:
    """``name="value",`` … ``name="value"``: a Prometheus label set's items."""
    return (len(items) > 1 and all(_PROM_ITEM.match(x) is not None for x in items)
            and all(x.endswith(",") for x in items[:-1]) and not items[-1].endswith(","))


def _eaten(toks: tuple[str, ...], i: int) -> tuple[int, str] | None:
    """``peers=<*> b]``: the key=value rule took ``[a`` as the value; the rest runs to the bracket
    that closes nothing opened before the key (:func:`go_values` calls it outside brackets only)."""
    end = _close_at(toks, i + 1, 0, 1)
    if end is None:
        return None
    j, k = end
    tail = toks[j][k + 1 :]
    items = [*toks[i + 1 : j], toks[j][:k]]
    if not _CLOSE_TAIL.match(tail) or not _go_items(items, arg=False):
        return None
    return j, toks[i] + tail


def go_values(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The shape with each Go ``%v`` composite and Prometheus label set one ``<*>`` (module doc)."""
    line = "".join(toks)  # (two C scans of the joined tokens, not a test per token and bracket; session 16)
    if "]" not in line and "}" not in line:
        return toks
    out: list[str] = []
    depth = 0  # brackets open before ``toks[i]``
    i = 0
    changed = False
    while i < len(toks):
        tok = toks[i]
        got = _take(toks, i) if i or not tok.startswith("[") else None  # a leading ``[tag]`` is a header
        if got is None and depth <= 0 and _KV_EATEN.match(tok) and i + 1 < len(toks):
            got = _eaten(toks, i)
        if got is not None:
            j, new = got
            out.append(new)
            i = j + 1
            changed = True
            continue
        o, c = _depth(tok)
        depth += o - c
        out.append(tok)
        i += 1
    return tuple(out) if changed else toks


# session 10: a constructor-style repr, ``Name(key=value, …)``
_REPR_OPEN = re.compile(r"^(?P<name>[^\w\s(]*(?:[A-Z][\w.]*|<\*>[\w.]*)\()(?P<arg>[A-Za-z_]\w*=[^()\s]*)$")
_REPR_ONE = re.compile(r"^(?P<name>[^\w\s(]*(?:[A-Z][\w.]*|<\*>[\w.]*)\()[A-Za-z_]\w*=(?:[^()\s]*(?P<tail>\)[^\w\s]*)|<\*>)$")
_REPR_ITEM = re.compile(r"^[A-Za-z_]\w*=[^()\s]*,$")
_REPR_LAST = re.compile(r"^[A-Za-z_]\w*=(?:[^()\s]*\)(?P<tail>[^\w\s]*)|<\*>)$")
"""The last argument and the closing parenthesis, or ``key=<*>``: the mask's key=value rule took the
parenthesis into the value (``region=us-east-1)`` → ``region=<*>``)."""
MAX_ARGS = 16
"""Keyword arguments one repr may hold (a longer run is left alone)."""


def kwarg_reprs(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The shape with each constructor-style repr's fields one ``<*>`` (``Name(<*>)``): Python's
    dataclasses and namedtuples, luigi's tasks (``RunSparkJob(date=2026-11-12, env=staging)``),
    Kotlin's data classes print an object as its class and its fields ``Name(key=value, …)``, as many
    words as it has fields.  The class is kept (a statement may name it: ``API: PutObject(…)``; where
    it varies, the clustering generalises it as any name).  Only a capitalised class name, or one the
    mask took (``connect(fd=<*>)`` is a call), only ``key=value`` fields without spaces inside."""
    if not any("=" in t and "(" in t for t in toks):
        return toks
    out: list[str] = []
    i = 0
    changed = False
    while i < len(toks):
        tok = toks[i]
        if m := _REPR_ONE.match(tok):
            out.append(m["name"] + WILD + (m["tail"] or ")"))
            i += 1
            changed = True
            continue
        m = _REPR_OPEN.match(tok)
        if m and m["arg"].endswith(","):
            j = i + 1
            while j < len(toks) and j - i <= MAX_ARGS and _REPR_ITEM.match(toks[j]):
                j += 1
            last = _REPR_LAST.match(toks[j]) if j < len(toks) and j - i <= MAX_ARGS else None
            if last:
                out.append(m["name"] + WILD + ")" + (last["tail"] or ""))
                i = j + 1
                changed = True
                continue
        out.append(tok)
        i += 1
    return tuple(out) if changed else toks
