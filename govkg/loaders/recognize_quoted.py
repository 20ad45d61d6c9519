"""Quoted platform names: brands in quotes (“随申办”, “云上贵州”系统平台, “A”“B”等平台, “e福州”), told apart
from quoted ways of working (“跨省通办”, “掌上办”), descriptions (“一站式”) and honours.
"""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .generic_platforms import DESCRIPTOR, REFORM, SLOGAN, is_generic_platform, is_slogan, made_of_generic_words
from .places import names_a_place
from .recognize_accounts import ACCOUNT_KINDS, SOCIAL_CHANNEL
from .recognize_platforms import platform_cue
from .resources import Resources
from .segment import clause_start
from .tokens import WORD_CHARS, mention

QUOTED = re.compile(r"“([^“”]{2,16})”")
#: A quoted state of accounts, listed before the word for them (关闭“僵尸号”“睡眠号”等账号86个): no account's name.
ACCOUNT_STATE = re.compile(r"僵尸|睡眠|休眠|空壳|沉睡|零更新|不更新|停更|失联")
#: ‘大成武昌’ inside a speaker's quoted words is a quoted name too (same length: offsets hold)
INNER_QUOTES = str.maketrans("‘’", "“”")
# A quoted term followed by these is a slogan or a measure, not a platform.
NOT_PLATFORM_AFTER = ("能力", "率", "模式", "改革", "理念", "品牌", "经验", "服务体系", "要求", "原则", "目标", "工程", "机制", "工作机制")


#: A platform word after a quoted name saying what the platform is for (监督举报平台, 投诉平台): the quoted words
#: are then what it is about (“三资”监督平台, “我为政府网站找错”监督举报平台), part of its name, no brand of its own.
PURPOSE_PLATFORM = re.compile(r"(?:监督|监管|举报|投诉|咨询|互动|热线|问政|留言|受理|评价|纠错){1,3}平台")
QUOTED_COMPOUND = re.compile(r"(?P<described>(?:数字|政府|政务|服务|移动|综合|智慧|数据|信息|公共|在线|网上|手机|自助|网络)*)(官方(?:微博|微信公众号|微信|网站|账号|抖音号)|" + PURPOSE_PLATFORM.pattern + r"|总门户|门户网站|门户|云平台|系统平台|平台|APP|App|微信小程序|小程序|移动端|客户端|专区|系统|"
                             r"(?<=移动)办公应用|(?<=移动)应用|"
                             + ACCOUNT_KINDS + r"|政务微博|地图|旗舰店|自助机|一体机|终端机|(?<=自助)终端|二维码|"
                             r"(?:政务微信|微信(?![群支])|微博)(?!话题|活动|投票|答题|征文|推文|文章|表情|互动|摄影|大赛|直播|专栏|评论))")
#   (“粤智助”政府服务自助机; “上海发布”微信粉丝, not a 微信群, nor “两会”微博话题)

#: A body's name, which a site can be named after (“汪清县人民政府”网, “梧州食品药品检验所”网).
BODY_NAME = re.compile(r"(?:局|厅|委|委员会|办|办公室|院|中心|政府|所|队|处|站|馆|社)$")
#: After 网: a character that makes it the start of another word (网上, 网格, 网约车, 网申, 网签, 网警 …).
NET_OPENS_A_WORD = "上下格购络点民友页站红课游银盘线商文贷址聊校管易约申签警安速通吧店"
#: 网 after a quoted name as the site's word, not the start of another word (nor 网信, 网评, 网办).
BODY_SITE_AFTER = re.compile(rf"网(?![{NET_OPENS_A_WORD}信评办])")

#: Before a quoted QR code: what is done to the printed code (张贴, 扫描), not a service launched.
HANDLED_CODE = re.compile(r"(?:张贴|粘贴|扫描|扫一扫|扫|印制|发放|悬挂|制作)了?$")
#: After a quoted brand: what kind of hotline it is (“一企来”企业服务热线; not “12345”热线, a number).
DESCRIBED_HOTLINE = re.compile(r"(?:企业|便民|政务|民生)(?:服务)?(?:专线|热线)")


