"""The DEV3 systems: written at 12:20 UTC on 2026-11-25 after HOLDOUT's fourth
score, labelled like HOLDOUT (one log statement of the program = one
template), scored once blind, then tuned on.  Programs here are in no other set.
"""

from __future__ import annotations

import random

from loggen import SLOTS, WORDS, System, _hex, _ip

R = random.Random

_INST_STATES = ("building", "active", "stopped", "paused", "error", "deleted")
_POWER = ("Running", "Shutdown", "Paused", "NOSTATE")
_FLAVORS = ("m1.small", "m1.large", "c5.xlarge", "gpu.a100")
_APPSTATE = ("NEW", "SUBMITTED", "ACCEPTED", "RUNNING", "FINISHED", "FAILED", "KILLED")
_QUEUES = ("default", "root.etl", "root.adhoc", "prod")
_TAGS = ("ActivityManager", "WifiStateMachine", "chromium", "BluetoothAdapter", "PackageManager", "art")
_PKGS = ("com.android.chrome", "com.whatsapp", "org.mozilla.firefox", "com.google.android.gms")
_NR_NODES = ("mqtt in", "function", "http request", "change", "debug", "influxdb out")
_NR_NAMES = ("Kitchen temp", "parse payload", "Send to Influx", "alarm check", "")
_TG_PLUGINS = ("inputs.cpu", "inputs.disk", "inputs.snmp", "outputs.influxdb_v2", "inputs.mqtt_consumer")
_ESP_COMPONENTS = ("sensor", "wifi", "api", "dallas.sensor", "binary_sensor", "switch")
_ESP_NAMES = ("Living Room Temperature", "Door", "Pump Relay", "Soil Moisture", "Uptime")
_ICINGA_STATES = ("OK", "WARNING", "CRITICAL", "UNKNOWN")
_CHECKS = ("ping4", "disk", "http", "load", "procs", "ssh")


SLOTS.update({
    "f_inst": lambda r: f"{_hex(r, 8)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 4)}-{_hex(r, 12)}",
    "f_vmstate": lambda r: r.choice(_INST_STATES),
    "f_power": lambda r: r.choice(_POWER),
    "f_flavor": lambda r: r.choice(_FLAVORS),
    "f_appstate": lambda r: r.choice(_APPSTATE),
    "f_queue": lambda r: r.choice(_QUEUES),
    "f_appid": lambda r: f"application_{r.randint(1_700_000_000_000, 1_800_000_000_000)}_{r.randint(1, 9999):04d}",
    "f_tag": lambda r: r.choice(_TAGS),
    "f_pkg": lambda r: r.choice(_PKGS),
    "f_prio": lambda r: r.choice("VDIWE"),
    "f_nrtype": lambda r: r.choice(_NR_NODES),
    "f_nrname": lambda r: r.choice(_NR_NAMES),
    "f_plugin": lambda r: r.choice(_TG_PLUGINS),
    "f_espcomp": lambda r: r.choice(_ESP_COMPONENTS),
    "f_espname": lambda r: r.choice(_ESP_NAMES),
    "f_istate": lambda r: r.choice(_ICINGA_STATES),
    "f_check": lambda r: r.choice(_CHECKS),
    "f_iface": lambda r: r.choice(("igb0", "igb1", "vtnet0", "ovpns1", "lagg0")),
    "f_act": lambda r: r.choice(("block", "block", "pass")),
    "f_dir": lambda r: r.choice(("in", "out")),
    "f_ip": _ip,
    "f_word": lambda r: r.choice(WORDS),
})

