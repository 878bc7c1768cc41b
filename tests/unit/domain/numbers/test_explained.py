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
