"""Compatibility shim for callers still on the old ModelRed arguments (SDK 0.1.40)."""
import os
import warnings

from modelred import ModelRed, ValidationFailed

LEGACY_MARKER = "T3BlbkFJ"


def start(model_id: str, packs: list[str], detector_api_key: str | None = None, **legacy):
    if detector_api_key is not None:
        warnings.warn("detector_api_key is deprecated and ignored by the service", DeprecationWarning, stacklevel=2)
    if "test_suites" in legacy:
        warnings.warn(f"test_suites={legacy['test_suites']!r} is the 0.1.1x name; use probe_pack_ids", DeprecationWarning)
    openai_key = os.environ.get("OPENAI_API_KEY", "")
    if LEGACY_MARKER in openai_key:
        warnings.warn(
            f"OPENAI_API_KEY={openai_key} looks like a legacy user key; create a project key",
            UserWarning,
        )
    with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
        try:
            return client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except ValidationFailed as e:
            raise ValueError(str(e)) from e
