"""Toloka pool for rating chatbot replies; the project's OAuth token lives in the lab keyring."""
import datetime
import logging

import keyring
import toloka.client as toloka

log = logging.getLogger("toloka_pool")

SERVICE = "toloka-lab"
ENV_NAME = "PRODUCTION"
PROJECT_ID = "148233"


class PoolManager:
    def __init__(self, account="nlp-lab"):
        self.account = account
        self.oauth_token = keyring.get_password(SERVICE, account)
        if self.oauth_token is None:
            raise LookupError(f"no Toloka token for {account!r} in keyring service {SERVICE!r}")
        self.client = toloka.TolokaClient(self.oauth_token, ENV_NAME)
        log.info("Toloka client for %s on %s", account, ENV_NAME)

    def requester(self):
        try:
            return self.client.get_requester()
        except toloka.exceptions.AuthenticationError as e:
            log.error("token for %s rejected: %s (token %s)", self.account, e.code, self.oauth_token)
            raise

    def open_pool(self, name, reward=0.05, overlap=3):
        req = self.requester()
        log.info("balance %.2f %s", req.balance, req.public_name.get("EN", ""))
        pool = toloka.Pool(
            project_id=PROJECT_ID,
            private_name=name,
            may_contain_adult_content=True,
            will_expire=datetime.datetime.utcnow() + datetime.timedelta(days=7),
            reward_per_assignment=reward,
            assignment_max_duration_seconds=600,
            defaults=toloka.Pool.Defaults(default_overlap_for_new_task_suites=overlap),
        )
        pool.set_mixer_config(real_tasks_count=10)
        pool = self.client.create_pool(pool)
        log.info("created pool %s (%s)", pool.id, name)
        return pool

    def __repr__(self):
        return f"PoolManager(account={self.account!r}, env={ENV_NAME!r}, token=...{self.oauth_token[-4:]})"


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    pm = PoolManager()
    log.info("manager %r", pm)
    if not pm.oauth_token.startswith("y0_"):
        raise ValueError("unexpected Toloka token format: " + pm.oauth_token)
    pm.open_pool("rate-replies-" + datetime.date.today().isoformat())
