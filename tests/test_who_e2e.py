"""/who end to end: forward articles, ask for a surname, page with the Older button."""

from __future__ import annotations

from tests.articles import BRUSSELS, KOREA, NATO
from tests.conftest import RunningBot
from tests.fakebot import FakeBotAPI

CHAT = 777

PRESS = """Borrell sets out EU priorities for the coming year

2023-01-10

Josep Borrell said on Tuesday that the European Union would keep up its support for Ukraine.

"We will not waver," Borrell told reporters in Brussels.

"Our support is not a matter of months but of years," he said.

Borrell also said the bloc wanted closer ties with partners in Asia and Latin America.
"""


async def _ingest(api: FakeBotAPI, texts: list[str]) -> None:
    for i, text in enumerate(texts, 1):
        api.send_text(CHAT, text)
        await api.wait_replies(CHAT, i)


async def test_who_surname_newest_first_with_older_button(bot: RunningBot, api: FakeBotAPI) -> None:
    await _ingest(api, [BRUSSELS, PRESS, NATO])
    api.send_text(CHAT, "/who Borrell")
    reply = (await api.wait_replies(CHAT, 4))[-1]
    assert reply.text.startswith("<b>Josep Borrell</b>: statements 1-5 of 6, newest first")
    # PRESS (10 Jan 2023) is newer than BRUSSELS (3 Feb 2022): its statements come first.
    assert reply.text.index("10 Jan 2023") < reply.text.index("3 Feb 2022")
    assert "Stoltenberg" not in reply.text
    older = [b for b in reply.buttons() if b["text"].startswith("Older")]
    assert len(older) == 1

    api.press_button(reply, older[0]["callback_data"])
    await api.wait_until(lambda: api.current(CHAT, reply.message_id).text != reply.text, what="the edited page")
    page2 = api.current(CHAT, reply.message_id)
    assert page2.text.startswith("<b>Josep Borrell</b>: statements 6-6 of 6")
    assert "We cannot leave the region" in page2.text or "northern strategy" in page2.text
    assert any(b["text"].startswith("« Newer") for b in page2.buttons())
    assert any(method == "answerCallbackQuery" for method, _ in api.calls)


async def test_who_near_miss_role_phrase_and_mentioned_only(bot: RunningBot, api: FakeBotAPI) -> None:
    await _ingest(api, [KOREA, NATO])
    api.send_text(CHAT, "/who Borel")
    near = (await api.wait_replies(CHAT, 3))[-1]
    assert "Did you mean" in near.text and "Josep Borrell" in near.text
    assert any(b["text"] == "Josep Borrell" for b in near.buttons())

    api.send_text(CHAT, "/who NATO Secretary General")
    role = (await api.wait_replies(CHAT, 4))[-1]
    # The role's holder today is Mark Rutte, who is not quoted; Stoltenberg held it before and is.
    assert "Mark Rutte" in role.text
    assert any(b["text"] == "Jens Stoltenberg" for b in role.buttons())

    api.send_text(CHAT, "/who Cho Tae-yul")
    mentioned = (await api.wait_replies(CHAT, 5))[-1]
    assert "mentioned but never quoted" in mentioned.text and "#1" in mentioned.text


async def test_who_alone_lists_most_quoted_and_ingest_reply_lists_speakers(bot: RunningBot, api: FakeBotAPI) -> None:
    await _ingest(api, [NATO])
    saved = api.replies(CHAT)[0].text
    assert "Speakers: Jens Stoltenberg (3), Annalena Baerbock (1)" in saved  # "the NATO Secretary General" is him
    api.send_text(CHAT, "/who")
    top = (await api.wait_replies(CHAT, 2))[-1].text
    assert top.startswith("<b>Most quoted, last 7 days</b>")
    assert top.index("Jens Stoltenberg") < top.index("Annalena Baerbock")
