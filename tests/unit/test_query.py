"""The query language: parsing into a tree, errors with positions, and SQL over a real table."""

from __future__ import annotations

import sqlite3

import pytest

from pressreader.query import And, Filter, Not, Or, QueryError, Text, compile_query, parse


def test_words_phrases_negation_or_and_groups() -> None:
    tree = parse('harbour "night bus" -strike (ports OR docks)').tree
    assert tree == And(
        (
            Text(("harbour",)),
            Text(("night", "bus")),
            Not(Text(("strike",))),
            Or((Text(("ports",)), Text(("docks",), prefix=False))),
        )
    )


def test_or_binds_tighter_than_and_and_last_word_is_a_prefix() -> None:
    assert parse("a b OR c").tree == And((Text(("a",)), Or((Text(("b",)), Text(("c",))))))
    assert parse("harb").tree == Text(("harb",), prefix=True)
    assert parse("h").tree == Text(("h",))  # one letter is not a prefix (too broad)
    assert parse("harb ").tree == Text(("harb",))  # a space ends the word


def test_fields() -> None:
    q = parse(
        'source:ministry topic:"civil protection" speaker:Faeser after:2024-01-01 '
        "before:2024-12-31 year:2025 has:quote has:figures is:unread is:starred"
    )
    assert q.tree == And(
        (
            Text(("ministry",), "source"),
            Text(("civil", "protection"), "topics"),
            Text(("faeser",), "speakers"),
            Filter("after", "2024-01-01"),
            Filter("before", "2024-12-31"),
            Filter("year", "2025"),
            Filter("has:quote"),
            Filter("has:figures"),
            Filter("is:unread"),
            Filter("is:starred"),
        )
    )
    assert q.uses("is:unread") and not parse("x").uses("is:unread")


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        ("(ports", 0, "not closed"),
        ("ports)", 5, "without its '('"),
        ("OR ports", 0, "on its left"),
        ("ports OR", 6, "on its right"),
        ("colour:red", 0, "unknown field 'colour:'"),
        ("after:yesterday", 0, "not a date"),
        ("year:24", 0, "not a year"),
        ("has:pictures", 0, "not known"),
        ("source:", 0, "needs a value"),
        ("harbour after:2024-13-01", 8, "not a date"),
    ],
)
def test_errors_say_what_and_where(text: str, where: int, words: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse(text)
    assert words in caught.value.message
    assert caught.value.position == where


@pytest.mark.parametrize(
    "text", ['"', '""', "-", "()", "-()", '"unclosed phrase', "((a)", ":::", "a:b:c"]
)
def test_odd_input_parses_or_errors_never_crashes(text: str) -> None:
    try:
        query = parse(text)
    except QueryError as error:
        assert 0 <= error.position <= len(text) and error.message
    else:
        assert compile_query(query).where  # and it compiles


def test_highlighter_ignores_excluded_words() -> None:
    pattern = parse("harbour -strike sea").highlighter()
    assert pattern is not None
    assert pattern.findall("Harbour strike at sea") == ["Harbour", "sea"]


@pytest.fixture()
def db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(
        """
        CREATE TABLE releases (id TEXT, date TEXT, quotes INTEGER, figures INTEGER);
        CREATE VIRTUAL TABLE fts USING fts5(title, body, speakers, topics, source);
        CREATE TEMP TABLE read_ids (id TEXT);
        CREATE TEMP TABLE starred_ids (id TEXT);
        """
    )
    rows = [
        (
            "a",
            "2024-03-01",
            2,
            0,
            "Harbour reopens",
            "Ships return",
            "Ada Quill",
            "ports",
            "Ministry",
        ),
        ("b", "2024-11-05", 0, 3, "Night buses", "More buses at night", "", "transport", "City"),
        (
            "c",
            "2025-01-10",
            1,
            1,
            "Harbour strike",
            "Dock workers strike",
            "Bo Renn",
            "ports",
            "Union",
        ),
    ]
    for n, (rid, date, q, f, title, body, speakers, topics, source) in enumerate(rows, 1):
        conn.execute(
            "INSERT INTO releases(rowid, id, date, quotes, figures) VALUES (?,?,?,?,?)",
            (n, rid, date, q, f),
        )
        conn.execute(
            "INSERT INTO fts(rowid, title, body, speakers, topics, source) VALUES (?,?,?,?,?,?)",
            (n, title, body, speakers, topics, source),
        )
    conn.execute("INSERT INTO temp.read_ids VALUES ('a')")
    conn.execute("INSERT INTO temp.starred_ids VALUES ('c')")
    return conn


def ids(conn: sqlite3.Connection, text: str) -> list[str]:
    compiled = compile_query(parse(text))
    sql = f"SELECT id FROM releases r WHERE {compiled.where} ORDER BY id"
    return [row[0] for row in conn.execute(sql, compiled.params)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["a", "b", "c"]),
        ("harbour", ["a", "c"]),
        ("harbour -strike", ["a"]),
        ("harb", ["a", "c"]),
        ("buses OR strike", ["b", "c"]),
        ('"night buses"', ["b"]),
        ("source:ministry", ["a"]),
        ("topic:ports -source:union", ["a"]),
        ("speaker:quill", ["a"]),
        ("after:2024-06-01", ["b", "c"]),
        ("before:2024-11-05", ["a", "b"]),
        ("year:2024 harbour", ["a"]),
        ("has:quote", ["a", "c"]),
        ("has:figures -has:quote", ["b"]),
        ("is:unread", ["b", "c"]),
        ("is:starred OR source:city", ["b", "c"]),
        ("-harbour", ["b"]),
        ("(harbour OR buses) after:2024-06-01", ["b", "c"]),
    ],
)
def test_compiled_queries_select_the_right_releases(
    db: sqlite3.Connection, text: str, expected: list[str]
) -> None:
    assert ids(db, text) == expected


def test_pure_word_queries_take_the_fts_fast_path() -> None:
    assert compile_query(parse("harbour -strike")).match is not None
    assert compile_query(parse("harbour year:2024")).match is None
    assert compile_query(parse("is:unread")).needs_state == {"read"}
