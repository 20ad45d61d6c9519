"""Platform names ending in a platform word (平台/网/云/系统/APP/码…), unquoted, bounded by the model's
word tags; and the test of whether a name is only a description (在线政务服务平台, 多审批系统) naming no
particular platform. Quoted brands (“随申办”, “A”“B”等平台) are read by :mod:`.recognize_quoted`; where an
unquoted name starts, by :mod:`.platform_names`.
"""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .generic_platforms import is_a_sector, is_generic_platform, slogan_and_kind
from .places import BRANCH_WORDS, PLACE_BRANCH
from .platform_names import described_kind, name_start, qualified_only_by_manner
from .recognize_accounts import ACCOUNTS_NAMED
from .recognize_regions import COUNTRY_SLOGANS
from .resources import Resources
from .tokens import Token, mention

#: Words a name never opens on (各, 该, 这些, 相关, 年度…): its words start after them.
NAME_STOP_PREFIXES = ("各地", "各级", "各类", "各", "该", "本", "其", "这些", "这", "相关", "部门", "个别", "部分", "一些", "所有",
                      "季度", "月度", "年度", "半年度", "辖区", "以下")     # (每季度网站抽查: how often, no site's name)
#: Right before a name: 各 and the kind of bodies or places it goes over (各, 各单位, 各地, 各委办局, 各设区市):
#: every one's platform of that kind, no one platform.
EVERY_ONE = re.compile(r"各(?:单位|地区?|级|部门|委办局|设区市|区县|县区|市县|市州|县市区|省区市|省市|部委|乡镇|街道|类)*“?")
#: After 系统: a verb it says the manner of (系统推进, 系统梳理), or a word it forms (系统性, 系统化).
SYSTEM_AS_ADVERB = re.compile(r"(?:推进|梳理|谋划|部署|重塑|研究|开展|提升|解决|规划|构建|推动|实施|治理|集成|性|化地?)")
#: Right before a name: a verb of building, so the name is a system made (开发退役军人事务系统), not a sector.
BUILT_BEFORE = re.compile(r"(?:开发|上线|建成|建设|打造|搭建|推出|启用|升级|研发)了?$")
#   (and the clause ends on the system: not 部署全省公安系统开展…, 打造教育系统“清廉学校”品牌)
#: Words for several places at once (各市州, 县区): a name never starts with their last character.
COLLECTIVE_PLACES = ("市州", "县区", "区县", "市县", "县市区", "市县区", "州市")


def platform_cue(name: str, resources: Resources) -> tuple[str, bool] | None:
    for cue, needs_qualifier in resources.platform_cues:
        if name.endswith(cue) and len(name) > len(cue) - (0 if needs_qualifier else 1):
            return cue, needs_qualifier
    return None


