#!/usr/bin/env python3
# one-shot: migrate my stream overlay config from plain JSON into the OS keyring
import json
import keyring
import pathlib

SERVICE = "stream-overlay"
cfg_path = pathlib.Path.home() / ".stream-overlay" / "config.json"
cfg = json.loads(cfg_path.read_text())

FIELDS = ("twitch_client_secret", "openai_api_key", "elevenlabs_api_key", "obs_websocket_password")

moved = []
for name in FIELDS:
    value = cfg.get(name)
    if not value:
        print(f"skip {name}: empty ({value!r})")
        continue
    keyring.set_password(SERVICE, name, value)
    moved.append(name)
    print(f"moved {name} -> keyring ({len(value)} chars)")
    cfg[name] = None

print("moved fields:", ", ".join(moved))

obs_pw = keyring.get_password(SERVICE, "obs_websocket_password")
if obs_pw is None:
    raise SystemExit("obs password did not round-trip")
print("verify obs password round-trip:", len(obs_pw), "chars")

eleven = keyring.get_password(SERVICE, "elevenlabs_api_key")
if eleven and not eleven.isalnum():
    raise ValueError("elevenlabs key contains odd characters: " + eleven)

cfg_path.write_text(json.dumps(cfg, indent=2))
print("config rewritten, keyring backend:", keyring.get_keyring().__class__.__name__)

remaining = {k: v for k, v in cfg.items() if k not in FIELDS}
print("remaining config:", remaining)
print("channel:", cfg.get("channel"), "scene:", cfg.get("scene"))
print("done. restart the overlay to pick up keyring values.")
print("to roll back, run: keyring del", SERVICE, "<field>")
print("fields handled:", len(FIELDS))
print("bye")
