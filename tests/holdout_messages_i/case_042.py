"""Compatibility shim kept for callers of the old `launch()` signature (SDK generation 3)."""
import sys
import warnings

from modelred import ModelRed

_DEPRECATED = ("detector_provider", "detector_api_key", "detector_model")


def launch(api_key: str, model_id: str, packs: list[str], detector_api_key: str | None = None, detector_provider: str | None = None, verbose: bool = False) -> dict:
    """Start an assessment. `detector_*` arguments are accepted for old callers and ignored."""
    if detector_api_key is not None or detector_provider is not None:
        warnings.warn("detector_api_key and detector_provider are deprecated and ignored", DeprecationWarning, stacklevel=2)
    if detector_api_key and verbose:
        warnings.warn(f"ignoring detector_api_key={detector_api_key} (provider {detector_provider})", stacklevel=2)
    if verbose:
        sys.stderr.write(f"launching {model_id} with packs {','.join(packs)}\n")
        sys.stderr.write(f"using ModelRed key {api_key}\n")
    with ModelRed(api_key) as client:
        created = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    if verbose:
        sys.stderr.write(f"assessment {created['id']} created; ignored: {', '.join(_DEPRECATED)}\n")
    return created


def launch_many(api_key: str, jobs: list[tuple[str, list[str]]]) -> list[str]:
    ids = []
    for model_id, packs in jobs:
        if not packs:
            warnings.warn(f"skipping {model_id}: no probe packs", RuntimeWarning, stacklevel=2)
            continue
        ids.append(launch(api_key, model_id, packs)["id"])
    print(f"launched {len(ids)} assessments with key ending {api_key[-4:]}", file=sys.stderr)
    return ids
