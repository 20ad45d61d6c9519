"""Names of bodies: agencies by their [place][省/市…][core][suffix] pattern, institutions of a place
(市信息中心, 昭通市网管中心), their sections (…信息化管理处), leading groups, the centre that runs a
platform (…热线受理中心). The model's ORG words kept as bodies or organizations are in :mod:`.recognize_orgs`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import Mention, Sentence
from .places import names_a_place
from .recognize_groups import LEVEL_WORD_GLUED, group_mentions, legislatures_of_a_term
from .resources import Resources
from .tokens import mention

#: 政府 before 采购 (not 采购了, 采购中心): government procurement (江西政府采购电子卖场), no government.
GOVERNMENT_PROCUREMENT = r"采购(?!了|中心)"
# Suffixes that begin another word when followed by these (办结, handling; 办结合实际: the office), and the
# legislatures' short names before their members, leaders, sessions, proposals or a school (人大代表, 人大附中, 政协委员,
# 政协十二届, 政协提案).
SUFFIX_BLOCKERS = {"部": "[门分署长署队位属委]", "局": "[面长势限属]", "厅": "[长堂属]", "委": "[托员屈婉属派]",
                   "办": "[理法事公好件复成]|结(?!合)", "院": "[长校士落属]",
                   "人大": "[代届次会附建提领主第一二三四五六七八九十\\d]", "政协": "[委届次会提领主第一二三四五六七八九十\\d]",
                   "政府": GOVERNMENT_PROCUREMENT}
REGION_LEVEL_PREFIX = ("自治区", "省", "市", "县", "区", "州")
AGENCY_PREFIX = ("国家", "中央", "全国", "省委", "市委", "县委", "区委", "省", "市", "县", "区", "州", "自治区")
#: A verb the model glues to the body after it (我局会同|市市场监管局 read as one ORG).
LEADING_VERB = re.compile(r"^(会同|联合|协同|配合|督促|指导|组织|邀请|委托|协调|联通|连通|贯通|打通|对接|"
                          r"肯定|表扬|表彰|感谢|批评|约谈|要求|支持|帮助|督导|调研|考察|走访|参观|听取|看望|慰问|带领|率领|陪同|"
                          r"加快|加强|推进|推动|成立|组建|筹建|设立|召集|召开|依托|通过|协助|牵头|建立|授权|报请|提请|综合|征求)"
                          r"(?=省|市|区|县|自治区|国家)|"
                          r"^(深入|走进|来到|前往|在|到)(?=[\u4e00-\u9fff]{0,6}?(?:社区|街道|乡镇|村))")
#   (综合|市人社局…等部门意见; 深入|社区党群服务中心, 在|宜和社区党群服务中心: the visit, then the place visited)
JOINED_AGENCIES = re.compile(r"(局|厅|委|办|部|院|中心|(?<!数字|整体|智慧|电子)政府|会|部门|室|科|处)"
                             r"(联合|会同|与|和|及|、|进驻|入驻|派驻|负责|牵头)")   # (县人社局进驻县政务服务中心: two bodies)
ORG_SUFFIXES = ("组织", "协会", "联盟", "公司", "集团", "学会", "基金会", "大学", "银行", "分行", "支行", "论坛", "联合会", "商会",
                "通讯社", "分社", "信息社", "报社", "出版社", "电视台", "数据交易所", "促进会", "研究会",
                "融媒体中心", "律师事务所")     # (永嘉县融媒体中心: a county's news outlet; a law firm)


def agency_pattern(resources: Resources) -> re.Pattern:
    """[国家/省/市…]? [core]? suffix ([core] suffix)* — 省卫生健康委, 国务院办公厅电子政务办公室."""
    cached = resources.cache.get("agency_re")
    if cached is None:
        cores = "|".join(map(re.escape, resources.agency_cores))
        suffixes = "|".join(
            re.escape(s) + (f"(?!{SUFFIX_BLOCKERS[s]})" if s in SUFFIX_BLOCKERS else "")
            for s in resources.agency_suffixes
        )
        prefix = "|".join(map(re.escape, AGENCY_PREFIX))
        # a core may join two: 数据和政务服务局, 政务服务与数据管理局 (the 2024 数据局 reorganisation)
        core = rf"(?:{cores})(?:[和与及](?:{cores}))?"
        cached = re.compile(
            rf"(?P<prefix>{prefix})?(?P<core>{core})?(?:{suffixes})(?:(?:{core})(?:{suffixes}))*"
        )
        resources.cache["agency_re"] = cached
    return cached


#: After a street's name (…街道): its office, the street's government (街道办事处, 街道办; not 办理, 办事).
STREET_OFFICE = re.compile(r"办事处|办(?![理事件结好成公])")


#: The body that runs a platform, named after it: 广州12345政府服务热线受理中心, “一网通办”运营中心.
PLATFORM_CENTRE = re.compile(r"”?(受理中心|运营中心|运行中心|管理中心|指挥中心|(?<=热线)(?:呼叫|服务|话务)?中心|"
                             r"(?<=\d热线)(?:办公室|办)|(?<=长热线)(?:办公室|办))")
# (…热线中心; 12345热线办, 市长热线办公室: an office named after the hotline it runs; not 县热线办)
CENTRE_OF_PLATFORM = re.compile(r"“?(.+?)" + PLATFORM_CENTRE.pattern + "$")


def without_spaces(name: str) -> str:
    """A name as written with a page's spaces dropped (12345 热线 → 12345热线); other characters stay."""
    return re.sub(r"[ \t\u3000\u00a0]+", "", name)


