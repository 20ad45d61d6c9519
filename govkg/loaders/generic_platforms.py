"""Words that describe a platform without naming one: a sector's systems (交通系统), a count of things
(两张网), a level of government before a standard component (市级大数据资源平台, the page's own place's),
and names made only of generic words (在线政务服务平台; generic_platform_words.tsv)."""
from __future__ import annotations

import re

from .places import leading_regions
from .resources import Resources

#: Words naming the scope a platform serves, before its name (全省…平台, 省级…).
SCOPE_WORDS = ("全省", "全市", "全区", "全县", "我省", "我市", "全国", "省级", "市级", "县级", "国家", "省", "市", "区", "县")


#: 政府系统, 卫生系统, 政务信息系统: a sector's bodies (全省政府系统) or every system it runs, not one system.
SECTOR = re.compile(r"(政府|政务|卫生|交通|公安|教育|税务|医疗|医保|民政|人社|行业|部门|政法|法院|检察|海关|网信|工商联|工会|妇联|共青团|统战|"
                    r"纪检监察|组织|宣传|电力|市场监管|供热|供水|供电|燃气|水利|应急|消防|司法|财政|审计|统计|金融|邮政|"
                    r"文化和旅游|文旅|农业农村|林业|林草|生态环境|环保|自然资源|住建|气象|商务|国资|"
                    r"大数据|数据资源|数据|政数|民族宗教|民宗|退役军人(?:事务)?|档案|同仁)(信息化?)?系统$")


def is_a_sector(name: str, resources: Resources) -> bool:
    """A sector named by its places and 系统 (陕西省政府系统, 省政务信息系统), not a system of its own.

    >>> from govkg.loaders.resources import Resources
    >>> r = Resources(use_ner=False)
    >>> is_a_sector("宁夏回族自治区政府系统", r), is_a_sector("交通系统", r), is_a_sector("浙江省政务服务系统", r)
    (True, True, False)
    >>> is_a_sector("全省政数系统", r), is_a_sector("贵州省大数据系统", r), is_a_sector("浙江省一体化数据资源系统", r)
    (True, True, False)
    >>> is_a_sector("黑龙江省系统", r), is_a_sector("黑龙江省办件系统", r)
    (True, False)
    """
    sector = SECTOR.search(name) or re.search(r"系统$", name)    # (黑龙江省系统: every body of the province)
    if not sector:
        return False
    before = name[:sector.start()]
    for surface, _ in leading_regions(name, resources.gazetteer):    # the whole name: a place is never all of it
        if before.startswith(surface):
            before = before[len(surface):]
    return before in ("", "省", "市", "区", "县", "全省", "全市", "全区", "全县", "省级", "市级", "县级", "各级")


#: A count of things, not a name: 两张网, 三大平台, 四个一网, 一个号码, 三中心一平台, 三通两平台 (not 三晋通,
#: 四川…, 两江新区…, whose number is a place's; nor 一云一网一平台, a named design).
COUNTED_THINGS = re.compile(r"^(?:[两三四五六七八九十]+(?:个|大|张|朵|套|条|项|类)|一个|"
                            r"[两三四五六七八九十](?:中心|通|网|云|平台)[一二两三四五六七八九十])")


#: A level word before a platform's name: whose it is, not what it is.
LEVEL_WORD = re.compile(r"^(?:[省市区县](?:人民)?政府|省级|市级|区级|县级|全省|全市|全区|全县|新区|自治区|省|市|区|县)")
#: The portal of one government, named by its level alone: the page's own place's (市公安局 is likewise).
OWN_GOVERNMENT_SITE = re.compile(r"[省市区县](?:人民)?政府(?:(?:门户|官方)?网站|官网)")


def is_standard_platform(name: str, resources: Resources) -> bool:
    """One of the platforms every government has (standard_platforms.tsv), with or without a level
    word, whose words are all generic (电子证照系统 is a name of its own anyway).

    >>> from govkg.loaders.resources import load_resources
    >>> r = load_resources(use_ner=False)
    >>> is_standard_platform("市级大数据资源平台", r), is_standard_platform("在线政务服务平台", r)
    (True, False)
    """
    return LEVEL_WORD.sub("", name, count=1) in resources.standard_platforms and made_of_generic_words(name, resources)


#: A family of platforms named by what their names share (粤系列平台), not one platform.
FAMILY = re.compile(r"系列(?:平台|应用|产品|APP|App|小程序)?$")
#: Online and offline together as the platform's whole name after its place (全市线上线下平台): every channel
#: there is, no one platform (but 成都市线上线下一体化政务服务平台 is one).
ONLINE_AND_OFFLINE = re.compile(r"(?:线上[+＋、和与及]?线下|线下[+＋、和与及]?线上)(?:服务)?(?:平台|渠道)$")
#: Kinds of platform each place runs its own of: the country's are many, not one.
EVERY_PLACES_OWN = re.compile(r"(热线|APP|App|app|小程序|公众号|新媒体|网站)$")


