"""Online clustering of masked log shapes into templates (the miner's second step).

Runs once per *distinct* masked shape, never per line.  A shape is a tuple of
tokens in which typed variables are already ``<*>``.  In order:

1. same length, same service and first constant token (Drain's prefix tree):
   the best template by :func:`similarity` ≥ ``threshold`` wins and
   generalises (differing tokens become ``<*>``; names of one kind generalise
   inside the token, ``<*>.service``), unless the *evidence rule* objects (a
   plain constant that already held ``evidence`` lines) or the words are
   opposites (``started``/``stopped``);
2. a ``context: free text`` tail with the same context (error phrases);
3. lengths that differ only by ``key=<*>`` fields (optional logfmt fields);
4. lengths that differ where the template has a ``<*>``: a variable of
   several words (``Started by user <*>`` ← ``… Alice Smith``);
5. a name in the head position (``alice : TTY=…``, ``[sssd[be[LDAP]]] …``);
6. else a new template.

A template that generalises into another's (or is re-read so by a header field
learned later) is *merged* into it (``equal_aliases``, session 10): the two can no
longer be told apart, so new lines of either get the id of the one that held the
template; lines already given the merged id keep it, and ``log_patterns`` names it
(``merged_into``).

So is a template that one that generalised now takes whole (``subsume``, session 11): one kept
apart by the evidence rule for a word that held many lines, once other values at that place made
the other general (``accessory Vacuum`` / ``accessory <*>``), and across lengths one whose words fill
the other's ``<*>`` (a thread or error text of several words, ``subsume_spans``).

Ids are content-addressed (a hash of the service and the first shape of the
cluster), so a replay from a saved state, or a second worker that sees the
same first line, gives the same id.  Every decision depends only on the
clusters so far and line counts *before* the shape's first line, so how lines
are cut into batches never changes an id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from typing import Any

from millpond.pipeline.patterns_composites import go_values
from millpond.pipeline.patterns_errors import context_key, error_form, error_starts, error_trailer
from millpond.pipeline.patterns_formats import read_layouts
from millpond.pipeline.patterns_headers import HeaderLearner, reread_templates, unpad
from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_shape import (
    FRAMED_VALUE,
    JSON_KEY,
    KV_FIELD,
    MAX_TOKENS,
    NAME,
    colon_prefixes,
    context_tags,
    drop_tree_marks,
    error_context,
    fold_repeats,
    head,
    header_group,
    identifier_like,
    instance_of,
    is_const,
    is_header_word,
    lead_collapsed,
    loses_constant,
    n_consts,
    n_plain,
    prefix_key,
    statement_words,
    token_weight,
    tokens_of,
)
from millpond.pipeline.patterns_similarity import (
    clause_gap,
    context_added,
    context_dropped,
    error_words_only,
    field_values_lost,
    function_word,
    label_gap,
    methods_apart,
    paren_note,
    participle,
    similarity,
)
from millpond.pipeline.patterns_sites import LABEL_SPAN, OPENING, SPAN, WORDS, Site, find_site
from millpond.pipeline.patterns_tails import merge_records, open_end, record_end
from millpond.pipeline.patterns_tokens import common_ends, fits, kind_token, opposed_tails, opposite, same_kind

__all__ = ["MAX_SCAN", "MAX_TOKENS", "Cluster", "Clusterer", "Params", "cluster_id", "similarity", "takes_whole",
           "tokens_of"]

VALUE_RUNS = 1
"""(0: off) In :func:`_takes`, a ``<*>`` may face a run of values only, as it faces a run of plain words (Jenkins'
``Started by user <*> <*>``, a full name whose words generalised: rd 1001/jenkins 0.536 -> 0.886)."""

SUBSUME_RATIO = 1.5
"""Across lengths, the words a value of several words may fill in, as a share of the taking template's own
(:func:`takes_whole`): 1.0 left knotd's error texts of three words apart (u6 knotd 0.819, 0.961 at 1.5),
2.5 let ``rsync <*> from <*> (<*>)`` take ``rsync allowed access on module …`` (u2 rsyncd 0.831 → 0.330)."""

MAX_SCAN = 256
"""Candidates scored per new shape (the newest of its group): bounds the cost of a new shape."""


@dataclass
class Cluster:
    """One template; ``tokens`` only ever generalise (constants → ``<*>``)."""

    id: int
    service: str
    tokens: tuple[str, ...]
    count: int = 0
    first_seen: int = 0  # µs since epoch, UTC
    last_seen: int = 0
    example: str = ""
    merged_into: int = 0
    """The pattern this one turned out to be (0: none; session 10, ``equal_aliases``): its template
    became that one's.  Its lines keep this id; new lines get the other (see :meth:`Clusterer.canonical`)."""

    @property
    def template(self) -> str:
        return " ".join(self.tokens)



def cluster_id(service: str, first_shape: str, taken: dict[int, Cluster]) -> int:
    """Content-addressed, positive int64; salted deterministically on collision."""
    salt = 0
    while True:
        h = hashlib.blake2b(f"{service}\x00{first_shape}\x00{salt}".encode(), digest_size=8).digest()
        cid = int.from_bytes(h, "big") & 0x7FFF_FFFF_FFFF_FFFF
        if cid not in taken:
            return cid
        salt += 1


