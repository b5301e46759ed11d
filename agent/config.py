"""Typed ``agent.toml``: validated like the appliance's config (msgspec; unknown
keys and bad values are errors naming the key), with the same human units.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, Literal

import msgspec

from millpond.config import ConfigError, Duration, Size, _dec_hook, _explain


class _Section(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    pass


class FileInput(_Section):
    """One ``[[files]]`` entry: a glob of files tailed with one parser."""

    path: str
    parser: Literal["plain", "json", "syslog"] = "plain"
    service: str = ""
    start_at: Literal["end", "beginning"] = "end"
    multiline_start: str = ""
    multiline_flush: Duration = Duration(1.0)
    max_line: Size = Size(64 * 1024)
    gzip: bool = False
    """Read ``*.gz`` files the glob matches (whole, once); ignored by default."""
    exclude: list[str] = []

    def __post_init__(self) -> None:
        if not self.path:
            raise ValueError("files.path must not be empty")
        if self.multiline_start:
            try:
                re.compile(self.multiline_start)
            except re.error as e:
                raise ValueError(f"multiline_start is not a valid regex: {e}") from None
        if self.max_line < 64:
            raise ValueError("max_line must be at least 64 bytes")


class HostMetricsConfig(_Section):
    interval: Duration = Duration(10.0)
    """``0s`` turns host metrics off."""


class AgentConfig(_Section):
    server: str = "127.0.0.1:24224"
    """The appliance's forward port."""
    http_url: str = "http://127.0.0.1:9880"
    """The appliance's HTTP base URL: host metrics go to ``POST /write``."""
    http_token: str = ""
    """The appliance's ``[http] ingest_token``, sent as ``Authorization: Bearer``; empty = none."""
    shared_key: str = ""
    self_hostname: str = ""
    hostname: str = ""
    """The ``host`` of every record; empty = this machine's name."""
    tls: bool = False
    tls_ca: str = ""
    tls_verify: bool = True
    spool_dir: str = "millpond-agent"
    spool_max: Size = Size(1024**3)
    batch_bytes: Size = Size(1024**2)
    batch_wait: Duration = Duration(1.0)
    compress: bool = True
    max_in_flight: int = 8
    ack_timeout: Duration = Duration(30.0)
    retry_min: Duration = Duration(0.5)
    retry_max: Duration = Duration(30.0)
    poll_interval: Duration = Duration(0.25)
    rotate_wait: Duration = Duration(5.0)
    metrics_listen: str = "127.0.0.1:24231"
    """The agent's own Prometheus endpoint (loopback); empty = off."""
    files: list[FileInput] = []
    host_metrics: HostMetricsConfig = msgspec.field(default_factory=HostMetricsConfig)

    def __post_init__(self) -> None:
        host, _, port = self.server.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"server must be host:port, got {self.server!r}")
        if not self.http_url.startswith(("http://", "https://")):
            raise ValueError(f"http_url must start with http:// or https://, got {self.http_url!r}")
        if not 4096 <= self.batch_bytes <= 8 * 1024**2:
            raise ValueError("batch_bytes must be between 4KiB and 8MiB (the appliance bounds a frame)")
        if not 1 <= self.max_in_flight <= 1024:
            raise ValueError("max_in_flight must be between 1 and 1024")
        if self.spool_max < 16 * 1024**2:
            raise ValueError("spool_max must be at least 16MiB")
        if self.metrics_listen:
            host = self.metrics_listen.rpartition(":")[0]
            if host not in ("127.0.0.1", "localhost", "::1", "[::1]"):
                raise ValueError("metrics_listen must be a loopback address")

    @property
    def spool_path(self) -> Path:
        return Path(self.spool_dir)


def split_hostport(text: str, default_port: int) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep:
        return text, default_port
    return host.strip("[]") or "127.0.0.1", int(port)


def build_agent_config(tree: dict[str, Any]) -> AgentConfig:
    """Validate a plain tree into :class:`AgentConfig` or raise :class:`ConfigError`."""
    try:
        return msgspec.convert(tree, AgentConfig, dec_hook=_dec_hook, strict=False)
    except msgspec.ValidationError as e:
        raise ConfigError(_explain(e).replace("see README, Configuration", "see docs/agent.md")) from None


def load_agent_config(path: str | Path, overrides: dict[str, Any] | None = None) -> AgentConfig:
    """The agent config from a TOML file; a relative ``spool_dir`` is relative to the file."""
    file = Path(path)
    try:
        tree = tomllib.loads(file.read_text())
    except FileNotFoundError:
        raise ConfigError(f"config: file {file} does not exist") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"config: {file}: not valid TOML: {e}") from None
    except OSError as e:
        raise ConfigError(f"config: cannot read {file}: {e.strerror}") from None
    if "spool_dir" in tree and not Path(tree["spool_dir"]).is_absolute():
        tree["spool_dir"] = str(file.parent / tree["spool_dir"])
    tree.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return build_agent_config(tree)
