"""parceltrail: self-hosted order and parcel tracking."""

from parceltrail.compiled import install_finder

__version__ = "0.1.0"

# Before any module of the package: the compiled detection modules, where a build made from
# these very sources exists (parceltrail/compiled.py; PARCELTRAIL_PURE_PYTHON=1: never).
install_finder()
