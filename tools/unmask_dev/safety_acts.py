"""Acts of control x whom they aim at x how they are phrased (h-safety22; dev only).

The composed set (:mod:`unmask_dev.safety_compose`) writes control as a frame (a
prohibition, a demand, a threat's condition) over a domain of the partner's life. Fresh
rounds word control in other ways: as a question ("why is your inbox suddenly private?"),
a condition, a "joke", concern ("I only check it because I worry"), a plural "we" ("we
agreed I read it every night") or the passive ("it gets checked every evening"). This
module writes each **act** (monitoring, economic control, isolation, threats, degradation,
jealousy as ownership) over several **targets** (the partner's things, money, people,
stakes, abilities, rivals) in each of seven **phrasings** (demand, question, conditional,
joke, concern, we, passive), in both languages.

Twins (kind ``none``) use the same targets in the same phrasings: logistics, care,
praise, and jealousy told with respect ("I felt a little jealous of your coworker, can we
talk? I know it's on me"). So neither the phrasing nor the target alone marks control;
the act does.

Our own sentences; training data, never a recall figure. A message that shares a run of
five words (en) or five Chinese characters (zh) with rounds eighteen to twenty-two or
their twins (the held-out tests) is left out (:func:`_clear`; tests check).
"""

from __future__ import annotations

import random

SEED = 22
#: targets drawn per template
PER_TEMPLATE = 2
PHRASINGS: tuple[str, ...] = (
    "demand",
    "question",
    "conditional",
    "joke",
    "concern",
    "we",
    "passive",
)

#: act -> (kind, targets, {phrasing: controlling templates}, {phrasing: twin templates})
Act = tuple[str, tuple[str, ...], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]

