"""README's configuration reference names every key the config accepts."""

from pathlib import Path

import msgspec

from millpond.config import AlertRule, Config

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def keys(struct: type, prefix: str = "") -> list[str]:
    out = []
    for f in msgspec.structs.fields(struct):
        if isinstance(f.type, type) and issubclass(f.type, msgspec.Struct):
            out += keys(f.type, f"{prefix}{f.encode_name}.")
        else:
            out.append(prefix + f.encode_name)
    return out


def test_every_config_key_is_documented():
    all_keys = [k for k in keys(Config) if k != "alert"] + keys(AlertRule, "alert.")
    missing = [k for k in all_keys if f"`{k}`" not in README and f"`{k}." not in README]
    assert not missing, f"README's configuration table lacks: {missing}"
