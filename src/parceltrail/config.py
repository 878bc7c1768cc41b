"""Settings, read from PARCELTRAIL_* environment variables; the only reader of the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from parceltrail.locale import LANGUAGES

DEFAULT_DATABASE_URL = "sqlite:///var/parceltrail.db"
DEV_SECRET_KEY = "dev-only-change-me"  # noqa: S105 (refused outside localhost, below)
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "testserver")
# karrio settings without a default, per carrier (the karrio extension says the same on use).
KARRIO_REQUIRED: dict[str, tuple[str, tuple[str, ...]]] = {
    "usps": ("PARCELTRAIL_KARRIO_USPS", ("client_id", "client_secret")),
    "ups": ("PARCELTRAIL_KARRIO_UPS", ("client_id", "client_secret")),
    "fedex": ("PARCELTRAIL_KARRIO_FEDEX", ("track_api_key", "track_secret_key")),
    "canada_post": ("PARCELTRAIL_KARRIO_CANADA_POST", ("username", "password")),
    "dhl": ("PARCELTRAIL_KARRIO_DHL", ("consumer_key", "consumer_secret")),
}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PARCELTRAIL_", env_file=None, extra="ignore")

    database_url: str = Field(
        DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL: sqlite:///path/to/file.db or postgresql+psycopg://user@host/db",
    )
    base_url: str = Field("http://127.0.0.1:8000", description="Public address used in links")
    default_language: str = Field(
        "en",
        description="The shop's language: mail to someone whose language nothing says "
        "(no account setting, no page they asked from, no language on their order)",
    )
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    max_request_bytes: int = Field(
        5 * 1024 * 1024, ge=1024, description="Largest request body accepted, in bytes"
    )
    max_events_per_request: int = Field(5000, ge=1)
    aftership_webhook_secret: str | None = None
    seventeentrack_api_key: str | None = Field(
        None,
        validation_alias=AliasChoices(
            "PARCELTRAIL_17TRACK_API_KEY", "PARCELTRAIL_SEVENTEENTRACK_API_KEY"
        ),
    )
    easypost_webhook_secret: str | None = None
    ship24_webhook_secret: str | None = None
    webhook_secret: str | None = Field(
        None, description="Secret of parceltrail's own signed webhook"
    )
    log_level: str = "INFO"
    metrics_token: str | None = Field(
        None, description="Bearer token for /metrics; unset: loopback and private networks only"
    )
    log_format: Literal["text", "json"] = Field(
        "text", description="json: one JSON object per line, for a log shipper"
    )
    protection_days: int = Field(60, ge=1, description="Buyer protection from dispatch")
    dispute_open_after_days: int = Field(7, ge=0)
    dispute_close_after_window_days: int = Field(15, ge=0)
    seller_response_days: int = Field(5, ge=1)
    negotiation_days: int = Field(10, ge=1)
    max_extension_days: int = Field(30, ge=0)
    # Web app: public lookups per client IP, as a token bucket.
    track_burst: int = Field(60, ge=1, description="Numbers a client may look up at once")
    track_per_minute: int = Field(60, ge=1, description="Numbers regained a minute")
    api_lookup_burst: int = Field(
        120, ge=1, description="API lookups (trackings, detect) a token or IP may make at once"
    )
    api_lookup_per_minute: int = Field(120, ge=1, description="API lookups regained a minute")
    rate_limit_backend: Literal["auto", "memory", "database", "redis"] = Field(
        "auto",
        description="Where rate limits count: memory (one process), database or redis (shared "
        "by every worker); auto: redis when PARCELTRAIL_REDIS_URL is set or the queue is on "
        "Redis, database on PostgreSQL, else memory",
    )
    redis_url: str | None = Field(None, description="redis://host:6379/0 for shared rate limits")
    standalone_per_client_per_day: int = Field(
        20, ge=0, description="New standalone trackings one IP (or account) may start a day"
    )
    standalone_per_day: int = Field(
        2000, ge=0, description="New standalone trackings started from lookups a day, in all"
    )
    lane_cache_seconds: float = Field(
        300.0,
        ge=0,
        description="How long a process keeps the lane statistics it read (0: not at all); "
        "the lanes sweep clears its own process's copy at once",
    )
    # Abuse limits (docs/security.md)
    alert_requests_per_ip: int = Field(
        20, ge=1, description="E-mail alert requests (each mails a confirmation) per IP an hour"
    )
    alert_mail_per_address: int = Field(
        5, ge=1, description="E-mail alert requests naming one address an hour"
    )
    log_in_per_account: int = Field(
        10, ge=1, description="Log-in attempts on one account in 15 minutes, from anywhere"
    )
    log_in_per_ip: int = Field(
        30, ge=1, description="Log-in attempts (and reset-link uses) from one IP in 15 minutes"
    )
    account_mail_per_address: int = Field(
        3, ge=1, description="Sign-up and password-reset mails to one address an hour"
    )
    account_mail_per_ip: int = Field(
        10, ge=1, description="Sign-up and password-reset requests from one IP an hour"
    )
    seller_approval: bool = Field(
        True, description="Sellers who sign up wait for an admin's approval to create orders"
    )
    orders_to_unconfirmed_buyers_per_day: int = Field(
        200,
        ge=0,
        description="Orders a seller may create a day for buyers who never chose a password "
        "(each one mails an address that never agreed to it)",
    )
    # My parcels and mail in (docs/mail-intake.md)
    parcels_active_per_user: int = Field(500, ge=1, description="Active parcels one user may keep")
    parcels_per_user_per_day: int = Field(
        100, ge=0, description="Parcels one user may add a day (typed, pasted or mailed)"
    )
    parcels_archive_after_days: int = Field(
        14, ge=1, description="Delivered parcels leave the active list this many days later"
    )
    mail_in_domain: str | None = Field(
        None, description="Domain of the forwarding addresses (mail-in); none: mail-in is off"
    )
    mail_in_max_bytes: int = Field(
        5 * 1024 * 1024, ge=10_000, description="Largest mail accepted by mail-in or IMAP"
    )
    mail_keep: Literal["until_parsed", "none"] = Field(
        "until_parsed",
        description="until_parsed: a received mail is stored until the worker reads it, then "
        "deleted; none: it is read on arrival and never stored (only what was found is kept)",
    )
    mail_in_per_hour: int = Field(
        60, ge=1, description="Mails one forwarding address takes an hour; more get a 452"
    )
    imap_poll_minutes: int = Field(5, ge=1, description="How often connected mailboxes are read")
    imap_allow_private: bool = Field(
        False, description="Read mailboxes on private or local addresses (own mail server)"
    )
    # Jobs and notifications (docs/notifications.md)
    secret_key: str = Field(
        DEV_SECRET_KEY, description="Signs unsubscribe and confirmation links; set it"
    )
    smtp_url: str | None = Field(
        None, description="smtp://user:pass@host:587?starttls=true or smtps://; none: dev inbox"
    )
    mail_from: str = "parceltrail <noreply@parceltrail.localhost>"
    smtp_timeout_seconds: float = Field(10.0, gt=0)
    queue_url: str | None = Field(None, description="redis://... or amqp://...: Dramatiq workers")
    queue_name: str = Field(
        "parceltrail",
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$",
        description="The Dramatiq queue the workers consume (one per deployment on a broker)",
    )
    # Event partitions and retention (docs/operations.md)
    event_partitions_ahead: int = Field(
        3, ge=1, le=24, description="PostgreSQL: months of event partitions made ahead"
    )
    event_retention_days: int | None = Field(
        None,
        ge=1,
        description="PostgreSQL: a month of events goes this long after it ended, once all its "
        "shipments are final with no event since; unset: kept for ever",
    )
    event_retention_action: Literal["archive", "drop"] = Field(
        "archive",
        description="What becomes of an expired month: archive (detached and renamed, for "
        "pg_dump) or drop",
    )
    message_retention_days: int | None = Field(
        None,
        ge=1,
        description="Messages of a settled order (received or out of protection, no open "
        "dispute) go this many days after they were written; unset: kept for ever",
    )
    attachment_retention_days: int | None = Field(
        None, ge=1, description="The same for their attachments alone (pictures are larger)"
    )
    outbox_retention_days: int | None = Field(
        30, ge=1, description="Finished jobs (and their payloads) are deleted after this"
    )
    dead_job_retention_days: int | None = Field(
        30,
        ge=1,
        description="Dead jobs, kept carrier deliveries among them (their payloads may name "
        "buyers), are deleted this long after their last attempt; unset: kept for ever",
    )
    job_max_attempts: int = Field(8, ge=1, le=100)
    job_retry_base_seconds: float = Field(30.0, ge=0)
    job_retry_max_seconds: float = Field(6 * 3600.0, ge=0)
    job_lease_seconds: float = Field(300.0, gt=0)
    job_poll_seconds: float = Field(1.0, gt=0)
    job_batch_size: int = Field(50, ge=1, le=1000)
    run_jobs_in_server: bool = Field(True, description="Run the in-process job runner in serve")
    webhook_timeout_seconds: float = Field(10.0, gt=0)
    webhook_allow_private: bool = Field(
        False, description="Allow outbound webhooks to loopback and private addresses"
    )
    webhook_disable_after: int = Field(5, ge=1, description="Dead deliveries in a row")
    digest_hour_utc: int = Field(
        8, ge=0, le=23, description="Hour (UTC) after which each day's digest mail is sent"
    )
    apprise_allow_private: bool = Field(
        False, description="Allow Apprise channels to loopback and private addresses"
    )
    # Web Push (browser notifications): `parceltrail webpush-keys` makes the key pair.
    vapid_private_key: str | None = Field(
        None, description="VAPID private key, base64url (parceltrail webpush-keys)"
    )
    vapid_subject: str = Field(
        "mailto:parceltrail@localhost",
        description="Who runs this deployment, for push services: a mailto: or https: URL",
    )
    simulator_url: str | None = Field(
        None, description="Base URL of a carrier network simulator to poll (parceltrail poll)"
    )
    # Carrier APIs through karrio (extra `karrio`, docs/carriers.md): a JSON object each,
    # karrio's settings for that carrier plus optional zone, batch_limit and carriers.
    karrio_usps: dict[str, Any] | None = None
    karrio_ups: dict[str, Any] | None = None
    karrio_fedex: dict[str, Any] | None = None
    karrio_canada_post: dict[str, Any] | None = None
    karrio_dhl: dict[str, Any] | None = None
    karrio_timeout_seconds: float = Field(20.0, gt=0, le=300)
    # Tracking backends (docs/carriers.md): aggregators a number is registered with, their
    # base URLs (a proxy, or a local stand-in in tests), keys, rate limits and budgets.
    seventeentrack_api_url: str = Field(
        "https://api.17track.net/track/v2.2",
        validation_alias=AliasChoices(
            "PARCELTRAIL_17TRACK_API_URL", "PARCELTRAIL_SEVENTEENTRACK_API_URL"
        ),
    )
    seventeentrack_requests_per_second: float = Field(
        3.0, gt=0, le=100, validation_alias="PARCELTRAIL_17TRACK_REQUESTS_PER_SECOND"
    )
    seventeentrack_daily_budget: int | None = Field(
        None,
        ge=0,
        validation_alias="PARCELTRAIL_17TRACK_DAILY_BUDGET",
        description="Numbers registered with 17TRACK a UTC day at most (none: no limit)",
    )
    seventeentrack_monthly_budget: int | None = Field(
        None,
        ge=0,
        validation_alias="PARCELTRAIL_17TRACK_MONTHLY_BUDGET",
        description="Numbers registered with 17TRACK a calendar month at most",
    )
    aftership_api_url: str = "https://api.aftership.com/tracking/2026-07"
    aftership_api_key: str | None = None
    aftership_requests_per_second: float = Field(10.0, gt=0, le=100)
    aftership_daily_budget: int | None = Field(None, ge=0)
    aftership_monthly_budget: int | None = Field(None, ge=0)
    ship24_api_url: str = "https://api.ship24.com/public/v1"
    ship24_api_key: str | None = None
    ship24_requests_per_second: float = Field(3.0, gt=0, le=100)  # bulk creation's limit
    ship24_daily_budget: int | None = Field(None, ge=0)
    ship24_monthly_budget: int | None = Field(None, ge=0)
    tracking_routes: dict[str, list[str]] | None = Field(
        None,
        description='Backends per carrier, first that serves it wins: {"cainiao": ["17track"], '
        '"usps": ["karrio", "aftership"], "*": ["karrio", "17track"]}',
    )
    tracking_lookup_share: float = Field(
        0.5, ge=0, le=1, description="Share of each budget standalone lookups may use"
    )
    tracking_push_within_hours: float = Field(
        24.0, gt=0, description="Fetch a registered number no push reached for this long"
    )
    tracking_silence_days: float = Field(
        30.0, gt=0, description="Stop tracking a number without news for this long"
    )

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("default_language")
    @classmethod
    def _spoken_language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(
                f"PARCELTRAIL_DEFAULT_LANGUAGE is {value[:20]!r}; choose one of "
                f"{', '.join(LANGUAGES)}"
            )
        return value

    @model_validator(mode="after")
    def _real_secret_outside_localhost(self) -> Settings:
        host = urlsplit(self.base_url).hostname or ""
        if self.secret_key == DEV_SECRET_KEY and host not in LOCAL_HOSTS:
            raise ValueError(
                f"PARCELTRAIL_BASE_URL is {self.base_url}: set PARCELTRAIL_SECRET_KEY to a long "
                "random value (it signs subscription links), e.g. from `openssl rand -hex 32`"
            )
        return self

    @model_validator(mode="after")
    def _karrio_credentials_complete(self) -> Settings:
        for carrier, (setting, required) in KARRIO_REQUIRED.items():
            value = getattr(self, f"karrio_{carrier}")
            missing = [key for key in required if not value or not value.get(key)] if value else []
            if missing:
                raise ValueError(
                    f"{setting} lacks {', '.join(missing)}; it is a JSON object such as "
                    + "{"
                    + ", ".join(f'"{key}": "..."' for key in required)
                    + "}"
                )
        return self

    def aggregators(self) -> list[str]:
        """The aggregators with a key, in the order routing tries them."""
        keys = {
            "17track": self.seventeentrack_api_key,
            "aftership": self.aftership_api_key,
            "ship24": self.ship24_api_key,
        }
        return [name for name, key in keys.items() if key]

    def karrio_carriers(self) -> dict[str, dict[str, Any]]:
        """The configured karrio carriers: {usps|ups|fedex|canada_post|dhl: settings}."""
        found = {carrier: getattr(self, f"karrio_{carrier}") for carrier in KARRIO_REQUIRED}
        return {carrier: value for carrier, value in found.items() if value}

    def limits_backend(self) -> str:
        """The rate-limit backend ``auto`` stands for: memory, database or redis."""
        if self.rate_limit_backend != "auto":
            return self.rate_limit_backend
        if self.limits_redis_url():
            return "redis"
        return "memory" if self.database_url.startswith("sqlite") else "database"

    def limits_redis_url(self) -> str | None:
        """PARCELTRAIL_REDIS_URL, else the queue's URL when the queue is on Redis."""
        if self.redis_url:
            return self.redis_url
        queue = self.queue_url or ""
        return queue if queue.startswith(("redis://", "rediss://")) else None

    def sqlite_path(self) -> Path | None:
        """The database file when the URL is a SQLite file, else None."""
        prefix = "sqlite:///"
        if not self.database_url.startswith(prefix):
            return None
        path = self.database_url[len(prefix) :].split("?", 1)[0]
        return None if path in ("", ":memory:") else Path(path)
