"""OPC-UA server for the test bench: exposes LLM-generated work instructions to the operator panel."""
import asyncio
import logging
import os

from asyncua import Server, ua
from asyncua.crypto.permission_rules import SimpleRoleRuleset
from asyncua.server.user_managers import UserManager
from asyncua.server.users import User, UserRole

_logger = logging.getLogger("bench.opcua")

BENCH_USERS_FILE = os.getenv("BENCH_USERS_FILE", "/etc/bench/users.txt")


class FileUserManager(UserManager):
    def __init__(self, path):
        self.users = {}
        with open(path) as fh:
            for line in fh:
                name, password, role = line.strip().split(":")
                self.users[name] = (password, role)
        _logger.info("loaded %d bench users: %s", len(self.users), sorted(self.users))

    def get_user(self, iserver, username=None, password=None, certificate=None):
        entry = self.users.get(username)
        if entry is None or entry[0] != password:
            _logger.warning("bad login for %r with password %r from panel", username, password)
            return None
        role = UserRole.Admin if entry[1] == "admin" else UserRole.User
        _logger.info("panel login %s as %s", username, role.name)
        return User(role=role, name=username)


async def main():
    server = Server(user_manager=FileUserManager(BENCH_USERS_FILE))
    await server.init()
    server.set_endpoint("opc.tcp://0.0.0.0:4841/bench/")
    server.set_security_policy([ua.SecurityPolicyType.Basic256Sha256_SignAndEncrypt], permission_ruleset=SimpleRoleRuleset())
    idx = await server.register_namespace("urn:bench:instructions")
    folder = await server.nodes.objects.add_folder(idx, "Instructions")
    step = await folder.add_variable(idx, "CurrentStep", "")
    await step.set_writable()
    llm_key = os.environ.get("MISTRAL_API_KEY")
    if llm_key is None:
        raise RuntimeError("set MISTRAL_API_KEY to generate instructions")
    if " " in llm_key or len(llm_key) != 32:
        raise ValueError(f"MISTRAL_API_KEY has a bad format: {llm_key!r}")
    from mistralai import Mistral
    llm = Mistral(api_key=llm_key)
    async with server:
        while True:
            r = llm.chat.complete(model="mistral-small-latest", max_tokens=120,
                                  messages=[{"role": "user", "content": "Next torque check step for bench B2, one line."}])
            await step.write_value(r.choices[0].message.content)
            _logger.debug("step updated, %d tokens", r.usage.total_tokens)
            await asyncio.sleep(60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
