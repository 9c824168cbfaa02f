"""pressreader: a keyboard-first terminal reader for press releases."""

__version__ = "0.1.0"
