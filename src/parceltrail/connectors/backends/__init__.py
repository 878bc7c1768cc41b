"""Tracking backends: aggregators' APIs (17TRACK, AfterShip) and the carriers' own (karrio,
the simulator) behind one port (``services/backend_ports.TrackingBackend``)."""