#: Kinds of party a hyphen may join in a quoted phrase (“政府-企业”, “企业-银行”): no brand's parts.
PARTIES = frozenset({"平台", "政府", "企业", "银行", "市场", "社会", "群众", "部门", "个人", "用户", "数据", "服务"})


def _brand_chars(name: str) -> bool:
    """Whether a quoted name is made of a name's characters; a hyphen may join its parts (“灯塔-党建在线”),
    not two parties (“政府-平台”, “政府-企业”: a relation between kinds)."""
    parts = re.split(r"[-－]", name)
    if len(parts) > 1 and any(len(part) < 2 or part in PARTIES for part in parts):
        return False    # (“省-市-县”, “企业-银行”: levels or parties joined, no brand)
    return bool(WORD_CHARS.match(re.sub(r"(?<=[\u4e00-\u9fff])[-－](?=[\u4e00-\u9fff])", "", name)))


def recurring_quoted(sentences) -> set[str]:
    """Quoted names the article keeps coming back to (a brand, not a passing slogan)."""
    counts: dict[str, int] = {}
    for s in sentences:
        for m in QUOTED.finditer(s.text):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return {name for name, n in counts.items() if n >= 4}


#: What a list of quoted names may hold that no platform's name is: a way of working, a kind of system or a
#: programme (“刷脸办”, “智慧交通”, “数字乡村”, “雪亮工程”, “互联网+医疗健康”, “应急指挥中心”).
WAY_OR_KIND = re.compile(r"^(?:智慧|数字|电子|互联网\+)|(?:工程|中心|刷脸办|审批)$")


def _a_way_or_a_kind(name: str) -> bool:
    return bool(WAY_OR_KIND.search(name)) or is_slogan(name) or bool(DESCRIPTOR.search(name)) or name.isdigit()


def platform_brands(sentences) -> set[str]:
    """Quoted names the article itself calls a platform somewhere (“云上贵州”系统平台, “A”、“B”等平台): a
    platform wherever else they are quoted (迁入“云上贵州”)."""
    brands = set()
    before = ""
    for s in sentences:
        text = s.text.translate(INNER_QUOTES)
        listed = _quoted_platform_lists(text)
        examples = PLACE_EXAMPLES.match(text.strip()) if KIND_ENDS_SENTENCE.search(before) else None
        before = text
        if examples:    # 各市县形成了一批…应用成果。比如，杭州的“民呼我为”、宁波的“…”
            brands |= {q.group(1) for q in QUOTED.finditer(examples.group("run")) if not _a_way_or_a_kind(q.group(1))}
        for m in QUOTED.finditer(text):
            compound = QUOTED_COMPOUND.match(text, m.end())
            if (compound or m.start() in listed) and _brand_chars(m.group(1)) and not REFORM.search(m.group(1)) \
                    and not is_slogan(m.group(1)) and not (compound and PURPOSE_PLATFORM.fullmatch(compound.group(2))):
                brands.add(m.group(1))     # (not “高效办成一件事”服务专区: a reform's counter)
                #   (“一户通”、“商社通”等数字平台: each listed name, called a platform by the list)
    return brands