# -- platforms ---------------------------------------------------------------------
def named_platforms(sentence: Sentence, tokens: list[Token], resources: Resources, agencies: list[Mention],
               regions: list[Mention] = ()) -> list[Mention]:
    """Unquoted names ending in a platform word, reaching left over name-like words.

    An agency name glued to the front (广西网信办关键信息…平台) is part of the name;
    a name never starts inside a place's name (我国一体化平台 is not 国一体化平台).
    """
    agency_ends = {m.end - sentence.start: m.start - sentence.start for m in agencies}
    agency_starts = {m.start - sentence.start: m.end - sentence.start for m in agencies}
    inside_place = {i: r.end - sentence.start for r in regions
                    for i in range(r.start - sentence.start + 1, r.end - sentence.start)}
    place_starts = {r.end - sentence.start: r.start - sentence.start for r in regions}
    region_starts = set(place_starts.values())
    text = sentence.text
    out = []
    for i, tok in enumerate(tokens):
        end, cue, branch = _cue_of_token(text, tok, resources)
        if not cue or (end < len(text) and _continues_word(text, end) and not branch):
            continue
        if ACCOUNTS_NAMED.match(text, end - len(cue)):
            continue   # 虞城县微信公众号“畅通虞城、虞城民政”: the quoted names are the accounts
        start = name_start(tokens, i, text)
        start = _quoted_whole(text, start, end, len(cue))
        if text.endswith("我的", 0, start) and start in region_starts:
            start -= 2    # 我的永州APP, 我的南京: a city's app named “my city”
        quote = next((j for j in range(i, -1, -1) if tokens[j].end <= end - len(cue)), None)   # the token before the cue
        if quote is not None and tokens[quote].text == "“" and tokens[quote].end == end - len(cue) and text.startswith("”", end):
            start, end = name_start(tokens, quote, text), end + 1    # 厦门国际贸易“单一窗口”: the platform word
            if start == tokens[quote].start or start not in region_starts:   # quoted, its place and kind before
                continue      # (not 政务服务“单一窗口”受理模式: a way of working)
        body_before = next((k for k in range(2, 5) if start - k in agency_ends
                            and BODYS_HOTLINE.fullmatch(text, start - k, end)), None) if cue == "热线" else None
        if body_before:
            start -= body_before    # 天津市税务局|纳税|缴费服务热线: the body's line, its field between (the model cut at 纳税)
        if start in agency_ends and text[start:end].startswith(("国家", "全国", "全省", "全市", "省级", "市级")):
            pass   # 住房和城乡建设部国家城市运行管理服务平台: the body, then a name of its own
        else:
            start = agency_ends.get(start, start)
        if start in agency_starts and text.startswith(("国家", "全国"), agency_starts[start]):
            start = agency_starts[start]   # 财政部|全国财政电子票据查验平台: the body, then the country's platform
        inner = [(a, e) for e, a in agency_ends.items() if start <= a and e < end]
        rest = text[max((e for _, e in inner), default=start):end]
        placed = any(LEVEL_OPENING.match(text, a) or a in region_starts for a, _ in inner)   # (市人社局, 天津市…局; not 税务局)
        if inner and is_generic_platform(rest, resources) and rest not in BODYS_OWN_SITE \
                and not (BODYS_HOTLINE.fullmatch(rest) and placed and len(inner) == 1) \
                and (not text.endswith("政府", 0, max(e for _, e in inner)) or re.search(r"[及和、]", rest)):
            continue  # 人社厅业务系统: the agency's own systems, no named platform (but 四川省人民政府网站 and
                      # 北京市政府数据开放平台 are: a government's platform is named by the government; not
                      # 市政府工作部门及派出机构网站, the sites of several)
        start = inside_place.get(start, start)
        if text.startswith("级", start) and start in place_starts:
            start = place_starts[start]   # 贵州省级网上办事大厅: the place with its level word, one name
        each = text.startswith("各", start) or any(m.start() < start <= m.end()     # (各委办|局门户网站: inside it too)
                                                   for m in EVERY_ONE.finditer(text, max(0, start - 10), start + 4))
        while text[start:end].startswith(NAME_STOP_PREFIXES):
            start += next(len(p) for p in NAME_STOP_PREFIXES if text[start:end].startswith(p))
        if text.startswith("地", start) and text.endswith("等", 0, start) and not text.startswith("地方", start):
            start += 1      # 湖南等地政府网站: the sites of several places, 地 is not the name's
        if text.startswith("中", start) and text.endswith(("其", "之", "当"), 0, start):
            start += 1      # 其中县政务服务大厅: 中 ends the word 其中
        if text.startswith("办理", start):
            start += 2      # 共办理省长热线平台转办20件: the verb, not the platform's first word
        if PLACES_SITES.fullmatch(text, start, end) and _places_sites(text, start, end):
            continue        # 我省政府网站问题593条, 我市政府网站总体合格率96.3%: every government site of the place
        if text.endswith(("我", "本"), 0, start) and text[start:start + 1] in "省市区县" \
                and (NUMBER_NEXT.match(text, start + 1) or text.startswith(("国家", "全国一体化"), start + 1)):
            start += 1      # 我省12345热线, 我区国家中小学智慧教育平台: a platform named by its number or the
            #                 country's, used in the place (the 省 is 我省's)
        if text.endswith("一部", 0, start) and re.match(r"手机(?:游|管|看|办事通|通)", text[start:end]):
            start -= 2      # 一部手机游天水…平台: the programme's name opens on its count (一部手机办事通)
        if re.search(r"(?<![A-Za-z0-9])[a-z]$", text[max(0, start - 2):start]):
            start -= 1      # i西安APP, e福州: a city's app named with a letter before the city
        partners = re.search(r"中国\s?(?:——|—|―|－|-|–)\s?$", text[max(0, start - 6):start])
        if partners and not text.endswith(COUNTRY_SLOGANS, 0, start - len(partners.group(0))):
            start -= len(partners.group(0))   # 中国—东盟信息港, 中国-东盟跨境征信服务平台: the two partners name it
            #                                   together (not 健康中国-全民健康信息平台: a programme, then the platform)
        edition = re.search(r"(?<![A-Za-z0-9.])\d?[A-Za-z]{1,4}$", text[max(0, start - 6):start]) \
            if text.startswith("版", start) else None
        if edition:
            start -= len(edition.group(0))   # 3G版电子政务大厅, PC版…: the edition is the name's first word
        if each and not re.search(r"\d", text[start:end]):
            continue      # 各旗区长热线, 各行政级别政府网站, 各部门业务系统: every one of a kind, no one platform
            #               (各市州12345热线 is one; annotators name 2 of 130 names after 各)
        if text.endswith(COLLECTIVE_PLACES, 0, start + 1):
            start += 1    # 各市州12345政务服务热线: the hotlines of the cities, 州 is not the name's
        joined = re.search(r"(?:建设|工作|改革|推进|改造)[和与及]", text[start:end - len(cue)])
        if joined and text.startswith(("建设", "改造", "工作"), end):
            start += joined.end()    # 中心信息化建设和实体政务服务大厅建设: two tasks joined, the second names the hall
            #                          (not 城乡建设和管理综合信息平台, 住房城乡建设和水利局网站: one name)
        name = text[start:end]
        if len(name) <= len(cue) or len(name) > 32:
            continue
        if re.search(r"[和与及]$", name[:-len(cue)]):
            continue   # 事项的成功录入和大厅的改造: 和 joins two things, the cue alone is no name
        if name.startswith(("楼", "层")) and re.search(r"[一二三四五六七八九十\d]$", text[:start]):
            continue   # 中心一楼综合服务大厅: a floor of the building, no platform
        if cue == "信息港" and re.match(r"(?:小镇|园区|产业园|大厦|基地)", text[end:end + 3]):
            continue   # 余杭信息港小镇, 深圳湾信息港园区: a park named so, no platform
        if re.search(r"那么|这么|多少|那些|这些|哪些|什么", text[max(0, start - 2):end]):
            continue   # 我哪记得清那么多热线: how many, which, what kind, no platform's name
        if re.search(r"(?:有关|相关)(?:部门|单位|业务)?$", name[:-len(cue)]):
            continue   # 加强与国家有关平台协同, 省相关业务系统: whichever ones are concerned, no one platform
        if name in ("官方网站", "官网", "官方网"):
            continue   # 请登录官方网站查询: whose site, the sentence does not say (市政府官方网站 does)
        if cue.endswith("体系") and text.startswith(("建设", "框架", "标准"), end):
            continue   # 统筹全省政务数据共享交换体系建设: the work of building one, not a system named
        if MARKET_AFTER.match(text, end):
            continue   # 中国政务云基础设施市场, 政务云市场规模: the market for such platforms, no one platform
        if cue == "留言板" and re.fullmatch(r"(?:社区|班级|居民|小区|楼道|校园|村|单元|(?:单元)?门口|食堂|楼栋)", name[:-len(cue)]):
            continue   # 在一楼大厅设置了社区留言板: a board on a wall, no platform
        if cue == "留言板" and platform_cue(name[:-len(cue)], resources):
            continue   # 12345热线留言板, 门户网站留言板: a board on another platform, named after it (an entry)
        if HOTLINE_ROOM.search(name):
            continue   # 12345热线接线大厅: the room its operators answer in, no platform of its own
        if cue == "系统" and SYSTEM_AS_ADVERB.match(text, end) and re.search(r"(上|中|下|后|要|应|需|将|并|再|更|和|与|全面|进一步|"
                                                                          r"报告|意见|方案|办法|规划|改革)$", text[:end - 2]):
            continue   # …现状基础上系统推进, 该报告系统开展: 系统 says how (systematically), no system is named
            #            (注重改革系统集成: reforms integrated as a whole)
        if cue in ("平台", "系统") and len(name) == 3 and name[0] not in "分子总主省市县区国州" and start > 0 \
                and "\u4e00" <= text[start - 1] <= "\u9fff":
            continue   # 云管、数管和用|管平台: one character cut from a word before it, no platform's name
        if qualified_only_by_manner(tokens, start, end - len(cue), cue):
            continue   # 全面系统推进, 树牢热线理念, 检查全市政府网站: a manner or a verb, no name
        if "“" in name and (is_generic_platform(name.replace("“", "").replace("”", ""), resources)
                            or described_kind(name, resources) or slogan_and_kind(name)):
            continue   # “帮办代办”服务平台, “跨省通办”平台, “掌上办”办事大厅: generic words or a way of working, quoted
        if branch:
            end = branch.end()      # 安徽政务服务网 + 涡阳分厅: the platform's branch for one place
        if cue.endswith("枢纽") and (re.search(r"(作为|成为|是)$", text[:start])
                                    or re.match(r"的?(作用|功能|地位)", text[end:])):
            continue    # 作为全市数据共享交换枢纽, 发挥…共享枢纽作用: a role, no platform's name
        if name[0] in "省市区县" and re.search(r"[一二三四五六七八九十两几多]$", text[:start]):
            continue   # 三省一市政务服务APP: the apps of several places, no one platform
        if COUNTED.search(text, 0, start) and not (text.startswith("“", start) and ONE_NAMED.search(text, 0, start)):
            continue   # 打通114个受理系统、38个资源系统: things counted, not one platform's name
        if REPORT_ON.match(text, end):
            continue    # 在零点公司年度政务热线监测报告中: the title of a report on such platforms, no platform
        if is_a_sector(name, resources) and not (BUILT_BEFORE.search(text, max(0, start - 4), start)
                                                 and re.match(r"[，。；,;（(]|$", text[end:end + 1])):
            continue   # 陕西省政府系统, 交通系统, 新乡市政务信息系统: a sector's bodies or all its systems (but
            #            省退役军人事务厅开发退役军人事务系统: a system built)
        out.append(mention(sentence, start, end, "Platform", "platform"))
    return out


