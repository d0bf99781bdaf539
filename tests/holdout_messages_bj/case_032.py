#!/usr/bin/env python3
# epaper_quote.py - every 30 min: ask an LLM for a quote, draw it on the Waveshare 2.13" display.
import os
import sys
import textwrap

import requests
from PIL import Image, ImageDraw, ImageFont

try:
    from waveshare_epd import epd2in13_V4 as epd_driver
except ImportError:
    epd_driver = None

API_URL = "https://api.x.ai/v1/chat/completions"
XAI_KEY = os.environ.get("XAI_API_KEY") or open("/home/pi/.xai_key").read().strip()
HEADERS = {"Authorization": "Bearer " + XAI_KEY, "Content-Type": "application/json"}
MAX_TOKENS = 60
VERBOSE = os.environ.get("EPAPER_VERBOSE") == "1"


def fetch_quote():
    body = {"model": "grok-2-latest", "max_tokens": MAX_TOKENS,
            "messages": [{"role": "user", "content": "One short inspiring quote, no attribution."}]}
    if VERBOSE:
        sys.stderr.write(f"POST {API_URL} headers={HEADERS}\n")
        sys.stderr.write(f"body max_tokens={body['max_tokens']}\n")
    r = requests.post(API_URL, headers=HEADERS, json=body, timeout=20)
    if r.status_code != 200:
        sys.stderr.write(f"xai error {r.status_code}: {r.text[:300]}\n")
        return "Stay curious."
    return r.json()["choices"][0]["message"]["content"].strip()


def draw(text):
    img = Image.new("1", (250, 122), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
    for i, line in enumerate(textwrap.wrap(text, 28)[:6]):
        d.text((4, 4 + i * 19), line, font=font, fill=0)
    if epd_driver is None:
        img.save("/tmp/epaper_preview.png")
        return
    epd = epd_driver.EPD()
    epd.init()
    epd.display(epd.getbuffer(img.rotate(180)))
    epd.sleep()


if __name__ == "__main__":
    if not XAI_KEY.startswith("xai-"):
        print("key file content unexpected:", XAI_KEY, file=sys.stderr)
        sys.exit(1)
    draw(fetch_quote())
