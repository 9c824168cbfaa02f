"""A release's date wherever its page puts it, and a date for every release (`resolve_date`).

Press offices write the date in many places and forms: a line above the title ("Tuesday, 4th June
2024"), a dateline ("Brussels, 3 May 2018 –", "HALIFAX, June 18, 2019 /CNW/ -"), a republisher's
framing ("The press release issued by the Department for X on 12 June 2024.", "… [June 2024]"),
labels ("Date: 19 October 2023", "Publication date 16.9.2020 16.43", "03.11.2022 - Press release"),
or only day and month ("(05/02)", "today [Monday 8 September]").

Cheap regular expressions pick the candidate spans from a few lines (the top of the text, labelled,
"issued … on" and "today (…)" lines, the last lines); `parse_date` reads the forms it knows and
dateparser the rest (ordinals, weekdays, times, other languages), span by span, never whole texts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pressreader.importers.base import _MONTH_RE, RawDoc, parse_date

TOP_LINES = 15  # how far down a date line or dateline is looked for
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche)"
)
_ORD = r"(?:st|nd|rd|th|er)?"
_M = rf"(?:{_MONTH_RE})\b\.?"
_SPAN = re.compile(
    rf"(?<![\w.])(?:(?P<wd>{_WEEKDAY})\.?,?\s+)?(?:"
    rf"(?P<dmy>\d{{1,2}}{_ORD}\.?\s+(?:of\s+)?{_M}(?:,?\s+(?P<y1>\d{{4}}))?)"
    rf"|(?P<my>{_M},?\s+(?P<y3>\d{{4}}))"
    rf"|(?P<mdy>{_M}\s+\d{{1,2}}{_ORD}\b(?:,?\s+(?P<y2>\d{{4}}))?)"
    r"|(?P<iso>\d{4}-\d{1,2}-\d{1,2})"
    r"|(?P<num>\d{1,2}(?P<s1>\s*[./]\s*|-)\d{1,2}(?P=s1)(?P<y4>\d{4}|\d{2}(?![.,]?\d)))"
    r")(?![\w])",
    re.IGNORECASE,
)
_DAY_MONTH_NUM = re.compile(r"^\(?\s*(\d{1,2})\s*/\s*(\d{1,2})\s*\)?$|\((\d{1,2})/(\d{1,2})\)")
_TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h|uhr)?(?:\s*\(?(?:[A-Z]{2,4})\)?)?(?=\W|$)",
    re.IGNORECASE,
)
_LABEL_WORDS = {
    "le",  # "Genève, le 14 mars 2025"
    "den",  # "Lindenau, den 25.03.2025"
    "date",
    "dated",
    "publication",
    "published",
    "publish",
    "posted",
    "updated",
    "last",
    "issued",
    "released",
    "release",
    "press",
    "media",
    "news",
    "daily",
    "statement",
    "in",
    "english",
    "on",
    "at",
    "of",
    "type",
    "topic",
    "datum",
    "time",
    "joint",
    "the",
    "and",
    "first",
    "cnw",
    "today",
    "original",  # "Original publication date: 11/06/25"
    "veröffentlicht",  # "Veröffentlicht am 11.06.25 | Zuletzt geändert am 13.06.25"
    "am",
    "zuletzt",
    "geändert",
    "aktualisiert",
    "stand",
    "vom",  # "Pressemitteilung vom 12.6.2025"
    "pressemitteilung",
    "presseinformation",
    "medienmitteilung",
}
_LABELLED = re.compile(
    r"(?:\bdate|\bdated|\bissued|\bpublished(?:\s+on)?|\bpublication\s+date|\bposted(?:\s+on)?|\breleased(?:\s+on)?|"
    r"\bpress\s+release|\bmedia\s+release|\bnews\s+release|\bdaily\s+news|\bdatum|"
    r"\bver[öo]ffentlicht(?:\s+am)?|\b(?:pressemitteilung|presseinformation|medienmitteilung)"
    r"(?:\s+(?:nr\.?|no\.?)\s*\d+(?:/\d+)?)?(?:\s+vom)?|"
    # "Landeskorrespondenz Nr. 418 vom 21.11.2025": any numbered German notice, dated "vom"
    r"\b[A-ZÄÖÜ]\w+\s+(?:nr\.?|no\.?)\s*\d+(?:/\d+)?\s+vom)\s*[:–—-]?\s*$",
    re.IGNORECASE,
)
# "issued … on", "published on"; not people "were released and … appear … on April 21"
_ISSUED_ON = re.compile(
    r"\b(?:issued|published|(?<!were )(?<!was )(?<!been )(?<!be )released)\b.{0,120}?\bon\s+$",
    re.IGNORECASE,
)
_TODAY = re.compile(r"\btoday\s*,?\s*[(\[]\s*$", re.IGNORECASE)
_DATELINE_HEAD = re.compile(  # "BERLIN, ", "Ottawa, Ontario – ", "Genève, le ", "(New York, "
    r"^\(?(?:[A-ZÀ-Þ][\wÀ-ÿ'’.-]*(?:[ /-]+[A-ZÀ-Þ][\wÀ-ÿ'’.-]*){0,5}\s*(?:,\s*[A-ZÀ-Þ][\w'’. -]{1,30})?"
    r"(?:\s*\([A-ZÀ-Þ][\w'’. -]{1,30}\))?"  # "Ottawa (Ontario), le 12 juin 2025"
    r"\s*[,–—-]\s*)?(?:[Ll]e\s+|[Dd]en\s+|[Aa]m\s+)?$"
)
# After the date: "/CNW/", "(RK)", the ")" of "(Geneva, 12 May 2025):", then a dash or colon
_DATELINE_TAIL = re.compile(r"^\s*(?:/[A-Z]+/|\([A-Z]{1,6}\))?\)?\s*(?:[-–—|:]|$)")
# "Last updated", "Zuletzt geändert", "Date de modification": the page's date, not the release's
_UPDATE = r"(?i)\b(?:updated|modified|geändert|aktualisiert|modification|mis\s+à\s+jour|revised)"
_UPDATED = re.compile(_UPDATE + r"(?:\s+(?:on|am|le))?\s*[:–—-]?\s*$")  # the label before a date


def dates_something_else(line: str) -> bool:
    """Whether a line's date is not the release's but the page's update ("Last updated: 12 June
    2025") or printing (a browser's print header: "2026-02-19, 3:05 p.m.      <title> | <site>")."""
    return _UPDATE_WORD.search(line) is not None or _PRINT_HEADER.match(line) is not None


