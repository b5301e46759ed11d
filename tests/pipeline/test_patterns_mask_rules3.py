"""Masking rules version 3 (issue #6, session 6): values that hold spaces or vary in length are
one value each — a list in braces or brackets, an X.509/LDAP distinguished name, a Ruby hash
or Python dict, the SQL text after ``statement:``, an errno's text in brackets, an error's cause inside a quoted message, an HTTP status with its reason phrase, a clock time with its AM/PM and zone — and a Kerberos
principal is one value as an e-mail address is.  Each rule's test mines lines of one log statement whose shapes differ
under rules 2, so it fails without the rule; a state written with rules 2 keeps them.
Measured effect of each rule: docs/patterns.md (session 6, masking rules 3)."""

from __future__ import annotations

import concurrent.futures as cf
import sys
import time
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from millpond.pipeline import patterns_mask as pm
from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_params import Params

from patternkit import assert_a_state_keeps_its_masking_rules

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "bench") not in sys.path:
    sys.path.append(str(ROOT / "bench"))


def _ids(lines: list[str], rules: int = 3, params: Params | None = None) -> list[int]:
    m = PatternMiner(None, params)
    m.rules = rules
    return m.assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist()


def _groups(lines: list[str], rules: int = 3, params: Params | None = None) -> int:
    return len(set(_ids(lines, rules, params)))


def _mask(line: str, rules: int = 3) -> str:
    """One line through the vectorised path (a batch above ``SMALL``) and ``mask_one`` alike."""
    got = pm.mask(pa.array([line] * (pm.SMALL + 1)), rules).to_pylist()[0]
    assert got == pm.mask_one(line, rules)
    return got


def test_rules_3_is_the_newest_and_rules_1_and_2_stay() -> None:
    assert pm.RULES >= 3 and {1, 2, 3} <= set(pm.RULESETS)  # rules 4 since session 9 (test_patterns_session9_mask4)
    assert pm.RULESETS[2].tokens == pm.TOKENS and pm.RULESETS[2].structured == pm.STRUCTURED


# krb5kdc: ``%s (%d etypes {%s}) %s: ...`` — the client's etype list, 1 to 7 items
ETYPES = ["aes256-cts-hmac-sha1-96(18)", "DEPRECATED:arcfour-hmac(23)", "camellia128-cts-cmac(25)",
          "aes128-cts-hmac-sha256-128(19)", "DEPRECATED:des3-cbc-sha1(16)", "camellia256-cts-cmac(26)"]
KRB = [f"AS_REQ ({n} etypes {{{', '.join(ETYPES[i % 3:i % 3 + n])}}}) 10.0.0.{i}: NEEDED_PREAUTH: "
       f"alice@CORP.EXAMPLE.COM for krbtgt/CORP.EXAMPLE.COM@CORP.EXAMPLE.COM, Additional pre-authentication required"
       for i, n in enumerate((2, 3, 4, 2, 3, 4))]


def test_a_list_of_any_length_is_one_value() -> None:
    """A list in braces or brackets of one-word items varies in length: one value.  A struct of
    ``key=value`` items, JSON and bracketed prose keep their keys and words."""
    assert _mask(KRB[0]).startswith("AS_REQ (<*> etypes <*>) <*>:")
    assert _mask("signal handlers for [TERM, HUP, INT]") == "signal handlers for <*>"
    assert _mask("parts [all_1_1_0, all_2_2_0, 202611_3_3_1] merged") == "parts <*> merged"
    assert "{rep=<*>, tkt=<*>" in _mask("etypes {rep=aes128-cts(19), tkt=aes256-cts(18)} issued")  # keys kept
    assert _mask('tags ["web", "db"] set') == 'tags ["web", "db"] set'
    prose = "housekeeper [deleted 3 hist/trends, 5 items] done"
    assert _mask(prose) == "housekeeper [deleted <*> hist/trends, <*> items] done"
    assert _groups(KRB) == 1
    assert _groups(KRB, rules=2) > 1


