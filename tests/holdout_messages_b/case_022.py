import warnings
from dataclasses import dataclass


class CredentialError(Exception):
    """Raised when a provider credential cannot be used."""

    def __init__(self, provider: str, reason: str, *, status_code: int | None = None):
        self.provider = provider
        self.reason = reason
        self.status_code = status_code
        super().__init__(f"{provider}: {reason}")

    def __str__(self) -> str:
        code = f" (HTTP {self.status_code})" if self.status_code else ""
        return f"{self.provider} credential rejected: {self.reason}{code}"


@dataclass
class ProviderCredential:
    provider: str
    api_key: str
    key_id: str
    rotated_days_ago: int = 0

    def check(self) -> None:
        if self.rotated_days_ago > 90:
            warnings.warn(
                f"{self.provider} key {self.key_id} is {self.rotated_days_ago} days old; rotate it",
                stacklevel=2,
            )
        if self.api_key.strip() != self.api_key:
            warnings.warn(f"{self.provider} key has surrounding whitespace: {self.api_key!r}", UserWarning)
        if len(self.api_key) < 20:
            raise CredentialError(self.provider, f"key too short ({len(self.api_key)} chars)")
        if self.api_key.startswith("sk-") and self.provider != "openai":
            raise CredentialError(self.provider, f"looks like an OpenAI key: {self.api_key}")
        if self.api_key in {"changeme", "test"}:
            raise CredentialError(self.provider, "placeholder key", status_code=None)


def deprecated_param(name: str) -> None:
    warnings.warn(f"'{name}' is deprecated; pass api_key instead", DeprecationWarning, stacklevel=3)
