# Refresh the local COSMIC mutation census for the somatic pipeline (run monthly by hand).
import base64
import os
import sys

import requests

COSMIC_EMAIL = os.environ["COSMIC_EMAIL"]
COSMIC_PASSWORD = os.environ["COSMIC_PASSWORD"]
RELEASE = os.environ.get("COSMIC_RELEASE", "v99")
FILE_PATH = f"GRCh38/cosmic/{RELEASE}/cmc_export.tsv.gz"
DOWNLOAD_API = "https://cancer.sanger.ac.uk/cosmic/file_download/"
OUT = f"/refdata/cosmic/{RELEASE}/cmc_export.tsv.gz"

auth_string = base64.b64encode(f"{COSMIC_EMAIL}:{COSMIC_PASSWORD}".encode()).decode()
print(f"COSMIC release {RELEASE} for {COSMIC_EMAIL}")
print(f"auth string length {len(auth_string)}")
print(f"Authorization: Basic {auth_string}")

resp = requests.get(DOWNLOAD_API + FILE_PATH, headers={"Authorization": f"Basic {auth_string}"}, timeout=60)
if resp.status_code == 401:
    print(f"COSMIC rejected {COSMIC_EMAIL}: {resp.text[:200]}", file=sys.stderr)
    sys.exit(1)
resp.raise_for_status()

signed_url = resp.json()["url"]
print("got signed download URL, fetching...")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with requests.get(signed_url, stream=True, timeout=600) as r:
    r.raise_for_status()
    size = 0
    with open(OUT, "wb") as fh:
        for chunk in r.iter_content(1 << 20):
            fh.write(chunk)
            size += len(chunk)

print(f"wrote {size / 1e6:.1f} MB to {OUT}")
if size < 1_000_000:
    raise RuntimeError(f"download too small ({size} bytes); check COSMIC_PASSWORD={COSMIC_PASSWORD}")

with open(f"/refdata/cosmic/{RELEASE}/SOURCE.txt", "w") as fh:
    fh.write(f"{FILE_PATH}\n{COSMIC_EMAIL}\n")
print("done")
