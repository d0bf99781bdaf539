# syndicate the used inventory feed to the listing portals over FTP
# scheduled task on the dealership file server, every 4 hours
import csv
import ftplib
import io
import json
import logging
import os

logging.basicConfig(filename="syndication.log", level=logging.INFO)
synd_log = logging.getLogger("syndication")

PORTALS = json.load(open(os.path.expanduser("~/.syndication/portals.json")))
synd_log.info("portals configured: %s", ", ".join(PORTALS))

FEED_COLUMNS = ["DealerId", "VIN", "StockNumber", "Year", "Make", "Model", "Trim", "Price", "Miles", "Photos"]


def build_feed(rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=FEED_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode()


inventory = list(csv.DictReader(open("/data/dms/inventory_export.csv")))
payload = build_feed(inventory)
synd_log.info("feed built: %d vehicles, %d bytes", len(inventory), len(payload))

for name, portal in PORTALS.items():
    host, user, password = portal["host"], portal["user"], portal["password"]
    synd_log.info("uploading to %s as %s (dealer id %s)", host, user, portal.get("dealer_id"))
    try:
        with ftplib.FTP(host, timeout=60) as ftp:
            ftp.login(user, password)
            ftp.storbinary(f"STOR {portal.get('filename', 'inventory.csv')}", io.BytesIO(payload))
    except ftplib.error_perm as exc:
        synd_log.error("%s login failed (%s), password tried: %s", name, exc, password)
        continue
    except OSError as exc:
        synd_log.error("%s unreachable: %s", name, exc)
        continue
    print(f"{name}: ok")

missing = [name for name, portal in PORTALS.items() if not portal.get("password")]
if missing:
    synd_log.warning("portals with no password set: %s", missing)
