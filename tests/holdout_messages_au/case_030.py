"""Mattermost ChatOps bot: `/llm-deploy` asks an LLM for a rollout plan and checks ModelRed first."""
import logging
import os

from flask import Flask, jsonify, request
from mattermostdriver import Driver
from openai import OpenAI
import modelred as mr

app = Flask(__name__)
log = logging.getLogger("chatops")

SLASH_TOKEN = os.environ["MM_SLASH_TOKEN"]
bot = Driver({"url": os.environ["MM_HOST"], "token": os.environ["MM_BOT_TOKEN"], "scheme": "https", "port": 443})
llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
mr_client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/slash/llm-deploy")
def llm_deploy():
    form = request.form
    if form.get("token") != SLASH_TOKEN:
        log.warning("slash command from %s with token %s", form.get("team_domain"), form.get("token"))
        return jsonify(text="unauthorised"), 401
    service = form.get("text", "").strip()
    user = form.get("user_name")
    log.info("deploy plan requested by %s for %s (channel %s)", user, service, form.get("channel_name"))
    try:
        model = mr_client.get_model(service)
    except mr.NotFoundError:
        return jsonify(response_type="ephemeral", text=f"{service} is not registered in ModelRed")
    except mr.ModelRedError as err:
        return jsonify(response_type="in_channel", text=f"ModelRed check failed: {err}")
    plan = llm.chat.completions.create(model="gpt-4o", max_tokens=500, messages=[{"role": "user", "content": f"Rollout plan for {service}, last score {model.get('score')}"}])
    log.info("plan for %s used %d tokens", service, plan.usage.total_tokens)
    return jsonify(response_type="in_channel", text=plan.choices[0].message.content)


def post_startup_notice(channel_id: str) -> None:
    bot.login()
    me = bot.users.get_user("me")
    log.info("bot logged in as %s (id %s)", me["username"], me["id"])
    bot.posts.create_post({"channel_id": channel_id, "message": "chatops bot online"})