_PRINT_HEADER = re.compile(
    r"^\S.{0,25}?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s{3,}\S|^(?:printed|gedruckt|imprimé)\b",
    re.IGNORECASE,
)


_UPDATE_WORD = re.compile(_UPDATE + r"\b")  # anywhere in the line
_FAR_HINT = re.compile(r"(?i)issued|published|released|today|date")
_YEAR = re.compile(r"(?<![\d.,/-])(19[5-9]\d|20\d\d)(?![\d,/]|[.,]\d)")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from the text. `precision` is "day", "month" (month and year) or "day-month"
    (no year: `date` holds year 1 and `year_from` says where a year was found, if anywhere)."""

    date: dt.date
    precision: str
    text: str  # the span as written
    line: int  # index of the line it was found on
    rank: int  # 0 labelled / issued on, 1 date line or dateline, 2 aside or tag, 3 last lines,
    # 4 an update's date
    weekday: int | None = None

    @property
    def certain(self) -> bool:
        return self.precision == "day"


@lru_cache(maxsize=1)
def _dateparser():  # type: ignore[no-untyped-def]
    import dateparser  # loaded only when a span needs it (about 0.1 s)

    return dateparser.DateDataParser(
        languages=["en", "de", "fr"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"},
    )


def _parse_span(m: re.Match[str], dmy: bool = False) -> tuple[dt.date, str] | None:
    """The date a candidate span means, with its precision."""
    span = m.group(0)
    core = span[m.start("wd") - m.start() + len(m.group("wd")) :] if m.group("wd") else span
    core = core.lstrip(".,").strip()
    if m.group("num"):
        a, b, y = (int(x) for x in re.findall(r"\d+", m.group("num")))
        sep = m.group("s1").strip()
        padded = bool(_PADDED.match(m.group("num")))
        if y < 100:  # "11.06.25", "11/06/25": a two-digit year is this century's
            y += 2000
            if sep == "/" and not padded and a <= 12:  # "5/6/25", U.S. style: month first
                a, b = b, a
        if sep == "/" and m.group("s1") == "/" and a <= 12 and b <= 31 and not padded and not dmy:
            # "5/6/2023": U.S. style, as parse_date reads it; "04/03/2025", zero-padded as
            # British, European and Commonwealth offices write it, is day first
            found = parse_date(core)
            if found:
                return found, "day"
        day = _safe(y, b, a)
        return (day, "day") if day is not None else None
    year = m.group("y1") or m.group("y2") or m.group("y3") or m.group("iso")
    if year:
        found = parse_date(core)
        if found is None:
            data = _dateparser().get_date_data(core)
            if data.date_obj is None:
                return None
            found = data.date_obj.date()
            if data.period == "month" or m.group("my"):
                return found.replace(day=1), "month"
        return (found.replace(day=1), "month") if m.group("my") else (found, "day")
    data = _dateparser().get_date_data(core)  # day and month, no year
    if data.date_obj is None:
        return None
    return dt.date(4, data.date_obj.month, data.date_obj.day), "day-month"  # 4: a leap year


# "04/03/2025", "12/03/2025": zero-padded, as British, European and Commonwealth offices write a
# date: day first (a U.S. "5/6/2023" is month first)
_PADDED = re.compile(r"0\d/0?\d|\d\d/0\d")
_NUMERIC = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")


_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:{_MONTH_RE})\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)


def day_first_style(text: str) -> bool:
    """Whether a text writes its dates day first ("13 October", "6. Oktober"), so that its
    "6/10/2025" is 6 October, as British, European and Commonwealth offices mean it."""
    return len(_DAY_MONTH.findall(text)) > len(_MONTH_DAY.findall(text))


def numeric_date(text: str, day_first_hint: bool) -> dt.date | None:
    """A "d/m/yyyy" date: zero-padded ones are day first (`day_first`); an unpadded one is day
    first when the release writes its other dates day first, else month first (U.S.)."""
    padded = day_first(text)
    if padded is not None or not day_first_hint:
        return padded
    m = _NUMERIC.fullmatch(text)
    return _safe(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def day_first(text: str) -> dt.date | None:
    """The date of a zero-padded "dd/mm/yyyy" ("Date: 04/03/2025"), read day first; else None."""
    m = _NUMERIC.fullmatch(text)
    if not m or not _PADDED.match(text.strip()):
        return None
    day, month, year = (int(x) for x in m.groups())
    return _safe(year, month, day)


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday(name: str | None) -> int | None:
    if not name:
        return None
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    de = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
    fr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    low = name.lower()
    for table in (de, fr):
        if low in table:
            return table.index(low)
    return names.index(low[:3]) if low[:3] in names else None


def spans(line: str) -> list[re.Match[str]]:
    """The date-like spans of a line (cheap: no parsing)."""
    if not re.search(r"\d", line):
        return []
    return list(_SPAN.finditer(line))


_READ_TIME = re.compile(r"\|?\s*\d+\s+min(?:ute)?s?\s+read\b", re.IGNORECASE)


def is_date_line(line: str) -> bool:
    """A line that is a date and little else: "Tuesday, 4th June 2024", "08.12.2021 - Press
    release", "Daily News 21 / 05 / 2019", "Press release 8 December 2021 | BERLIN –", "[June 2024]"."""
    text = _READ_TIME.sub(" ", line.strip())  # "Press release | 11 March 2025 | 4 min read"
    if len(text) > 120:
        return False
    parts = [p for p in re.split(r"\s{3,}|\t|\s+\|\s+", text) if p.strip()]
    if len(parts) > 1:  # "November 21, 2025    Media inquiries", "Ref: MR/1207/25  |  1 May 2025"
        return any(is_date_line(part) for part in parts)
    found = spans(text)
    if not found:
        return bool(_DAY_MONTH_NUM.fullmatch(text))
    rest = text
    for m in reversed(found):
        rest = rest[: m.start()] + " " + rest[m.end() :]
    rest = _TIME.sub(" ", rest)
    words = [w for w in re.split(r"[^\w]+", rest) if w]
    others = [w for w in words if w.lower() not in _LABEL_WORDS]
    if others and re.search(r"[\[(]", text):  # "Headline [June 2024]": a headline with a tag
        return False
    if found[0].start() == 0 and len(others) <= 3 and len(text) < 60:
        return True  # "26 février 2026 Aide humanitaire": the date, then the item's topic
    return len(others) <= 2 and all(w[:1].isupper() for w in others)


