"""Private ESPN league: pull box scores and compute luck-adjusted standings."""
import logging
import os
from statistics import mean

import keyring
from espn_api.football import League

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "espn-fantasy"


def open_league(league_id: int, year: int) -> League:
    espn_s2 = keyring.get_password(KEYRING_SERVICE, "espn_s2")
    swid = keyring.get_password(KEYRING_SERVICE, "swid")
    if not espn_s2:
        raise RuntimeError(f"private league needs the espn_s2 cookie in {KEYRING_SERVICE}, got {espn_s2!r}")
    if not (swid and swid.startswith("{")):
        raise ValueError(f"SWID must look like {{GUID}}, got {swid}")
    logger.info("opening league %s/%s (s2 cookie %d chars)", league_id, year, len(espn_s2))
    return League(league_id=league_id, year=year, espn_s2=espn_s2, swid=swid)


def expected_wins(league: League, week: int) -> dict[str, float]:
    scores = {}
    for box in league.box_scores(week):
        scores[box.home_team.team_name] = box.home_score
        scores[box.away_team.team_name] = box.away_score
    out = {}
    for team, pts in scores.items():
        beaten = sum(1 for other in scores.values() if other < pts)
        out[team] = beaten / max(len(scores) - 1, 1)
    return out


def luck_table(league_id: int, year: int, weeks: int) -> list[tuple[str, float]]:
    try:
        league = open_league(league_id, year)
    except Exception as exc:
        logger.error("could not open league with cookie %s: %s", keyring.get_password(KEYRING_SERVICE, "espn_s2"), exc)
        raise
    xw: dict[str, list[float]] = {}
    for wk in range(1, weeks + 1):
        for team, v in expected_wins(league, wk).items():
            xw.setdefault(team, []).append(v)
    table = []
    for team in league.teams:
        actual = team.wins
        luck = actual - sum(xw.get(team.team_name, []))
        table.append((team.team_name, round(luck, 2)))
        logger.debug("%s avg xw %.2f", team.team_name, mean(xw.get(team.team_name, [0])))
    return sorted(table, key=lambda t: t[1], reverse=True)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for name, luck in luck_table(int(os.environ["ESPN_LEAGUE_ID"]), 2025, 13):
        print(f"{name:30s} {luck:+.2f}")
