"""LDAP bind for the IT ticket bot, plus a ModelRed generation-1 scan trigger."""
import asyncio
import logging

import ldap
from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger(__name__)


class DirectoryClient:
    def __init__(self, uri, bind_dn, bind_password):
        self.uri = uri
        self.bind_dn = bind_dn
        self.bind_password = bind_password
        self.conn = None

    def connect(self):
        self.conn = ldap.initialize(self.uri)
        self.conn.set_option(ldap.OPT_REFERRALS, 0)
        try:
            self.conn.simple_bind_s(self.bind_dn, self.bind_password)
        except ldap.INVALID_CREDENTIALS as exc:
            logger.error("LDAP bind failed for %s: %s", self.bind_dn, exc)
            raise PermissionError(f"bind {self.bind_dn} / {self.bind_password} rejected by {self.uri}") from exc
        logger.info("bound to %s as %s", self.uri, self.bind_dn)

    def groups_for(self, uid):
        res = self.conn.search_s("ou=people,dc=corp,dc=example", ldap.SCOPE_SUBTREE, f"(uid={uid})", ["memberOf"])
        return [g.decode() for _, attrs in res for g in attrs.get("memberOf", [])]


async def trigger_scan(model_id, api_key):
    try:
        async with ModelRed(api_key=api_key) as client:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
    except AuthenticationError:
        logger.error("ModelRed rejected key %s", api_key)
        raise
    except ModelRedError as e:
        logger.error("run_assessment failed: %r", e)
        return None


def main(cfg):
    d = DirectoryClient(cfg["ldap_uri"], cfg["bind_dn"], cfg["bind_password"])
    d.connect()
    logger.info("config sections: %s", sorted(cfg))
    if "it-admins" in ",".join(d.groups_for(cfg["operator"])):
        asyncio.run(trigger_scan(cfg["model_id"], cfg["modelred_api_key"]))
