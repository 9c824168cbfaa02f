"""Helpers for Pilot tests: wait for the app's workers instead of sleeping."""

from __future__ import annotations

import contextlib

from textual.pilot import Pilot
from textual.worker import WorkerCancelled


async def settle(pilot: Pilot, rounds: int = 6) -> None:
    """Wait until no worker runs and no message is pending (workers start workers)."""
    for _ in range(rounds):
        # A search superseded by a newer one is cancelled; its successor is awaited next round.
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
