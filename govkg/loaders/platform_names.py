"""Where an unquoted platform name starts: walking left from its kind word (平台, 系统, APP…) over the words
the model tagged as nouns, names and places, stopping at verbs, function words and marks, with the exceptions
real names need (工程建设项目审批系统, “一件事一次办”主题集成服务系统, 审务通手机APP, 联动处置平台); and the tests
of a name qualified only by manner (全面系统推进) or by a described kind. Used by :mod:`.recognize_platforms`.
"""
from __future__ import annotations

import re

from .generic_platforms import DESCRIPTOR, SCOPE_WORDS, made_of_generic_words
from .resources import Resources
from .tokens import WORD_CHARS, Token

# Words before which an unquoted name cannot start (verbs and function words).
BOUNDARY_TAGS = {"v", "p", "c", "u", "d", "r", "q", "m", "w", "xc", "ad", "vd", "TIME", "PER", "t"}
# Verbs that end a platform name on its left even when the model tags them as nouns.
NAME_STOP_WORDS = frozenset({"运营", "建设", "运维", "负责", "统筹", "接入", "对接", "上线", "开通", "推出", "打造",
                             "搭建", "升级", "依托", "通过", "完善", "部署", "构建", "建成", "使用", "登录", "整合",
                             "推进", "推动", "实现", "形成", "依靠", "利用", "牵头", "承担", "开发",
                             "上接", "下联", "下接", "上联", "畅通", "健全", "探索", "加快", "链接", "优化", "强化", "加强",
                             "加挂", "上连", "中连", "下连"})     # (上连省网办大厅，中连…公示平台，下连…分厅)
#: One-character verbs that make one word with a one-character object inside a platform's name (反诈, 办证, 签章,
#: 缴费, 办税, 禁毒, 治超); not verbs of going or reaching (到|市政务服务大厅, 接|省平台, 找|市12345热线).
OBJECT_VERBS = frozenset("反办签缴纳退验防禁戒治取叫审")
#: The level words a place's platform opens with, after a verb: 到|市|政务服务大厅.
LEVEL_WORDS = frozenset("省市区县州国乡镇村")
#: Verbs 好 completes before a platform's name (用好, 管好, 建好…省平台), not a name's first word.
VERBS_DONE_WELL = frozenset({"用", "管", "建", "抓", "做", "守", "讲", "应用", "运用", "维护", "利用", "使用", "发挥"})
#: How a body's name ends, before a platform it runs: the platform's name does not take it in.
BODY_ENDING = re.compile(r"(?:局|厅|委|办|中心|部|院|队|所|站|支队|总队|大队)$")
#: Two words the model reads apart that one name holds (工程建设项目审批系统, 政府信息公开目录系统).
NOUN_COMPOUNDS = frozenset({("工程", "建设"), ("投资", "建设"), ("信息", "公开"), ("政务", "公开"), ("政府", "公开"),
                            ("疫情", "防控")})     # (…平台疫情防控健康码系统)


