"""Session-9 rules of the pattern miner (issue #6) read from default layouts of Python, JVM, .NET, PHP
and Erlang/Elixir loggers (S9-pyjvm).  The layouts' streams are in tests/layoutkit.py (the standing
spec, tests/pipeline/test_patterns_layouts.py); most already grouped right, eight needed a rule:

* ``value_templates``: Phoenix's ``Plug.Logger`` logs a request as ``GET /api/users`` (values only,
  once ``request_lines`` reads the method) and its response as ``Sent 200 in 3ms``: a template of
  values only takes no line holding a word of its own;
* ``task_results``: Celery's ``Task <name>[<id>] succeeded in <runtime>s: <return value>`` (and
  ``raised unexpected: <exc>``, ``retry: <exc>``): the repr ending the line is one value;
* ``tomcat_params``: Tomcat's ``OneLineFormatter`` line, ``<time> <LEVEL> [<thread>] <class>.<method>
  <message>``, whose messages bracket every parameter (``Deploying web application directory [{0}]``):
  each bracketed parameter is a value;
* ``spring_app_names``: Spring Boot 3.4's ``<pid> --- [<application>] [<thread>]``: the application's
  name is dropped, so ``thread_fields`` reads the padded thread after ``---``;
* ``hosting_requests``: ASP.NET Core's ``Request starting|finished HTTP/<v> <method> <url> - <fields>``:
  the fields after the ``-`` (status, length, content type, time, ``-`` when empty) are one value;
* ``jetty_headers``: Jetty's glued ``<time>:INFO:<logger>:<thread>:`` header (9.x ``StdErrLog``, 10+ with the
  level padded) is read as its fields, the thread a value;
* ``connect_contexts``: Kafka Connect's ``[%d] %p %X{connector.context}%m (%c:%L)``: the connector context
  ``[<connector>|task-<n>]``, printed only on a connector's threads, is dropped;
* ``couch_msg_ids``: CouchDB's ``--------`` request id outside a request is a value.

Each test asserts the statements' grouping with the rule and another grouping with its switch off,
and that a state saved with the switch off keeps its ids.
The A/B measurements (one process, every group, switch on vs off) are in each rule's commit message."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_formats import (connect_contexts, couch_msg_ids, hosting_requests, jetty_headers, spring_app_names,
                                                task_results, tomcat_params)
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_similarity import own_words

import layoutkit
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids

W = "<*>"


def test_a_request_line_of_values_takes_no_response_line(tmp_path: Path) -> None:
    """``06:19:00.123 request_id=F0x… [info] GET /api/users`` masks to values only; ``Sent 200 in 3ms``
    at another length was absorbed by its ``<*>``s, and every request and response was one template."""
    lines, truth = layoutkit.elixir_logger()
    assert_the_rule_decides(lines, truth, value_templates=False)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"value_templates": False})  # rules group new shapes only


def test_own_words_are_neither_values_fields_nor_levels() -> None:
    assert own_words((W, "request_id=<*>", "[info]", W, W)) == 0
    assert own_words(("eid=<*>", "class=statechange", "pool=<*>")) == 0  # a named field's word is its value
    assert own_words((W, "[info]", "Sent", W, "in", W)) == 2
    assert own_words((W, "(<*>)", W, W, "=>", W)) == 1  # ``=>`` is the statement's own scaffolding, no field
    thread = (W, "WARN", "[org.keycloak.events]", "(ServerService", "Thread", "Pool", "--", "<*>)", "type=<*>,")
    assert own_words(thread) == 4 and own_words(thread, bare=True) == 0  # a thread's name of several words: one value


def test_one_word_may_still_join_a_template_of_values_as_a_name() -> None:
    """``{DTA}[<ip> <n>]: quit`` / ``…: return``: without ``head_shared`` the name-head rule joins two
    one-word commands, comparing the template with its head as a value; ``value_templates`` leaves a
    line of one word to that rule."""
    lines = ["[2019-01-11 15:00:13.134] {DTA}[8.36.200.27 26]: quit", "[2019-01-11 15:00:14.134] {DTA}[8.36.200.27 26]: return"]
    assert len(set(ids(lines, Params(head_shared=False)))) == 1


def test_a_celery_tasks_return_value_or_exception_is_one_value(tmp_path: Path) -> None:
    """``succeeded in 0.0123s: None`` kept ``None`` a word while ``…s: 8`` folded into the runtime's ``<*>``;
    an exception's repr is as many words as it prints."""
    lines, truth = layoutkit.celery()
    # (session 16's taken_joins also merges a result's templates that differ in values only: off here)
    assert_the_rule_decides(lines, truth, task_results=False, taken_joins=False)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"task_results": False})  # rules group new shapes only


