"""Check-digit algorithms as small pure functions.

Each ``compute_*`` function takes the payload (the characters the check digit protects) and
returns the expected check character, or ``None`` when the payload cannot carry one (wrong
characters or length).  ``ALGORITHMS`` maps the names used in the carrier data files to them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import cycle
from operator import mul
from typing import Final

S10_WEIGHTS: Final = (8, 6, 4, 2, 3, 5, 9, 7)
_S10_OFFSET: Final = 48 * sum(S10_WEIGHTS)  # the weights times ord("0")
_ALNUM36: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def compute_s10(serial: str) -> str | None:
    """UPU S10: weights 8,6,4,2,3,5,9,7; C = 11 - (S mod 11); 10 -> 0, 11 -> 5."""
    if len(serial) != 8 or not (serial.isascii() and serial.isdigit()):
        return None
    total = sum(map(mul, serial.encode(), S10_WEIGHTS)) - _S10_OFFSET
    check = 11 - total % 11
    if check == 10:
        return "0"
    if check == 11:
        return "5"
    return str(check)


def _ups_value(char: str) -> int | None:
    """Digits count as themselves, letters as (ord - 63) mod 10 (A=2, B=3, ... as UPS does)."""
    if "0" <= char <= "9":
        return ord(char) - 48
    if "A" <= char <= "Z":
        return (ord(char) - 63) % 10
    return None


def compute_weighted_mod10(
    payload: str, weights: Sequence[int], *, from_right: bool = True, letters: bool = False
) -> str | None:
    """Sum of value x weight (weights cycle from the end named by from_right); 10 - sum mod 10."""
    chars = reversed(payload) if from_right else iter(payload)
    total = 0
    for index, char in enumerate(chars):
        value = _ups_value(char) if letters else (ord(char) - 48 if "0" <= char <= "9" else None)
        if value is None:
            return None
        total += value * weights[index % len(weights)]
    return str((10 - total % 10) % 10)


# The check character (10 - total mod 10) mod 10, indexed by total mod 10.
_TENS_COMPLEMENT: Final = "0987654321"
# Value bytes of digit characters (b"7" -> 7); only applied to bytes known to be ASCII digits.
_DIGIT_VALUES: Final = bytes.maketrans(b"0123456789", bytes(range(10)))


def compute_gs1_mod10(payload: str) -> str | None:
    """GS1 mod 10 (SSCC-18, USPS IMpb, FedEx Ground, Canada Post): weights 3,1 from the right."""
    # UTF-8 bytes: bytes.isdigit accepts ASCII digits only, as str.isascii and isdigit did.
    raw = payload.encode()
    if not raw.isdigit():
        return None
    values = raw.translate(_DIGIT_VALUES)
    return _TENS_COMPLEMENT[(3 * sum(values[::-2]) + sum(values[-2::-2])) % 10]


def compute_sscc18(payload: str) -> str | None:
    """SSCC-18: GS1 mod 10 over the first 17 digits."""
    return compute_gs1_mod10(payload) if len(payload) == 17 else None


_UPPER: Final = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Upper-case letters to their UPS digit characters; other bytes unchanged.
_UPS_DIGITS: Final = bytes.maketrans(_UPPER, bytes(48 + (c - 63) % 10 for c in _UPPER))


def compute_ups_mod10(payload: str) -> str | None:
    """UPS 1Z and OnTrac: letters valued (ord - 63) mod 10 (A=2, B=3...), weights 1,2 from left."""
    digits = payload.encode().translate(_UPS_DIGITS)
    if not digits.isdigit():  # ASCII digits only (non-ASCII characters encode to other bytes)
        return None
    values = digits.translate(_DIGIT_VALUES)
    return _TENS_COMPLEMENT[(sum(values[::2]) + 2 * sum(values[1::2])) % 10]


# Digit characters to the digit sum of their double (b"7" -> 14 -> 5), as values.
_LUHN_DOUBLED: Final = bytes.maketrans(b"0123456789", bytes((0, 2, 4, 6, 8, 1, 3, 5, 7, 9)))


def compute_luhn(payload: str) -> str | None:
    """Luhn (ISO/IEC 7812): double every second digit from the right, digit sum, mod 10."""
    raw = payload.encode()
    if not raw.isdigit():  # ASCII digits only, as with gs1_mod10
        return None
    doubled = raw[::-2].translate(_LUHN_DOUBLED)
    return _TENS_COMPLEMENT[(sum(doubled) + sum(raw[-2::-2].translate(_DIGIT_VALUES))) % 10]


def compute_mod7(payload: str) -> str | None:
    """DHL Express air waybill: the payload as an integer, mod 7."""
    if not (payload.isascii() and payload.isdigit()):
        return None
    return str(int(payload) % 7)


def compute_weighted_mod11_mod10(payload: str, weights: Sequence[int]) -> str | None:
    """Weights cycling from the right; (sum mod 11) mod 10."""
    if not (payload.isascii() and payload.isdigit()):
        return None
    values = payload[::-1].encode().translate(_DIGIT_VALUES)
    total = sum(map(mul, values, cycle(weights)))
    return str(total % 11 % 10)


def compute_fedex_mod11(payload: str) -> str | None:
    """FedEx Express 12/34-digit: weights 1,3,7 from the right, (sum mod 11) mod 10.

    ``compute_weighted_mod11_mod10(payload, (1, 3, 7))`` as three slice sums (C loops)."""
    raw = payload.encode()
    if not raw.isdigit():  # ASCII digits only, as with gs1_mod10
        return None
    values = raw[::-1].translate(_DIGIT_VALUES)
    total = sum(values[::3]) + 3 * sum(values[1::3]) + 7 * sum(values[2::3])
    return str(total % 11 % 10)


def _mod37_36_step(product: int, value: int) -> int:
    """One step of ISO/IEC 7064 MOD 37,36: the next product after a character's value."""
    total = (product + value) % 36 or 36
    return (total * 2) % 37