def name_start(tokens: list[Token], i: int, text: str) -> int:
    """Walk left from the cue over nouns, names and places; stop at verbs, function words, punctuation."""
    start = tokens[i].start
    j = i - 1
    while j >= 0:
        tok = tokens[j]
        if tok.tag in ("v", "vn") and tokens[j + 1].start == start and tokens[j + 1].text in ("国家", "全国") and j + 2 < i:
            break   # 应用国家智慧教育平台: what is done with the country's platform, before its name (but
            #         中小企业公共服务国家平台 is one name: 国家平台 alone names none)
        if j > 0 and (tokens[j - 1].text, tok.text) in NOUN_COMPOUNDS and not re.search(r"\s", text[tokens[j - 1].start:start]):
            start = tokens[j - 1].start   # 工程建设项目审批系统, 政府信息公开目录系统: 建设, 公开 inside a noun
            j -= 2
            continue
        if tok.text == "”" and tok.end == start:
            opening = _opening_quote(tokens, j)
            if opening is None:
                break
            start, j = tokens[opening].start, opening - 1   # “一件事一次办”主题集成服务系统: the quoted words name it
            if j >= 0 and APPOSED_PLATFORM.search(tokens[j].text):
                break   # 市政府门户网站“中国·九江”网: the words before the quote name the same site, apart
            continue
        if tok.text in APP_NAME_ENDS and tok.tag == "v" and tok.end == start and j > 0 \
                and tokens[j - 1].end == tok.start and tokens[j - 1].tag in ("n", "nz", "vn") \
                and APP_WORD.fullmatch(text, start, tokens[i].end):
            start = tokens[j - 1].start   # 审务|通|手机APP: an app named with 通/办 (the model reads a verb)
            j -= 2
            continue
        if tok.text == "制" and j > 0 and tokens[j - 1].text.endswith("长") and tokens[j - 1].end == tok.start:
            start = tokens[j - 1].start   # 甘肃林长|制|智慧信息系统: a system of chiefs (林长制, 河长制) in the name
            j -= 2
            continue
        if tok.text == "之" and tok.end == start and j > 0 and tokens[j + 1].text[:1] in "家窗声" \
                and tokens[j - 1].end == tok.start and tokens[j - 1].tag in ("n", "nz", "LOC", "ns"):
            start = tokens[j - 1].start   # 市民|之|家政务服务大厅, 政务|之|窗: 之 inside the name's own words
            j -= 2
            continue
        if tok.text == "个子" and j > 0 and tokens[j - 1].tag == "m":
            start = tok.start + 1   # 5个子系统: the count's measure word, which the model joins to 子 ("height")
            break
        if tok.text in OBJECT_VERBS and tok.end == start and j + 1 < i and len(tokens[j + 1].text) == 1 \
                and tokens[j + 1].tag in ("n", "vn", "nz") and tokens[j + 1].text not in LEVEL_WORDS:
            start = tok.start   # 反|诈|技术平台, 办|证|大厅, 签|章|业务系统: a verb and its one-character object,
            j -= 1              # one word (反诈, 办证, 签章) inside the name (not 到|市|政务服务大厅: a place's level)
            if j >= 0 and BODY_ENDING.search(tokens[j].text):
                break           # (北京市公安局出入境管理局|办证大厅: the body running the hall keeps its own name)
            continue
        if tok.text == "好" and j > 0 and tokens[j - 1].text in VERBS_DONE_WELL and tokens[j - 1].end == tok.start:
            break   # 用好|省一体化政务服务平台, 应用好…: the verb's complement, before the name (not 政务服务好差评系统)
        if tok.text in NAME_STOP_WORDS or text[tok.end:start].strip() != text[tok.end:start]:
            break   # a verb, or a space between: a name does not run on over it
        glued = next((w for w in NAME_STOP_WORDS if tok.text.startswith(w) and len(tok.text) > len(w)), None) \
            if tok.tag in ("v", "vn") and tok.end == start else None
        if glued:
            start = tok.start + len(glued)   # 开发水|环境统一监测平台: the model glued the verb to the name's first word
            break
        if tok.text == "中" and j > 0 and tokens[j - 1].tag in ("vn", "v"):
            break   # 在…绩效评估中区人民政府网站…: "in the evaluation", before the name
        if tok.tag in ("v", "vn") and len(tok.text) >= 3 and tok.text.endswith(("中心", "大厅")) and tok.end == start:
            start = tok.start   # 国家|反诈中心|APP: a body's name the model reads as a verb, inside the app's name
            j -= 1
            continue
        if tok.tag == "m" and re.fullmatch(r"[A-Za-z]{1,3}", tok.text) and tok.end == start:
            start = tok.start   # 天河E级智能计算…平台: a letter the model reads as a number, inside the name
            j -= 1
            continue
        if tok.tag == "m" and tok.text.isdigit() and len(tok.text) >= 3:
            start = tok.start   # 12345政务服务便民热线
            j -= 1
            continue
        if tok.text in ("监督", "指导", "监管") and j > 0 and tokens[j - 1].text in ("、", "和", "并", "负责"):
            break   # 负责指导、监督X平台: verbs before the name
        if tok.text in ("和", "与", "及") and j > 0 and _joins_one_name(tokens, j, text):
            start = tokens[j - 1].start   # 城市运行管理和应急处置系统: one system's name
            j -= 2
            continue
        if tok.tag in ("v", "vn") and len(tok.text) >= 3 and tok.text.endswith("化") and j + 1 < i:
            start = tok.start   # 远程可视化办税系统, 智能化审批平台: how the system works, inside its name
            j -= 1
            continue
        if re.fullmatch(r"[A-Za-z][A-Za-z\-]*-[A-Za-z]+", tok.text) and tok.end == start:
            start = tok.start   # V-Tax远程可视化办税系统: a brand in Latin letters opens the name
            j -= 1
            continue
        if tok.text in ("·",) or (tok.tag not in BOUNDARY_TAGS and WORD_CHARS.match(tok.text)):
            start = tok.start
            j -= 1
            continue
        if tok.tag in ("v", "vn", "a", "ad", "vd") and tok.text in ("监督", "管理", "服务", "共享", "交换", "办理", "监管", "安全",
                                                                "综合", "开放", "办事", "统一", "投诉", "举报", "咨询", "查询",
                                                                "协同", "采购", "认证", "核验") \
                or (tok.text == "联动" and tokens[j + 1].text in ("处置", "指挥", "调度", "执法", "监管")
                    and (j == 0 or tokens[j - 1].text in ("市", "省", "县", "区", "我市", "全市", "全省")
                         or tokens[j - 1].tag in ("LOC", "ns", "w"))):   # (not 多部门联动…, 协调联动调度…: a way of working)
            # (信息资源统一共享交换平台, 12315消费者投诉举报热线, 江西政府采购电子卖场, 联动处置平台,
            #  国家网络身份认证公共服务平台)
            start = tok.start
            j -= 1
            continue
        if tok.text in INNER_VERBS and j > 0 and tokens[j - 1].end == tok.start and tokens[j - 1].text not in NAME_STOP_WORDS \
                and (tokens[j - 1].tag.startswith("n") or tokens[j - 1].text == "”" or tokens[j - 1].text.isdigit()) \
                and not (tokens[j - 1].text.endswith(PEOPLE) and SYSTEM_AS_OBJECT.match(text, tokens[i].end)) \
                and not tokens[j + 1].text.startswith(SCOPE_WORDS) and tokens[j + 1].tag not in ("LOC", "ns"):
            #   (窗口人员|受理|业务系统推送的工单, 各部门数据|汇聚|省级…平台: the sentence's subject, verb and object;
            #   but 从业人员登记备案系统, 市民回访平台 are names)
            start = tok.start   # 公共数据汇聚共享平台, “百千万工程”指挥调度信息平台, 省12345指挥监管平台: what it does,
            #                     after what it does it to
            j -= 1
            continue
        if tok.text in QUOTED_WORK_VERBS and j > 0 and tokens[j - 1].text == "”" and tokens[j - 1].end == tok.start \
                and _names_before_quote(tokens, _opening_quote(tokens, j - 1)):
            start = tok.start   # 国土空间规划“一张图”实施监督信息系统: the work done on the quoted thing, inside the name
            j -= 1
            continue
        if j == i - 1 and tok.text == "公开" and tokens[i].text in ("网", "网站") and j > 0 \
                and tokens[j - 1].tag in ("ORG", "n", "nz") and tokens[j - 1].end == tok.start:
            start = tok.start   # 浙江法院|公开|网: a body's disclosure site (not 依法公开|浙江政务服务网, the verb before)
            j -= 1
            continue
        if j == i - 1 and tok.text in SYSTEMS_VERBS and tokens[i].text in ("系统", "平台") and j > 0 \
                and tokens[j - 1].tag.startswith("n") and tokens[j - 1].end == tok.start:
            start = tok.start   # 全国政府网站信息报送系统, 政务数据备案平台: what the system is for, after its noun
            j -= 1
            continue
        break
    return start