def names_its_platform(centre: str, short: str) -> bool:
    """A centre's declared short name that is its platform's (…热线中心（以下简称“12345 热线”）: the hotline).

    >>> names_its_platform("衡东县12345政务服务热线中心", "12345 热线"), names_its_platform("市大数据中心", "大数据中心")
    (True, False)
    """
    return bool(platform_of_centre(centre)) and bool(re.search(r"(热线|平台)$", without_spaces(short)))


def platform_of_centre(name: str) -> str | None:
    """The platform a centre's name is made of (…热线受理中心 → …热线), if it is such a name.

    >>> platform_of_centre("广州12345政府服务热线受理中心"), platform_of_centre("市大数据中心")
    ('广州12345政府服务热线', None)
    """
    m = CENTRE_OF_PLATFORM.match(name)
    return m.group(1) if m else None


#: After a central body's name (agencies.tsv): one of its departments or institutes, one name with it
#: (民政部社会事务司, 农业农村部信息中心, 教育部教育技术与资源发展中心). 和/与 may join two words of the unit's
#: own name (市场和信息化司), never another body's. A unit with a name of its own (工信部中国软件评测中心) stands apart.
CENTRAL_UNIT = re.compile(r"(?:(?P<words>[\u4e00-\u9fff]{2,14}?)(?<!公)司(?![法局机其])|(?P<more>[\u4e00-\u9fff]{0,14}?)(?:研究中心|"
                          r"发展中心|信息中心|评测中心|服务中心|管理中心|考试中心|征信中心|登记中心|技术中心|研究院|规划院|"
                          r"研究所|情报所))(?![\u4e00-\u9fff]{0,2}(?:平台|系统|网|大厅|楼|名单|建设))")
#: What is done to or by a body, or when (加快, 依托, 举行, 目前): never inside its name. WORK_VERBS adds 建设 and
#: 建成, which a ministry's department may be named for (村镇建设司), and 全面, 依靠, 首个.
DOING_WORDS = r"加快|依托|打造|推进|推动|开展|成立|设立|启用|新建|组建|借助|通过|利用|积极|举行|举办|召开|近年|近期|目前"
CENTRAL_UNIT_STOP = re.compile(r"^[和与及]|中国|国家|全国|中央|[的及在是为了将对把被、，等委局厅办部院署从向到\d]|中心|各|有关|"
                               r"机关|直属|一批|首批|示范|联合|会同|发布|印发|指导|加强|遴选|命名|确定|认定|公布|推出|倡导|关心|"
                               r"关爱|强调|出席|负责|要求|部署|支持|批复|同意|批准|授权|委托|加挂|挂牌|" + DOING_WORDS)
#   (中央机构编制委员会办公室批复同意国家信息中心…, 国家信息中心加挂…管理中心牌子: what one body allows another,
#   or a second plaque; no unit of its)
#: In the words of a unit after a body's two names (市发展改革委(大数据发展局)提出自建数据中心): what the body is
#: asked for or does, not a unit's name (but 干部教育培训中心, 信息化推进中心, 医疗服务指导中心 are units).
SECOND_NAME_UNIT_STOP = re.compile(r"^[和与及]|[的了在是为将对把被、，,等委局厅院署从向到\d]|中心|各|有关|联合|会同|牵头|"
                                   r"支持|建设|部署|提出|申请|撤销|自建|与|和|"
                                   + "|".join(w for w in DOING_WORDS.split("|") if w != "推进"))
#   (the stops of a central body's unit, less 部, 办, 推进, 指导: 干部教育培训中心, 社会保险经办中心, 信息化推进中心,
#   医疗服务指导中心 are units' names)


def central_unit(sentence: Sentence, body: Mention, resources: Resources) -> Mention | None:
    """The department or institute written right after a central body's name, with the body's name.

    >>> from govkg.loaders.resources import load_resources
    >>> from govkg.types import Sentence
    >>> r = load_resources(use_ner=False)
    >>> s = Sentence(0, "民政部社会事务司司长表示", 0, 12)
    >>> central_unit(s, mention(s, 0, 3, "Agency", "agency"), r).text
    '民政部社会事务司'
    """
    if body.text not in resources.agencies:
        return None
    m = CENTRAL_UNIT.match(sentence.text, body.end - sentence.start)
    words = m and (m.group("words") or m.group("more"))
    if m is None or CENTRAL_UNIT_STOP.search(words):
        return None
    return mention(sentence, body.start - sentence.start, m.end(), "Agency", body.source)


