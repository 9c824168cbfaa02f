"""Direct quotes of a whole release, attributed: the extractor's main pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressreader.quotes.attribution import (
    AFTER,
    DASH,
    FIRST_PERSON,
    FIRST_PERSON_SINGULAR,
    SUBJECT_SPEAKS,
    attribution_before,
)
from pressreader.quotes.authors import author_of, remarks_speaker, statement_speaker
from pressreader.quotes.bare_roles import bare_role_speaker
from pressreader.quotes.echoes import echoed
from pressreader.quotes.following import CAME_FROM, NEXT_SAYS, next_credits
from pressreader.quotes.fragments import subject_fragment
from pressreader.quotes.framing import framing_speaker
from pressreader.quotes.gender import learn_addresses, learn_from_pronouns, note_pronoun
from pressreader.quotes.introductions import introduced_by
from pressreader.quotes.learning import learn_people
from pressreader.quotes.mentions import (
    REFERRED_BEFORE,
    asked_person,
    last_named,
    referenced,
    referred_subject,
    subject_named,
)
from pressreader.quotes.naming import (
    SO_CALLED,
    headline_in_marks,
    name_before_noun,
    named_thing,
    nickname_at,
    without_nicknames,
)
from pressreader.quotes.organisations import joint_bodies
from pressreader.quotes.people import (
    People,
    Person,
    resolve,
    speaking_body,
    split_role_name,
)
from pressreader.quotes.relatives import named_relatives, relative_person, relative_speaker
from pressreader.quotes.sentences import (
    OBJECT_OF_VERB,
    STALE,
    adds_on,
    after_match,
    is_pronoun,
    is_prose,
    still_theirs,
)
from pressreader.quotes.signatures import signed_by
from pressreader.quotes.signatures import signer as signer_line
from pressreader.quotes.sources import called_by, named_source
from pressreader.quotes.spans import OPENER, find_spans, inner_span, sentence_start
from pressreader.quotes.surroundings import (
    INTRODUCES,
    REPORTS_ON,
    SAYS,
    clause_subject,
    continued_subject,
    credited_next,
    found_closed,
    previous_subject,
    quote_only,
    reported_before,
    reporting_subject,
    runs_on_to_credit,
    signing_line,
    unnamed_speaker,
    unquoted,
)
from pressreader.quotes.unnamed import opens_described
from pressreader.quotes.words import CLOSERS


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quote: the words, who said them, and the spans (paragraph, start, end) of its words.

    A span covers the quoted words inside the marks; a quote split by its attribution has two.
    """

    text: str
    speaker: str | None
    role: str | None
    spans: tuple[tuple[int, int, int], ...]

    @property
    def paragraph(self) -> int:
        return self.spans[0][0]

    def extended(self, words: str, span: tuple[int, int, int]) -> FoundQuote:
        """The same quote continued by more words (split by attribution, or over paragraphs)."""
        return FoundQuote(_join(self.text, words), self.speaker, self.role, (*self.spans, span))


def _tidy(words: str) -> str:
    """The quoted words without the trailing comma that belongs to the sentence around them."""
    return re.sub(r"\s+", " ", words).strip().rstrip(",").strip()


def _join(first: str, second: str) -> str:
    first = first.rstrip(" ,")
    if not first.endswith((".", "!", "?", ":", ";", "…")):
        # “…engineers,” she said. “We will…”: the comma stood for a full stop.
        first += "." if second.strip()[:1].isupper() else ","
    return _tidy(f"{first} {second}")