def test_only_what_follows_a_celery_tasks_statement_is_taken() -> None:
    task = ("[<*>:", "INFO/<*>]", "Task", "proj.tasks.add[<*>]")
    assert task_results((*task, "succeeded", "in", "<*>:", "None")) == (*task, "succeeded", "in", W)
    assert task_results((*task, "succeeded", "in", W)) == (*task, "succeeded", "in", W)
    assert task_results((*task, "raised", "unexpected:", "KeyError(<*>)")) == (*task, "raised", "unexpected:", W)
    assert task_results((*task, "retry:", "Retry", "in", "<*>:", "X")) == (*task, "retry:", W)
    assert task_results((*task, "received")) == (*task, "received")
    assert task_results(("Task", "failed:", "timeout")) == ("Task", "failed:", "timeout")  # no name[id]


def test_tomcats_bracketed_parameters_are_values(tmp_path: Path) -> None:
    """``The web application [ROOT] appears to have started a thread named [Timer-1]`` / ``[api]``: the
    mask leaves a web application's name a word, and the evidence rule kept the first one."""
    lines, truth = layoutkit.tomcat_oneline()
    assert_the_rule_decides(lines, truth, tomcat_params=False)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"tomcat_params": False})  # rules group new shapes only


def test_only_a_onelineformatter_line_is_read() -> None:
    head = (W, "INFO", "[main]", "org.apache.catalina.startup.VersionLoggerListener.log")
    assert tomcat_params((*head, "Server", "version", "name:", "[Apache", "Tomcat/<*>]")) == (
        *head, "Server", "version", "name:", "[<*>]")
    assert tomcat_params((*head, "application", "[ROOT].", "done")) == (*head, "application", "[<*>].", "done")
    assert tomcat_params((*head, "list", "[a]b")) == (*head, "list", "[a]b")  # no parameter alone
    fail2ban = (W, "fail2ban.actions", "[<*>]:", "NOTICE", "[sshd]", "Ban", W)
    assert tomcat_params(fail2ban) == fail2ban  # no JUL level and source after a thread
    log4j = (W, "[main]", "INFO", "com.acme.jobs.Runner", "-", "Job", "[nightly]")
    assert tomcat_params(log4j) == log4j


def test_spring_boots_application_name_is_no_thread(tmp_path: Path) -> None:
    """``4242 --- [orders] [           main]``: ``thread_fields`` took ``[orders]`` for the thread and left
    the padded ``main]`` a word; a thread holding a digit was masked, so each statement split in two."""
    lines, truth = layoutkit.spring_boot3()
    assert_the_rule_decides(lines, truth, spring_app_names=False, spring_threads=False, padded_fields=False)
    # rules group new shapes only (session 11's spring_threads reads the application's name as the thread's too)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"spring_app_names": False, "spring_threads": False,
                                                         "padded_fields": False})


def test_only_names_before_the_thread_are_dropped() -> None:
    head = (W, "INFO", W, "---")
    assert spring_app_names((*head, "[orders]", "[", "main]", "c.e.App", ":")) == (*head, "[", "main]", "c.e.App", ":")
    assert spring_app_names((*head, "[orders]", "[<*>]", "c.e.App", ":")) == (*head, "[<*>]", "c.e.App", ":")
    assert spring_app_names((*head, "[orders]", "[billing]", "[<*>]", "c.e.App")) == (*head, "[<*>]", "c.e.App")
    assert spring_app_names((*head, "[", "main]", "c.e.App", ":")) == (*head, "[", "main]", "c.e.App", ":")  # Boot 2
    assert spring_app_names((*head, "[<*>]", "c.e.App", ":")) == (*head, "[<*>]", "c.e.App", ":")
    assert spring_app_names(("a", "---", "[x]", "[y]")) == ("a", "---", "[x]", "[y]")  # no value before ``---``


def test_aspnet_cores_request_fields_are_one_value(tmp_path: Path) -> None:
    """``… - 200 - application/json;+charset=utf-8 1.1234ms`` / ``… - 201 123 - 2.2234ms``: a content type stays a
    word and the ``-`` markers fold into runs of other lengths."""
    lines, truth = layoutkit.aspnet_requests()
    # (session 13's subsume_back and session 15's mutual_joins merge the request lines of other lengths once they
    # generalise: off here)
    assert_the_rule_decides(lines, truth, hosting_requests=False, subsume_back=False, mutual_joins=False)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"hosting_requests": False, "subsume_back": False,
                                                         "mutual_joins": False})