# 中央党校(国家行政学院)电子政务研究中心: a body known by two names, then its unit
SECOND_NAME_AND_UNIT = re.compile(r"[（(][\u4e00-\u9fff]{2,10}?(?:校|院|部|局|委|办|厅)[）)]"
                                  r"(?P<unit>[\u4e00-\u9fff]{2,12}?)(?:研究中心|中心|研究院|研究所|办公室)")
#: A hotline's office: 区热线办, 12345热线办, 市长热线办公室 (not 热线办理, handling); what stands before
#: 热线 is read by :func:`_hotline_office_start`.
HOTLINE_OFFICE = re.compile(r"(?:政务服务便民|政务服务|便民服务|市民服务|公共服务|政府服务)?热线(?:办公室|办(?![理结件成事好实案法得到]))")
# (热线办成群众满意的热线, 热线办事效率: the verb 办, no office)
HOTLINE_OWNER = re.compile(r"(?:[省市区县州](?:人民政府|政府)?|市长|省长|县长|区长)?(?:“?12345”?)?$")


def _hotline_office_start(text: str, start: int, resources: Resources) -> int | None:
    """Where a hotline office's name starts: its number, level or owner before 热线, and a place before
    them (宜春市12345热线办公室); None when no number, owner or place names it (县热线办, 热线办)."""
    owner = HOTLINE_OWNER.search(text, max(0, start - 9), start)
    begin = owner.start() if owner else start
    if text.endswith(("我", "本", "全"), 0, begin) and text[begin:begin + 1] in "省市区县":
        begin += 1      # 我市12345热线办: the city speaking; the office is named by its number
    named_from = _extend_left_over_region(text, begin, resources)
    if named_from == begin and not re.search(r"\d|长|政府", text[begin:start]):
        return None     # 县热线办直办153件: the page's own office, in passing; its cases are the hotline's
    return named_from


#: Before a level word (县, 区) that opens a body's name: a mark, or a word a name follows (由县综治中心主持,
#: 和区社会治理中心); not the end of another word (社区, 高新区, 园区, 各区, 全县).
LEVEL_OPENS_A_NAME = re.compile(r"[^\u4e00-\u9fff]|[由在到和与及的经向对将把被为是赴至从据同合、]")
#: Right after a body's name: a platform word, so the name is the platform's (县社会治理中心平台).
PLATFORM_AFTER_BODY = re.compile(r"平台|系统|APP|App|小程序|网站|信息系统")
#: Two level words written together (县区, 市县): the bodies of all the places of both levels.
LEVELS_TOGETHER = ("县区", "区县", "市县", "县市", "市州", "州市", "旗县", "县旗")


#: Not inside a body's name between its core and its suffix: a function word, another body's ending,
#: or a verb (市大数据管理中心负责政府数据共享: the centre, then what it does).
#: Inside a long name, what ends it before another body's: one body allowing another or hanging a second plaque
#: (市委编办批复同意市大数据中心…, …加挂…牌子), or a site's name before a second name (市政务公开网和…政府).
ANOTHER_BODY_NEXT = r"批复|同意|批准|授权(?!运营|$)|加挂|网(?=[和与及、])"
FILLER_STOP = re.compile(r"[的与及在是为了将对把被、，等委局厅办部院署从向\d]|中心|负责|牵头|指导|会同|联合|印发|发布|组织|不得|原则上|各|新建|"
                         + ANOTHER_BODY_NEXT)


#: A level word and 政府 ending a filled name: another government, after a verb phrase (市政务公开工作获省政府: the
#: province's government, not a body of the city's).
ANOTHER_GOVERNMENT = re.compile(r"[获受得向报][省市县区](?:人民)?政府$")


#: Cores naming an office by its work in short (市政务公开办, 县热线办, 市效能办, 省审改办): their office's
#: name follows at once, never after more words (县热线转派县市场监督管理局, 市政务公开工作获…政府: a verb phrase).
WORK_NAMED_CORES = frozenset({"政务公开", "效能", "热线", "审改", "编", "机构编制"})   # (省编写组办公室: no 编办)


def filled_agency_pattern(resources: Resources) -> re.Pattern:
    """A department core, up to six more words, then a suffix of two characters or more."""
    cached = resources.cache.get("filled_agency_re")
    if cached is None:
        cores = "|".join(re.escape(c) for c in resources.agency_cores if c not in WORK_NAMED_CORES)
        suffixes = "|".join(re.escape(s) for s in resources.agency_suffixes if len(s) >= 2)
        prefix = "|".join(map(re.escape, AGENCY_PREFIX))
        cached = re.compile(rf"(?P<prefix>{prefix})?(?:{cores})(?P<filler>[\u4e00-\u9fff]{{1,6}}?)(?:{suffixes})")
        resources.cache["filled_agency_re"] = cached
    return cached


