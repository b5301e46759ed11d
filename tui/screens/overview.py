"""Overview: is everything fine? Ingest rates per receiver and topic, totals, rejects,
disk, lag, worker (consumer group) status and firing alerts on one screen."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Container
from textual.widgets import DataTable, Static
from textual_plotext import PlotextPlot

from millpond.tui.client import sql_ts, to_dt
from millpond.tui.messages import StatsUpdated
from millpond.tui.screens.alerts import instance_labels
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import age, clip, human, human_bytes, spark, state


class OverviewScreen(DashScreen):
    MODE = "overview"
    SPARK = 16

    def body(self) -> ComposeResult:
        yield Static(id="summary")
        with Container(id="overview-grid"):
            yield DataTable(id="receivers", cursor_type="none", zebra_stripes=True)
            yield DataTable(id="topics", cursor_type="none", zebra_stripes=True)
            yield PlotextPlot(id="rate-chart")
            yield PlotextPlot(id="volume-chart")
            yield DataTable(id="workers", cursor_type="none")
            yield DataTable(id="firing", cursor_type="none")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#receivers", DataTable).add_columns("receiver", "rec/s", "trend", "total", "rejected")
        self.query_one("#topics", DataTable).add_columns("topic", "parts", "rec/s", "trend", "records", "size", "lag")
        self.query_one("#workers", DataTable).add_columns("consumer group", "partitions", "lag")
        self.query_one("#firing", DataTable).add_columns("alert", "state", "instance", "value", "for")
        for tid, title in (("receivers", "Ingest by receiver"), ("topics", "Log topics"),
                           ("workers", "Workers (consumer groups)"), ("firing", "Alerts firing / pending"),
                           ("rate-chart", "Records/s by receiver"), ("volume-chart", "Log lines per minute, last 30 min")):
            self.query_one(f"#{tid}").border_title = title
        self.firing: list[dict] = []
        self.counts: dict[str, int] = {}
        self.render_stats()

    @on(StatsUpdated)
    def render_stats(self) -> None:
        st = self.dash.stats
        rec = self.query_one("#receivers", DataTable)
        rec.clear()
        for name in sorted(st.receivers):
            s = st.receivers[name]
            rej = st.rejected.get(name, 0.0)
            rec.add_row(name, human(s.rate), Text(spark(s.rates, self.SPARK), style="cyan"), human(s.total),
                        Text(human(rej), style="red" if rej else "dim"))
        if not st.receivers:
            rec.add_row(Text("(none)", style="dim"), "", "", "", "")
        top = self.query_one("#topics", DataTable)
        top.clear()
        for topic in sorted({p.topic for p in st.partitions}):
            parts = [p for p in st.partitions if p.topic == topic]
            s = st.topics.get(topic)
            top.add_row(topic, str(len(parts)), human(s.rate if s else None), Text(spark(s.rates if s else [], self.SPARK), style="green"),
                        human(sum(p.end_offset - p.start_offset for p in parts)), human_bytes(sum(p.size_bytes for p in parts)),
                        human(st.topic_lag(topic)))
        wk = self.query_one("#workers", DataTable)
        wk.clear()
        for group, lag in sorted(st.lag_by_group().items()):
            n = sum(1 for g in st.lags if g.group == group)
            wk.add_row(group, str(n), Text(human(lag), style="bold red" if lag > 100_000 else "yellow" if lag > 1000 else "green"))
        self.render_summary()
        self.render_rates()

    def render_rates(self) -> None:
        """Records/s of each receiver over the sampled minutes (wide layout only)."""
        st = self.dash.stats
        now = self.dash.clock()
        plot = self.query_one("#rate-chart", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        colors = ["cyan", "green", "magenta", "yellow", "blue", "red", "white", "orange"]
        drawn = 0
        oldest = min((s.times[0] for s in st.receivers.values() if s.times), default=now)
        scale, unit = (1, "seconds ago") if now - oldest < 180 else (60, "minutes ago")
        for i, name in enumerate(sorted(st.receivers)):
            s = st.receivers[name]
            if len(s.rates) >= 2:
                plt.plot([(t - now) / scale for t in s.times], list(s.rates), label=name, color=colors[i % len(colors)], marker="braille")
                drawn += 1
        if not drawn:
            plt.title("waiting for two samples…")
        top = max((max(s.rates) for s in st.receivers.values() if len(s.rates) >= 2), default=0.0)
        plt.ylim(0, top * 1.1 if top > 0 else 1)  # rates are never negative: no axis below zero
        plt.xlabel(unit)
        plt.theme("clear")
        plot.refresh()

    def render_volume(self, rows: list[dict]) -> None:
        now = self.dash.clock()
        plot = self.query_one("#volume-chart", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        if rows:
            xs = [(float(r["t"]) - now) / 60 for r in rows]
            total = [int(r["errors"]) + int(r["warnings"]) + int(r["other"]) for r in rows]
            plt.plot(xs, total, label="all", color="green", marker="braille")
            plt.plot(xs, [int(r["warnings"]) for r in rows], label="warning", color="orange", marker="braille")
            plt.plot(xs, [int(r["errors"]) for r in rows], label="error+", color="red", marker="braille")
            plt.xticks([-30, -25, -20, -15, -10, -5, 0])
            plt.xlim(-30, 0)
            plt.ylim(0, max(total) * 1.1)
            plt.xlabel("minutes ago")
        else:
            plt.title("no log lines in the last 30 minutes")
        plt.theme("clear")
        plot.refresh()

    def render_summary(self) -> None:
        st = self.dash.stats
        t = Text()
        if st.healthy is None:
            t.append(" ○ connecting ", style="bold")
        elif st.healthy:
            t.append(" ● healthy ", style="bold green")
        else:
            t.append(" ● unhealthy ", style="bold white on red")
            t.append(f" {clip(st.health_detail, 40 if self.has_class('-wide') else 20)} ")
        total_rate = sum(s.rate or 0.0 for s in st.receivers.values())
        t.append(f"  in {human(total_rate)}/s", style="bold")
        t.append(f"  rejected {human(sum(st.rejected.values()))}", style="red" if sum(st.rejected.values()) else "")
        t.append(f"  disk {human_bytes(st.disk_bytes)}")
        lag = sum(st.lag_by_group().values())
        t.append(f"  lag {human(lag)}", style="yellow" if lag > 1000 else "")
        # second line: alerts and recent volume (one line of everything wraps at 80 columns once numbers grow)
        n_firing = sum(1 for a in getattr(self, "firing", []) if a.get("state") == "firing")
        t.append(f"\n alerts {n_firing} firing", style="bold red" if n_firing else "green")
        counts = getattr(self, "counts", {})
        if counts:
            t.append("   last 5 min: ", style="dim")
            t.append(" · ".join(f"{k} {human(v)}" for k, v in counts.items()))
        self.query_one("#summary", Static).update(t)

    async def load(self) -> None:
        now = self.dash.clock()
        since = sql_ts(now - 300)
        rows = await self.q(
            f"SELECT 'logs' AS k, count(*) AS n FROM logs WHERE ts > {since} "
            f"UNION ALL SELECT 'errors', count(*) FROM logs WHERE ts > {since} AND severity IN ('error','critical','alert','emergency') "
            f"UNION ALL SELECT 'metric points', count(*) FROM metrics WHERE ts > {since}")
        self.counts = {r["k"]: int(r["n"]) for r in rows}
        if self.has_class("-wide"):
            self.render_volume(await self.q(
                "SELECT epoch(time_bucket(INTERVAL 1 MINUTE, ts)) AS t, "
                "count(*) FILTER (WHERE severity IN ('error','critical','alert','emergency')) AS errors, "
                "count(*) FILTER (WHERE severity = 'warning') AS warnings, "
                "count(*) FILTER (WHERE severity NOT IN ('warning','error','critical','alert','emergency') OR severity IS NULL) AS other "
                f"FROM logs WHERE ts > {sql_ts(now - 1800)} GROUP BY 1 ORDER BY 1"))
        self.firing = await self.q(
            "SELECT rule, labels, arg_max(state, ts) AS state, arg_max(value, ts) AS value, max(ts) AS changed "
            "FROM alerts GROUP BY rule, labels HAVING arg_max(state, ts) IN ('firing', 'pending') "
            "ORDER BY arg_max(state, ts) = 'firing' DESC, rule LIMIT 50")
        table = self.query_one("#firing", DataTable)
        table.clear()
        for a in self.firing:
            changed = to_dt(a["changed"])
            table.add_row(a["rule"], state(a["state"]), clip(instance_labels(a["labels"]), 30), human(a["value"]),
                          age(now - changed.timestamp()) if changed else "-")
        if not self.firing:
            table.add_row(Text("none", style="green"), "", "", "", "")
        self.render_summary()