@dataclass
class Clusterer:
    """All clusters plus the indexes used to find candidates."""

    params: Params = field(default_factory=Params)
    clusters: dict[int, Cluster] = field(default_factory=dict)
    groups: dict[tuple[str | int, ...], list[int]] = field(default_factory=dict)
    tails: dict[tuple[str | int, ...], list[int]] = field(default_factory=dict)
    kvs: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    bylen: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    byhead: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    leads: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    errs: dict[tuple[str | int, ...], list[int]] = field(default_factory=dict)  # session 7, S7-errors
    headers: HeaderLearner = field(default_factory=HeaderLearner)  # session 9, S9-header (``header_fields``)
    # session 10, ``equal_aliases``: a template that became another's is that pattern
    templates: dict[tuple[str, tuple[str, ...]], int] = field(default_factory=dict)  # (service, tokens) → its cluster
    aliases: dict[int, int] = field(default_factory=dict)  # merged id → the id it was merged into
    members: dict[int, list[int]] = field(default_factory=dict)  # an unmerged id → every id merged into it
    merges: list[int] = field(default_factory=list)  # ids merged since the miner last took them

    def add_existing(self, c: Cluster) -> None:
        self.clusters[c.id] = c
        if c.merged_into:
            self._link(c.id, c.merged_into)
            if self.params.bridges and self.params.max_len_delta > 0:
                self._put(self.byhead, (c.service, *head(c.tokens, self.params)), c.id)  # as it stayed there live
            return
        self._index(c, merge=False)  # a saved state keeps its ids: two equal templates in it stay two

    def canonical(self, cid: int) -> int:
        """The pattern a line of ``cid`` belongs to now (``cid`` unless it was merged)."""
        while (nxt := self.aliases.get(cid)) is not None:
            cid = nxt
        return cid

    def family(self, cid: int) -> list[int]:
        """``cid`` (unmerged) and every id merged into it."""
        return [cid, *self.members.get(cid, ())]

    def _link(self, cid: int, into: int) -> None:
        self.aliases[cid] = into
        top = self.canonical(into)
        self.members.setdefault(top, []).extend((cid, *self.members.pop(cid, ())))

    def _merge(self, c: Cluster, into: int) -> None:
        """``c``'s template became ``into``'s: no statement can tell the two apart any more, so they are
        one pattern.  No new shape is compared with ``c`` again (:meth:`_candidates`); its lines keep
        its id, ``log_patterns`` names it merged."""
        c.merged_into = into
        self._link(c.id, into)
        self.merges.append(c.id)

    def _index(self, c: Cluster, merge: bool = True) -> None:
        if self.params.equal_aliases:
            key = (c.service, c.tokens)
            into = self.templates.get(key)
            if into is not None and into != c.id and merge:
                self._merge(c, into)
                return
            self.templates.setdefault(key, c.id)
        self._put(self.groups, prefix_key(c.service, c.tokens, self.params), c.id, unique=False)
        self._put(self.bylen, (c.service, len(c.tokens)), c.id)
        if self.params.max_len_delta > 0:
            self._put(self.byhead, (c.service, *head(c.tokens, self.params)), c.id)
        if self.params.kv_gaps and any(KV_FIELD.match(x) or (self.params.json_gaps and JSON_KEY.match(x))
                                       for x in c.tokens):
            self._put(self.kvs, (c.service, *head(c.tokens, self.params)), c.id)
        if self.params.lead_names:
            self._put(self.leads, (c.service, *head(lead_collapsed(c.tokens, self.params.lead_fields), self.params)), c.id)
        if self.params.tail:
            ends = colon_prefixes(c.tokens, self.params)
            if self.params.error_tails:  # an error's text holding values, seen first, takes free text
                ends += [n for n in colon_prefixes(c.tokens, self.params, closed=False)
                         if n not in ends and error_context(c.tokens, n)]
            if self.params.record_tails and (n := record_end(c.tokens, template=True)) is not None and n not in ends:
                ends.append(n)  # an event type opening a ``;`` record (S8-tails)
            for n in ends:
                self._put(self.tails, (c.service, n, context_key(c.tokens[n - 1], self.params)), c.id)
        if self.params.error_spans:
            for n in error_starts(c.tokens, self.params):
                self._put(self.errs, (c.service, n, context_key(c.tokens[n - 1], self.params)), c.id)

    @staticmethod
    def _put(index: dict[Any, list[int]], key: Any, cid: int, unique: bool = True) -> None:
        ids = index.setdefault(key, [])
        if not unique or cid not in ids:
            ids.append(cid)

    def _candidates(self, index: dict[Any, list[int]], key: Any) -> list[int]:
        """The newest ``MAX_SCAN`` templates filed under ``key``, merged ones left out (a merge leaves
        its id in the lists: taking it out would mean finding every list it was ever filed in)."""
        ids = index.get(key, [])[-MAX_SCAN:]  # a slice: already a copy
        return [i for i in ids if i not in self.aliases] if self.aliases else ids

    def _tail_match(self, service: str, s: tuple[str, ...],
                    count_of: Callable[[int], int] | None = None) -> tuple[float, int, tuple[str, ...]] | None:
        """Best template whose ``context:`` prefix matches the shape's; the tail becomes ``<*>``.

        With ``tail_evidence``, a constant tail that already held that many lines is a
        statement of its own (``Wake Reason: Wake on Scan offload``), as for single words."""
        if self.params.record_tails and (n := record_end(s)) is not None:
            for cid in self._candidates(self.tails, (service, n, s[n - 1])):
                t = self.clusters[cid].tokens
                if len(t) > n and record_end(t, template=True) == n and all(
                        a == b or (WILD in a and WILD in b) for a, b in zip(t[:n], s[:n])):
                    # the same event type: its record's fields are values, the last one a plugin's free text
                    fields = merge_records(t[n:], s[n:], self.params.opposites)
                    if fields is not None:
                        return 1.0, cid, (*(a if a == b else WILD for a, b in zip(t[:n], s[:n])), *fields)
        closed = colon_prefixes(s, self.params)
        ends = colon_prefixes(s, self.params, closed=False) if self.params.open_tails else closed
        for n in ends:
            best = None
            # a tail holding values or structure joins only a context that already took several
            # free texts (its template's tail is one ``<*>``): evidence that any text follows it
            open_ = n not in closed
            if open_ and any("=" in x for x in s[n:]):
                continue
            key = context_key(s[n - 1], self.params)
            for cid in self._candidates(self.tails, (service, n, key)):
                c = self.clusters[cid]
                if len(c.tokens) < n or context_key(c.tokens[n - 1], self.params) != key:
                    continue
                if open_ and c.tokens[n:] != (WILD,) and not (
                        self.params.error_tails and error_context(s, n) and n in colon_prefixes(c.tokens, self.params)):
                    continue  # (an error's text holding values joins free text after the same context)
                if self.params.opposites and opposed_tails(c.tokens[n:], s[n:]):
                    continue
                if self.params.valued_tails and _valued_tail(c.tokens[n:]) and not open_:
                    continue  # ``…: Created database record for Pool <*>`` / ``…: End auto prune.``: two formats (session 12)
                if (count_of is not None and c.tokens[n:] != (WILD,) and all(map(is_const, c.tokens[n:]))
                        and count_of(cid) >= self.params.tail_evidence):
                    continue
                score, merged = similarity(c.tokens[:n], s[:n], self.params)
                if (self.params.error_tails and merged is not None and merged != c.tokens[:n]
                        and 2 * n < max(len(s), len(c.tokens)) - n):
                    continue  # a long error text (``error_tails``) joins the very same context only
                if merged is not None and score >= self.params.threshold and (best is None or score > best[0]):
                    best = (score, cid, (*merged, WILD))
            if best is not None:
                return best
        return None

    def _name_head_match(self, service: str, s: tuple[str, ...],
                         count_of: Callable[[int], int] | None) -> tuple[float, int, tuple[str, ...]] | None:
        """A template like the shape but for the head, where both hold lowercase names.

        Constant heads are usually verbs or keywords (``Accepted``, ``DHCPACK``,
        ``LOG:``) and keep templates apart (Drain's prefix tree); a lowercase
        name there, maybe bracketed (``alice : TTY=…``, ``(alice) CMD (…)``),
        is as often a user or host.  The heads must differ, the rest must
        share at least two constant tokens and reach the threshold, and the
        evidence rule holds for the other positions.
        """
        first = next((i for i, t in enumerate(s) if is_const(t)), None)
        keyed = next((i for i, t in enumerate(s) if is_const(t) and not identifier_like(t, self.params)), None)
        best = None
        for hp in dict.fromkeys((first, keyed) if self.params.head_skip else (first,)):
            if hp is not None and (NAME.match(s[hp]) or self.params.partial):
                best = self._name_at(service, s, hp, count_of, best)
        return best

    def _name_at(self, service: str, s: tuple[str, ...], hp: int, count_of: Callable[[int], int] | None,
                 best: tuple[float, int, tuple[str, ...]] | None) -> tuple[float, int, tuple[str, ...]] | None:
        for cid in self._candidates(self.bylen, (service, len(s))):
            t = self.clusters[cid].tokens
            if hp >= len(t):
                continue  # indexed at this length before a merge shortened its template
            if t[hp] == s[hp]:
                continue  # equal heads were scored in the head's own group
            if self.params.opposites and opposite(t[hp], s[hp]):
                continue  # ``creating``/``removing`` name two statements, not a user or host
            if self.params.participle_heads and (participle(t[hp]) or participle(s[hp])):
                continue  # ``rebinding``/``renewing lease of``: a verb's form is the statement's action, no name (session 12)
            if self.params.function_heads and (function_word(t[hp]) or function_word(s[hp])):
                continue  # ``no signature data`` / ``bad signature data``: a determiner is format text, no name (session 13)
            if (count_of is not None and is_const(t[hp]) and is_const(s[hp])
                    and count_of(cid) >= self.params.head_evidence):
                continue  # a plain head that held this many lines is the statement's own word
            if t[hp] == WILD or (NAME.match(t[hp]) and NAME.match(s[hp])):
                at = WILD
            elif self.params.partial and WILD in t[hp] and fits(t[hp], s[hp]):
                at = t[hp]
            elif self.params.partial and (k := kind_token(t[hp], s[hp])) is not None:
                at = k
            else:
                continue
            loose = self.params.partial
            if sum(1 for i, (a, b) in enumerate(zip(t, s))
                   if i != hp and a != WILD and (a == b or (loose and (fits(a, b) or same_kind(a, b))))
                   and not (self.params.head_shared and (not token_weight(a, self.params)
                                                         or is_header_word(a, self.params.log_levels)))) < 2:
                continue
            headless = (*t[:hp], at, *t[hp + 1 :])
            score, merged = similarity(headless, s, self.params)
            if merged is None or score < self.params.threshold or (best is not None and score <= best[0]):
                continue
            if (count_of is not None and self.params.evidence < 1_000_000 and loses_constant(headless, merged, s, self.params)
                    and count_of(cid) >= self.params.evidence):
                continue  # the evidence rule, as for any other position
            best = (score, cid, merged)
        return best

    def _general_match(self, service: str, s: tuple[str, ...],
                       count_of: Callable[[int], int] | None) -> tuple[float, int, tuple[str, ...]] | None:
        """A template of another length with the same head, aligned token by token: a
        variable that spans several tokens (a name, a phrase, a list) or a run of
        differing words becomes one ``<*>``."""
        p = self.params
        best = None
        key = (service, *head(s, p))
        for cid in self._bridges(key) if p.bridges else self._candidates(self.byhead, key):
            c = self.clusters[cid]
            if len(c.tokens) == len(s):
                continue  # scored above
            score, merged = similarity(c.tokens, s, p)
            if merged is None or score < p.threshold or (best is not None and score <= best[0]):
                continue
            lost = (n_plain(merged) < n_plain(c.tokens)) if p.value_runs else (n_consts(merged) < n_consts(c.tokens))
            if (count_of is not None and p.evidence < 1_000_000 and lost and count_of(cid) >= p.evidence
                    and not (p.label_fields and _only_label_gaps(c.tokens, s))
                    and not (p.field_lists and field_values_lost(c.tokens, merged))
                    and not ((p.optional_clauses or p.paren_notes) and _only_clause_gaps(c.tokens, s, p))
                    and not (p.context_names and context_dropped(c.tokens, merged))
                    and not (p.error_texts and error_words_only(c.tokens, merged))):
                continue  # the evidence rule: these words held for many lines (not optional ``speed: <*>,`` fields)
            best = (score, cid, merged)
        if best is not None and best[1] in self.aliases:  # a bridge: its lines join the pattern it was merged into
            top = self.canonical(best[1])
            return best[0], top, self.clusters[top].tokens
        return best

    def _bridges(self, key: tuple[str, ...]) -> list[int]:
        """The general match's candidates: ``_candidates`` and the merged templates filed under ``key`` whose
        length differs from their pattern's (``bridges``, session 14).  ``subsume_back`` merges ``for <*> <*> <*>``
        into ``for <*>``; a path of five words is two tokens from the first and four from the second, so without
        the merged template it would start a template of its own.  A bridge never changes: a shape it takes joins
        its pattern as it stands.  A merge leaves its id in ``byhead`` and a loaded state files it there again
        (:meth:`add_existing`), so a restart decides as before."""
        ids = self.byhead.get(key, [])[-MAX_SCAN:]
        if not self.aliases:
            return ids
        return [i for i in ids if i not in self.aliases
                or len(self.clusters[i].tokens) != len(self.clusters[self.canonical(i)].tokens)]

    def _lead_match(self, service: str, s: tuple[str, ...]) -> tuple[float, int, tuple[str, ...]] | None:
        """A template like the shape once a name after a leading variable is taken as part of
        it (:func:`lead_collapsed`): the line's header field held no digit and the template's
        did (so the mask took it into the leading ``<*>``), or the other way round, or the
        template already generalised that field (``<*>: <*> pid``).  Both are compared
        collapsed; the template becomes the collapsed one."""
        cs = lead_collapsed(s, self.params.lead_fields)
        best = None
        if cs is s and s[:1] != (WILD,):
            return None  # only a shape with a lead name, or opening with a bare ``<*>``, can face a collapsed one
        for cid in self._candidates(self.leads, (service, *head(cs, self.params))):
            t = self.clusters[cid].tokens
            ct = lead_collapsed(t, self.params.lead_fields)
            if (ct is t and cs is s) or (ct is not t and cs is not s and is_const(t[1]) and is_const(s[1])
                                         and not (self.params.lead_fields and _bracket_fields(t[1], s[1]))):
                continue  # no lead name, or two words in place (``<*>: adding`` / ``<*>: deleting``):
                # the other rules judged those; the rule is for a name the mask took on one side only
                # (two bracketed header fields, ``[-]`` / ``[Uninitialized]``, are one field's values)
            score, merged = similarity(ct, cs, self.params)
            if merged is not None and score >= self.params.threshold and (best is None or score > best[0]):
                best = (score, cid, merged)
        return best

    # session 7, S7-errors
    def _error_match(self, service: str, s: tuple[str, ...],
                     count_of: Callable[[int], int] | None) -> tuple[float, int, tuple[str, ...]] | None:
        """A template with the shape's context before an error's text (:func:`error_starts`) and
        the same constant trailer after it, if any: the two texts are one ``<*>``, whatever each
        holds and in either order (an error's text is printed with one ``%s``; the evidence rule
        does not protect it, one statement logs many errors).  The contexts must reach the
        threshold and lose no plain word that held many lines (nor any when the text is long
        beside the context); a constant text ending the line after a plain ``…:`` that held many
        lines keeps ``tail_evidence``; the earliest start wins (what follows it, a nested cause,
        belongs to the error).  Per new shape: one scan of its tokens, and the contexts of the
        templates filed under the same start and context word (``MAX_SCAN`` at most)."""
        p = self.params
        for n in error_starts(s, p):
            best = None
            key = context_key(s[n - 1], p)
            for cid in self._candidates(self.errs, (service, n, key)):
                t = self.clusters[cid].tokens
                if len(t) <= n or context_key(t[n - 1], p) != key:
                    continue
                score, merged = similarity(t[:n], s[:n], p)
                if merged is None or score < p.threshold or (best is not None and score <= best[0]):
                    continue
                if loses_constant(t[:n], merged, s[:n], p) and (
                        2 * n < max(len(s), len(t)) - n or (count_of is not None and count_of(cid) >= p.evidence)):
                    continue  # the statement's own words differ: they held many lines, or the context is
                    # short beside the text (``risBoot … Error: <long text>`` / ``boot … Error:``, as ``error_tails``)
                if not (error_form(s, n, p) or (s[n][:1].isalpha() and (t[n] == WILD or t[n][:1].isalpha()))):
                    continue  # an error's text opens with a word (``( "<NSLayoutConstraint…`` is a dump)
                k = error_trailer(t, s, n) if p.error_trailers else 0
                if ":" in t[n : len(t) - k] or ":" in s[n : len(s) - k]:
                    continue  # `` : ``-separated fields (``FAILED : <node> : point <*>``), no error's text
                if (count_of is not None and not k and all(map(is_const, t[n:])) and not error_form(t, n, p)
                        and count_of(cid) >= p.tail_evidence):
                    continue  # a constant text after ``…:`` that held many lines is its own statement (tail_evidence):
                    # ``strerror``'s few texts (LogHub BGL's ``Error loading <*>: …, No such file or directory``);
                    # an exception's class, an error code or a constant trailer beside the text says it is a ``%s``
                best = (score, cid, (*merged, WILD, *t[len(t) - k :]))
            if best is not None:
                return best
        return None

    def _subsume(self, c: Cluster) -> None:
        """Merge into ``c`` every template its new form takes whole (session 11): a template that a
        plain word's evidence kept apart, once other values at that place made ``c`` general."""
        p = self.params
        if p.subsume:
            for cid in self._candidates(self.groups, prefix_key(c.service, c.tokens, p)):
                o = self.clusters[cid]
                if cid != c.id and instance_of(c.tokens, o.tokens):
                    self._absorb(o, c.id)
        if p.subsume_spans and WILD in c.tokens and p.max_len_delta > 0:
            for cid in self._candidates(self.byhead, (c.service, *head(c.tokens, p))):
                o = self.clusters[cid]
                if cid != c.id and takes_whole(c.tokens, o.tokens, p):
                    self._absorb(o, c.id)
        if p.subsume_back and WILD in c.tokens and p.max_len_delta > 0 and not c.merged_into:
            self._subsume_back(c)
        if p.instance_back and not c.merged_into:
            self._instance_back(c)
        if p.tail_instances and p.max_len_delta > 0 and not c.merged_into:
            self._tail_instances(c)
        if p.mutual_joins and p.max_len_delta > 0 and not c.merged_into:
            self._mutual_back(c)

    def _mutual_back(self, c: Cluster) -> None:
        """Merge ``c`` and a template of its head and another length into the shorter of the two when each takes the
        other's lines and both joins are the shorter as it stands, the longer having values or fields only more
        (``mutual_joins``, session 15: luigi's ``failed <*>`` / ``failed <*> env=<*>``, each generalised apart before
        a line of one could join the other; ofelia's ``Started - <*>`` / ``Started - find <*> -mtime <*> -delete``, a
        text after a context, ``label_ends``).  A word of the longer lost (``for invalid user <*>``, ``restart <*>``,
        ``(mailing output)``) may be its statement's own, and keeps the two apart.  One scan of the head's candidates,
        as ``subsume_back`` does."""
        p = self.params
        for cid in self._candidates(self.byhead, (c.service, *head(c.tokens, p))):
            o = self.clusters[cid]
            if cid == c.id or o.merged_into or len(o.tokens) == len(c.tokens):
                continue
            ways = both_ways(o.tokens, c.tokens, p) if p.common_joins else None
            m = mutual_join(o.tokens, c.tokens, p, ways)
            if m is None and ways is not None and (both := common_join(o.tokens, c.tokens, p, ways)) is not None:
                self._join_both(c, o, both)
                return
            longer = c if m == o.tokens else o
            if m is None or (n_plain(m) < n_plain(longer.tokens) and not (p.label_ends and open_end(m, longer.tokens, p))):
                continue  # (a text ending the line after a context, ``label_ends``, is one value: no word of the statement's)
            if m == o.tokens:
                self._absorb(c, cid)
                return
            self._absorb(o, c.id)

    def _join_both(self, c: Cluster, o: Cluster, both: tuple[str, ...]) -> None:
        """``c`` takes the template ``both`` (:func:`common_join`) and ``o`` is merged into it (``common_joins``), as a
        variety site's members are (:meth:`_fill`); then what ``c``'s new form takes whole is merged as after any change."""
        if both != c.tokens:
            self._unindex(c)
            c.tokens = both
            self._index(c)  # an equal template already there takes it (``equal_aliases``)
        into = self.canonical(c.id)
        if o.id != into and not o.merged_into:
            self._absorb(o, into)
        self._subsume(self.clusters[into])

    def _tail_instances(self, c: Cluster) -> None:
        """Merge templates of ``c``'s context whose text holds a value into ``c`` if its text is one ``<*>``, or ``c``
        into such a template (``tail_instances``, session 14).  A free-text tail takes a text holding a value only
        after its context took several texts (:meth:`_tail_match`); a text seen before that started a template of
        its own, which generalises apart (``on <*>: [Errno <*>] No space left on device``).  One scan of the head's
        candidates, as ``subsume_spans`` does."""
        for cid in self._candidates(self.byhead, (c.service, *head(c.tokens, self.params))):
            o = self.clusters[cid]
            if cid == c.id or o.merged_into:
                continue
            if _valued_instance(c.tokens, o.tokens, self.params):
                self._absorb(o, c.id)
            elif _valued_instance(o.tokens, c.tokens, self.params):
                self._absorb(c, cid)
                return

    def _instance_back(self, c: Cluster) -> None:
        """Merge ``c`` into a template of its length that it has become an instance of (``instance_back``, session 13):
        ``subsume`` the other way round.  The general template generalised while ``c`` still differed from it in two
        words; ``c``'s own change left one (a value the evidence rule kept, :data:`~millpond.pipeline.patterns_shape.SUBSUME_WORDS`)."""
        for cid in self._candidates(self.groups, prefix_key(c.service, c.tokens, self.params)):
            o = self.clusters[cid]
            if cid != c.id and not o.merged_into and instance_of(o.tokens, c.tokens):
                self._absorb(c, cid)
                return

    def _subsume_back(self, c: Cluster) -> None:
        """Merge ``c`` into a template of another length that takes its new form whole (``subsume_back``, session
        13): ``subsume_spans`` the other way round.  Which of two templates of one statement generalised last is
        the order lines came in: a mechanism printed as one value (``SCRAM-SHA-1``) and as a value and a word
        (``SCRAM-SHA-1-PLUS``) start two templates, each generalises on its own, and the one whose ``<*>`` spans
        the other's values may be the older.  Only a template that just changed is asked (one scan of its head's
        candidates, as ``subsume_spans`` does)."""
        p = self.params
        for cid in self._candidates(self.byhead, (c.service, *head(c.tokens, p))):
            o = self.clusters[cid]
            if cid != c.id and not o.merged_into and takes_whole(o.tokens, c.tokens, p):
                self._absorb(c, cid)
                return

    def _absorb(self, o: Cluster, into: int) -> None:
        """Merge ``o``, an indexed template, into ``into``: it leaves the index as a state loaded from
        disk never files a merged template (:meth:`add_existing`), so a restart decides as before."""
        self._unindex(o)
        self._merge(o, into)

    def _unindex(self, c: Cluster) -> None:
        if self.templates.get((c.service, c.tokens)) == c.id:
            del self.templates[(c.service, c.tokens)]
        key = prefix_key(c.service, c.tokens, self.params)
        self.groups[key].remove(c.id)
        if not self.groups[key]:
            del self.groups[key]

    def classify(self, service: str, shape: str, count_of: Callable[[int], int] | None = None) -> tuple[int, bool]:
        """Cluster id for a new distinct shape, and whether the cluster is new.

        ``count_of(cid)`` gives how many lines the cluster holds so far (for the
        evidence rule); it must count lines *before* this shape's first line so
        that batching never changes the outcome.
        """
        p = self.params
        s = tokens_of(shape, p.csv_fields)
        if p.fold_repeats:
            s = fold_repeats(s)
        if p.header_tag:
            s = header_group(s)
        if p.header_tags:
            s = context_tags(s)
        s = read_layouts(s, p)
        if p.padded_fields:  # session 12, S12-headers: a field padded inside its brackets is one token
            s = unpad(s, p.spaced_fields)
        if p.tree_marks:
            s = drop_tree_marks(s)
        if p.go_values:
            s = go_values(s)
        if (p.opposites or p.tail_evidence < 1_000_000) and p.csv_fields and shape.count(",") >= p.csv_fields and any(
                t.count(",") >= p.csv_fields and '"' not in t for t in shape.split()):
            # the fields of a CSV record are values (a direction ``in``/``out``), not
            # opposite statements or free text: judge this shape without those rules
            self.params = replace(p, opposites=False, tail_evidence=1_000_000)
            try:
                return self.classify(service, shape, count_of)
            finally:
                self.params = p
        if p.header_fields:  # session 9, S9-header: header fields learned from this service's stream
            s = self.headers.read(service, s, p.header_words)
            if self.headers.fresh:
                reread_templates(self, service)
        best: tuple[float, int, tuple[str, ...]] | None = None
        for cid in self._candidates(self.groups, prefix_key(service, s, p)):
            c = self.clusters[cid]
            if p.exact_joins and c.tokens == s:
                return cid, False  # the same template, constants or not (a line of values only)
            score, merged = similarity(c.tokens, s, p)
            if merged is None or score < p.threshold or (best is not None and score <= best[0]):
                continue
            if count_of is not None and p.evidence < 1_000_000 and loses_constant(c.tokens, merged, s, p):
                if count_of(cid) >= p.evidence:
                    continue  # these constants held for many lines: a different template
            best = (score, cid, merged)
        if best is None and p.tail:
            best = self._tail_match(service, s, count_of)
        if best is None and p.error_spans:
            best = self._error_match(service, s, count_of)
        if best is None and p.kv_gaps:
            for cid in self._candidates(self.kvs, (service, *head(s, p))):
                c = self.clusters[cid]
                if len(c.tokens) == len(s):
                    continue  # scored above
                score, merged = similarity(c.tokens, s, p)
                if merged is not None and score >= p.threshold and (best is None or score > best[0]):
                    best = (score, cid, merged)
        if best is None and p.max_len_delta > 0:
            best = self._general_match(service, s, count_of)
        if best is None and p.name_head:
            best = self._name_head_match(service, s, count_of)
        if best is None and p.lead_names:
            best = self._lead_match(service, s)
        if best is not None:
            _, cid, merged = best
            c = self.clusters[cid]
            if merged != c.tokens:
                self._unindex(c)
                c.tokens = merged
                self._index(c)
                if (p.subsume or p.subsume_spans or p.subsume_back or p.instance_back or p.mutual_joins) and not c.merged_into:
                    self._subsume(c)
            return cid, False
        if p.variety and p.max_len_delta > 0 and (site := self._site(service, s)) is not None:
            return self._fill(site, s), False
        c = Cluster(cluster_id(service, shape, self.clusters), service, s)
        self.add_existing(c)
        return c.id, True

    def _site(self, service: str, s: tuple[str, ...]) -> Site | None:
        """Where ``s`` and ``variety - 1`` templates of its head (with ``OPENING``, also of its length: a run at the
        head itself) differ in one run only (``patterns_sites.py``)."""
        p = self.params
        ids = self._candidates(self.byhead, (service, *head(s, p)))
        if OPENING:  # a run at the head itself (``FPing: probing …`` / ``DNS: probing …``): same length, other heads
            ids = list(dict.fromkeys((*ids, *self._candidates(self.bylen, (service, len(s))))))
        cands = ((cid, self.clusters[cid].tokens) for cid in ids)
        return find_site(s, cands, others=p.variety - 1, span=SPAN, words=WORDS, opposites=p.opposites,
                         label_span=LABEL_SPAN if p.label_texts else 0, field_labels=p.field_labels)

    def _fill(self, site: Site, s: tuple[str, ...]) -> int:
        """The site's first template becomes the general one, ``<*>`` for the run; the others are merged into
        it (session 10's merge: their lines keep their ids) and the new shape joins it."""
        keep = self.clusters[site.members[0]]
        self._unindex(keep)
        keep.tokens = site.general(s)
        self._index(keep)  # an equal template already there takes it (``equal_aliases``)
        into = self.canonical(keep.id)
        for cid in site.members[1:]:
            o = self.clusters[cid]
            if cid != into and not o.merged_into:
                self._absorb(o, into)
        if (self.params.subsume or self.params.subsume_spans or self.params.subsume_back or self.params.instance_back
                or self.params.mutual_joins):
            self._subsume(self.clusters[into])
        return into


