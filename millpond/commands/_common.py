"""Options and error handling shared by the subcommands.

Errors a user can act on are printed as one line saying what was wrong and
what to do, with exit status 2 — never a traceback.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from millpond.config import Config, ConfigError, load_config

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 2) -> None:
    """Print ``millpond: <message>`` to stderr and exit."""
    click.echo(f"millpond: {message}", err=True)
    sys.exit(code)


def not_built(name: str, issue: int) -> None:
    fail(f"'{name}' is not built yet (tracked in issue #{issue}).", code=2)


def config_option(f: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Config file (default: ./millpond.toml if present).",
    )(f)


def data_dir_option(f: F) -> F:
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Data directory (default: from the config, else ./millpond-data).",
    )(f)


def load(config_path: Path | None, **overrides: Any) -> Config:
    """The effective config, or a one-line error naming the bad key."""
    try:
        return load_config(config_path, overrides={k: v for k, v in overrides.items() if v is not None})
    except ConfigError as e:
        fail(str(e))
        raise AssertionError("unreachable") from e


def user_errors(*errors: type[BaseException]) -> Callable[[F], F]:
    """Turn the listed exception types into ``millpond: <message>`` and exit 2."""

    def wrap(f: F) -> F:
        @functools.wraps(f)
        def inner(*a: Any, **kw: Any) -> Any:
            try:
                return f(*a, **kw)
            except errors as e:  # noqa: PERF203
                fail(str(e))

        return inner  # type: ignore[return-value]

    return wrap


def call_api(url: str, path: str, *, what: str, body: dict[str, Any] | None = None, token: str = "",
             timeout: float = 30.0, unreachable_hint: str = "", not_found: str = "") -> dict[str, Any]:
    """GET (or POST ``body`` as JSON to) ``url + path`` on a running appliance; the JSON answer.

    Every failure is a ``RuntimeError`` with one line the user can act on:
    ``<what> failed (<status>): <the appliance's error>``, or that the
    appliance cannot be reached (plus ``unreachable_hint``), or ``not_found``
    for a 404 when given.
    """
    import json
    import urllib.error
    import urllib.request

    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url.rstrip("/") + path, data=data, method="GET" if body is None else "POST",
                                 headers={} if body is None else {"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 (the operator's URL)
            return json.loads(resp.read())
    except urllib.error.HTTPError as e:
        if e.code == 404 and not_found:
            raise RuntimeError(not_found) from None
        try:
            msg = json.loads(e.read()).get("error") or e.reason
        except (json.JSONDecodeError, AttributeError, OSError):
            msg = e.reason
        raise RuntimeError(f"{what} failed ({e.code}): {msg}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise RuntimeError(f"cannot reach the appliance at {url} ({reason}); is `millpond run` running?"
                           + (f" {unreachable_hint}" if unreachable_hint else "")) from None
    except json.JSONDecodeError:
        raise RuntimeError(f"the appliance at {url} answered something that is not JSON") from None
