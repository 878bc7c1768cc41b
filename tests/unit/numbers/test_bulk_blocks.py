"""Blocks of lines give exactly the JSON lines that line-by-line detection gives."""

from parceltrail.domain.numbers import detect_json_blocks, detect_json_lines

LINES = ["SF3122082959115", "", "RR473124820CN", "1Z5R89390357567128", "not a number!", "4PX3001"]


def test_blocks_join_the_same_objects_one_per_line():
    expected = "".join(f"{line}\n" for line in detect_json_lines(LINES))
    blocks = [LINES[:2], [], LINES[2:5], LINES[5:]]
    assert "".join(detect_json_blocks(blocks)) == expected


def test_an_empty_block_writes_nothing():
    assert list(detect_json_blocks([[], []])) == []