def _candidates(lines: list[str], dmy: bool = False) -> list[FoundDate]:
    out: list[FoundDate] = []
    n = len(lines)
    # A line printed on every page (a browser's print header "19/02/2026, 10:41   Title - site",
    # a PDF's running footer) gives the day it was printed, not issued
    repeated = {
        line for line, count in Counter(lines).items() if count > 1 and re.search(r"\d", line)
    }
    for i, line in enumerate(lines):
        top, last = i < TOP_LINES, i >= n - 4
        if not re.search(r"\d", line):
            continue
        if not (top or last) and not _FAR_HINT.search(line):
            continue  # further down only "issued … on", "today (…)" and labelled dates count
        date_line = (top or last) and is_date_line(line)
        for m in spans(line):
            before, after = line[: m.start()], line[m.end() :]
            if _LABELLED.search(before) or _ISSUED_ON.search(before):
                rank = 0
            elif (
                date_line
                and top
                or top
                and m.start() < 60
                and _DATELINE_HEAD.match(before)
                and _DATELINE_TAIL.match(after)
            ):
                rank = 1
            elif _TODAY.search(before) or (top and re.match(r"\s*[\])]", after) and "[" in before):
                rank = 2
            elif date_line and last:
                rank = 3
            else:
                continue
            if _UPDATED.search(before) or line in repeated or _PRINT_HEADER.match(line):
                rank = 4  # "Last updated: 12 June 2025": the page's, used only when nothing else
            parsed = _parse_span(m, dmy)
            if parsed:
                out.append(
                    FoundDate(parsed[0], parsed[1], m.group(0), i, rank, _weekday(m.group("wd")))
                )
        if top and (dm := _DAY_MONTH_NUM.search(line)) and (len(line) < 12 or dm.group(3)):
            a, b = (int(x) for x in (dm.group(1, 2) if dm.group(1) else dm.group(3, 4)))
            if b > 12 >= a:
                a, b = b, a
            if (day := _safe(4, b, a)) is not None:
                out.append(FoundDate(day, "day-month", dm.group(0), i, 2))
    return out


