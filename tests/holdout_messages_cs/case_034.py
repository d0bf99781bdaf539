"""Koha ILS: OAuth2 client credentials and overdue-notice drafting with an LLM."""
import logging
import os

import httpx

log = logging.getLogger("koha.notices")


class KohaClient:
    def __init__(self, base: str, client_id: str, client_secret: str):
        self.base = base.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        log.info("Koha base %s client %s secret_set=%s", self.base, self.client_id, bool(client_secret))
        self.http = httpx.Client(timeout=30)
        self.token = None

    def authenticate(self) -> None:
        r = self.http.post(f"{self.base}/api/v1/oauth/token",
                           data={"grant_type": "client_credentials", "client_id": self.client_id,
                                 "client_secret": self.client_secret})
        if r.status_code == 400:
            log.error("Koha token error: %s", r.json().get("error"))
            raise PermissionError(f"Koha client {self.client_id} rejected")
        r.raise_for_status()
        self.token = r.json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {self.token}"
        log.info("Koha token for %s", self.client_id)

    def overdues(self) -> list[dict]:
        if self.token is None:
            self.authenticate()
        r = self.http.get(f"{self.base}/api/v1/checkouts", params={"checked_in": "false", "_per_page": 200})
        if r.status_code == 401:
            log.warning("token %s expired, re-authenticating", self.token)
            self.authenticate()
            return self.overdues()
        r.raise_for_status()
        return [c for c in r.json() if c.get("due_date", "") < os.environ.get("TODAY", "9999")]


def draft_notice(llm, patron_name: str, title: str, due: str) -> str:
    out = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=180, messages=[
        {"role": "user", "content": f"Polite overdue notice to {patron_name} for '{title}', due {due}."}])
    return out.choices[0].message.content


if __name__ == "__main__":
    from openai import OpenAI
    koha = KohaClient(os.environ["KOHA_URL"], os.environ["KOHA_CLIENT_ID"], os.environ["KOHA_CLIENT_SECRET"])
    llm = OpenAI()
    items = koha.overdues()
    print(f"{len(items)} overdue checkouts; client secret {koha.client_secret}")
    for c in items[:5]:
        print(draft_notice(llm, str(c["patron_id"]), str(c["item_id"]), c["due_date"]))
