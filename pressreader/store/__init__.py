"""The folder of YAML files: read each into a Release or a located Problem, and write them back.

All YAML I/O of the project lives in this package, one job a module:

    loading.py   the safe loader (libyaml's when present), the limits a document must keep
                 (check_tree: tags, depth, alias expansion), decoding bytes, the config's mapping
    advice.py    Problem, Invalid, and YAML/decoding errors turned into located problems with advice
    nodes.py     NodeReader: typed fields, texts and lists out of YAML nodes, each refusal located
    body.py      BodyReader: the body blocks (paragraphs and their quote marks, quotes, stats, ...)
    reading.py   ReleaseReader, parse_release (contents) and read_release (a file)
    scanning.py  scan and scan_stat: the release files under a folder
    writing.py   release_to_document and dump_release: the YAML text of a release

Files are written with pressreader.atomic.write_atomic, re-exported here.
"""

from __future__ import annotations

import os  # noqa: F401 - tests patch pressreader.store.os's fsync/replace to fail writes

from pressreader.atomic import sync_all, write_atomic
from pressreader.store.advice import Invalid, Problem, yaml_problem
from pressreader.store.body import BLOCK_FIELDS, BLOCK_KEYS, FIGURE_FIELDS, MARK_FIELDS
from pressreader.store.loading import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NODES,
    SafeDumper,
    SafeLoader,
    check_tree,
    read_yaml_mapping,
)
from pressreader.store.reading import FIELDS, RELATED_FIELDS, parse_release, read_release
from pressreader.store.scanning import SUFFIXES, scan, scan_stat
from pressreader.store.writing import dump_release, release_to_document

__all__ = [
    "BLOCK_FIELDS",
    "BLOCK_KEYS",
    "FIELDS",
    "FIGURE_FIELDS",
    "MARK_FIELDS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_NODES",
    "RELATED_FIELDS",
    "SUFFIXES",
    "Invalid",
    "Problem",
    "SafeDumper",
    "SafeLoader",
    "check_tree",
    "dump_release",
    "parse_release",
    "read_release",
    "read_yaml_mapping",
    "release_to_document",
    "scan",
    "scan_stat",
    "sync_all",
    "write_atomic",
    "yaml_problem",
]
