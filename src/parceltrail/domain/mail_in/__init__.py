"""Mail in: shipping mails read, understood and turned into parcels (pure, standard library).

read_mail(raw, limits) -> MailContent        (mime.py: MIME, charsets, HTML to text)
understand(raw, limits) -> MailReading       (understand.py: numbers, shop, order, items)
shop_of(...) -> Shop | None                  (shops.py)
"""

from __future__ import annotations

from parceltrail.domain.mail_in.mime import MailContent, MailLimits, fingerprint_of, read_mail
from parceltrail.domain.mail_in.shops import Shop, shop_of
from parceltrail.domain.mail_in.understand import MailNumber, MailReading, understand

__all__ = [
    "MailContent",
    "MailLimits",
    "MailNumber",
    "MailReading",
    "Shop",
    "fingerprint_of",
    "read_mail",
    "shop_of",
    "understand",
]