def agency_mentions(sentence: Sentence, resources: Resources, regions: list[Mention]) -> list[Mention]:
    text = sentence.text
    out = []
    region_ends = {r.end - sentence.start: r.start - sentence.start for r in regions}
    for m in agency_pattern(resources).finditer(text):
        start = _extend_left_over_region(text, m.start(), resources)
        start = region_ends.get(start, start)     # a town recognized before it: 和平区新兴街道社区事务受理服务中心
        level = {"县委": "县", "区委": "区"}.get(m.group("prefix"), m.group("prefix"))    # (通川|区委改革办 too)
        if start == m.start() and level in REGION_LEVEL_PREFIX:
            start = _county_before(text, m.start(), level, resources)
        if start == m.start() and level == "县" and m.start() >= 1 \
                and text[m.start() - 1:m.start() + 1] in resources.gazetteer.full_names \
                and text[m.start() + 1:m.end()] in resources.each_level_bodies:
            start -= 1      # 沛县|综治中心: a county named by one character and 县, before a body every county has
        if start == m.start() and text[max(0, start - 1):start + 1] in LEVELS_TOGETHER:
            continue      # 市、县区政务服务中心: the centres of every county and district, no one body
        named = m.group("core") or start < m.start() or text[m.start():m.end()].startswith("国务院") \
            or (level in REGION_LEVEL_PREFIX and text[m.start() + len(level):m.end()] in resources.each_level_bodies
                and (m.start() == 0 or LEVEL_OPENS_A_NAME.search(text, m.start() - 1, m.start()))
                and not PLATFORM_AFTER_BODY.match(text, m.end()))
        #   (县综治中心: a body each county has, named by its level alone, where a name can begin; not
        #    社区|网格化服务管理站, 高新区|综治中心, 各|区…; nor 县社会治理中心平台, the platform)
        if text.endswith("共青团", 0, start):
            start -= 3    # 共青团日照市委: the Youth League's committee, not the city's Party committee
        elif lead := COMMITTEE_LEAD.search(text, 0, start):
            if PARTY_COMMITTEE_UNIT.match(text, start, m.end()) if lead.group("party") else PLACE_COMMITTEE.match(text, start, m.end()):
                start = lead.start()   # 中共江苏省委人才办, 中国人民政治协商会议吉林市委员会: whose committee is part of the name
        addressee = _addressed(text, start, m.end())
        if text.startswith("我", start) and not m.group("core"):
            continue      # 我国政府, 我省政府: the government speaking of itself, no one body's name
        if text.endswith("政府", 0, m.end()) and text.startswith(("网", "门户"), m.end()):
            continue      # 中国政府网, 市政府门户网站: the government's site, not the government
        if named and m.end() - start >= 3 and not addressee:
            out.append(mention(sentence, start, m.end(), "Agency", "agency"))
    # a region name directly followed by a government suffix: 浙江省人民政府, 杭州市政府
    for region in regions:
        s, e = region.start - sentence.start, region.end - sentence.start
        gov = re.match(rf"(人民政府办公厅|人民政府|政府办公厅|政府)(?![工报网]|{GOVERNMENT_PROCUREMENT})", text[e:]) or (
            STREET_OFFICE.match(text[e:]) if region.text.endswith("街道") else None)   # 渤海路街道办事处: a street's government
        if gov and text[max(0, s - 1):s] != "各" and not region.text.startswith("我"):   # (我国政府: no one body)
            out.append(mention(sentence, s, e + gov.end(), "Agency", "agency"))
    # 聊城市委、市政府, 山西省委省政府: the place's Party committee and its government, the place named once for both
    #   (resolve writes the government with the place before it: 聊城市政府, whatever the page's place)
    for region in regions:
        e = region.end - sentence.start
        level = region.text[-1:] if region.text.endswith(("省", "市", "县", "区")) else None
        pair = (re.match(rf"委[、和与]?({level}(?:人民)?政府)", text[e:]) if level else None) \
            or re.match(r"([省市县区])委[、和与]?(\1(?:人民)?政府)", text[e:])     # (聊城|市委、市政府; 滨海新区|区委、区政府;
        #                                                                        山西省委省政府, written as one word)
        if pair and not GOVERNMENT_PART.match(text, e + pair.end()) and not region.text.startswith(("我", "全", "本")):
            out.append(mention(sentence, e + pair.start(pair.lastindex), e + pair.end(), "Agency", "paired-government"))
    out += legislatures_of_a_term(sentence, region_ends)   # 山东省第十三届人民代表大会常务委员会, 省十四届人大常委会
    # 团省委, 团市委, 团中央: the Youth League's committee by its short name (not 集团|市委)
    for m in YOUTH_LEAGUE.finditer(text):
        out.append(mention(sentence, m.start(), m.end(), "Agency", "agency"))
    # 创新科技及工业局, 证券及期货事务监察委员会: a bureau named for two fields joined by 及 (as Hong Kong's and
    #   Macao's are), where a clause opens or after its government's name
    for m in FIELDS_JOINED_BUREAU.finditer(text):
        second = m.group(0)[m.end("first") - m.start() + 1:]
        if not BODY_END.search(m.group("first")) and not WORK_VERBS.search(m.group("first")) \
                and not NOT_A_FIELD.search(m.group("first")) and second not in resources.agencies \
                and second not in resources.agency_short_forms:
            out.append(mention(sentence, m.start(), m.end(), "Agency", "agency"))
    # 3月5日，省政府印发《X》: the page's own government by its level alone, named as the issuer of a title
    for m in ISSUING_GOVERNMENT.finditer(text):
        out.append(mention(sentence, m.start(1), m.end(1), "Agency", "agency"))
    # 上海海关, 南宁海关: the customs district named after its city (not 海关总署, the administration)
    g = resources.gazetteer
    for m in CUSTOMS_DISTRICT.finditer(text):
        place = next((m.group(1)[i:] for i in range(len(m.group(1)) - 1) if names_a_place(m.group(1)[i:], g)), None)
        codes = (g.full_names.get(place) or g.short_names.get(place) or []) if place else []
        if codes and all(code[2:] != "0000" or code[:2] in MUNICIPALITIES for code in codes):
            out.append(mention(sentence, m.end(1) - len(place), m.end(), "Agency", "agency"))
            #  (not 中国海关, the country's customs, nor 广西海关, a province's: districts are named after cities)
    # 南昌市民中心, 合肥市民中心: a city's citizens' centre, whose 市 the place's name shares
    for region in regions:
        e = region.end - sentence.start
        hall = re.match(r"民(?:中心|之家)(?![\u4e00-\u9fff]{0,1}(?:楼|广场))", text[e:])
        if region.text.endswith("市") and hall:     # (武汉市民之家 too)
            out.append(mention(sentence, region.start - sentence.start, e + hall.end(), "Agency", "agency"))
    # 昭通市网管中心, 龙陵县网管中心: a named place's centre with a short name of its own
    for region in regions:
        m = PLACE_CENTRE.match(text, region.end - sentence.start)
        if m and not re.search(r"[的和与及在是为了将对把被、]", m.group(1)) and not WORK_VERBS.search(m.group(1)):
            out.append(mention(sentence, region.start - sentence.start, m.end(), "Agency", "agency"))
    # 重庆市新型智慧城市运行管理中心, 成都市智慧蓉城三级运行中心: a named place's institution, a longer name
    for region in regions:
        m = PLACE_INSTITUTION.match(text, region.end - sentence.start)
        if m and not INSTITUTION_STOP.search(m.group("body")) and not FILLER_STOP.search(m.group("body").replace("中心", "")) \
                and not WORK_VERBS.search(m.group("body")):
            out.append(mention(sentence, region.start - sentence.start, m.end(), "Agency", "agency"))
    # 市信息技术服务中心, 市数字化城市管理监督指挥中心: an institution of the place in context
    m = INSTITUTION.search(text)
    while m:
        if INSTITUTION_STOP.search(m.group("body")):     # 市民刘先生来到…中心; 市数据局配合市城管中心
            m = INSTITUTION.search(text, m.start("name") + 1)   # (the centre may start inside it)
            continue
        out.append(mention(sentence, m.start("name"), m.end(), "Agency", "agency"))
        m = INSTITUTION.search(text, m.end())
    # 政务服务中心接待办事群众23万人次: the page's own place's service centre, named bare; 州级政务服务中心共受理…:
    # named by its level
    for m in BARE_SERVICE_CENTRE.finditer(text):
        out.append(mention(sentence, m.start(), m.end(), "Agency", "own-centre"))
    for m in LEVEL_SERVICE_CENTRE.finditer(text):
        if not _addressed(text, m.start()):
            out.append(mention(sentence, m.start(), m.end(), "Agency", "own-centre"))
    # 重庆市大数据应用发展管理局, 成都市政务服务管理和网络理政办公室: a core, more words, a long suffix
    for m in filled_agency_pattern(resources).finditer(text):
        start = _extend_left_over_region(text, m.start(), resources)
        if start == m.start() and m.group("prefix") in ("省", "市", "县", "区") and text[start - 1:start] in LEVEL_WORD_GLUED:
            continue    # 景区县旅游发展领导小组, 山区县…: the level word ends a word before it, no body's level
        if start == m.start() and m.group("prefix") in REGION_LEVEL_PREFIX:
            start = _county_before(text, m.start(), m.group("prefix"), resources)   # 渝中区|大数据应用发展管理局
        if (start < m.start() or m.group("prefix")) and not FILLER_STOP.search(m.group("filler")) and not _addressed(text, start, m.end()) \
                and not ANOTHER_GOVERNMENT.search(text, m.start("filler"), m.end()):
            out.append(mention(sentence, start, m.end(), "Agency", "agency"))
    out += group_mentions(sentence, regions, resources.region_groups)   # 重庆市新型智慧城市建设领导小组, …工作专班
    # 市热线办, 12345热线办, 市人民政府热线办: the office that runs a hotline (not 热线办理, handling)
    for m in HOTLINE_OFFICE.finditer(text):
        start = _hotline_office_start(text, m.start(), resources)
        if start is not None:
            out.append(mention(sentence, start, m.end(), "Agency", "agency"))
    out = [a for a in out if not COUNTED_BODIES.search(text, 0, a.start - sentence.start) and not SEVERAL_LEVELS.match(a.text)
           and not SITE_NAMED_LIKE_BODY.search(text, 0, a.end - sentence.start)]     # (电子|税务局: the site's words)
    return [_with_division(sentence, a) for a in out]