def test_a_kerberos_principal_is_one_value() -> None:
    """``service/host@REALM`` and a machine account's ``HOST$@REALM`` are one value each, as an
    e-mail address is; rules 2 kept the service name (``HTTP/<*>``) and the account."""
    assert _mask("TGS_REQ for HTTP/web01.corp.example.com@CORP.EXAMPLE.COM ok") == "TGS_REQ for <*> ok"
    assert _mask("ISSUE: WEB02$@AD.EXAMPLE.ORG for x") == "ISSUE: <*> for x"
    assert _mask("mail from alice@example.org") == "mail from <*>"
    lines = [f"ISSUE: authtime {i}, {c} for {s}, Server not found" for i, (c, s) in enumerate(
        [("NAS$@CORP.EXAMPLE.COM", "ldap/dc.corp.example.com@CORP.EXAMPLE.COM"),
         ("alice@CORP.EXAMPLE.COM", "HTTP/web01.corp.example.com@CORP.EXAMPLE.COM"),
         ("bob@EXAMPLE.COM", "krbtgt/EXAMPLE.COM@EXAMPLE.COM"),
         ("DB-PRIMARY$@EXAMPLE.COM", "cifs/nas.example.com@EXAMPLE.COM")] * 2)]
    assert _groups(lines) == 1
    assert _groups(lines, rules=2) > 1


# strongSwan: ``IKE_SA %s[%d] established between %H[%Y]...%H[%Y]`` — identities are DNs or e-mails
CHARON = [f"0{i}[IKE] IKE_SA home[{i}] established between 10.0.0.{i}[{a}]...10.1.0.{i}[{b}]"
          for i, (a, b) in enumerate(
    [("C=DE, O=Example GmbH, CN=vpn.example.de", "alice@example.org"),
     ("C=US, ST=CA, O=Acme Inc., OU=Network Ops, CN=branch-17", "C=DE, O=Example GmbH, CN=vpn.example.de"),
     ("CN=road warrior 42, O=Field", "alice@example.org"),
     ("alice@example.org", "C=US, ST=CA, O=Acme Inc., OU=Network Ops, CN=branch-17")] * 2)]


def test_a_distinguished_name_is_one_value() -> None:
    """An X.509/LDAP distinguished name (two attributes or more, ``,`` or ``/`` between them)
    holds spaces and varies in length: one value, the delimiter before it kept."""
    assert _mask(CHARON[1]) == "<*>[IKE] IKE_SA home[<*>] established between <*>[<*>]<*>[<*>]"
    assert _mask("subject: /C=DE/O=Example Org/CN=nts.example.de") == "subject: <*>"
    assert _mask("bind (uid=alice,ou=people,dc=example,dc=com) ok") == "bind (<*>) ok"
    assert _mask("VERIFY OK: depth=0, CN=ftp") == "VERIFY OK: depth=<*>, CN=ftp"  # one attribute: a key=value
    assert _groups(CHARON) == 1
    assert _groups(CHARON, rules=2) > 1


def test_a_ruby_hash_or_python_dict_is_one_value() -> None:
    """Rails' ``Parameters: {...}``, Sidekiq's ``{:size=>5, ...}``, Python's ``{'rows': 1}``: a
    map printed whole (one nesting level) is a value whose keys vary; JSON keeps its keys."""
    params = ['{"q"=>"invoice 2026", "locale"=>"pt-BR", "id"=>"87394"}', '{"id"=>"86442", "locale"=>"en"}',
              '{"locale"=>"de", "q"=>"invoice 2026", "user"=>{"email"=>"a@b.c", "remember_me"=>"1"}}',
              '{"locale"=>"en"}']
    lines = [f"[{i:04x}] Parameters: {p}" for i, p in enumerate(params * 2)]
    assert _mask(lines[2]) == "[<*>] Parameters: <*>"
    assert _mask('pool {:size=>5, :url=>"redis://r:6379/0"} up') == "pool <*> up"
    assert _mask("task done: {'rows': 120, 'skipped': 0}") == "task done: <*>"
    assert _mask('got {"state": "running", "timeline": 5}') == 'got {"state": <*>, "timeline": <*>}'  # JSON: keys
    assert _groups(lines) == 1
    assert _groups(lines, rules=2) > 1


def test_an_errno_text_in_brackets_is_one_value() -> None:
    """``connect to %s failed (%s)`` with ``strerror(errno)``: each errno's glibc text is one value
    (phrases of one to five words); the same words in prose, or after ``: ``, stay."""
    errnos = ["Connection refused", "No such file or directory", "Too many open files", "Connection timed out"]
    lines = [f"connect to 10.20.0.{i}:3260 failed ({e})" for i, e in enumerate(errnos * 2)]
    assert _mask(lines[1]) == "connect to <*> failed (<*>)"
    assert _mask("upstream: Connection lost (No route to host)") == "upstream: Connection lost (<*>)"
    assert _mask("Connection refused by peer") == "Connection refused by peer"
    assert _mask("write failed: Broken pipe") == "write failed: Broken pipe"
    assert _groups(lines) == 1
    assert _groups(lines, rules=2, params=Params(error_texts=False)) > 1  # (session 15's error_texts joins them too)


