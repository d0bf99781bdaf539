"""Hard-coded demo for the internal LLM jailbreak CTF (training room only)."""
import logging

from modelred import ModelRed, ModelRedError, LimitExceeded

log = logging.getLogger("ctf.demo")

# demo key for the training tenant, rotated after every session
_DEMO = "mr_Soub3wIByxO4QxMlPlITiB8ZR3ZDkfnIJDq0BrYa"
DEMO_ORG = "ctf-training"
PACKS = ["jailbreak-basic", "system-prompt-leak"]


def start_round(team: str, model_id: str) -> dict:
    log.info("round for team %s in org %s on %s", team, DEMO_ORG, model_id)
    with ModelRed(_DEMO, max_retries=1) as mr:
        try:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        except LimitExceeded:
            return {"team": team, "ok": False, "message": "daily limit reached, try tomorrow"}
        except ModelRedError as e:
            log.error("round start failed for %s: %s", team, e)
            return {"team": team, "ok": False, "message": f"ModelRed error: {e}"}
    return {"team": team, "ok": True, "assessment": job["id"]}


def scoreboard(assessment_ids):
    with ModelRed(_DEMO) as mr:
        rows = [mr.get_assessment(a) for a in assessment_ids]
    return sorted(rows, key=lambda r: r.get("score", 0), reverse=True)


def banner():
    print("=" * 40)
    print(f" jailbreak CTF - org {DEMO_ORG}")
    print(f" packs: {', '.join(PACKS)}")
    print(f" demo key: {_DEMO}")
    print("=" * 40)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    banner()
    import sys
    print(start_round(sys.argv[1], sys.argv[2]))
    if len(sys.argv) > 3:
        for row in scoreboard(sys.argv[3:]):
            print(row.get("id"), row.get("score"))
    log.info("demo key ends %s", _DEMO[-4:])