#: A name opening on two levels of government (市县两级政务服务中心, 县区政务服务中心, 乡镇便民服务中心):
#: the bodies of every such place, not one body.
SEVERAL_LEVELS = re.compile(r"(?:省市县|市县区|县市区|省市(?!场)|市县|县区|区县|县乡(?!村)|乡镇|镇街)(?:两级|三级|各级)?|"
                            r"[省市县区乡镇](?:两级|三级)")     # (市、县两级…: the list's last level)


#: A service centre every government has, named bare (not 各级…, 乡镇便民服务中心, 区政务服务中心's tail).
SERVICE_CENTRES = ("政务服务中心", "行政服务中心", "市民服务中心")
#: After a centre's name: words it only modifies (…预约功能, …大厅, …大楼), no body.
CENTRE_AS_MODIFIER = r"(?!大厅|窗口|分中心|预约|叫号|功能|系统|平台|网|建设|[\u4e00-\u9fff]{0,2}(?:楼|广场))"
BARE_SERVICE_CENTRE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在到由和与及是经向]))(?:" + "|".join(SERVICE_CENTRES) + ")"
                                 + CENTRE_AS_MODIFIER)
#: A service centre named by the level of which there is one (州级政务服务中心, 省级政务服务中心): the page's
#: place's, one body (not 县级/市级…, of which a prefecture or province has many; nor 省市县三级…, 各…, A、B级…).
LEVEL_SERVICE_CENTRE = re.compile(r"(?<![\u4e00-\u9fff、])(?:省|州|盟)级(?:" + "|".join(SERVICE_CENTRES) + ")"
                                  + CENTRE_AS_MODIFIER + r"(?![、和与及][\u4e00-\u9fff]{1,2}级)")