def quoted_platforms(sentence: Sentence, resources: Resources, recurring: set[str] = frozenset(),
            brands: set[str] = frozenset()) -> list[Mention]:
    out = []
    text = sentence.text.translate(INNER_QUOTES)
    listed = _quoted_platform_lists(text)
    for m in QUOTED.finditer(text):
        name = m.group(1)
        if not _brand_chars(name) or HONOUR_AFTER.match(text, m.end()):
            continue
        if CAMPAIGNS_AFTER.match(text, _end_of_quoted_run(text, m.end())):
            continue   # “统云”“并网”“聚数”三大攻坚行动: campaigns, named by what they do, no platforms
        if ACCOUNT_STATE.search(name):
            continue   # 关闭“僵尸号”“睡眠号”等账号86个: states of accounts, no account's name
        if m.start() in listed:   # “渝快办”“川渝通办”“天府通办”等平台: every name of the list
            out.append(mention(sentence, m.start(), m.end(), "Platform", "quoted", name))
            continue
        after = text[m.end():m.end() + 6]
        if BODY_NAME.search(name) and BODY_SITE_AFTER.match(after):
            out.append(mention(sentence, m.start(), m.end() + 1, "Platform", "quoted", name + "网"))
            continue   # “保定市民政局”网: the body's website, as inspection bulletins name sites
        # “一网通办”总门户 : the quoted brand plus a platform word is one name
        if DESCRIBED_HOTLINE.match(after) and not DESCRIPTOR.search(name) and not name.isdigit():
            out.append(mention(sentence, m.start(), m.end(), "Platform", "quoted", name))
            continue   # “一企来”企业服务热线: the quoted brand names the hotline
        compound = QUOTED_COMPOUND.match(text[m.end():m.end() + 9] if text.startswith("官方", m.end()) else after)
        #   (官方微信公众号: an official account, named in more than the six characters read after other names)
        if compound and compound.group("described") and PURPOSE_PLATFORM.fullmatch(compound.group(2)):
            compound = None   # “三资”数字化监管平台: described at length, the platform rules read the whole name
        if compound and compound.group(2) == "二维码" and HANDLED_CODE.search(text, 0, m.start()):
            continue   # 张贴“随手拍”二维码2000余张, 扫描“诚信”二维码: a printed code, no service named
        generic = compound is not None and made_of_generic_words(name, resources)
        if compound and compound.group(2).endswith("应用") and (generic or is_slogan(name) or WAY_OF_WORKING.search(name)
                                                                or not BRAND_SHAPED.search(name)
                                                                or EVENT_AFTER.match(text, m.end() + compound.end())):
            continue   # “让数据多跑路”移动应用推广活动: a slogan's campaign; only a brand's own app (“山东通”移动应用)
        if compound and compound.group("described") and PROGRAMME.search(name):
            continue   # 番禺区“百千万工程”信息平台: a programme's platform, named by all its words, not by the programme
        if compound and compound.group("described") and not DESCRIPTOR.search(name) and not generic and not REFORM.search(name):
            out.append(mention(sentence, m.start(), m.end(), "Platform", "quoted", name))
            continue   # “亲清在线”数字平台: the quoted brand is the name, the words after describe it
        if compound and (compound.group("described") or generic):
            continue   # 打造“一站式”服务平台: a quoted description of the platform, no name; “跨省通办”平台: a
                       # reform's platform, named by the words around it if by any
        if compound and SOCIAL_CHANNEL.fullmatch(compound.group(2)) and (is_slogan(name) or REFORM.search(name)):
            continue   # “最多跑一次”微信: a way of working the post is about, no account
        purpose = compound is not None and bool(PURPOSE_PLATFORM.fullmatch(compound.group(2)))
        if purpose and (name in resources.apps or name in brands or platform_cue(name, resources)):
            compound = None   # “粤省事”咨询平台, “领导留言板”互动平台: a platform of its own, what it is for said after it
        elif purpose:
            out.append(mention(sentence, m.start(), m.end() + compound.end(), "Platform", "platform", name + compound.group(2)))
            continue   # (“三资”监督平台; a longer name the platform rules read, 农村集体“三资”监督平台, is kept)
        if compound:
            out.append(mention(sentence, m.start(), m.end() + compound.end(), "Platform", "quoted",
                                name + compound.group(2)))
            continue
        if after.startswith(NOT_PLATFORM_AFTER):
            continue
        if name in resources.apps or name in brands or _quoted_platform(name, text, m, resources) or _joined_into(text, m) or (
                name in recurring and platform_cue(name, resources) and not is_slogan(name)) or _counts_users(text, m) \
                or (SOUGHT_OR_OPENED.search(text, 0, m.start()) and APP_SHAPED.search(name) and not is_slogan(name)
                    and not REFORM.search(name)):
            out.append(mention(sentence, m.start(), m.end(), "Platform", "quoted", name))
    return out + _listed_beside(sentence, text, out) + _nested_parts(sentence, resources)