#: After a body's name: its own site or app, which the body names (国家税务总局官方网站, 某局官方APP).
BODYS_OWN_SITE = ("网站", "门户网站", "政务网", "门户", "网", "官方网站", "官网", "官方APP", "官方App", "官方客户端")
#: After a body's name: its own hotline (天津市人力资源和社会保障局服务热线, 市税务局纳税缴费服务热线), one line
#: named by the body as its site is (not 人社厅业务系统, every system it runs).
BODYS_HOTLINE = re.compile(r"(?:(?!开通|设立|公布|优化|整合|通过|回应|今年|设置|开设|建立|推出|启用|畅通|拨打|致电|加强|完善|及时|"
                           r"全面|统一|依托|利用|升级|改造|新增|增设|做好|开展|提供|公开)[\u4e00-\u9fff（）()]){0,6}?"
                           r"(?:服务|咨询|投诉举报|投诉|举报|监督)热线")
#   (…局纳税缴费服务热线, …局出入境咨询热线, …消费者投诉(举报)热线; not 市医保局开通咨询热线: a verb before the line)
#: How a body named by its level or the country opens (市人社局, 国家医保局; not 市场监管部门).
LEVEL_OPENING = re.compile(r"(?:国家|[省市县区州](?!场|民|块|域|级))")


