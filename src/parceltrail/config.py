"""Settings, read from PARCELTRAIL_* environment variables; the only reader of the environment."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///var/parceltrail.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PARCELTRAIL_", env_file=None, extra="ignore")

    database_url: str = Field(
        DEFAULT_DATABASE_URL,
        description="SQLAlchemy URL: sqlite:///path/to/file.db or postgresql+psycopg://user@host/db",
    )
    base_url: str = Field("http://127.0.0.1:8000", description="Public address used in links")
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
    webhook_secret: str | None = Field(
        None, description="Secret of parceltrail's own signed webhook"
    )
    log_level: str = "INFO"
    simulator_url: str | None = Field(
        None, description="Base URL of a carrier network simulator to poll (parceltrail poll)"
    )

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    def sqlite_path(self) -> Path | None:
        """The database file when the URL is a SQLite file, else None."""
        prefix = "sqlite:///"
        if not self.database_url.startswith(prefix):
            return None
        path = self.database_url[len(prefix) :].split("?", 1)[0]
        return None if path in ("", ":memory:") else Path(path)
