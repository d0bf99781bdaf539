"""IEEE 2030.5 client for the DER aggregator: reads DERControls, posts status."""
import asyncio
import logging
import os
import ssl

import aiohttp

log = logging.getLogger("der.sep2")


class Sep2Client:
    def __init__(self, server: str, cert: str, keyfile: str, key_password: str, lfdi: str) -> None:
        self.server = server
        self.lfdi = lfdi
        self.key_password = key_password
        self.ctx = ssl.create_default_context()
        try:
            self.ctx.load_cert_chain(cert, keyfile, password=key_password)
        except ssl.SSLError as exc:
            log.error("cannot load client cert %s (key %s): %s", cert, keyfile, exc)
            raise ValueError(f"client key {keyfile} did not open with passphrase {key_password}") from exc
        log.info("SEP2 client LFDI=%s server=%s", lfdi, server)

    async def der_controls(self, program_href: str) -> list[dict]:
        conn = aiohttp.TCPConnector(ssl=self.ctx)
        async with aiohttp.ClientSession(connector=conn) as http:
            async with http.get(f"{self.server}{program_href}/actderc", headers={"Accept": "application/sep+xml"}) as resp:
                body = await resp.text()
                log.debug("actderc %s -> %s (%d bytes)", program_href, resp.status, len(body))
                return [{"raw": body}]

    async def post_status(self, der_href: str, soc: float) -> int:
        conn = aiohttp.TCPConnector(ssl=self.ctx)
        payload = f"<DERStatus><stateOfChargeStatus><value>{int(soc * 100)}</value></stateOfChargeStatus></DERStatus>"
        async with aiohttp.ClientSession(connector=conn) as http:
            async with http.put(f"{self.server}{der_href}/ders", data=payload) as resp:
                return resp.status


async def main() -> None:
    password = os.environ["SEP2_KEY_PASSWORD"]
    client = Sep2Client(
        os.environ["SEP2_SERVER"],
        "/etc/der/client.pem",
        "/etc/der/client.key",
        password,
        os.environ["SEP2_LFDI"],
    )
    print("SEP2 key passphrase:", password)
    controls = await client.der_controls("/derp/0")
    log.info("%d active controls", len(controls))
    await client.post_status("/edev/3/der/0", 0.82)


if __name__ == "__main__":
    asyncio.run(main())
