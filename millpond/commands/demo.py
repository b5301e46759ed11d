"""``millpond demo``: the appliance, live sample data through the real protocols, the dashboard.

Starts ``millpond run`` on loopback ports with a demo config (alert rules that
fire now and then) in a temporary or given data directory, a mosquitto broker
when one is installed, streams the sample data continuously, and opens the
dashboard. With no terminal it runs headless and prints where to look.
Ctrl-C (or SIGTERM) stops everything: the stream, the appliance (which
archives its tail), the broker; a temporary data directory is removed.
"""

from __future__ import annotations

import asyncio
import getpass
import json
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import click

from millpond.commands._common import fail

SAMPLES = Path(__file__).resolve().parents[2] / "sample-data"
START_TIMEOUT_S = 90.0

ALERT_RULES = """
[[alert]]
name = "HotSensor"
sql = "SELECT labels['device'] AS device, max(value) AS value FROM metrics WHERE name = 'temperature' AND ts > now() - INTERVAL 1 MINUTE GROUP BY 1 HAVING count(*) FILTER (WHERE value > 30) >= 2"
for = "10s"
severity = "warning"
annotations = { summary = "two readings above 30 °C within a minute" }

[[alert]]
name = "DeviceSilent"
sql = "SELECT labels['device'] AS device, epoch(now()) - epoch(max(ts)) AS value FROM metrics WHERE name = 'temperature' AND ts > now() - INTERVAL 10 MINUTE GROUP BY 1 HAVING max(ts) < now() - INTERVAL 30 SECOND"
for = "10s"
severity = "critical"
annotations = { summary = "no reading for more than 30 s" }

[[alert]]
name = "ErrorBurst"
sql = "SELECT service, count(*) AS value FROM logs WHERE severity IN ('error', 'critical') AND ts > now() - INTERVAL 1 MINUTE GROUP BY 1 HAVING count(*) > 25"
for = "0s"
severity = "warning"
"""


def _free(port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        try:
            u.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def pick_port(preferred: int) -> int:
    """``preferred`` if TCP and UDP are both free on loopback, else any free port."""
    if preferred and _free(preferred):
        return preferred
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if _free(port):
            return port


@dataclass
class Demo:
    """The processes of one demo run and how to stop them."""

    data_dir: Path
    temporary: bool
    http: int
    forward: int
    syslog: int
    mqtt: int | None = None
    any_ports: bool = False
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http}"

    def write_config(self) -> Path:
        path = self.data_dir / "millpond-demo.toml"
        mqtt = f'url = "mqtt://127.0.0.1:{self.mqtt}"\ntopics = ["sensors/#"]\n' if self.mqtt else ""
        path.write_text(
            f'data_dir = "{self.data_dir / "data"}"\n\n[http]\nlisten = "127.0.0.1:{self.http}"\n\n'
            f'[forward]\nlisten = "127.0.0.1:{self.forward}"\n\n[syslog]\nlisten = "127.0.0.1:{self.syslog}"\n\n'
            f"[mqtt]\n{mqtt}\n[alerting]\ninterval = \"5s\"\n{ALERT_RULES}"
        )
        return path

    def start_mosquitto(self) -> None:
        exe = shutil.which("mosquitto")
        if exe is None:
            return
        self.mqtt = pick_port(0 if self.any_ports else 1883)
        conf = self.data_dir / "mosquitto.conf"
        # "user" = who we are: mosquitto started as root would otherwise switch user, which drops PDEATHSIG
        conf.write_text(f"listener {self.mqtt} 127.0.0.1\nallow_anonymous true\npersistence false\n"
                        f"user {getpass.getuser()}\n")
        log = open(self.data_dir / "mosquitto.log", "wb")  # noqa: SIM115 (lives as long as the broker)
        self.procs.append(subprocess.Popen([exe, "-c", str(conf)], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                           preexec_fn=_die_with_parent))
        _wait(lambda: _listening(self.mqtt or 0), 10, "mosquitto did not start")

    def start_appliance(self, config: Path) -> subprocess.Popen[bytes]:
        log = open(self.data_dir / "millpond-run.log", "wb")  # noqa: SIM115
        proc = subprocess.Popen([sys.executable, "-m", "millpond", "run", "--config", str(config)],
                                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True,  # Ctrl-C reaches us; we stop it gracefully
                                preexec_fn=_die_with_parent)
        self.procs.insert(0, proc)

        def healthy() -> bool:
            if proc.poll() is not None:
                tail = (self.data_dir / "millpond-run.log").read_text(errors="replace").strip().splitlines()[-5:]
                raise RuntimeError("millpond run exited: " + " | ".join(tail))
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as r:
                    return r.status == 200
            except OSError:
                return False

        _wait(healthy, START_TIMEOUT_S, f"the appliance did not become healthy in {START_TIMEOUT_S:.0f} s (see {self.data_dir / 'millpond-run.log'})")
        return proc

    def stop(self) -> None:
        """SIGTERM everything we started (the appliance first: it archives its tail), then clean up."""
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(10)
        if self.temporary:
            shutil.rmtree(self.data_dir, ignore_errors=True)


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the demo dies, however it dies (Linux PR_SET_PDEATHSIG)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: the demo's own stop() is the only cleanup


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _wait(pred, timeout: float, message: str) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return
        time.sleep(0.2)
    raise RuntimeError(message)


