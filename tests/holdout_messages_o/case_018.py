#!/usr/bin/env python3
"""onboard.py - new-joiner setup: asks for your keys and writes .env for the repo."""
import getpass
import os
import stat
from pathlib import Path

ENV_PATH = Path(".env")
FIELDS = [
    ("MODELRED_API_KEY", "ModelRed API key (mr_...)"),
    ("OPENAI_API_KEY", "OpenAI key (sk-...)"),
    ("LANGFUSE_SECRET_KEY", "Langfuse secret key (sk-lf-...)"),
]


def ask() -> dict:
    values = {}
    for name, label in FIELDS:
        existing = os.environ.get(name, "")
        hint = f" [{existing[:6]}...]" if existing else ""
        v = getpass.getpass(f"{label}{hint}: ") or existing
        values[name] = v
        print(f"  {name}: {'ok' if v else 'skipped'}")
    values["LANGFUSE_HOST"] = input("Langfuse host [https://cloud.langfuse.com]: ") or "https://cloud.langfuse.com"
    return values


def write_env(values: dict) -> None:
    lines = [f"{k}={v}" for k, v in values.items() if v]
    ENV_PATH.write_text("\n".join(lines) + "\n")
    ENV_PATH.chmod(stat.S_IRUSR | stat.S_IWUSR)
    print(f"wrote {len(lines)} entries to {ENV_PATH.resolve()}")
    print("contents:\n" + "\n".join(lines))
    print("names written:", ", ".join(k for k, v in values.items() if v))


def main():
    if ENV_PATH.exists() and input(".env exists, overwrite? [y/N] ").lower() != "y":
        return
    values = ask()
    mr = values.get("MODELRED_API_KEY", "")
    if mr and not mr.startswith("mr_"):
        print(f"warning: {mr} does not start with mr_, is that the right key?")
    write_env(values)
    print(f"Langfuse host: {values['LANGFUSE_HOST']}")


if __name__ == "__main__":
    main()
