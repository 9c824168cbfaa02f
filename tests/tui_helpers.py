"""Helpers for Pilot tests: wait for the app's workers instead of sleeping."""

from __future__ import annotations

import contextlib

from textual.pilot import Pilot
from textual.worker import WorkerCancelled


async def settle(pilot: Pilot, rounds: int = 6) -> None:
    """Wait until no worker runs, no search waits for typing to rest, and no message is pending."""
    for _ in range(rounds):
        # A search the box delays until typing rests, or a preview until the cursor rests: wait
        # for their timers (bounded).
        for _ in range(100):
            if not getattr(getattr(pilot.app, "reader", None), "pending", False):
                break
            await pilot.pause(0.01)
        # A search superseded by a newer one is cancelled; its successor is awaited next round.
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def wait_for(pilot: Pilot, condition, timeout: float = 5.0) -> bool:
    """Let the app run until `condition()` holds (for what follows a screen refresh), bounded."""
    loops = int(timeout / 0.02)
    for _ in range(loops):
        if condition():
            return True
        await pilot.pause(0.02)
    return condition()
