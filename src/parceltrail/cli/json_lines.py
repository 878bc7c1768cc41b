"""`parceltrail detect --json`: numbers in, one compact JSON object a line out.

Loads the tracking-number domain and nothing else (no typer, no services), so the console
script can run the stdin form without importing the command-line framework (``entry``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, TextIO

from parceltrail.domain.numbers import load_directory
from parceltrail.domain.numbers.bulk import json_line
from parceltrail.domain.numbers.plan import plan_for

# Lines are joined and written a few dozen at a time: one write a line costs more than the
# detection, and a join of thousands of lines (several megabytes) is a fresh memory mapping
# each time, whose page faults cost more than the writes they save.
CHUNK_LINES: Final = 64


def write_json_lines(numbers: Iterable[object], out: TextIO) -> None:
    """One JSON object a number, in order (``detect(number).to_dict()``, compact)."""
    plan = plan_for(load_directory())
    chunk: list[str] = []
    # A loop, not a generator expression: mypyc (parceltrail.compiled) turns those into lists,
    # which would read every number before writing the first line.
    for number in numbers:
        chunk.append(json_line(number, plan))
        if len(chunk) == CHUNK_LINES:
            _flush(chunk, out)
    _flush(chunk, out)
    out.flush()


def write_json_lines_of_stream(lines: Iterable[str], out: TextIO) -> None:
    """``write_json_lines`` over the lines of a text stream, each without its line ending."""
    plan = plan_for(load_directory())
    chunk: list[str] = []
    for line in lines:
        chunk.append(json_line(line.rstrip("\r\n"), plan))
        if len(chunk) == CHUNK_LINES:
            _flush(chunk, out)
    _flush(chunk, out)
    out.flush()


def _flush(chunk: list[str], out: TextIO) -> None:
    """Write the chunk's lines, each ended by a newline, and empty it."""
    if chunk:
        chunk.append("")
        out.write("\n".join(chunk))
        chunk.clear()
