"""The query language of the search box and `pressreader list`, parsed into a tree and compiled to SQL.

    words            every word must match (title, summary, body, quotes, speakers, topics, source)
    "a phrase"       the words next to each other
    -word  -"a b"    must not match
    a OR b           either (OR binds tighter than the implicit AND: `a b OR c` = a AND (b OR c))
    ( … )            grouping
    source:X  topic:X  speaker:X    a word or "phrase" in that field only (speaker: also matches
                     any part of a name, so speaker:faeser finds "Nancy Faeser")
    after:2024-01-01  before:2024-12-31  year:2024   by date (after/before are inclusive)
    has:quote  has:figures          releases with quotes / with bullet statistics
    is:unread  is:starred           by reading state (the caller supplies the ids)

The last word typed is matched as a prefix once it has two letters. A mistake is a QueryError with
the position in the text and what to write instead; it never crashes the caller.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from pressreader.errors import SearchFailed

MIN_PREFIX = 2
FIELDS = ("source", "topic", "speaker", "after", "before", "year", "has", "is")
_FTS_COLUMN = {"source": "source", "topic": "topics", "speaker": "speakers"}
_WORD = re.compile(r"\w+", re.UNICODE)
_LEX = re.compile(
    r"\s*(?:(?P<lp>\()|(?P<rp>\))|(?P<neg>-)?(?:(?P<field>[a-z]+):)?"
    r'(?:"(?P<phrase>[^"]*)(?P<closed>")?|(?P<word>[^\s()"]+))?)'
)


class QueryError(SearchFailed):
    """A query that cannot be read: what is wrong, where (0-based column) and how to write it."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.message = message
        self.position = position


def fold(token: str) -> str:
    """Lower-case and strip diacritics, the way the index's tokenizer does."""
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ------------------------------------------------------------------------------------ the tree


@dataclass(frozen=True, slots=True)
class Text:
    """Words that must occur together (one word, or a phrase), in `column` or anywhere."""

    tokens: tuple[str, ...]
    column: str | None = None
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Filter:
    """A condition on the release row: a date bound, has:quote, has:figures, is:unread…"""

    name: str  # "after", "before", "year", "has:quote", "has:figures", "is:unread", "is:starred"
    value: str = ""


@dataclass(frozen=True, slots=True)
class Not:
    node: Node