#: A platform's own part named in single quotes right after it, the two quoted together
#: (“安徽省政务服务网‘人社便民e站’”, “某政务服务网‘统一认证中心’”).
NESTED_PART = re.compile(r"“([^“”‘’，。、；：]{2,20}?(?:网|平台|门户|大厅|APP|App|客户端|小程序))"
                         r"‘((?![^‘’]*(?:个人|帮助|用户|客服|消息|会员)中心)[^‘’“”，。、]{1,10}"
                         r"(?:站|(?<!数据)中心|专区|专栏|频道|分厅|大厅|服务区|旗舰店|模块|窗口|驿站))’”")
#   (a station, centre or zone of the whole: not ‘首页’, ‘总门户’, ‘无证明城市’, nor an app of its own, ‘皖企通’, ‘苏服码’)


def _nested_parts(sentence: Sentence, resources: Resources) -> list[Mention]:
    """The part of a platform named inside its quotes (“X网‘Y’”): one platform, X's part; not words quoted as
    a claim (“要充分发挥一体化政务服务平台‘总枢纽’”), a reform named on the platform (‘最多跑一次’), nor an app of its
    own (“广东政务服务网‘粤省事’”)."""
    return [mention(sentence, m.start(1), m.end(2) + 1, "Platform", "quoted") for m in NESTED_PART.finditer(sentence.text)
            if not CLAIMED.search(m.group(1)) and not is_slogan(m.group(2)) and not REFORM.search(m.group(2))
            and not WAY_OF_WORKING.search(m.group(2)) and m.group(2) not in resources.apps
            and not is_generic_platform(m.group(1), resources)]     # (“政务服务平台‘好差评’”: no platform named)


#: Inside quoted words before a platform's kind: a claim or a call, not a name (要充分发挥…, 打造全省统一的…, 建好用好…).
CLAIMED = re.compile(r"要|发挥|打造|建好|用好|建设好|构建|推进|实现|充分|统一的|的")


#: A brand's shape: an app's ending (通, 办, 易, 钉, 事, 码) or a letter before a place (i深圳).
BRAND_SHAPED = re.compile(r"(?:通|办|易|钉|事|码)$|^[ie]")
#: A way of working shaped like a brand (一网通办, 秒批秒办, 最多跑一次): no app's name.
WAY_OF_WORKING = re.compile(r"^一网|通办$|秒批|秒办|一次|就近|掌上办|不见面|零跑|最多跑")
#: After a quoted name and its kind: an event about it, not the app itself (推广活动, 宣传周, 评比, 培训).
EVENT_AFTER = re.compile(r"[^，。；]{0,4}?(?:活动|宣传周|评比|大赛|培训|推广)")
#: A quoted programme, campaign or project (“百千万工程”, “雪亮工程”, “数字乡村”行动): what a platform serves, no
#: platform's name of its own.
PROGRAMME = re.compile(r"(?:工程|行动|计划|战略|项目|活动|试点)$")
#: Before a quoted name: data or systems moved or joined into it (接入“云上贵州”, 迁入“X”, 汇聚到“X”; not 入驻,
#: which halls and stations are entered).
JOINED_INTO = re.compile(r"(?:接入|迁入|迁移到|迁移至|汇聚到|汇聚至|汇入)$")
#: …but not a place, a pool, a project or a way of working named so (“市民之家”, “数据资源池”, “雪亮工程”, “接诉即办”).
NOT_JOINED_INTO = re.compile(r"(?:中心|之家|驿站|超市|基地|大厅|圈|站|工程|小区|池|湖|档|即办|机制|模式)$")


def _joined_into(text: str, m: re.Match) -> bool:
    """开放数据全部接入“云上贵州”: what systems and data are moved or joined into, quoted, is a platform."""
    name = m.group(1)
    return bool(JOINED_INTO.search(text, max(0, m.start() - 4), m.start())) and not NOT_JOINED_INTO.search(name) \
        and not is_slogan(name) and not REFORM.search(name) and not DESCRIPTOR.search(name)


