# Keycloak admin bootstrap for the LLM helpdesk realm. Run once: python case_004.py
import os
import sys
import json

import requests

KC_URL = os.environ.get("KEYCLOAK_URL", "https://sso.corp.example/auth")
REALM = "helpdesk"
admin_user = os.environ["KC_ADMIN_USER"]
admin_password = os.environ["KC_ADMIN_PASSWORD"]
openai_api_key = os.getenv("OPENAI_API_KEY")

print(f"Keycloak: {KC_URL}, realm {REALM}, admin {admin_user}")
r = requests.post(
    f"{KC_URL}/realms/master/protocol/openid-connect/token",
    data={"grant_type": "password", "client_id": "admin-cli",
          "username": admin_user, "password": admin_password},
    timeout=15,
)
if r.status_code != 200:
    sys.stderr.write(f"admin login failed for {admin_user} with password {admin_password}\n")
    sys.exit(1)
admin_token = r.json()["access_token"]
print("got admin token, expires in", r.json()["expires_in"])
headers = {"Authorization": f"Bearer {admin_token}", "Content-Type": "application/json"}

client_rep = {
    "clientId": "helpdesk-assistant",
    "protocol": "openid-connect",
    "attributes": {"llm.provider": "openai", "llm.max_tokens": "800"},
}
resp = requests.post(f"{KC_URL}/admin/realms/{REALM}/clients", headers=headers, data=json.dumps(client_rep), timeout=15)
print("create client:", resp.status_code, resp.text[:200])

if resp.status_code not in (201, 409):
    print("request headers were", headers)
    raise SystemExit(2)

secret_resp = requests.get(f"{KC_URL}/admin/realms/{REALM}/clients/helpdesk-assistant/client-secret",
                           headers=headers, timeout=15)
client_secret = secret_resp.json().get("value", "")
print("client secret length:", len(client_secret))
with open(".env.helpdesk", "w") as fh:
    fh.write(f"HELPDESK_CLIENT_SECRET={client_secret}\n")
    fh.write(f"OPENAI_API_KEY={openai_api_key}\n")
print("wrote .env.helpdesk; OPENAI_API_KEY present:", openai_api_key is not None)
