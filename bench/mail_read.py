"""Reading hostile shipping mails: CPU time against an ordinary mail, and against size.

Each mail is a plain-text message read whole (``domain.mail_in.understand``: MIME, the shop,
links, the number extractor, tracking-number labels, the order reference, items), on bytes
built here, none of them real:

- ``ordinary``: the baseline, a made-up 1.5 kB shipping notice (an order reference, a labelled
  UPS number, two items): the corpus' median text is about that long (docs/mail-intake.md);
- ``values``: "A1234567 " over and over, a value with a digit every nine characters, each of
  which may be a labelled number (no label anywhere);
- ``labels``: "Tracking number: A0000001" lines, every value labelled and different, of no
  known carrier;
- ``numbers``: valid S10 numbers (check digit computed here) separated by spaces;
- ``order-spaces``: "Your order" and one run of spaces (the order reference's pattern);
- ``label-lines``: a label alone on its line and a value on the next, over and over.

Every hostile mail is read at 12, 24 and 48 kB and at the reviewer's 297 kB (under the
reader's 300,000-character text limit). The reader reads the first 50,000 characters of a
mail's text (READ_CHARS): below that its time should grow as the size does (12 -> 48 kB: about
x4), past it stay flat (48 -> 297 kB: about x1). For each it prints the CPU time of one
reading (the best of ``--rounds``), the time per kB, the ratio to the ordinary mail, and both
growth ratios. Times are CPU time: the machine may be shared. ``--only`` and ``--sizes`` pick
cases and sizes (an older checkout on ``PYTHONPATH``, for a before/after, takes minutes to
hours on some of them).

    python bench/mail_read.py [--rounds 5] [--only values ...] [--sizes 12000,297000]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from email.message import EmailMessage
from itertools import pairwise

from parceltrail.domain.mail_in import understand
from parceltrail.domain.numbers.checkdigits import compute_s10

SIZES = (12_000, 24_000, 48_000, 297_000)

ORDINARY = (
    """Hello,

good news: your order #A-10023 has shipped and is on its way to you.

Tracking number: 1Z999AA10123456784
Carrier: UPS

Item: Desk lamp, black
Item: LED bulb E27, 2 pack

You can follow your parcel on the carrier's website. Deliveries usually arrive within three
to five working days; if nobody is at home, the carrier leaves a card with the next steps.

Returns are free within 30 days: keep the box and the label we put inside. If something is
missing or damaged, answer this mail with a picture and we sort it out.

Thank you for shopping with us,
the team
"""
    * 2
)


def _values(size: int) -> str:
    return ("A1234567 " * (size // 9 + 1))[:size]


def _labels(size: int) -> str:
    return "".join(f"Tracking number: A{n:07d}\n" for n in range(size // 26 + 1))[:size]


def _numbers(size: int) -> str:
    return " ".join(f"RR{n:08d}{compute_s10(f'{n:08d}')}CN" for n in range(size // 14 + 1))[:size]


def _order_spaces(size: int) -> str:
    return ("Your order" + " " * size)[:size]


def _label_lines(size: int) -> str:
    return "".join(f"Tracking number:\nB{n:07d}\n" for n in range(size // 26 + 1))[:size]


HOSTILE: dict[str, Callable[[int], str]] = {
    "values": _values,
    "labels": _labels,
    "numbers": _numbers,
    "order-spaces": _order_spaces,
    "label-lines": _label_lines,
}


def _mail(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Shop <orders@shop.example>"
    message["To"] = "someone@example.com"
    message["Subject"] = "Your order has shipped"
    message.set_content(text)
    return message.as_bytes()


def _best(raw: bytes, rounds: int) -> float:
    """The CPU time of the fastest of ``rounds`` readings, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        understand(raw)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", action="append", choices=sorted(HOSTILE))
    parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    ordinary = _mail(ORDINARY)
    found = understand(ordinary).numbers
    assert [n.number for n in found] == ["1Z999AA10123456784"], found
    base = _best(ordinary, args.rounds * 20)
    print(f"ordinary mail ({len(ordinary) / 1000:.1f} kB): {base * 1000:.2f} ms a reading")
    for name, build in HOSTILE.items():
        if args.only and name not in args.only:
            continue
        times: dict[int, float] = {}
        for size in sizes:
            raw = _mail(build(size))
            spent = times[size] = _best(raw, args.rounds)
            print(
                f"{name:>12} {len(raw) / 1000:6.0f} kB: {spent * 1000:8.1f} ms"
                f" ({spent * 1e6 / (len(raw) / 1000):6.0f} us/kB), x{spent / base:6.0f} ordinary",
                flush=True,
            )
        growth = list(pairwise(sizes))
        print(
            f"{name:>12} growth: "
            + "; ".join(f"{b / a:.1f}x the size -> x{times[b] / times[a]:.2f}" for a, b in growth)
        )


if __name__ == "__main__":
    main()