DEV3 = (
    System("nova-compute", (
        "{iso} {pid} INFO nova.compute.manager [req-{uuid} - - - - -] [instance: {f_inst}] VM {f_power} (Lifecycle Event)",
        "{iso} {pid} INFO nova.compute.manager [req-{uuid} {hexid} {hexid} - default default] [instance: {f_inst}] Took {float} seconds to build instance.",
        "{iso} {pid} INFO nova.compute.claims [req-{uuid} {hexid} {hexid} - default default] [instance: {f_inst}] Claim successful on node {host}",
        "{iso} {pid} WARNING nova.compute.manager [req-{uuid} - - - - -] [instance: {f_inst}] Instance shutdown by itself. Calling the stop API. Current vm_state: {f_vmstate}, current task_state: None, original DB power_state: {int}, current VM power_state: {int}",
        "{iso} {pid} INFO nova.virt.libvirt.driver [-] [instance: {f_inst}] Instance destroyed successfully.",
        "{iso} {pid} INFO nova.compute.resource_tracker [req-{uuid} - - - - -] Final resource view: name={host} phys_ram={int}MB used_ram={int}MB phys_disk={int}GB used_disk={int}GB total_vcpus={int} used_vcpus={int} pci_stats=[]",
        "{iso} {pid} ERROR nova.compute.manager [req-{uuid} {hexid} {hexid} - default default] [instance: {f_inst}] Instance failed to spawn: nova.exception.PortBindingFailed: Binding failed for port {uuid}, please check neutron logs for more information.",
    )),
    System("yarn-rm", (
        "{h_jts} INFO org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMAppImpl: {f_appid} State change from {f_appstate} to {f_appstate} on event = {f_appstate}",
        "{h_jts} INFO org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.LeafQueue: Application {f_appid} from user: {user} activated in queue: {f_queue}",
        "{h_jts} INFO org.apache.hadoop.yarn.server.resourcemanager.RMAuditLogger: USER={user}\tOPERATION=Submit Application Request\tTARGET=ClientRMService\tRESULT=SUCCESS\tAPPID={f_appid}\tQUEUENAME={f_queue}",
        "{h_jts} INFO org.apache.hadoop.yarn.server.resourcemanager.rmcontainer.RMContainerImpl: container_e{int}_{int}_{int}_{int} Container Transitioned from ALLOCATED to ACQUIRED",
        "{h_jts} WARN org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.CapacityScheduler: Node {host}:{port} reserved container on queue {f_queue}, queue usage is at {pct}",
        "{h_jts} INFO org.apache.hadoop.yarn.server.resourcemanager.ApplicationMasterService: Unregistering app attempt : appattempt_{int}_{int}_{int}",
    )),
    System("logcat", (
        "{clock}.{ms}  {pid}  {pid} I ActivityManager: Start proc {pid}:{f_pkg}/u0a{int} for {f_word} {{{f_pkg}/{f_pkg}.MainActivity}}",
        "{clock}.{ms}  {pid}  {pid} I ActivityManager: Killing {pid}:{f_pkg}/u0a{int} (adj {int}): empty #{int}",
        "{clock}.{ms}  {pid}  {pid} W ActivityManager: Slow operation: {int}ms so far, now at startProcess: done updating pids map",
        "{clock}.{ms}  {pid}  {pid} D WifiStateMachine: setting RSSI to {rssi}",
        "{clock}.{ms}  {pid}  {pid} E BluetoothAdapter: Bluetooth binder is null",
        "{clock}.{ms}  {pid}  {pid} I art     : Background concurrent copying GC freed {int}({h_bytes}) AllocSpace objects, {int}({h_bytes}) LOS objects, {int}% free, {h_bytes}/{h_bytes}, paused {int}us total {float}ms",
        "{clock}.{ms}  {pid}  {pid} W PackageManager: Failed to parse {path}: Package {f_pkg} at {path} ignored: updated version {int} but got {int}",
    )),
    System("filterlog", (  # pfSense, CSV
        "{int},,,{int},{f_iface},match,{f_act},{f_dir},4,0x0,,{int},{int},0,none,6,tcp,{int},{f_ip},{f_ip},{port},{port},0,S,{int},,{int},,mss;nop;wscale",
        "{int},,,{int},{f_iface},match,{f_act},{f_dir},4,0x0,,{int},{int},0,none,17,udp,{int},{f_ip},{f_ip},{port},{port},{int}",
        "{int},,,{int},{f_iface},match,{f_act},{f_dir},6,0x00,0x00000,{int},ipv6-icmp,58,{int},{ipv6},{ipv6},",
    )),
    System("node-red", (
        "{clock} - [info] [{f_nrtype}:{f_nrname}] {json}",
        "{clock} - [error] [{f_nrtype}:{f_nrname}] Error: {neterr}",
        "{clock} - [info] [mqtt-broker:{f_word}] Connected to broker: mqtt://{ipport}",
        "{clock} - [info] [mqtt-broker:{f_word}] Disconnected from broker: mqtt://{ipport}",
        "{clock} - [warn] [function:{f_nrname}] Function tried to send a message of type {f_word}",
        "{clock} - [info] Started flows",
        "{clock} - [info] Stopping flows",
    )),
    System("telegraf", (
        "{iso} E! [{f_plugin}] Error in plugin: {neterr}",
        "{iso} W! [{f_plugin}] Collection took longer than expected; not complete after interval of {dur}",
        "{iso} D! [{f_plugin}] Wrote batch of {int} metrics in {dur}",
        "{iso} D! [{f_plugin}] Buffer fullness: {int} / {int} metrics",
        "{iso} I! Loaded inputs: {f_word} {f_word} {f_word}",
        "{iso} E! [agent] Error writing to {f_plugin}: Post \"http://{ipport}/api/v2/write?bucket={f_word}&org={f_word}\": {neterr}",
    )),
    System("esphome", (
        "[{clock}][D][{f_espcomp}:{int}]: '{f_espname}': Sending state {float} °C with {int} decimals of accuracy",
        "[{clock}][D][binary_sensor:{int}]: '{f_espname}': Sending state {d_onoff}",
        "[{clock}][W][wifi:{int}]: Error while connecting to network.",
        "[{clock}][I][wifi:{int}]: WiFi Connected!",
        "[{clock}][D][api.connection:{int}]: Home Assistant {version} ({ip}): Connected successfully",
        "[{clock}][W][api.connection:{int}]: Home Assistant {version} ({ip}): Connection closed",
        "[{clock}][D][switch:{int}]: '{f_espname}' Turning {d_onoff}.",
    )),
    System("icinga2", (
        "[{h_jtime} +0000] information/Checkable: Checking for configured notifications for object '{host}!{f_check}'",
        "[{h_jtime} +0000] information/ApiListener: New client connection for identity '{host}' from [{f_ip}]:{port}",
        "[{h_jtime} +0000] warning/PluginCheckTask: Check command for object '{host}!{f_check}' (PID: {pid}, arguments: '/usr/lib/nagios/plugins/check_{f_check}' '-H' '{f_ip}') terminated with exit code {int}, output: {f_check} {f_istate} - {errmsg}",
        "[{h_jtime} +0000] information/Notification: Sending '{f_istate}' notification '{host}!{f_check}!mail-service' for user '{user}'",
        "[{h_jtime} +0000] information/WorkQueue: #{int} (ApiListener, RelayQueue) items: {int}, rate: {float}/s ({int}/min {int}/5min {int}/15min);",
        "[{h_jtime} +0000] critical/ApiListener: Cannot connect to host '{f_ip}' on port '5665': {neterr}",
    )),
)

SLOTS["d_onoff"] = lambda r: r.choice(("ON", "OFF"))
