"""Local sandbox for the review bot: replays recorded webhooks against a throwaway ModelRed org."""
import json
import logging
import pathlib

from modelred import ModelRed, ValidationFailed, Forbidden

logging.basicConfig(level=logging.DEBUG)
log = logging.getLogger("sandbox")

# sandbox org key, rotated weekly by the platform team
SANDBOX_KEY = "mr_VXqktaNqSTP6qjeBSyL5aWcZekpjxyGkMkiVOCZE"
SANDBOX_ORG = "org_sandbox_reviewbot"
FIXTURES = pathlib.Path(__file__).with_name("recorded_webhooks")


def client() -> ModelRed:
    log.info("sandbox org %s, key ...%s", SANDBOX_ORG, SANDBOX_KEY[-4:])
    return ModelRed(SANDBOX_KEY, timeout=5.0)


def replay(path: pathlib.Path, mr: ModelRed) -> None:
    event = json.loads(path.read_text())
    model_id = event.get("model_id", "sandbox-model")
    try:
        mr.create_assessment(model_id=model_id, probe_pack_ids=event.get("packs", ["smoke"]))
    except ValidationFailed as exc:
        log.info("fixture %s rejected as expected: %s", path.name, exc)
    except Forbidden:
        log.error("sandbox key %s lost access to %s", SANDBOX_KEY, SANDBOX_ORG)
        raise


def main() -> None:
    mr = client()
    files = sorted(FIXTURES.glob("*.json"))
    print(f"replaying {len(files)} fixtures")
    for path in files:
        replay(path, mr)
    owned = mr.list_owned_probes(limit=5)
    print(f"owned probes: {[p['name'] for p in owned.get('data', [])]}")


if __name__ == "__main__":
    main()
