"""A carrier network with its own HTTP API: lanes from China, customs, handovers, losses.

It drives the live demo, the polling tests and ``bench/polling.py``. parceltrail talks to it
only over HTTP (``connectors/simulator.py``), exactly as it would talk to a real carrier, and
nothing in parceltrail's services imports it.
"""