def test_an_error_cause_inside_a_structured_message_is_one_value() -> None:
    """Go's wrapped errors in logfmt ``msg="…"`` and JSON ``"msg":"…"``: after a first phrase
    naming an error, the cause runs to the message's closing quote; fields after it stay."""
    causes = ["context deadline exceeded", "dial tcp 10.0.5.12:6379: connect: connection refused",
              "redis: connection pool timeout", "EOF"]
    lines = [f'time="2026-11-17T14:40:4{i}Z" level=error msg="Unable to set default redirection URL in body: '
             f'{c}" method=GET path=/api/verify remote_ip=10.1.2.{i}' for i, c in enumerate(causes * 2)]
    assert _mask(lines[1]) == ('time=<*> level=error msg="Unable to set default redirection URL in body: <*>" '
                               'method=GET path=<*> remote_ip=<*>')
    json_line = ('{"level":"error","msg":"failed to get secret \'flux/regcred\': secrets \\"helm\\" not found",'
                 '"controller":"helmrepository"}')
    assert _mask(json_line) == '{"level":"error","msg":"failed to get secret <*>","controller":<*>}'
    kept = 'level=info msg="Profile details for user: alice" method=GET'  # no error word: the text stays
    assert _mask(kept) == kept
    assert len({_mask(x) for x in lines}) == 1 and _groups(lines) == 1
    assert len({_mask(x, rules=2) for x in lines}) == 4  # one shape per cause under rules 2


def test_an_http_status_with_its_reason_phrase_is_one_value() -> None:
    """``404 Not Found``, ``101 Switching Protocols``, ``503 (Service Unavailable)``: the phrase goes
    with the code, so a response line's statement does not depend on the status."""
    statuses = ["404 Not Found", "200 OK", "401 Unauthorized", "101 Switching Protocols", "400 Bad Request"]
    lines = [f"[2026-11-17 15:08:0{i}.088][response][INFO] {s}" for i, s in enumerate(statuses * 2)]
    assert _mask(lines[3]) == "[<*>][response][INFO] <*>"
    assert _mask("exception: status code does not indicate success: 503 (Service Unavailable).") == (
        "exception: status code does not indicate success: <*>.")
    assert _mask("200 OKAY now") == "<*> OKAY now"
    assert _groups(lines) == 1
    assert _groups(lines, rules=2) > 1


def test_a_clock_time_takes_its_am_pm_and_time_zone() -> None:
    """``[11/24/2026, 6:52:28 AM]``, ``21:34:53.253 CET``: the zone a host is set to differs
    between hosts, never between statements, so one statement logged by hosts in three zones
    (or before and after noon) is one pattern.  An upper-case word after a time that is no
    zone stays: it is as often the level."""
    zones = ["CET", "EST", "UTC", "PDT"]
    lines = [f"2026-11-0{i} 21:34:5{i}.253 {z} [612M] WARNING: Rate-limiting 10.0.0.{i} for at least 45 seconds"
             for i, z in enumerate(zones * 2, 1)]
    lines += [f"[11/24/2026, {h}:52:28 {half}] [hue] This plugin slows down Homebridge."
              for h, half in ((6, "AM"), (9, "PM"), (11, "AM"), (2, "PM"))]
    assert _mask(lines[0]) == "<*> [<*>] WARNING: Rate-limiting <*> for at least <*>"
    assert _mask(lines[-1]) == "[<*>] [hue] This plugin slows down Homebridge."
    assert _mask("2026-11-15 21:34:53 INFO worker started") == "<*> INFO worker started"
    assert _groups(lines) == 2
    assert _groups(lines, rules=2) > 2


