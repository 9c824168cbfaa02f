"""The data layer knows nothing of the UI: importing it must not import Textual."""

from __future__ import annotations

import subprocess
import sys


def test_data_layer_does_not_import_textual() -> None:
    modules = (
        "model store figures search index text marks quotes transcripts formats formats.rich "
        "formats.rows importers.run cli"
    )
    code = (
        "import sys\n"
        f"for m in {modules.split()!r}: __import__('pressreader.' + m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] == 'textual')\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_reader_loads_no_network_feed_or_chart_library_until_used() -> None:
    """Opening the reader must not wait for httpx, feedparser, plotext, datasketch or dateparser:
    they load with the first update, chart, index build or import."""
    code = (
        "import sys\n"
        "import pressreader.tui.app\n"
        "heavy = ('httpx', 'feedparser', 'plotext', 'textual_plotext', 'datasketch', 'scipy',"
        " 'dateparser', 'trafilatura', 'listparser')\n"
        "print(','.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
