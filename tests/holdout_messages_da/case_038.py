"""Weekly live-ops report: GameAnalytics export + ModelRed scores for the NPC models."""
import logging
import os
from datetime import date, timedelta

import requests
from modelred import ModelRed, ModelRedError, NotFoundError

log = logging.getLogger("liveops.weekly")

GA_GAME_ID = os.getenv("GA_GAME_ID", "184512")
GA_EXPORT = "https://metrics.gameanalytics.com/metrics/v1/metrics/{metric}"


def ga_metric(metric: str, days: int = 7) -> list[dict]:
    api_key = os.environ["GA_API_KEY"]
    end = date.today()
    start = end - timedelta(days=days)
    resp = requests.get(GA_EXPORT.format(metric=metric), headers={"X-API-Key": api_key}, params={"game_id": GA_GAME_ID, "start": start.isoformat(), "end": end.isoformat()}, timeout=30)
    if resp.status_code != 200:
        log.error("GA %s export failed: %s", metric, resp.status_code)
        if os.getenv("GA_DEBUG"):
            log.debug("GA export used X-API-Key=%s for game %s", api_key, GA_GAME_ID)
        return []
    log.info("GA %s for game %s: %d rows", metric, GA_GAME_ID, len(resp.json()["rows"]))
    return resp.json()["rows"]


def npc_scores(model_ids: list[str]) -> dict[str, float | None]:
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    scores: dict[str, float | None] = {}
    for mid in model_ids:
        try:
            model = client.get_model(mid)
            last = client.get_assessment(model["latestAssessmentId"])
        except NotFoundError:
            log.warning("model %s not found in ModelRed", mid)
            scores[mid] = None
            continue
        except ModelRedError as exc:
            raise RuntimeError(f"ModelRed lookup for {mid} failed: {exc}") from exc
        scores[mid] = last.get("overall_score")
    return scores


def weekly_report() -> str:
    dau = ga_metric("dau")
    revenue = ga_metric("revenue")
    scores = npc_scores(["npc-dialogue-tavern", "npc-dialogue-blacksmith"])
    lines = [f"DAU (7d avg): {sum(r['value'] for r in dau) / max(len(dau), 1):.0f}", f"Revenue (7d): ${sum(r['value'] for r in revenue):,.0f}"]
    lines += [f"{m}: {s if s is not None else 'n/a'}" for m, s in scores.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(weekly_report())
