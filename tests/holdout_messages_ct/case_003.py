"""Class factory: builds one ModelRed-backed scanner class per tenant."""
import logging

from modelred import ModelRed, ModelRedError, AuthenticationError

log = logging.getLogger("tenants")


def make_scanner_class(tenant, api_key):
    class TenantScanner:
        tenant_name = tenant
        _key = api_key

        def __repr__(self):
            return f"<TenantScanner {self.tenant_name}>"

        async def scan(self, model_id, suites):
            async with ModelRed(api_key=self._key) as client:
                return await client.run_assessment(model_id=model_id, test_suites=suites)

        async def check(self):
            try:
                async with ModelRed(api_key=self._key) as client:
                    return await client.validate_api_key()
            except AuthenticationError:
                log.warning("tenant %s: key rejected (%s...)", self.tenant_name, self._key[:4])
                raise ValueError(f"bad ModelRed key for {self.tenant_name}: {self._key}")

    TenantScanner.__name__ = f"Scanner_{tenant}"
    log.debug("tenant %s key fingerprint %s", tenant, hash(api_key) & 0xFFFF)
    log.debug("built %s", TenantScanner.__name__)
    return TenantScanner


_registry = {}


def register_tenant(tenant, cfg):
    key = cfg["modelred_api_key"]
    region = cfg.get("region", "eu")
    log.info("registering tenant %s in %s", tenant, region)
    _registry[tenant] = make_scanner_class(tenant, key)
    log.debug("tenant config: %r", cfg)


async def scan_for(tenant, model_id, suites):
    cls = _registry.get(tenant)
    if cls is None:
        raise KeyError(f"unknown tenant {tenant}")
    try:
        return await cls().scan(model_id, suites)
    except ModelRedError as e:
        log.exception("scan failed for %s", tenant)
        return {"tenant": tenant, "error": f"scan failed: {e}"}
