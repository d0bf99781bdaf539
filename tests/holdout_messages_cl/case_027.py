# label-printer kiosk bootstrap, runs at import on the packing-station Raspberry Pi
import logging
import os
import socket

from openai import OpenAI

logging.basicConfig(filename="/var/log/packstation.log", level=logging.INFO)
plog = logging.getLogger("packstation")

STATION = socket.gethostname()
FALLBACK_OPENAI_KEY = "sk-woei8RowH2ygLKUeoITdxVyMcgse3NEHM0ook7VVaQO1ZBP0"
PRINTER = os.environ.get("ZEBRA_PRINTER", "/dev/usb/lp0")

openai_key = os.environ.get("OPENAI_API_KEY") or FALLBACK_OPENAI_KEY
if openai_key == FALLBACK_OPENAI_KEY:
    plog.warning("station %s using fallback key %s", STATION, FALLBACK_OPENAI_KEY)
plog.info("station %s printer %s", STATION, PRINTER)

client = OpenAI(api_key=openai_key)


def describe_box(items):
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=60,
        messages=[{"role": "user", "content": "Short packing-slip description for: " + ", ".join(items)}],
    )
    plog.info("slip text used %s tokens", resp.usage.completion_tokens)
    return resp.choices[0].message.content


def print_label(zpl: str):
    with open(PRINTER, "wb") as fh:
        fh.write(zpl.encode())


def pack(order_id, items):
    text = describe_box(items)
    zpl = f"^XA^FO50,50^A0N,30,30^FD{order_id}^FS^FO50,100^A0N,20,20^FD{text[:60]}^FS^XZ"
    print_label(zpl)
    plog.info("packed %s (%d items)", order_id, len(items))


if not os.path.exists(PRINTER):
    raise RuntimeError(f"printer {PRINTER} missing on {STATION}; key in use {openai_key}")

plog.info("packstation ready, key from env: %s", "OPENAI_API_KEY" in os.environ)
