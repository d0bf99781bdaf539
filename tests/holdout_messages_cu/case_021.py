"""StatsBomb event data -> pressing metrics (PPDA) per team for the analysis department."""
import logging
import os

import pandas as pd
from statsbombpy import sb

log = logging.getLogger("analysis.ppda")

DEF_ACTIONS = {"Pressure", "Duel", "Interception", "Foul Committed"}


def statsbomb_creds() -> dict:
    creds = {"user": os.environ.get("SB_USERNAME"), "passwd": os.environ.get("SB_PASSWORD")}
    log.info("statsbomb user %s, password set: %s", creds["user"], creds["passwd"] is not None)
    return creds


def ppda(events: pd.DataFrame, team: str) -> float:
    opp = events[events["team"] != team]
    own = events[events["team"] == team]
    passes_allowed = len(opp[(opp["type"] == "Pass") & (opp["location"].str[0] < 72)])
    def_actions = len(own[own["type"].isin(DEF_ACTIONS) & (own["location"].str[0] > 48)])
    return passes_allowed / max(def_actions, 1)


def season_ppda(competition_id: int, season_id: int) -> pd.DataFrame:
    creds = statsbomb_creds()
    try:
        matches = sb.matches(competition_id=competition_id, season_id=season_id, creds=creds)
    except Exception as exc:
        log.error("statsbomb matches failed with creds %s: %s", creds, exc)
        raise
    rows = []
    for _, m in matches.iterrows():
        ev = sb.events(match_id=m["match_id"], creds=creds)
        for team in (m["home_team"], m["away_team"]):
            rows.append({"match_id": m["match_id"], "team": team, "ppda": ppda(ev, team)})
        log.debug("match %s done (%d events)", m["match_id"], len(ev))
    return pd.DataFrame(rows).groupby("team")["ppda"].mean().sort_values().reset_index()


def check_creds() -> None:
    creds = statsbomb_creds()
    if not creds["passwd"]:
        raise RuntimeError("SB_PASSWORD is not set; open data only")
    if creds["passwd"] == creds["user"]:
        raise RuntimeError(f"password for {creds['user']} equals the username: {creds['passwd']}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_creds()
    table = season_ppda(int(os.environ.get("SB_COMP", "2")), int(os.environ.get("SB_SEASON", "281")))
    print(table.to_string(index=False))
