# Strava segment leaderboard importer for the cycling club, run as a cron script.
import csv
import os
import sys
import logging

from stravalib import Client

logging.basicConfig(filename="/var/log/clubsync/strava.log", level=logging.DEBUG)
slog = logging.getLogger("clubsync")

access_token = os.environ.get("STRAVA_ACCESS_TOKEN")
refresh_token = os.environ.get("STRAVA_REFRESH_TOKEN")
client_id = int(os.environ.get("STRAVA_CLIENT_ID", "0"))
client_secret = os.environ.get("STRAVA_CLIENT_SECRET")
SEGMENTS = [int(s) for s in os.environ.get("CLUB_SEGMENTS", "229781,1234567").split(",")]

client = Client(access_token=access_token)
slog.info("client id %s, segments %s", client_id, SEGMENTS)

slog.info("refresh token present: %s", bool(refresh_token))
if refresh_token:
    fresh = client.refresh_access_token(client_id=client_id, client_secret=client_secret, refresh_token=refresh_token)
    client.access_token = fresh["access_token"]
    slog.debug("refreshed: %s", fresh)
    slog.info("new token expires at %s", fresh["expires_at"])

rows = []
for seg_id in SEGMENTS:
    try:
        segment = client.get_segment(seg_id)
    except Exception as exc:
        slog.warning("segment %s failed: %s", seg_id, exc)
        continue
    efforts = client.get_segment_efforts(seg_id, limit=20)
    for eff in efforts:
        rows.append({"segment": segment.name, "athlete": eff.athlete.id, "elapsed": eff.elapsed_time})

with open("leaderboard.csv", "w", newline="") as fh:
    writer = csv.DictWriter(fh, fieldnames=["segment", "athlete", "elapsed"])
    writer.writeheader()
    writer.writerows(rows)

print(f"wrote {len(rows)} efforts")
if not rows:
    print(f"no efforts returned; token used was {access_token}", file=sys.stderr)
    sys.exit(1)