#: The last character of an app's name that the model reads as a verb (审务通), and the words for the app
#: right after it (手机APP, 微信小程序, 客户端).
APP_NAME_ENDS = frozenset({"通"})   # (not 办: 集成办, 指尖办 are ways of working)
APP_WORD = re.compile(r"(?:手机|移动|微信|掌上)?(?:APP|App|app|小程序|客户端)")


#: A platform word ending the word before a quoted name: the quoted name is the same platform's, in apposition.
APPOSED_PLATFORM = re.compile(r"(?:网站|平台|门户|系统|APP|App|客户端|小程序|公众号)$")


#: Verbs inside a platform's name, after the noun they act on (数据|汇聚|共享平台, 指挥|调度|信息平台, 政务|融|媒…平台); never its
#: first word (受理|有效热线, 融合|现有政务云平台: the sentence's verb).
#: People who act on a system (窗口人员受理业务系统推送的工单), when what follows the system makes it the verb's
#: object (…系统中的, …系统推送的); a system for them is named after them (从业人员登记备案系统).
SYSTEM_AS_OBJECT = re.compile(r"(?:中|里|内|上)的|推送|中[，。]")
PEOPLE = ("人员", "工作者", "干部", "群众", "市民", "网格员", "同志", "员工")
INNER_VERBS = frozenset({"汇聚", "融合", "融", "识别", "领取", "赋能", "指挥", "调度", "督办", "登记", "核查", "回访", "考核", "督导", "受理", "监测",
                         "算力"})   # (算力, computing power, a noun the model reads as a verb: 省算力资源…平台)
