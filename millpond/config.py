"""Typed configuration: ``millpond.toml`` < ``MILLPOND_*`` environment < flags.

The file is TOML; validation is msgspec's (unknown keys and bad values are
errors naming the key). Durations and sizes are written the human way
("15s", "20GiB") and arrive here as seconds and bytes.
"""

from __future__ import annotations

import os
import re
import tomllib
import warnings
from pathlib import Path
from typing import Any, Literal

import msgspec

from millpond.units import parse_duration, parse_size


class Duration(float):
    """Seconds, written in the file as ``"15s"``, ``"7d"``…"""


class Size(int):
    """Bytes, written in the file as ``"16MiB"``, ``"20GiB"``…"""


class ConfigError(Exception):
    """A configuration problem, worded for the operator: names the key and says what is expected."""


def _dec_hook(typ: type, obj: Any) -> Any:
    if typ is Duration:
        return Duration(parse_duration(obj))
    if typ is Size:
        return Size(parse_size(obj))
    raise NotImplementedError(f"unsupported config type {typ!r}")


class _Section(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    pass


Codec = Literal["none", "lz4", "zstd"]


class TopicConfig(_Section):
    """Per-topic overrides of the ``[log]`` defaults (``[log.topics.logs]``)."""

    partitions: int | None = None
    codec: Codec | None = None
    retention: Duration | None = None
    retention_bytes: Size | None = None
    segment_bytes: Size | None = None
    segment_age: Duration | None = None


class LogConfig(_Section):
    backend: Literal["embedded", "kafka"] = "embedded"
    partitions: int = 4
    codec: Codec = "lz4"
    retention: Duration = Duration(7 * 86400)
    retention_bytes: Size = Size(20 * 1024**3)
    segment_bytes: Size = Size(128 * 1024**2)
    segment_age: Duration = Duration(3600)
    index_interval_bytes: Size = Size(64 * 1024)
    preallocate: bool = False  # busy partitions roll into zero-filled spares (docs/log.md: measured, off by default)
    kafka_bootstrap: str = ""
    topic_prefix: str = ""
    kafka: dict[str, str] = {}
    topics: dict[str, TopicConfig] = {}

    def __post_init__(self) -> None:
        if not 1 <= self.partitions <= 1024:
            raise ValueError("log.partitions must be between 1 and 1024")


class ArchiveConfig(_Section):
    uri: str = ""
    endpoint: str = ""  # S3-API endpoint of a non-AWS store, "http://127.0.0.1:9000" (sinks/objectstore.py)
    options: dict[str, str] = {}  # pyarrow S3FileSystem settings: region, connect_timeout, ...
    retention: Duration = Duration(90 * 86400)
    flush_interval: Duration = Duration(5)
    flush_rows: int = 500_000
    compact_interval: Duration = Duration(300)


class PipelineConfig(_Section):
    workers: int = 0  # worker processes `millpond run` starts (i owns partitions p % workers == i); 0 = one per two cores

    def __post_init__(self) -> None:
        if not 0 <= self.workers <= 64:
            raise ValueError("pipeline.workers must be between 0 (auto) and 64")


class QueryConfig(_Section):
    timeout: Duration = Duration(30)
    max_rows: int = 100_000
    memory_limit: Size = Size(2 * 1024**3)


class ForwardConfig(_Section):
    listen: str = "0.0.0.0:24224"
    shared_key: str = ""
    self_hostname: str = ""
    tls_cert: str = ""
    tls_key: str = ""
    max_frame: Size = Size(16 * 1024**2)
    max_connections: int = 1024
    frame_timeout: Duration = Duration(30)  # a message (or the handshake) incomplete this long closes the connection


class SyslogConfig(_Section):
    listen: str = "0.0.0.0:5514"
    tls_cert: str = ""
    tls_key: str = ""
    max_line: Size = Size(64 * 1024)
    max_connections: int = 1024
    frame_timeout: Duration = Duration(30)  # a line/frame incomplete this long closes the connection


class HttpConfig(_Section):
    listen: str = "0.0.0.0:9880"
    token: str = ""
    ingest_token: str = ""
    max_body: Size = Size(16 * 1024**2)
    max_decompressed: Size = Size(64 * 1024**2)
    max_labels: int = 64
    max_connections: int = 1024
    header_timeout: Duration = Duration(10)  # accept (or a keep-alive request's first byte) → end of headers
    min_body_rate: Size = Size(4096)  # bytes/s a body must average once header_timeout of grace is used up
    keepalive_timeout: Duration = Duration(75)  # an idle keep-alive connection is closed after this


class MqttConfig(_Section):
    url: str = ""
    topics: list[str] = msgspec.field(default_factory=lambda: ["sensors/#"])
    client_id: str = ""
    username: str = ""
    password: str = ""


class ScrapeConfig(_Section):
    targets: list[str] = []
    interval: Duration = Duration(15)
    timeout: Duration = Duration(10)


class AlertingConfig(_Section):
    webhook: str = ""
    interval: Duration = Duration(10)


class AlertRule(_Section):
    name: str
    sql: str
    for_: Duration = msgspec.field(default=Duration(0), name="for")
    keep_firing_for: Duration = Duration(0)
    severity: str = "warning"
    labels: dict[str, str] = {}
    annotations: dict[str, str] = {}


class IngestConfig(_Section):
    """Shared ingest bounds: memory held by not-yet-durable data, batching."""

    max_pending: Size = Size(256 * 1024**2)
    linger: Duration = Duration(0.005)
    self_metrics_interval: Duration = Duration(10)
    decoders: int = 0  # decoder processes: 0 = one per CPU (none on one CPU), -1 = none (decode in-process)
    decode_inline: Size = Size(64 * 1024)  # bodies/messages smaller than this decode on the event loop
    decode_forward: bool = True  # big PackedForward chunks to the decoders too (1.2-1.3x records/s, 0.86x per CPU-s)

    def __post_init__(self) -> None:
        if not -1 <= self.decoders <= 64:
            raise ValueError("ingest.decoders must be between -1 (none), 0 (auto) and 64")


class Config(_Section):
    data_dir: str = "millpond-data"
    log: LogConfig = msgspec.field(default_factory=LogConfig)
    archive: ArchiveConfig = msgspec.field(default_factory=ArchiveConfig)
    pipeline: PipelineConfig = msgspec.field(default_factory=PipelineConfig)
    query: QueryConfig = msgspec.field(default_factory=QueryConfig)
    ingest: IngestConfig = msgspec.field(default_factory=IngestConfig)
    forward: ForwardConfig = msgspec.field(default_factory=ForwardConfig)
    syslog: SyslogConfig = msgspec.field(default_factory=SyslogConfig)
    http: HttpConfig = msgspec.field(default_factory=HttpConfig)
    mqtt: MqttConfig = msgspec.field(default_factory=MqttConfig)
    scrape: ScrapeConfig = msgspec.field(default_factory=ScrapeConfig)
    alerting: AlertingConfig = msgspec.field(default_factory=AlertingConfig)
    alert: list[AlertRule] = []

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir)


