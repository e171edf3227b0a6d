"""Fictional articles written for these tests, shaped like text copied from news pages."""

from __future__ import annotations

BRUSSELS = """EU and Canada pledge closer coordination on Arctic security

Ministers meet in Brussels to review northern defence cooperation

2022-02-03 09:15:00

BRUSSELS

The European Union and Canada agreed on Thursday to deepen their cooperation on security in the Arctic, officials said after a meeting in Brussels.

"The Arctic is no longer a zone of low tension, and we have to plan for that," Canadian Foreign Minister Melanie Joly told reporters after the talks with EU High Representative Josep Borrell.

Borrell said the bloc would present a new northern strategy before the summer.

"We cannot leave the region to those who ignore the rules," he said.

The two sides also discussed energy supplies, fisheries and research funding for northern universities.

Leave a Comment
"""

NATO = """NATO chief warns of long winter for Ukraine

6 months ago 412

Jens Stoltenberg said on Monday that allies must prepare to support Ukraine through a difficult winter, as attacks on its power grid continue.

"We must be ready to support Ukraine for the long haul," Stoltenberg told a news conference in Brussels.

The NATO Secretary General added that air defence systems were the most urgent need.

German Foreign Minister Annalena Baerbock said Berlin would deliver additional generators before December.

Analysts expect the debate over long-range weapons to continue at the next ministerial meeting.

Source: example-news.org
Read Entire Article Source
"""

KOREA = """EU foreign policy chief visits Seoul to launch strategic dialogue

The European Union's foreign policy chief arrived in Seoul on Sunday for talks on security cooperation and the war in Ukraine.

Josep Borrell, the EU's high representative for foreign affairs, said the new partnership would cover maritime security and cyber threats.

"Our first strategic dialogue marks a new chapter in our relations," Borrell said. "We need a united response."

He also met Foreign Minister Cho Tae-yul to sign a security and defence partnership. (Yonhap)
"""


def long_article(paragraphs: int = 60) -> str:
    """An article well over one Telegram message, with distinct sentences."""
    body = "\n\n".join(
        f"Paragraph {i} reports that the delegation number {i} reviewed the agenda item {i} in detail. "
        f"Officials said the discussion of item {i} would continue at the next meeting of the council."
        for i in range(1, paragraphs + 1)
    )
    return f"Council reviews a very long agenda\n\n{body}\n"