#: Inside a quoted platform name: what a name is never made of (a clause's punctuation, another quote).
NOT_IN_A_QUOTED_NAME = re.compile(r"[“”，,。；;：:、！？!?（）()《》\s\-–—]")
#: …nor the words of a goal, a claim or a speaker (打造, 建好用好, 我们, 这个, 领先, 一流).
QUOTED_CLAIM = re.compile(r"打造|建设好|建好|用好|构建|推进|实现|让|使|要|将|我们|这个|这一|领先|一流|满意|最|全国|全省|全市")


def _quoted_whole(text: str, start: int, end: int, cue_length: int) -> int:
    """Where a name ending at a closing quote starts: the opening quote's, when the words before ``start``
    inside the quotes are all part of one name (“贵州省政法机关跨部门大数据办案平台”, “基于云计算的林业基础
    数据共享平台”: the writer's quotes bound the name that the model's verbs would cut). The words before
    the platform word must name something already (not “平台之外无系统”, a slogan; nor “政府-平台”).

    >>> text = "建设了“省政法机关跨部门大数据办案平台”。"
    >>> text[_quoted_whole(text, text.index("大数据"), text.index("”"), 2)]
    '省'
    """
    if not text.startswith("”", end) or start >= end - cue_length:
        return start
    opening = text.rfind("“", max(0, end - 33), start)
    if opening < 0 or opening + 1 == start or NOT_IN_A_QUOTED_NAME.search(text, opening + 1, start):
        return start
    before = text[opening + 1:start]
    if QUOTED_CLAIM.search(before) or ("的" in before and not before.startswith("基于")):
        return start    # “打造全市领先的…信息平台”, “让群众满意的服务型政务平台”: a goal or a claim quoted, no name
    return opening + 1


