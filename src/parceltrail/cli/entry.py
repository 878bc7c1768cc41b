"""The console script.

``parceltrail detect --json`` reading standard input (the pipeline form) runs without the
command-line framework: importing typer and every command module costs about as much CPU as
detecting tens of thousands of numbers.  Everything else, help included, goes to the typer app.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["detect", "--json"]:
        from parceltrail.cli.json_lines import write_json_lines_of_stream

        write_json_lines_of_stream(sys.stdin, sys.stdout)
        return
    from parceltrail.cli import app

    app(prog_name="parceltrail")