EN_ACTS: dict[str, Act] = {
    "monitoring": (
        "monitoring",
        (
            "your phone",
            "your inbox",
            "your laptop",
            "your browser history",
            "your calendar",
            "your banking app",
            "the car's trip log",
            "your smartwatch",
        ),
        {
            "demand": (
                "hand me {t} right now and don't delete anything first",
                "open {t} and show me, every bit of it, tonight",
            ),
            "question": (
                "why is {t} suddenly private? what are you hiding from me",
                "how come you never let me go through {t} anymore?",
            ),
            "conditional": (
                "if I can't look through {t} whenever I like, this relationship is over",
                "unless I see {t} every night, you're not leaving this house",
            ),
            "joke": (
                "lol relax, I just go through {t} every hour 😂 you'll get used to it",
                "haha guess who read {t} while you were in the shower 😜 nothing gets past me",
            ),
            "concern": (
                "I only check {t} because I worry about you, so stop hiding it",
                "it's for your own safety that I go through {t}, don't fight me on it",
            ),
            "we": (
                "we agreed I get to read {t} every night, remember",
                "we don't keep secrets, so {t} stays open to me at all times",
            ),
            "passive": (
                "{t} gets checked every evening. no exceptions",
                "{t} is to be left unlocked on the table when you come home",
            ),
        },
        {
            "demand": (
                "hand me {t} for a sec, I want to show you something funny",
                "can you check {t}? I think the dentist is on Tuesday",
            ),
            "question": (
                "did you find {t}? you said it was acting up",
                "is {t} working again? mine's been slow all day",
            ),
            "conditional": (
                "if you can't find {t}, use mine, it's on the table",
                "if {t} keeps crashing we can get it fixed on Saturday",
            ),
            "joke": (
                "lol {t} is having a worse day than you 😂",
                "haha I keep forgetting to check {t}, remind me later",
            ),
            "concern": (
                "you've been staring at {t} all day, come rest with me",
                "I worry you're stressed, maybe take a break from {t} tonight?",
            ),
            "we": (
                "we should both sort out {t} this weekend, mine's a mess too",
                "we could share {t} for the trip if you want, your call",
            ),
            "passive": (
                "{t} was fixed at the shop this morning",
                "{t} got updated overnight, looks fine now",
            ),
        },
    ),
    "money": (
        "monitoring",
        (
            "your paycheck",
            "your bonus",
            "your tax refund",
            "your tips",
            "your savings",
            "your commission",
        ),
        {
            "demand": (
                "give me {t} the day it comes in",
                "transfer {t} to me tonight and screenshot every purchase for me",
            ),
            "question": (
                "who said you could spend {t} without asking me first?",
                "why do you think you get to decide what happens to {t}?",
            ),
            "conditional": (
                "if you touch {t} without my ok again, you won't see a cent",
                "spend {t} on yourself one more time and I'm cutting you off",
            ),
            "joke": (
                "haha {t} is mine now, consider it rent for putting up with you 😂",
                "lol you really thought {t} was yours? cute 😘",
            ),
            "concern": (
                "you're hopeless with money, so I'll keep {t} for you, no arguing",
                "I'm protecting you from yourself, {t} goes in my account",
            ),
            "we": (
                "we decided {t} goes straight to me and you ask when you need something",
                "we said I manage {t}, so stop asking for it back",
            ),
            "passive": (
                "{t} is to be handed over to me every payday",
                "{t} will be given back to you when you learn to behave",
            ),
        },
        {
            "demand": (
                "keep {t} for yourself this month, you earned it",
                "put {t} toward that course you wanted",
            ),
            "question": (
                "did {t} come in yet? no rush, just for the rent split",
                "what do you want to do with {t}? your money, your call",
            ),
            "conditional": (
                "if {t} is short this month, I can cover groceries",
                "if you want to save {t}, I'll cook at home more",
            ),
            "joke": (
                "haha {t} is going straight to snacks, isn't it 😂",
                "lol spend {t} on something silly, you deserve it",
            ),
            "concern": (
                "I worry you never spend {t} on yourself, treat yourself",
                "don't stress about {t}, we'll figure the bills out together",
            ),
            "we": (
                "we split the rent and keep our own money, so {t} is all yours",
                "we could put a bit of {t} toward the holiday if you like",
            ),
            "passive": (
                "{t} was paid in this morning, the bank texted you",
                "{t} got delayed by a day, the bank said",
            ),
        },
    ),
    "people": (
        "isolation",
        (
            "your sister",
            "your best friend",
            "your mom",
            "your coworkers",
            "your old roommate",
            "your cousins",
            "your running club",
            "the people from your class",
        ),
        {
            "demand": (
                "stop seeing {t}. I mean it",
                "cancel on {t} this weekend, you're staying here with me",
            ),
            "question": (
                "why do you even need {t} when you have me?",
                "what does {t} give you that I can't? answer me",
            ),
            "conditional": (
                "if you keep seeing {t}, don't expect me to be here when you get back",
                "go see {t} and we're finished, your choice",
            ),
            "joke": (
                "haha guess who's not seeing {t} this weekend 😘 you're all mine",
                "lol {t} can find someone else to hang out with, you're busy forever 😂",
            ),
            "concern": (
                "I'm saying this out of love, {t} is bad for you, cut them off",
                "I just don't want you hurt, so no more time with {t}",
            ),
            "we": (
                "we don't need {t} in our lives, it's just us now",
                "we agreed {t} isn't welcome anymore, so don't reply to them",
            ),
            "passive": (
                "contact with {t} is over. done",
                "time with {t} won't be happening anymore, that's been decided",
            ),
        },
        {
            "demand": (
                "go see {t} this weekend, I'll hold the fort",
                "call {t} back, they sounded like they missed you",
            ),
            "question": (
                "how's {t} doing? haven't heard about them in ages",
                "want to have {t} over for dinner this week?",
            ),
            "conditional": (
                "if {t} is free Saturday, let's all get lunch",
                "if you'd rather see {t} tonight, go, we can do movie night tomorrow",
            ),
            "joke": (
                "haha {t} is a bad influence, bring me back some gossip 😂",
                "lol say hi to {t}, tell them I'm the fun one",
            ),
            "concern": (
                "I'll miss you tonight but I'm glad you're seeing {t}, have fun",
                "you seemed down, maybe some time with {t} would help",
            ),
            "we": (
                "we should invite {t} to the barbecue",
                "we haven't seen {t} in ages, let's fix that",
            ),
            "passive": (
                "{t} was invited to the party too",
                "{t} is coming over at seven, the table's booked",
            ),
        },
    ),
    "stakes": (
        "threat",
        (
            "your cat",
            "your job",
            "your visa",
            "your car",
            "your reputation",
            "your little business",
            "your laptop",
            "your career",
        ),
        {
            "demand": (
                "do what I say or say goodbye to {t}",
                "apologise right now or {t} is gone",
            ),
            "question": (
                "do you really want to find out what happens to {t}?",
                "how much do you care about {t}? because I can take it from you",
            ),
            "conditional": (
                "if you leave me, {t} pays for it",
                "tell anyone about us and {t} is finished",
            ),
            "joke": (
                "jk jk... unless you keep this up, then {t} is in trouble 🙂",
                "lol be nice to me or {t} might have an accident 😇",
            ),
            "concern": (
                "I'd hate for something to happen to {t}, so just behave",
                "I'm warning you because I care, keep talking back and {t} won't be safe",
            ),
            "we": (
                "we both know what happens to {t} if you talk",
                "we both know I can ruin {t} with one phone call",
            ),
            "passive": (
                "accidents happen to {t} when people disobey me",
                "{t} could easily get destroyed if you keep pushing",
            ),
        },
        {
            "demand": (
                "don't worry about {t}, I'll keep an eye on it while you're away",
                "be proud of {t}, you worked hard for it",
            ),
            "question": (
                "how is {t} doing these days? tell me everything",
                "want to find out what's next for {t}? sounds exciting",
            ),
            "conditional": (
                "if you leave early, I can take care of {t} for you",
                "if anything happens to {t}, we'll sort it out together",
            ),
            "joke": (
                "jk jk, {t} is fine, stop worrying 🙂",
                "lol {t} is the real star of this family 😇",
            ),
            "concern": (
                "I'd hate for you to stress about {t}, it'll be okay",
                "I care about you more than {t}, please rest",
            ),
            "we": (
                "we both know how much {t} means to you, I'm proud of you",
                "we both worked hard for {t}, let's celebrate",
            ),
            "passive": (
                "{t} was taken care of this morning, all good",
                "{t} got sorted, the insurance called back",
            ),
        },
    ),
    "abilities": (
        "degradation",
        (
            "your cooking",
            "your body",
            "your brain",
            "your voice",
            "your writing",
            "your driving",
            "your laugh",
            "your face",
        ),
        {
            "demand": (
                "stop showing off {t}, nobody cares",
                "keep {t} out of sight when my friends come over, it's embarrassing",
            ),
            "question": (
                "who would ever put up with {t} except me?",
                "do you honestly think {t} impresses anyone?",
            ),
            "conditional": (
                "if {t} wasn't so pathetic I wouldn't have to yell at you",
                "if you were less useless, {t} wouldn't be such a joke",
            ),
            "joke": (
                "lol {t} is a joke, you're lucky I put up with you",
                "haha {t} makes me want to puke, just kidding... mostly 😂",
            ),
            "concern": (
                "I'm only being honest because I care: {t} is disgusting,"
                " you're nothing without me",
                "I say it for your own good, {t} is an embarrassment",
            ),
            "we": (
                "we both know {t} is pathetic",
                "let's be real, we both know {t} is why nobody likes you",
            ),
            "passive": (
                "{t} has always been a disappointment, just like you",
                "{t} is laughed at behind your back, everyone knows it",
            ),
        },
        {
            "demand": (
                "don't hide {t}, I love it",
                "tell me more about {t}, you always undersell yourself",
            ),
            "question": (
                "who taught you {t}? it's amazing",
                "do you know how much I love {t}?",
            ),
            "conditional": (
                "if you ever doubt {t}, remember how proud I am of you",
                "if you're tired of working on {t}, take a break, you're doing great",
            ),
            "joke": (
                "lol {t} is better than mine and I'm jealous 😂",
                "haha {t} cracks me up every time, in a good way",
            ),
            "concern": (
                "I'm only saying this because I care: be kinder to yourself about {t}",
                "I know you're self-conscious about {t}, but to me it's perfect",
            ),
            "we": (
                "we both know {t} is amazing, stop being modest",
                "let's be real, {t} is why everyone adores you",
            ),
            "passive": (
                "{t} was complimented by my mum again",
                "{t} gets talked about at work, in a good way",
            ),
        },
    ),
    "rivals": (
        "jealousy",
        (
            "your coworker",
            "that neighbour",
            "your ex",
            "the barista",
            "your classmate",
            "your trainer",
            "your boss",
            "the delivery guy",
        ),
        {
            "demand": (
                "you're mine, so stop talking to {t}",
                "block {t} tonight, you're my property",
            ),
            "question": (
                "why are you smiling at {t}? you're mine, not theirs",
                "who gave you permission to chat with {t}? you're mine",
            ),
            "conditional": (
                "if {t} messages you again, I'm taking your phone",
                "talk to {t} one more time and I'll make a scene you won't forget",
            ),
            "joke": (
                "haha {t} better keep away from my property 😂 that's you btw",
                "lol tell {t} you're taken, as in owned 😘",
            ),
            "concern": (
                "I'm just protecting you, {t} wants you, so you don't speak to them again",
                "trust me, {t} is after you, I'm not letting you near them",
            ),
            "we": (
                "we don't talk to {t} anymore, do we",
                "we've been over this, nobody looks at you like {t} does and gets away with it",
            ),
            "passive": (
                "no more contact with {t} is allowed",
                "anyone like {t} who flirts with what's mine gets dealt with",
            ),
        },
        {
            "demand": (
                "tell {t} I said hi",
                "invite {t} to the party, the more the merrier",
            ),
            "question": (
                "was that {t} you were laughing with? they seem fun",
                "who's {t}? just curious, no drama",
            ),
            "conditional": (
                "if {t} asks you to swap shifts, just tell me when you're free",
                "if I get a bit jealous of {t}, that's mine to handle, not yours",
            ),
            "joke": (
                "haha {t} is cute, should I be worried? 😂 kidding, I trust you",
                "lol {t} has good taste, can't blame them 😘",
            ),
            "concern": (
                "I felt a little jealous of {t} today, can we talk? I know it's on me",
                "I trust you with {t}, I just wanted to be honest that it stung a bit",
            ),
            "we": (
                "we should have {t} over, I'd like to get to know them",
                "we talked it through and I'm fine with {t}, really",
            ),
            "passive": (
                "{t} was at the café again, said to say hi",
                "{t} got promoted, good for them",
            ),
        },
    ),
}

