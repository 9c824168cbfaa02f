"""Run pressreader with ``python -m pressreader``."""

from pressreader.cli import main

raise SystemExit(main())
