import pytest

from parceltrail.domain.numbers import CarrierDirectory, load_directory


@pytest.fixture(scope="session")
def directory() -> CarrierDirectory:
    return load_directory()
