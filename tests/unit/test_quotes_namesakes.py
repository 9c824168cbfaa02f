"""People who share a surname, places and firms that look like names, and offices that are one
word: sentences of our own in the forms U.S., Canadian and German releases use."""

from __future__ import annotations

from pressreader.quotes import People, analyse_quotes, learn_people
from pressreader.quotes.mentions import last_named


def quotes(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = analyse_quotes(list(paragraphs), ("The Governor Visits Tarrow County", ""))[0]
    return [(q.text.split()[0], q.speaker, q.role) for q in found]


def known(*paragraphs: str) -> list[str]:
    people = People()
    learn_people(list(paragraphs), people)
    return [p.name for p in people.known]


def test_a_relative_with_the_same_surname_is_a_person_of_her_own() -> None:
    found = quotes(
        "At the station the Governor met Tarrow County Sheriff Abner Quillon and his daughter, "
        "Maren Quillon, a nurse at the county clinic.",
        "“We pulled forty people off their roofs,” Sheriff Quillon said.",
        "Maren Quillon drove the one road out of Pell Ford that stayed open. “I did not know my "
        "father was on the water,” she said.",
    )
    assert [(w, s) for w, s, _ in found] == [("We", "Abner Quillon"), ("I", "Maren Quillon")]


def test_mr_and_ms_pick_the_namesake_of_that_gender() -> None:
    found = quotes(
        "In Corrow Gap, Montana, Ilse Dravecky and her son, Tobin Dravecky, run the only "
        "hardware store for fifty miles. “We open at six because the ranchers do,” Ms. "
        "Dravecky said.",
        "“If the grant comes through, I can stay here,” Mr. Dravecky said.",
    )
    assert [(w, s) for w, s, _ in found] == [("We", "Ilse Dravecky"), ("If", "Tobin Dravecky")]


def test_a_form_of_address_is_no_given_name() -> None:
    assert known(
        "La ministre de la Santé, Odile Brassard-Kimura, a annoncé le programme.",
        "« Chaque enfant compte », a déclaré Mme Brassard-Kimura.",
    ) == ["Odile Brassard-Kimura"]


def test_a_surname_inside_a_longer_word_is_not_a_mention() -> None:
    # "North" (of a survey called Fair Fares North, taken for a name) is not in "Northvale"
    people = People()
    learn_people(
        ["Imogen Staveley spoke.", 'The council runs its "Fair Fares North" survey.'], people
    )
    assert [p.name for p in people.known] == ["Imogen Staveley", "Fair Fares North"]
    found = last_named(people, "said Imogen Staveley, Managing Director of Northvale Buses. ")
    assert found is not None and found.name == "Imogen Staveley"


def test_places_firms_and_papers_are_no_people() -> None:
    names = known(
        "In Corrow Gap, Montana, the store has stood since 1931.",
        "She drove out of Pell Ford at dawn and now works at Dunmore Mechanical.",
        "The Tarrow Ledger Record: Secretary Says Apprenticeships Are Worth It",
    )
    assert names == []


def test_an_owner_and_a_host_hold_titles() -> None:
    found = quotes(
        "Owner Ilse Dravecky said the grant will help. “We hire in March,” Dravecky said.",
        "Host Perrin Oakes pressed the Secretary on the cost. “Who pays for it?” she asked.",
    )
    assert found == [("We", "Ilse Dravecky", "Owner"), ("Who", "Perrin Oakes", "Host")]


def test_a_german_office_in_one_word_and_the_article_of_an_apposition() -> None:
    found = quotes(
        "Den Förderaufruf hat Heimatministerin Wiebke Aldenhoff-Sarr heute gestartet.",
        "„Jeder Laden zählt“, sagte Aldenhoff-Sarr.",
        "Die Vorsitzende der Genossenschaft, Irmgard Pellhuber-Ndiaye, berichtete von den "
        "Anfängen. Der Bürgermeister von Oberwald, Korbinian Treml-Osei, hatte damals "
        "eingeladen.",
        "„Wir hatten nach drei Monaten mehr Mitglieder als der Sportverein“, sagte sie.",
    )
    assert found == [
        ("Jeder", "Wiebke Aldenhoff-Sarr", "Heimatministerin"),
        ("Wir", "Irmgard Pellhuber-Ndiaye", None),
    ]


def test_a_bare_surname_is_the_namesake_who_is_no_ones_relative() -> None:
    # the son is a person of his own, but "Cathmoor" alone stays the promoter the release is about
    found = quotes(
        "A federal judge barred Lionel Cathmoor of Bellrock from promoting the scheme.",
        "Cathmoor moved the money to firms he ran with his son Emmett Cathmoor. Cathmoor told "
        "customers that the firm would “hedge” every trade.",
    )
    assert found == [("hedge", "Lionel Cathmoor", None)]


def test_two_people_with_long_offices_joined_by_and() -> None:
    assert known(
        "Today, Deputy National Security Advisor for International Economics Perpetua Ostrowe "
        "and Assistant to the President and National Climate Advisor Lucan Tiverton met the "
        "chief executives of three shipping lines."
    ) == ["Perpetua Ostrowe", "Lucan Tiverton"]


def test_a_portfolio_and_is_still_one_person() -> None:
    assert known("Minister for Roads and Works Jo Ambrose said the bridge would open.") == [
        "Jo Ambrose"
    ]


def test_a_town_of_and_a_fort_are_places() -> None:
    assert (
        known(
            "Ice jams broke upstream of the town of Harrow Bluff.",
            "Teams went to Fort Kessel and to Pike Landing overnight.",
        )
        == []
    )


def test_his_of_an_unnamed_volunteer_says_nothing_of_her() -> None:
    found = quotes(
        "Plant manager Ivor Baskerville said the grid held. “We were lucky,” he said.",
        "Wilhelmina Achterberg runs a cooling center in a church basement. It stayed open only "
        "because a volunteer drove a generator over from his farm.",
        "“Next time I do not want to count on a borrowed generator,” she said.",
    )
    assert found[-1][1] == "Wilhelmina Achterberg"


def test_states_laws_and_airlines_are_no_people() -> None:
    assert (
        known(
            "She coaches in her hometown of Pell Mills, South Carolina, now.",
            "Veterans may use their GI Bill benefits, said the head of Prairie Kestrel Airways.",
        )
        == []
    )


def test_the_second_gentleman_is_an_office() -> None:
    found = quotes(
        "Vice President Imelda Ravensworth and Second Gentleman Corbin Ravensworth visited the "
        "school today.",
        "“I was told I would be supervising,” the Second Gentleman said afterward.",
    )
    assert found == [("I", "Corbin Ravensworth", "Second Gentleman")]
