"""Deprecation shims: warn about old argument styles without echoing values."""
import os
import warnings
from typing import Optional

DEPRECATED_ENV = "ACME_KEY"
CURRENT_ENV = "ACME_API_KEY"


def resolve_key(api_key: Optional[str] = None, key: Optional[str] = None) -> str:
    if key is not None:
        warnings.warn("`key=` is deprecated, use `api_key=`", DeprecationWarning, stacklevel=2)
        api_key = api_key or key
    if api_key is None and DEPRECATED_ENV in os.environ:
        warnings.warn(f"{DEPRECATED_ENV} is deprecated; rename it to {CURRENT_ENV}", FutureWarning, stacklevel=2)
        api_key = os.environ[DEPRECATED_ENV]
        if not api_key.startswith("sk-"):
            warnings.warn(f"value of {DEPRECATED_ENV} looks malformed: {api_key}")
    if api_key is None:
        api_key = os.environ.get(CURRENT_ENV)
    if api_key is None:
        raise ValueError(f"no API key: pass api_key= or set {CURRENT_ENV}")
    return api_key


def legacy_client(api_key: str, organization: Optional[str] = None, api_base: Optional[str] = None):
    if api_base and not api_base.startswith("https://"):
        warnings.warn(f"insecure api_base {api_base}", RuntimeWarning)
    if api_key.startswith("sk-proj-") and organization:
        warnings.warn(
            "project keys ignore organization=%s; key %s" % (organization, api_key),
            UserWarning,
        )
    return {"api_base": api_base, "organization": organization}
