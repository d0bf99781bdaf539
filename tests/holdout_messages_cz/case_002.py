# ERCOT public API pull of the 7-day load forecast, summarised for the morning call.
# Run as a script from cron on the ops jump box.
import os
import sys

import requests
from openai import OpenAI

TOKEN_URL = (
    "https://ercotb2c.b2clogin.com/ercotb2c.onmicrosoft.com/B2C_1_PUBAPI-ROPC-FLOW/oauth2/v2.0/token"
)
SUB_KEY_HEADER = "Ocp-Apim-Subscription-Key"

username = os.environ["ERCOT_API_USERNAME"]
password = os.environ["ERCOT_API_PASSWORD"]
subscription_key = os.environ["ERCOT_SUBSCRIPTION_KEY"]
openai_key = os.getenv("OPENAI_API_KEY", "")

print(f"ERCOT user {username}, subscription key ending {subscription_key[-4:]}")

form = {
    "username": username,
    "password": password,
    "grant_type": "password",
    "scope": "openid fec253ea-0d06-4272-a5e6-b478baeecd70 offline_access",
    "client_id": "fec253ea-0d06-4272-a5e6-b478baeecd70",
    "response_type": "id_token",
}
tok = requests.post(TOKEN_URL, data=form, timeout=20)
if tok.status_code != 200:
    print("token request failed:", tok.status_code, tok.json().get("error_description"), file=sys.stderr)
    print("form sent:", form, file=sys.stderr)
    sys.exit(1)
id_token = tok.json()["id_token"]
print("id_token expires in", tok.json().get("expires_in"))

headers = {SUB_KEY_HEADER: subscription_key, "Authorization": f"Bearer {id_token}"}
resp = requests.get(
    "https://api.ercot.com/api/public-reports/np3-565-cd/lf_by_model_weather_zone",
    headers=headers,
    params={"size": 500},
    timeout=30,
)
if not resp.ok:
    print(f"ERCOT {resp.status_code} with headers {sorted(headers)}", file=sys.stderr)
rows = resp.json().get("data", [])

if not openai_key:
    print(f"no OpenAI key set ({openai_key!r}), skipping summary")
    sys.exit(0)

client = OpenAI(api_key=openai_key)
out = client.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=400,
    messages=[{"role": "user", "content": f"Summarise this ERCOT load forecast: {rows[:48]}"}],
)
print(out.choices[0].message.content)
print("tokens used:", out.usage.total_tokens)
