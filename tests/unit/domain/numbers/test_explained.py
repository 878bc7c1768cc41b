"""What a page shows for one number: ``explained`` gives detection's own English message as
words to translate, for invalid numbers rebuilt with their reason, candidates and suggestions."""

from __future__ import annotations

import pytest

from parceltrail.domain.numbers import detect, load_directory
from parceltrail.domain.numbers.detect import explained
from parceltrail.domain.words import Words

INVALID = [
    "12",  # too short: refused before any format is tried
    "RR123456788CN",  # an S10 number whose check digit fails, with a suggestion
    "1Z999AA10123456785",  # UPS-shaped, its check digit off by one
    "QQQQQQQQQQQQQ",  # letters no format takes
    "ab cd!",  # punctuation and spaces
]


@pytest.mark.parametrize("number", INVALID)
def test_an_invalid_numbers_words_say_in_english_what_detection_said(number: str) -> None:
    detection = detect(number)
    assert detection.status == "invalid"
    words = explained(detection)
    assert isinstance(words, Words)
    assert str(words) == detection.message
    assert words.values, "an invalid number's words carry its reason as a value to translate"


def test_a_suggestion_is_part_of_the_words() -> None:
    detection = detect("RR123456788CN")
    assert detection.suggestions
    assert detection.suggestions[0].number in str(explained(detection))


@pytest.mark.parametrize("number", ["RR123456785CN", "1Z5R89390357567127"])
def test_a_valid_numbers_words_are_its_message_as_it_is(number: str) -> None:
    detection = detect(number)
    assert detection.valid
    assert explained(detection) == Words(detection.message)


def test_the_directory_given_is_the_one_read() -> None:
    detection = detect("RR123456788CN")
    directory = load_directory()
    assert explained(detection, directory=directory) == explained(detection)


def _suggested_numbers() -> list[str]:
    """Invalid numbers detection answers with suggestions: near misses of every kind, the
    confusables and swaps of examples and S10 numbers with each wrong check digit."""
    import random
    import string

    rnd = random.Random(13)
    found: list[str] = []
    examples = [e.number for f in load_directory().formats for e in f.examples if e.valid]
    for number in examples:
        for variant in (number.replace("0", "O"), number[:-1] + "X", number[::-1]):
            if detect(variant).suggestions:
                found.append(variant)
    for _ in range(3000):
        letters = "".join(rnd.choice(string.ascii_uppercase) for _ in range(2))
        body = "".join(rnd.choice(string.digits) for _ in range(9))
        candidate = f"{letters}{body}{rnd.choice(['CN', 'GB', 'US', 'DE', 'NL', 'QQ'])}"
        if detect(candidate).suggestions:
            found.append(candidate)
    return found


def test_a_message_with_a_suggestion_is_the_words_of_its_sentences() -> None:
    numbers = _suggested_numbers()
    assert len(numbers) > 200
    for number in numbers:
        detection = detect(number)
        assert str(explained(detection)) == detection.message, number


def test_a_suggestion_is_only_added_to_an_invalid_numbers_message() -> None:
    from parceltrail.domain.numbers.messages import with_suggestion

    detection = detect("RR123456788CN")
    with pytest.raises(ValueError, match="not an invalid number's message"):
        with_suggestion("Royal Mail: S10 check digit.", detection.suggestions[0], load_directory())