def find_date(lines: list[str], years_from: str | None = None) -> FoundDate | None:
    """The release date the lines give: the best full date, else a month, else a day and month
    (with a year found elsewhere in `years_from`, or none: year 4 and precision "day-month")."""
    found = _candidates(lines, day_first_style(years_from or "\n".join(lines)))
    if not found:
        return None
    order = sorted(found, key=lambda f: (f.rank, f.line))
    full = [f for f in order if f.precision == "day"]
    if full:
        return full[0]
    months = [f for f in order if f.precision == "month"]
    partial = [f for f in order if f.precision == "day-month"]
    if partial:
        best = partial[0]
        year = _year_for(best, months, years_from if years_from is not None else "\n".join(lines))
        if year:
            day = _safe(year, best.date.month, best.date.day)
            if day:
                return FoundDate(
                    day, "day-month-year", best.text, best.line, best.rank, best.weekday
                )
        return best
    return months[0] if months else None


def _year_for(found: FoundDate, months: list[FoundDate], text: str) -> int | None:
    """A year for a day and month: a month tag's, else the year the text names most (latest on a
    tie); with a weekday, the named year that fits it."""
    years = [f.date.year for f in months if f.date.month == found.date.month]
    counts = Counter(int(y) for y in _YEAR.findall(text))
    full = [d for m in _SPAN.finditer(text) if (d := parse_date(m.group(0))) is not None]

    def nearest(year: int) -> int:
        """Days from the date in that year to the closest full date the text gives."""
        day = _safe(year, found.date.month, found.date.day)
        return min((abs((d - day).days) for d in full), default=0) if day else 10**6

    # The year named most; on a tie, the one that puts the date nearest the text's own full dates
    # ("12 May", then "applications open on 1 June 2025 and close on 30 June 2026": 2025).
    candidates = years + sorted(counts, key=lambda y: (-counts[y], nearest(y), -y))
    if found.weekday is not None:
        fitting = [
            y
            for y in candidates
            if (d := _safe(y, found.date.month, found.date.day)) and d.weekday() == found.weekday
        ]
        if fitting:
            return fitting[0]
        # "Friday, 13 June" with only "… compared with 2024" in the text: the year next to a named
        # one that the weekday fits (a release compares with the year before more than after)
        for year in candidates:
            for near in (year + 1, year - 1):
                day = _safe(near, found.date.month, found.date.day)
                if day is not None and day.weekday() == found.weekday:
                    return near
    return candidates[0] if candidates else None


