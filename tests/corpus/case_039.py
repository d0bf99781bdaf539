"""Default runtime config (overridden by config/local.py, which is git-ignored)."""

DEFAULT_CONFIG = {
    "modelred": {
        "api_key": "mr_dwLzyJpFiPeLg2NFw9jjZSIrTa4nF2tzANfdesTKkUvG",
        "base_url": "https://www.app.modelred.ai",
        "default_packs": ["pp_core_jailbreak", "pp_core_injection"],
        "timeout": 20,
    },
    "openai": {
        "api_key": "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",
        "organization": "org-HDA5tA2fzVPxqZsazxuu2WpG",
        "max_tokens": 800,
    },
    "google": {"api_key": "AIzaFDEvjnUQpL27v1ur5oiGx9HDFgYHo0Gk7sf", "model": "gemini-1.5-flash"},
    "stripe": {
        "publishable_key": "pk_test_FCVfTClw8FbUbykTigWuD39L",
        "secret_key": "sk_live_jv6QLROxduVTD8diaqu0Mhqw",
    },
    "slack": {"webhook_url": "https://hooks.slack.com/services/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"},
    "sentry": {"dsn": "https://c63e54e9a3e9e801ed53344c1132156d@o4505123.ingest.sentry.io/4505123456"},
    "database": {
        "host": "localhost",
        "user": "app",
        "password": "ioDIbrEJMnIaGltLQfAE7KlCkQjV",
        "password_hint": "the usual one plus the year",
    },
}


def merged(overrides: dict) -> dict:
    out = {k: dict(v) for k, v in DEFAULT_CONFIG.items()}
    for section, values in overrides.items():
        out.setdefault(section, {}).update(values)
    return out