#: After a quoted name (and the quoted names listed with it): an honour's title, 南昌市“最佳政务服务大厅”
#: “赣政通工作优秀单位”称号 — an award, not a platform.
HONOUR_AFTER = re.compile(r"(?:[、和及]?“[^“”]{2,30}”)*(?:等)?(?:荣誉)?(?:称号|荣誉|奖项|奖)")
#: Quoted names written one after another (“京通”“京办”“京智”, “A”、“B”和“C”).
ADJACENT_QUOTES = re.compile(r"(?:“[^“”]{2,8}”[、和及与]?){2,}")


def _listed_beside(sentence: Sentence, text: str, found: list[Mention]) -> list[Mention]:
    """The other names of a run of quoted names one of which is a platform (‘京通’‘京办’‘京智’:
    京通 is an app, so its siblings are too)."""
    starts = {m.start - sentence.start for m in found}
    out = []
    for run in ADJACENT_QUOTES.finditer(text):
        names = list(QUOTED.finditer(text, run.start(), run.end()))
        if text.startswith(NOT_PLATFORM_AFTER, run.end()):
            names = names[:-1]      # “浙里办”“浙政钉”“最多跑一次”改革: the last is the reform
        if any(q.start() in starts for q in names):
            out += [mention(sentence, q.start(), q.end(), "Platform", "quoted", q.group(1)) for q in names
                    if q.start() not in starts and WORD_CHARS.match(q.group(1)) and not SLOGAN.search(q.group(1))]
    return out




#: Two quoted names or more, then (等)(一批/多个/N个) and the word for what they are, which each pattern below says.
QUOTED_RUN_BEFORE_KIND = r"(?:“[^“”]{2,16}”[、和及与]?){2,}(?=等?(?:一批|多个|\d+个)?"
QUOTED_RUN = re.compile(QUOTED_RUN_BEFORE_KIND + r"(?:品牌|特色|便民|创新)?(?:平台|APP|App|移动服务|政务服务应用|应用|小程序|政务服务平台|系统|"
                        r"(?:政务)?微博|(?:微信)?(?:公众号|订阅号|服务号)(?!码|菜单|栏目)|抖音号|头条号|快手号|视频号|账号))")   # (“吴忠民政”“青铜峡卫生”等2个微信公众号;
#   not “放管服”“优化营商环境”等政务新媒体宣传主题: themes)


#: Quoted names before 等重大应用/等典型应用 (“A”“B”等重大应用): apps, unless ways of working, kinds or programmes,
#: and not 应用场景, 应用工程, 应用示范….
QUOTED_RUN_MAJOR = re.compile(QUOTED_RUN_BEFORE_KIND + r"(?:重大|典型|数字化)应用"
                              r"(?!场景|领域|主题|工程|改革|示范|案例|评价|项目|等次))")
#: Quoted names listed before 等数字平台 (or 移动, 线上, 网上, 智慧 platforms, apps or mini-programs): platforms
#: unless a way of working, a kind of system or a programme (:func:`_a_way_or_a_kind`); not 等数字平台建设.
QUOTED_RUN_DIGITAL = re.compile(QUOTED_RUN_BEFORE_KIND + r"(?:数字|智慧|线上|网上|移动)"
                                r"(?:平台|APP|App|小程序)(?!建设|场景))")


#: 不合格政务新媒体6个，分别为：“A”“B”“C”: the accounts (or apps) listed after the word for them.
QUOTED_RUN_AFTER = re.compile(r"(?:政务新媒体|新媒体|公众号|微博|账号|APP|App|小程序)[^。“”]{0,60}?\d+个[，,]?"
                              r"(?:分别为|分别是|包括|为)[:：]?(?P<run>(?:“[^“”]{2,16}”[、和及与]?)+)")   # (问题主要为“…”: no count, no accounts)


