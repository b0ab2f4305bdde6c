# ruff: noqa: E501  (sentences in two languages; wide CJK characters)
"""The report's sentences in English and Chinese.

Describe patterns, not persons; name what goes well as clearly as what is
missing; never claim clinical meaning. Placeholders are filled with
``str.format``; names are the partners' display names.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "region.genuine_intimacy": "genuine intimacy",
        "region.pseudo_intimacy": "pseudo-intimacy",
        "region.open_distress": "open distress",
        "region.stormy_closeness": "stormy closeness",
        "limit.no_text": "The chat holds no text messages (only media or system lines), so "
        "nothing about how you talk can be told from it.",
        "limit.few_messages": "There are {n} text messages; below {min} the balance of surface "
        "and depth cannot be told reliably, so the couple is not placed on the map.",
        "limit.short_span": "The chat covers {months} calendar month(s) ({days} day(s)); below "
        "{min} months the report does not place the couple or describe trends.",
        "limit.silent_partner": "{name} wrote {n} text message(s); below {min} the report cannot "
        "tell how {name} answers, and does not place the couple.",
        "limit.no_trend": "Trends need at least {min} months with {per} or more text messages; "
        "this chat has {months}, so no trend is described.",
        "limit.unreadable_language": "Only {share:.0%} of the text messages are in a language "
        "this tool reads (English or Chinese); below {min:.0%} it cannot tell surface from depth, "
        "so the couple is not placed on the map and no message is quoted as an example.",
        "limit.unreadable_words": "Only {share:.0%} of the text messages are made of words this "
        "tool recognises; the rest look like placeholder text, a code or a language it does not "
        "read. Below {min:.0%} it cannot tell surface from depth, so the couple is not placed on "
        "the map and no unreadable message is quoted.",
        "limit.unreadable_partner_language": "Only {share:.0%} of {name}'s text messages are in a "
        "language this tool reads (English or Chinese); below {min:.0%} it cannot tell how {name} "
        "talks and answers, so the couple is not placed on the map.",
        "limit.unreadable_partner_words": "Only {share:.0%} of {name}'s text messages are made of "
        "words this tool recognises; below {min:.0%} it cannot tell how {name} talks and answers, "
        "so the couple is not placed on the map.",
        "limit.few_disclosures": "{name} answered only {n} disclosure(s) by {other}; too few to "
        "describe a pattern, so the shares are shown without a statement.",
        "position": "Over {months} months and {n} text messages, the conversation sits in the "
        "region this tool calls {region}: surface {surface:.2f} (95% interval {s_lo:.2f}-"
        "{s_hi:.2f}), depth {depth:.2f} (95% interval {d_lo:.2f}-{d_hi:.2f}). The position is "
        "a description of the messages, not a diagnosis.",
        "position.changed": " But this is not where the conversation is now: in the last "
        "{months} months (since {since}) it sits in the region called {region} (surface "
        "{surface:.2f}, depth {depth:.2f}); the recent months lie in another region than the "
        "whole history in {p:.0%} of the bootstrap draws.",
        "position.uncertain": " In {p:.0%} of the bootstrap draws the position falls in "
        "another region, so it is close to a boundary.",
        "strength.responsive": "When {other} opened up, {name} answered with understanding, "
        "care or a question in {share:.0%} of {n} disclosures.",
        "gap.flat": "{share:.0%} of {other}'s {n} disclosures were answered by {name} minimally "
        "or with logistics, money or another topic.",
        "gap.no_answer": "{share:.0%} of {other}'s {n} disclosures got no answer from {name} "
        "before the conversation went quiet.",
        "strength.toward": "{name} turned toward {share:.0%} of {other}'s {n} bids for attention.",
        "strength.affection": "Affection, gratitude and shared plans appear in {share:.0%} of "
        "the text messages.",
        "surface.share": "{share:.0%} of the text messages are about money, logistics, duty or "
        "agreeing to keep the peace; {exchanges} exchanges settle who pays whom.",
        "difference.reciprocity": "{name} made {share:.0%} of the {n} disclosures: opening up "
        "is mostly one-sided.",
        "strength.reciprocity": "Both partners open up: the disclosures are shared {sa:.0%} / "
        "{sb:.0%}.",
        "trend.down": "{label} went down over time: {first} in the first months, {last} "
        "in the last; the trend is {slope} per year (95% interval {lo} to {hi}).",
        "trend.up": "{label} went up over time: {first} in the first months, {last} in "
        "the last; the trend is {slope} per year (95% interval {lo} to {hi}).",
        "trend.change": " The level changed around {month} (from {before} to {after}).",
        "initiations": "{name} started {share:.0%} of the {n} conversations.",
        "recent": "In the last {months} months (since {since}, {n} text messages) the "
        "conversation sits in the region called {region}: surface {surface:.2f}, depth "
        "{depth:.2f}.",
    },
    "zh": {
        "region.genuine_intimacy": "真正的亲密",
        "region.pseudo_intimacy": "伪亲密",
        "region.open_distress": "公开的困扰",
        "region.stormy_closeness": "风雨中的亲近",
        "limit.no_text": "这段聊天没有文字消息（只有媒体或系统消息），无法从中看出你们怎样交流。",
        "limit.few_messages": "共有 {n} 条文字消息；少于 {min} 条时无法可靠地判断表面与深度的平衡，"
        "因此不在图上标出位置。",
        "limit.short_span": "聊天只覆盖 {months} 个自然月（{days} 天）；少于 {min} 个月时，报告不标出位置，"
        "也不描述趋势。",
        "limit.silent_partner": "{name} 只写了 {n} 条文字消息；少于 {min} 条时无法看出 {name} 如何回应，"
        "因此不标出位置。",
        "limit.no_trend": "趋势至少需要 {min} 个每月不少于 {per} 条文字消息的月份；这段聊天只有 {months} 个，"
        "因此不描述趋势。",
        "limit.unreadable_language": "只有 {share:.0%} 的文字消息是本工具能读懂的语言（中文或英文）；"
        "低于 {min:.0%} 时无法区分表面与深度，因此不标出位置，也不引用任何消息作为例子。",
        "limit.unreadable_words": "只有 {share:.0%} 的文字消息由本工具认得的词组成，其余像是占位文字、"
        "暗语或它读不懂的语言；低于 {min:.0%} 时无法区分表面与深度，因此不标出位置，也不引用读不懂的消息。",
        "limit.unreadable_partner_language": "{name} 的文字消息中只有 {share:.0%} 是本工具能读懂的语言"
        "（中文或英文）；低于 {min:.0%} 时无法看出 {name} 怎样交流和回应，因此不标出位置。",
        "limit.unreadable_partner_words": "{name} 的文字消息中只有 {share:.0%} 由本工具认得的词组成；"
        "低于 {min:.0%} 时无法看出 {name} 怎样交流和回应，因此不标出位置。",
        "limit.few_disclosures": "{name} 只回应过 {other} 的 {n} 次倾诉，太少，无法描述规律；"
        "比例照常列出，但不作陈述。",
        "position": "在 {months} 个月、{n} 条文字消息中，对话位于本工具称为「{region}」的区域：表面 "
        "{surface:.2f}（95% 区间 {s_lo:.2f}-{s_hi:.2f}），深度 {depth:.2f}（95% 区间 "
        "{d_lo:.2f}-{d_hi:.2f}）。这是对消息的描述，不是诊断。",
        "position.changed": " 但这已不是对话现在的样子：最近 {months} 个月（自 {since} 起）对话位于「{region}」区域"
        "（表面 {surface:.2f}，深度 {depth:.2f}）；在 {p:.0%} 的自助抽样中，最近几个月与整段历史落在不同区域。",
        "position.uncertain": " 有 {p:.0%} 的自助抽样落在其他区域，说明位置接近边界。",
        "strength.responsive": "当 {other} 敞开心扉时，{name} 在 {n} 次倾诉中有 {share:.0%} "
        "用理解、关心或提问来回应。",
        "gap.flat": "{other} 的 {n} 次倾诉中，有 {share:.0%} 被 {name} 用简短的话、事务、钱或别的话题回应。",
        "gap.no_answer": "{other} 的 {n} 次倾诉中，有 {share:.0%} 在对话沉寂前没有得到 {name} 的回应。",
        "strength.toward": "{name} 回应了 {other} {n} 次求关注中的 {share:.0%}。",
        "strength.affection": "{share:.0%} 的文字消息里有爱意、感谢或共同的计划。",
        "surface.share": "{share:.0%} 的文字消息关于钱、事务、责任或为息事宁人而附和；"
        "有 {exchanges} 次往来在结算谁付给谁。",
        "difference.reciprocity": "{n} 次倾诉中 {share:.0%} 来自 {name}：敞开心扉主要是单方面的。",
        "strength.reciprocity": "两人都会敞开心扉：倾诉的比例为 {sa:.0%} / {sb:.0%}。",
        "trend.down": "{label} 随时间下降：最初几个月 {first}，最后几个月 {last}；"
        "趋势为每年 {slope}（95% 区间 {lo} 至 {hi}）。",
        "trend.up": "{label} 随时间上升：最初几个月 {first}，最后几个月 {last}；"
        "趋势为每年 {slope}（95% 区间 {lo} 至 {hi}）。",
        "trend.change": " 大约在 {month} 水平发生变化（从 {before} 到 {after}）。",
        "initiations": "{name} 发起了 {n} 次对话中的 {share:.0%}。",
        "recent": "最近 {months} 个月（自 {since} 起，{n} 条文字消息），对话位于「{region}」区域："
        "表面 {surface:.2f}，深度 {depth:.2f}。",
    },
}

LABELS_ZH: dict[str, str] = {
    "disclosure": "情感或脆弱的倾诉",
    "disclosure_emotional": "情感倾诉",
    "disclosure_vulnerable": "脆弱的倾诉",
    "affection": "爱意",
    "gratitude": "感谢",
    "future": "共同的未来",
    "we_talk": "“我们”",
    "inner_question": "关心内心的提问",
    "depth_share": "含深度信号的消息",
    "surface_share": "表面消息（钱、事务、责任、附和）",
    "transactional": "钱与记账",
    "logistics": "事务与家务",
    "duty": "责任",
    "appeasement": "附和",
    "dismissal": "轻视的消息",
    "responsive_share": "对倾诉的回应比例",
    "turn_toward_share": "回应求关注的比例",
    "flat_answer_share": "对倾诉的敷衍回应比例",
    "surface": "表面",
    "depth": "深度",
}


def text(lang: str, key: str, **values: object) -> str:
    """A sentence in ``lang`` (English when the language has no wording)."""
    table = TEXTS.get(lang, TEXTS["en"])
    return table[key].format(**values)


def label(lang: str, component_id: str, english: str) -> str:
    """A component label in ``lang``."""
    return LABELS_ZH.get(component_id, english) if lang == "zh" else english
