"""Millpond: the command line, configuration and process wiring.

The four parts live in their own top-level folders and import as
``millpond.ingest``, ``millpond.pipeline``, ``millpond.sinks`` and
``millpond.tui``; this package only wires them together.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("millpond")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"
