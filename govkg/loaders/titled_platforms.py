"""The platform a document's title names: a report on how it ran (…12345政务服务便民热线运行情况通报) or
the rules of how it runs (陕西政务服务网运行管理暂行办法)."""
from __future__ import annotations

import re

from .generic_platforms import is_a_sector, is_generic_platform, is_standard_platform
from .recognize_platforms import platform_cue
from .resources import Resources


def platform_reported_on(title: str, resources: Resources) -> str | None:
    """The platform a report on how it ran names in its title.

    >>> from govkg.loaders.resources import load_resources
    >>> r = load_resources(use_ner=False)
    >>> platform_reported_on("2024年5月份嘉兴市12345政务服务便民热线运行情况通报", r)
    '嘉兴市12345政务服务便民热线'
    >>> platform_reported_on("2023年政府网站运行情况通报", r) is None
    True
    >>> platform_reported_on("某市政务服务局关于2024年3月份12345政务服务便民热线运行情况的通报", r)
    '12345政务服务便民热线'
    >>> platform_reported_on("12345政府服务热线二月情况通报", r)
    '12345政府服务热线'
    >>> platform_reported_on("2017年二季度12345公众服务热线运行情况通报", r)
    '12345公众服务热线'
    >>> platform_reported_on("12345政府服务热线一周情况通报", r), platform_reported_on("全省电力系统第10周运行情况通报", r)
    ('12345政府服务热线', None)

    """
    m = RUN_REPORT_TITLE.match(title)
    return _specific_platform(m.group("name") if m else None, resources)


def platform_governed_by(title: str, resources: Resources) -> str | None:
    """The platform whose running rules a title names (郑州市政务云管理暂行办法 → 郑州市政务云).

    >>> from govkg.loaders.resources import load_resources
    >>> r = load_resources(use_ner=False)
    >>> platform_governed_by("陕西政务服务网运行管理暂行办法", r), platform_governed_by("政务云管理办法", r)
    ('陕西政务服务网', None)
    """
    m = RULES_TITLE.match(re.sub(r"^.{0,40}?关于(?:印发)?", "", title))     # (某办公厅关于印发…办法的通知: its inner title)
    name = m.group("name") if m else None
    if name and re.search(r"关于|印发|大厅", name):
        return None       # (a hall's rules govern a place, not a platform)
    return _specific_platform(name, resources)


def _specific_platform(name: str | None, resources: Resources) -> str | None:
    """``name`` if a title's words name one platform: a platform word ends it, not only generic words
    (a title's 政务云 with no place is nobody's, though a page's 政务云 is its place's)."""
    return name if name and platform_cue(name, resources) and not is_generic_platform(name, resources) \
        and not is_standard_platform(name, resources) and not is_a_sector(name, resources) \
        and not UTILITY_NETWORK.search(name) else None


#: A utility's network, not a platform (供水管网, 城市电网).
UTILITY_NETWORK = re.compile(r"(?:管|电|路|水|气|热|光)网$")


#: The platform + 运行管理/建设管理/管理 + (暂行)办法/细则/规定: the rules of one platform.
RULES_TITLE = re.compile(r"^(?P<name>[^《》“”]{3,30}?)(?:运行管理|建设管理|使用管理|运维管理|安全管理|管理|运行)"
                         r"(?:暂行)?(?:办法|细则|规定|规范|制度)(?:[(（]试行[)）])?$")
#: 2024年5月份 + the platform + 运行情况通报 / 运行分析报告.
RUN_REPORT_TITLE = re.compile(r"^(?:.{0,30}?关于)?(?:(?:19|20)\d{2}年?(?:度|\d{1,2}月份?|第?[一二三四1-4]季度|[上下]半年)?)?"
                              r"(?P<name>.{3,30}?)(?:(?:19|20)\d{2}年)?(?:[一二三四五六七八九十\d]{1,3}月份?|第?[一二三四]季度|"
                              r"(?:第[一二三四五六七八九十\d]{1,2}|[一本上])周|[上下]半月)?"
                              r"(?:运行(?:情况|分析|数据)?|情况)(?:分析)?(?:的)?(?:通报|报告)")   # (…热线二月情况通报)