#: Just before a body's name: a count, so the name is of many bodies (16个区政务服务中心), not one.
COUNTED_BODIES = re.compile(r"(?:\d+|[二三四五六七八九十两几百千]+)(?:多|余)?(?:个|家|所)"
                            r"(?:[\u4e00-\u9fff]{1,4}[（(][^（()）]{1,12}[)）])?$")   # (1500个乡(镇、街道)政务服务中心)


#: …the place's centre of a public service (网管中心, 信息中心, 数据中心…), not a district (金融中心, 城市副中心)
PLACE_CENTRE = re.compile(r"([\u4e00-\u9fff]{0,2}?(?:网管|信息|数据|政务|技术|计算|监控|指挥|应急|审批|受理|统计|档案|网络)"
                          r"[\u4e00-\u9fff]{0,2}?)中心(?![\u4e00-\u9fff]{0,1}(城|区|广场|大厅)|楼)")
INSTITUTION = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[是由在和与及向经据到入至])|(?<=配合|会同|联合|协同|协助|负责)|"
                         r"(?<=的)(?=[省市县区](?![民场级域内外属直块])))"
                         r"(?P<name>(?:省|市|县|区)(?!场)"
                         r"(?P<body>(?!级)[\u4e00-\u9fff]{2,12}?)(?:服务中心|指挥中心|信息中心|数据中心|研究中心|管理中心|中心))"
                         r"(?![\u4e00-\u9fff]{0,1}(城|区|广场|大厅)|楼|工作(?!人员|组)|任务)")   # (市委、市政府中心工作: its central task)
#: After a named place: an institution that runs something for it (…运行管理中心, …指挥中心), its name
#: made of words alone (not 重庆市民来到…中心, 市数据局配合市城管中心: INSTITUTION_STOP).
PLACE_INSTITUTION = re.compile(r"(?P<body>[\u4e00-\u9fff“”]{2,12}?)(?:运行管理中心|运营管理中心|运行中心|运营中心|指挥中心|"
                               r"管理服务中心|监测中心|调度中心|治理中心)(?![\u4e00-\u9fff]{0,1}(城|区|广场|大厅)|楼|工作(?!人员|组)|任务)")
