"""`millpond alerts` and `millpond alerts history` against an in-process appliance with a firing rule."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

from alertkit import appliance, config, until
from click.testing import CliRunner, Result

from millpond.cli import cli
from netutil import free_port

HOT = {"name": "HotSensor", "severity": "critical",
       "sql": "SELECT labels['device'] AS device, max(value) AS value FROM metrics "
              "WHERE name = 'temperature' GROUP BY 1 HAVING max(value) > 30"}
BROKEN = {"name": "Broken", "sql": "SELECT * FROM no_such_table"}


async def _cli(*args: str) -> Result:
    return await asyncio.to_thread(CliRunner(env={"COLUMNS": "200"}).invoke, cli, list(args))


async def test_alerts_lists_rules_and_the_firing_instance_and_history(tmp_path: Path) -> None:
    cfg = config(tmp_path / "data", [HOT, BROKEN], token="tok")
    async with appliance(cfg) as app:
        await app.write(f"temperature,device=oven value=42 {time.time_ns()}")

        async def firing() -> bool:
            return any(i["state"] == "firing" for i in (await app.alerts())["instances"])

        await until(firing, "the firing instance")
        r = await _cli("alerts", "--url", app.url, "--token", "tok")
        assert r.exit_code == 0, r.output
        lines = r.output.splitlines()
        (inst,) = [ln for ln in lines if "device=oven" in ln]
        assert "HotSensor" in inst and "firing" in inst and "42" in inst
        assert any("HotSensor" in ln and "critical" in ln and "ok" in ln for ln in lines)
        assert any("Broken" in ln and "error" in ln for ln in lines)
        assert any(ln.startswith("rule Broken:") and "no_such_table" in ln for ln in lines)
        r = await _cli("alerts", "--url", app.url, "--token", "tok", "--format", "json")
        state = json.loads(r.output)
        assert [(i["rule"], i["labels"]["device"]) for i in state["instances"]] == [("HotSensor", "oven")]
        r = await _cli("alerts", "--url", app.url, "--token", "tok", "history", "--limit", "5")
        assert r.exit_code == 0, r.output
        assert any("HotSensor" in ln and "firing" in ln and "device=oven" in ln for ln in r.output.splitlines())
        assert "1 change(s)" in r.output
        r = await _cli("alerts", "history", "--url", app.url, "--token", "tok", "--rule", "Nope", "--format", "json")
        assert r.exit_code == 0 and json.loads(r.output) == []
        r = await _cli("alerts", "--url", app.url)  # no token
    assert r.exit_code == 2 and r.output.strip().splitlines() == [
        "millpond: alerts request failed (401): missing or wrong bearer token"]


async def test_unreachable_appliance_is_one_line() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    for args in (["alerts", "--url", url], ["alerts", "history", "--url", url]):
        r = await _cli(*args)
        assert r.exit_code == 2
        (line,) = r.output.strip().splitlines()
        assert line.startswith(f"millpond: cannot reach the appliance at {url}")
