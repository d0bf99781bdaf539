# load_file_builder.py -- builds DAT/OPT load files for a production, then checks the
# privilege-screen model with ModelRed before the volume goes out. Run from the case folder.
import asyncio
import csv
import hashlib
import os
import sys
from pathlib import Path

from modelred import ModelRed, ModelRedError, AuthenticationError

MODELRED_KEY = "mr_kFEG45hZSBOPbahU0ZtDvd6bdcnn9Z8o7wZn38MK"
VOLUME = sys.argv[1] if len(sys.argv) > 1 else "VOL001"
DELIM, QUOTE = "\x14", "\xfe"
images = sorted(Path(VOLUME, "IMAGES").glob("*.tif"))
natives = sorted(Path(VOLUME, "NATIVES").glob("*"))
print(f"{VOLUME}: {len(images)} images, {len(natives)} natives")

with open(Path(VOLUME, f"{VOLUME}.opt"), "w") as opt:
    for i, img in enumerate(images):
        opt.write(f"{img.stem},{VOLUME},IMAGES\\{img.name},{'Y' if i == 0 else ''},,,1\n")

with open(Path(VOLUME, f"{VOLUME}.dat"), "w", encoding="utf-8") as dat:
    header = ["BEGBATES", "ENDBATES", "NATIVEPATH", "MD5HASH"]
    dat.write(DELIM.join(QUOTE + h + QUOTE for h in header) + "\n")
    for nat in natives:
        md5 = hashlib.md5(nat.read_bytes()).hexdigest()
        row = [nat.stem, nat.stem, f"NATIVES\\{nat.name}", md5]
        dat.write(DELIM.join(QUOTE + v + QUOTE for v in row) + "\n")

print(f"key fingerprint {hashlib.sha256(MODELRED_KEY.encode()).hexdigest()[:8]}")
print(f"key prefix ok: {MODELRED_KEY.startswith('mr_')}")
if os.environ.get("VERBOSE"):
    print(f"ModelRed key in use: {MODELRED_KEY}")


async def screen_check() -> None:
    async with ModelRed(api_key=MODELRED_KEY) as client:
        try:
            ok = await client.validate_api_key()
            result = await client.run_assessment(
                model_id="priv-screen-v4",
                test_suites=["data_leakage", "prompt_injection"],
                wait_for_completion=True,
                timeout_minutes=30,
            )
        except AuthenticationError:
            print(f"key ending {MODELRED_KEY[-4:]} was rejected", file=sys.stderr)
            return
        except ModelRedError as exc:
            print(f"screen check failed: {type(exc).__name__}", file=sys.stderr)
            return
    print("key valid:", ok, "score:", result.get("overall_score"))


asyncio.run(screen_check())