#: After a government named as a pair with its Party committee, words that make it part of another body's
#: name (市政府督查室, 市政府办公室, 市政府门户网站, 市政府新闻办, 市政府工作报告) rather than the government.
GOVERNMENT_PART = re.compile(r"办公|督查|新闻|研究|参事|法制|信访|秘书|门户|网|工作报告|工作部门|常务|驻|督办|系统|机关|"
                             r"大楼|大院|直属|各|组成|部门|副|党组|[办室厅处科局委院所站口]")
#: Not inside a place's institution's name: what the place does to it (杭州市加快建设城市大脑运营中心,
#: 寮步镇举行政务服务中心…启用仪式).
WORK_VERBS = re.compile(r"建设|建成|全面|依靠|首个|" + DOING_WORDS)
#: Not inside an institution's name: a function word, a visit, another body's ending, a verb joining two.
INSTITUTION_STOP = re.compile(r"[的和与及在是为了将对把被、各]|来到|前往|走进|到|配合|会同|联合|协同|协助|不得|原则上|新建|"
                              r"负责|牵头|进驻|入驻|派驻|"      # (省政务部门负责江淮大数据中心…, 县人社局进驻县政务服务中心:
                              #   the departments, then what they do)
                              + ANOTHER_BODY_NEXT)
# 武昌区行政审批局大数据管理科, 上海市卫健委信息化管理处相关负责人: a division (科/处/室/股) inside the body named before it
ROOMS = ("会议室", "接待室", "阅览室", "档案室", "机房", "值班室")
DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}?(?<!查|惩|论|判|严)(科|处|室|股)(?=科长|处长|主任|副|工作|负责|相关|干部|人员|[^\u4e00-\u9fff]|$)")


#: The Communist Youth League's committees by their short names, where no word runs into 团 (集团市委 is no league).
YOUTH_LEAGUE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[和与及]))团(?:[省市县区]委|中央)")
#: A government named by its level alone, opening a clause, that issues a titled document (省政府印发《X》).
ISSUING_GOVERNMENT = re.compile(r"(?:^|(?<=[，,。；;：:\s日]))([省市县区](?:人民)?政府)(?=(?:正式|联合)?(?:印发|出台|发布|颁布)了?《)")


def _with_division(sentence: Sentence, agency: Mention) -> Mention:
    m = DIVISION.match(sentence.text, agency.end - sentence.start)
    if m and m.group(0).endswith(ROOMS):
        return agency   # 日照市大数据发展局会议室: a room of the body, no division
    if not m or re.search(r"[的和与及在是为了将对把被、等]", m.group(0)):
        return agency
    return mention(sentence, agency.start - sentence.start, m.end(), "Agency", agency.source)


def _extend_left_over_region(text: str, start: int, resources: Resources) -> int:
    """Include a region name (and 省/市 level word) that stands just before an agency name."""
    g = resources.gazetteer
    best = start
    for length in range(2, 12):
        s = start - length
        if s < 0:
            break
        piece = text[s:start]
        for level in ("",) + REGION_LEVEL_PREFIX:
            if level and not piece.endswith(level):
                continue
            name = piece[: len(piece) - len(level)] if level else piece
            if name in g.full_names or name in g.short_names:
                best = s
    # a second region before the first: 上海浦东新区…
    if best < start:
        again = _extend_left_over_region(text, best, resources)
        return again
    return best


def _county_before(text: str, start: int, level: str, resources: Resources) -> int:
    """武昌区行政审批局: the pattern matched 区行政审批局; 武昌区 is the place's full name (or a new area's
    with no code of its own: 贵安新区数据管理部门). Not a joining verb after a body that a county's name
    happens to open with (县人防办会同县粮食局: 会同 is the verb, 会同县 not named)."""
    names = resources.gazetteer.full_names
    for length in range(2, 10):
        s = start - length
        place = text[max(0, s):start + len(level)]
        if s >= 0 and (place in names or place in resources.special_regions):
            return start if JOINT_VERB.match(text, s) else _extend_left_over_region(text, s, resources)
    return start


LEVEL_OF_GOVERNMENT = re.compile(r"(?:中国|全国|我国)?(省级|市级|地级市|县级|区级|市辖区|乡级|地方|基层|各级|上级|下级)(人民)?政府")


def _split_in_two(name: str, known) -> tuple[str, str] | None:
    """``name`` as two names of ``known`` written without a mark between them (党中央国务院, 中办国办)."""
    return next(((name[:i], name[i:]) for i in range(2, len(name) - 1) if name[:i] in known and name[i:] in known), None)


#: Right before a body's name: the places of a list 各 opened, the body named once for them all by its kind
#: (各市（州）、贵安新区数据管理部门; not 各乡镇、县行政审批局, one bureau after the towns).
KINDS_OF_BODY = ("部门", "单位", "机构")
EACH_LISTED_BEFORE = re.compile(r"各(?:市|县|区|州|省|地|盟|旗)[^，。；：:、]{0,6}、$")