def test_an_ipv4_mapped_address_and_a_quoted_dash_are_values() -> None:
    """``::ffff:10.0.0.5`` is one value as ``10.0.0.5`` is (a dual-stack listener's IPv4 client),
    and ``"-"`` is an access log's absent field where a quoted user agent stands: one Synapse
    access statement across both, which rules 2 split by the address and the dash (S6-u5)."""
    lines = [f'2026-11-19 18:25:3{i},451 - synapse.access.http.8008 - 465 - INFO - POST-11089{i} - {a} - 8008 - '
             f'{{@bob:example.com}} Processed request: 0.002sec/21.426sec ru=(0.016sec, 0.141sec) db=(0.006sec/0.01sec/2) '
             f'1{i}8B 200 "POST /_matrix/client/v3/keys/query HTTP/1.1" {ua} [0 dbevts]'
             for i, (a, ua) in enumerate((("::ffff:10.0.0.5", '"-"'), ("10.26.13.141", '"Element/1.11.{i} (iPhone)"'),
                                          ("::ffff:10.0.0.7", '"Mozilla/5.0 (X11; Linux x86_64)"'),
                                          ("103.14.170.149", '"-"'), ("10.26.13.9", '"-"'), ("::ffff:10.0.0.5", '"-"')))]
    assert _mask("from ::ffff:192.168.1.2 port 22") == "from <*> port <*>"
    assert _mask('GET ok "-" "-" done') == "GET ok <*> done"
    assert _mask("a-b-c - x") == "a-b-c - x"
    assert _groups(lines) == 1
    assert _groups(lines, rules=2) > 1


def test_a_quoted_sql_text_is_one_value() -> None:
    """``digest_text = "SELECT * FROM orders WHERE id = ?"`` / ``= "COMMIT"``: ProxySQL quotes the
    statement it saw; one value as after ``statement:`` (S6-u5: proxysql's statement split 56 -> 7)."""
    lines = [f'2026-11-0{i} 10:56:37 MySQL_Session.cpp:4870:handler_minus1_LogErrorDuringQuery(): [WARNING] Error during '
             f'query on (2,db-2,3306,95811{i}) , user "app@10.0.0.{i}" , schema "crm" , 1205, Lock wait timeout exceeded; '
             f'try restarting transaction . digest_text = "{q}"'
             for i, q in enumerate(("COMMIT", "SELECT * FROM orders WHERE id = ?", "UPDATE stock SET n = n - ? WHERE sku = ?",
                                    "COMMIT", "INSERT INTO events (type,payload) VALUES (?,?)"), 1)]
    assert _mask('digest_text = "SELECT a FROM b" ok') == "digest_text = <*> ok"
    assert _mask('Plan "SELECTED" ok') == 'Plan "SELECTED" ok'
    assert _groups(lines) == 1
    assert _groups(lines, rules=2, params=Params(error_spans=False)) > 1  # (S7's error_codes takes the text to its end)


def test_the_value_rules_fit_one_capturing_pass() -> None:
    """The pass writes back groups 1 to 9 only: a tenth would lose its delimiter silently."""
    import re
    assert re.compile("|".join(pm.RULESETS[3].values)).groups <= 9


def test_sql_text_after_a_slow_query_label_with_its_time_is_one_value() -> None:
    """``SLOW QUERY [%s]: %s``: the statement after a label and its bracketed duration."""
    sqls = ["UPDATE users SET updated_at = $1 WHERE uuid = $2", "DELETE FROM `twofactor_incomplete` WHERE `login_time` < ?",
            "SELECT * FROM devices WHERE user_uuid = $1"]
    lines = [f"[2026-11-22 08:55:0{i}.697][vaultwarden::db::query_logger][WARN] SLOW QUERY [5.{i}s]: {q}"
             for i, q in enumerate(sqls * 2)]
    assert _mask(lines[1]) == "[<*>][vaultwarden::db::query_logger][WARN] SLOW QUERY [<*>]: <*>"
    assert _mask("query (12 ms): SELECT 1") == "query (<*>): <*>"
    assert _groups(lines) == 1
    assert _groups(lines, rules=2) > 1


def test_sql_text_after_statement_is_one_value() -> None:
    """PostgreSQL and pgpool-II log ``statement: %s``: whatever statement ran is the value, to
    the end of the line.  A ``statement:`` followed by prose is not SQL."""
    sql = ["SELECT 1", "DISCARD ALL", "SHOW TRANSACTION ISOLATION LEVEL", "BEGIN",
           "UPDATE carts SET status = 'done' WHERE id IN (147, 886)", "select pg_is_in_recovery()"]
    lines = [f"2026-11-24 08:27:1{i}.172: child pid 4925{i}: LOG:  DB node id: 1 backend pid: 38797{i} statement: {q}"
             for i, q in enumerate(sql * 2)]
    assert _mask(lines[4]).endswith("backend pid: <*> statement: <*>")
    slow = "LOG:  duration: 0.5 ms  statement: INSERT INTO t VALUES (1, 'x')"
    assert _mask(slow) == "LOG: duration: <*> statement: <*>"
    assert _mask("statement: see the manual") == "statement: see the manual"
    assert _groups(lines) == 1
    assert _groups(lines, rules=2) > 1