#: Verbs right after a quoted phrase inside a system's name: what is done with the quoted thing (“一张图”实施监督).
QUOTED_WORK_VERBS = frozenset({"实施", "应用", "运行"})
#: Verbs that say what a system is for, right before 系统/平台 and after a noun (信息|报送|系统).
SYSTEMS_VERBS = frozenset({"报送", "备案", "审批", "填报", "认证", "监测", "评价"})


#: Tags of words that say how, not whose or which: adjectives, adverbs, localizers (a verb may name a
#: platform by what it does: 开放平台, 共享平台).
MANNER_TAGS = {"a", "ad", "d", "f"}
#: Verbs that govern the platform after them (检查全市政府网站): never a platform name's first word.
GOVERNING_VERBS = frozenset({"检查", "抽查", "督查", "核查", "联通", "反映", "转载", "关停", "整合", "清理", "管理", "维护"})


def qualified_only_by_manner(tokens: list[Token], start: int, cue_start: int, text_of_cue: str = "") -> bool:
    """Whether the words before the cue are a manner word alone (全面|系统, 有效|热线, 树牢|热线) or open
    on a verb that governs the rest (检查|全市政府网站): the cue word is then a plain noun or adverb."""
    before = [t for t in tokens if start <= t.start and t.end <= cue_start]
    if not before:
        return False
    if before[0].text in GOVERNING_VERBS:
        return not (before[0].text == "联通" and text_of_cue.endswith("云"))   # (but China Unicom's 联通政务云)
    if before[-1].text.endswith("级"):
        return False    # 市级政务云, 省级平台: a level names the one platform of that level
    return len("".join(t.text for t in before)) <= 2 and any(t.tag in MANNER_TAGS for t in before) \
        and all(t.tag in MANNER_TAGS | {"n"} for t in before) and before[-1].tag != "n"