CONTEXT_WORDS = 3
"""Words a context needs before ``tail_instances`` merges a text holding a value into its free text."""


def _valued_instance(t: tuple[str, ...], s: tuple[str, ...], p: Params) -> bool:
    """Whether ``t`` is a context ending in ``:`` and a ``<*>`` tail, and ``s`` the same context (or an instance of
    it) with a text of its own holding a value and no ``key=`` field (a record's fields are no free text).  The
    context holds three words of the statement's own at least: two are as often a logger's prefix before each
    statement's text (hostapd's ``<iface>: STA <addr> IEEE 802.11: associated (aid <n>)``)."""
    n = len(t) - 1
    if n < 1 or len(s) <= n or t[-1] != WILD or not t[n - 1].endswith(":") or len(s) == len(t) and s[n] == WILD:
        return False
    if statement_words(t[:n], p) < CONTEXT_WORDS:
        return False
    tail = s[n:]
    return (any(WILD in x for x in tail) and not any("=" in x for x in tail)
            and (s[:n] == t[:n] or instance_of(t[:n], s[:n])) and n in colon_prefixes(t, p, closed=False))


Ways = tuple[tuple[float, tuple[str, ...] | None], tuple[float, tuple[str, ...] | None]]
"""``similarity(t, s)`` and ``similarity(s, t)`` of a pair of templates."""


