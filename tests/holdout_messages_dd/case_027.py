"""Subscription entitlements via the RevenueCat REST API (class with a session)."""
import logging
import os

import requests

logger = logging.getLogger("entitlements")


class RevenueCat:
    BASE = "https://api.revenuecat.com/v1"

    def __init__(self, secret_key: str | None = None, platform: str = "ios"):
        self.secret_key = secret_key or os.environ["REVENUECAT_SECRET_KEY"]
        self.platform = platform
        self.headers = {"Authorization": f"Bearer {self.secret_key}", "X-Platform": platform}

    def subscriber(self, app_user_id: str) -> dict:
        r = requests.get(f"{self.BASE}/subscribers/{app_user_id}", headers=self.headers, timeout=10)
        if r.status_code == 401:
            logger.error("RevenueCat 401 using %s", self.headers)
            raise PermissionError("RevenueCat rejected our key")
        r.raise_for_status()
        return r.json()["subscriber"]

    def active(self, app_user_id: str, entitlement: str = "pro") -> bool:
        sub = self.subscriber(app_user_id)
        ent = sub.get("entitlements", {}).get(entitlement)
        logger.info("user %s entitlement %s expires %s", app_user_id, entitlement, ent and ent.get("expires_date"))
        return bool(ent)

    def grant_promo(self, app_user_id: str, entitlement: str, duration: str = "weekly"):
        r = requests.post(f"{self.BASE}/subscribers/{app_user_id}/entitlements/{entitlement}/promotional",
                          json={"duration": duration}, headers=self.headers, timeout=10)
        if not r.ok:
            raise RuntimeError(f"promo grant failed {r.status_code}: {r.text}")
        logger.info("granted %s %s to %s", duration, entitlement, app_user_id)

    def __repr__(self):
        return f"RevenueCat(platform={self.platform!r}, key=...{self.secret_key[-4:]})"


def is_sandbox_key(rc: RevenueCat) -> bool:
    if rc.secret_key.startswith("appl_") or rc.secret_key.startswith("goog_"):
        raise ValueError(f"public SDK key {rc.secret_key} used where a secret key is needed")
    return rc.secret_key.startswith("sk_test")


if __name__ == "__main__":
    rc = RevenueCat()
    print(rc, rc.active("user-42"))
