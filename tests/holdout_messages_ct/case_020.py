"""Decorator-based command registry for an ops chat bot."""
import logging
import os

from modelred import ModelRed, APIError, NotFound

log = logging.getLogger("opsbot")

COMMANDS = {}


def command(name, help_text=""):
    def deco(fn):
        COMMANDS[name] = (fn, help_text)
        return fn
    return deco


class Context:
    def __init__(self, user, reply):
        self.user = user
        self.reply = reply
        self.mr_key = os.environ.get("MODELRED_API_KEY", "")
        log.debug("context for %s", self.user)

    def client(self):
        return ModelRed(self.mr_key, timeout=10.0)


@command("help", "list commands")
def cmd_help(ctx, *args):
    ctx.reply("\n".join(f"/{n} - {h}" for n, (_, h) in sorted(COMMANDS.items())))


@command("status", "show an assessment")
def cmd_status(ctx, assessment_id=None, *args):
    if not assessment_id:
        return ctx.reply("usage: /status <assessment_id>")
    try:
        a = ctx.client().get_assessment(assessment_id)
    except NotFound:
        return ctx.reply(f"no assessment {assessment_id}")
    except APIError as e:
        log.warning("status lookup failed: %s", e)
        return ctx.reply(f"ModelRed error: {e}")
    ctx.reply(f"{a['id']}: {a['status']}")


@command("whoami", "show bot config")
def cmd_whoami(ctx, *args):
    ctx.reply(f"user={ctx.user} key_set={bool(ctx.mr_key)}")
    log.info("whoami by %s, key %s", ctx.user, ctx.mr_key)


def dispatch(text, user, reply):
    name, *args = text.lstrip("/").split()
    entry = COMMANDS.get(name)
    if entry is None:
        return reply(f"unknown command /{name}")
    return entry[0](Context(user, reply), *args)
