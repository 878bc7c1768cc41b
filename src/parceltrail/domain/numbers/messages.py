"""Human messages for detection results: say what was found and what to do next."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parceltrail.domain.numbers.directory import CarrierDirectory
from parceltrail.domain.numbers.results import Candidate, S10Info, Status, Suggestion
from parceltrail.domain.words import N_, Words

_PROBLEMS = {
    "empty": N_("nothing was entered"),
    "too long": N_("too long (tracking numbers have at most 100 characters)"),
    "too short": N_("too short to be a tracking number"),
    "unexpected characters": N_("it contains characters tracking numbers never have"),
    "it does not match any known tracking-number format": N_(
        "it does not match any known tracking-number format"
    ),
}
_CHECK_DIGIT = re.compile(r"the check digit does not match \((.+)\)")
_DID_YOU_MEAN = N_("Did you mean {number} ({change}; {carriers})?")
_NO_CARRIER = N_("no carrier")
_COPY_AGAIN = N_("Copy the number again from the label or the shipping e-mail.")


def carrier_name(code: str, directory: CarrierDirectory) -> str:
    carrier = directory.carrier(code)
    return carrier.name if carrier else code


def detection_message(
    status: Status,
    candidates: Sequence[Candidate],
    suggestions: Sequence[Suggestion],
    problem: str | None,
    directory: CarrierDirectory,
    s10: S10Info | None = None,
) -> str:
    """One or two sentences for the person who entered the number."""
    if status == "detected":
        best = candidates[0]
        return f"{carrier_name(best.carrier, directory)}: {best.reason}."
    if status == "ambiguous":
        return _ambiguous(candidates, directory)
    if status == "unconfirmed":
        return _unconfirmed(candidates, directory)
    if status == "no_carrier_data":
        where = f" (S10, issuer code {s10.issuer})" if s10 else ""
        return (
            f"Valid format{where}, but we have no carrier data for it yet. The number may "
            "well be real: choose the carrier yourself or ask the sender which carrier has it."
        )
    return _invalid(problem or "unknown problem", candidates, suggestions, directory)


def _unconfirmed(candidates: Sequence[Candidate], directory: CarrierDirectory) -> str:
    names = ", ".join(carrier_name(c.carrier, directory) for c in candidates[:4])
    return (
        f"This has the shape of a {names} number ({candidates[0].reason}), but we have no "
        "real example of that format, so we cannot call it valid. Choose the carrier if you "
        "know it, or check the number on the carrier's website."
    )


def _ambiguous(candidates: Sequence[Candidate], directory: CarrierDirectory) -> str:
    best = candidates[0]
    name = carrier_name(best.carrier, directory)
    if len(candidates) > 1:
        why = "other carriers use numbers of the same shape"
    elif best.evidence == "shape":
        why = "only the length and characters match"
    else:
        why = "this format is not confirmed by the carrier's own documentation"
    text = f"Probably {name} ({best.reason}), but not certain: {why}."
    others = [carrier_name(c.carrier, directory) for c in candidates[1:4]]
    if others:
        text += f" Also possible: {', '.join(others)}."
    return text + " Choose the carrier if you know it."


def _invalid(
    problem: str,
    candidates: Sequence[Candidate],
    suggestions: Sequence[Suggestion],
    directory: CarrierDirectory,
) -> str:
    return str(invalid_words(problem, candidates, suggestions, directory))


def invalid_words(
    problem: str,
    candidates: Sequence[Candidate],
    suggestions: Sequence[Suggestion],
    directory: CarrierDirectory,
) -> Words:
    """Why a number is not valid and what to do, as sentences a page translates (``str()``:
    the English message detection gives)."""
    said = [Words(N_("Not a valid tracking number: {problem}."), problem=_problem(problem))]
    if candidates:
        name = carrier_name(candidates[0].carrier, directory)
        said.append(
            Words(
                N_(
                    "Its prefix is {carrier}'s, so it is probably a {carrier} number with a typo "
                    "(sample numbers published by carriers often fail their own check digit too)."
                ),
                carrier=name,
            )
        )
    if suggestions:
        first = suggestions[0]
        names = ", ".join(carrier_name(c, directory) for c in first.carriers)
        said.append(
            Words(
                _DID_YOU_MEAN,
                number=first.number,
                change=first.change,
                carriers=names or Words(_NO_CARRIER),
            )
        )
    said.append(Words(_COPY_AGAIN))
    joined = " ".join(f"{{s{i}}}" for i in range(len(said)))  # each sentence its own
    return Words(joined, **{f"s{i}": sentence for i, sentence in enumerate(said)})


def with_suggestion(message: str, first: Suggestion, directory: CarrierDirectory) -> str:
    """The English message of an invalid number with ``first`` suggested, from its message
    without suggestions: ``str(invalid_words(...))`` without building the sentences again (the
    suggestion sentence goes before the closing "copy the number again")."""
    if not message.endswith(_COPY_AGAIN):
        raise ValueError(f"not an invalid number's message: {message!r}")
    names = ", ".join(carrier_name(c, directory) for c in first.carriers) or _NO_CARRIER
    asked = _DID_YOU_MEAN.format(number=first.number, change=first.change, carriers=names)
    return f"{message[: -len(_COPY_AGAIN)]}{asked} {_COPY_AGAIN}"


def _problem(problem: str) -> Words:
    check = _CHECK_DIGIT.fullmatch(problem)
    if check:
        return Words(N_("the check digit does not match ({format})"), format=check.group(1))
    return Words(_PROBLEMS.get(problem, problem))
