"""A value found by its variety: templates that differ only in one run between the same words.

Two templates that share everything but one word (``Connection closed`` / ``Connection reset``)
may be two statements or one with a ``%s``; the evidence rule keeps them apart once a word held
many lines.  A third template at the same place, everything before and after equal, is what a
``%s`` does and statements written alike rarely do (session 12,
``variety``): the program fills that place with whatever it has — an error text of a few
words, a torrent's name, a song's — while a statement's own words are few.

Measured over every development group as a merge at the end of each stream first (three
templates at a site, four words around it: u11 +0.025, u8 +0.020, u9 +0.013, LogHub −0.001);
the online form is in :meth:`~millpond.pipeline.patterns_cluster.Clusterer.classify`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_shape import is_header_word
from millpond.pipeline.patterns_tokens import common_ends, opposite

__all__ = ["LABEL_SPAN", "OPENING", "SPAN", "WORDS", "Site", "find_site", "words_of"]

SPAN = 4
"""Tokens the differing run may hold on either side."""
WORDS = 4
"""Words around the run (one of them before it): a site of fewer is a short message's every word."""
TAILS = 1
"""More templates a run ending the line needs (0: no such run is a site): free text after a statement's words is
as often a statement's own ending (xl2tpd's ``(Goodbye!)`` / ``(User Request)`` / ``(Cleared by peer)``, three
calls: u8 −0.006 as a site of three; of four, rd +0.0004, nothing fell)."""
OPENING = 6
"""(0: never) Words after a run opening the message that let it be a site, of one template more: a name the
program's logger wrapper puts first (SmokePing's probe, ``FPing: probing <*> targets with step <*> and offset <*>.``
/ ``DNS: probing …``) shares the statement's whole sentence; a statement's own first words (``Get Monitor:`` /
``Added Monitor:`` … ``User ID: <*>``) share a few words at most (u13 smokeping 0.320 -> 0.654; 8: nothing)."""
FIELD_SEPARATORS = frozenset(("|", "-", "--"))
"""A run ending the line after one of these is a layout's last field (log4j's ``| %c | %t``), not free text."""

_WORD = re.compile(r"[A-Za-z0-9]")


def words_of(toks: tuple[str, ...]) -> int:
    """Constant tokens holding a letter or digit: what says which statement a template is."""
    return sum(1 for x in toks if _word(x))


def _word(x: str) -> bool:
    return WILD not in x and _WORD.search(x) is not None


@dataclass(frozen=True)
class Site:
    """Where templates differ: ``prefix`` tokens before, ``suffix`` tokens after, ``members`` the ids found there."""

    prefix: int
    suffix: int
    members: tuple[int, ...]

    def general(self, s: tuple[str, ...]) -> tuple[str, ...]:
        """``s`` with its run at this site one ``<*>``."""
        return (*s[: self.prefix], WILD, *s[len(s) - self.suffix :])


def find_site(s: tuple[str, ...], candidates: Iterable[tuple[int, tuple[str, ...]]], *, others: int,
              span: int, words: int, opposites: bool, label_span: int = 0, field_labels: bool = False) -> Site | None:
    """The site of ``s`` where at least ``others`` templates among ``candidates`` differ from it in one run
    of at most ``span`` tokens on either side (none may be ``s`` itself), the tokens around the run holding
    ``words`` words; the site with the most tokens around it wins.  A run opening the message, or ending the
    line after words, needs one template more (``OPENING``, ``TAILS``).  ``opposites``: a site where two
    one-word runs are opposite words (``started``/``stopped``) names two statements, not a value.
    ``label_span``: a run ending the line right after a ``label:`` may hold this many tokens (``LABEL_SPAN``).
    ``field_labels``: a layout's last field (a run ending the line after `` | ``) may hold a ``label:``."""
    found: list[tuple[int, int, int, tuple[str, ...]]] = []
    for cid, t in candidates:
        if t == s:
            continue
        a, b = common_ends(s, t)
        if max(len(s), len(t)) - a - b <= _span(s, a, b, span, label_span):
            found.append((a, b, cid, t))
    if len(found) < others:
        return None
    best: Site | None = None
    for a, b in sorted({(a, b) for a, b, _, _ in found}, key=lambda x: -(x[0] + x[1])):
        if best is not None and a + b <= best.prefix + best.suffix:
            break
        if a == 0:
            continue  # a run opening the shape has nothing before it (and an empty shape shares nothing)
        before, after = words_of(s[:a]), words_of(s[len(s) - b :])
        tail = not after and s[a - 1] not in FIELD_SEPARATORS
        opening = not any(_word(x) and not is_header_word(x) for x in s[:a])
        if before + after < words or (tail and not TAILS) or (opening and not (OPENING and after >= OPENING)):
            continue  # a run opening the message (right after ``INFO:``) holds the statement's first words unless
            # a whole sentence follows it (``OPENING``); a run ending the line needs ``TAILS`` more templates
        most = _span(s, a, b, span, label_span)
        members = [(cid, t) for x, y, cid, t in found
                   if x >= a and y >= b and len(t) - a - b <= most]
        if len(members) < others + (TAILS if tail else 0) + (1 if opening else 0):
            continue
        runs = [s[a : len(s) - b], *(t[a : len(t) - b] for _, t in members)]
        field = field_labels and not after and s[a - 1] in FIELD_SEPARATORS
        if any(_structure(r, labels=not field) for r in runs) or (opposites and _opposed(runs)):
            continue
        best = Site(a, b, tuple(cid for cid, _ in members))
    return best


LABEL_SPAN = 12
"""(``label_texts``, session 14) Tokens a run ending the line after a ``label:`` may hold: the text a program
prints after its own ``label:`` with one ``%s`` (``YoutubeAPI: Sign in to confirm you're not a bot.``, ``closed:
Connection reset by peer``) is as long as the error or reason it carries, and a site of several such texts of
differing lengths is that ``%s``'s, as one of few words is (``SPAN``)."""


def _span(s: tuple[str, ...], a: int, b: int, span: int, label_span: int) -> int:
    """Tokens a run may hold at the site ``a`` tokens in and ``b`` from the end: ``label_span`` for a run ending
    the line (but for values: two texts may both end in one) right after a ``label:`` (a word and its colon, no
    value: ``<*>:`` is a value's end), else ``span``."""
    if (label_span and a > 0 and not words_of(s[len(s) - b :]) and len(s[a - 1]) > 1 and s[a - 1].endswith(":")
            and WILD not in s[a - 1]):
        return max(span, label_span)
    return span


def _structure(run: tuple[str, ...], labels: bool = True) -> bool:
    """A ``key=``, or a ``label:`` in a run of several tokens, inside the run: another statement's structure,
    not a value printed with spaces (one word and its colon, ``closed:`` / ``reset:``, is a word).  Without
    ``labels`` a ``label:`` is no structure: in a layout's last field, a thread named ``ActiveMQ Transport:
    tcp://…`` (log4j's ``%m | %c | %t``, ``field_labels``, session 14) is a name the runtime gave, not a format."""
    return any("=" in x or (labels and len(run) > 1 and x.endswith(":") and len(x) > 1) for x in run)


def _opposed(runs: list[tuple[str, ...]]) -> bool:
    ones = [r[0] for r in runs if len(r) == 1]
    return any(opposite(x, y) for i, x in enumerate(ones) for y in ones[i + 1 :])
