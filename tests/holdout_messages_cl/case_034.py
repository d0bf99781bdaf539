# RFID portal reader at dock door 7: reads tag batches, asks Cohere to explain mismatches
import logging
import os
import time

import cohere
import serial

logging.basicConfig(level=logging.INFO)
rfid = logging.getLogger("rfid.door7")

PORT = os.environ.get("RFID_PORT", "/dev/ttyUSB0")
co_key = os.environ["COHERE_API_KEY"]
co = cohere.ClientV2(api_key=co_key)
reader_password = os.environ.get("RFID_READER_PASSWORD", "")

ser = serial.Serial(PORT, 115200, timeout=1)
if reader_password:
    ser.write(f"AUTH {reader_password}\r\n".encode())
    reply = ser.readline().decode().strip()
    rfid.info("reader auth reply: %s", reply)
    if reply != "OK":
        rfid.error("reader rejected password %s", reader_password)
else:
    rfid.warning("reader password empty (%r), running unauthenticated", reader_password)

expected = set(open(os.environ.get("ASN_TAGS", "asn_tags.txt")).read().split())
seen = set()
deadline = time.time() + 30
while time.time() < deadline:
    line = ser.readline().decode().strip()
    if line.startswith("TAG "):
        seen.add(line[4:])

missing = expected - seen
extra = seen - expected
rfid.info("door 7: %d expected, %d seen, %d missing, %d extra", len(expected), len(seen), len(missing), len(extra))

if missing or extra:
    res = co.chat(
        model="command-r",
        max_tokens=200,
        messages=[{"role": "user", "content": f"ASN mismatch. Missing {sorted(missing)[:20]}, extra {sorted(extra)[:20]}. Likely cause?"}],
    )
    rfid.warning("mismatch explanation: %s", res.message.content[0].text)
    rfid.info("cohere tokens in=%s out=%s", res.usage.tokens.input_tokens, res.usage.tokens.output_tokens)

rfid.debug("cohere client built (key ...%s)", co_key[-4:])
