"""The real `pressreader` in a pseudo-terminal: hostile text in a release never reaches the terminal.

Pilot tests look at widgets; this one reads the bytes the app writes to a terminal (100x30,
TERM=xterm-256color) while it shows a release whose title and body carry OSC 0 (window title),
OSC 52 (clipboard), OSC 8 (hyperlink), CSI, 8-bit CSI and a bidi override, and asserts none of the
content's sequences appear in them.
"""

from __future__ import annotations

import os
import select
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal"
)

COLUMNS, LINES = 100, 30
TITLE_MARK = b"Zebrafish"  # in the title: the list has been drawn
BODY_MARK = b"Quagga"  # in the body: the detail pane has been drawn
STARTUP_DEADLINE = 8.0  # seconds until both marks must have appeared
EXIT_DEADLINE = 4.0

RELEASE = r"""title: "Zebrafish \e]0;PWNED\a alert \e]52;c;SGVsbG8=\a copy \e]8;;http://evil.example\a link\e]8;;\a \e[31mred\e[0m \u202Eevil\u202C \x9b8;1;1t end"
date: 2025-01-01
source: "Office \e[8;1;1t of tests"
summary: "Lead with \e]0;PWNED-SUMMARY\e\\ and \x9d0;PWNED-C1\x9c inside."
body:
  - "Quagga paragraph: \e]0;PWNED-BODY\a \e]52;c;SGVsbG8=\a \e]8;;http://evil.example\e\\click\e]8;;\e\\ \e[31;1;4;5;7;9;53mstyled\e[0m \x9b31m \u202Ereversed\u202C."
  - quote: "Quoted \e]0;PWNED-QUOTE\a words"
    speaker: "Ada \u202EQuill\u202C"
"""

# Byte sequences that come only from the release's content (the app may emit its own SGR codes,
# so plain colour codes are not a useful check; these are).
FORBIDDEN = {
    "OSC 0 window title": b"\x1b]0;PWNED",
    "OSC 52 clipboard write": b"\x1b]52;c;SGVsbG8",
    "OSC 8 hyperlink": b"\x1b]8;;http://evil",
    "the hyperlink's address": b"http://evil",
    "CSI window resize": b"\x1b[8;1;1t",
    "the content's SGR": b"\x1b[31;1;4;5;7;9;53m",
    "8-bit CSI (U+009B)": b"\xc2\x9b",
    "8-bit OSC (U+009D)": b"\xc2\x9d",
    "8-bit ST (U+009C)": b"\xc2\x9c",
    "bidi override (U+202E)": "\u202e".encode(),
}


def _read_until(fd: int, out: bytearray, done, deadline: float) -> bool:
    """Read from fd into out until done(out) or the deadline; False when the child closed it."""
    while time.monotonic() < deadline and not done(out):
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            return False
        if not chunk:
            return False
        out += chunk
    return True


def test_hostile_text_never_reaches_the_terminal(tmp_path: Path) -> None:
    import fcntl
    import pty
    import termios

    store = tmp_path / "store"
    store.mkdir()
    (store / "hostile.yaml").write_text(RELEASE, encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TEXTUAL", "PYTEST", "NO_COLOR"))
    }
    env.update(
        TERM="xterm-256color",
        COLUMNS=str(COLUMNS),
        LINES=str(LINES),
        PRESSREADER_CACHE=str(tmp_path / "cache"),
        PRESSREADER_STATE=str(tmp_path / "state"),
        PRESSREADER_CONFIG=str(tmp_path / "config.yaml"),
    )
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
    proc = subprocess.Popen(
        [sys.executable, "-m", "pressreader", "--data", str(store)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=tmp_path,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    output = bytearray()
    try:
        start = time.monotonic()
        _read_until(
            master,
            output,
            lambda out: TITLE_MARK in out and BODY_MARK in out,
            start + STARTUP_DEADLINE,
        )
        shown = TITLE_MARK in output and BODY_MARK in output
        # A moment more, so that whatever the app draws after the first frame is seen too.
        _read_until(master, output, lambda out: False, time.monotonic() + 0.5)
        os.write(master, b"q")
        _read_until(master, output, lambda out: False, time.monotonic() + EXIT_DEADLINE)
        try:
            code = proc.wait(timeout=EXIT_DEADLINE)
        except subprocess.TimeoutExpired:
            code = None
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        os.close(master)

    tail = bytes(output[-2000:]).decode("utf-8", "replace")
    assert shown, f"the release was not drawn within {STARTUP_DEADLINE} s; last output: {tail!r}"
    assert code == 0, f"the app did not quit cleanly on 'q' (exit {code}); last output: {tail!r}"
    assert b"Traceback" not in output
    found = {name: seq for name, seq in FORBIDDEN.items() if seq in output}
    assert not found, f"content reached the terminal: {found}"
    # The words around the sequences are still shown: only the sequences were removed.
    for word in (b"alert", b"copy", b"link", b"styled", b"reversed"):
        assert word in output, word
