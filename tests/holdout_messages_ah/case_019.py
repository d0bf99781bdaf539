"""Apify actor: crawl a site with Playwright, summarise each page with OpenAI."""
import asyncio

from apify import Actor
from crawlee.playwright_crawler import PlaywrightCrawler, PlaywrightCrawlingContext
from openai import AsyncOpenAI


async def main() -> None:
    async with Actor:
        actor_input = await Actor.get_input() or {}
        start_urls = [u["url"] for u in actor_input.get("startUrls", [])]
        openai_key = actor_input.get("openaiApiKey")
        max_pages = actor_input.get("maxPages", 50)
        Actor.log.info(f"input: {actor_input}")
        public_input = {k: v for k, v in actor_input.items() if k != "openaiApiKey"}
        Actor.log.info(f"input (public): {public_input}")
        if not openai_key:
            await Actor.fail(status_message="openaiApiKey is required")
            return
        Actor.log.info(f"start urls {len(start_urls)}, max pages {max_pages}, key ...{openai_key[-4:]}")
        llm = AsyncOpenAI(api_key=openai_key)
        crawler = PlaywrightCrawler(max_requests_per_crawl=max_pages, headless=True)

        @crawler.router.default_handler
        async def handle(ctx: PlaywrightCrawlingContext) -> None:
            title = await ctx.page.title()
            body = await ctx.page.inner_text("body")
            try:
                r = await llm.chat.completions.create(
                    model=actor_input.get("model", "gpt-4o-mini"),
                    max_tokens=200,
                    messages=[{"role": "user", "content": f"Summarize:\n{body[:6000]}"}],
                )
            except Exception as exc:
                Actor.log.warning(f"LLM failed on {ctx.request.url}: {exc.__class__.__name__}")
                return
            await Actor.push_data({"url": ctx.request.url, "title": title, "summary": r.choices[0].message.content})
            Actor.log.debug(f"{ctx.request.url}: {r.usage.total_tokens} tokens")
            await ctx.enqueue_links(strategy="same-domain")

        await crawler.run(start_urls)
        Actor.log.info("done")


if __name__ == "__main__":
    asyncio.run(main())
