"""The demo: ``seed`` fills a marketplace with parcels at every stage of a journey (``parceltrail
demo``); ``live`` runs one whose parcels move on the carrier simulator while you watch
(``parceltrail demo --live``)."""
