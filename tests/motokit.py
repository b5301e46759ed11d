"""A moto S3 server on a loopback port, for object-storage tests (``from motokit import MotoS3``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.fs as pafs
from netutil import free_port, wait_listening

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "millpond-test", "AWS_SECRET_ACCESS_KEY": "millpond-test",
               "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}
"""Set in the test's environment (monkeypatch): pyarrow's AWS chain reads them; moto accepts any."""


def moto_binary() -> str | None:
    exe = Path(sys.executable).with_name("moto_server")
    return str(exe) if exe.exists() else shutil.which("moto_server")


@dataclass
class MotoS3:
    """``moto_server`` in a subprocess, speaking the S3 API on 127.0.0.1."""

    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 20.0) -> MotoS3:
        exe = moto_binary()
        if exe is None:
            raise RuntimeError("moto_server not installed (pip install 'moto[server]')")
        env = {**os.environ, **CREDENTIALS}
        self.proc = subprocess.Popen([exe, "-H", "127.0.0.1", "-p", str(self.port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            wait_listening(self.proc, self.port, "moto_server", timeout)
        except RuntimeError:
            self.stop()
            raise
        return self

    def filesystem(self, **kwargs: object) -> pafs.S3FileSystem:
        """A pyarrow S3 client of this server (credentials passed explicitly, region fixed)."""
        return pafs.S3FileSystem(endpoint_override=f"127.0.0.1:{self.port}", scheme="http", region="us-east-1",
                                 access_key=CREDENTIALS["AWS_ACCESS_KEY_ID"],
                                 secret_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"], **kwargs)

    def new_bucket(self) -> str:
        name = f"mp-{uuid.uuid4().hex[:12]}"
        self.filesystem(allow_bucket_creation=True).create_dir(name)
        return name

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
