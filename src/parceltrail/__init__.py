"""parceltrail: self-hosted order and parcel tracking."""

__version__ = "0.1.0"