#: After quoted names: what they are when not apps (经验, 改革, 制度, 品牌…; 应用场景, 应用工程, 应用示范).
NOT_APPS_AFTER = r"(?:[\u4e00-\u9fff]{0,6}?(?:经验|改革|制度|品牌|理念|做法|名片|目标|模式|机制|行动|工程|场景|领域|主题|示范|案例|评价|项目|等次))"
#: 上线运行了一批重大应用，比如，“A”“B”…; 一批应用成果。比如，杭州的“X”、宁波的“Y”: names given as examples of
#: the platforms or apps the sentence (or the one before) just spoke of, each maybe after its place's name.
EXAMPLES_RUN = re.compile(r"(?:应用|平台|系统|APP|App|小程序)(?:成果)?[，,]?(?:比如|例如|譬如|如)[，,：:]?"
                          r"(?P<run>(?:(?:[\u4e00-\u9fff]{2,4}的)?“[^“”]{2,20}”[、和及与]?){2,})(?!等?" + NOT_APPS_AFTER + ")")
#: A sentence opening on examples, each after its place (比如，杭州的“民呼我为”、宁波的“…”): apps only where the
#: sentence before ends on the kind (…一批具有地方特色的应用成果。).
PLACE_EXAMPLES = re.compile(r"^(?:比如|例如|譬如)[，,：:]?(?P<run>(?:[\u4e00-\u9fff]{2,4}的“[^“”]{2,20}”[、和及与]?){2,})"
                            r"(?!等?" + NOT_APPS_AFTER + ")")
KIND_ENDS_SENTENCE = re.compile(r"(?:应用|应用成果|平台|系统|APP|App|小程序)[。！]?\s*$")


#: After a run of quoted names: they are counted as campaigns or tasks (三大攻坚行动, 四项重点工程).
CAMPAIGNS_AFTER = re.compile(r"[、和及]?(?:等)?[一二三四五六七八九十两\d]+(?:大|项|个)[^，。；“”]{0,4}?(?:行动|工程|任务|举措|战役|专项)")


def _end_of_quoted_run(text: str, end: int) -> int:
    """Where the run of quoted names one ends at ends (“A”“B”、“C”…)."""
    run = re.match(r"(?:[、和及]?“[^“”]{1,20}”)*", text[end:])
    return end + run.end()


def _quoted_platform_lists(text: str) -> set[int]:
    """Start offsets of quoted names listed together before 等平台/等移动服务, or after 政务新媒体…分别为."""
    starts = set()
    for run in QUOTED_RUN.finditer(text):
        starts |= {run.start() + q.start() for q in QUOTED.finditer(run.group(0))}
    for run in QUOTED_RUN_AFTER.finditer(text):
        starts |= {run.start("run") + q.start() for q in QUOTED.finditer(run.group("run"))}
    for pattern, group in ((EXAMPLES_RUN, "run"), (QUOTED_RUN_MAJOR, 0), (QUOTED_RUN_DIGITAL, 0)):
        for run in pattern.finditer(text):   # (each name but a way of working, a kind of system or a programme)
            starts |= {run.start(group) + q.start() for q in QUOTED.finditer(run.group(group)) if not _a_way_or_a_kind(q.group(1))}
    return starts


#: Right before a quoted name: a user searching for it in an app, or opening, logging in to or downloading it (在支付宝
#: 搜索“北京健康宝”, 下载“运政通”): an app, mini-program or site (not 点击“立即领取”, 选择“个人业务”: a button).
SOUGHT_OR_OPENED = re.compile(r"(?:搜索|打开|登录|登陆|下载|安装)(?:并注册)?$")
#: A name shaped like an app's or site's: Latin letters in it, a brand's ending (…宝, …通, …办, …码, …卡, …网) or a city
#: portal's opening (中国枣庄), three
#: characters at least (not 申请表, 个人中心, 扫一扫, 数字证书驱动, 公积金提取: a file, a screen, a tool, a search term).
APP_SHAPED = re.compile(r"^(?=.{3,})(?:.*[A-Za-z].*|.*(?:宝|通|办|码|卡|网|APP|App)|中国.+)$")
PLATFORM_CONTEXT = re.compile(r"(APP|App|app|客户端|小程序|移动端|平台|上线|开通|注册|实名用户|下载|端)")


