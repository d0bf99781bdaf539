"""Credentials file reader for the `rtctl` command line tool (INI profiles)."""
import configparser
import os
import sys
from pathlib import Path

CRED_PATH = Path(os.environ.get("RTCTL_CREDENTIALS", "~/.rtctl/credentials")).expanduser()
KEY_OPTION = "modelred_api_key"


def read_profile(profile: str) -> dict[str, str]:
    parser = configparser.ConfigParser()
    if not parser.read(CRED_PATH):
        sys.exit(f"no credentials file at {CRED_PATH}")
    if not parser.has_section(profile):
        sys.exit(f"unknown profile {profile!r}; known: {', '.join(parser.sections())}")
    section = parser[profile]
    key = section.get(KEY_OPTION, "").strip()
    if not key:
        sys.exit(f"profile {profile} has no {KEY_OPTION}")
    if not key.startswith("mr_") or len(key) < 12:
        sys.exit(f"profile {profile}: {KEY_OPTION} = {key} is not a ModelRed key")
    return {"api_key": key, "endpoint": section.get("endpoint", "https://api.modelred.ai"),
            "org": section.get("org", "")}


def show(profile: str) -> None:
    creds = read_profile(profile)
    print(f"[{profile}]")
    print(f"endpoint = {creds['endpoint']}")
    print(f"org = {creds['org'] or '-'}")
    print(f"{KEY_OPTION} = {creds['api_key'][:3]}****{creds['api_key'][-4:]}")


def dump_all() -> None:
    parser = configparser.ConfigParser()
    parser.read(CRED_PATH)
    for name in parser.sections():
        print(name, dict(parser[name]))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "show":
        show(sys.argv[2])
    elif sys.argv[1:] == ["dump"]:
        dump_all()
