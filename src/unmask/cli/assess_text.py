"""What ``unmask assess`` says, in English and Chinese (kept apart from the flow)."""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "en": {
        "intro_title": "The unmask questionnaire",
        "begin": "Press Enter to begin (q to stop)",
        "welcome_back": "Welcome back, {name}: continuing round {round} at screen {screen}.",
        "existing": "Couple {couple!r} already has: {names}.",
        "new_partner_q": "Add {name!r} as a new partner of this couple? (No if it is a typo)",
        "not_added": "Nothing was created. Run again with your name spelled as above: "
        "`unmask assess --couple {couple} --partner NAME`.",
        "third": "A comparison uses exactly two partners; a third makes `compare` refuse.",
        "new": "New partner {name!r} in couple {couple!r}: choose a passphrase only you know",
        "pass": "Passphrase for {name}",
        "repeat": "Repeat the passphrase",
        "weak": "That passphrase is too weak: {problem}. A few unrelated words work well; "
        "try another.",
        "mismatch": "The two entries do not match; choose the passphrase again.",
        "answer": "Your answer ({low}-{high}; s = skip, q = save and quit)",
        "invalid": "Please type a number from {low} to {high}, s or q.",
        "you": "About you",
        "predict": "About your partner",
        "domains": "The next five years",
        "hopes": "Your hopes",
        "continue": "Press Enter to continue (q to stop here)",
        "saved": "Saved. Run the same command to continue where you stopped.",
        "new_round": "You finished round {round} on {date}. Start round {next} now? Your earlier "
        "answers are kept and stay comparable.",
        "kept": "Nothing new was started; round {round} stays sealed.",
        "private_title": "Before sealing: sections to keep private",
        "private_intro": "A private section is left out of `unmask compare` for both of you, and "
        "the comparison does not say who chose it. Type the numbers to keep private "
        "(e.g. 2 4), or press Enter to share all.",
        "private_prompt": "Private sections (Enter = none, q = save and quit)",
        "private_invalid": "Please type numbers from 1 to {n} separated by spaces, or Enter.",
        "done": "Finished and sealed (round {round}). When both of you have finished, run "
        "`unmask compare --couple {couple}` together.",
    },
    "zh": {
        "intro_title": "unmask 问卷",
        "begin": "按回车开始（q 退出）",
        "welcome_back": "欢迎回来，{name}：继续第 {round} 轮，从第 {screen} 屏开始。",
        "existing": "{couple!r} 中已有：{names}。",
        "new_partner_q": "要把 {name!r} 添加为这对伴侣中的新成员吗？（如果是拼写错误请选 No）",
        "not_added": "没有新建任何内容。请用上面列出的名字重新运行："
        "`unmask assess --couple {couple} --partner 名字`。",
        "third": "比较只能在两位伴侣之间进行；第三位成员会让 `compare` 拒绝运行。",
        "new": "夫妻/情侣 {couple!r} 的新成员 {name!r}：请设置一个只有你知道的口令",
        "pass": "{name} 的口令",
        "repeat": "请再输入一次口令",
        "weak": "这个口令太弱：{problem}。几个不相关的词组合起来就很好；请换一个。",
        "mismatch": "两次输入不一致，请重新设置口令。",
        "answer": "你的回答（{low}-{high}；s = 跳过，q = 保存并退出）",
        "invalid": "请输入 {low} 到 {high} 之间的数字，或 s、q。",
        "you": "关于你自己",
        "predict": "关于你的伴侣",
        "domains": "未来五年",
        "hopes": "你的期望",
        "continue": "按回车继续（q 在此停止）",
        "saved": "已保存。再次运行同一命令即可从中断处继续。",
        "new_round": "你已于 {date} 完成第 {round} 轮。现在开始第 {next} 轮吗？之前的回答会保留，"
        "并且仍可比较。",
        "kept": "没有开始新的一轮；第 {round} 轮保持加密。",
        "private_title": "提交前：选择要设为私密的部分",
        "private_intro": "私密部分在 `unmask compare` 中对你们两人都不显示，"
        "比较结果也不会说明是谁的选择。"
        "请输入要设为私密的编号（例如 2 4），或直接按回车全部分享。",
        "private_prompt": "私密部分（回车 = 无，q = 保存并退出）",
        "private_invalid": "请输入 1 到 {n} 之间的编号，用空格分开，或直接按回车。",
        "done": "已完成并加密保存（第 {round} 轮）。两人都完成后，请一起运行 "
        "`unmask compare --couple {couple}`。",
    },
}

#: seconds per screen used for the intro's time estimate
SECONDS_PER_SCREEN = 10

#: the intro screen, one paragraph per entry
INTRO: dict[str, list[str]] = {
    "en": [
        "What: statements about you and your relationship, rated 1-5; then the same "
        "statements as you think your partner answered them; then the next five years "
        "and your hopes. First, a few private questions about safety.",
        "How long: about {minutes} minutes, {screens} screens. There are no right answers.",
        "What your partner will see: when you both have finished and both type your "
        "passphrases in `unmask compare`, your partner sees your answer to every statement "
        "(item by item), your scale scores, your guesses about them next to their answers, "
        "your ratings of the next five years and your hopes - and you see theirs.",
        "What your partner never sees: your answers to the private safety questions, and "
        "any section you mark as private before sealing (you choose at the end).",
        "Privacy: answers are encrypted with your own passphrase on this computer and "
        "nothing leaves it. `unmask forget --partner NAME` (with your passphrase) deletes "
        "them.",
        "Stop and resume: type q at any question, or close the window; every answer is "
        "saved as you go, and the same command continues where you stopped.",
    ],
    "zh": [
        "内容：关于你和这段关系的陈述，按 1-5 作答；然后猜一猜伴侣会怎样回答同样的陈述；"
        "最后是未来五年和你的期望。开始前，先回答几个关于安全的私密问题。",
        "需要多久：大约 {minutes} 分钟，共 {screens} 屏。没有标准答案。",
        "伴侣会看到什么：两人都完成、并在 `unmask compare` 中各自输入口令后，"
        "伴侣会逐题看到你的每个回答、你的量表分数、你对 TA 的猜测与 TA 的真实回答，"
        "以及你对未来五年的评分和你的期望——你也会看到 TA 的。",
        "伴侣永远看不到：你对私密安全问题的回答，以及你在提交前设为私密的部分（最后由你选择）。",
        "隐私：回答用你自己的口令加密保存在这台电脑上，不会离开这台电脑。"
        "`unmask forget --partner 名字`（需要你的口令）可以删除它们。",
        "暂停与继续：任何问题处输入 q，或直接关闭窗口；每个回答都会即时保存，"
        "再次运行同一命令即可从中断处继续。",
    ],
}
