"""Counts of websites and accounts: whose sites a figure counts (北京市共有政府网站1042个, 在“全国政务新媒体
信息报送系统”中登记的政务新媒体51个, 市级门户网站10个（含某某网站）、县级…60个): a place's, not the one site or
register named before it, nor a platform's that took them in.
"""
from __future__ import annotations

import re

from ..types import Sentence
from .named import Named
from .segment import clause_of

#: Websites or accounts counted, named before the figure (市级部门网站95个, 不合格网站16家) or after it
#: (798家政府网站): a place's sites, however many bodies run them.
SITES_BEFORE = re.compile(r"(?:网站|新媒体|账号|公众号|微博|客户端)(?:中的|共计|共|总数|数量|数)?(?:为|达|有|共有|达到)?$")
SITES_AFTER = re.compile(r"(?:(?:[\u4e00-\u9fff]{0,6}?[、和及]\d+(?:个|家))+[\u4e00-\u9fff]{1,4}?|[\u4e00-\u9fff]{0,4}?)"
                         r"(?:政府网站|门户网站|部门网站|网站|政务新媒体|新媒体账号|账号|公众号)")
#   (10个区、31个部门和3个管委会网站: the list's last count says whose sites, 管委会; not 5个区、12个街道和30家网站)


def place_of_sites(places: list[Named], body: str, m: re.Match, s: Sentence, subject: Named) -> Named | None:
    """The place whose websites or accounts a count counts (北京市共有政府网站1042个，其中…市级部门网站95个;
    对湖北省运行中的798家政府网站进行抽查): the last place named before it in the sentence, not the body
    that checked them nor the one site named before."""
    if subject.type not in ("Agency", "Platform") or not counts_sites(body, m):
        return None
    at = s.start + m.start()
    before = [n for n in places if n.type == "Region" and n.end <= at and n.start >= s.start]
    place = max(before, key=lambda n: n.end) if before else None
    if place is None or place.text.startswith(("全", "我", "本")):
        return place
    left, right = body[max(0, place.start - s.start - 1):place.start - s.start], body[place.end - s.start:place.end - s.start + 1]
    if left in ("、", "和", "及", "与", "在", "向", "从", "至") or right in ("、", "和", "及", "与", "等"):
        return None     # (在宜昌市调研时…; 向武汉市、宜昌市等地通报: a place visited or one of several)
    return place


def counts_sites(body: str, m: re.Match) -> bool:
    """Whether the figure counts websites or accounts (市级部门网站95个, 798家政府网站), not sites a platform
    took in (外网完成了对全市50余个部门网站的整合: the platform's count)."""
    if m.group("unit") not in ("个", "家"):
        return False
    clause = re.split(r"[，,。；;]", body[:m.start()])[-1]
    whole = clause_of(body, m)
    taken_in = re.search(r"整合|集约|接入|迁移|纳入|汇聚|对接|迁入|入驻|上架|开通", whole)
    counted_before = SITES_BEFORE.search(clause) and not COUNTS_WHAT_FOLLOWS.match(body, m.end())
    return bool(counted_before or SITES_AFTER.match(body, m.end())) and (not taken_in or REGISTER.search(whole) is not None)


#: Sites of a level or kind, counted (县级政府门户网站60个, 省直部门网站52个, 政府网站53家): many bodies' sites.
LEVELED_SITES = re.compile(r"(?:省|市|县|区|州|乡镇|街道)(?:级|直)|部门|各级|三级|两级|政府(?:门户)?网站")


def sites_of_a_place(text: str, platform: Named, at: int) -> bool:
    """Whether the sites counted at ``at`` after ``platform`` are a place's, not the platform's own: the
    platform is a register (在“…报送系统”中登记的…), or the words counted name a level or kind of site
    (…（含某某网站）、县级政府门户网站60个; not 该网站有政务新媒体账号5个, 门户网站共有子网站23个)."""
    if REGISTER.search(platform.text):
        return True
    counted = text[platform.end:at] if platform.end <= at else ""
    if re.fullmatch(r"[”》]?(?:共|共有|有|为|达|计|共计|(?:[、和及][^，。；、]{1,20})*等)?", counted):
        return True     # 县级人民政府门户网站111家: the name read as a site's is the kind counted; A、B等24个
        #                 政务新媒体账号: the sites listed, counted together
    return bool(LEVELED_SITES.search(counted)) and not re.search(r"^[”》]?(?:共|共有|有|开设|下设|设有|包括)", counted)


#: A count followed by what it counts (网站有14个应更新但长期未更新栏目): not the sites named before it.
COUNTS_WHAT_FOLLOWS = re.compile(r"(?!进行|开展|接受|参加|参与|纳入|存在|出现|实现|达到|通过|全部|均|都|已|未|被|中|为|是)"
                                 r"[\u4e00-\u9fff]{2}")

#: A register sites are entered in (纳入“全国政府网站信息报送系统”的政府网站53家): sites registered, not
#: taken in by a platform.
REGISTER = re.compile(r"(?:报送|备案|填报|登记)(?:管理)?(?:系统|平台)")
