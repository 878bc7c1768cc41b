"""A shipping mail forwarded as an attachment (``message/rfc822``) is read like the mail itself.

The mails forwarded are the real ones of the corpus (tests/data/mails, the development part of
manifest.tsv, as found); the forward around each is constructed here with the standard
library, in the two shapes a forward arrives in: whole, and without the forward's own headers
(its body starting at the first boundary line, as mp_inpost_pl_delivered.eml and
mp_poczta_polska_delivering.eml of the corpus arrived)."""

from __future__ import annotations

import csv
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from parceltrail.domain.mail_in import understand
from parceltrail.domain.mail_in.mime import MailLimits, read_mail

CORPUS = Path(__file__).resolve().parents[3] / "data" / "mails"
UPS_MAIL = "mp_ups_out_for_delivery.eml"  # dev part; the manifest lists 1Z2345YY0678901234
UPS_NUMBER = "1Z2345YY0678901234"


def _development_mails() -> list[str]:
    lines = (CORPUS / "manifest.tsv").read_text().splitlines()
    rows = csv.DictReader([line for line in lines if line[:1] != "#"], delimiter="\t")
    return [row["file"] for row in rows if row["split"] == "dev"]


def _forward(real: bytes, *, note: bool) -> bytes:
    """The real mail attached whole to a forward; ``note``: the forwarder wrote a few words
    first (plain and HTML), so the attached mail is the second part, not the first."""
    forward = EmailMessage()
    forward["From"] = "Me <me@example.com>"
    forward["Subject"] = "Fwd: my parcel"
    if note:
        forward.set_content("The parcel I told you about, see below.")
        forward.add_alternative("<p>The parcel I told you about, see below.</p>", subtype="html")
    forward.add_attachment(message_from_bytes(real, policy=policy.default))
    return forward.as_bytes(policy=policy.SMTP)


def _without_its_headers(forward: bytes) -> bytes:
    """The forward as a copy that lost its MIME headers: a plain body whose first line is the
    boundary, then the parts."""
    body = forward.split(b"\r\n\r\n", 1)[1]
    return b"From: Me <me@example.com>\r\nSubject: Fwd: my parcel\r\n\r\n" + body


def _first(raw: bytes) -> tuple[str, str | None] | None:
    reading = understand(raw)
    assert reading.outcome != "refused", reading.reason
    return (reading.numbers[0].number, reading.numbers[0].carrier) if reading.numbers else None


@pytest.mark.parametrize("note", [False, True], ids=["alone", "after-a-note"])
@pytest.mark.parametrize("file", _development_mails())
def test_a_real_mail_forwarded_as_an_attachment_reads_as_the_mail_itself(
    file: str, note: bool
) -> None:
    real = (CORPUS / file).read_bytes()
    forward = _forward(real, note=note)
    assert _first(forward) == _first(real)
    assert _first(_without_its_headers(forward)) == _first(real)


def test_the_attached_mails_from_and_subject_are_read_before_its_text() -> None:
    lost = _without_its_headers(_forward((CORPUS / UPS_MAIL).read_bytes(), note=True))
    content = read_mail(lost)
    assert content.notes == ("a MIME part without the headers around it was read as one",)
    assert "From: UPS My Choice <mcinfo@ups.com>" in content.text
    assert content.text.index("mcinfo@ups.com") < content.text.index(UPS_NUMBER)
    assert content.text.index("see below") < content.text.index("mcinfo@ups.com")


def test_a_forward_that_lost_its_headers_is_one_level_below_its_text() -> None:
    # The text (0), the multipart it carries (1), its attachment part (2), the attached mail
    # (3), that mail's own parts (4): read within a depth of 4, refused within 3; one level
    # more than the same forward with its headers (test_mime.py), for the text that carried it.
    lost = _without_its_headers(_forward((CORPUS / UPS_MAIL).read_bytes(), note=False))
    assert UPS_NUMBER in read_mail(lost, MailLimits(max_depth=4)).text
    assert read_mail(lost, MailLimits(max_depth=3)).refused == (
        "the mail's parts are nested more than 3 deep"
    )


def test_a_body_embedding_a_body_many_times_is_refused_at_the_depth_limit() -> None:
    """Constructed: each level a text whose body is again a boundary and a text part."""
    body = f"Tracking number: {UPS_NUMBER}\n"
    for level in range(12):
        body = f"--b{level}\nContent-Type: text/plain\n\n{body}"
    raw = f"Subject: deep\nContent-Type: text/plain\n\n{body}".encode()
    assert read_mail(raw).refused == "the mail's parts are nested more than 8 deep"
    assert UPS_NUMBER in read_mail(raw, MailLimits(max_depth=30)).text