ZH_ACTS: dict[str, Act] = {
    "monitoring": (
        "monitoring",
        (
            "你的手机",
            "你的邮箱",
            "你的电脑",
            "你的浏览记录",
            "你的日程表",
            "你的手表",
            "车里的行程记录",
            "你的网银",
        ),
        {
            "demand": ("把{t}交给我，现在，什么都别删", "今晚把{t}打开给我看，一样都不能漏"),
            "question": ("{t}凭什么不让我看？你心里有鬼吧", "为什么最近{t}老是不让我碰？在藏什么"),
            "conditional": (
                "要是我不能随时翻{t}，咱们就到此为止",
                "不让我看{t}的话，你今晚别想出这个门",
            ),
            "joke": (
                "哈哈放心，我就是每小时翻一次{t}而已😂习惯就好",
                "嘿嘿你洗澡的时候我把{t}看完了😜什么都瞒不过我",
            ),
            "concern": (
                "我查{t}是因为担心你，别再藏着掖着了",
                "为了你的安全，{t}我必须天天检查，别跟我犟",
            ),
            "we": (
                "咱们说好的，{t}每天晚上都要给我过一遍",
                "我们之间不能有秘密，所以{t}随时都得对我开放",
            ),
            "passive": ("{t}每天晚上都要被检查，没有例外", "{t}回家就得解锁放桌上，这是定下的规矩"),
        },
        {
            "demand": ("把{t}借我用一下，给你看个好笑的", "你看下{t}，牙医是不是周二"),
            "question": ("{t}找到了吗？你说它最近不太好使", "{t}修好了没？我的也卡了一整天"),
            "conditional": ("要是找不到{t}，先用我的，在桌上", "{t}要是老出毛病，周六拿去修"),
            "joke": ("哈哈{t}今天比你还累😂", "我老忘了看{t}，你待会提醒我一下"),
            "concern": ("你今天盯着{t}一整天了，过来歇会儿", "是不是压力大？今晚先别看{t}了"),
            "we": (
                "咱俩这周末一起把{t}收拾一下，我的也一团糟",
                "出门玩的话要不要共享一下{t}？你决定",
            ),
            "passive": ("{t}今早在店里修好了", "{t}昨晚自动更新了，现在没问题"),
        },
    ),
    "money": (
        "monitoring",
        ("你的工资", "你的奖金", "你的退税", "你的存款", "你的年终奖", "你的提成"),
        {
            "demand": ("{t}一到账就转给我", "今晚把{t}全转过来，每笔花销截图给我看"),
            "question": ("谁允许你不问我就动{t}的？", "{t}怎么花轮得到你做主吗？"),
            "conditional": (
                "你再敢不经我同意动{t}，以后一分钱都别想拿",
                "再拿{t}给自己买东西，我就把你的卡停了",
            ),
            "joke": ("哈哈{t}归我了，就当是忍你的房租😂", "你还真以为{t}是你自己的？天真😘"),
            "concern": ("你根本不会管钱，{t}我替你保管，别争了", "我是怕你乱花，{t}放我账上才安全"),
            "we": (
                "咱们定好了，{t}直接打给我，你要用再跟我申请",
                "我们说好了钱归我管，{t}别想要回去",
            ),
            "passive": ("{t}每个发薪日都要上交", "{t}等你学乖了再还给你"),
        },
        {
            "demand": ("{t}这个月你自己留着，你应得的", "{t}拿去报你想上的那个课吧"),
            "question": ("{t}到账了吗？不急，就是算一下房租", "{t}你打算怎么用？你的钱你做主"),
            "conditional": ("要是{t}这个月紧，菜钱我来出", "你想存{t}的话，我多在家做饭"),
            "joke": ("哈哈{t}是不是又要全买零食了😂", "{t}拿去买点没用的东西吧，你值得"),
            "concern": (
                "你从来不舍得花{t}在自己身上，对自己好点",
                "{t}的事别焦虑，账单我们一起想办法",
            ),
            "we": ("房租平摊，各自的钱各自管，{t}都是你的", "你愿意的话，拿一点{t}放旅游基金里"),
            "passive": ("{t}今早到账了，银行给你发短信了", "{t}推迟一天发，银行说的"),
        },
    ),
    "people": (
        "isolation",
        (
            "你姐",
            "你闺蜜",
            "你妈",
            "你那些同事",
            "你大学室友",
            "你表哥",
            "你的跑团",
            "你们班那群人",
        ),
        {
            "demand": ("以后别再见{t}了，我说真的", "这周末跟{t}的约取消，在家陪我"),
            "question": ("有我还不够吗？你还要{t}干什么", "{t}能给你什么我给不了的？你说啊"),
            "conditional": (
                "你要是还跟{t}来往，回来就别指望我还在",
                "去见{t}，咱俩就完了，你自己选",
            ),
            "joke": (
                "哈哈这周末你见不到{t}啦😘你是我一个人的",
                "{t}找别人玩去吧，你这辈子都没空了😂",
            ),
            "concern": (
                "我是爱你才这么说，{t}对你没好处，断了吧",
                "我就是不想你受伤，以后别跟{t}待在一起了",
            ),
            "we": ("我们不需要{t}，以后就咱俩过", "咱们说好了不欢迎{t}，他们发消息你别回"),
            "passive": ("跟{t}的联系到此为止，已经定了", "和{t}见面这种事以后不会再有了"),
        },
        {
            "demand": ("这周末去看看{t}吧，家里有我", "给{t}回个电话，感觉他们挺想你的"),
            "question": ("{t}最近怎么样？好久没听你说了", "这周要不要请{t}来家里吃饭？"),
            "conditional": ("要是{t}周六有空，我们一起吃午饭", "你今晚想见{t}就去吧，电影明天再看"),
            "joke": ("哈哈{t}老带坏你，回来给我讲八卦😂", "替我跟{t}问好，说我才是最好玩的那个"),
            "concern": (
                "你今晚出去我有点舍不得，但你能见{t}我很开心，玩得开心",
                "你最近情绪不太好，多跟{t}待待也许会好点",
            ),
            "we": ("烧烤的时候叫上{t}吧", "好久没见{t}了，我们约一下"),
            "passive": ("{t}也被邀请来聚会了", "{t}七点过来，位子已经订好了"),
        },
    ),
    "stakes": (
        "threat",
        (
            "你的猫",
            "你的工作",
            "你的签证",
            "你的车",
            "你的名声",
            "你的小店",
            "你的电脑",
            "你的前途",
        ),
        {
            "demand": ("照我说的做，不然{t}就别想要了", "现在就道歉，不然{t}就没了"),
            "question": ("你真想知道{t}会怎么样吗？", "{t}对你很重要吧？我随时能让它没了"),
            "conditional": ("你敢离开我，{t}就替你还债", "把我们的事说出去，{t}就完了"),
            "joke": (
                "开个玩笑嘛……不过你再这样，{t}可就危险了🙂",
                "对我好点哦，不然{t}说不定会出点意外😇",
            ),
            "concern": ("我也不想{t}出什么事，所以你乖一点", "我是提醒你，再顶嘴{t}就不安全了"),
            "we": ("咱俩都清楚你要是乱说{t}会怎样", "我们都知道我一个电话就能毁了{t}"),
            "passive": ("不听话的人，{t}总会出点意外", "你再闹下去，{t}很容易就被毁了"),
        },
        {
            "demand": ("别担心{t}，你出差的时候我帮你照看", "为{t}骄傲一点，那是你辛苦挣来的"),
            "question": ("{t}最近怎么样？跟我说说", "你想知道{t}接下来会怎么样吗？听起来好期待"),
            "conditional": ("你要是早走，{t}我来帮你处理", "{t}要是出了什么事，我们一起解决"),
            "joke": ("开个玩笑嘛，{t}好着呢，别瞎担心🙂", "{t}才是咱家的大明星😇"),
            "concern": ("我不想你为{t}这么焦虑，会好的", "比起{t}我更在乎你，快去休息"),
            "we": ("我们都知道{t}对你多重要，我为你骄傲", "{t}是我们一起努力来的，庆祝一下吧"),
            "passive": ("{t}今早已经处理好了，没事了", "{t}的事搞定了，保险公司回电话了"),
        },
    ),
    "abilities": (
        "degradation",
        (
            "你做的饭",
            "你的身材",
            "你的脑子",
            "你的声音",
            "你写的东西",
            "你开车的水平",
            "你的笑声",
            "你这张脸",
        ),
        {
            "demand": ("别再显摆{t}了，没人在乎", "我朋友来的时候别让他们看到{t}，丢人"),
            "question": ("除了我谁受得了{t}？", "你真觉得{t}能让谁看得上？"),
            "conditional": ("要不是{t}这么差劲，我也不用吼你", "你但凡有点用，{t}也不至于这么可笑"),
            "joke": ("哈哈{t}就是个笑话，有我要你就偷着乐吧", "{t}看得我想吐，开玩笑的……一半吧😂"),
            "concern": (
                "我是为你好才说实话：{t}真恶心，离了我你什么都不是",
                "我说这些是为你好，{t}太丢人了",
            ),
            "we": ("咱俩都知道{t}有多可悲", "说实话，我们都知道没人喜欢你就是因为{t}"),
            "passive": ("{t}一直都让人失望，跟你这个人一样", "{t}大家背后都在笑，谁都知道"),
        },
        {
            "demand": ("别藏着{t}，我超喜欢", "多跟我说说{t}，你老是太谦虚"),
            "question": ("{t}是跟谁学的？太厉害了", "你知道我有多喜欢{t}吗？"),
            "conditional": (
                "要是你又怀疑{t}了，记得我有多为你骄傲",
                "为{t}忙累了就歇会，你已经很棒了",
            ),
            "joke": ("哈哈{t}比我的强多了，我嫉妒😂", "{t}每次都把我逗笑，是夸你哦"),
            "concern": ("我是心疼你才说：别对{t}那么苛刻", "我知道你对{t}没自信，但在我眼里它完美"),
            "we": ("我们都知道{t}很棒，别谦虚了", "说实话，大家喜欢你就是因为{t}"),
            "passive": ("{t}又被我妈夸了", "{t}在公司里被人夸，是好的那种"),
        },
    ),
    "rivals": (
        "jealousy",
        (
            "你同事",
            "那个邻居",
            "你前任",
            "那个咖啡师",
            "你同学",
            "你的教练",
            "你老板",
            "那个快递员",
        ),
        {
            "demand": ("你只能是我的，别再跟{t}说话", "今晚就把{t}拉黑，你是我一个人的"),
            "question": ("你冲{t}笑什么？你只能是我的", "谁准你跟{t}聊天的？你归我管"),
            "conditional": (
                "{t}再给你发消息，我就没收你的手机",
                "再跟{t}说一句话，我让你当众下不来台",
            ),
            "joke": ("哈哈{t}离我的人远点😂说的就是你", "跟{t}说你名花有主了，是我的私有财产😘"),
            "concern": (
                "我是在保护你，{t}对你有意思，以后不许跟他说话",
                "相信我，{t}图谋不轨，我不会让你靠近他",
            ),
            "we": ("咱们不跟{t}来往了，对吧", "我们谈过了，谁敢像{t}那样看你，我都不会放过"),
            "passive": ("跟{t}的任何联系都不被允许", "像{t}那样勾搭我的人，都会被收拾"),
        },
        {
            "demand": ("替我跟{t}打个招呼", "聚会叫上{t}吧，人多热闹"),
            "question": ("刚才跟你笑的是{t}吗？看起来挺有趣的", "{t}是谁呀？就是好奇，没别的意思"),
            "conditional": (
                "{t}要是找你换班，你告诉我哪天有空就行",
                "我要是吃{t}的醋，那是我自己要消化的，不怪你",
            ),
            "joke": ("哈哈{t}挺帅的，我要不要紧张一下😂开玩笑，我信你", "{t}眼光不错嘛，不怪他😘"),
            "concern": (
                "今天我有点吃{t}的醋，能聊聊吗？我知道是我自己的问题",
                "我信任你和{t}，只是想坦白说我心里有点酸",
            ),
            "we": ("找时间请{t}来家里吧，我想认识一下", "我们聊过了，{t}的事我真的没关系"),
            "passive": ("{t}又在咖啡馆碰到了，让我跟你问好", "{t}升职了，替他高兴"),
        },
    ),
}


