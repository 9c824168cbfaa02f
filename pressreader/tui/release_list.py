"""Old import path of the release list, now in widgets/release_list.py.

Kept only because tests/test_hostile.py and benchmarks/bench_scale.py import from here; import
from pressreader.tui.widgets.
"""

from pressreader.tui.widgets.release_list import ReleaseList

__all__ = ["ReleaseList"]