def both_ways(t: tuple[str, ...], s: tuple[str, ...], p: Params) -> Ways:
    """Each of two templates taking the other's form: what :func:`mutual_join` and :func:`common_join` both read,
    computed once for a pair (``_mutual_back`` asks both of the same pair, the second when the first refused)."""
    return similarity(t, s, p), similarity(s, t, p)


def mutual_join(t: tuple[str, ...], s: tuple[str, ...], p: Params, ways: Ways | None = None) -> tuple[str, ...] | None:
    """The template two templates of differing lengths make whichever takes the other's form, when that is the same both
    ways and the shorter of the two (the longer's lines join it as it stands), else ``None`` (``mutual_joins``).  A join
    that is the longer (``rhost=<*>`` / ``rhost=<*> <*>``) would read a value as optional where the other line prints
    none: pam_unix's ``user=`` field is labelled another event."""
    score, merged = ways[0] if ways else similarity(t, s, p)
    if merged is None or score < p.threshold or merged != min(t, s, key=len):
        return None
    back, again = ways[1] if ways else similarity(s, t, p)
    return merged if again == merged and back >= p.threshold else None


def common_join(t: tuple[str, ...], s: tuple[str, ...], p: Params, ways: Ways | None = None) -> tuple[str, ...] | None:
    """The template two templates of differing lengths make whichever takes the other's form, when that is the same
    both ways and loses no plain word (no ``<*>`` inside) of either (``common_joins``, session 16): each side differs
    from it in values only (``to <*> [<*>]`` / ``to [<*>]``, ``track<*> (<*> <*>`` / ``track<*> (<*>)``), so the two
    are one format whose lines came in an order that let each generalise apart.  One side may lose words only
    where the other holds a run of several values (``Copied (new)`` / ``Copied <*> <*>``): that slot has taken texts of
    several words already, a ``%s`` a short text also fills; a single ``<*>`` facing words (``for <*> from`` / ``for
    invalid user <*> from``) may be a name, and the words another statement's own.  With ``taken_joins`` a join one way
    is enough when neither loses a word (``Run List is <*>`` takes ``Run List is [role[<*>], recipe[<*>]]``, values for
    values; the long one cannot take the short one's form, as a shape's words never replace a template's values).
    ``None`` if not so."""
    (score, merged), (back, again) = ways or both_ways(t, s, p)
    one_way = merged is None or score < p.threshold or again != merged or back < p.threshold
    if one_way:
        merged = merged if merged is not None and score >= p.threshold else again if back >= p.threshold else None
        if merged is None or not p.taken_joins:
            return None
    a, b = common_ends(t, s)
    if a and "=" in t[a - 1]:
        return None  # a value after a named field is another field the mask took whole (pam_unix's ``rhost=<*> user=root``)
    kept = plain_words(merged, p.kept_frames)
    if plain_words(t, p.kept_frames) == kept == plain_words(s, p.kept_frames):
        return merged
    if one_way:
        return None  # (``taken_joins``: a join one way only loses no word of either, values only)
    for w, o in ((t, s), (s, t)):
        if plain_words(w, p.kept_frames) == kept:
            a, b = common_ends(o, w)
            run = w[a : len(w) - b]
            if len(run) >= 2 and all(WILD in x for x in run) and len(o) - a - b <= p.max_span:
                return merged
    return None