#: 政府网站 after a place word with 我/全/本 (我市政府网站): the sites of the place's governments; with
#: 门户 it is the one portal (我市政府门户网站).
PLACES_SITES = re.compile(r"[省市区县州旗]政府网站")
#: What is said of a place's sites, not of one portal: how many passed a check, their problems, how many.
SITES_RATED = re.compile(r"(?:总体|整体)?(?:合格率|抽查|检查|普查|监测|考评|绩效|健康|问题|集约|整合|数量|总数|共|均|都|全部|中[，,有])")


def _places_sites(text: str, start: int, end: int) -> bool:
    """Whether 政府网站 after 全/我/本 and a level word means every government site of the place, not its one
    portal: 全省政府网站 always; 我省/我区/我市政府网站 unless one site is used or named (详见我市政府网站,
    我市政府网站“中国宜昌”); 我县/本旗政府网站 only where they are rated or counted (我县政府网站合格率…)."""
    if text.endswith("全", 0, start):
        return True
    if not text.endswith(("我", "本"), 0, start):
        return False
    if text[start] in "省区市":
        return not (text.startswith("“", end) or ONE_SITE_USED.search(text, max(0, start - 4), start - 1))
    return bool(SITES_RATED.match(text, end))


#: Before 我市政府网站: a site one logs in to, reads or posts on (详见, 登录, 在…公示): the one portal.
ONE_SITE_USED = re.compile(r"(?:详见|登录|访问|登陆|浏览|点击|通过|在|于|上)$")


def _cue_of_token(text: str, tok: Token, resources: Resources) -> tuple[int, str | None, re.Match | None]:
    """Where a platform's cue ends at this token, the cue, and the place's branch after it: the cue
    ends the token (…政务服务网), or the token is a whole branch's name (安徽政务服务网涡阳分厅)."""
    cue = _cue_ending_at(text, tok.end, resources)
    if cue:
        return tok.end, cue, PLACE_BRANCH.match(text, tok.end + app_word_at(text, tok.end))
    if tok.text.startswith("网上") and _place_before(text, tok.start, resources):
        cue = _cue_ending_at(text, tok.start + 1, resources)   # 湖北省政务服务|网上|共发布: the model read 网上 as a
        if cue and len(cue) >= 2:                               # word; a place names the site (not 政务服务网上办理)
            return tok.start + 1, cue, None
    if tok.text.endswith(BRANCH_WORDS):
        for end in range(tok.end - 3, tok.start, -1):
            cue = _cue_ending_at(text, end, resources)
            branch = PLACE_BRANCH.fullmatch(text, end, tok.end) if cue else None
            if branch:
                return end, cue, branch
    return tok.end, None, None


def app_word_at(text: str, pos: int) -> int:
    """The length of APP written between a platform's name and its branch (郑好办APP二七分厅), or 0."""
    m = re.match(r"APP|App|app|客户端", text[pos:])
    return m.end() if m else 0


