"""The schema, as SQLAlchemy Core tables; Alembic migrations in migrations/ create it."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from parceltrail.domain.analytics import COUNTS
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
    Column("approved_at", UTCDateTime()),  # null: a signed-up seller waiting for an admin
    Column("language", String(8)),  # null: the browser's languages decide
    Column("time_zone", String(64)),  # an IANA name; null: the browser's zone
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
    Column("language", String(8)),  # the buyer's, when the seller knows it: their mail's
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
    Column("service", String(32)),  # the first carrier's service, part of the ETA lane
    # What the events alone say, where the source's own status is shown instead.
    Column("events_sub_status", String(32)),
    # The source's own overall status (EasyPost tracker.status, AfterShip tag, ...).
    Column("vouched_sub_status", String(32)),
    Column("vouched_source", String(32)),
    Column("vouched_at", UTCDateTime()),
    # The day the carrier expects to deliver, as its latest update gave it (a calendar day).
    Column("carrier_eta", Date),
    Index(None, "order_id"),
    Index(None, "status"),
    Index(None, "updated_at", "id"),
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
    # One index, led by the shipment: a batch's entries cluster per parcel, not per hash.
    UniqueConstraint("shipment_id", "event_key"),
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

# The shipments a kept inbound delivery (a held ``webhook.rejected`` job) is about: its body
# may name their buyers, so erasing a person removes the deliveries about their shipments.
kept_delivery_shipments = Table(
    "kept_delivery_shipments",
    metadata,
    Column("job_id", AutoId, ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "shipment_id", String(32), ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True
    ),
    Index(None, "shipment_id"),
)


# --- health, ETA and lane statistics --------------------------------------------------------

shipment_health = Table(
    "shipment_health",
    metadata,
    Column(
        "shipment_id", String(32), ForeignKey("shipments.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("problem", String(32)),
    Column("problem_since", UTCDateTime()),
    Column("explanation", Text, nullable=False),  # in English
    Column("explanation_words", JSON),  # the same as text and values, for other languages
    Column("recheck_at", UTCDateTime()),
    Column("eta_earliest", UTCDateTime()),
    Column("eta_likely", UTCDateTime()),
    Column("eta_latest", UTCDateTime()),
    Column("eta_basis", String(16)),
    Column("eta_from", String(32)),
    Column("eta_samples", Integer, nullable=False, server_default="0"),
    Column("origin_country", String(2)),
    Column("destination_country", String(2)),
    Column("eta_lane", String(128)),  # the lane level whose history the ETA used
    Column("carrier", String(64)),
    Column("service", String(32)),
    Column("assessed_at", UTCDateTime(), nullable=False),
    Index(None, "recheck_at"),
    Index(None, "problem"),
)

lane_stats = Table(
    "lane_stats",
    metadata,
    Column("lane", String(128), primary_key=True),  # Lane.key(): CN-DE-cainiao-standard
    Column("milestone", String(32), primary_key=True),
    Column("p10_days", Float, nullable=False),
    Column("p50_days", Float, nullable=False),
    Column("p90_days", Float, nullable=False),
    Column("samples", Integer, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

sweep_marks = Table(
    "sweep_marks",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("mark", UTCDateTime(), nullable=False),
    Column("after_id", String(32), nullable=False, server_default=""),
)

# --- buyer protection, messages, disputes ---------------------------------------------------

order_protection = Table(
    "order_protection",
    metadata,
    Column("order_id", String(32), ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True),
    Column("total", Numeric(12, 2), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("protection_ends_at", UTCDateTime()),
    Column("extended_days", Integer, nullable=False, server_default="0"),
    Column("confirmed_at", UTCDateTime()),
    Column("auto_confirmed", Integer, nullable=False, server_default="0"),
    Index(None, "protection_ends_at"),
)

messages = Table(
    "messages",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("order_id", String(32), ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("author_id", String(32), ForeignKey("users.id"), nullable=False),
    Column("body", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Index(None, "order_id", "created_at", "id"),  # pages of a thread, by keyset
)

message_attachments = Table(
    "message_attachments",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("message_id", String(32), ForeignKey("messages.id", ondelete="CASCADE"), nullable=False),
    Column("filename", String(100), nullable=False),
    Column("content_type", String(32), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Index(None, "message_id"),
)

thread_reads = Table(
    "thread_reads",
    metadata,
    Column("order_id", String(32), ForeignKey("orders.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("last_read_at", UTCDateTime(), nullable=False),
)

OPEN_DISPUTE_STATES = "state IN ('open', 'proposed', 'rejected', 'escalated')"

disputes = Table(
    "disputes",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("order_id", String(32), ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("state", String(32), nullable=False),
    Column("requested", Numeric(12, 2), nullable=False),
    Column("offered", Numeric(12, 2)),
    Column("refund", Numeric(12, 2)),
    Column("order_total", Numeric(12, 2), nullable=False),
    Column("opened_at", UTCDateTime(), nullable=False),
    Column("state_since", UTCDateTime(), nullable=False),
    Column("answer_due_at", UTCDateTime()),
    Column("evidence", JSON, nullable=False),
    Index(None, "order_id"),
    Index(None, "state", "answer_due_at"),
    # At most one dispute in progress per order, also when two requests race.
    Index(
        "uq_disputes_order_in_progress",
        "order_id",
        unique=True,
        sqlite_where=text(OPEN_DISPUTE_STATES),
        postgresql_where=text(OPEN_DISPUTE_STATES),
    ),
)

dispute_steps = Table(
    "dispute_steps",
    metadata,
    Column(
        "dispute_id", String(32), ForeignKey("disputes.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("position", Integer, primary_key=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("party", String(16), nullable=False),
    Column("action", String(32), nullable=False),
    Column("state", String(32), nullable=False),
    Column("amount", Numeric(12, 2)),
    Column("note", Text),
)


# --- Web app: sessions and password resets --------------------------

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Index(None, "user_id"),
)

password_resets = Table(
    "password_resets",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("used_at", UTCDateTime()),
    Index(None, "user_id"),
)

# ---------------------------------------------------------------------------------------------
# Notifications and jobs: deliveries, subscriptions, webhook endpoints, schedules.
# ---------------------------------------------------------------------------------------------

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("idempotency_key", String(64), nullable=False, unique=True),
    Column("topic", String(64), nullable=False),
    Column("recipient", String(254), nullable=False),
    Column("endpoint_id", String(32)),
    Column("subject", String(300)),
    Column("content", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("transport", String(16)),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("sent_at", UTCDateTime()),
    Column("last_error", Text),
    Index(None, "channel", "created_at"),
    Index(None, "endpoint_id", "created_at"),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("email", String(254), nullable=False),
    Column("user_id", String(32)),
    Column("order_id", String(32)),
    Column("tracking_number", String(64)),
    Column("milestones", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("confirmed_at", UTCDateTime()),
    Column("unsubscribed_at", UTCDateTime()),
    Column("mode", String(16), nullable=False, server_default="immediate"),
    Column("problems", Integer, nullable=False, server_default="1"),
    Column("channels", JSON),  # Apprise URLs; None when there are none
    # How an address without an account reads its mail: the page's language and the
    # browser's time zone when it asked (None: the account's, else the shop's default).
    Column("language", String(8)),
    Column("time_zone", String(64)),
    Index(None, "tracking_number"),
    Index(None, "order_id"),
    Index(None, "user_id"),
    Index(None, "email"),
)

# A signed-in person's notification preferences (defaults for their order subscriptions).
notification_preferences = Table(
    "notification_preferences",
    metadata,
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("milestones", JSON, nullable=False),
    Column("problems", Integer, nullable=False),
    Column("mode", String(16), nullable=False),
    Column("channels", JSON),
    Column("updated_at", UTCDateTime(), nullable=False),
)

# Milestones and problems held for a daily digest; digest_key is set once a digest took them.
digest_items = Table(
    "digest_items",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    Column("item_key", String(64), nullable=False, unique=True),
    Column("recipient", String(254), nullable=False),
    Column("subscription_id", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("tracking_number", String(64), nullable=False),
    Column("headline", String(300), nullable=False),
    Column("detail", Text, nullable=False),
    Column("happened_at", UTCDateTime(), nullable=False),
    Column("digest_key", String(64)),
    Index(None, "digest_key", "recipient"),
)

webhook_endpoints = Table(
    "webhook_endpoints",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("url", String(2048), nullable=False),
    Column("secret", String(128), nullable=False),
    Column("events", JSON, nullable=False),
    Column("status", String(16), nullable=False),
    Column("consecutive_failures", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("disabled_at", UTCDateTime()),
    Column("disabled_reason", Text),
    Index(None, "user_id"),
)

job_schedule = Table(
    "job_schedule",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("next_run_at", UTCDateTime(), nullable=False),
    Column("last_run_at", UTCDateTime()),
)


# --- polling: schedule per shipment, health per carrier --------------------------

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
    Column("last_carrier", String(64)),  # the latest scan's carrier and code: which learned
    Column("last_code", String(64)),  # window (poll_next_scans) applies
    Index(None, "next_poll_at"),
)

# Learned from the tracked history: after a scan of (carrier, code), when the next one comes.
poll_next_scans = Table(
    "poll_next_scans",
    metadata,
    Column("carrier", String(64), primary_key=True),
    Column("code", String(64), primary_key=True),
    Column("opens_minutes", Integer, nullable=False),
    Column("closes_minutes", Integer, nullable=False),
    Column("local_hours", String(80), nullable=False),  # "5,6", or "" when spread over the day
    Column("samples", Integer, nullable=False),
    Column("learned_at", UTCDateTime(), nullable=False),
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


# --- rate limits: per-key counting windows shared by every worker process --------

rate_limits = Table(
    "rate_limits",
    metadata,
    Column("key", String(96), primary_key=True),  # limit name and a keyed hash of the client
    Column("window_start", BigInteger, primary_key=True),  # Unix seconds
    Column("count", Integer, nullable=False),
    Column("expires_at", BigInteger, nullable=False),  # Unix seconds: no longer counts after
    Index(None, "expires_at"),
)


# --- text lessons: what the feed teaches about carrier texts (docs/classification.md) ------

# One row per (normalised text, language, status a source gave with it), counted.
text_lesson_counts = Table(
    "text_lesson_counts",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("language", String(8), primary_key=True),
    Column("sub_status", String(32), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("sample", String(300), nullable=False),  # the text as a source last sent it
    Column("updated_at", UTCDateTime(), nullable=False),
)

# An admin's word on a text; sub_status NULL means "this text gives no status".
text_lesson_corrections = Table(
    "text_lesson_corrections",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("language", String(8), primary_key=True),
    Column("sub_status", String(32)),
    Column("sample", String(300), nullable=False),
    Column("corrected_by", String(64), nullable=False),
    Column("corrected_at", UTCDateTime(), nullable=False),
)


# --- tracking backends: numbers registered with aggregators, and their quota spent ---------

tracking_registrations = Table(
    "tracking_registrations",
    metadata,
    Column(
        "shipment_id",
        String(32),
        ForeignKey("shipments.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("tracking_number", String(64), primary_key=True),  # one per leg's number
    Column("carrier", String(64)),
    Column("backend", String(32), nullable=False),
    Column("state", String(16), nullable=False),
    Column("priority", Integer, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("next_attempt_at", UTCDateTime()),
    Column("registered_at", UTCDateTime()),
    Column("heard_at", UTCDateTime()),
    Column("fetched_at", UTCDateTime()),
    Column("paused_until", UTCDateTime()),
    Column("external_id", String(64)),
    Column("error", Text),
    Column("stopped_reason", String(16)),
    Index(None, "shipment_id"),
    Index(None, "backend", "state", "priority", "created_at"),
)

backend_usage = Table(
    "backend_usage",
    metadata,
    Column("backend", String(32), primary_key=True),
    Column("day", String(10), primary_key=True),  # YYYY-MM-DD (UTC): a month is its prefix
    Column("registered", Integer, nullable=False),
)


# --- My parcels and mail in (docs/mail-intake.md) -------------------------------------------

parcels = Table(
    "parcels",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column(
        "shipment_id", String(32), ForeignKey("shipments.id", ondelete="CASCADE"), nullable=False
    ),
    Column("tracking_number", String(64), nullable=False),
    Column("carrier", String(64)),
    Column("label", String(120), nullable=False),
    Column("shop", String(100)),
    Column("source", String(16), nullable=False),
    Column("order_reference", String(100)),
    Column("items", JSON, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("archived_at", UTCDateTime()),
    UniqueConstraint("user_id", "tracking_number"),
    Index(None, "shipment_id"),
)

mail_inboxes = Table(
    "mail_inboxes",
    metadata,
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("local_part", String(32), nullable=False, unique=True),
    Column("feed_key", String(32), nullable=False),  # a new one revokes the feed links
    Column("created_at", UTCDateTime(), nullable=False),
)

inbound_mails = Table(
    "inbound_mails",
    metadata,
    Column("id", AutoId, primary_key=True, autoincrement=True),
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("fingerprint", String(40), nullable=False),
    Column("via", String(8), nullable=False),  # smtp | imap
    Column("size", Integer, nullable=False),
    Column("raw", LargeBinary),  # kept only until the mail is read
    Column("status", String(16), nullable=False),  # queued | found | nothing_found | refused
    Column("reason", Text),
    Column("subject", String(200)),
    Column("shop", String(100)),
    Column("numbers", JSON, nullable=False),
    Column("received_at", UTCDateTime(), nullable=False),
    Column("processed_at", UTCDateTime()),
    UniqueConstraint("user_id", "fingerprint"),
    Index(None, "user_id", "received_at"),
)

imap_accounts = Table(
    "imap_accounts",
    metadata,
    Column("user_id", String(32), ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("host", String(253), nullable=False),
    Column("port", Integer, nullable=False),
    Column("username", String(254), nullable=False),
    Column("secret", LargeBinary, nullable=False),  # the app password, encrypted
    Column("folder", String(200), nullable=False),
    Column("security", String(8), nullable=False),  # tls | starttls | none
    Column("uid_validity", BigInteger),
    Column("last_uid", BigInteger, nullable=False),
    Column("last_polled_at", UTCDateTime()),
    Column("last_error", Text),
    Column("created_at", UTCDateTime(), nullable=False),
)


# --- delivery analytics: rollups kept by the analytics sweep (docs/analytics.md) ------------

# Per shipment: where its tally is counted, the tally last added, and the ETAs kept.
analytics_shipments = Table(
    "analytics_shipments",
    metadata,
    Column(
        "shipment_id",
        String(32),
        ForeignKey("shipments.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("day", String(10), nullable=False),  # dispatch day, YYYY-MM-DD (UTC)
    Column("ordered_day", String(10)),  # the order's day, when known
    Column("delivered_day", String(10)),  # the delivery day, when delivered
    Column("seller", String(32), nullable=False),
    Column("carrier", String(64), nullable=False),
    Column("service", String(32), nullable=False),
    Column("origin", String(2), nullable=False),
    Column("destination", String(2), nullable=False),
    Column("tally", JSON, nullable=False),
    Column("promises", JSON, nullable=False),  # {milestone: [earliest, likely, latest]}
    Column("problem_found_at", UTCDateTime()),
    Column("recheck_at", UTCDateTime()),
    Column("updated_at", UTCDateTime(), nullable=False),
    Index(None, "recheck_at"),
)

# One row per seller ("" = every seller) x basis x grain x period x carrier x service x lane,
# and the pre-summed rows holding "*" in the dimensions they sum over (ROW_KINDS in
# services/analytics_ports.py).
analytics_rollups = Table(
    "analytics_rollups",
    metadata,
    # Read by seller, basis, kind and a list of periods: the key leads with them, so a read
    # seeks each period (on SQLite the rows are kept in the key's order, WITHOUT ROWID).
    Column("seller", String(32), primary_key=True),
    Column("basis", String(8), primary_key=True),  # dispatch | order | delivery
    Column("kind", String(32), primary_key=True),  # ROW_KINDS: which dimensions hold "*"
    Column("period", String(10), primary_key=True),  # its first day, YYYY-MM-DD
    Column("grain", String(5), primary_key=True),  # day | week | month
    Column("carrier", String(64), primary_key=True),
    Column("service", String(32), primary_key=True),
    Column("origin", String(2), primary_key=True),
    Column("destination", String(2), primary_key=True),
    Column("key", String(170), nullable=False, unique=True),  # the eight joined by "|"
    # The counts the charts group by (domain COUNTS), summed by the database.
    *(Column(name, Integer, nullable=False, server_default="0") for name in COUNTS),
    Column("transit", JSON, nullable=False),  # the transit-days histogram: {key: count}
    Column("extra", JSON, nullable=False),  # the other histograms and ETA figures
    sqlite_with_rowid=False,
)

# The analytics sweep's keyset walks the health sweep's assessments.
Index(
    "ix_shipment_health_assessed_at_shipment_id",
    shipment_health.c.assessed_at,
    shipment_health.c.shipment_id,
)
