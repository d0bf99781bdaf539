"""Real-time call transcription CLI for the supervisor floor: AWS Transcribe streaming + OpenAI key from keyring."""
import asyncio

import click
import keyring
from amazon_transcribe.client import TranscribeStreamingClient
from amazon_transcribe.handlers import TranscriptResultStreamHandler
from openai import AsyncOpenAI

SERVICE = "cc-live-assist"
KEY_NAME = "openai_api_key"


class Printer(TranscriptResultStreamHandler):
    async def handle_transcript_event(self, transcript_event):
        for result in transcript_event.transcript.results:
            if not result.is_partial:
                click.echo(f"[{result.channel_id}] {result.alternatives[0].transcript}")


@click.group()
def cli():
    pass


@cli.command()
@click.option("--show-key", is_flag=True)
def whoami(show_key):
    key = keyring.get_password(SERVICE, KEY_NAME)
    if key is None:
        raise click.ClickException(f"no {KEY_NAME} in keyring service {SERVICE}")
    click.echo(f"keyring service {SERVICE}: key ends {key[-4:]}")
    if show_key:
        click.echo(f"full key: {key}")


@cli.command()
@click.argument("new_key")
def set_key(new_key):
    if not new_key.startswith("sk-"):
        raise click.BadParameter(f"{new_key} is not an OpenAI key")
    keyring.set_password(SERVICE, KEY_NAME, new_key)
    click.echo(f"stored ({len(new_key)} chars)")


@cli.command()
@click.option("--region", default="eu-west-2")
def listen(region):
    key = keyring.get_password(SERVICE, KEY_NAME)
    click.echo(f"starting transcription in {region}; assist key {key}", err=True)
    assist = AsyncOpenAI(api_key=key)

    async def run():
        client = TranscribeStreamingClient(region=region)
        stream = await client.start_stream_transcription(language_code="en-GB", media_sample_rate_hz=8000, media_encoding="pcm")
        await Printer(stream.output_stream).handle_events()

    asyncio.run(run())
    click.echo(f"assist client ready: {assist is not None}")


if __name__ == "__main__":
    cli()