def _place_before(text: str, end: int, resources: Resources) -> bool:
    """Whether a place's full name (湖北省, 武汉市) stands within a few words before ``end`` (not 全省, 市县)."""
    g = resources.gazetteer
    window = text[max(0, end - 14):end]
    return any(window[i:j] in g.full_names and window[i:j][-1] in "省市县区州"
               for i in range(len(window)) for j in range(i + 3, min(len(window), i + 9) + 1)
               if window[max(0, i - 1):i] not in ("全", "各", "本", "我"))


COUNTED = re.compile(r"(?:\d+|(?!一[个套张类款项家]$)[一二三四五六七八九十两几百千]+)(?:多|余)?(?:个|套|张|类|款|项|家)$")
#: One platform counted before its quoted brand (即1个“港城快工”数智零工平台、7个…市场): named all the same.
ONE_NAMED = re.compile(r"(?:1|一)个$")


def _cue_ending_at(text: str, end: int, resources: Resources) -> str | None:
    for cue in _qualified_cues_by_last_char(resources).get(text[end - 1:end], ()):
        if text.endswith(cue, 0, end):
            if cue in ("网", "云") and not re.search(r"(政务|服务|信息|数据|办事|电子|资源|办公|业务|政府|开放|交易|公开|采购|(?<=[\u4e00-\u9fff]{2})”|"
                                             r"(?<=公共)文化(?=云)|(?<=[\u4e00-\u9fff]{2})(?:健康|教育|警务|党建)(?=云))(网|云)$", text[:end]):
                continue
            return cue
    if re.search(r"[\u4e00-\u9fff]{2}(APP|App)$", text[:end]):
        return text[end - 3:end]   # 上海健康云APP: an app named without quotes
    return None


def _qualified_cues_by_last_char(resources: Resources) -> dict[str, list[str]]:
    """The cues that need a qualifier before them, longest first, by their last character (a token ends in one)."""
    by_last = resources.cache.get("qualified_cues")
    if by_last is None:
        by_last = {}
        for cue, needs_qualifier in resources.platform_cues:
            if needs_qualifier and cue:
                by_last.setdefault(cue[-1], []).append(cue)
        resources.cache["qualified_cues"] = by_last
    return by_last


def _continues_word(text: str, end: int) -> bool:
    """平台 in 平台体系/平台建设 ends the name; 网 in 网络 does not end a platform, nor 系统 in
    系统架构/系统思维 (“systematic”, not a system; 系统集成了… is a system)."""
    if text.endswith("系统", 0, end) and SYSTEMATIC.match(text, end):
        return True
    if text.endswith("热线", 0, end) and re.match(r"(呼叫|服务|话务)?中心", text[end:end + 4]):
        return False     # 12345市长热线服务中心: the hotline, then the centre that runs it
    if text.endswith("热线", 0, end) and text.startswith("办", end):
        return True      # 县热线办: the hotline's office, a body
    return text[end:end + 1] in ("络", "点", "格", "民", "友", "页", "站", "端", "计", "服", "盘", "节")   # (政务云节点)


#: A noun and a verb that together are a noun, so a name runs on over them (工程建设项目审批管理系统).
SYSTEMATIC = re.compile(r"(架构|思维|观念|工程|谋划|布局|化|集成改革)")


#: After a platform's words: they are a report's subject (在零点公司年度政务热线监测报告中).
REPORT_ON = re.compile(r"(?:监测|评估|评价|质量)(?:分析)?报告(?=中|显示|指出|称|发布)")
#   (not 拨打12345热线报告问题: a verb; not 省政府门户网站运行报告显示, 热线年度报告: the platform's own report)
#: After a kind of platform: the market or industry that sells it (政务云市场, 政务云基础设施市场份额).
MARKET_AFTER = re.compile(r"(?:基础设施|服务)?(?:市场(?!监管|监督|化|主体|准入|经营|价格|秩序)|产业(?!园|化))")
#   (not 政务服务网市场监管旗舰店, 平台市场化运营; nor 行业: 平台行业管理模块, 平台行业应用)

#: The room where a hotline's calls are answered (12345热线接线大厅, 话务大厅).
HOTLINE_ROOM = re.compile(r"(?:接线|话务|坐席|接听|呼叫)大厅$")

#: A hotline's number, quoted or not, right after a place word (我省12345热线, 全区“12345”热线).
NUMBER_NEXT = re.compile(r"“?\d")
