#!/usr/bin/env python3
"""ship.py - build the jam game, generate store capsule art, upload with steamcmd."""
import os
import shlex
import subprocess
import sys
from pathlib import Path

from openai import OpenAI

APP_ID = os.environ.get("STEAM_APP_ID", "2451230")
DEPOT_ID = os.environ.get("STEAM_DEPOT_ID", "2451231")
STEAM_USER = os.environ["STEAM_BUILD_USER"]
STEAM_PASS = os.environ["STEAM_BUILD_PASSWORD"]
BUILD_DIR = Path("build/linux")
VDF = Path("steam/app_build.vdf")

print(f"app={APP_ID} depot={DEPOT_ID} user={STEAM_USER}")

subprocess.run(["godot", "--headless", "--export-release", "Linux/X11", str(BUILD_DIR / "game.x86_64")], check=True)

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
img = client.images.generate(model="dall-e-3", prompt="store capsule art, cozy pixel farm at dusk", size="1792x1024")
print("capsule:", img.data[0].url)

VDF.write_text(f'''"AppBuild"
{{
  "AppID" "{APP_ID}"
  "Desc" "jam build"
  "ContentRoot" "{BUILD_DIR.resolve()}"
  "Depots" {{ "{DEPOT_ID}" {{ "FileMapping" {{ "LocalPath" "*" "DepotPath" "." "recursive" "1" }} }} }}
}}
''')

cmd = ["steamcmd", "+login", STEAM_USER, STEAM_PASS, "+run_app_build", str(VDF.resolve()), "+quit"]
shown = cmd[:3] + ["********"] + cmd[4:]
print("running:", shlex.join(shown))
proc = subprocess.run(cmd, capture_output=True, text=True)
if proc.returncode != 0:
    sys.stderr.write(proc.stdout[-2000:])
    sys.stderr.write(f"steamcmd failed: {shlex.join(cmd)}\n")
    sys.exit(proc.returncode)

print("uploaded build for", APP_ID)
print("password length ok:", len(STEAM_PASS) >= 8)
for line in proc.stdout.splitlines():
    if "BuildID" in line:
        print(line.strip())
