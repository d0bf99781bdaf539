"""envctl: inspect and edit the project's .env file (plain functions, argparse)."""
import argparse
import logging
import sys
from pathlib import Path

from dotenv import dotenv_values, set_key, unset_key

log = logging.getLogger("envctl")
SENSITIVE_MARKERS = ("KEY", "TOKEN", "SECRET", "PASSWORD")


def load(path: Path) -> dict:
    values = dotenv_values(path)
    log.debug("loaded %d variables from %s", len(values), path)
    log.debug("variables: %s", sorted(values))
    log.debug("raw values from %s: %s", path, values)
    return values


def is_sensitive(name: str) -> bool:
    return any(m in name.upper() for m in SENSITIVE_MARKERS)


def cmd_list(path: Path) -> int:
    for name, value in load(path).items():
        shown = "******" if is_sensitive(name) else value
        print(f"{name}={shown}")
    return 0


def cmd_set(path: Path, name: str, value: str) -> int:
    if is_sensitive(name) and value.strip() != value:
        raise ValueError(f"{name} has surrounding whitespace: {value!r}")
    set_key(str(path), name, value)
    print(f"set {name} in {path}")
    return 0


def cmd_unset(path: Path, name: str) -> int:
    ok, _ = unset_key(str(path), name)
    print(f"{'removed' if ok else 'not found'}: {name}")
    return 0 if ok else 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="envctl")
    ap.add_argument("--file", type=Path, default=Path(".env"))
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    s = sub.add_parser("set"); s.add_argument("name"); s.add_argument("value")
    u = sub.add_parser("unset"); u.add_argument("name")
    ns = ap.parse_args(argv)
    if ns.cmd == "list":
        return cmd_list(ns.file)
    if ns.cmd == "set":
        return cmd_set(ns.file, ns.name, ns.value)
    return cmd_unset(ns.file, ns.name)


if __name__ == "__main__":
    sys.exit(main())
