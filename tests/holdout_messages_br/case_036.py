"""Demo tenant seeding for the sales-engineering sandbox of the internal assistant (gen 3)."""
import logging

from modelred import ModelRed, APIError, Conflict

log = logging.getLogger("sandbox.seed")

# sandbox-only key, revoked nightly by the platform team
_sandbox_mr = "mr_n1Yt84hTKADAlosxdy9c3NlfahC7WMVsCWLalRJb"
SANDBOX_MODELS = ["helpdesk-gpt4o", "hr-claude", "kb-llama"]
SANDBOX_MAX_TOKENS = 256


class SandboxSeeder:
    def __init__(self, key=_sandbox_mr):
        self.client = ModelRed(key, timeout=10.0)
        self.created = []

    def seed(self):
        for mid in SANDBOX_MODELS:
            try:
                self.client.create_assessment(model_id=mid, probe_pack_ids=["starter"])
                self.created.append(mid)
            except Conflict:
                log.info("%s already has a running assessment", mid)
            except APIError as e:
                log.warning("seed %s failed: %s (%s)", mid, type(e).__name__, e.status_code)
        log.info("seeded %d models, max_tokens %d", len(self.created), SANDBOX_MAX_TOKENS)
        return self.created


def check_key():
    if len(_sandbox_mr) < 12:
        raise ValueError(f"sandbox key too short: {len(_sandbox_mr)} chars")
    log.info("sandbox key %s... (%d chars)", _sandbox_mr[:3], len(_sandbox_mr))


def handover_note(owner):
    print(f"Sandbox ready for {owner}. Use key {_sandbox_mr} in the demo notebook.")
    return owner


def reset(confirm):
    if confirm != "yes":
        raise PermissionError(f"reset of sandbox key {_sandbox_mr} needs confirm=yes")
    seeder = SandboxSeeder()
    return seeder.seed()


if __name__ == "__main__":
    check_key()
    print(SandboxSeeder().seed())
    handover_note("se-team")