def analyse_quotes(
    paragraphs: list[str],
    context: tuple[str, ...] = (),
    min_words: int = 4,
    headings: dict[int, str] | None = None,
) -> tuple[list[FoundQuote], People]:
    """Every attributed direct quote of a release, in order; quotes split by attribution are joined.

    `context` (title, summary) only helps to learn who the release's people are; `headings`, the
    heading line right above a paragraph, may sign the quotation below it. Also returns the
    people the release names, for resolving reported speech.
    """
    people = People()
    learn_people([without_nicknames(text) for text in (*context, *paragraphs)], people)
    learn_addresses([*context, *paragraphs], people)
    people.mentioned.clear()  # what learning registered is no mention: the text starts now
    relatives = named_relatives(paragraphs)  # "my mother, Jane Roe": "My mom used to say" is hers
    found: list[FoundQuote] = []
    last: Person | None = None
    last_at = 0  # the paragraph where the text last named `last` or heard them speak
    prose = [0]  # prose paragraphs before each index (list items and headings don't count)
    for text in paragraphs:
        prose.append(prose[-1] + is_prose(text))
    open_quote = False  # the previous paragraph ended inside a quote
    # "Statement by Attorney General X on …": quotes that open a paragraph unattributed are X's.
    headline = statement_speaker(context[0]) if context else None
    # … and "Remarks by X": the "I" of the text ("I said, “…”" is X quoting themself)
    own_voice = headline or (remarks_speaker(context[0]) if context else None)
    # (the "we" of remarks is a crowd: "we called it “…”" names no one)
    voices = FIRST_PERSON if headline else FIRST_PERSON_SINGULAR
    introduced: Person | None = None  # "X released the following statement:" → the next paragraph
    unclosed: tuple[int, tuple[int, int], str] | None = None
    for index, text in enumerate(paragraphs):
        spans = find_spans(text)
        carried, unclosed = unclosed if unclosed and unclosed[0] == index - 1 else None, None
        prev_end = 0
        prev_found: FoundQuote | None = None
        prev_led = False  # the previous quote was credited by the words before it, in its sentence
        prev_credited_after = False  # … or by the words after it ("“A,” she said")
        for k, (start, end, words) in enumerate(spans):
            nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
            after = text[end:nxt]
            before = text[max(prev_end, sentence_start(text, start)) : start]
            if SO_CALLED.search(text, max(0, start - 40), start) or nickname_at(
                text, start
            ):  # the so-called “red zone”, Chang “C.S.” Roe: a name, no one's words
                prev_end = end
                continue
            speaker: Person | None = None
            tight = False
            attr_end = end
            # "X said roads were cut. “…,” he said.": he is the person named last, not the last speaker
            if named_here := last_named(people, text[:start]):
                last, last_at = named_here, index
            people.mention(last)
            phrase = attribution_before(before)
            if not phrase and (phrase := subject_fragment(before, words)) and is_pronoun(phrase):
                # "X toured the plant with Y. She thanked them for “…”": the one the sentence
                # before is about (its subject), not whoever it named last; "X briefed Y on the
                # attack, which he called “…”": the subject of its own sentence
                speaker = clause_subject(text, start, phrase, people) or previous_subject(
                    text[: sentence_start(text, start)], people, phrase
                )
            if phrase and speaker is None and is_pronoun(phrase):
                speaker = clause_subject(text, start, phrase, people)  # "…, which he called “"
                tight = speaker is not None
            if phrase and speaker is None:
                speaker = resolve(phrase, people, last)
                if speaker is None and (source := named_source(before)):
                    speaker = people.add(source, None)  # "heard Jill say", "from Plato:"
                tight = speaker is not None
                if speaker is None and own_voice and voices.fullmatch(phrase.strip()):
                    # tight only when the verb introduces it ("I say to them: “…”"), not "I asked
                    # them to end years in “planning limbo”"
                    introduces = bool(INTRODUCES.search(before))
                    if headline or introduces:  # remarks ramble: "As I’ve said — … that line
                        # from Marlowe’s poem: “…”" is Marlowe's, so there the verb must introduce
                        speaker = author_of(own_voice, people, last)  # "As I said," in X's text
                    tight = speaker is not None and introduces
            if speaker is None and not phrase and (ref := REFERRED_BEFORE.search(before)):
                earlier = f"{paragraphs[index - 1] if index else ''} {text[: sentence_start(text, start)]}"
                speaker = referenced(ref.group("ref"), earlier, people)  # "The latter said: “"
                tight = speaker is not None
            led = speaker is not None  # credited by the words before it, in its own sentence
            if not phrase and (
                group := joint_bodies(before)
            ):  # "Joint Statement of A, B, and C: “"
                speaker, tight = speaking_body(group, people), True
            if speaker is None and not phrase:  # "the Mayor’s pledge to “…”": the Mayor's words
                speaker = framing_speaker(before, people, last)
                tight = speaker is not None
            if speaker is None:
                a = after_match(after)
                if a and words.rstrip()[-1:] in ".!?" and REPORTS_ON.match(after):
                    a = None  # "“… years.” He said the forms were “…”": a new sentence reports
                    # ("“… apprentices.” Secretary Roe said the Department would …", "“… war.” As
                    # X said, enough is enough.")
                if a:
                    # "she said", "sagte sie", "reconnaît-elle"
                    pron = a.group("pron") or a.group("pron_v") or a.group("pron_fr")
                    phrase = pron or a.group("who_v") or a.group("who") or a.group("the_role")
                    phrase = phrase or a.group("who_so") or a.group("who_acc")
                    if a.group("who_lc"):  # "…», a déclaré la directrice du PAM, Jane Roe."
                        phrase = f"{a.group('who_lc')}, {a.group('role_lc')}"
                    if a.group("who_art"):  # "…», a déclaré la syndique Jeanne Roe."
                        phrase = f"{a.group('who_art')}, {a.group('role_art')}"
                    if a.group("who_ap"):  # "“…,” the superintendent, Jo Roe, said."
                        phrase = f"{a.group('who_ap')}, {a.group('role_ap')}"
                    if a.group("who") and a.group("role"):
                        phrase = f"{a.group('who')}, {a.group('role')}"
                    elif a.group("who") and a.group("role_pre"):  # "the novelist Jo Roe wrote"
                        phrase = f"{a.group('who')}, {a.group('role_pre')}"
                    if pron and start > 0:  # "X said the FBI had found Y. “…,” he said": X
                        speaker = (
                            asked_person(text[:start], after[: a.end()], people)  # "he replied"
                            or referred_subject(text[:start], people)
                            or reporting_subject(text[:start], people, pron, last)
                        )
                    if pron and speaker is None:  # "X spoke. She recalled Y. “…,” she said": X
                        lead = text[:start] if start > 0 else paragraphs[index - 1] if index else ""
                        speaker = continued_subject(lead, people, pron)
                    if pron and speaker is None and text[:start].strip():
                        # "Host X pressed the Secretary on cost. “…?” she asked.": the subject
                        speaker = previous_subject(text[:start], people, pron)
                    if ref_after := a.group("ref"):  # "“…,” the 34-year-old said"
                        earlier = f"{paragraphs[index - 1] if index else ''} {text[:start]}"
                        speaker = referenced(ref_after, earlier, people)
                    if speaker is None:
                        speaker = resolve(phrase, people, last)
                    if speaker is not None:
                        tight, attr_end = True, end + a.end()
                    elif a.group("who_acc"):  # "“…,” according to the report": a document's
                        prev_end = end
                        continue
            if speaker is None and (bare := bare_role_speaker(after)):
                speaker = resolve(bare[0], people, last)  # "“…,” said coxswain Jo Roe."
                tight, attr_end = speaker is not None, end + bare[1]
            if speaker is None and (by := called_by(before, after)):
                speaker = resolve(by, people, last)  # "Called the “…” by President X"
                tight = speaker is not None
            if speaker is None:
                d = DASH.match(after)
                signer = None
                if not d and end >= len(text.rstrip()):
                    # "“…”" then "— Name, Title" on the next line, maybe after more quoted paragraphs
                    for following in paragraphs[index + 1 : index + 4]:
                        short = len(following.split()) <= 30 and not SAYS.search(following)
                        if short and (d := DASH.match(following)):  # not "• Jo Roe, …, said"
                            break
                        if quote_only(text) and (
                            signer := signer_line(following, paragraphs[index - 1] if index else "")
                        ):
                            break  # "Minister of Ports Jane Roe" alone on the line below
                        if not quote_only(following):
                            break
                if d or signer:
                    speaker = resolve(d.group("who") if d else signer, people, last)
                    tight = speaker is not None
                elif (
                    start <= 1
                    and k == 0
                    and words.rstrip()[-1:] in ".!?"
                    and (signed := signed_by(after))
                ):
                    speaker = resolve(signed, people, last)
                    tight = speaker is not None
            if speaker is None:
                # "“…” These were the words of X." / "That description came from X, …"
                nxt_para = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
                rest = after if after.strip(" .") else nxt_para
                c = CAME_FROM.match(rest.lstrip(" ."))
                # "“…” That is how X, …, explained her decision": the same paragraph goes on
                told = next_credits(after.lstrip(" ."), explicit=True) if not c else None
                if c or told:
                    speaker = resolve(c.group("who") if c else told, people, last)
                    tight = speaker is not None
            split = prev_found is not None and re.fullmatch(r"[\s,.;:]*", text[prev_end:start])
            if speaker is None and not before.strip() and not split:
                # "X welcomed the decision. “…”": the sentence before names who goes on to speak
                # (not "“A,” X said. “B.”", where that sentence credits A, and B goes on from it)
                lead = text[: sentence_start(text, start)]
                p = SUBJECT_SPEAKS.search(lead)
                if p and not OPENER.search(lead[p.start() :]):
                    speaker = resolve(p.group("who"), people, last)
            joined = goes_on_unnamed = False
            if speaker is None and prev_found is not None:
                between = text[prev_end:start]
                if re.fullmatch(r"[\s,.;:]*", between) or AFTER.match(between):
                    joined = True
                elif (
                    re.fullmatch(r"[\s,]*(?:and|or|but)\s*", between)
                    or (
                        (prev_led or prev_found.speaker == "")
                        and len(words.split()) >= 2
                        and still_theirs(between)
                    )
                    or (prev_credited_after and len(words.split()) >= 2 and adds_on(between))
                ):  # "As X said, the “A,” in a manner that is “B”": the sentence is still X's
                    speaker = people.find(prev_found.speaker) if prev_found.speaker else None
                    tight = speaker is not None
                    goes_on_unnamed = prev_found.speaker == ""  # "a hauler said … “A,” and …“B”"
            if (
                prev_found is not None
                and prev_credited_after
                and OBJECT_OF_VERB.fullmatch(text[prev_end:start])
                and (speaker is None or speaker.name == prev_found.speaker)
            ):
                joined = True  # "“A,” Dr. Roe told the students. “B”": the verb's object between
            if speaker is None and start == 0 and open_quote and found and carried is None:
                joined = True  # (an open quotation no one was credited with is carried instead)
            elif speaker is None and start == 0 and introduced is not None:
                speaker, tight = introduced, True
            elif (
                speaker is None
                and k == 0
                and (line := signing_line(text, start, (headings or {}).get(index)))
            ):  # a roundup's "Mayor Jane Roe, Kell, Georgia" over the quotation, no colon
                who = signer_line(line)
                speaker = resolve(who, people, last) if who else None
                tight = speaker is not None
            elif (
                speaker is None
                and start == 0
                and found
                and found[-1].spans[-1][0] == index - 1
                and not credited_next(paragraphs, index, text)
                and not (k == len(spans) - 1 and runs_on_to_credit(paragraphs, index, end))
            ):
                # A paragraph that opens with a quote right after one by X: X goes on speaking.
                speaker = people.find(found[-1].speaker) if found[-1].speaker else None
            elif speaker is None and start == 0 and headline:
                speaker = author_of(headline, people, last)
            closes = found_closed(text) and quote_only(text)
            if speaker is None and not joined and start == 0 and k == 0 and closes:
                # "Minister X said the road …" then a quotation (of one paragraph or more): X's
                first = carried[0] if carried is not None else index
                said = reported_before(paragraphs, first)
                if said:
                    speaker = resolve(said, people, last)
                    tight = speaker is not None
            if speaker is None and not joined and index + 1 < len(paragraphs) and quote_only(text):
                # Nothing else says whose: a lead quotation, then "Detective Inspector X said …"
                who = next_credits(paragraphs[index + 1])
                if who:
                    speaker = resolve(who, people, last)
                    tight = speaker is not None
            if speaker is None and not joined and (kin := relative_speaker(before, relatives)):
                speaker, tight = relative_person(kin, people), True  # "My mom used to say, “"
            unnamed = not joined and unnamed_speaker(
                before, text[:start], words, speaker, people, after
            )
            unnamed = unnamed or goes_on_unnamed
            stale = prose[index] - prose[min(last_at + 1, index)] >= STALE
            if speaker is not None and tight and stale and is_pronoun(phrase):
                unnamed = True  # "she said" paragraphs after anyone was named: whose is unknown
            if (speaker is None or tight) and is_pronoun(phrase) and not named_here:
                # "A roofer from Arizona told us … “…,” he said": the paragraph's unnamed person
                unnamed = unnamed or opens_described(text[:start])
            if speaker is not None and tight and is_pronoun(phrase) and own_voice:
                # "she told me" in X's own statement: whoever "she" is, she is not X, the "me"
                author = people.find(split_role_name(own_voice)[1] or own_voice)
                unnamed = unnamed or speaker is author
            if unnamed:  # "a victim wrote: “…”": a quote whose speaker is never named
                speaker, tight = Person("", None), True
            if joined and found:
                found[-1] = found[-1].extended(words, (index, *inner_span(text, start, end)))
                prev_found, prev_end = found[-1], end
                continue
            if speaker is None or not words:
                if words and k == len(spans) - 1 and end >= len(text) and not found_closed(text):
                    # a quotation that runs on into the next paragraph, whose attribution may
                    # come there ("“… first paragraph" / "“… second,” Mr X says.")
                    unclosed = (index, inner_span(text, start, end), words)
                if not (text[start] == "‘" and words[:1].isupper()):
                    prev_end = end  # (a name in single marks stays part of the words before
                    # the next quotation: "Jo Roe, Founder ‘Harbour Lane’: “…”")
                continue
            size = len(words.split())
            if (
                (size < min_words and not tight)
                or named_thing(before, words)
                or name_before_noun(words, after)
                or headline_in_marks(words, after)
            ):
                prev_end = end
                continue
            if tight and not unnamed and speaker.name and is_pronoun(phrase):
                # "Her husband, Jo Roe, … “…,” he said": a later "she" is not him (only where
                # the paragraph names no one else, so that a wrong "he" teaches nothing)
                note_pronoun(speaker, phrase or "", text[:start], people)
            quote = FoundQuote(
                _tidy(words), speaker.name, speaker.role, ((index, *inner_span(text, start, end)),)
            )
            if start == 0 and k == 0 and carried is not None:  # its first paragraph comes first
                at, span, first_words = carried
                quote = FoundQuote(
                    _tidy(first_words), speaker.name, speaker.role, ((at, *span),)
                ).extended(words, (index, *inner_span(text, start, end)))
            found.append(quote)
            prev_found, prev_end = quote, attr_end
            prev_led = led
            prev_credited_after = attr_end > end
            if unnamed:
                continue  # no one to go on speaking: "he said" after it is whoever it was before
            last, last_at = speaker, index
            people.last = speaker
            people.mention(speaker)
        # a paragraph with no quotation, or only scare quotes of a few words ("so-called “X”"), is
        # about someone it names outside the quotation marks
        scare = all(
            len(w.split()) < min_words and not re.search(r"[.!?…,;:]", w) for *_, w in spans
        )
        about = subject_named(people, unquoted(text, spans)) if scare else None
        opener = NEXT_SAYS.match(text) if scare else None
        if opener and (about is None or (not about.role and " and " not in opener.group("who"))):
            # "The Minister added that …", "Assistant Attorney General Roe noted …" (her office)
            about = resolve(opener.group("who"), people, last) or about
        if about is not None:
            last, last_at = about, index  # "Mayor X says the decision …" then "“…,” she says." is X
            people.mention(about)
            learn_from_pronouns(text, about, people)  # "Jo Roe … Her café": Roe is a woman
        open_quote = bool(spans) and spans[-1][1] >= len(text) and text.rstrip()[-1:] not in CLOSERS
        introduced = introduced_by(text, spans, paragraphs, index, people, last)
    # "called the port “the busiest crossing on the coast”": words of a quote credited elsewhere
    for echo_at, echo_words, who in echoed(
        paragraphs, [(q.text, q.speaker, q.spans) for q in found]
    ):
        found.append(FoundQuote(_tidy(echo_words), who, None, (echo_at,)))
    found.sort(key=lambda quote: quote.spans[0])
    # Names grow as the release goes on ("Faeser" → "Nancy Faeser"): report the fullest form.
    final = []
    for quote in found:
        person = people.find(quote.speaker) if quote.speaker else None
        if person is not None:
            quote = FoundQuote(quote.text, person.name, person.role, quote.spans)
        final.append(quote)
    return final, people


def extract_quotes(paragraphs: list[str], context: tuple[str, ...] = ()) -> list[FoundQuote]:
    """Every attributed direct quote of a release, in order."""
    return analyse_quotes(paragraphs, context)[0]