def described_kind(name: str, resources: Resources) -> bool:
    """打造“一站式”服务平台, “智能化”政务服务系统: a quoted description amid generic words names a kind of
    platform, no one platform (社区事务“一门式”受理服务信息系统, with words of its own, is one)."""
    q = re.search(r"“([^“”]+)”", name)
    return bool(q) and bool(DESCRIPTOR.search(q.group(1))) and made_of_generic_words(name[:q.start()], resources) \
        and made_of_generic_words(name[q.end():], resources)


def _opening_quote(tokens: list[Token], closing: int) -> int | None:
    """The token index of the “ that opens the quotation closed at ``closing``, within five tokens: a phrase
    of 3 to 12 characters with words in it (not “山寨”), two after a noun the name goes on with (集体“三资”), or the
    five digits a hotline is named by (“12345”)."""
    for k in range(closing - 1, max(-1, closing - 6), -1):
        if tokens[k].text == "“":
            quoted = "".join(t.text for t in tokens[k + 1:closing])
            if re.fullmatch(r"\d{5}", quoted):
                return k    # “12345”公众服务热线: the number the hotline is named by is its name's
            if len(quoted) == 2 and k > 0 and tokens[k - 1].tag in ("n", "nz", "LOC", "ns", "ORG") \
                    and tokens[k - 1].end == tokens[k].start:
                return k    # 农村集体“三资”数字化监管平台: a short term quoted inside a name that goes on before it
            return k if 3 <= len(quoted) <= 12 and re.search(r"[\u4e00-\u9fff]", quoted) else None
        if tokens[k].tag == "w" and tokens[k].text != "·":
            return None     # (“中国·九江”: the dot joins the quoted name)
    return None


def _names_before_quote(tokens: list[Token], opening: int | None) -> bool:
    """Whether a noun or a place is written right before the quotation opening at ``opening``
    (国土空间规划“一张图”: one name goes on; 依托“一网统管”, 通过“赣服通”: a verb or a preposition before it)."""
    return opening is not None and opening > 0 and tokens[opening - 1].end == tokens[opening].start \
        and tokens[opening - 1].tag in ("n", "nz", "LOC", "ns", "ORG")


def _joins_one_name(tokens: list[Token], j: int, text: str) -> bool:
    """和/与/及 inside one name: the words before it are a plain noun or verb-noun (管理, 运行), no
    name of its own and no platform word (A平台和B系统, 电子政务网络和政务云 are two), and more than a
    bare platform word follows (产品研发和|平台运营 names nothing)."""
    left, right = tokens[j - 1], tokens[j + 1] if j + 1 < len(tokens) else None
    if right is None or right.text in ("平台", "系统", "网站", "门户") or right.text.startswith(SCOPE_WORDS) \
            or right.tag in ("LOC", "ns", "ORG") \
            or left.text in ("要求", "安排", "标准", "规范", "工作", "任务", "意见", "方案", "体系", "机制",
                             "目录", "清单", "事项", "材料", "证照", "情况", "项目", "工程",
                             "窗口", "大厅", "乡镇", "声明"):
        #   (窗口和网上政务服务平台, 乡镇和公安服务大厅: a channel or a level, then the platform; but 社区和居家养老
        #   服务平台, 数据和算力一体化调度平台 are one platform's name)   # 数据目录和政务数据共享交换系统: two things
                                                                                # (热线情况及门户网站: two headings;
                                                                                #  …建设项目和公共文化云: a project, then a platform)
        return False   # …对接要求和全省平台, …效率和贵阳市政府数据…平台: a new name starts after 和
    if right.tag in ("v", "vn") and j + 2 < len(tokens) and tokens[j + 2].text in ("国家", "全国"):
        return False   # 建设和应用国家智慧教育平台: two verbs, then the name
    return (left.tag in ("n", "vn", "nz") and not re.search(r"(平台|系统|网|网络|站|云|门户|端|码|库|模型|局|厅|委|办|中心|政府|热线|信箱|APP|App|app|小程序|号)$", left.text)
            and not right.text.isdigit()     # 市长信箱和12345热线: two channels
            and len(left.text) >= 2)
