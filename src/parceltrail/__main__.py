"""`python -m parceltrail` runs the command line (as the console script does)."""

from parceltrail.cli.entry import main

main()