#: A kind of institution's account or app, none named (医院公众号, 学校APP, 企业微信公众号).
KINDS_ACCOUNT = re.compile(r"(?:医院|学校|单位|企业|机构|银行)(?:微信)?(?:公众号|小程序|APP|App|客户端|网站|官网)")
#: A category of apps or sites, as app stores and notices sort them (教育类App, 网上购物类App, 行政投诉类APP).
CATEGORY = re.compile(r"[\u4e00-\u9fff]{1,8}(?<!分)类(?:APP|App|app|应用|小程序|网站|平台|软件|公众号)")   # (not 垃圾分类APP)


def is_generic_platform(name: str, resources: Resources) -> bool:
    """A name made only of generic words (在线政务服务平台), or a count of things (两张网), names no
    particular platform."""
    both = ONLINE_AND_OFFLINE.search(name)
    if COUNTED_THINGS.match(name) or FAMILY.search(name) or (both and both.start() <= 4):
        return True       # (两张网; 粤系列平台: the brands a province's apps share, none of them; 全市线上线下平台:
        #                   every channel, online and at the counter)
    if OWN_GOVERNMENT_SITE.fullmatch(name):
        return False      # 省政府门户网站, 区政府网站: the one portal of the page's own province or district
    if KINDS_ACCOUNT.fullmatch(name) or CATEGORY.fullmatch(name):
        return True       # 医院公众号, 学校APP: the accounts of every hospital or school, none named; 教育类App: a kind
    if re.match(r"(地方|各地)", name) and not re.search(r"[\d“”A-Za-z]", name):
        return True       # 地方政务服务便民热线: the local ones, every place's own, no one platform
    if is_standard_platform(name, resources):
        return False      # 市级大数据资源平台, 电子政务外网: the one every government has, here the page's place's
    rest = name
    for scope in SCOPE_WORDS:
        if rest.startswith(scope) and scope.startswith(("全", "我")):
            if scope.startswith("全") and rest.endswith("网站") and is_generic_platform(rest[len(scope):], resources):
                return True   # 全省政府网站: every site in the province, each body has its own
            if scope == "全国" and EVERY_PLACES_OWN.search(rest) and made_of_generic_words(
                    re.sub(r"^\d{5}|移动|APP|App|小程序", "", rest[len(scope):]), resources):
                return True   # 全国12345政府服务热线, 全国政务服务移动APP: every place's own, the country has none
            return False  # 全省…平台: a specific platform of the place in context
    return made_of_generic_words(rest, resources)


def made_of_generic_words(name: str, resources: Resources) -> bool:
    """Whether every word of ``name`` is a generic platform word (generic_platform_words.tsv)."""
    rest = name
    changed = True
    while rest and changed:
        changed = False
        for word in resources.generic_platform_words:
            if rest.startswith(word):
                rest = rest[len(word):]
                changed = True
                break
    return rest == ""


#: Words of a way of working, not of an app's name (“跨省通办”“掌上办事”“最多跑一次”; 一网通办 is
#: also Shanghai's platform).
SLOGAN = re.compile(r"((跨省|跨市|跨区|跨县|跨域|全省|全市|全县|全区|全州|全旗|异地|省内|市内|县内|区内|全城|就近)通办|掌上|指尖|一次|一件事|跑|就近|马上|不见面|一站式|办事|办公|"
                    r"^(?:网上|预约|邮寄|帮|代|即|秒|延时|错时|全程网|电视|自助|远程|视频)办$)")     # (“预约办”; not “鄂快办”, an app)
#: A reform named in quotes, whose counters and zones are no brand (“高效办成一件事”服务专区, “跨省通办”专区).
REFORM = re.compile(r"一件事|(?:跨省|跨市|跨区|跨县|跨域|异地|省内|全省|全市)通办$")
#: A quoted word that describes (一站式, 一体化, 智能化, 便民型): no name.
DESCRIPTOR = re.compile(r"(式|型|化|性)$")


def slogan_and_kind(name: str) -> bool:
    """A quoted way of working before the word for a hall (“掌上办”办事大厅, “预约办”服务大厅): no name."""
    m = re.fullmatch(r"“([^“”]{2,8})”((?:办事|服务|政务)?(?:大厅|服务区|专区))", name)
    return bool(m) and is_slogan(m.group(1))      # (“一件事一次办”主题集成服务系统 is a system's name)


def is_slogan(name: str) -> bool:
    """A way of working (跨省通办, 高效办成一件事), not a brand joined to one (跨省通办·丝路通办)."""
    return bool(SLOGAN.search(name)) and "·" not in name