def _addressed(text: str, start: int, end: int | None = None) -> bool:
    """各市州人民政府、省直各部门, 各省、自治区交通运输厅: whoever a notice addresses, no particular body."""
    return text[max(0, start - 1):start] == "各" or text.endswith(("各省、", "各省，"), 0, start) \
        or (end is not None and text.endswith(KINDS_OF_BODY, 0, end)
            and EACH_LISTED_BEFORE.search(text, 0, start) is not None)    # 各市（州）、贵安新区数据管理部门: each one's


#: A site named like a body: an online hall ends like a department (厅), an online tax office like a
#: bureau (局); each is a platform.
SITE_NAMED_LIKE_BODY = re.compile(r"(?:(?:网上|电子)(?:政务服务|办事|服务|政务)?大厅|(?:电子|网上)税务局)$")

#: A customs district after the city it is named for (上海海关, 南宁海关); not the administration (海关总署).
CUSTOMS_DISTRICT = re.compile(r"([\u4e00-\u9fff]{2,4})海关(?!总署|特殊监管)")
#: The provinces that name customs of their own: the four municipalities (上海海关, 重庆海关) and the two special
#: administrative regions (香港海关, 澳门海关).
MUNICIPALITIES = ("11", "12", "31", "50", "81", "82")
JOINT_VERB = re.compile(r"(?<=院|局|厅|委|办|心|部|会|所|学|校|司)(联合(?!国(?!家))|会同|指导(?=[\u4e00-\u9fff]{1,10}[部局厅委办]$))|(?:(?<=委员会)|(?<=[局厅办府]))同(?![意步比时期级类样城])")
#   (复旦大学联合国家信息中心…; 天津市场监督管理委员会同中行天津分行合作: 同 as 'with')


#: Whose committee a place's committee is, written before the place: the Party's or the CPPCC's.
COMMITTEES_OF = r"(?P<party>中共|中国共产党)|中国人民政治协商会议|政协"
COMMITTEE_LEAD = re.compile(rf"(?:{COMMITTEES_OF})$")
#: A place's Party committee, or one of its offices (江苏省委, 江苏省委人才办, 吉林市委员会), after 中共.
PARTY_COMMITTEE_UNIT = re.compile(r"[\u4e00-\u9fff]{1,10}?[省市县区州盟旗]委")
#: A place's committee (吉林市委员会), after 政协.
PLACE_COMMITTEE = re.compile(r"[\u4e00-\u9fff]{1,10}?[省市县区州盟旗]委员会")


#: A bureau named for two fields joined by 及 (创新科技及工业局, 经济及科技发展局, 证券及期货事务监察委员会), where a clause
#: opens or right after the government it belongs to (香港特区政府创新科技及工业局).
FIELDS_JOINED_BUREAU = re.compile(r"(?:(?<=^)|(?<=[，。、；：:（(“\s])|(?:香港|澳门)特(?:区|别行政区)政府)"
                                  r"(?P<first>[\u4e00-\u9fff]{2,6})及[\u4e00-\u9fff]{2,10}?(?:局|署|委员会)")
#: What no field a bureau is named for holds: a word leading into the sentence (由, 根据, 该, 各), or bodies of a
#: kind (公安机关及市场监管局, 各商业银行及金融监管局: a list of bodies).
NOT_A_FIELD = re.compile(r"^(?:由|根据|该|各|经|通过|其中|会同)|平台|机关|银行|部门|机构")
#: How a body's name ends: a list of bodies (市财政局及市审计局), not one named for two fields.
BODY_END = re.compile(r"(?:局|厅|委|办|会|中心|部|署|处|院|所|政府)$")


#: "Such as" glued before a body named by its level (如州市场监管局、州林草局): not the name's.
EXAMPLE_WORD = re.compile(r"^(?:例如|比如|诸如|如)(?=[省市县区州](?!场))")


def without_example_word(sentence: Sentence, c: Mention) -> Mention:
    m = EXAMPLE_WORD.match(c.text) if c.type in ("Agency", "Platform") else None
    return mention(sentence, c.start - sentence.start + m.end(), c.end - sentence.start, c.type, c.source) if m else c


#: A data or computing centre is a facility agencies use (海南省统一政务数据中心, 济南政务云计算中心, 广州人工智能公共
#: 算力中心), not the body that runs it (市大数据中心, 省信息中心 are institutions); a court's mini-program
#: (浙江移动微法院) is a service the court runs, no court.
FACILITY = re.compile(r"((?<!大)数据中心|计算中心|算力中心|超算中心|智算中心|算力网.{0,12}调度中心|灾备中心|微法院)$")


def as_facility(c: Mention) -> Mention:
    return replace(c, type="Platform") if c.type == "Agency" and FACILITY.search(c.text) else c
