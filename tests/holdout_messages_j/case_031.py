"""Warnings emitted by a provider-compat shim for deprecated arguments."""
import os
import sys
import warnings


def resolve_key(api_key: str | None = None, openai_api_key: str | None = None, **legacy) -> str:
    if openai_api_key is not None:
        warnings.warn("`openai_api_key` is deprecated, pass `api_key`", DeprecationWarning, stacklevel=2)
        api_key = api_key or openai_api_key
    if "key" in legacy:
        legacy_key = legacy.pop("key")
        warnings.warn(f"`key=` is deprecated; received a key ending in {legacy_key[-4:]}", DeprecationWarning, stacklevel=2)
        api_key = api_key or legacy_key
    if legacy:
        warnings.warn(f"ignoring unknown arguments: {sorted(legacy)}", stacklevel=2)
    api_key = api_key or os.environ.get("OPENAI_API_KEY")
    if api_key is None:
        raise ValueError("no API key: pass api_key= or set OPENAI_API_KEY")
    return api_key


def detector_settings(detector_api_key: str | None, detector_model: str = "gpt-4o-mini") -> dict:
    if detector_api_key:
        warnings.warn(f"detector_api_key={detector_api_key} is ignored by ModelRed 0.1.40 and will be dropped")
    return {"model": detector_model}


def check_org(api_key: str, organization: str | None) -> None:
    if organization and not organization.startswith("org-"):
        sys.stderr.write(f"warning: organization {organization!r} does not start with org-\n")
    if api_key.startswith("sk-svcacct-") and organization:
        sys.stderr.write("warning: service account keys ignore the organization header\n")
    if " " in api_key:
        sys.stderr.write("warning: api key contains whitespace: '%s'\n" % api_key)
