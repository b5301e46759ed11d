"""The clusterer's length index may hold a template that a merge made shorter since (a span or
a missing field joined it): candidates found through it are checked against their current
length, never indexed past their end (a crash there would stop mining for the whole stream)."""

from __future__ import annotations

from millpond.pipeline.patterns_cluster import Cluster, Clusterer


def test_a_template_shortened_since_it_was_indexed_is_no_name_head_candidate() -> None:
    c = Clusterer()
    c.add_existing(Cluster(1, "svc", ("job", "alpha", "done", "in", "<*>")))
    c.clusters[1].tokens = ("job", "<*>")  # as a later merge may leave it, still indexed at length 5
    shape = ("job", "beta", "done", "in", "<*>")
    assert c._name_at("svc", shape, 4, None, None) is None
    assert c._name_at("svc", shape, 1, None, None) is None
