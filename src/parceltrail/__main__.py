"""`python -m parceltrail` runs the command line."""

from parceltrail.cli import app

app(prog_name="parceltrail")
