"""The schema, as SQLAlchemy Core tables; Alembic migrations in migrations/ create it."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from parceltrail.storage.types import UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# BigInteger primary keys that still autoincrement on SQLite (which wants INTEGER).
AutoId = BigInteger().with_variant(Integer(), "sqlite")

users = Table(
    "users",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("name", String(200)),
    Column("password_hash", String(255)),
    Column("created_at", UTCDateTime(), nullable=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(100), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_used_at", UTCDateTime()),
    Column("revoked_at", UTCDateTime()),
    Index(None, "user_id"),
)

orders = Table(
    "orders",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("reference", String(100), nullable=False),
    Column("seller_id", String(32), ForeignKey("users.id"), nullable=False),
    Column("buyer_id", String(32), ForeignKey("users.id"), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("seller_id", "reference"),
    Index(None, "buyer_id", "created_at"),
)

order_lines = Table(
    "order_lines",
    metadata,
    Column("order_id", String(32), ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("title", String(300), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("sku", String(100)),
)

shipments = Table(
    "shipments",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("order_id", String(32), ForeignKey("orders.id", ondelete="CASCADE")),
    Column("status", String(32), nullable=False),
    Column("sub_status", String(32), nullable=False),
    Column("milestones", JSON, nullable=False),
    Column("last_event_at", UTCDateTime()),
    Column("delivered_at", UTCDateTime()),
    Column("event_count", Integer, nullable=False),
    Column("dispatched_at", UTCDateTime()),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index(None, "order_id"),
    Index(None, "status"),
)

shipment_legs = Table(
    "shipment_legs",
    metadata,
    Column(
        "shipment_id", String(32), ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("sequence", Integer, primary_key=True),
    Column("tracking_number", String(64), nullable=False, unique=True),
    Column("carrier", String(64)),
)

tracking_events = Table(
    "tracking_events",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    Column(
        "shipment_id", String(32), ForeignKey("shipments.id", ondelete="CASCADE"), nullable=False
    ),
    Column("event_key", String(32), nullable=False),
    Column("tracking_number", String(64), nullable=False),
    Column("occurred_at", UTCDateTime(), nullable=False),
    Column("utc_offset_minutes", Integer),
    Column("sub_status", String(32)),
    Column("description", Text, nullable=False),
    Column("city", String(120)),
    Column("country", String(2)),
    Column("postal_code", String(20)),
    Column("carrier", String(64)),
    Column("raw_code", String(64)),
    Column("source", String(64), nullable=False),
    Column("source_id", String(200)),
    Column("received_at", UTCDateTime(), nullable=False),
    UniqueConstraint("event_key", "shipment_id"),
    Index(None, "shipment_id", "occurred_at"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    Column("topic", String(64), nullable=False),
    Column("aggregate_id", String(32)),
    Column("payload", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("available_at", UTCDateTime(), nullable=False),
    Column("last_error", Text),
    Index(None, "status", "available_at"),
)


# --- polling (issue 5): schedule per shipment, health per carrier --------------------------

poll_schedule = Table(
    "poll_schedule",
    metadata,
    Column(
        "shipment_id", String(32), ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("next_poll_at", UTCDateTime()),  # None once stopped
    Column("stopped", String(16)),  # final | expired | invalid
    Column("enrolled_at", UTCDateTime(), nullable=False),
    Column("last_polled_at", UTCDateTime()),
    Column("polls", Integer, nullable=False),
    Column("utc_offset_minutes", Integer),  # of the latest event: the carrier's local time
    Index(None, "next_poll_at"),
)

carrier_health = Table(
    "carrier_health",
    metadata,
    Column("carrier", String(64), primary_key=True),
    Column("consecutive_failures", Integer, nullable=False),
    Column("total_failures", Integer, nullable=False),
    Column("backoff_until", UTCDateTime()),
    Column("last_error", Text),
    Column("last_failure_at", UTCDateTime()),
    Column("last_success_at", UTCDateTime()),
)