def apply_found(doc: RawDoc, found: FoundDate) -> None:
    """Set a RawDoc's date from what `find_date` found (a partial date warns and is uncertain)."""
    if found.precision == "day-month":
        doc.partial_date = (found.date.month, found.date.day)
        return
    doc.date = found.date
    doc.date_certain = found.precision == "day"
    if found.precision == "month":
        doc.warnings.append(
            f"the text gives only the month ({found.text!r}); dated the 1st — "
            "set `date:` in the YAML or import with --date"
        )
    elif found.precision == "day-month-year":
        doc.warnings.append(
            f"the text gives {found.text!r} without a year; took {found.date.year} from elsewhere "
            "in the text — set `date:` in the YAML or import with --date"
        )


def _doc_lines(doc: RawDoc) -> list[str]:
    lines = [doc.title, doc.summary or ""]
    for block in doc.blocks[:TOP_LINES]:
        lines.extend(block.text.split("\n") if block.text else [])
        lines.extend(block.items)
    return [line for line in lines if line]


def resolve_date(
    doc: RawDoc, fallback: dt.date | None, *, fallback_label: str | None = None
) -> None:
    """Give `doc` a date, always: the one its reader found, else one in its text, else `fallback`.

    `fallback` is the file's modification time (or today, for stdin and URLs; None means today).
    A partial or fallback date sets `date_certain` False and adds a warning that says where the date
    came from and how to fix it. `fallback_label` names the fallback in that warning (default: "the
    file's modification time", or "today's date" when the fallback is today).
    """
    if doc.date is not None:
        return
    if doc.partial_date is None:
        found = find_date(_doc_lines(doc))
        if found is not None:
            apply_found(doc, found)
            if doc.date is not None:
                return
    today = dt.date.today()
    base = fallback or today
    label = fallback_label or (
        "today's date" if fallback is None or fallback == today else "the file's modification time"
    )
    doc.date_certain = False
    if doc.partial_date is not None:
        month, day = doc.partial_date
        year = base.year
        date = _safe(year, month, day) or _safe(year, month, 28)
        if date is not None and date > base:
            date = _safe(year - 1, month, day) or _safe(year - 1, month, 28)
        if date is not None:
            doc.date = date
            doc.warnings.append(
                f"the text gives day and month ({day:02d}/{month:02d}) but no year; took {date.year} "
                f"from {label} {base.isoformat()} — set `date:` in the YAML or import with --date"
            )
            return
    doc.date = base
    doc.warnings.append(
        f"no date found in the text; used {label} {base.isoformat()} — "
        "set `date:` in the YAML or import with --date"
    )
