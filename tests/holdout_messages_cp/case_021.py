"""Fabric-1-style deploy helpers (ported to fabric 2 / invoke) for the chatbot hosts.

`fab -H bot1,bot2 push-keys` copies the LLM keys into /etc/chatbot/env on each host.
"""
import os
import sys

from fabric import task

ENV_FILE = "/etc/chatbot/env"
KEYS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY")


def local_values():
    values = {}
    for name in KEYS:
        v = os.environ.get(name)
        if v is None:
            sys.exit("export %s before running push-keys" % name)
        values[name] = v
    return values


@task
def show_plan(c):
    vals = local_values()
    for name in KEYS:
        print("%-20s -> %s:%s (%d chars)" % (name, c.host, ENV_FILE, len(vals[name])))


@task
def push_keys(c, verbose=False):
    vals = local_values()
    lines = ["%s=%s" % (k, vals[k]) for k in KEYS]
    if verbose:
        print("[%s] writing:\n%s" % (c.host, "\n".join(lines)))
    c.sudo("install -m 600 -o chatbot /dev/null %s" % ENV_FILE, hide=True)
    for line in lines:
        c.sudo("sh -c 'echo %s >> %s'" % (line, ENV_FILE), hide=True)
    r = c.sudo("wc -l < %s" % ENV_FILE, hide=True)
    print("[%s] %s now has %s lines" % (c.host, ENV_FILE, r.stdout.strip()))


@task
def check_keys(c):
    r = c.run("grep -c _API_KEY %s" % ENV_FILE, hide=True, warn=True)
    if r.failed:
        raise RuntimeError("[%s] no keys in %s: exit %d" % (c.host, ENV_FILE, r.exited))
    remote = c.sudo("sed -n 's/^MODELRED_API_KEY=//p' %s" % ENV_FILE, hide=True).stdout.strip()
    expected = local_values()["MODELRED_API_KEY"]
    if remote != expected:
        raise RuntimeError("[%s] stale MODELRED_API_KEY on host, expected %s" % (c.host, expected))
    print("[%s] keys ok (modelred ...%s)" % (c.host, remote[-4:]))
