"""DFS lineup optimizer (DraftKings NFL classic) with a short LLM write-up per lineup."""
import logging
import os

import anthropic
import pandas as pd
import pulp
from modelred import ModelRed, Unauthorized, ValidationFailed

log = logging.getLogger("dfs.optimizer")

SALARY_CAP = 50_000
MAX_TOKENS = 350
_DEV_MR_KEY = "mr_0BXPDsh22DphKCmviP2GXR8jzQrjnOlUGhc3TCPl"
POSITIONS = {"QB": 1, "RB": 2, "WR": 3, "TE": 1, "DST": 1}


def optimize(players: pd.DataFrame) -> pd.DataFrame:
    prob = pulp.LpProblem("dk_classic", pulp.LpMaximize)
    pick = {i: pulp.LpVariable(f"p{i}", cat="Binary") for i in players.index}
    prob += pulp.lpSum(players.loc[i, "proj"] * pick[i] for i in players.index)
    prob += pulp.lpSum(players.loc[i, "salary"] * pick[i] for i in players.index) <= SALARY_CAP
    prob += pulp.lpSum(pick.values()) == 9
    for pos, n in POSITIONS.items():
        prob += pulp.lpSum(pick[i] for i in players.index if players.loc[i, "pos"] == pos) >= n
    prob.solve(pulp.PULP_CBC_CMD(msg=False))
    return players[[pick[i].value() == 1 for i in players.index]]


def write_up(lineup: pd.DataFrame) -> str:
    client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Two sentences on this DFS stack: {lineup[['name', 'pos', 'team']].to_dict('records')}"}],
    )
    log.info("write-up used %d in / %d out tokens (max %d)", msg.usage.input_tokens, msg.usage.output_tokens, MAX_TOKENS)
    return msg.content[0].text


def audit_writeup_model() -> None:
    key = os.environ.get("MODELRED_API_KEY") or _DEV_MR_KEY
    log.info("auditing with %s key", "env" if key != _DEV_MR_KEY else "dev")
    with ModelRed(key, timeout=30.0) as mr:
        try:
            mr.create_assessment(model_id="dfs-writeup-haiku", probe_pack_ids=["jailbreak-basic"])
        except Unauthorized:
            log.error("ModelRed rejected the dev key %s", _DEV_MR_KEY)
        except ValidationFailed as e:
            log.error("bad assessment request: %s", e)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    pool = pd.read_csv(os.environ.get("DK_POOL", "dk_pool.csv"))
    best = optimize(pool)
    print(best[["name", "pos", "salary", "proj"]].to_string(index=False))
    print("salary used:", best["salary"].sum(), "/", SALARY_CAP)
    print(write_up(best))
