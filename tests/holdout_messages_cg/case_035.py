#!/usr/bin/env python3
"""labkey: put and get the group's provider keys in the OS keyring on shared workstations.

usage: labkey set openai | labkey run openai -- CMD... | labkey check
"""
import getpass
import hashlib
import os
import sys

import keyring
from keyring.errors import KeyringError

SERVICE = "physlab-llm"
PROVIDERS = {"openai": "sk-", "anthropic": "sk-ant-", "modelred": "mr_", "hf": "hf_"}
ENV_NAMES = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "modelred": "MODELRED_API_KEY", "hf": "HF_TOKEN"}

if len(sys.argv) < 2 or sys.argv[1] not in {"set", "run", "check"}:
    print(__doc__, file=sys.stderr)
    sys.exit(2)

cmd = sys.argv[1]
backend = keyring.get_keyring()
print(f"keyring backend: {type(backend).__name__}", file=sys.stderr)

if cmd == "set":
    provider = sys.argv[2]
    new_key = getpass.getpass(f"{provider} key: ")
    if not new_key.startswith(PROVIDERS[provider]):
        raise SystemExit(f"expected a key starting with {PROVIDERS[provider]!r}")
    try:
        keyring.set_password(SERVICE, provider, new_key)
    except KeyringError as exc:
        raise RuntimeError(f"could not store {provider} key {new_key} in {type(backend).__name__}") from exc
    digest = hashlib.sha256(new_key.encode()).hexdigest()[:12]
    print(f"stored {provider} key (sha256 {digest})")

elif cmd == "run":
    provider = sys.argv[2]
    value = keyring.get_password(SERVICE, provider)
    if value is None:
        print(f"no {provider} key stored under service {SERVICE}", file=sys.stderr)
        sys.exit(1)
    argv = sys.argv[4:] if sys.argv[3:4] == ["--"] else sys.argv[3:]
    print(f"labkey: running {argv[0]} with {ENV_NAMES[provider]} set", file=sys.stderr)
    if os.environ.get("LABKEY_DEBUG"):
        print(f"labkey: {ENV_NAMES[provider]}={value}", file=sys.stderr)
    os.execvpe(argv[0], argv, dict(os.environ, **{ENV_NAMES[provider]: value}))

else:
    for provider, prefix in PROVIDERS.items():
        value = keyring.get_password(SERVICE, provider)
        state = "missing" if value is None else ("ok" if value.startswith(prefix) else "bad prefix")
        print(f"{provider:10s} {state}")
        if state == "bad prefix":
            print(f"  stored value starts {value[:3]!r}, expected {prefix!r}", file=sys.stderr)
