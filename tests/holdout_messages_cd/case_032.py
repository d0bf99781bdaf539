"""FIX-session config loader for a market-making engine (quickfix settings with passwords)."""
import logging
import os
import sys
from string import Template

log = logging.getLogger("fix.config")

TEMPLATE = Template("""[DEFAULT]
ConnectionType=initiator
SenderCompID=$sender
TargetCompID=$target
Password=$password
SocketConnectHost=$host
SocketConnectPort=$port
""")


def render(sender: str, target: str, password: str, host: str, port: int) -> str:
    return TEMPLATE.substitute(sender=sender, target=target, password=password, host=host, port=port)


def load():
    sender = os.environ["FIX_SENDER_COMP_ID"]
    target = os.environ["FIX_TARGET_COMP_ID"]
    password = os.environ["FIX_PASSWORD"]
    host, port = os.environ.get("FIX_HOST", "fix.venue.example"), int(os.environ.get("FIX_PORT", "9878"))
    log.info("fix session %s -> %s at %s:%d", sender, target, host, port)
    settings = render(sender, target, password, host, port)
    log.debug("rendered settings:\n%s", settings)
    return settings


def logon_failed(reason: str, password: str):
    if not password:
        raise ValueError(f"logon failed ({reason}); FIX_PASSWORD empty: {password!r}")
    raise ConnectionRefusedError("logon rejected: " + reason + " (password " + password + ")")


def main():
    cfg = load()
    with open("session.cfg", "w") as fh:
        fh.write(cfg)
    os.chmod("session.cfg", 0o600)
    log.info("wrote session.cfg (%d bytes)", len(cfg))
    if "--print" in sys.argv:
        sys.stderr.write(f"session.cfg written for {os.environ['FIX_SENDER_COMP_ID']}\n")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    main()