@dataclass(frozen=True, slots=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    nodes: tuple[Node, ...]


Node = Text | Filter | Not | And | Or


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A parsed query: its tree (None when empty) and what to highlight."""

    text: str
    tree: Node | None
    highlights: tuple[tuple[str, ...], ...] = field(default=())
    prefix_last: bool = False

    @property
    def empty(self) -> bool:
        return self.tree is None

    def uses(self, name: str) -> bool:
        """Whether a filter (e.g. "is:unread") occurs in the query."""
        return any(isinstance(n, Filter) and n.name == name for n in walk(self.tree))

    def highlighter(self) -> re.Pattern[str] | None:
        """A case-insensitive pattern for the words the query looks for (not the excluded ones)."""
        if not self.highlights:
            return None
        alternatives = []
        for i, tokens in enumerate(self.highlights):
            body = r"\W+".join(re.escape(t) for t in tokens)
            prefix = self.prefix_last and i == len(self.highlights) - 1
            alternatives.append(rf"\b{body}" + (r"\w*" if prefix else r"\b"))
        return re.compile("|".join(alternatives), re.IGNORECASE)


def walk(node: Node | None) -> list[Node]:
    """Every node of a tree, parents first."""
    if node is None:
        return []
    out: list[Node] = [node]
    if isinstance(node, And | Or):
        for child in node.nodes:
            out += walk(child)
    elif isinstance(node, Not):
        out += walk(node.node)
    return out


# ------------------------------------------------------------------------------------ parsing


@dataclass
class _Token:
    kind: str  # "(", ")", "OR", "atom"
    pos: int
    neg: bool = False
    field: str | None = None
    phrase: str | None = None
    word: str | None = None
    closed: bool = True


def _lex(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        m = _LEX.match(text, pos)
        if m is None or m.end() == pos:  # a lone quote mark or another oddity: skip it
            pos += 1
            continue
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        pos = m.end()
        if m.group("lp"):
            tokens.append(_Token("(", start))
        elif m.group("rp"):
            tokens.append(_Token(")", start))
        elif m.group("word") == "OR" and not m.group("neg") and not m.group("field"):
            tokens.append(_Token("OR", start))
        elif m.group("phrase") is not None or m.group("word") is not None or m.group("field"):
            tokens.append(
                _Token(
                    "atom",
                    start,
                    bool(m.group("neg")),
                    m.group("field"),
                    m.group("phrase"),
                    m.group("word"),
                    bool(m.group("closed")) or m.group("phrase") is None,
                )
            )
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _lex(text)
        self.i = 0
        self.highlights: list[tuple[str, ...]] = []

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def parse(self) -> Node | None:
        node = self.conjunction(top=True)
        extra = self.peek()
        if extra is not None:  # only a stray ")" stops the top level
            raise QueryError("a ')' without its '(': remove it or add '(' before", extra.pos)
        return node

    def conjunction(self, top: bool = False) -> Node | None:
        parts: list[Node] = []
        while (token := self.peek()) is not None and token.kind != ")":
            node = self.disjunction()
            if node is not None:
                parts.append(node)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def disjunction(self) -> Node | None:
        first = self.unit()
        options = [first] if first is not None else []
        while (token := self.peek()) is not None and token.kind == "OR":
            self.i += 1
            if not options:
                raise QueryError("OR needs something on its left: write a OR b", token.pos)
            following = self.peek()
            if following is None or following.kind in {")", "OR"}:
                raise QueryError("OR needs something on its right: write a OR b", token.pos)
            node = self.unit()
            if node is not None:
                options.append(node)
        if not options:
            return None
        return options[0] if len(options) == 1 else Or(tuple(options))

    def unit(self) -> Node | None:
        token = self.peek()
        assert token is not None
        if token.kind == "OR":
            raise QueryError("OR needs something on its left: write a OR b", token.pos)
        self.i += 1
        if token.kind == "(":
            inner = self.conjunction()
            close = self.peek()
            if close is None or close.kind != ")":
                raise QueryError("a '(' is not closed: add ')'", token.pos)
            self.i += 1
            return inner
        return self.atom(token)

    def atom(self, token: _Token) -> Node | None:
        raw = token.phrase if token.phrase is not None else (token.word or "")
        if token.field is not None:
            node = self.field(token, raw)
        else:
            tokens = tuple(fold(t) for t in _WORD.findall(raw))
            if not tokens:
                return None
            at_end = token.word is not None and token.pos + len(raw) + token.neg >= len(self.text)
            prefix = at_end and not token.neg and len(tokens[-1]) >= MIN_PREFIX
            node = Text(tokens, None, prefix)
            if not token.neg:
                self.highlights.append(tokens)
        return Not(node) if token.neg else node

    def field(self, token: _Token, raw: str) -> Node:
        name = token.field or ""
        if name not in FIELDS:
            known = ", ".join(f"{f}:" for f in FIELDS)
            raise QueryError(f"unknown field '{name}:'; use one of {known}", token.pos)
        if not raw:
            raise QueryError(f"'{name}:' needs a value, e.g. {_EXAMPLE[name]}", token.pos)
        if name in _FTS_COLUMN:
            tokens = tuple(fold(t) for t in _WORD.findall(raw))
            if not tokens:
                raise QueryError(f"'{name}:' needs a word, e.g. {_EXAMPLE[name]}", token.pos)
            if not token.neg:
                self.highlights.append(tokens)
            return Text(tokens, _FTS_COLUMN[name])
        if name in {"after", "before"}:
            try:
                dt.date.fromisoformat(raw)
            except ValueError:
                raise QueryError(
                    f"'{name}:{raw}' is not a date; write it as {_EXAMPLE[name]}", token.pos
                ) from None
            return Filter(name, raw)
        if name == "year":
            if not re.fullmatch(r"\d{4}", raw):
                raise QueryError(f"'year:{raw}' is not a year; write e.g. year:2024", token.pos)
            return Filter("year", raw)
        allowed = {"has": ("quote", "quotes", "figures", "figure"), "is": ("unread", "starred")}
        value = raw.lower()
        if value not in allowed[name]:
            choices = " or ".join(f"{name}:{v}" for v in allowed[name][::2] or allowed[name])
            raise QueryError(f"'{name}:{raw}' is not known; use {choices}", token.pos)
        value = {"quotes": "quote", "figure": "figures"}.get(value, value)
        return Filter(f"{name}:{value}")


_EXAMPLE = {
    "source": "source:ministry",
    "topic": "topic:ports",
    "speaker": "speaker:faeser",
    "after": "after:2024-01-31",
    "before": "before:2024-12-31",
    "year": "year:2024",
    "has": "has:quote",
    "is": "is:unread",
}


def parse(text: str) -> ParsedQuery:
    """Parse a query; raises QueryError (with a position) when it cannot be read."""
    parser = _Parser(text)
    tree = parser.parse()
    prefix = any(isinstance(n, Text) and n.prefix for n in walk(tree))
    return ParsedQuery(text, tree, tuple(parser.highlights), prefix)


# ------------------------------------------------------------------------------------ compiling


@dataclass
class Compiled:
    """SQL for a parsed query over `releases` (alias r) and the `fts` table.

    `where` is a boolean SQL expression with `?` parameters `params`; `match` is set when the whole
    query is one FTS5 expression (the fast path). `unread_ids`/`starred_ids` must be bound by the
    caller, as temporary tables `read_ids` / `starred_ids` (one `id` column), when `needs_state`
    names "read" / "starred".
    """

    where: str
    params: list[object]
    match: str | None = None
    needs_state: frozenset[str] = frozenset()


def fts_phrase(node: Text) -> str:
    phrase = '"' + " ".join(t.replace('"', "") for t in node.tokens) + '"'
    if node.prefix:
        phrase += "*"
    return f"{{{node.column}}} : {phrase}" if node.column else phrase


def _pure_fts(node: Node) -> str | None:
    """The FTS5 expression of a tree made only of words, phrases, OR and AND (with at least one
    positive term in each AND), else None."""
    if isinstance(node, Text):
        return fts_phrase(node)
    if isinstance(node, Or):
        parts = [_pure_fts(n) for n in node.nodes]
        return None if None in parts else "(" + " OR ".join(p for p in parts if p) + ")"
    if isinstance(node, And):
        positive = [_pure_fts(n) for n in node.nodes if not isinstance(n, Not)]
        negative = [_pure_fts(n.node) for n in node.nodes if isinstance(n, Not)]
        if not positive or None in positive or None in negative:
            return None
        expr = " AND ".join(p for p in positive if p)
        for neg in negative:
            expr = f"({expr}) NOT {neg}"
        return expr
    return None


def compile_query(query: ParsedQuery) -> Compiled:
    """SQL for the query (see Compiled); an empty query matches every release."""
    if query.tree is None:
        return Compiled("1", [])
    match = _pure_fts(query.tree)
    if match is not None:
        return Compiled("r.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)", [match], match)
    params: list[object] = []
    state: set[str] = set()
    where = _sql(query.tree, params, state)
    return Compiled(where, params, None, frozenset(state))


def _sql(node: Node, params: list[object], state: set[str]) -> str:
    if isinstance(node, Text):
        params.append(fts_phrase(node))
        return "r.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
    if isinstance(node, Not):
        return f"NOT ({_sql(node.node, params, state)})"
    if isinstance(node, And | Or):
        joiner = " AND " if isinstance(node, And) else " OR "
        return "(" + joiner.join(_sql(n, params, state) for n in node.nodes) + ")"
    if node.name == "after":
        params.append(node.value)
        return "r.date >= ?"
    if node.name == "before":
        params.append(node.value)
        return "r.date <= ?"
    if node.name == "year":
        params += [f"{node.value}-01-01", f"{node.value}-12-31"]
        return "r.date BETWEEN ? AND ?"
    if node.name == "has:quote":
        return "r.quotes > 0"
    if node.name == "has:figures":
        return "r.figures > 0"
    if node.name == "is:unread":  # the caller puts the read ids in a temporary table
        state.add("read")
        return "r.id NOT IN (SELECT id FROM temp.read_ids)"
    state.add("starred")
    return "r.id IN (SELECT id FROM temp.starred_ids)"
