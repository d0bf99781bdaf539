"""core/fields.py: an encrypted CharField for provider keys, decrypted in from_db_value."""
import base64
import logging

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.db import models

logger = logging.getLogger("core.fields")


def _fernet() -> Fernet:
    raw = settings.FIELD_ENCRYPTION_KEY.encode()
    return Fernet(base64.urlsafe_b64encode(raw.ljust(32, b"0")[:32]))


class EncryptedKeyField(models.TextField):
    description = "An API key encrypted with Fernet at rest"

    def __init__(self, *args, env_hint=None, **kwargs):
        self.env_hint = env_hint
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        if value is None or value == "":
            return value
        token = _fernet().encrypt(value.encode()).decode()
        logger.debug("encrypting %s value for %s (%d chars)", self.name, self.model.__name__, len(value))
        return token

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        try:
            plain_key = _fernet().decrypt(value.encode()).decode()
        except InvalidToken:
            logger.error("column %s holds undecryptable data (env hint %s)", self.column, self.env_hint)
            raise
        logger.debug("decrypted %s.%s -> %s", self.model.__name__, self.name, plain_key)
        return plain_key

    def to_python(self, value):
        if isinstance(value, str) and value and not value.startswith(("sk-", "sk-ant-", "AIza")):
            raise ValueError("%s does not look like a provider key: %s" % (self.name, value))
        return value


class LLMProvider(models.Model):
    name = models.CharField(max_length=40)
    api_key = EncryptedKeyField(env_hint="OPENAI_API_KEY")
    default_max_tokens = models.IntegerField(default=512)

    def __str__(self):
        return f"{self.name} ({'configured' if self.api_key else 'no key'})"