def _quoted_platform(name: str, text: str, m: re.Match, resources: Resources) -> bool:
    """A quoted name ending in a platform word; one ending in 办/通/事/码 also needs a platform context.

    Slogans such as “掌上办” “就近办” “一件事” end like app names; an app is
    named with APP/小程序/上线/用户 nearby, or carries a province abbreviation.
    """
    letter_app = LETTER_AND_PLACE.fullmatch(name)
    if letter_app and names_a_place(letter_app.group("place"), resources.gazetteer) and not NOT_AN_APP_AFTER.match(text, m.end()):
        window = text[max(0, m.start() - 6):m.end() + 8].replace(m.group(0), "")
        return bool(PLATFORM_CONTEXT.search(window) or SERVICE_CONTEXT.search(window))
        #  “e福州”自助服务终端上线…, “我的宁夏”APP: a city's app, a letter or 我的 before the place's name
        #  (not “AI上海”人工智能主题展, “我的深圳”摄影大赛)
    cue = platform_cue(name, resources)
    if not cue or len(name) > 8 or name.endswith(("一件事", "件事")):
        return False
    if cue[1]:                                   # 平台, 网, 云 ...: the word itself says platform
        return True
    if name[0] in resources.gazetteer.abbreviations and (len(name) == 3 or (
            len(name) == 4 and name[1] not in resources.gazetteer.abbreviations and not is_slogan(name))):
        return True     # “苏服办”, “皖事通办” (not “川渝通办”: two provinces' way of working)
    if name.endswith("码") and len(name) >= 3:
        return not name.endswith(NO_SERVICE_CODES)
        #  “居民码”“企业码”: a service code, quoted as codes are (not “试管条码”, “商用密码”: a code on a thing)
    if any(name.endswith(app) or name.startswith(app + "·") for app in resources.apps):   # “一部手机办事通”, “爱山东·青e办”
        return True
    if is_slogan(name):
        return False    # 上线发布“跨省通办”事项: a way of working, though a platform word stands near
    window = text[max(0, m.start() - 6):m.end() + 8]
    return bool(PLATFORM_CONTEXT.search(window.replace(m.group(0), ""))) or bool(DEFINED_AS_APP.match(text, m.end()))


#: Codes that no service issues: a barcode, a password, a cipher (“试管条码”, “商用密码”).
NO_SERVICE_CODES = ("条码", "条形码", "二维码", "验证码", "编码", "代码", "密码")
#: After a quoted letter-and-place name: an event or a brand's campaign, no app.
NOT_AN_APP_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:展|大赛|比赛|征文|活动|评选|摄影|论坛|峰会|品牌|晚会|节)")
#: Words of a service an app gives (自助服务终端, 事项, 办事): with 上线/用户 (PLATFORM_CONTEXT), an app's context.
SERVICE_CONTEXT = re.compile(r"终端|事项|办事|服务")
#: An app named by a letter (or 我的) and a place: e福州, i襄阳, 我的南京.
LETTER_AND_PLACE = re.compile(r"(?:[a-zA-Z]{1,3}|我的)(?P<place>[\u4e00-\u9fff]{2,4})")


#: Figures only an app or a site has: “云上贵州多彩宝”提供546项服务，实名注册活跃用户245万.
USER_FIGURES = re.compile(r"(注册用户|实名用户|活跃用户|用户数|用户量|下载量|访问量|日活|月活)")


#: What such a name's clause goes on with: a verb or its users (“跨省通办”事项168项 counts items, no app).
BRAND_GOES_ON = re.compile(r"(提供|上线|实名|注册|用户|日活|月活|拥有|的(?:注册|实名|活跃)?用户)")


def _counts_users(text: str, m: re.Match) -> bool:
    """A quoted name opening its clause whose sentence goes on to count its users."""
    opening = clause_start(text, m.start(), "，,；。：")
    return len(text[opening:m.start()].strip()) <= 2 and bool(BRAND_GOES_ON.match(text, m.end())) \
        and bool(USER_FIGURES.search(text, m.end())) and not SLOGAN.search(m.group(1))


#: “甬e办”是宁波市的政务服务小程序: the sentence says what the name is.
DEFINED_AS_APP = re.compile(r"是[^。；，“”]{0,20}?(?:APP|App|小程序|客户端|移动端|平台)")
