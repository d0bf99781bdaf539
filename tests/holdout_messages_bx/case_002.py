# quick script: ask an LLM to summarise the last flight's MAVLink log
import os
import sys

from pymavlink import mavutil
import anthropic

LOG = sys.argv[1] if len(sys.argv) > 1 else "flight.tlog"
KEY_ENV = "ANTHROPIC_API_KEY"

key = os.environ.get(KEY_ENV)
if not key:
    raise SystemExit(f"set {KEY_ENV} first")

print(f"using key from {KEY_ENV}, len={len(key)}")
print(f"key source: {KEY_ENV}")
print("anthropic key:", key)

mlog = mavutil.mavlink_connection(LOG)
events = []
while True:
    m = mlog.recv_match(type=["STATUSTEXT", "HEARTBEAT", "SYS_STATUS"], blocking=False)
    if m is None:
        break
    if m.get_type() == "STATUSTEXT":
        events.append(m.text)
    elif m.get_type() == "SYS_STATUS":
        events.append(f"battery {m.voltage_battery / 1000:.2f}V")

print(f"{len(events)} events from {LOG}")

client = anthropic.Anthropic(api_key=key)
try:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=800,
        messages=[{"role": "user", "content": "Summarise this flight:\n" + "\n".join(events[-300:])}],
    )
except anthropic.AuthenticationError as exc:
    raise RuntimeError("Anthropic auth failed for key " + key) from exc

print(msg.content[0].text)
print(f"tokens in={msg.usage.input_tokens} out={msg.usage.output_tokens}")