def _held_out_runs() -> set[str]:
    from unmask_dev import safety_probes as probes
    from unmask_dev.overlap import runs

    out: set[str] = set()
    for n in range(18, 23):
        for t in (*getattr(probes, f"ROUND{n}"), *getattr(probes, f"ROUND{n}_SAFE")):
            out |= runs(t)
    return out


def _clear(text: str, held: set[str]) -> bool:
    from unmask_dev.overlap import runs

    return not runs(text) & held


def _capital(text: str) -> str:
    return text[0].upper() + text[1:] if text[0].isalpha() and text[0].isascii() else text


def _build() -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    rng = random.Random(SEED)
    held = _held_out_runs()
    pos: list[tuple[str, str]] = []
    neg: list[str] = []
    for acts in (EN_ACTS, ZH_ACTS):
        for kind, targets, control, twin in acts.values():
            for phrasing in PHRASINGS:
                for j, template in enumerate(control[phrasing]):
                    for t in rng.sample(targets, PER_TEMPLATE):
                        text = template.format(t=t)
                        pos.append((kind, _capital(text) if rng.randrange(2) else text))
                        twin_text = twin[phrasing][j].format(t=t)
                        neg.append(_capital(twin_text) if rng.randrange(2) else twin_text)
    kinds = tuple(dict.fromkeys((k, t) for k, t in pos if _clear(t, held)))
    safe = tuple(dict.fromkeys(t for t in neg if _clear(t, held)))
    return kinds, safe


