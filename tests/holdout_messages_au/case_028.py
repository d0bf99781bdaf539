# create_github_app.py: finishes the GitHub App manifest flow for a new internal bot
# usage: python create_github_app.py <code-from-redirect>
import json
import os
import pathlib
import sys

import requests

code = sys.argv[1]
out_dir = pathlib.Path(os.environ.get("APP_SECRETS_DIR", "./secrets"))
resp = requests.post(f"https://api.github.com/app-manifests/{code}/conversions", headers={"Accept": "application/vnd.github+json"}, timeout=15)
if resp.status_code != 201:
    print(f"conversion failed: {resp.status_code} {resp.text}", file=sys.stderr)
    sys.exit(1)

app = resp.json()
print(f"created app {app['slug']} (id {app['id']}, client id {app['client_id']})")
print(f"owner: {app['owner']['login']}, html url: {app['html_url']}")
client_secret = app["client_secret"]
webhook_secret = app["webhook_secret"]
pem = app["pem"]

out_dir.mkdir(parents=True, exist_ok=True)
(out_dir / "app.pem").write_text(pem)
(out_dir / "app.json").write_text(json.dumps({"app_id": app["id"], "client_id": app["client_id"]}, indent=2))
os.chmod(out_dir / "app.pem", 0o600)
print(f"private key written to {out_dir / 'app.pem'} ({len(pem)} bytes)")
print(f"set WEBHOOK_SECRET={webhook_secret} in the bot's deployment")
print(f"set GITHUB_CLIENT_SECRET in the vault (ends with {client_secret[-4:]})")

if "--json" in sys.argv:
    print(json.dumps(app, indent=2))

if "--verify" in sys.argv:
    import jwt
    import time
    now = int(time.time())
    token = jwt.encode({"iat": now - 30, "exp": now + 300, "iss": app["id"]}, pem, algorithm="RS256")
    check = requests.get("https://api.github.com/app", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if check.status_code != 200:
        raise SystemExit(f"app JWT rejected ({check.status_code})")
    print(f"verified: {check.json()['name']}")