def plain_words(toks: tuple[str, ...], frames: bool = False) -> list[str]:
    """The plain constants and named fields of ``toks`` in order: what a join may not lose (a field's key is the
    format's own, ``lifetime=<*>,``, as a word is).  With ``frames`` (``kept_frames``, session 16) a value framed
    whole by brackets (``[<*>]``, ``(<*>)``) counts as well: the brackets are the format's own characters, a context
    one call prints before its text (open5gs' ``[imsi-…] Service request``) and another call lacks."""
    return [x for x in toks if is_const(x) or "=" in x or (frames and FRAMED_VALUE.match(x) is not None)]


def takes_whole(t: tuple[str, ...], s: tuple[str, ...], p: Params) -> bool:
    """Whether the longer template ``s`` is ``t`` with values of several words in ``t``'s ``<*>``
    (:func:`_takes`), the words it fills in fewer than half again ``t``'s own: a template of few
    words (``riemann.<*> - <*> <*>``) would take whole statements."""
    if len(s) <= len(t) or WILD not in t:
        return False
    if p.context_names and context_added(t, s, p.max_span):
        return True  # an object's name before the message (``context_names``): no part of the statement
    kept = statement_words(t, p)
    return statement_words(s, p) - kept < kept * SUBSUME_RATIO and _takes(t, s, p.max_span)


