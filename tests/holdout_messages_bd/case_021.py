# charger_provisioning.py -- run once per site by field engineers to enrol new DC chargers
import os, sys, secrets, string, logging
import requests

logging.basicConfig(level=logging.INFO)
plog = logging.getLogger("provision")

SITE = sys.argv[1] if len(sys.argv) > 1 else "depot-north"
CSMS = os.environ.get("CSMS_URL", "https://csms.evx.example")
ADMIN_TOKEN = os.environ["CSMS_ADMIN_TOKEN"]
ALPHABET = string.ascii_letters + string.digits
CHARGERS = ["DC-01", "DC-02", "DC-03"]

plog.info("provisioning %d chargers at %s via %s", len(CHARGERS), SITE, CSMS)

for cp in CHARGERS:
    basic_pw = "".join(secrets.choice(ALPHABET) for _ in range(24))
    r = requests.post(f"{CSMS}/chargers", json={"id": cp, "site": SITE, "security_profile": 1, "basic_auth_password": basic_pw}, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=15)
    if r.status_code != 201:
        plog.error("enrol %s failed: %s %s", cp, r.status_code, r.text)
        continue
    plog.info("enrolled %s (security profile 1)", cp)
    with open(f"/tmp/{cp}.cfg", "w") as fh:
        fh.write(f"AuthorizationKey={basic_pw}\n")
    plog.info("wrote /tmp/%s.cfg (%d chars)", cp, len(basic_pw))



def retry_enrol(cp_id: str, token: str) -> bool:
    r = requests.post(f"{CSMS}/chargers/{cp_id}/retry", headers={"Authorization": f"Bearer {token}"}, timeout=15)
    if r.status_code == 401:
        plog.error("retry for %s refused; token was %s", cp_id, token)
    return r.ok


failed = [cp for cp in CHARGERS if not os.path.exists(f"/tmp/{cp}.cfg")]
for cp in failed:
    retry_enrol(cp, ADMIN_TOKEN)
plog.info("%d chargers needed a retry", len(failed))

admin_check = requests.get(f"{CSMS}/whoami", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=10)
if admin_check.status_code != 200:
    raise PermissionError("admin token rejected: " + ADMIN_TOKEN)
plog.info("admin: %s", admin_check.json().get("email"))
plog.info("done with %s", SITE)
# Next step: load the .cfg files onto each charger via the vendor tool, then delete them.
# Security profile 1 = basic auth over TLS; profile 2 adds client certificates.
# See the site runbook for the certificate rollout.
print("remember to delete /tmp/*.cfg after upload")
print(f"token var used: CSMS_ADMIN_TOKEN")
print("chargers:", ", ".join(CHARGERS))