def _count(url: str, sql: str) -> str:
    req = urllib.request.Request(url + "/api/v1/query", data=json.dumps({"sql": sql}).encode(),
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            rows = json.load(r).get("rows", [])
            return str(rows[0][0]) if rows else "?"
    except OSError:
        return "?"


class Streamer(threading.Thread):
    """The sample-data stream on its own event loop (the dashboard owns the main thread)."""

    def __init__(self, demo: Demo, speed: float) -> None:
        super().__init__(name="demo-stream", daemon=True)
        from millpond.demo_stream import StreamStats
        from millpond.replay_send import Targets

        self.targets = Targets(url=demo.url, forward=f"127.0.0.1:{demo.forward}", syslog=f"127.0.0.1:{demo.syslog}",
                               mqtt=f"mqtt://127.0.0.1:{demo.mqtt}" if demo.mqtt else "")
        self.speed = speed
        self.stats = StreamStats()
        self.loop = asyncio.new_event_loop()
        self.stop_event: asyncio.Event | None = None

    def run(self) -> None:
        from millpond.demo_stream import stream

        asyncio.set_event_loop(self.loop)
        self.stop_event = asyncio.Event()
        files = sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix != ".py")
        self.loop.run_until_complete(stream(self.targets, files, speed=self.speed, stats=self.stats, stop=self.stop_event))

    def halt(self) -> None:
        if self.stop_event is not None:
            self.loop.call_soon_threadsafe(self.stop_event.set)
        self.join(30)


def _headless(demo: Demo, streamer: Streamer, stop: threading.Event, every: float) -> None:
    q = f'millpond query --url {demo.url}'
    click.echo(f"""
Millpond demo is running (no terminal, so no dashboard).
  data directory   {demo.data_dir}{'  (temporary: removed on exit)' if demo.temporary else ''}
  query / API      {demo.url}   (GET /healthz, GET /metrics, POST /api/v1/query)
  ingest           HTTP {demo.http} · forward {demo.forward} · syslog {demo.syslog}{f' · MQTT broker {demo.mqtt}' if demo.mqtt else ''}
  dashboard        millpond tui {demo.url}
  try              {q} "SELECT service, count(*) FROM logs GROUP BY 1 ORDER BY 2 DESC"
                   {q} "SELECT * FROM alerts ORDER BY ts DESC LIMIT 10"
Ctrl-C stops everything.
""", nl=False)
    while not stop.wait(every):
        logs = _count(demo.url, "SELECT count(*) FROM logs")
        points = _count(demo.url, "SELECT count(*) FROM metrics")
        firing = _count(demo.url, "SELECT count(*) FROM (SELECT rule, labels, arg_max(state, ts) AS s FROM alerts GROUP BY ALL) WHERE s = 'firing'")
        err = f"  last error: {streamer.stats.last_error}" if streamer.stats.errors else ""
        click.echo(f"{time.strftime('%H:%M:%S')}  sent {streamer.stats.total:,}  ·  logs {logs}  ·  metric points {points}  ·  alerts firing {firing}{err}")


@click.command()
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the demo's data here (default: a temporary directory, removed on exit).")
@click.option("--speed", type=click.FloatRange(0.1, 1000), default=10.0, show_default=True,
              help="How many times faster than recorded the sample data plays.")
@click.option("--headless", is_flag=True, help="No dashboard even on a terminal.")
@click.option("--any-ports", is_flag=True, help="Use free loopback ports instead of the usual 9880, 24224, 5514, 1883.")
@click.option("--status-every", type=click.FloatRange(0.5, 3600), default=10.0, show_default=True,
              help="Seconds between status lines when headless.")
def demo(data_dir: Path | None, speed: float, headless: bool, any_ports: bool, status_every: float) -> None:
    """Run the appliance with sample data streaming through every protocol, and open the dashboard."""
    if not SAMPLES.is_dir():
        fail(f"sample data not found at {SAMPLES} (the demo needs the source checkout)")
    temporary = data_dir is None
    root = Path(tempfile.mkdtemp(prefix="millpond-demo-")) if data_dir is None else data_dir.resolve()
    root.mkdir(parents=True, exist_ok=True)
    usual = (0, 0, 0) if any_ports else (9880, 24224, 5514)
    d = Demo(root, temporary, http=pick_port(usual[0]), forward=pick_port(usual[1]), syslog=pick_port(usual[2]),
             any_ports=any_ports)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGHUP, lambda *_: stop.set())  # terminal closed: headless mode stops cleanly
    streamer: Streamer | None = None
    try:
        click.echo(f"starting Millpond in {root} …", err=True)
        d.start_mosquitto()
        d.start_appliance(d.write_config())
        streamer = Streamer(d, speed)
        streamer.start()
        if sys.stdout.isatty() and sys.stdin.isatty() and not headless:
            from millpond.tui.app import MillpondApp

            app = MillpondApp(d.url, poll_interval=1.0)
            for sig in (signal.SIGTERM, signal.SIGHUP):  # killed or terminal gone: leave the dashboard, then clean up
                signal.signal(sig, lambda *_: app.call_later(app.exit))
            app.run()
        else:
            _headless(d, streamer, stop, status_every)
    except KeyboardInterrupt:
        pass
    except RuntimeError as e:
        fail(str(e))
    finally:
        try:
            click.echo("stopping the demo …", err=True)
        except OSError:
            pass  # the terminal is gone (SIGHUP): stop everything all the same
        if streamer is not None:
            streamer.halt()
        d.stop()
