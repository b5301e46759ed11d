"""Configuration: the file, then MILLPOND_* variables, then flags; bad keys named."""

from pathlib import Path

import pytest

from millpond.config import ConfigError, build_config, load_config
from millpond.units import parse_duration, parse_size


@pytest.mark.parametrize(
    "text,seconds",
    [("15s", 15), ("7d", 7 * 86400), ("1h30m", 5400), ("250ms", 0.25), ("2w", 14 * 86400), (30, 30), ("90", 90)],
)
def test_durations_parse(text, seconds):
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "7x", "s", "1h30", "-5s", "1.5.5s", True])
def test_bad_durations_are_refused(text):
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize(
    "text,n", [("20GiB", 20 * 1024**3), ("16MiB", 16 << 20), ("64KiB", 65536), ("1GB", 10**9), (512, 512), ("10", 10)]
)
def test_sizes_parse(text, n):
    assert parse_size(text) == n


@pytest.mark.parametrize("text", ["", "20XB", "GiB", "1.2.3MB"])
def test_bad_sizes_are_refused(text):
    with pytest.raises(ValueError):
        parse_size(text)


def test_defaults_match_the_design():
    cfg = build_config({})
    assert cfg.data_dir == "millpond-data"
    assert cfg.log.partitions == 4 and cfg.log.backend == "embedded"
    assert cfg.log.retention == 7 * 86400 and cfg.log.retention_bytes == 20 * 1024**3
    assert cfg.forward.listen == "0.0.0.0:24224"
    assert cfg.syslog.listen == "0.0.0.0:5514"
    assert cfg.http.listen == "0.0.0.0:9880"
    assert cfg.query.max_rows == 100_000 and cfg.query.timeout == 30
    assert cfg.mqtt.url == "" and cfg.mqtt.topics == ["sensors/#"]


def test_file_env_and_flags_layer_in_that_order(tmp_path: Path):
    f = tmp_path / "millpond.toml"
    f.write_text('data_dir = "d"\n[log]\npartitions = 2\nretention = "1d"\n[http]\nlisten = "127.0.0.1:1"\n')
    cfg = load_config(
        f,
        environ={"MILLPOND_LOG_PARTITIONS": "3", "MILLPOND_HTTP_LISTEN": "127.0.0.1:2"},
        overrides={"http.listen": "127.0.0.1:3"},
    )
    assert cfg.log.partitions == 3  # env beats file
    assert cfg.log.retention == 86400  # file kept where nothing overrides
    assert cfg.http.listen == "127.0.0.1:3"  # flag beats env
    assert Path(cfg.data_dir) == tmp_path / "d"  # relative to the file


def test_alert_rules_parse_with_for():
    cfg = build_config({"alert": [{"name": "Hot", "sql": "SELECT 1 AS value", "for": "30s"}]})
    assert cfg.alert[0].for_ == 30 and cfg.alert[0].severity == "warning"


@pytest.mark.parametrize(
    "tree,named",
    [
        ({"log": {"partitons": 3}}, "log.partitons"),
        ({"bogus": 1}, "bogus"),
        ({"log": {"retention": "7x"}}, "log.retention"),
        ({"log": {"partitions": "many"}}, "log.partitions"),
        ({"log": {"codec": "gzip"}}, "log.codec"),
        ({"alert": [{"name": "a", "sql": "x", "for": "soon"}]}, "alert[0].for"),
        ({"alert": [{"sql": "x"}]}, "alert[0]"),
    ],
)
def test_a_bad_key_or_value_is_one_line_naming_it(tree, named):
    with pytest.raises(ConfigError) as e:
        build_config(tree)
    msg = str(e.value)
    assert named in msg and "\n" not in msg


def test_unknown_environment_variable_warns_but_starts(tmp_path):
    with pytest.warns(UserWarning, match="MILLPOND_NOPE_X"):
        cfg = load_config(None, environ={"MILLPOND_NOPE_X": "1"})
    assert cfg.log.partitions == 4


def test_missing_explicit_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")


def test_invalid_toml_is_an_error(tmp_path):
    f = tmp_path / "m.toml"
    f.write_text("[log\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(f)
