"""Cloud Functions (2nd gen) HTTP endpoint for the internal playground: per-team keys, generation 1 SDK."""
import asyncio
import os

import functions_framework
from flask import jsonify
from google.cloud import firestore
from modelred import ModelRed, ModelNotFoundError, TierRestrictedError, ModelRedError

db = firestore.Client()
ADMIN_TOKEN = os.environ["PLAYGROUND_ADMIN_TOKEN"]


def team_key(team_id):
    doc = db.collection("teams").document(team_id).get()
    if not doc.exists:
        raise KeyError(f"unknown team {team_id}")
    data = doc.to_dict()
    key = data.get("modelred_api_key", "")
    if not key.startswith("mr_"):
        raise ValueError(f"team {team_id} ({data.get('name')}) has a bad ModelRed key {key}")
    return key


async def status(api_key, assessment_id):
    async with ModelRed(api_key=api_key) as client:
        return await client.get_assessment_status(assessment_id)


@functions_framework.http
def playground_status(request):
    team_id = request.args.get("team", "")
    assessment_id = request.args.get("assessment", "")
    auth = request.headers.get("Authorization", "")
    if request.args.get("admin") and auth != f"Bearer {ADMIN_TOKEN}":
        raise PermissionError(f"admin access denied for header {auth}")
    try:
        key = team_key(team_id)
    except KeyError:
        return jsonify(error="unknown team"), 404
    try:
        st = asyncio.run(status(key, assessment_id))
    except ModelNotFoundError:
        return jsonify(error=f"assessment {assessment_id} not found"), 404
    except TierRestrictedError as e:
        return jsonify(error=str(e), upgrade=True), 403
    except ModelRedError as e:
        print(f"modelred error for team {team_id}: {type(e).__name__}")
        return jsonify(error="ModelRed unavailable"), 502
    return jsonify(status=st["status"], progress=st.get("progress"), team=team_id)