# The next product for each product (1..36; index 0 unused) and character: one dict look-up
# a character instead of a search and three modulo operations.
_MOD37_36_STEPS: Final = tuple(
    {char: _mod37_36_step(product, value) for value, char in enumerate(_ALNUM36)}
    for product in range(37)
)


def compute_mod37_36(payload: str) -> str | None:
    """ISO/IEC 7064 MOD 37,36 hybrid system (DPD parcel label check character)."""
    steps = _MOD37_36_STEPS
    product = 36
    try:
        for char in payload:
            product = steps[product][char]
    except KeyError:  # a character outside 0-9A-Z
        return None
    return _ALNUM36[(37 - product) % 36]


def compute_mod10_weights(payload: str, params: Mapping[str, object]) -> str | None:
    """Generic weighted mod 10 configured from the data file (weights, from_right, letters)."""
    weights = params.get("weights")
    if not isinstance(weights, list) or not weights:
        return None
    return compute_weighted_mod10(
        payload,
        [int(w) for w in weights],
        from_right=bool(params.get("from_right", True)),
        letters=bool(params.get("letters", False)),
    )


Algorithm = Callable[[str, Mapping[str, object]], "str | None"]


def _simple(func: Callable[[str], str | None]) -> Algorithm:
    """Adapt a parameterless algorithm to the registry signature."""

    def run(payload: str, params: Mapping[str, object]) -> str | None:
        return func(payload)

    run.__doc__ = func.__doc__
    return run


ALGORITHMS: Final[Mapping[str, Algorithm]] = {
    "s10": _simple(compute_s10),
    "gs1_mod10": _simple(compute_gs1_mod10),
    "sscc18": _simple(compute_sscc18),
    "ups_mod10": _simple(compute_ups_mod10),
    "luhn": _simple(compute_luhn),
    "mod7": _simple(compute_mod7),
    "fedex_mod11": _simple(compute_fedex_mod11),
    "mod37_36": _simple(compute_mod37_36),
    "mod10_weights": compute_mod10_weights,
}


def compute(algorithm: str, payload: str, params: Mapping[str, object] | None = None) -> str | None:
    """Expected check character for payload under the named algorithm (None if not computable)."""
    return ALGORITHMS[algorithm](payload, params or {})


_DIRECT: Final[Mapping[str, Callable[[str], str | None]]] = {
    "s10": compute_s10,
    "gs1_mod10": compute_gs1_mod10,
    "sscc18": compute_sscc18,
    "ups_mod10": compute_ups_mod10,
    "luhn": compute_luhn,
    "mod7": compute_mod7,
    "fedex_mod11": compute_fedex_mod11,
    "mod37_36": compute_mod37_36,
}


def bound(algorithm: str, params: Mapping[str, object]) -> Callable[[str], str | None]:
    """The algorithm as a one-argument function (the hot path skips the registry adapter)."""
    direct = _DIRECT.get(algorithm)
    if direct is not None:
        return direct
    registered = ALGORITHMS[algorithm]

    def run(payload: str) -> str | None:
        return registered(payload, params)

    return run
