# cross-browser smoke test on BrowserStack, then ask Gemini to describe the screenshot
import base64
import os
import sys

import google.generativeai as genai
from selenium import webdriver

BS_USER = os.environ["BROWSERSTACK_USERNAME"]
BS_KEY = os.environ["BROWSERSTACK_ACCESS_KEY"]
GOOGLE_KEY = os.environ.get("GOOGLE_API_KEY")
HUB = "https://hub-cloud.browserstack.com/wd/hub"

print("BrowserStack user:", BS_USER)
print("BrowserStack key:", BS_KEY)

opts = webdriver.ChromeOptions()
opts.set_capability("bstack:options", {
    "os": "Windows",
    "osVersion": "11",
    "userName": BS_USER,
    "accessKey": BS_KEY,
    "sessionName": "pricing page smoke",
})
print("capabilities os/version:", opts.to_capabilities()["bstack:options"]["os"], "11")

try:
    driver = webdriver.Remote(command_executor=HUB, options=opts)
except Exception as exc:
    print("could not start remote session:", exc, file=sys.stderr)
    sys.exit(2)

driver.get("https://www.example.com/pricing")
png = driver.get_screenshot_as_png()
print("session", driver.session_id, "screenshot bytes", len(png))
driver.quit()

if not GOOGLE_KEY:
    print("GOOGLE_API_KEY unset, skipping description")
    sys.exit(0)
genai.configure(api_key=GOOGLE_KEY)
model = genai.GenerativeModel("gemini-1.5-flash")
try:
    resp = model.generate_content([
        {"mime_type": "image/png", "data": base64.b64encode(png).decode()},
        "Describe layout problems on this pricing page.",
    ])
except Exception:
    print(f"gemini call failed with key {GOOGLE_KEY}", file=sys.stderr)
    raise
print(resp.text)
print("tokens:", resp.usage_metadata.total_token_count)
