"""Environment checks run by the test harness before a live run."""
import os


class ConfigError(Exception):
    pass


KEY_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY")


def require_mistral() -> str:
    if (key := os.getenv("MISTRAL_API_KEY")) is None:
        raise RuntimeError("MISTRAL_API_KEY is not set")
    return key


def require_all(creds: dict[str, str | None]) -> None:
    missing = [name for name, value in creds.items() if not value]
    if missing:
        raise ConfigError(f"missing credentials: {', '.join(missing)}")


def summary(debug: bool = False) -> None:
    print("keys found:", [n for n in KEY_VARS if n in os.environ])
    if debug:
        keys = [os.environ[n] for n in KEY_VARS if n in os.environ]
        print("keys found:", keys)
    if (hf := os.getenv("HF_TOKEN")) and not hf.startswith("hf_"):
        print(f"HF_TOKEN has an unexpected format: {hf}")