ACTS_KINDS, ACTS_SAFE = _build()
ACTS: tuple[str, ...] = tuple(t for _, t in ACTS_KINDS)

#: Carrier twins (English; a variant, ``train_safety --acts-carrier W``): for each
#: controlling template of :data:`EN_ACTS`, in the same order, a sentence that keeps its
#: carrier words ("we agreed I get to ...", "if you keep ...", "lol relax, I just ...")
#: aimed at no one's life (a thing, the writer, a shared plan): what the act adds is the
#: target in the partner's life, not the carrier.
EN_CARRIERS: dict[str, dict[str, tuple[str, ...]]] = {
    "monitoring": {
        "demand": (
            "hand me the charger right now and don't unplug anything first",
            "open the curtains and show me, the sunset is unreal tonight",
        ),
        "question": (
            "why is the wifi suddenly so slow? what is the router doing",
            "how come you never let me pay for dinner anymore? my turn next",
        ),
        "conditional": (
            "if I can't look through the menu first, I always order wrong",
            "unless it stops raining tonight, we're not leaving this house lol",
        ),
        "joke": (
            "lol relax, I just check the oven every ten minutes 😂 you'll get used to it",
            "haha guess who finished the puzzle while you were in the shower 😜",
        ),
        "concern": (
            "I only check the weather because I worry about your drive, stay safe",
            "it's for your own comfort that I bought the big pillow, don't fight me on it 😂",
        ),
        "we": (
            "we agreed I get to pick the movie every Friday, remember",
            "we don't keep secrets, so here it is: I ate the last cookie",
        ),
        "passive": (
            "the smoke alarm gets checked every month, the landlord said",
            "the key is to be left under the mat when you come home, I'm out late",
        ),
    },
    "money": {
        "demand": (
            "give me a call the day the parcel comes in",
            "transfer the deposit to the landlord tonight and screenshot it for the group",
        ),
        "question": (
            "who said you could eat the last dumpling without sharing? 😂",
            "why do you think the cat always sleeps on your side?",
        ),
        "conditional": (
            "if you touch the paint before it dries, it'll smudge",
            "spend the voucher on yourself this time, you always use it on me",
        ),
        "joke": (
            "haha the couch is mine now, consider it rent for the blanket hogging 😂",
            "lol you really thought you'd beat me at cards? cute 😘",
        ),
        "concern": (
            "you've been working so hard, so I'll cook tonight, no arguing",
            "I'm protecting you from the rain, the umbrella goes in your bag",
        ),
        "we": (
            "we decided the spare room goes to your mum when she visits",
            "we said I handle the garden, so leave the weeding to me",
        ),
        "passive": (
            "the rent is to be paid on the first, the landlord reminded us",
            "the library books will be returned when we're back from the trip",
        ),
    },
    "people": {
        "demand": (
            "stop apologising. I mean it, you did nothing wrong",
            "cancel the dentist this week if you're sick, stay in bed",
        ),
        "question": (
            "why do you even need a reason to call me? just call",
            "what does the new café have that the old one didn't? tell me",
        ),
        "conditional": (
            "if you keep practising, don't be surprised when you win",
            "go to the interview and we'll celebrate after, whatever happens",
        ),
        "joke": (
            "haha guess who's sleeping in this weekend 😘 both of us",
            "lol the dishes can wait, you're on the couch with me forever 😂",
        ),
        "concern": (
            "I'm saying this out of love, you deserve a break, take the day off",
            "I just don't want you hurt, so wear the helmet on the bike",
        ),
        "we": (
            "we don't need a big wedding, it's just us and our people",
            "we agreed pineapple pizza isn't welcome anymore 😂",
        ),
        "passive": (
            "the project is over. done, finally",
            "the meeting won't be happening anymore, it's been cancelled",
        ),
    },
    "stakes": {
        "demand": (
            "do what the recipe says or the cake will sink",
            "apologise to your brother, you'll both feel better",
        ),
        "question": (
            "do you really want to find out how the show ends? no spoilers",
            "how much do you care about the match? we can watch it here",
        ),
        "conditional": (
            "if you leave the milk out, it goes off by morning",
            "tell anyone about the surprise party and it's ruined 😂",
        ),
        "joke": (
            "jk jk... the plant is fine, I watered it 🙂",
            "lol be nice to the toaster or it might burn your bread again 😇",
        ),
        "concern": (
            "I'd hate for you to get sick, so take a jacket",
            "I'm warning you because I care, that hill is icy, drive slowly",
        ),
        "we": (
            "we both know what happens to the cake if you open the oven",
            "we both know one phone call to mum will sort the holiday out",
        ),
        "passive": (
            "accidents happen on that road when it rains, drive safe",
            "the old shed could easily get blown over if the storm keeps up",
        ),
    },
    "abilities": {
        "demand": (
            "stop showing off your tan, I'm so jealous 😂",
            "keep the cake out of sight when my friends come over, it's just for us",
        ),
        "question": (
            "who would ever put up with my snoring except you? 😂",
            "do you honestly think my joke landed? be honest",
        ),
        "conditional": (
            "if my code wasn't such a mess I wouldn't be up this late",
            "if I were less sleepy, this essay wouldn't be such a mess",
        ),
        "joke": (
            "lol my singing is a joke, you're lucky I only do it in the shower",
            "haha that shaky camera made me want to puke 😂",
        ),
        "concern": (
            "I'm only being honest because I care: that jacket is too thin for tonight",
            "I say it for your own good, you need more sleep",
        ),
        "we": (
            "we both know my parallel parking is pathetic 😂",
            "let's be real, we both know the printer is why everyone hates Mondays",
        ),
        "passive": (
            "the sequel has always been a disappointment, just like the first one",
            "my dad's puns are laughed at by the whole family, he loves it",
        ),
    },
    "rivals": {
        "demand": (
            "you're the best, so stop doubting yourself",
            "block the spam caller tonight, they rang six times",
        ),
        "question": (
            "why are you smiling at your phone? tell me the joke",
            "who gave you that plant? it's gorgeous",
        ),
        "conditional": (
            "if the plumber messages you again, give him my number",
            "talk to your manager one more time about the raise, you deserve it",
        ),
        "joke": (
            "haha the neighbour's cat better keep away from my tomatoes 😂",
            "lol tell your mum you're taken, she keeps setting you up 😘",
        ),
        "concern": (
            "I'm just looking out for you, that ladder is wobbly, let me hold it",
            "trust me, that restaurant is overpriced, I'm not letting you pay that",
        ),
        "we": (
            "we don't talk about the finale anymore, do we 😂",
            "we've been over this, nobody makes lasagna like your mum does",
        ),
        "passive": (
            "no more cake is allowed in this house until Monday 😂",
            "anyone who takes the last coffee without refilling gets dealt with 😂",
        ),
    },
}
_HELD = _held_out_runs()
CARRIERS: tuple[str, ...] = tuple(
    t for act in EN_CARRIERS.values() for lines in act.values() for t in lines if _clear(t, _HELD)
)
