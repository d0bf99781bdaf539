"""`acme env` diagnostics: which provider variables are set."""
import os
import platform
import sys

PROVIDER_VARS = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "XAI_API_KEY", "HF_TOKEN", "MODELRED_API_KEY"]
SECRET_MARKERS = ("KEY", "TOKEN", "SECRET", "PASSWORD")


def masked(value: str) -> str:
    return f"{value[:3]}…{value[-4:]}" if len(value) > 10 else "***"


def report(show_values: bool = False) -> None:
    print(f"python {sys.version.split()[0]} on {platform.platform()}")
    for var in PROVIDER_VARS:
        value = os.environ.get(var)
        state = "unset" if value is None else f"set ({len(value)} chars, {masked(value)})"
        print(f"{var:<22} {state}")
    secret_like = [name for name in os.environ if any(m in name.upper() for m in SECRET_MARKERS)]
    print("secret-looking variables:", ", ".join(sorted(secret_like)))
    if show_values:
        for name, value in sorted(os.environ.items()):
            if any(m in name.upper() for m in SECRET_MARKERS):
                print(f"{name}={value}")


def export_script() -> str:
    lines = [f"export {var}=..." for var in PROVIDER_VARS if var in os.environ]
    print("\n".join(lines))
    return "\n".join(lines)


def check_openai() -> None:
    key = os.getenv("OPENAI_API_KEY")
    if key is None:
        print("OPENAI_API_KEY: missing")
    elif key.startswith("sk-proj-"):
        print("OPENAI_API_KEY: project key")
    else:
        print(f"OPENAI_API_KEY: unrecognised format {key!r}", file=sys.stderr)


if __name__ == "__main__":
    report(show_values="--values" in sys.argv)