DEFAULT_CONFIG_FILE = "millpond.toml"
ENV_PREFIX = "MILLPOND_"


def _set_path(tree: dict[str, Any], dotted: list[str], value: Any) -> None:
    node = tree
    for part in dotted[:-1]:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise ConfigError(f"config: {'.'.join(dotted)}: {part} is not a section")
    node[dotted[-1]] = value


def _env_overrides(environ: dict[str, str]) -> dict[str, Any]:
    """``MILLPOND_DATA_DIR`` and ``MILLPOND_<SECTION>_<KEY>`` as a config tree.

    Unknown variables are a warning, not an error: an environment is shared
    with other programs and may hold a stale name.
    """
    sections = {
        f.name: f.type
        for f in msgspec.structs.fields(Config)
        if isinstance(f.type, type) and issubclass(f.type, msgspec.Struct)
    }
    out: dict[str, Any] = {}
    for name, value in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX):].lower()
        if key == "data_dir":
            out["data_dir"] = value
            continue
        section, _, field = key.partition("_")
        struct = sections.get(section)
        fields = {f.encode_name: f for f in msgspec.structs.fields(struct)} if struct else {}
        if not field or field not in fields:
            if name != "MILLPOND_CONFIG":
                warnings.warn(f"ignoring unknown environment variable {name}", stacklevel=2)
            continue
        ftype = fields[field].type
        if "list" in repr(ftype):
            parsed: Any = [v.strip() for v in value.split(",") if v.strip()]
        else:
            parsed = value
        out.setdefault(section, {})[field] = parsed
    return out


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(merged.get(k), dict):
            merged[k] = _deep_merge(merged[k], v)
        else:
            merged[k] = v
    return merged


_PATH = re.compile(r" - at `\$\.?([^`]*)`")


def _explain(err: msgspec.ValidationError) -> str:
    text = str(err)
    m = _PATH.search(text)
    where = m.group(1) if m else ""
    what = _PATH.sub("", text)
    where = re.sub(r"\[(\d+)\]", r"[\1]", where)
    unknown = re.match(r"Object contains unknown field `([^`]*)`", what)
    if unknown:
        key = f"{where}.{unknown.group(1)}" if where else unknown.group(1)
        return f"config: unknown key '{key}' (check its spelling and section; see README, Configuration)"
    return f"config: {where or '(top level)'}: {what}"


def build_config(tree: dict[str, Any]) -> Config:
    """Validate a plain config tree into :class:`Config` or raise :class:`ConfigError`."""
    try:
        return msgspec.convert(tree, Config, dec_hook=_dec_hook, strict=False)
    except msgspec.ValidationError as e:
        raise ConfigError(_explain(e)) from None


def load_config(
    path: str | Path | None = None,
    *,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> Config:
    """The effective configuration.

    Parameters
    ----------
    path
        TOML file; ``None`` means ``$MILLPOND_CONFIG`` or ``./millpond.toml`` if present.
    overrides
        Dotted keys from command-line flags, e.g. ``{"http.listen": "127.0.0.1:9999"}``;
        they win over the file and the environment.
    environ
        The environment to read ``MILLPOND_*`` from (default ``os.environ``).
    """
    env = dict(os.environ if environ is None else environ)
    tree: dict[str, Any] = {}
    explicit = path is not None or "MILLPOND_CONFIG" in env
    file = Path(path or env.get("MILLPOND_CONFIG") or DEFAULT_CONFIG_FILE)
    if file.exists():
        try:
            tree = tomllib.loads(file.read_text())
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"config: {file}: not valid TOML: {e}") from None
        except OSError as e:
            raise ConfigError(f"config: cannot read {file}: {e.strerror}") from None
        # relative data_dir in a file is relative to the file, as operators expect
        if "data_dir" in tree and not Path(tree["data_dir"]).is_absolute():
            tree["data_dir"] = str((file.parent / tree["data_dir"]))
    elif explicit:
        raise ConfigError(f"config: file {file} does not exist")
    tree = _deep_merge(tree, _env_overrides(env))
    for dotted, value in (overrides or {}).items():
        if value is not None:
            _set_path(tree, dotted.split("."), value)
    return build_config(tree)


def effective_toml(cfg: Config) -> dict[str, Any]:
    """The config as a plain tree (for ``--print-config`` and the dashboard)."""
    return msgspec.to_builtins(cfg)