def test_only_the_fields_after_a_hosting_request_line_are_taken() -> None:
    head = ("Request", "finished", "HTTP/<*>", W, W, "-")
    assert hosting_requests((*head, W, "text/plain", W)) == (*head, W)
    assert hosting_requests(("Request", "starting", "HTTP/<*>", W, W, "-", "-", "-")) == ("Request", "starting", "HTTP/<*>", W, W, "-", W)
    assert hosting_requests(("Request", "finished", "in", W)) == ("Request", "finished", "in", W)  # no protocol
    assert hosting_requests(("Request", "finished", "HTTP/<*>", W)) == ("Request", "finished", "HTTP/<*>", W)  # no ``-``



def test_jettys_thread_is_a_value_in_its_glued_header(tmp_path: Path) -> None:
    """``…:INFO:oejs.Server:main: jetty-9.4…;`` / ``…:INFO:oejs.Server:qtp1234567-12: jetty-9.4…;``: the mask took the
    thread holding a digit with the value after it, and left ``main`` and the logger in the token."""
    lines, truth = layoutkit.jetty()
    assert_the_rule_decides(lines, truth, jetty_headers=False)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"jetty_headers": False})  # rules group new shapes only


def test_only_jettys_header_forms_are_read() -> None:
    assert jetty_headers(("<*>:INFO:oejs.Server:main:", "<*>;", "built:")) == (W, "INFO", "oejs.Server", "<*>;", "built:")
    assert jetty_headers(("<*>:INFO:oejs.Server:<*>;", "built:")) == (W, "INFO", "oejs.Server", "<*>;", "built:")
    assert jetty_headers(("<*>:INFO:oejs.Server:main:", "Started", W)) == (W, "INFO", "oejs.Server", "<*>:", "Started", W)
    assert jetty_headers(("<*>:WARN", ":oejs.HttpChannel:main:", W)) == (W, "WARN", "oejs.HttpChannel", W)  # Jetty 10
    assert jetty_headers(("<*>:INFO:x", "y")) == ("<*>:INFO:x", "y")  # no thread
    assert jetty_headers(("<*>:", "INFO:", "x")) == ("<*>:", "INFO:", "x")


def test_kafka_connects_connector_context_is_optional(tmp_path: Path) -> None:
    """``[<ts>] INFO [jdbc-sink|task-0] Committing offsets …`` and ``[<ts>] INFO Committing offsets …`` (the same call on a
    worker's own thread) were one leading token apart."""
    lines, truth = layoutkit.kafka_connect()
    assert_the_rule_decides(lines, truth, connect_contexts=False)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"connect_contexts": False})  # rules group new shapes only


def test_only_a_context_in_connects_layout_is_dropped() -> None:
    msg = ("Committing", "offsets", "(<*>)")
    assert connect_contexts(("[<*>]", "INFO", "[jdbc-sink|<*>]", *msg)) == ("[<*>]", "INFO", *msg)
    assert connect_contexts(("[<*>]", "INFO", "[<*>]", *msg)) == ("[<*>]", "INFO", *msg)
    assert connect_contexts(("[<*>]", "INFO", W, *msg)) == ("[<*>]", "INFO", *msg)
    kafka = ("[<*>]", "INFO", W, "started", "(kafka.server.KafkaServer)")  # the broker's ``(%c)``: no line number
    assert connect_contexts(kafka) == kafka
    assert connect_contexts(("[<*>]", "INFO", "Committing", "offsets", "(<*>)")) == ("[<*>]", "INFO", "Committing", "offsets", "(<*>)")


def test_couchdbs_request_id_placeholder_is_a_value(tmp_path: Path) -> None:
    """``[notice] <ts> couchdb@127.0.0.1 <0.123.0> -------- <peer> admin GET …`` outside a request, ``… <0.123.0> a1b2c3d4e5
    <peer> …`` inside one, whose id the mask folds with the peer's address."""
    lines, truth = layoutkit.couchdb()
    assert_the_rule_decides(lines, truth, couch_msg_ids=False)
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"couch_msg_ids": False})  # rules group new shapes only


def test_only_couchdbs_placeholder_after_the_pid_is_taken() -> None:
    assert couch_msg_ids(("[notice]", "<*>>", "--------", W, "admin")) == ("[notice]", "<*>>", W, "admin")
    assert couch_msg_ids(("[error]", "<*>>", "--------", "rexi_server:")) == ("[error]", "<*>>", W, "rexi_server:")
    assert couch_msg_ids(("[info]", "--------", "x")) == ("[info]", "--------", "x")  # no value before it
    assert couch_msg_ids(("[tag]", "<*>>", "--------", "x")) == ("[tag]", "<*>>", "--------", "x")  # no level