def _takes(t: tuple[str, ...], s: tuple[str, ...], span: int) -> bool:
    """Whether template ``t`` takes ``s`` whole, a ``<*>`` standing alone facing one token or a run of
    up to ``span`` plain words (a value printed with spaces: no value, ``key=`` or ``label:`` inside,
    which would be another statement's structure) or of values only (:data:`VALUE_RUNS`), one inside a
    token facing a token it fits."""
    reach = {0}  # positions in ``s`` the tokens of ``t`` so far can end at
    for a in t:
        nxt = set()
        for j in reach:
            if a == WILD:
                if j < len(s):
                    nxt.add(j + 1)
                values = VALUE_RUNS and j < len(s) and s[j] == WILD  # a run of values only (``<*> <*>``)
                for k in range(j + 2, min(j + span, len(s)) + 1):
                    x = s[k - 1]
                    if values and x == WILD:
                        nxt.add(k)
                        continue
                    if WILD in x or "=" in x or (k - 1 > j and x.endswith(":")) or WILD in s[j] or "=" in s[j]:
                        break
                    nxt.add(k)
            elif j < len(s) and (s[j] == a or (WILD in a and WILD not in s[j] and fits(a, s[j]))):
                nxt.add(j + 1)
        if not nxt:
            return False
        reach = nxt
    return len(s) in reach


