"""The console script.

``parceltrail detect --json`` reading standard input (the pipeline form) runs without the
command-line framework: importing typer and every command module costs about as much CPU as
detecting tens of thousands of numbers.  Everything else, help included, goes to the typer app.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    if sys.argv[1:] == ["detect", "--json"]:
        from parceltrail.cli.json_lines import write_json_lines_of_stream

        _settle_the_directory()
        try:
            write_json_lines_of_stream(sys.stdin, sys.stdout)
        except BrokenPipeError:  # the reader stopped (`| head`): exit 1 quietly, as click does
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except KeyboardInterrupt:  # Ctrl-C: what click prints
            print("\nAborted!", file=sys.stderr)
            sys.exit(1)
        return
    from parceltrail.cli import app

    app(prog_name="parceltrail")


def _settle_the_directory() -> None:
    """Load the carrier directory and its matching plan, then freeze what the process holds:
    the collector never looks at those objects again, where it would otherwise walk them on
    each of its full passes while lines stream through (about 4% of the command's CPU)."""
    import gc

    from parceltrail.domain.numbers import load_directory
    from parceltrail.domain.numbers.plan import plan_for

    plan_for(load_directory())
    gc.freeze()