_PIECES = ["{", "}", "[", "]", ", ", ",", "a", "x1", "=", "=>", ":", ": ", "'k'", '"k"', ":k", "CN=", "O=", "C=",
           "/", "statement: ", "SELECT", "select", " ", "$@", "@", "EX.COM", "HTTP", ".", "(", ")", "<*>", "\t", "|",
           "msg=", "DHCP4_ACK", '"', "'", "7", "-", "\x02", "x"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join), min_size=pm.SMALL + 1, max_size=40))
def test_vectorised_rules_3_equal_the_rule_by_rule_mask(lines: list[str]) -> None:
    """The Arrow path (capture-free structured pass, fused token pass, rare passes where needed)
    gives what the rules give one after another (``mask_one``), for lines built of the new rules' parts."""
    assert pm.mask(pa.array(lines), 3).to_pylist() == [pm.mask_one(x, 3) for x in lines]


def test_rules_3_on_every_stored_set_equal_the_rule_by_rule_mask() -> None:
    """Every stored evaluation set and the rules' own examples: vectorised == ``mask_one``, cold
    cache and warm, and a small batch (Python ``re``) too."""
    import loggen  # noqa: PLC0415

    stored = sorted((ROOT / "tests" / "data" / "patterns").glob("*.tsv.gz"))
    lines = [x[2] for f in stored for x in loggen.read_set(f)[::3]]
    lines += KRB + CHARON
    want = [pm.mask_one(x, 3) for x in lines]
    pm.RULESETS[3].shapes.clear()
    for _ in range(2):
        assert pm.mask(pa.array(lines), 3).to_pylist() == want
    assert pm.mask(pa.array(KRB[:3]), 3).to_pylist() == want[-len(KRB) - len(CHARON):][:3]


def test_rules_3_cache_is_bounded_and_threads_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules-3 token-pass cache stays under its bound; two threads get what one gets."""
    monkeypatch.setattr(pm, "CACHE", 64)
    r = pm.RULESETS[3]
    r.shapes.clear()
    batches = [pa.array([f"job {'abcdefghij'[k % 10]}{'klmnopqrst'[i % 10]} took {i % 10} ms"
                         for i in range(40)]) for k in range(30)] + [pa.array(KRB * 7), pa.array(CHARON * 5)]
    alone = [[pm.mask_one(x, 3) for x in b.to_pylist()] for b in batches]
    most = 0
    for b, want in zip(batches, alone):
        assert pm.mask(b, 3).to_pylist() == want
        most = max(most, len(r.shapes))
    assert 32 < most <= 64
    with cf.ThreadPoolExecutor(2) as pool:
        assert [f.to_pylist() for f in pool.map(pm.mask, batches, [3] * len(batches))] == alone


def test_long_hostile_lines_cost_milliseconds_under_rules_3() -> None:
    """A 2,048-character line made to make the new rules backtrack stays cheap (RE2 is linear)."""
    worst = 0.0
    for token in ("{a, ", "[a,", "C=x, ", "{'k': ", '{"k"=>{', "statement: SELECT ", "a/b", "x$", "{:k=>"):
        line = (token * 2048)[:2048]
        pm.mask(pa.array(["warm up"] * 40), 3)
        t0 = time.process_time()
        got = pm.mask(pa.array([line]), 3).to_pylist()
        worst = max(worst, time.process_time() - t0)
        assert got == [pm.mask_one(line, 3)]
    assert worst < 0.025, f"masking one 2,048-character line took {worst * 1e3:.1f} ms"


def test_a_state_written_with_rules_2_keeps_its_ids_and_masks_with_rules_2(tmp_path: Path) -> None:
    """Lines whose shapes rules 3 changes keep the ids a rules-2 state gave them after a restart
    (the state says ``rules: 2`` and its miner masks with 2); a new state is written with rules 3."""
    lines = KRB + CHARON + [f"x statement: SELECT {i}" for i in range(3)] + ["x statement: BEGIN"]
    assert_a_state_keeps_its_masking_rules(tmp_path, lines, 2)