def _bracket_fields(a: str, b: str) -> bool:
    """Two bracketed header fields after the time (Twisted's ``[-]`` / ``[Uninitialized]``): one
    field's values; an upper-case tag is a component that keys its statements (``[MONITOR]``)."""
    return a[:1] == b[:1] == "[" and not (a[1:-1].isupper() or b[1:-1].isupper())


def _only_label_gaps(t: tuple[str, ...], s: tuple[str, ...]) -> bool:
    """Whether every gap between ``t`` and ``s`` is one of optional ``label: <*>,`` fields."""
    i = j = 0
    for a, b, n in SequenceMatcher(None, t, s, autojunk=False).get_matching_blocks():
        gap_t, gap_s = t[i:a], s[j:b]
        if (gap_t or gap_s) and ((gap_t and gap_s) or not label_gap(gap_t or gap_s)):
            return False
        i, j = a + n, b + n
    return True


def _only_clause_gaps(t: tuple[str, ...], s: tuple[str, ...], p: Params) -> bool:
    """Whether every gap between ``t`` and ``s`` is an optional clause after a shared value
    (``<*> with depth <*>``, ``<*> using <*>``; ``optional_clauses``, S8-optional): its words held
    for many lines because the program had its value, not because they are the statement's."""
    i = j = 0
    for a, b, n in SequenceMatcher(None, t, s, autojunk=False).get_matching_blocks():
        gap_t, gap_s = t[i:a], s[j:b]
        if gap_t and gap_s and (all(x == WILD for x in gap_t) or (p.method_lengths and methods_apart(gap_t, gap_s))):
            pass  # the template's value (similarity bounds what it spans), two HTTP methods (``method_lengths``)
        elif (gap_t or gap_s) and ((gap_t and gap_s) or not (
                (p.optional_clauses and clause_gap(gap_t or gap_s, t[i - 1] if i else None, t[a] if n else None))
                or (p.paren_notes and paren_note(gap_t or gap_s, t[i - 1] if i else None, n == 0, p.error_notes)))):
            return False  # (a note in parentheses ending the line, ``paren_notes``, is optional too: session 13)
        i, j = a + n, b + n
    return True


def _valued_tail(tail: tuple[str, ...]) -> bool:
    """A template's tail after a context that holds a value among its words (``Created database record for
    Pool <*>``), not one ``<*>``: a format string's own words around its argument, not a free text printed
    with one ``%s``.  A line's free text (``End auto prune.``) joins a context's free texts, never another
    statement's format (``valued_tails``; the other way round, a tail holding values joins only a context
    whose tail is one ``<*>`` already, ``open_tails``).  The tail opens with two words of the format
    (not values, ``<*> <*> (Off)``) and holds no ``label:`` (``Added from Workflow: <*>``, a label's value
    ending the line, as a context's free text does); a code in brackets ending it (``Connection refused
    (<*>)``, ``(os error <*>)``) is strerror's, the free text's own."""
    if tail[-1:] and tail[-1].endswith(")"):  # a trailing code in brackets is no argument: ``Connection refused (<*>)``
        tail = tail[: max((i for i, x in enumerate(tail) if x.startswith("(")), default=len(tail))]
    return (len(tail) > 2 and all(map(is_const, tail[:2])) and any(WILD in x for x in tail)
            and not any(x.endswith(":") for x in tail))
