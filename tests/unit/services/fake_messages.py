"""The fast tier's order threads: messages and who read them when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from parceltrail.domain.messages import Attachment, Message
from tests.unit.services.fake_store import Repository


class FakeMessages(Repository):
    def add(self, message: Message) -> None:
        self._db.messages[message.id] = message

    def thread(
        self, order_id: str, *, before: tuple[datetime, str] | None, limit: int
    ) -> tuple[list[Message], bool]:
        mine = [m for m in self._db.messages.values() if m.order_id == order_id]
        if before is not None:
            mine = [m for m in mine if (m.created_at, m.id) < before]
        mine.sort(key=lambda m: (m.created_at, m.id), reverse=True)
        return mine[:limit], len(mine) > limit

    def get(self, message_id: str) -> Message | None:
        return self._db.messages.get(message_id)

    def attachment(self, attachment_id: str) -> tuple[str, Attachment] | None:
        for message in self._db.messages.values():
            for attachment in message.attachments:
                if attachment.id == attachment_id:
                    return message.order_id, attachment
        return None

    def last_read(self, order_id: str, user_id: str) -> datetime | None:
        return self._db.last_read.get((order_id, user_id))

    def mark_read(self, order_id: str, user_id: str, at: datetime) -> None:
        self._db.last_read[(order_id, user_id)] = at

    def unread_counts(self, order_ids: Sequence[str], user_id: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for m in self._db.messages.values():
            read = self._db.last_read.get((m.order_id, user_id))
            if (
                m.order_id in order_ids
                and m.author_id != user_id
                and (read is None or m.created_at > read)
            ):
                counts[m.order_id] = counts.get(m.order_id, 0) + 1
        return counts
